"""translation-missing, with inline expectations (see tests/fixtures/rules/harness.py).

What is expected comes from the issue (7) and the rule's documentation, not from the code:
a meeting marked ``publish: true`` needs Welsh for its title, its items' titles, summaries
and outcomes, its decisions and its actions; an item marked above OFFICIAL (left out of
the public papers) and the decisions on it are not checked; a meeting not marked for
publication, or cancelled, is not checked at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gsscb_cli.findings import Severity
from gsscb_cli.rules import all_rules
from tests.conftest import ROOT, invoke
from tests.fixtures.rules.harness import Case

WELSH = ROOT / "tests" / "fixtures" / "welsh" / "data"


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


def test_rule_is_registered_as_a_warning() -> None:
    rule = all_rules()["translation-missing"]
    assert rule.severity is Severity.WARNING
    assert "publish: true" in rule.doc


# The meeting's own title is reported at its own line.
PUBLISHED = """\
id: m-2025-11-20
publish: true
title: Board meeting, November 2025  # expect: translation-missing meeting:m-2025-11-20
date: 2025-11-20
kind: extraordinary
status: held
attendance:
  recorded: false
declarations: []
agenda:
  - id: welsh-done
    title: {en: Winter of Action, cy: Gaeaf o Weithredu}
    summary: {en: The plan for the winter., cy: Y cynllun ar gyfer y gaeaf.}
  - id: plain  # expect: translation-missing meeting:m-2025-11-20/item:plain/title; translation-missing meeting:m-2025-11-20/item:plain/outcome
    title: Community cohesion
    outcome: The board noted the update.
  - id: half  # expect: translation-missing meeting:m-2025-11-20/item:half/summary
    title: {en: Data and analysis, cy: Data a dadansoddi}
    summary: {en: Task and finish group report.}
  - id: secret
    title: Operation Nightjar
    summary: Not for the public.
    marking: OFFICIAL-SENSITIVE
decisions:
  - {id: d1, item: plain, text: The board noted the update.}  # expect: translation-missing meeting:m-2025-11-20/decision:d1
  - {id: d2, item: secret, text: The board approved the plan.}
  - {id: d3, item: welsh-done, text: {en: Agreed., cy: Cytunwyd.}}
actions:
  - {id: a1, text: Circulate the plan, status: open}  # expect: translation-missing meeting:m-2025-11-20/action:a1
  - {id: a2, text: {en: Book the room, cy: Archebu'r ystafell}, status: open}
sources: [{file: test}]
"""


def test_every_text_without_welsh_is_reported_at_its_line(case: Case) -> None:
    case.write("meetings/m-2025-11-20.yaml", PUBLISHED)
    findings = case.check("translation-missing")
    assert len(findings) == 6
    by_subject = {str(f.subject): f for f in findings}
    plain = by_subject["meeting:m-2025-11-20/item:plain/title"]
    assert plain.message == (
        "agenda item plain: its title has no Welsh text (cy); the meeting is marked for publication"
    )
    assert plain.basis.value == "statutory" and "Welsh Language" in (plain.source or "")
    assert all(f.location.file.endswith("meetings/m-2025-11-20.yaml") for f in findings)


def test_a_meeting_not_marked_for_publication_is_not_checked(case: Case) -> None:
    case.write("meetings/m-2025-11-20.yaml", _without_expectations(PUBLISHED, "publish: false"))
    case.check("translation-missing")  # nothing expected
    case.write("meetings/m-2025-11-20.yaml", _without_expectations(PUBLISHED, ""))
    case.check("translation-missing")  # publish left out: not marked either


def test_a_cancelled_meeting_is_not_checked(case: Case) -> None:
    text = _without_expectations(PUBLISHED, "publish: true").replace(
        "status: held", "status: cancelled"
    )
    case.write("meetings/m-2025-11-20.yaml", text)
    case.check("translation-missing")


def test_a_fully_welsh_meeting_has_no_finding(case: Case) -> None:
    case.write(
        "meetings/m-2025-11-20.yaml",
        """\
id: m-2025-11-20
publish: true
title: {en: Board meeting, cy: Cyfarfod y bwrdd}
date: 2025-11-20
kind: ordinary
status: scheduled
attendance:
  recorded: false
agenda:
  - id: only
    title: {en: Winter of Action, cy: Gaeaf o Weithredu}
sources: [{file: test}]
""",
    )
    case.check("translation-missing")


def test_the_base_meetings_are_not_marked_and_break_nothing(case: Case) -> None:
    assert case.run("translation-missing") == []


def test_gsscb_check_reports_it_for_a_published_meeting(tmp_path: Path) -> None:
    """Through the CLI on the Welsh paper fixture, with one item's Welsh title taken out."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(WELSH, data)
    path = data / "meetings" / "escb-2026-01-15.yaml"
    text = path.read_text("utf-8")
    old = "    title: {en: Priorities progress, cy: Cynnydd y blaenoriaethau}\n"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "    title: Priorities progress\n"), "utf-8")
    line = text.splitlines().index("  - id: priorities-progress") + 1
    result = invoke(
        "check", "--data", str(data), "--as-of", "2026-01-12", "--format", "json",
        "--select", "translation-missing",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["line"], f["subject"]) for f in findings] == [
        ("translation-missing", line, "meeting:escb-2026-01-15/item:priorities-progress/title")
    ]
    assert result.exit_code == 0  # a warning does not fail the run by default
    # ...and the untouched fixture (every published text in Welsh) has none
    clean = invoke("check", "--data", str(WELSH), "--as-of", "2026-01-12",
                   "--select", "translation-missing")  # fmt: skip
    assert clean.exit_code == 0 and "translation-missing" not in clean.stdout


def _without_expectations(text: str, publish: str) -> str:
    lines = [line.split("  # expect:")[0] for line in text.splitlines()]
    return "\n".join(publish if line == "publish: true" else line for line in lines) + "\n"
