"""Rules that follow the meeting cycle: the register matches the meeting's status, a held
meeting is not in the future, minutes are approved at the next meeting, actions are done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gsscb_cli.findings import Basis, Citation, Finding, Kind, Param, Ref, Severity
from gsscb_cli.model.types import Action, Dataset, Meeting
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import cited, meetings_by_date, tor

REPLY_STATUSES = {"accepted", "no-reply"}
HELD_STATUSES = {"present", "absent"}


@rule("meeting-held-future", "meetings", future=Code(Kind.BREACH, Basis.DATA))
def meeting_held_future(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A meeting recorded as held is not dated after today.

    What it checks:
        A meeting with ``status: held`` whose ``date`` is after ``--as-of``.
        ``gsscb meeting held`` refuses such an edit; this rule catches a hand
        edit.

    Why it matters:
        The record says what happened: a meeting cannot have been held on a
        day that has not come. Every check that reads a held meeting (quorum,
        declarations, minutes, the quarterly cadence of seed 000, Appendix A,
        "Administration") would otherwise judge an invented register. Basis:
        local (the integrity of the board's record).

    Example:
        meetings/gsscb-2026-12-10.yaml with ``status: held``, as of
        2026-12-01: "the meeting is recorded as held but is dated 2026-12-10,
        9 days after today (2026-12-01)".
    """
    for meeting in meetings_by_date(ctx):
        if meeting.status == "held" and meeting.date > ctx.as_of:
            yield r.fact(
                "future",
                Ref("meeting", meeting.id),
                meeting.locs.get("status", meeting.loc),
                params={
                    "date": meeting.date,
                    "as_of": ctx.as_of,
                    "days_left": (meeting.date - ctx.as_of).days,
                    "left_key": "days.left",
                },
                stable=("date",),
                citation=tor(ctx, "administration"),
            )


