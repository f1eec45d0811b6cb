"""Rules about the board's meetings, with inline expectations (see fixtures/rules/harness.py).

Expected findings are read from the ToR (seed 000, Appendix A, "Administration" and
"Quorum"), not from the code's output: seven days for papers, declarations before
each meeting, minutes kept on the OPCC website for six years, a quarterly cadence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gsscb_cli.rules import all_rules
from tests.fixtures.rules.harness import Case


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


def test_base_fixture_breaks_no_rule(case: Case) -> None:
    for rule_id in all_rules():
        assert case.run(rule_id) == [], rule_id


# ------------------------------------------------------------------ attendance-unrecorded


def test_attendance_unrecorded_held_and_past_scheduled(case: Case) -> None:
    case.write(
        "meetings/m-2025-10-20.yaml",
        """\
id: m-2025-10-20
date: 2025-10-20
kind: extraordinary
status: held
attendance:  # expect: attendance-unrecorded meeting:m-2025-10-20
  recorded: false
declarations: []
agenda: []
sources: [{file: test}]
""",
    )
    case.write(
        "meetings/m-2025-11-20.yaml",
        """\
id: m-2025-11-20
date: 2025-11-20
kind: ordinary
status: scheduled  # expect: attendance-unrecorded meeting:m-2025-11-20
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
    )
    findings = case.check("attendance-unrecorded")
    by_subject = {str(f.subject): f for f in findings}
    assert (
        "cannot be shown that the meeting was quorate" in by_subject["meeting:m-2025-10-20"].message
    )
    assert by_subject["meeting:m-2025-11-20"].due == dt.date(2025, 11, 20)


def test_attendance_unrecorded_ignores_future_and_cancelled(case: Case) -> None:
    case.write(
        "meetings/m-2025-12-10.yaml",
        """\
id: m-2025-12-10
date: 2025-12-10
kind: ordinary
status: scheduled
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
    )
    case.write(
        "meetings/m-2025-11-05.yaml",
        """\
id: m-2025-11-05
date: 2025-11-05
kind: ordinary
status: cancelled
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
    )
    case.check("attendance-unrecorded")  # nothing expected
    # The day of the meeting itself is not yet "passed".
    assert case.run("attendance-unrecorded", dt.date(2025, 12, 10)) == []
    assert len(case.run("attendance-unrecorded", dt.date(2025, 12, 11))) == 1


# ------------------------------------------------------------------ papers-late

SCHEDULED = """\
id: m-2025-12-10
date: 2025-12-10
kind: ordinary
status: scheduled{papers}
attendance:
  recorded: false
agenda: []
sources: [{{file: test}}]
"""


def test_papers_six_days_before_are_late(case: Case) -> None:
    case.edit(
        "meetings/m-2025-09-10.yaml",
        "papers_circulated: 2025-09-02",
        "papers_circulated: 2025-09-04  # expect: papers-late meeting:m-2025-09-10",
    )
    (finding,) = case.check("papers-late")
    assert finding.message.startswith(
        "papers circulated 4 September 2025, 6 days before the meeting"
    )
    assert finding.due == dt.date(2025, 9, 3)


def test_papers_exactly_seven_days_before_are_on_time(case: Case) -> None:
    case.edit(
        "meetings/m-2025-09-10.yaml",
        "papers_circulated: 2025-09-02",
        "papers_circulated: 2025-09-03",
    )
    case.check("papers-late")


