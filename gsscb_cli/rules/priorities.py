"""The board's own priorities: milestones on time, a lead for each, progress reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Ref
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import at_meeting, tor, worded_as

OPEN_PRIORITY = {"not-started", "in-progress"}


@rule(
    "milestone-overdue",
    "priorities",
    overdue=Code(Kind.BREACH, Basis.LOCAL),
    meeting_cancelled=Code(Kind.BREACH, Basis.LOCAL),
)
def milestone_overdue(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A milestone of one of the board's priorities is past its due date and not completed.

    What it checks:
        Every milestone with a ``due`` date before ``--as-of`` and a status
        other than ``completed``, in a priority that is not completed. A
        milestone due at a board meeting (``at_meeting``) that has been
        cancelled says so (code ``meeting-cancelled``).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Strategic Priorities"): the
        priorities "identify those specific issues the Board will seek to
        resolve", and the work plan is published; the board reports progress
        to the Public Services Board (seed 000, "Purpose of Report"). Basis:
        local (the board's own work plan).

    Example:
        winter-of-action, a milestone due 2025-11-30 with status in-progress,
        as of 2025-12-10: "milestone 'Overall Winter of Action plan for Gwent
        submitted to the GSSCB and the Home Office' of priority 4 (Winter of
        Action) is 10 days overdue and not recorded as completed (status
        in progress)" (due 2025-11-30).
    """
    for p in ctx.dataset.priorities.values():
        if p.status == "completed":
            continue
        for m in p.milestones:
            if m.status == "completed" or m.due is None or m.due >= ctx.as_of:
                continue
            cancelled = at_meeting(ctx.dataset, m.at_meeting, "at-meeting.was-cancelled")
            yield r.fact(
                "meeting-cancelled" if "meeting_date" in cancelled else "overdue",
                Ref.milestone(p.id, m.id),
                m.loc,
                params={
                    **cancelled,
                    "milestone": m.title,
                    "number": p.number,
                    "priority": p.title,
                    **worded_as("status", "work-status", m.status),
                    "days_late": (ctx.as_of - m.due).days,
                    "late_key": "days.late",
                    "due": m.due,
                },
                stable=("due",),
                due=m.due,
                citation=tor(ctx, "priorities"),
            )


@rule("priority-no-lead", "priorities", no_lead=Code(Kind.BREACH, Basis.LOCAL))
def priority_no_lead(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every open priority of the board has a lead.

    What it checks:
        Every priority with status not-started, in-progress or on-hold must
        have a ``lead`` (a person, a seat, or an organisation or role in
        words).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Board Approach" and "Key
        Roles"): the board tasks work programmes "into an SSCP, lead agency or
        through a relevant task and finish group". Basis: local. A priority
        nobody leads is not being delivered.

    Example:
        priorities/community-cohesion.yaml with no ``lead``: "priority 6
        (Community cohesion and tensions) has no lead recorded".
    """
    for p in ctx.dataset.priorities.values():
        if p.status != "completed" and not p.lead:
            yield r.fact(
                "no-lead",
                Ref("priority", p.id),
                p.loc,
                params={"number": p.number, "priority": p.title},
                citation=tor(ctx, "priorities"),
            )


@rule(
    "priority-stale",
    "priorities",
    no_update=Code(Kind.GAP, Basis.LOCAL),
    never_updated=Code(Kind.GAP, Basis.LOCAL),
)
def priority_stale(r: Rule, ctx: Context) -> Iterator[Finding]:
    """An open priority has had a progress update recently.

    What it checks:
        Every priority with status not-started or in-progress: the latest of
        its ``updates`` dates (or its ``agreed`` date when it has none) must be
        no more than ``thresholds.priority_stale_days`` (default 120) days
        before ``--as-of``. Priorities on hold are not reported.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Purpose"): the board provides
        assurance to the Public Services Board on the Safer Places goal; it
        cannot without current progress. Basis: local (the tool's threshold;
        the ToR sets no interval).

    Example:
        A priority agreed 2025-09-15 with its last update on 2025-11-28, as of
        2026-11-24: "priority 2 (Review partnership chairing and attendance) has
        had no progress update since 2025-11-28 (361 days; the tool allows
        120)".
    """
    limit = ctx.thresholds.priority_stale_days
    for p in ctx.dataset.priorities.values():
        if p.status not in OPEN_PRIORITY:
            continue
        dates = [u.date for u in p.updates if u.date <= ctx.as_of]
        last: dt.date = max(dates) if dates else p.agreed
        age = (ctx.as_of - last).days
        if age > limit:
            yield r.fact(
                "no-update" if dates else "never-updated",
                Ref("priority", p.id),
                p.locs.get("updates", p.loc),
                params={
                    "number": p.number,
                    "priority": p.title,
                    "last": last,
                    "days_late": age,
                    "late_key": "days.late",
                    "limit": limit,
                },
                citation=tor(ctx, "priorities"),
            )
