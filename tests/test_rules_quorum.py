"""meeting-quorum, decision-quorum and deputy-authority as findings, with inline
expectations: where each is reported (the attendance key, the agenda item, the
attendance entry) and how severe (held: error; forecast: warning or note)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fixtures.rules.harness import Case


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


HELD_NOT_QUORATE = """\
id: m-2025-11-20
date: 2025-11-20
kind: ordinary
status: held
attendance:  # expect: meeting-quorum meeting:m-2025-11-20 error
  recorded: true
  members:
    - {seat: chair-seat, status: present}
    - {seat: m1, status: present}
    - {seat: m2, status: present}
    - {seat: m3, status: present}
    - {seat: m4, status: present, deputy: {name: Dep, agreed_by_chair: true, delegated_authority: false}}  # expect: deputy-authority meeting:m-2025-11-20
    - {seat: chair-alpha, status: apologies}
declarations: []
agenda:
  - id: budget  # expect: decision-quorum meeting:m-2025-11-20 error
    title: Joint funding bid
    decision_sought: true
    impacted_partnerships: [alpha-csp, beta-apb]
  - id: noting
    title: For noting
sources: [{file: test}]
"""


def test_held_meeting_not_quorate(case: Case) -> None:
    case.write("meetings/m-2025-11-20.yaml", HELD_NOT_QUORATE)
    (meeting,) = case.check("meeting-quorum")
    assert meeting.message == (
        "Present: the Chair, with 3 other members (at least 5 required): the meeting was NOT quorate."
    )
    assert meeting.due is None and meeting.basis.value == "terms-of-reference"
    (decision,) = case.check("decision-quorum")
    # beta-apb's chair is the Chair, who is present: only alpha-csp's chair is missing.
    assert decision.message == (
        "item 'budget' (Joint funding bid): the chair of Alpha Community Safety Partnership is "
        "not in attendance"
    )
    (deputy,) = case.check("deputy-authority")
    assert deputy.message == (
        "deputy Dep for Member Four does not count towards quorum: without the member's "
        "delegated decision-making authority"
    )


FORECAST = """\
id: m-2025-12-10
date: 2025-12-10
kind: ordinary
status: scheduled
attendance:  # expect: meeting-quorum meeting:m-2025-12-10 {severity}
  recorded: true
  members:
    - {{seat: chair-seat, status: accepted}}
    - {{seat: m1, status: accepted}}
    - {{seat: m2, status: accepted}}
    - {{seat: m3, status: accepted}}
    - {{seat: m4, status: {m4}}}
    - {{seat: m5, status: {m5}}}
    - {{seat: chair-alpha, status: {alpha}}}
agenda:
  - id: plan  # expect: decision-quorum meeting:m-2025-12-10 {decision}
    title: Agree the plan
    decision_sought: true
    impacted_partnerships: [alpha-csp]
sources: [{{file: test}}]
"""


@pytest.mark.parametrize(
    ("m4", "m5", "alpha", "severity", "decision"),
    [
        # chair + m1-m3 + alpha = 4 others; m4, m5 yet to reply: at risk (a note).
        ("no-reply", "no-reply", "accepted", "info", "none"),
        # chair + m1-m3 = 3 others, nobody else to reply: not quorate (a warning);
        # alpha's chair has sent apologies: the decision will not be quorate (a warning).
        ("apologies", "apologies", "apologies", "warning", "warning"),
        # alpha's chair yet to reply: the decision is at risk (a note); the meeting is
        # at risk too, as alpha's chair is one of the members it needs.
        ("accepted", "apologies", "no-reply", "info", "info"),
    ],
)
def test_forecast_severities(
    case: Case, m4: str, m5: str, alpha: str, severity: str, decision: str
) -> None:
    text = FORECAST.format(m4=m4, m5=m5, alpha=alpha, severity=severity, decision=decision)
    if decision == "none":
        text = text.replace("  # expect: decision-quorum meeting:m-2025-12-10 none", "")
    case.write("meetings/m-2025-12-10.yaml", text)
    (meeting,) = case.check("meeting-quorum")
    assert meeting.due == dt.date(2025, 12, 10)
    case.check("decision-quorum")


def test_forecast_quorate_gives_no_finding_and_vacant_chair_is_an_error_before_the_meeting(
    case: Case,
) -> None:
    text = FORECAST.format(
        m4="accepted", m5="accepted", alpha="accepted", severity="x", decision="error"
    )
    case.write(
        "meetings/m-2025-12-10.yaml",
        text.replace("  # expect: meeting-quorum meeting:m-2025-12-10 x", ""),
    )
    case.check("meeting-quorum")
    case.edit(
        "partnerships/alpha-csp.yaml", "  status: filled\n  person: p-alpha\n", "  status: vacant\n"
    )
    (finding,) = case.check("decision-quorum")
    assert (
        "the chair of Alpha Community Safety Partnership is vacant, so this decision cannot be quorate"
        in finding.message
    )


def test_unrecorded_and_cancelled_meetings(case: Case) -> None:
    # Unrecorded: meeting-quorum says nothing (attendance-unrecorded does), but a vacant
    # impacted chair is still shown. Cancelled: nothing at all.
    case.edit(
        "partnerships/alpha-csp.yaml", "  status: filled\n  person: p-alpha\n", "  status: vacant\n"
    )
    for status, expect in (
        ("scheduled", "  # expect: decision-quorum meeting:m-2025-12-10 error"),
        ("cancelled", ""),
    ):
        case.write(
            "meetings/m-2025-12-10.yaml",
            f"""\
