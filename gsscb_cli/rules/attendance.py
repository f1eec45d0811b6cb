"""Attendance: meetings whose attendance (or outcome) is not recorded, and seats that
missed most recent meetings."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Param, Ref
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import assessment, held_meetings, meetings_by_date, tor

TOR = Basis.TERMS_OF_REFERENCE

MIN_MEETINGS = 2
"""attendance-low judges a seat only on at least this many meetings."""


@rule(
    "attendance-unrecorded",
    "meetings",
    held=Code(Kind.GAP, TOR),
    date_passed=Code(Kind.GAP, TOR),
)
def attendance_unrecorded(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A held meeting has its attendance recorded, and a past meeting its outcome.

    What it checks:
        A meeting with status ``held`` and ``attendance.recorded: false``: it
        cannot be shown that the meeting was quorate (meeting-quorum does not
        judge it either way). Also a meeting still ``scheduled`` whose date has
        passed (as of ``--as-of``): record it as held, with its attendance, or
        as cancelled.

    Why it matters:
        Quorum (seed 000, Appendix A, "Quorum") can only be shown from a record
        of who attended; the board's minutes, which the OPCC publishes
        (Appendix A, "Administration"), should record it. Unknown is recorded
        as unknown, never invented, so the tool says what it cannot show.
        Basis: local (the board's own terms of reference).

    Example:
        meetings/gsscb-2025-07-15.yaml, ``attendance: {recorded: false}``:
        "attendance is not recorded, so it cannot be shown that the meeting was
        quorate".
    """
    for meeting in meetings_by_date(ctx):
        subject = Ref("meeting", meeting.id)
        if meeting.status == "held" and not meeting.attendance.recorded:
            yield r.fact(
                "held",
                subject,
                meeting.attendance.loc,
                params={"date": meeting.date},
                citation=tor(ctx, "quorum"),
            )
        elif meeting.status == "scheduled" and meeting.date < ctx.as_of:
            yield r.fact(
                "date-passed",
                subject,
                meeting.locs.get("status", meeting.loc),
                params={"date": meeting.date},
                due=meeting.date,
                citation=tor(ctx, "administration"),
            )


@rule("attendance-low", "board", low=Code(Kind.BREACH, TOR))
def attendance_low(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A seat missed most of the board's recent meetings.

    What it checks:
        The most recent held meetings with recorded attendance, up to
        ``thresholds.attendance_window`` (default 4), on or before ``--as-of``.
        A filled seat represented (in person, by its holder in another seat, or
        by an approved deputy) at fewer than ``thresholds.attendance_min_share``
        (default 0.5) of them is reported: with the defaults, a seat present at
        one of the last four meetings, or at none of the last two or three.
        At least two meetings are needed to judge. Vacant seats are left to
        seat-vacant.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Membership"): "as a minimum,
        the Chairs of relevant SSCPs are required to attend, along with other
        key strategic stakeholders at a minimum of Director level". Basis:
        local (the board's own terms of reference). A seat that is seldom
        represented weakens quorum and leaves its partnership without a voice.

    Example:
        With thresholds ``attendance_window: 4`` and ``attendance_min_share:
        0.5``, seat la-newport present at one of the last four meetings:
        "Local Authority Director Level Representative (Newport) was
        represented at 1 of the last 4 held meetings (2026-02-05 to 2026-11-12;
        below the 50% threshold)".
    """
    board = ctx.dataset.board
    if board is None:
        return
    th = ctx.thresholds
    recorded = [m for m in held_meetings(ctx) if m.attendance.recorded]
    window = recorded[-th.attendance_window :] if th.attendance_window > 0 else []
    if len(window) < MIN_MEETINGS:
        return
    presence: dict[str, int] = {}
    for meeting in window:
        for seat_id in assessment(ctx, meeting).represented:
            presence[seat_id] = presence.get(seat_id, 0) + 1
    window_params: dict[str, Param] = {  # the same for every seat
        "meetings": len(window),
        "first": window[0].date,
        "last": window[-1].date,
        "share": f"{th.attendance_min_share:.0%}",
    }
    citation = tor(ctx, "membership")
    for seat in board.seats:
        if ctx.dataset.seat_holder(seat).status == "vacant":
            continue
        n = presence.get(seat.id, 0)
        if n / len(window) < th.attendance_min_share:
            yield r.fact(
                "low",
                Ref("seat", seat.id),
                seat.loc,
                params={"seat": seat.title, "present": n, **window_params},
                citation=citation,
            )