def test_papers_not_recorded(case: Case) -> None:
    # A held meeting without the date: a note. A scheduled one past its deadline: a warning.
    case.edit(
        "meetings/m-2025-07-10.yaml",
        "papers_circulated: 2025-07-01\n",
        "",
    ).edit(
        "meetings/m-2025-07-10.yaml",
        "date: 2025-07-10",
        "date: 2025-07-10  # expect: papers-late meeting:m-2025-07-10 info",
    )
    case.write(
        "meetings/m-2025-12-05.yaml",
        """\
id: m-2025-12-05
date: 2025-12-05  # expect: papers-late meeting:m-2025-12-05 warning
kind: ordinary
status: scheduled
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
    )
    case.write("meetings/m-2025-12-10.yaml", SCHEDULED.format(papers=""))  # deadline 12-03: not yet
    findings = case.check("papers-late")
    late = next(f for f in findings if str(f.subject) == "meeting:m-2025-12-05")
    assert late.due == dt.date(2025, 11, 28)


# ------------------------------------------------------------------ declarations-missing


def test_declarations_missing_but_empty_list_is_none_declared(case: Case) -> None:
    case.edit("meetings/m-2025-09-10.yaml", "declarations: []\n", "").edit(
        "meetings/m-2025-09-10.yaml",
        "id: m-2025-09-10",
        "id: m-2025-09-10  # expect: declarations-missing meeting:m-2025-09-10",
    )
    case.write("meetings/m-2025-12-10.yaml", SCHEDULED.format(papers=""))  # not held: not judged
    case.check("declarations-missing")


# ------------------------------------------------------------------ minutes-unpublished


def test_minutes_unpublished_after_the_window(case: Case) -> None:
    # Approved 2025-10-20; published within 42 days of approval -> due 2025-12-01.
    case.edit("meetings/m-2025-09-10.yaml", "  published: 2025-10-22\n", "").edit(
        "meetings/m-2025-09-10.yaml",
        "minutes:",
        "minutes:  # expect: minutes-unpublished meeting:m-2025-09-10",
    )
    (finding,) = case.check("minutes-unpublished", dt.date(2025, 12, 2))
    assert finding.due == dt.date(2025, 12, 1)
    assert "43 days after their approval" in finding.message


def test_minutes_unpublished_within_the_window_and_threshold_from_board(case: Case) -> None:
    case.edit("meetings/m-2025-09-10.yaml", "  published: 2025-10-22\n", "")
    assert case.run("minutes-unpublished", dt.date(2025, 12, 1)) == []  # the last day allowed
    assert len(case.run("minutes-unpublished", dt.date(2025, 12, 2))) == 1
    case.edit(
        "board.yaml",
        "priorities_review_months: 12",
        "priorities_review_months: 12\nthresholds:\n  minutes_publication_days: 90",
    )
    assert case.run("minutes-unpublished", dt.date(2025, 12, 2)) == []  # 2025-10-20 + 90


def test_minutes_awaiting_approval_are_not_late(case: Case) -> None:
    # Issue 18: the board approves minutes at its next meeting (about 90 days later), so
    # minutes with no approval and no later held meeting are not late, however old.
    case.edit(
        "meetings/m-2025-09-10.yaml",
        "minutes:\n  approved: 2025-10-20\n  published: 2025-10-22\n",
        "",
    )
    assert case.run("minutes-unpublished", dt.date(2025, 11, 30)) == []
    assert case.run("minutes-unapproved", dt.date(2025, 11, 30)) == []


def test_minutes_counted_from_the_meeting_without_an_approval_step(case: Case) -> None:
    case.edit("meetings/m-2025-09-10.yaml", "  published: 2025-10-22\n", "").edit(
        "board.yaml",
        "priorities_review_months: 12",
        "priorities_review_months: 12\nthresholds:\n  minutes_approval: none",
    )
    (finding,) = case.run("minutes-unpublished", dt.date(2025, 11, 30))
    assert finding.due == dt.date(2025, 10, 22)  # 10 September + 42 days
    assert "81 days after the meeting" in finding.message
    assert case.run("minutes-unapproved", dt.date(2025, 11, 30)) == []


# ------------------------------------------------------------------ minutes-retention


def test_minutes_retention_after_six_years(case: Case) -> None:
    case.edit(
        "meetings/m-2025-07-10.yaml",
        "minutes:",
        "minutes:  # expect: minutes-retention meeting:m-2025-07-10",
    )
    # Published 2025-09-12: six years later is 2031-09-12.
    assert case.run("minutes-retention", dt.date(2031, 9, 11)) == []
    findings = case.check("minutes-retention", dt.date(2031, 9, 20))
    assert [f.due for f in findings] == [dt.date(2031, 9, 12)]


def test_minutes_retention_reviewed(case: Case) -> None:
    case.edit(
        "meetings/m-2025-07-10.yaml",
        "  published: 2025-09-12",
        "  published: 2025-09-12\n  retention_reviewed: 2031-09-15",
    )
    case.edit(
        "meetings/m-2025-09-10.yaml",
        "  published: 2025-10-22",
        "  published: 2025-10-22\n  retention_reviewed: 2031-10-25",
    )
    case.check("minutes-retention", dt.date(2031, 11, 1))


# ------------------------------------------------------------------ meeting-cadence


def test_cadence_quarter_with_only_a_cancelled_meeting(case: Case) -> None:
    # First meeting 2025-07-10 (quarter July-September 2025, held). The October-December
    # quarter ends 2025-12-31; its only meeting is cancelled.
    case.write(
        "meetings/m-2025-12-04.yaml",
        """\
id: m-2025-12-04
date: 2025-12-04
kind: ordinary
status: cancelled
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
    ).edit(
        "board.yaml",
        "administration:",
        "administration:  # expect: meeting-cadence board:testboard",
    )
    # before the quarter ends, a forecast (issue 15): its meeting was cancelled and
    # nothing replaces it
    (forecast,) = case.check("meeting-cadence", dt.date(2025, 11, 30))
    assert forecast.code == "forecast"
    assert forecast.message.startswith(
        "October to December 2025 is heading for no held ordinary "
        "meeting: none has been held and none is scheduled before it ends on 31 December "
        "2025, in 31 days (cancelled: 4 December 2025)"
    )
    (last_day,) = case.run("meeting-cadence", dt.date(2025, 12, 31))
    assert last_day.code == "forecast" and "ends on 31 December 2025, today " in last_day.message
    (finding,) = case.check("meeting-cadence", dt.date(2026, 1, 5))
    assert finding.code != "forecast"
    assert finding.message.startswith("October to December 2025 had no held ordinary meeting")
    assert "(cancelled: 4 December 2025)" in finding.message
    assert finding.due == dt.date(2025, 12, 31)
    assert finding.basis.value == "terms-of-reference"


