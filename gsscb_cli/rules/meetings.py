"""Meeting administration under the ToR: papers, declarations of interest, minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Ref
from gsscb_cli.model.types import add_months
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import live_meetings, meetings_by_date, tor

TOR = Basis.TERMS_OF_REFERENCE


@rule(
    "papers-late",
    "meetings",
    late=Code(Kind.BREACH, TOR),
    not_circulated=Code(Kind.BREACH, TOR),
    date_unrecorded=Code(Kind.GAP, TOR),
)
def papers_late(r: Rule, ctx: Context) -> Iterator[Finding]:
    """The agenda and papers went to members seven days before the meeting.

    What it checks:
        For a held or scheduled meeting, ``papers_circulated`` must be at least
        ``administration.papers_days_before`` (7) days before the meeting date.
        Papers circulated later are a warning. A scheduled meeting whose
        circulation deadline has passed (as of ``--as-of``) with no circulation
        recorded is a warning. A held meeting with no circulation date recorded
        is a note: it cannot be shown that the papers were on time.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Administration"): "The
        agenda, supporting documents and reports will be circulated to all
        members seven days prior to the meeting taking place". Basis: local
        (the board's own terms of reference). Members need the time to read
        and to consult the partnerships they represent before decisions.

    Example:
        A meeting on 2026-02-05 with ``papers_circulated: 2026-02-02``: "papers
        circulated 2026-02-02, 3 days before the meeting; the ToR requires 7"
        (due 2026-01-29).
    """
    board = ctx.dataset.board
    if board is None:
        return
    need = board.papers_days_before
    if need is None:
        return  # the board's terms set no notice for papers
    admin = tor(ctx, "administration")
    for meeting in live_meetings(ctx):
        deadline = meeting.date - dt.timedelta(days=need)
        subject = Ref("meeting", meeting.id)
        circulated = meeting.papers_circulated
        if circulated is not None:
            if circulated > deadline:
                yield r.fact(
                    "late",
                    subject,
                    meeting.locs.get("papers_circulated", meeting.loc),
                    params={
                        "circulated": circulated,
                        "days_before": (meeting.date - circulated).days,
                        "need": need,
                    },
                    due=deadline,
                    citation=admin,
                )
        elif meeting.status == "scheduled" and deadline < ctx.as_of:
            yield r.fact(
                "not-circulated",
                subject,
                meeting.locs.get("date", meeting.loc),
                params={"deadline": deadline, "need": need},
                due=deadline,
                citation=admin,
            )
        elif meeting.status == "held":
            yield r.fact(
                "date-unrecorded",
                subject,
                meeting.locs.get("date", meeting.loc),
                params={"need": need},
                citation=admin,
            )


@rule("declarations-missing", "meetings", unrecorded=Code(Kind.GAP, TOR))
def declarations_missing(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A held meeting records its declarations of interest, even when none were made.

    What it checks:
        Every held meeting must have a ``declarations`` list. An empty list
        (``declarations: []``) means "none declared"; a missing one means "not
        recorded", which is reported.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Administration"):
        "Declarations of interest must be disclosed prior to each meeting".
        Basis: local (the board's terms of reference and members' codes of
        conduct). Without a record it cannot be shown that a decision was
        taken free of undeclared interests.

    Example:
        meetings/gsscb-2025-09-15.yaml with no ``declarations`` key:
        "declarations of interest are not recorded (write declarations: [] if
        none were declared)".
    """
    board = ctx.dataset.board
    if board is not None and not board.declarations_required:
        return
    for meeting in meetings_by_date(ctx):
        if meeting.status == "held" and meeting.declarations is None:
            yield r.fact(
                "unrecorded",
                Ref("meeting", meeting.id),
                meeting.locs.get("declarations", meeting.loc),
                params={"date": meeting.date},
                citation=tor(ctx, "administration"),
            )


@rule(
    "minutes-unpublished",
    "meetings",
    unpublished=Code(Kind.BREACH, TOR),
    after_approval=Code(Kind.BREACH, TOR),
)
def minutes_unpublished(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A held meeting's minutes are published on the OPCC website.

    What it checks:
        The board approves minutes at its next held meeting
        (``thresholds.minutes_approval: next-meeting``, the default), so
        publication is counted from that approval: minutes approved more than
        ``thresholds.minutes_publication_days`` (default 42) days before
        ``--as-of`` must have ``minutes.published``. Minutes awaiting approval
        are not late (minutes-unapproved watches the approval). With
        ``minutes_approval: none`` the window counts from the meeting. The
        window is the tool's setting: the ToR says the minutes are kept on the
        website but gives no deadline for putting them there.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Administration"): "Meetings
        will not be held publicly, but minutes will be kept on the OPCC website
        for 6 years". Basis: local (the board's own terms of reference). As
        the meetings are private, the minutes are the public's only account of
        the board's business.

    Example:
        A meeting held 2025-07-15 whose minutes were approved 2025-09-15 and
        are not published, as of 2025-11-30: "minutes approved 2025-09-15 are
        not recorded as published, 76 days after their approval (the board's
        setting allows 42)".
    """
    from gsscb_cli.rules.cycle import minutes_publication_due

    window = ctx.thresholds.minutes_publication_days
    board = ctx.dataset.board
    if board is None or not board.minutes_published_on:
        return  # only a board whose terms say where its minutes are published
    for meeting in meetings_by_date(ctx):
        if meeting.status != "held":
            continue
        due = minutes_publication_due(ctx, meeting)
        published = meeting.minutes.published if meeting.minutes else None
        if due is None or published is not None or due >= ctx.as_of:
            continue
        approved = meeting.minutes.approved if meeting.minutes else None
        after_approval = approved is not None and ctx.thresholds.minutes_approval == "next-meeting"
        since = approved if after_approval and approved is not None else meeting.date
        yield r.fact(
            "after-approval" if after_approval else "unpublished",
            Ref("meeting", meeting.id),
            meeting.locs.get("minutes", meeting.loc),
            params={
                "date": meeting.date,
                "approved": approved,
                "days_late": (ctx.as_of - since).days,
                "late_key": "days.late",
                "window": window,
            },
            due=due,
            citation=tor(ctx, "administration"),
        )


@rule("minutes-retention", "meetings", review_due=Code(Kind.BREACH, TOR))
def minutes_retention(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Published minutes older than the retention period are due for a review.

    What it checks:
        Minutes published more than ``administration.minutes_retention_years``
        (6) years before ``--as-of`` and with no ``minutes.retention_reviewed``
        on or after that anniversary: the retention review is due (keep,
        archive or remove from the website).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Administration"): "minutes
        will be kept on the OPCC website for 6 years". Basis: local (the board's
        own terms of reference). Keeping records longer than the stated period
        is itself a data-protection question.

    Example:
        Minutes published 2025-09-01, as of 2031-09-02: "minutes published
        2025-09-01 have been on the website for 6 years: due for a retention
        review" (due 2031-09-01).
    """
    board = ctx.dataset.board
    years = board.minutes_retention_years if board is not None else None
    if years is None:
        return  # no retention period recorded
    for meeting in meetings_by_date(ctx):
        minutes = meeting.minutes
        if minutes is None or minutes.published is None:
            continue
        due = add_months(minutes.published, 12 * years)
        reviewed = minutes.retention_reviewed
        if due <= ctx.as_of and (reviewed is None or reviewed < due):
            yield r.fact(
                "review-due",
                Ref("meeting", meeting.id),
                meeting.locs.get("minutes", meeting.loc),
                params={"published": minutes.published, "years": years},
                due=due,
                citation=tor(ctx, "administration"),
            )
