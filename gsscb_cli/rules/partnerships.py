"""The partnerships' own governance: their chairs, and whether they meet."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Finding, Ref, Severity
from gsscb_cli.model.types import add_months
from gsscb_cli.rules import Context, Rule, rule
from gsscb_cli.rules._common import cite, days


@rule("chair-vacant", Severity.WARNING, "partnerships")
def chair_vacant(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every partnership has a chair (and a vice chair, where it has that post).

    What it checks:
        A partnership whose ``chair.status`` is ``vacant`` is a warning; one
        whose chair the record does not know (``unknown``) is a note. A
        ``vice_chair`` that is recorded as ``vacant`` is a warning too (a
        partnership without a vice chair post simply omits it).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Membership"): "the Chairs of
        relevant SSCPs are required to attend"; "Quorum": the chairs of the
        partnerships most impacted must attend for a decision; "Key Roles":
        the board ensures effective partnership working within the SSCPs. Basis:
        local (the board's own terms of reference). A partnership without a
        chair has no member at the board and no one to answer for its duties.
        Two CSPs reported no chair in the September 2025 survey (seed 000,
        Appendix B).

    Example:
        partnerships/torfaen-csp.yaml ``chair: {status: vacant}``: "Torfaen
        Community Safety Partnership has no chair".
    """
    for p in ctx.dataset.partnerships.values():
        subject = Ref("partnership", p.id)
        if p.chair.status == "vacant":
            yield r.finding(
                f"{p.name} has no chair",
                p.chair.loc,
                subject,
                basis="local",
                source=cite(ctx, "membership"),
            )
        elif p.chair.status == "unknown":
            yield r.finding(
                f"the record does not say who chairs {p.name}",
                p.chair.loc,
                subject,
                severity=Severity.INFO,
                basis="local",
                source=cite(ctx, "membership"),
            )
        if p.vice_chair is not None and p.vice_chair.status == "vacant":
            yield r.finding(
                f"{p.name} has no vice chair",
                p.vice_chair.loc,
                subject,
                basis="local",
                source=cite(ctx, "membership"),
            )


@rule("partnership-not-meeting", Severity.WARNING, "partnerships")
def partnership_not_meeting(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership meets as often as it says it does.

    What it checks:
        A partnership whose ``meets.status`` is ``needs-re-establishing``
        (it reports that its board must be re-established) is a warning. An
        active partnership with ``meets.every_months`` and ``meets.last_met``
        is a warning when ``last_met`` plus ``every_months`` is before
        ``--as-of``; an active one with a stated frequency but no
        ``last_met`` is a note. Partnerships whose meetings are unknown are
        not reported.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Key Roles and
        Responsibilities"): the board ensures the partnerships comply with
        their duties and work effectively, "intervening to remove barriers".
        Basis: local (the partnership's own stated frequency; a partnership's
        statutory duties cannot be met by a body that does not meet).

    Example:
        partnerships/blaenau-gwent-csp.yaml ``meets: {status:
        needs-re-establishing}``: "Blaenau Gwent Community Safety Partnership
        reports that its strategic board meetings need to be re-established".
    """
    for p in ctx.dataset.partnerships.values():
        where = p.locs.get("meets", p.loc)
        subject = Ref("partnership", p.id)
        if p.meets_status == "needs-re-establishing":
            yield r.finding(
                f"{p.name} reports that its strategic board meetings need to be re-established",
                where,
                subject,
                basis="local",
                source=p.source,
            )
        elif p.meets_status == "active" and p.meets_every_months:
            every = p.meets_every_months
            if p.last_met is None:
                yield r.finding(
                    f"{p.name} meets every {every} months, but when it last met is not recorded",
                    where,
                    subject,
                    severity=Severity.INFO,
                    basis="local",
                    source=p.source,
                )
                continue
            due = add_months(p.last_met, every)
            if due < ctx.as_of:
                yield r.finding(
                    f"{p.name} last met {p.last_met.isoformat()} and meets every {every} months: "
                    f"its next meeting is {days((ctx.as_of - due).days)} overdue",
                    where,
                    subject,
                    due=due,
                    basis="local",
                    source=p.source,
                )
