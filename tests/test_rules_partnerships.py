"""Rules about the partnerships and their obligations, with inline expectations.

Sources: seed 000, Appendix A ("Membership", "Quorum", "Key Roles"), REQUIREMENTS.md
(every finding states its basis; guidance is never presented as law; unverified
cadences say so).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fixtures.rules.harness import Case

ALPHA = "partnerships/alpha-csp.yaml"
BETA = "partnerships/beta-apb.yaml"


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


# ------------------------------------------------------------------ chair-vacant


def test_chair_and_vice_chair_vacant(case: Case) -> None:
    case.edit(
        ALPHA,
        "chair:\n  status: filled\n  person: p-alpha\nvice_chair:\n  status: filled\n  person: p-alpha-vice\n",
        "chair:  # expect: chair-vacant partnership:alpha-csp\n  status: vacant\n"
        "vice_chair:  # expect: chair-vacant partnership:alpha-csp\n  status: vacant\n",
    )
    findings = case.check("chair-vacant")
    assert sorted(f.message for f in findings) == [
        "Alpha Community Safety Partnership has no chair",
        "Alpha Community Safety Partnership has no vice chair",
    ]
    assert {f.basis.value for f in findings} == {"terms-of-reference"}


def test_chair_unknown_is_a_note_and_no_vice_chair_post_is_fine(case: Case) -> None:
    # beta-apb has no vice_chair at all: a partnership without that post is not reported.
    case.edit(
        ALPHA,
        "chair:\n  status: filled\n  person: p-alpha\n",
        "chair:  # expect: chair-vacant partnership:alpha-csp info\n  status: unknown\n",
    )
    case.check("chair-vacant")


# ------------------------------------------------------------------ partnership-not-meeting


def test_partnership_overdue_for_a_meeting(case: Case) -> None:
    case.edit(BETA, "meets:", "meets:  # expect: partnership-not-meeting partnership:beta-apb")
    # beta-apb last met 2025-11-01 and meets every 2 months: due by 2026-01-01.
    assert case.run("partnership-not-meeting", dt.date(2026, 1, 1)) == []
    (finding,) = case.check("partnership-not-meeting", dt.date(2026, 1, 2))
    assert finding.due == dt.date(2026, 1, 1)


def test_partnership_needs_re_establishing_and_unknown_last_meeting(case: Case) -> None:
    case.edit(
        ALPHA,
        "meets:\n  status: active\n  every_months: 3\n  last_met: 2025-10-15\n",
        "meets:  # expect: partnership-not-meeting partnership:alpha-csp\n  status: needs-re-establishing\n",
    )
    case.edit(
        BETA,
        "meets:\n  status: active\n  every_months: 2\n  last_met: 2025-11-01\n",
        "meets:  # expect: partnership-not-meeting partnership:beta-apb info\n  status: active\n  every_months: 2\n",
    )
    findings = case.check("partnership-not-meeting")
    assert any("need to be re-established" in f.message for f in findings)


def test_partnership_meetings_unknown_are_not_reported(case: Case) -> None:
    case.edit(
        BETA, "  status: active\n  every_months: 2\n  last_met: 2025-11-01\n", "  status: unknown\n"
    )
    case.check("partnership-not-meeting", dt.date(2026, 1, 10))  # alpha is due 2026-01-15


# ------------------------------------------------------------------ obligation-overdue

NEEDS = "  - id: needs-2025"


def test_overdue_from_a_verified_statutory_cycle(case: Case) -> None:
    # Last completed 2025-04-01, every 12 months: due 2026-04-01.
    case.edit(
        ALPHA, NEEDS, NEEDS + "  # expect: obligation-overdue obligation:alpha-csp/needs-2025"
    )
    assert case.run("obligation-overdue", dt.date(2026, 4, 1)) == []
    (finding,) = case.check("obligation-overdue", dt.date(2026, 4, 2))
    assert finding.message == (
        "needs assessment 'Strategic assessment' is 1 day overdue and not recorded as completed "
        "(status in progress); basis: statutory"
    )
    assert (finding.due, finding.basis) == (dt.date(2026, 4, 1), "statutory")
    assert finding.source == "Crime and Disorder Act 1998 ss.5-6"  # the law, from the catalogue


@pytest.mark.parametrize(
    ("fields", "severity", "words"),
    [
        (
            "    basis: guidance\n    due: 2025-11-01\n",
            "warning",  # a guidance date overdue is a warning (severity follows basis)
            "basis: guidance, not a statutory deadline",
        ),
        (
            "    basis: local\n    due: 2025-11-01\n",
            "warning",  # no local commitment is an error by default
            "basis: local commitment, not a statutory deadline",
        ),
        (
            "    basis: statutory\n    verified: false\n    last_completed: 2024-10-01\n    every_months: 12\n",
            "error",
            "basis: statutory, unverified cadence",
        ),
        (
            "    basis: statutory-prospective\n    due: 2025-11-01\n",
            "info",
            "basis: law not yet in force",
        ),
    ],
)
def test_overdue_states_its_basis(case: Case, fields: str, severity: str, words: str) -> None:
    case.edit(
        ALPHA,
        "\nsources:\n  - file: test fixture\n",
        f"""
  - id: extra  # expect: obligation-overdue obligation:alpha-csp/extra {severity}
    kind: annual-report
    title: Annual report
    status: unknown
{fields}    sources: [{{file: test}}]
sources:
  - file: test fixture
