"""Rules about the board's own priorities, with inline expectations.

Source: seed 000, Appendix A, "Strategic Priorities" (agreed annually, with a published
work plan); the thresholds are the tool's own settings (board.yaml ``thresholds``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fixtures.rules.harness import Case

P1 = "priorities/p-one.yaml"


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


def test_milestone_overdue(case: Case) -> None:
    case.edit(
        P1, "  - id: survey", "  - id: survey  # expect: milestone-overdue milestone:p-one/survey"
    )
    assert case.run("milestone-overdue", dt.date(2026, 3, 1)) == []  # the due day itself
    (finding,) = case.check("milestone-overdue", dt.date(2026, 3, 2))
    assert finding.message == (
        "milestone 'Survey sent' of priority 1 (Map the partnerships) is 1 day overdue and not "
        "recorded as completed (status not started)"
    )
    assert finding.due == dt.date(2026, 3, 1)


def test_milestone_completed_or_priority_completed_is_not_overdue(case: Case) -> None:
    case.edit(P1, "    status: not-started", "    status: completed\n    completed: 2026-02-01")
    case.check("milestone-overdue", dt.date(2026, 6, 1))


def test_milestone_of_a_completed_priority_is_not_reported(case: Case) -> None:
    case.edit(P1, "status: in-progress", "status: completed")
    case.check("milestone-overdue", dt.date(2026, 6, 1))


def test_priority_without_a_lead(case: Case) -> None:
    case.edit(P1, "lead: p-chair\n", "").edit(
        P1, "id: p-one", "id: p-one  # expect: priority-no-lead priority:p-one"
    )
    (finding,) = case.check("priority-no-lead")
    assert finding.message == "priority 1 (Map the partnerships) has no lead recorded"


def test_completed_priority_needs_no_lead(case: Case) -> None:
    case.edit(P1, "lead: p-chair\n", "").edit(P1, "status: in-progress", "status: completed")
    case.check("priority-no-lead")


def test_priority_stale_after_the_threshold(case: Case) -> None:
    case.edit(P1, "updates:", "updates:  # expect: priority-stale priority:p-one")
    # Last update 2025-11-01; 120 days later is 2026-03-01.
    assert case.run("priority-stale", dt.date(2026, 3, 1)) == []
    (finding,) = case.check("priority-stale", dt.date(2026, 3, 2))
    assert (
        "no progress update since 1 November 2025 (121 days; the tool allows 120)"
        in finding.message
    )


def test_priority_stale_without_updates_counts_from_agreement(case: Case) -> None:
    case.edit(P1, "updates:\n  - date: 2025-11-01\n    text: Survey drafted.\n", "").edit(
        P1, "id: p-one", "id: p-one  # expect: priority-stale priority:p-one"
    )
    (finding,) = case.check("priority-stale", dt.date(2026, 1, 9))  # agreed 2025-09-10 + 121
    assert "since it was agreed on 10 September 2025" in finding.message


def test_priority_on_hold_is_not_stale_and_threshold_is_configurable(case: Case) -> None:
    case.edit(
        "board.yaml",
        "priorities_review_months: 12",
        "priorities_review_months: 12\nthresholds:\n  priority_stale_days: 200",
    )
    case.check("priority-stale", dt.date(2026, 3, 2))
    case.edit(P1, "status: in-progress", "status: on-hold")
    case.check("priority-stale", dt.date(2027, 1, 1))
