"""The partnerships' own governance: their chairs, and whether they meet."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Param, Ref
from gsscb_cli.model.types import add_months
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import cited, tor

TOR = Basis.TERMS_OF_REFERENCE


@rule(
    "chair-vacant",
    "partnerships",
    chair=Code(Kind.BREACH, TOR),
    chair_unknown=Code(Kind.GAP, TOR),
    vice_chair=Code(Kind.BREACH, TOR),
)
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
        name = {"partnership": p.name}
        membership = tor(ctx, "membership")
        if p.chair.status == "vacant":
            yield r.fact("chair", subject, p.chair.loc, params=name, citation=membership)
        elif p.chair.status == "unknown":
            yield r.fact("chair-unknown", subject, p.chair.loc, params=name, citation=membership)
        if p.vice_chair is not None and p.vice_chair.status == "vacant":
            yield r.fact("vice-chair", subject, p.vice_chair.loc, params=name, citation=membership)


@rule(
    "partnership-not-meeting",
    "partnerships",
    needs_re_establishing=Code(Kind.BREACH, Basis.LOCAL),
    last_met_unrecorded=Code(Kind.GAP, Basis.LOCAL),
    overdue=Code(Kind.BREACH, Basis.LOCAL),
)
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
        name: dict[str, Param] = {"partnership": p.name}
        source = cited(p.source)
        if p.meets_status == "needs-re-establishing":
            yield r.fact("needs-re-establishing", subject, where, params=name, citation=source)
        elif p.meets_status == "active" and p.meets_every_months:
            every = p.meets_every_months
            if p.last_met is None:
                yield r.fact(
                    "last-met-unrecorded",
                    subject,
                    where,
                    params={**name, "every": every},
                    citation=source,
                )
                continue
            due = add_months(p.last_met, every)
            if due < ctx.as_of:
                yield r.fact(
                    "overdue",
                    subject,
                    where,
                    params={
                        **name,
                        "last_met": p.last_met,
                        "every": every,
                        "days_late": (ctx.as_of - due).days,
                        "late_key": "days.late",
                    },
                    stable=("last_met",),
                    due=due,
                    citation=source,
                )
