"""Rules about the board itself, with inline expectations (see fixtures/rules/harness.py).

Sources: seed 000, Appendix A ("Review": annually; "Chair": the Vice Chair rotates
annually; "Strategic Priorities": agreed annually; "Membership": the seats and the
chairs required to attend).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fixtures.rules.harness import Case


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


MEETING = """\
id: {id}
date: {date}
kind: ordinary
status: held
attendance:
  recorded: true
  members:
{members}
declarations: []
agenda: []
sources: [{{file: test}}]
"""


def held(case: Case, date: str, members: dict[str, str]) -> None:
    lines = "\n".join(f"    - {{seat: {s}, status: {st}}}" for s, st in members.items())
    case.write(f"meetings/m-{date}.yaml", MEETING.format(id=f"m-{date}", date=date, members=lines))


# ------------------------------------------------------------------ tor-review


def test_tor_review_due_a_year_after_the_last_review(case: Case) -> None:
    case.edit(
        "board.yaml",
        "  last_reviewed: 2025-07-10",
        "  last_reviewed: 2025-07-10  # expect: tor-review board:testboard",
    )
    assert case.run("tor-review", dt.date(2026, 7, 10)) == []
    (finding,) = case.check("tor-review", dt.date(2026, 7, 11))
    assert finding.due == dt.date(2026, 7, 10)
    assert "1 day overdue" in finding.message


def test_tor_review_without_a_review_uses_the_agreed_date(case: Case) -> None:
    case.edit("board.yaml", "  last_reviewed: 2025-07-10\n", "").edit(
        "board.yaml",
        "terms_of_reference:",
        "terms_of_reference:  # expect: tor-review board:testboard",
    )
    (finding,) = case.check("tor-review", dt.date(2026, 8, 1))
    assert "agreed, and not reviewed since, 10 July 2025" in finding.message


# ------------------------------------------------------------------ vice-chair-rotation


def test_vice_chair_over_running(case: Case) -> None:
    case.edit(
        "board.yaml",
        "\nvice_chair:",
        "\nvice_chair:  # expect: vice-chair-rotation board:testboard",
    )
    assert case.run("vice-chair-rotation", dt.date(2026, 7, 10)) == []
    (finding,) = case.check("vice-chair-rotation", dt.date(2026, 7, 11))
    assert finding.due == dt.date(2026, 7, 10)


@pytest.mark.parametrize(
    ("post", "severity", "words"),
    [
        ("  status: vacant\n", "warning", "no Vice Chair is recorded (vacant)"),
        # the record does not know: a gap in the record, a note
        ("  status: unknown\n", "info", "no Vice Chair is recorded (status unknown)"),
        ("  status: filled\n  seat: vice-seat\n  term_months: 12\n", "info", "cannot be checked"),
    ],
)
def test_vice_chair_vacant_unknown_or_undated(
    case: Case, post: str, severity: str, words: str
) -> None:
    case.edit(
        "board.yaml",
        "vice_chair:\n  status: filled\n  seat: vice-seat\n  since: 2025-07-10\n  term_months: 12\n",
        f"vice_chair:  # expect: vice-chair-rotation board:testboard {severity}\n{post}",
    )
    (finding,) = case.check("vice-chair-rotation")
    assert words in finding.message


# ------------------------------------------------------------------ priorities-review


def test_priorities_review_a_year_after_the_board_agreed_them(case: Case) -> None:
    case.edit(
        "priorities/p-one.yaml",
        "agreed: 2025-09-10",
        "agreed: 2025-09-10  # expect: priorities-review board:testboard",
    )
    # A priority added later at another body's request does not restart the cycle.
    case.write(
        "priorities/p-two.yaml",
        """\
