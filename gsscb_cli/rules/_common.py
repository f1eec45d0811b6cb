"""Small helpers the rules share: wording of dates, days and the basis of an obligation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from gsscb_cli.model.types import Dataset, Meeting

if TYPE_CHECKING:
    from gsscb_cli.quorum import QuorumResult
    from gsscb_cli.rules import Context


def cite(ctx: Context, clause: str) -> str | None:
    """The citation of a clause of the board's own terms of reference, from its data
    (``terms_of_reference.document`` and ``.clauses``): e.g. "seed 000, Appendix A, Quorum"."""
    board = ctx.dataset.board
    return board.cite(clause) if board is not None else None


BASIS_WORDS = {
    "statutory": "statutory",
    "statutory+guidance": "statutory, with statutory guidance",
    "guidance": "guidance, not a statutory deadline",
    "local": "local commitment, not a statutory deadline",
    "statutory-prospective": "law not yet in force",
}


def days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def at_meeting_words(dataset: Dataset, meeting_id: str | None) -> str:
    """ "; it was due at the meeting of 2025-12-04, which has been cancelled" for a milestone
    due at a meeting that will not take place; else nothing."""
    meeting = dataset.meetings.get(meeting_id) if meeting_id else None
    if meeting is None or meeting.status != "cancelled":
        return ""
    return f"; it is due at the meeting of {meeting.date.isoformat()}, which has been cancelled"


def basis_phrase(basis: str, *, verified: bool = True, computed: bool = False) -> str:
    """How a finding states its basis, e.g. "basis: guidance, not a statutory deadline".

    A date computed from a cadence that is not verified says so, so that an
    uncertain cycle is never presented as a settled legal deadline.
    """
    words = BASIS_WORDS.get(basis, basis)
    if not verified:
        words += ", unverified cadence" if computed else ", unverified"
    return f"basis: {words}"


def held_meetings(dataset: Dataset, as_of: dt.date) -> list[Meeting]:
    """Held meetings on or before ``as_of``, oldest first."""
    return [m for m in dataset.meetings_by_date() if m.status == "held" and m.date <= as_of]


def live_meetings(dataset: Dataset) -> list[Meeting]:
    """Meetings that are held or scheduled (not cancelled), oldest first."""
    return [m for m in dataset.meetings_by_date() if m.status != "cancelled"]


def assessment(ctx: Context, meeting: Meeting) -> QuorumResult:
    """The meeting's quorum assessment, computed once per run and shared by the rules
    (without the per-seat detail, which no rule needs)."""
    from gsscb_cli.quorum import QuorumResult, SeatIndex, assess, seat_index

    key = f"quorum:{meeting.id}"
    cached = ctx.memo.get(key)
    if isinstance(cached, QuorumResult):
        return cached
    index = ctx.memo.get("seat-index")
    if not isinstance(index, SeatIndex):
        index = ctx.memo["seat-index"] = seat_index(ctx.dataset)
    result = assess(meeting, ctx.dataset, index=index, detail=False)
    ctx.memo[key] = result
    return result
