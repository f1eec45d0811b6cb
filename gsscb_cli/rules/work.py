"""The board's work beyond its terms of reference: funding that ends, returns owed."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Finding, Ref, Severity
from gsscb_cli.rules import Context, Rule, rule
from gsscb_cli.rules._common import days

_AFTER = {
    "unknown": "nothing is recorded after it",
    "sought": "further funding has been sought but is not recorded as agreed",
    "ends": "it ends with nothing after it",
}


@rule("funding-ending", Severity.WARNING, "work")
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
        funder = f" from {line.funder}" if line.funder else ""
        what = f"funding{funder} for {line.recipient}"
        if left < 0:
            if line.continuation == "ends":
                continue  # known to end: nothing to find out
            code, severity = "ended", Severity.INFO
            message = (
                f"{what} ended on {line.end.isoformat()}, {days(-left)} ago; "
                f"{_AFTER[line.continuation]}, so the record does not show what followed"
            )
        elif left <= window:
            code, severity = "ending", Severity.WARNING
            when = "today" if left == 0 else f"in {days(left)}"
            message = (
                f"{what} ends on {line.end.isoformat()}, {when}, and {_AFTER[line.continuation]}"
            )
        else:
            continue
        yield r.finding(
            message,
            line.loc,
            Ref("funding", line.id),
            severity=severity,
            due=line.end,
            basis="local",
            source=line.source,
            code=code,
        )


@rule("return-overdue", Severity.WARNING, "work")
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
        late = days((ctx.as_of - ret.due).days)
        head = f"the return to {ret.to} '{ret.what}' was due on {ret.due.isoformat()}, {late} ago"
        if ret.status == "unknown":
            code, severity, tail = (
                "not-recorded",
                Severity.INFO,
                "the record does not show that it was sent",
            )
        else:
            code, severity, tail = (
                "overdue",
                Severity.WARNING,
                f"it is not recorded as sent (status {ret.status})",
            )
        yield r.finding(
            f"{head}; {tail}",
            ret.loc,
            Ref("return", ret.id),
            severity=severity,
            due=ret.due,
            basis="local",
            source=ret.source,
            code=code,
        )
