"""The board's work beyond its terms of reference: funding that ends, returns owed."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Param, Ref
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import cited

_AFTER = ("unknown", "sought", "ends")
"""The continuations of funding that may leave a gap (words: funding.after.*)."""


@rule(
    "funding-ending",
    "work",
    ending=Code(Kind.FORECAST, Basis.LOCAL),
    ended=Code(Kind.GAP, Basis.LOCAL),
)
def funding_ending(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Funding ends soon, or has ended, with nothing recorded after it.

    What it checks:
        Every line of data/funding.yaml with an ``end`` date whose
        ``continuation`` is not one-off (a campaign fund) or agreed: when it
        ends within ``thresholds.funding_ending_days`` (default 180) of
        ``--as-of``, a warning (a forecast: someone should seek or plan for
        what follows); when it has already ended, a note that the record does
        not say what followed (a gap in the record, not a breach).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Key Roles and
        Responsibilities"): the board agrees "opportunities for the sharing of
        resources and applications for joint funding", and closes "any gaps or
        challenges in resources". The September 2025 survey reports
        short-term grant funding as a shared issue. Basis: local (the board's
        own work; no law sets these dates). The six-month window is the tool's
        setting, long enough to seek a grant or give notice on a post.

    Example:
        svd-partnership-manager-post, "(funded until March 2026)", as of
        2025-11-30: "funding for the SV Duty Partnership Manager post ends on
        2026-03-31, in 121 days, and nothing is recorded after it" (due
        2026-03-31).
    """
    window = ctx.thresholds.funding_ending_days
    for line in ctx.dataset.work.funding.values():
        if line.end is None or line.continuation not in _AFTER:
            continue
        left = (line.end - ctx.as_of).days
        params: dict[str, Param] = {
            "funder": line.funder or "",
            "from_key": "funding.from" if line.funder else "empty",
            "recipient": line.recipient,
            "end": line.end,
        }
        if left < 0:
            if line.continuation == "ends":
                continue  # known to end: nothing to find out
            code = "ended"
            params |= {
                "days_late": -left,
                "late_key": "days.late",
                "after_key": f"funding.ended.{line.continuation}",
            }
        elif left <= window:
            code = "ending"
            params |= {
                "days_left": left,
                "when_key": "when.today" if left == 0 else "when.in",
                "after_key": f"funding.after.{line.continuation}",
            }
        else:
            continue
        yield r.fact(
            code,
            Ref("funding", line.id),
            line.loc,
            params=params,
            stable=("end",),
            due=line.end,
            citation=cited(line.source),
        )


@rule(
    "return-overdue",
    "work",
    overdue=Code(Kind.BREACH, Basis.LOCAL),
    not_recorded=Code(Kind.GAP, Basis.LOCAL),
)
def return_overdue(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A return owed to another body is past its due date and not recorded as sent.

    What it checks:
        Every entry of data/returns.yaml with a ``due`` date before
        ``--as-of`` and a status other than sent. Planned or in preparation:
        a warning (the date has passed). Status unknown: a note, because the
        record does not say whether it was sent (a gap in the record, not a
        breach). Returns due soon are reported by obligation-due-soon. A
        return tracked by a milestone of the board's priorities (``milestone``)
        is reported by milestone-overdue instead, so one fact gives one finding.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Board Approach"): the board
        reports "to the PSB for assurance purposes", and its work answers to
        the Home Office and the Welsh Government (seed 000, 3. Background: the
        Winter of Action plan "submitted to the GSSCB and Home Office at the
        end of November"). Basis: local (the body's own request).

    Example:
        winter-of-action-plan-home-office, due 2025-11-30, status unknown, as
        of 2025-12-10: "the return to Home Office 'The overall Winter of Action
        plan for Gwent' was due on 2025-11-30, 10 days ago; the record does
        not show that it was sent" (a note).
    """
    for ret in ctx.dataset.work.returns.values():
        if ret.due is None or ret.done or ret.milestone or ret.due >= ctx.as_of:
            continue
        yield r.fact(
            "not-recorded" if ret.status == "unknown" else "overdue",
            Ref("return", ret.id),
            ret.loc,
            params={
                "to": ret.to,
                "what": ret.what,
                "status": ret.status,
                "due": ret.due,
                "days_late": (ctx.as_of - ret.due).days,
                "late_key": "days.late",
            },
            stable=("due",),
            due=ret.due,
            citation=cited(ret.source),
        )