id: m-2025-12-10
date: 2025-12-10
kind: ordinary
status: {status}
attendance:
  recorded: false
agenda:
  - id: plan{expect}
    title: Agree the plan
    decision_sought: true
    impacted_partnerships: [alpha-csp]
sources: [{{file: test}}]
""",
        )
        case.check("meeting-quorum")
        case.check("decision-quorum")
        case.check("deputy-authority")


def test_a_board_whose_quorum_is_not_recorded_is_never_judged_nor_forecast(case: Case) -> None:
    """quorum.status: unknown (what gsscb init writes): the finding gives the count and says
    quorum cannot be judged; it claimed '(at least 0 required)' and, for a forecast, that
    it was 'quorate only if enough of 2 members yet to reply attend'."""
    case.edit(
        "board.yaml", "  chair_or_vice_chair: true\n  other_members: 5\n", "  status: unknown\n"
    )
    case.write("meetings/m-2025-11-20.yaml", HELD_NOT_QUORATE)
    forecast = FORECAST.format(
        m4="no-reply", m5="no-reply", alpha="accepted", severity="info", decision="none"
    )
    case.write("meetings/m-2025-12-10.yaml", forecast)
    found = {f.subject.id: f for f in case.run("meeting-quorum")}
    held, ahead = found["m-2025-11-20"], found["m-2025-12-10"]
    # the Chair, m1-m3 in person (m4's deputy lacks authority); the Chair, m1-m3 and alpha
    assert (held.code, held.severity.value) == ("held-at-risk", "info")
    assert held.message == (
        "Present: the Chair, with 3 other members; the board's quorum is not recorded, so "
        "whether the meeting was quorate cannot be shown."
    )
    assert (ahead.code, ahead.severity.value) == ("forecast-quorum-unknown", "info")
    assert ahead.message == (
        "Forecast: the Chair expected, with 4 other members; the board's quorum is not "
        "recorded, so quorum cannot be forecast."
    )


def test_the_number_counted_is_the_count_of_the_members_counted() -> None:
    """_Tally.number (how assess judges quorum without sorting labels) is
    len(_Tally.counted) for the fixtures' meetings with their registers cut short (so
    that the Chair, the Vice Chair or both are missing), whether or not the terms count
    the one presiding, and with those yet to reply counted in."""
    from dataclasses import replace

    from gsscb_cli import quorum
    from gsscb_cli.load import load

    fixtures = Path(__file__).resolve().parent / "fixtures"
    checked = presiding = absent = 0
    for folder in ("render/data", "rules/base", "welsh/data", "minimal"):
        dataset = load(fixtures / folder).dataset
        board = dataset.board
        assert board is not None
        index = quorum.seat_index(dataset)
        for meeting in dataset.meetings.values():
            if meeting.status == "cancelled" or not meeting.attendance.recorded:
                continue
            members = meeting.attendance.members
            for cut in range(len(members) + 1):
                register = replace(meeting.attendance, members=members[cut:])
                shorter = replace(meeting, attendance=register)
                for counts in (False, True):
                    terms = replace(board, quorum_chair_counts=counts)
                    for states in (
                        quorum.PRESENT[meeting.status],
                        {"present", "accepted", "no-reply"},
                    ):
                        tally = quorum._tally(shorter, dataset, states, index, False)
                        assert tally.number(terms) == len(tally.counted(terms)), meeting.id
                        checked += 1
                        presiding += tally.presiding is not None
                        absent += tally.presiding is None
    assert checked > 100 and presiding > 20 and absent > 20, (checked, presiding, absent)