def test_cadence_extraordinary_meeting_does_not_count(case: Case) -> None:
    case.write(
        "meetings/m-2025-11-03.yaml",
        """\
id: m-2025-11-03
date: 2025-11-03
kind: extraordinary
status: held
attendance:
  recorded: true
  members: []
declarations: []
agenda: []
sources: [{file: test}]
""",
    )
    assert len(case.run("meeting-cadence", dt.date(2026, 1, 1))) == 1


def test_cadence_every_ended_quarter_is_reported(case: Case) -> None:
    # As of 2026-07-01: Oct-Dec 2025, Jan-Mar 2026 and Apr-Jun 2026 have ended with no meeting.
    findings = case.run("meeting-cadence", dt.date(2026, 7, 1))
    assert [f.due for f in findings] == [
        dt.date(2025, 12, 31),
        dt.date(2026, 3, 31),
        dt.date(2026, 6, 30),
    ]
    # A held ordinary meeting on the first day of a quarter counts for that quarter.
    case.write(
        "meetings/m-2026-01-01.yaml",
        """\
id: m-2026-01-01
date: 2026-01-01
kind: ordinary
status: held
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
    )
    findings = case.run("meeting-cadence", dt.date(2026, 7, 1))
    assert [f.due for f in findings] == [dt.date(2025, 12, 31), dt.date(2026, 6, 30)]


def test_cadence_starts_at_the_first_meeting_quarter(case: Case) -> None:
    # A first meeting in the last week of a quarter still needs that quarter only.
    case.edit("board.yaml", "first_meeting: m-2025-07-10", "first_meeting: m-2025-09-10")
    case.edit("meetings/m-2025-07-10.yaml", "status: held", "status: cancelled")
    assert case.run("meeting-cadence", dt.date(2025, 12, 1)) == []


def test_cadence_forecast_is_lifted_by_a_scheduled_meeting(case: Case) -> None:
    for day, status in (("2025-12-04", "cancelled"), ("2025-12-18", "scheduled")):
        case.write(
            f"meetings/m-{day}.yaml",
            f"id: m-{day}\ndate: {day}\nkind: ordinary\nstatus: {status}\n"
            "attendance:\n  recorded: false\nagenda: []\nsources: [{file: test}]\n",
        )
    assert case.run("meeting-cadence", dt.date(2025, 11, 30)) == []
