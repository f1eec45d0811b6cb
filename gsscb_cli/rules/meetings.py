"""Meeting administration under the ToR: papers, declarations of interest, minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gsscb_cli.findings import Finding, Ref, Severity
from gsscb_cli.model.types import add_months
from gsscb_cli.rules import Context, Rule, rule
from gsscb_cli.rules._common import cite, days, live_meetings


@rule("papers-late", Severity.WARNING, "meetings")
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
        return  # the board's record does not say how far ahead papers go out
    for meeting in live_meetings(ctx.dataset):
        deadline = meeting.date - dt.timedelta(days=need)
        subject = Ref("meeting", meeting.id)
        circulated = meeting.papers_circulated
        if circulated is not None:
            if circulated > deadline:
                ahead = (meeting.date - circulated).days
                yield r.finding(
                    f"papers circulated {circulated.isoformat()}, {days(ahead)} before the "
                    f"meeting; the ToR requires {need}",
                    meeting.locs.get("papers_circulated", meeting.loc),
                    subject,
                    due=deadline,
                    basis="local",
                    source=cite(ctx, "administration"),
                    code="late",
                )
        elif meeting.status == "scheduled" and deadline < ctx.as_of:
            yield r.finding(
                f"papers were due to members by {deadline.isoformat()} ({need} days before "
                "the meeting) and are not recorded as circulated",
                meeting.locs.get("date", meeting.loc),
                subject,
                due=deadline,
                basis="local",
                source=cite(ctx, "administration"),
                code="not-circulated",
            )
        elif meeting.status == "held":
            yield r.finding(
                "the date the papers were circulated is not recorded, so it cannot be shown "
                f"that they reached members {need} days before the meeting",
                meeting.locs.get("date", meeting.loc),
                subject,
                severity=Severity.INFO,
                basis="local",
                source=cite(ctx, "administration"),
            )


@rule("declarations-missing", Severity.WARNING, "meetings")
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
    for meeting in ctx.dataset.meetings_by_date():
        if meeting.status == "held" and meeting.declarations is None:
            yield r.finding(
                "declarations of interest are not recorded (write declarations: [] if none "
                "were declared)",
                meeting.locs.get("declarations", meeting.loc),
                Ref("meeting", meeting.id),
                basis="local",
                source=cite(ctx, "administration"),
            )


@rule("minutes-unpublished", Severity.WARNING, "meetings")
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
    for meeting in ctx.dataset.meetings_by_date():
        if meeting.status != "held":
            continue
        due = minutes_publication_due(ctx, meeting)
        published = meeting.minutes.published if meeting.minutes else None
        if due is None or published is not None or due >= ctx.as_of:
            continue
        approved = meeting.minutes.approved if meeting.minutes else None
        if approved is not None and ctx.thresholds.minutes_approval == "next-meeting":
            message = (
                f"minutes approved {approved.isoformat()} are not recorded as published, "
                f"{days((ctx.as_of - approved).days)} after their approval (the board's "
                f"setting allows {window})"
            )
        else:
            message = (
                f"minutes are not recorded as published, {days((ctx.as_of - meeting.date).days)} "
                f"after the meeting (the tool allows {window})"
            )
        yield r.finding(
            message,
            meeting.locs.get("minutes", meeting.loc),
            Ref("meeting", meeting.id),
            due=due,
            basis="local",
            source=cite(ctx, "administration"),
        )


@rule("minutes-retention", Severity.INFO, "meetings")
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
    for meeting in ctx.dataset.meetings_by_date():
        minutes = meeting.minutes
        if minutes is None or minutes.published is None:
            continue
        due = add_months(minutes.published, 12 * years)
        reviewed = minutes.retention_reviewed
        if due <= ctx.as_of and (reviewed is None or reviewed < due):
            yield r.finding(
                f"minutes published {minutes.published.isoformat()} have been on the website "
                f"for {years} years: due for a retention review",
                meeting.locs.get("minutes", meeting.loc),
                Ref("meeting", meeting.id),
                due=due,
                basis="local",
                source=cite(ctx, "administration"),
            )
