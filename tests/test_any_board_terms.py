"""A board's own terms, from its data: a quorum as a fraction of the seats (rounded as the
terms state, the Chair counted or not), any number of meetings a year counted from the
board's own year start, citations from the board's own ToR document and clause names.

Expected values are worked by hand from the fixture board (tests/fixtures/rules/base:
nine seats, meetings held 2025-07-10 and 2025-09-10), not copied from the code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gsscb_cli.model.types import quorum_required
from gsscb_cli.rules.cadence import period_of
from tests.fixtures.rules.harness import Case

COUNT_QUORUM = "quorum:\n  chair_or_vice_chair: true\n  other_members: 5\n"


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


@pytest.mark.parametrize(
    ("fraction", "seats", "rounding", "required"),
    [
        ((1, 3), 23, "up", 8),  # 7.67 members
        ((1, 3), 23, "down", 7),
        ((1, 3), 23, "nearest", 8),
        ((1, 3), 9, "up", 3),  # exactly 3: no rounding
        ((1, 3), 10, "up", 4),  # 3.33
        ((1, 3), 10, "nearest", 3),
        ((1, 2), 9, "nearest", 5),  # 4.5: a half rounds up
        ((1, 2), 9, "down", 4),
        ((2, 3), 12, "up", 8),
    ],
)
def test_a_fraction_of_the_seats_rounded_as_the_terms_state(
    fraction: tuple[int, int], seats: int, rounding: str, required: int
) -> None:
    assert quorum_required(fraction, seats, rounding) == required


def one_third(case: Case, *, chair_counts: bool) -> Case:
    counts = "true" if chair_counts else "false"
    return case.edit(
        "board.yaml",
        COUNT_QUORUM,
        f'quorum:\n  chair_or_vice_chair: true\n  fraction: "1/3"\n  chair_counts: {counts}\n',
    )


def held(case: Case, present: list[str]) -> None:
    members = "".join(f"    - {{seat: {seat}, status: present}}\n" for seat in present)
    case.write(
        "meetings/m-2025-11-20.yaml",
        "id: m-2025-11-20\ndate: 2025-11-20\nkind: ordinary\nstatus: held\n"
        "papers_circulated: 2025-11-10\n"
        f"attendance:\n  recorded: true\n  members:\n{members}"
        "declarations: []\nagenda: []\nsources: [{file: test}]\n",
    )


def test_one_third_quorum_with_the_chair_counted(case: Case) -> None:
    # Nine seats: one third is 3 members, the Chair among them.
    one_third(case, chair_counts=True)
    held(case, ["chair-seat", "m1", "m2"])
    assert case.run("meeting-quorum") == []
    quorum = case.load().dataset.board
    assert quorum is not None and quorum.quorum_other_members == 3
    held(case, ["chair-seat", "m1"])
    (finding,) = case.run("meeting-quorum")
    assert finding.message == (
        "Present: the Chair, with 2 members (at least 3 required): the meeting was NOT quorate."
    )


def test_one_third_quorum_with_the_chair_not_counted(case: Case) -> None:
    # The same three people: the Chair presides, so only 2 others count towards the 3.
    one_third(case, chair_counts=False)
    held(case, ["chair-seat", "m1", "m2"])
    (finding,) = case.run("meeting-quorum")
    assert finding.message == (
        "Present: the Chair, with 2 other members (at least 3 required): the meeting was NOT "
        "quorate."
    )
    held(case, ["chair-seat", "m1", "m2", "m3"])
    assert case.run("meeting-quorum") == []


def test_one_third_quorum_rounds_up_by_default_and_down_when_the_terms_say(case: Case) -> None:
    # A tenth seat: one third of 10 is 3.33, so 4 rounding up, 3 rounding down.
    case.edit(
        "board.yaml",
        "  - id: chair-alpha\n",
        "  - id: m6\n    title: Member Six\n    holder: {status: filled, person: p5}\n"
        "  - id: chair-alpha\n",
    )
    one_third(case, chair_counts=True)
    held(case, ["chair-seat", "m1", "m2"])
    (finding,) = case.run("meeting-quorum")
    assert "(at least 4 required)" in finding.message
    case.edit("board.yaml", "  chair_counts: true\n", "  chair_counts: true\n  rounding: down\n")
    assert case.run("meeting-quorum") == []


def test_a_quorum_is_a_count_or_a_fraction_not_both(case: Case) -> None:
    from gsscb_cli.load import load

    case.edit("board.yaml", "  other_members: 5\n", '  other_members: 5\n  fraction: "1/3"\n')
    findings = load(case.data).findings
    assert [f.rule for f in findings] == ["schema"]
    assert findings[0].location.file.endswith("board.yaml")


def three_a_year(case: Case, year_start: str | None = None) -> Case:
    start = f"  year_start: {year_start}\n" if year_start else ""
    return case.edit(
        "board.yaml",
        "administration:\n  meetings_per_year: 4\n",
        "administration:  # expect: meeting-cadence board:testboard\n"
        f"  meetings_per_year: 3\n{start}",
    )


def test_three_meetings_a_year_from_1_april(case: Case) -> None:
    # Periods of four months from 1 April: April-July, August-November, December-March.
    # July's meeting is in the first, September's in the second; the third, December 2025
    # to March 2026, has none.
    three_a_year(case)
    assert case.run("meeting-cadence", dt.date(2026, 3, 31)) == []  # its last day
    (finding,) = case.check("meeting-cadence", dt.date(2026, 4, 1))
    assert finding.message == (
        "December 2025 to March 2026 had no held ordinary meeting; "
        "the ToR says the board meets three times a year"
    )
    assert finding.due == dt.date(2026, 3, 31)


def test_three_meetings_a_year_from_the_boards_own_year_start(case: Case) -> None:
    # A year from 1 January: January-April, May-August (July's meeting), September-December
    # (September's). January to April 2026 ends 30 April with no meeting.
    three_a_year(case, "01-01")
    assert case.run("meeting-cadence", dt.date(2026, 4, 30)) == []
    (finding,) = case.check("meeting-cadence", dt.date(2026, 5, 1))
    assert finding.message.startswith("January to April 2026 had no held")
    assert finding.due == dt.date(2026, 4, 30)


@pytest.mark.parametrize(
    ("count", "day", "start", "end"),
    [
        (4, "2025-12-04", "2025-10-01", "2025-12-31"),
        (3, "2025-12-04", "2025-12-01", "2026-03-31"),
        (2, "2025-12-04", "2025-10-01", "2026-03-31"),
        # 2, 2, 3, 2, 3 months from April: April-May, June-July, August-October,
        # November-December, January-March
        (5, "2025-12-04", "2025-11-01", "2025-12-31"),
        (5, "2026-01-15", "2026-01-01", "2026-03-31"),
        (5, "2025-08-01", "2025-08-01", "2025-10-31"),
        (12, "2025-12-04", "2025-12-01", "2025-12-31"),
    ],
)
def test_periods_for_any_number_of_meetings(count: int, day: str, start: str, end: str) -> None:
    period = period_of(dt.date.fromisoformat(day), count)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_vice_chair_is_said_to_be_needed_only_when_the_quorum_needs_one(case: Case) -> None:
    case.edit(
        "board.yaml",
        "vice_chair:\n  status: filled\n  seat: vice-seat\n  since: 2025-07-10\n",
        "vice_chair:  # expect: vice-chair-rotation board:testboard\n  status: vacant\n",
    )
    (finding,) = case.check("vice-chair-rotation")
    assert "a meeting without the Chair needs one to be quorate" in finding.message
    case.edit("board.yaml", "  chair_or_vice_chair: true\n", "  chair_or_vice_chair: false\n")
    (finding,) = case.check("vice-chair-rotation")
    assert finding.message == (
        "no Vice Chair is recorded (vacant): the ToR says one is selected annually"
    )


def test_citations_come_from_the_boards_own_terms(case: Case) -> None:
    case.edit(
        "board.yaml",
        "  review_cycle_months: 12\n",
        "  review_cycle_months: 12\n  document: Terms of Reference 2024\n"
        "  clauses: {administration: Meetings}\n",
    )
    three_a_year(case)
    (finding,) = case.check("meeting-cadence", dt.date(2026, 4, 1))
    assert finding.source == "Terms of Reference 2024, Meetings"
    board = case.load().dataset.board
    assert board is not None
    assert board.cite("quorum") == "Terms of Reference 2024, Quorum"