""",
    )
    (finding,) = case.check("obligation-overdue")
    assert finding.message.endswith(words)


def test_completed_and_standing_obligations_are_never_overdue(case: Case) -> None:
    case.edit(ALPHA, "    status: in-progress", "    status: completed\n    completed: 2026-03-01")
    case.check("obligation-overdue", dt.date(2027, 1, 1))  # beta's strategy is standing


# ------------------------------------------------------------------ obligation-due-soon


def test_due_soon_window_is_inclusive_and_configurable(case: Case) -> None:
    case.edit(
        "priorities/p-one.yaml",
        "    status: not-started",
        "    status: completed\n    completed: 2025-11-01",
    )
    case.edit(
        ALPHA, NEEDS, NEEDS + "  # expect: obligation-due-soon obligation:alpha-csp/needs-2025"
    )
    # Due 2026-04-01; window 60 days: from 2026-01-31 (60 days before) to the day itself.
    assert case.run("obligation-due-soon", dt.date(2026, 1, 30)) == []
    (finding,) = case.check("obligation-due-soon", dt.date(2026, 1, 31))
    assert "is due in 60 days (status in progress); basis: statutory" in finding.message
    (today,) = case.run("obligation-due-soon", dt.date(2026, 4, 1))
    assert "is due today" in today.message
    assert case.run("obligation-due-soon", dt.date(2026, 4, 2)) == []  # overdue now
    case.edit(
        "board.yaml",
        "priorities_review_months: 12",
        "priorities_review_months: 12\nthresholds:\n  due_soon_days: 30",
    )
    assert case.run("obligation-due-soon", dt.date(2026, 2, 15)) == []


def test_due_soon_includes_priority_milestones(case: Case) -> None:
    case.edit(
        "priorities/p-one.yaml",
        "  - id: survey",
        "  - id: survey  # expect: obligation-due-soon milestone:p-one/survey",
    )
    (finding,) = case.check("obligation-due-soon", dt.date(2026, 1, 15))  # due 2026-03-01
    assert finding.due == dt.date(2026, 3, 1)


# ------------------------------------------------------------------ obligation-missing


def test_missing_statutory_output_is_a_warning_and_guidance_a_note(case: Case) -> None:
    case.edit(
        ALPHA,
        "obligations:\n  - id: needs-2025\n    kind: needs-assessment\n    title: Strategic assessment\n"
        "    requirement: csp-needs\n    basis: statutory\n    status: in-progress\n"
        "    last_completed: 2025-04-01\n    every_months: 12\n    sources:\n      - file: test fixture\n",
        "obligations: []  # expect: obligation-missing partnership:alpha-csp\n",
    )
    case.edit(
        BETA,
        "obligations:\n  - id: strategy\n    kind: strategy\n    title: Commissioning strategy\n"
        "    requirement: apb-strategy\n    basis: guidance\n    status: standing\n"
        "    sources:\n      - file: test fixture\n",
        "obligations: []  # expect: obligation-missing partnership:beta-apb info\n",
    )
    findings = {str(f.subject): f for f in case.check("obligation-missing")}
    alpha = findings["partnership:alpha-csp"]
    assert alpha.message == (
        "Alpha Community Safety Partnership records no needs assessment obligation for "
        "'Strategic assessment', which a community safety partnership must have "
        "(every 12 months); basis: statutory; source: Crime and Disorder Act 1998 ss.5-6 "
        "(requirement csp-needs)"
    )
    beta = findings["partnership:beta-apb"]
    assert "basis: guidance, not a statutory deadline, unverified cadence" in beta.message
    # The per-meeting "every" entry (declarations) is never looked for.
    assert not any("declarations" in f.message for f in findings.values())


def test_missing_matches_by_kind_and_skips_law_not_in_force(case: Case) -> None:
    # An obligation of the right kind with no requirement link still counts.
    case.edit(ALPHA, "    requirement: csp-needs\n", "")
    case.edit(
        "requirements.yaml",
        "  - id: every-declarations",
        """\
  - id: cjb-victims
    applies_to: community-safety-partnership
    output: Victims' Code monitoring
    obligation_kind: victims-code-monitoring
    due_rule: {type: standing}
    cadence: as regulations will set
    source: Victims and Prisoners Act 2024 ss.5-8
    basis: statutory-prospective
    verified: true
  - id: every-declarations""",
    )
    case.check("obligation-missing")
