"""``gsscb attendance`` on the small test board, expectations counted by hand.

Two held meetings (10 July and 10 September 2025), every seat present at both, except
that in September m4 is absent and m5 sends apologies. chair-beta is not listed but its
holder, the Chair, is present in her own seat, so it is represented (one person, two seats).
"""

from __future__ import annotations

import json
from pathlib import Path

from gsscb_cli.domain.attendance import figures
from tests.conftest import invoke
from tests.fixtures.rules.harness import Case


def _case(tmp_path: Path) -> Case:
    case = Case(tmp_path)
    case.edit(
        "meetings/m-2025-09-10.yaml", "{seat: m4, status: present}", "{seat: m4, status: absent}"
    )
    case.edit(
        "meetings/m-2025-09-10.yaml", "{seat: m5, status: present}", "{seat: m5, status: apologies}"
    )
    return case


def test_figures_per_seat_and_person(tmp_path: Path) -> None:
    case = _case(tmp_path)
    import datetime as dt

    fig = figures(case.load().dataset, dt.date(2025, 11, 30))
    by_seat = {s.seat: s for s in fig.seats}
    assert by_seat["m4"].cells == ("present", "absent")
    assert by_seat["m5"].cells == ("present", "apologies")
    assert by_seat["chair-beta"].represented == 2 and by_seat["m1"].represented == 2
    assert [s.seat for s in fig.least()][:2] == ["m4", "m5"]  # 1 of 2, in board order
    people = {p.person: p for p in fig.people}
    assert people["p-chair"].seats == ("chair-seat", "chair-beta")
    assert people["p-chair"].represented == 2 and people["p5"].represented == 1


def test_command_text_and_json(tmp_path: Path) -> None:
    case = _case(tmp_path)
    args = ("--data", str(case.data), "--as-of", "2025-11-30")
    text = invoke("attendance", *args)
    assert text.exit_code == 0, text
    lines = text.stdout.splitlines()
    assert lines[0] == "2 held meetings with a recorded register: 2025-07-10, 2025-09-10"
    assert lines[1] == "  1/2  P-  Member Four (m4)"
    assert lines[2] == "  1/2  PA  Member Five (m5)"
    doc = json.loads(invoke("attendance", *args, "--format", "json").stdout)
    assert doc["meetings"] == ["m-2025-07-10", "m-2025-09-10"]
    assert doc["seats"][0]["seat"] == "m4" and doc["seats"][0]["share"] == 0.5
    last = json.loads(invoke("attendance", *args, "--last", "1", "--format", "json").stdout)
    assert last["meetings"] == ["m-2025-09-10"]
    assert invoke("attendance", *args, "--by", "nobody").exit_code == 2