id: p-two
number: 2
title: Added at the PSB's request
agreed: 2025-10-20
requested_by: the PSB
lead: p1
status: in-progress
updates: [{date: 2026-09-01, text: Going well.}]
sources: [{file: test}]
""",
    )
    assert case.run("priorities-review", dt.date(2026, 9, 10)) == []
    (finding,) = case.check("priorities-review", dt.date(2026, 9, 11))
    assert finding.due == dt.date(2026, 9, 10)


def test_priorities_review_none_recorded(case: Case) -> None:
    case.remove("priorities/p-one.yaml").edit(
        "board.yaml", "id: testboard", "id: testboard  # expect: priorities-review board:testboard"
    )
    assert (
        case.run("priorities-review", dt.date(2026, 7, 10)) == []
    )  # within a year of the first meeting
    case.check("priorities-review", dt.date(2026, 7, 11))


# ------------------------------------------------------------------ seat-vacant


def test_seat_vacant_own_holder_and_partnership_chair(case: Case) -> None:
    case.edit(
        "board.yaml",
        "  - id: m5\n    title: Member Five\n    holder:\n      status: filled\n      person: p5\n",
        "  - id: m5  # expect: seat-vacant seat:m5\n    title: Member Five\n    holder:\n      status: vacant\n",
    ).edit(
        "board.yaml",
        "  - id: chair-alpha",
        "  - id: chair-alpha  # expect: seat-vacant seat:chair-alpha",
    )
    case.edit(
        "partnerships/alpha-csp.yaml", "  status: filled\n  person: p-alpha\n", "  status: vacant\n"
    )
    findings = case.check("seat-vacant")
    assert {f.message for f in findings} == {
        "Member Five is vacant",
        "Chair of Alpha CSP is vacant (the partnership reports no chair)",
    }


def test_seat_unknown_holder_is_a_note_but_not_for_partnership_chairs(case: Case) -> None:
    case.edit(
        "board.yaml",
        "  - id: m5\n    title: Member Five\n    holder:\n      status: filled\n      person: p5\n",
        "  - id: m5  # expect: seat-vacant seat:m5 info\n    title: Member Five\n    holder:\n      status: unknown\n",
    )
    case.edit(
        "partnerships/alpha-csp.yaml",
        "  status: filled\n  person: p-alpha\n",
        "  status: unknown\n",
    )
    case.check("seat-vacant")  # chair-alpha: chair-vacant notes the unknown chair instead


# ------------------------------------------------------------------ partnership-unrepresented


def test_partnership_without_a_chair_seat(case: Case) -> None:
    case.edit(
        "board.yaml",
        "partnerships:",
        "partnerships:  # expect: partnership-unrepresented partnership:alpha-csp",
    )
    case.edit(
        "board.yaml",
        "  - id: chair-alpha\n    title: Chair of Alpha CSP\n    chair_of: alpha-csp\n",
        "",
    )
    for name in ("m-2025-07-10", "m-2025-09-10"):
        case.edit(f"meetings/{name}.yaml", "    - {seat: chair-alpha, status: present}\n", "")
    (finding,) = case.check("partnership-unrepresented")
    assert finding.message.startswith(
        "Alpha Community Safety Partnership is connected to the board"
    )


# ------------------------------------------------------------------ attendance-low


def test_attendance_low_over_the_last_four_meetings(case: Case) -> None:
    everyone = {
        s: "present"
        for s in ("chair-seat", "vice-seat", "m1", "m2", "m3", "m4", "m5", "chair-alpha")
    }
    # m5 misses the two base meetings and two more: 0 of 4. m4 misses two: 2 of 4 (not "most").
    # chair-beta is never listed but its holder (the Chair) is present: represented.
    held(case, "2025-10-01", {**everyone, "m5": "apologies", "m4": "absent"})
    held(case, "2025-11-01", {**everyone, "m5": "apologies", "m4": "apologies"})
    for name in ("m-2025-07-10", "m-2025-09-10"):
        case.edit(f"meetings/{name}.yaml", "    - {seat: m5, status: present}\n", "")
    case.edit("board.yaml", "  - id: m5", "  - id: m5  # expect: attendance-low seat:m5")
    (finding,) = case.check("attendance-low")
    assert finding.message == (
        "Member Five was represented at 0 of the last 4 held meetings "
        "(10 July 2025 to 1 November 2025; below the 50% threshold)"
    )


def test_attendance_low_window_and_approved_deputy(case: Case) -> None:
    # Window 2 (board.yaml): only the two most recent meetings count. An approved deputy counts.
    case.edit(
        "board.yaml",
        "priorities_review_months: 12",
        "priorities_review_months: 12\nthresholds:\n  attendance_window: 2",
    )
    everyone = {
        s: "present"
        for s in ("chair-seat", "vice-seat", "m1", "m2", "m3", "m4", "m5", "chair-alpha")
    }
    held(case, "2025-10-01", {**everyone, "m3": "apologies"})
    held(case, "2025-11-01", everyone)
    case.edit(
        "meetings/m-2025-11-01.yaml",
        "    - {seat: m3, status: present}",
        "    - {seat: m3, status: present, deputy: {name: Dep, agreed_by_chair: true, delegated_authority: true}}",
    )
    case.check("attendance-low")  # m3: 1 of 2 (through the deputy) is not below 50%
    case.edit("meetings/m-2025-11-01.yaml", "agreed_by_chair: true", "agreed_by_chair: false")
    case.edit("board.yaml", "  - id: m3", "  - id: m3  # expect: attendance-low seat:m3")
    case.check("attendance-low")  # the rejected deputy does not count: 0 of 2


def test_attendance_low_needs_two_meetings(case: Case) -> None:
    case.remove("meetings/m-2025-09-10.yaml")
    case.edit("priorities/p-one.yaml", "agreed_at: m-2025-09-10\n", "")
    case.edit("meetings/m-2025-07-10.yaml", "    - {seat: m5, status: present}\n", "")
    case.check("attendance-low")  # one meeting is not a pattern
