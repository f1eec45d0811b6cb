"""The quorum statement and the reasons behind a decision's quorum, in the paper's language.

``gsscb_cli.quorum`` words its results in English (for the CLI and English papers). For a
paper in another language the same facts are put into words here, branch for branch,
from the structured result (mode, verdict, who presides, the counts; which impacted
chairs are vacant, awaited or missing) and the catalogue's ``quorum.*``, ``reason.*``
and ``deputy.problem.*`` entries. The English entries rebuild quorum.py's sentences word
for word, and tests/test_welsh_quorum.py checks that they do, so the two cannot drift
apart unnoticed. Should the reasons ever disagree in number, the English ones are shown,
marked as English only: a paper never states a reason the quorum check did not give.
"""

from __future__ import annotations

from gsscb_cli.quorum import DecisionVerdict, QuorumResult, RejectedDeputy
from gsscb_cli.render.context import Scope
from gsscb_cli.render.text import md

_PRESIDING = ("chair", "vice-chair")


def statement(scope: Scope, result: QuorumResult) -> str:
    """The meeting's quorum statement (quorum.py's own words in an English paper)."""
    if scope.english:
        return md(result.statement)
    return compose_statement(scope, result)


def compose_statement(scope: Scope, result: QuorumResult) -> str:
    if result.mode == "cancelled":
        return scope.label("quorum.cancelled")
    if result.mode == "not-recorded":
        held = result.meeting.status == "held"
        return scope.label("quorum.not-recorded-held" if held else "quorum.not-recorded-forecast")
    if not result.quorum_known:
        held = result.meeting.status == "held"
        return scope.label("quorum.terms-unknown-held" if held else "quorum.terms-unknown-forecast")
    who = result.presiding if result.presiding in _PRESIDING else "none"
    count = scope.count(
        "quorum.members" if result.chair_counted else "quorum.others", result.others_count
    )
    need = scope.label("quorum.need", n=result.others_required)
    if result.mode == "forecast":
        base = scope.label(
            "quorum.forecast", who=scope.label(f"quorum.forecast-who.{who}"), count=count, need=need
        )
        key = {"quorate": "quorate", "at-risk": "at-risk"}.get(result.verdict, "not-quorate")
        return scope.label(f"quorum.forecast-{key}", base=base, n=len(result.uncertain))
    base = scope.label(
        "quorum.recorded", who=scope.label(f"quorum.present-who.{who}"), count=count, need=need
    )
    key = "quorate" if result.verdict == "quorate" else "not-quorate"
    return scope.label(f"quorum.recorded-{key}", base=base)


def decision_reasons(scope: Scope, result: QuorumResult, verdict: DecisionVerdict) -> list[str]:
    """Why a decision is (or may not be) quorate: the impacted chairs, then the meeting."""
    if scope.english:
        return [md(r) for r in verdict.all_reasons]
    composed = compose_reasons(scope, result, verdict)
    if len(composed) != len(verdict.all_reasons):
        return [scope.generated(r) for r in verdict.all_reasons]
    return composed


def compose_reasons(scope: Scope, result: QuorumResult, verdict: DecisionVerdict) -> list[str]:
    """quorum._decision's reasons, in the same order: one per impacted partnership that
    gives one, then the meeting's own (quorum._with_meeting)."""
    meeting = result.meeting
    counted = meeting.status != "cancelled" and meeting.attendance.recorded
    reasons: list[str] = []
    for pid in verdict.item.impacted_partnerships:
        name = scope.partnership_name(pid)
        if pid in verdict.vacant_chairs:
            reasons.append(scope.label("reason.vacant", name=name))
        elif pid in verdict.unknown_chairs:
            if counted:  # with attendance unrecorded, an unknown chair gives no reason
                reasons.append(scope.label("reason.unknown-chair", name=name))
        elif pid in verdict.awaited_chairs:
            reasons.append(scope.label("reason.awaited", name=name))
        elif pid in verdict.missing_chairs:
            held = "held" if meeting.status == "held" else "forecast"
            reason = scope.label(f"reason.absent-{held}", name=name)
            if not any(s.chair_of == pid for s in scope.board.seats):
                reason = scope.label("reason.no-seat", reason=reason)
            reasons.append(reason)
    if verdict.meeting_reason is not None:
        key = result.verdict if result.quorum_known else "quorum-unknown"
        reasons.append(scope.label(f"reason.meeting.{key}"))
    return reasons


def deputy_reason(scope: Scope, rejected: RejectedDeputy) -> str:
    """Why a deputy does not count (quorum._tally's reason)."""
    if scope.english:
        return md(rejected.reason)
    composed = compose_deputy_reason(scope, rejected)
    return composed if composed else scope.generated(rejected.reason)


def compose_deputy_reason(scope: Scope, rejected: RejectedDeputy) -> str:
    if scope.dataset.seat_holder(rejected.seat).status == "vacant":
        return scope.label("deputy.problem.vacant-seat")
    problems = []
    if scope.board.deputy_chair_agreement and not rejected.deputy.agreed_by_chair:
        problems.append(scope.label("deputy.problem.not-agreed"))
    if scope.board.deputy_delegated_authority and not rejected.deputy.delegated_authority:
        problems.append(scope.label("deputy.problem.no-authority"))
    if len(problems) == 2:
        return scope.label("deputy.problem.both", first=problems[0], second=problems[1])
    return problems[0] if problems else ""