@rule(
    "meeting-reply-status",
    "meetings",
    held_with_replies=Code(Kind.BREACH, Basis.DATA),
    scheduled_with_attendance=Code(Kind.BREACH, Basis.DATA),
)
def meeting_reply_status(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A held meeting's register says who attended, not who replied (and the reverse).

    What it checks:
        Every attendance entry of a held meeting is present, apologies or
        absent: an entry still saying ``accepted`` or ``no-reply`` is an
        error. A scheduled meeting's entries are accepted, apologies or
        no-reply: ``present`` or ``absent`` before the meeting is an error.

    Why it matters:
        Quorum is judged on the register for a held meeting and forecast from
        the replies for a scheduled one (seed 000, Appendix A, "Quorum"). A
        held meeting left with its replies would be called not quorate without
        saying why. ``gsscb meeting held`` turns replies into attendance.
        Basis: local (the board's terms of reference).

    Example:
        meetings/gsscb-2026-02-05.yaml, held, seat pcc ``status: accepted``:
        "seat pcc still says accepted: a held meeting records present,
        apologies or absent (gsscb meeting held turns replies into attendance)".
    """
    for meeting in meetings_by_date(ctx):
        if not meeting.attendance.recorded or meeting.status == "cancelled":
            continue
        wrong = REPLY_STATUSES if meeting.status == "held" else HELD_STATUSES
        for entry in meeting.attendance.members:
            if entry.status not in wrong:
                continue
            yield r.fact(
                "held-with-replies" if meeting.status == "held" else "scheduled-with-attendance",
                Ref("meeting", meeting.id, ("seat", entry.seat)),
                entry.loc,
                params={"seat": entry.seat, "status": entry.status},
                stable=("status",),
                citation=tor(ctx, "quorum"),
            )


def next_held(dataset: Dataset, meeting: Meeting) -> Meeting | None:
    """The first held meeting after ``meeting`` (where its minutes are approved)."""
    later = [m for m in dataset.meetings_by_date() if m.status == "held" and m.date > meeting.date]
    return later[0] if later else None


# A gap in the record, not a breach: the rule only knows that no approval is recorded,
# and for the bundled meetings no source says either way whether it was given.
@rule("minutes-unapproved", "meetings", unapproved=Code(Kind.GAP, Basis.TERMS_OF_REFERENCE))
def minutes_unapproved(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A held meeting's minutes are approved at the board's next held meeting.

    What it checks:
        With ``thresholds.minutes_approval: next-meeting`` (the default), a
        held meeting whose next held meeting is on or before ``--as-of`` must
        have ``minutes.approved``. Until that next meeting, nothing is due:
        minutes awaiting approval are not late. With ``none``, this rule is
        off and minutes-unpublished counts from the meeting.

    Why it matters:
        The board's agenda opens with "Minutes of the last meeting": the
        board approves each set at its next meeting, then they are "kept on the
        OPCC website for 6 years" (seed 000, Appendix A, "Administration").
        Basis: local (the board's practice). A gap in the record (a note):
        what is missing is the record of the approval, which the sources may
        simply not give, as for July 2025. Unapproved minutes cannot be
        published.

    Example:
        gsscb-2025-07-15 with no ``minutes.approved``, its next held meeting
        gsscb-2025-09-15: "the minutes were due for approval at the next
        meeting (gsscb-2025-09-15, 15 September 2025) and are not recorded as
        approved" (a board paper names the meeting by its date alone).
    """
    if ctx.thresholds.minutes_approval != "next-meeting":
        return
    for meeting in meetings_by_date(ctx):
        if meeting.status != "held" or (meeting.minutes and meeting.minutes.approved):
            continue
        following = next_held(ctx.dataset, meeting)
        if following is None or following.date > ctx.as_of:
            continue
        yield r.fact(
            "unapproved",
            Ref("meeting", meeting.id),
            meeting.locs.get("minutes", meeting.loc),
            params={"next_meeting": following.id, "next_date": following.date},
            stable=("next_meeting",),
            due=following.date,
            citation=tor(ctx, "administration"),
        )


def action_params(meeting: Meeting, action: Action) -> dict[str, Param]:
    """How a finding names an action (``{action}``): its text and owner, or only its
    marking when it is marked above OFFICIAL (a finding can reach a paper for the public,
    and its params reach the JSON report: no value from the action, not even its text,
    goes into them)."""
    from gsscb_cli.render.marking import BASE, action_marking

    marking = action_marking(meeting, action)
    if marking != BASE:
        return {"action_key": "action.marked", "marking": marking}
    if action.owner:
        return {"action_key": "action.owned", "text": action.text, "owner": action.owner}
    return {"action_key": "action.no-owner", "text": action.text}


def action_citation(ctx: Context, meeting: Meeting) -> Citation:
    """An action cites its meeting record's source, else the ToR's Administration clause."""
    return cited(meeting.source) or tor(ctx, "administration")


def open_actions(dataset: Dataset) -> Iterator[tuple[Meeting, Action]]:
    """Every open board action with a due date, with its meeting, oldest meeting first."""
    for meeting in dataset.meetings_by_date():
        for action in meeting.actions:
            if action.status == "open" and action.due is not None:
                yield meeting, action


@rule("action-overdue", "meetings", overdue=Code(Kind.BREACH, Basis.LOCAL))
def action_overdue(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A board action is past its due date and still open.

    What it checks:
        Every action with ``status: open`` and a ``due`` date before
        ``--as-of``. Done and dropped actions, and open ones with no due date,
        are not reported (``gsscb render actions`` lists them all).

    Why it matters:
        The board's actions are part of its minutes, which the ToR keeps on the
        OPCC website (seed 000, Appendix A, "Administration"), and the action
        log is reviewed at every meeting (a standing item by custom; the ToR
        lists none). An action past its date with nobody recording it done or
        dropped is the board's own commitment slipping. Basis: local (a
        commitment the board made), so a warning, not a breach of law.

    Example:
        gsscb-2026-12-10, action circulate-survey, owner la-newport, due
        2027-01-15, as of 2027-02-01: "action 'Circulate the survey' (owner
        la-newport) is 17 days overdue (due 2027-01-15)".
    """
    for meeting, action in open_actions(ctx.dataset):
        assert action.due is not None
        if action.due >= ctx.as_of:
            continue
        yield r.fact(
            "overdue",
            Ref("meeting", meeting.id, ("action", action.id)),
            action.loc,
            params={
                **action_params(meeting, action),
                "days_late": (ctx.as_of - action.due).days,
                "late_key": "days.late",
                "due": action.due,
            },
            stable=("due",),
            due=action.due,
            citation=action_citation(ctx, meeting),
        )


@rule("action-due-soon", "meetings", due_soon=Code(Kind.FORECAST, Basis.LOCAL, Severity.INFO))
def action_due_soon(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A board action falls due soon.

    What it checks:
        Every open action whose ``due`` date is today or within
        ``thresholds.due_soon_days`` (default 60) days after ``--as-of``. A
        note, so that ``gsscb deadlines`` and the calendar show it beside the
        partnerships' deadlines.

    Why it matters:
        The action log is reviewed at every meeting (a standing item by custom;
        the actions are part of the minutes of seed 000, Appendix A,
        "Administration"): an owner reminded before the date can report it
        done at the next meeting. Basis: local (a commitment the board made).

    Example:
        Action circulate-survey, due 2027-01-15, as of 2026-12-10: "action
        'Circulate the survey' (owner la-newport) is due in 36 days
        (2027-01-15)".
    """
    horizon = ctx.as_of + dt.timedelta(days=ctx.thresholds.due_soon_days)
    for meeting, action in open_actions(ctx.dataset):
        assert action.due is not None
        if not ctx.as_of <= action.due <= horizon:
            continue
        left = (action.due - ctx.as_of).days
        yield r.fact(
            "due-soon",
            Ref("meeting", meeting.id, ("action", action.id)),
            action.loc,
            params={
                **action_params(meeting, action),
                "days_left": left,
                "when_key": "when.today" if left == 0 else "when.in",
                "due": action.due,
            },
            stable=("due",),
            due=action.due,
            citation=action_citation(ctx, meeting),
        )


def minutes_publication_due(ctx: Context, meeting: Meeting) -> dt.date | None:
    """When a held meeting's minutes are due on the website, under the board's practice:
    the approval plus the window, or (no approval step) the meeting plus the window;
    None while approval is awaited."""
    window = dt.timedelta(days=ctx.thresholds.minutes_publication_days)
    if ctx.thresholds.minutes_approval != "next-meeting":
        return meeting.date + window
    approved = meeting.minutes.approved if meeting.minutes else None
    return approved + window if approved is not None else None
