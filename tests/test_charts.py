"""gsscb chart and gsscb map: the figures against the record, determinism, text
alternatives, escaping, PNG, and Mermaid.

Expected figures are read from the data and the seeds: at 30 November 2025 the record has
one overdue obligation (Safer Newport's needs assessment, the one obligation-overdue error
of gsscb check) and seven obligations or milestones due within the 60-day window; six
priorities with eight milestones (Winter of Action has three, the others one each); no
meeting's attendance recorded; the Commissioner chairs the board and the Criminal Justice
Board (seed 001, Annex A: "The PCC is the chair of the LCJB in Gwent").
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from gsscb_cli.charts import ChartScope, build_chart, chart_names, to_png
from gsscb_cli.charts.partnership_map import build_map, map_mermaid, map_svg
from gsscb_cli.errors import UsageError
from gsscb_cli.load import load
from tests.conftest import DATA, invoke

AS_OF = dt.date(2025, 11, 30)
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def scope() -> ChartScope:
    return ChartScope(load(DATA).dataset, AS_OF, "en")


def test_the_four_charts_exist() -> None:
    assert chart_names() == ("attendance", "compliance", "deadlines", "priorities")
    with pytest.raises(UsageError, match="unknown chart"):
        build_chart("pie", ChartScope(load(DATA).dataset, AS_OF))


@pytest.mark.parametrize("name", ["attendance", "compliance", "deadlines", "priorities"])
def test_each_chart_is_valid_svg_with_title_and_text_alternative(
    scope: ChartScope, name: str
) -> None:
    chart = build_chart(name, scope)
    root = ET.fromstring(chart.svg)
    assert root.get("role") == "img"
    assert root.find(f"{SVG_NS}title").text == chart.title
    assert root.find(f"{SVG_NS}desc").text == chart.description
    assert chart.rows and all(len(r) == len(chart.headers) for r in chart.rows)
    assert build_chart(name, scope).svg == chart.svg  # deterministic


def test_attendance_says_it_is_not_recorded(scope: ChartScope) -> None:
    chart = build_chart("attendance", scope)
    assert len(chart.rows) == 23  # the ToR's seats
    assert chart.headers[1:3] == ("15 July 2025", "15 September 2025")  # the two held meetings
    assert {cell for row in chart.rows for cell in row[1:]} == {"not recorded"}
    assert "does not say who attended" in chart.description


def test_compliance_matrix_has_the_overdue_needs_assessment_red(scope: ChartScope) -> None:
    chart = build_chart("compliance", scope)
    assert len(chart.rows) == 12
    newport = next(r for r in chart.rows if r[0] == "Safer Newport")
    column = chart.headers.index("Needs assessment")
    assert newport[column] == "Red: overdue"
    assert "1 red" in chart.description


def test_deadlines_counts_match_the_checks(scope: ChartScope) -> None:
    chart = build_chart("deadlines", scope)
    assert "1 overdue, 7 due within 60 days" in chart.description
    late = [r for r in chart.rows if r[3].endswith("late")]
    assert [r[1] for r in late] == ["Safer Newport"]


def test_priorities_progress(scope: ChartScope) -> None:
    chart = build_chart("priorities", scope)
    assert len(chart.rows) == 6
    assert sum(int(r[3]) for r in chart.rows) == 8
    assert (
        chart.description
        == "Priorities: 6, with 8 milestones between them: 0 completed, 0 overdue."
    )


def test_welsh_words(scope: ChartScope) -> None:
    welsh = ChartScope(scope.dataset, AS_OF, "cy")
    chart = build_chart("attendance", welsh)
    assert chart.title == "Presenoldeb fesul sedd a chyfarfod"
    assert "15 Gorffennaf 2025" in chart.headers


def test_png_is_deterministic(scope: ChartScope) -> None:
    svg = build_chart("priorities", scope).svg
    png = to_png(svg)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert to_png(svg) == png


def test_map_shows_bodies_chairs_and_the_overlap(scope: ChartScope) -> None:
    pmap = build_map(scope)
    assert pmap.reports_to == "Gwent Public Services Board"
    assert len(pmap.partnerships) == 12
    by_name = {b.name: b for b in pmap.partnerships}
    assert by_name["Gwent Safeguarding Board"].governments == ("welsh-government",)
    assert by_name["Gwent CONTEST Board"].governments == ("home-office",)
    # a CSP rests on the Crime and Disorder Act and on the Welsh regulations of 2007
    assert by_name["Torfaen CSP"].governments == ("home-office", "welsh-government")
    assert by_name["Torfaen CSP"].chair == "vacant"
    assert [(o.person, o.bodies) for o in pmap.overlaps] == [
        ("Gwent Police and Crime Commissioner", ("GSSCB", "GCJB"))
    ]
    svg = map_svg(scope, pmap)
    ET.fromstring(svg)
    mermaid = map_mermaid(scope, pmap)
    assert mermaid.startswith("flowchart LR\n")
    assert mermaid.count(" --> board") == 12
    assert "board -->|reports to| psb" in mermaid


def test_cli_chart_and_map(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = invoke("chart", "--list")
    assert listed.stdout.split() == ["attendance", "compliance", "deadlines", "priorities"]
    assert invoke("chart", "pie", "--as-of", "2025-11-30").exit_code == 2
    out = tmp_path / "c.png"
    made = invoke("chart", "compliance", "-f", "png", "-o", str(out), "--as-of", "2025-11-30")
    assert made.exit_code == 0, made.output
    assert out.read_bytes().startswith(b"\x89PNG")
    svg = invoke("map", "--as-of", "2025-11-30")
    assert svg.exit_code == 0 and svg.stdout.startswith("<svg")
    mermaid = invoke("map", "-f", "mermaid", "--lang", "cy", "--as-of", "2025-11-30")
    assert "Llywodraeth Cymru" in mermaid.stdout
    inside = invoke("map", "-o", str(DATA / "map.svg"), "--as-of", "2025-11-30")
    assert inside.exit_code == 2 and not (DATA / "map.svg").exists()
