"""Small helpers the rules share: citations, the basis of an obligation, meetings, quorum."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gsscb_cli.findings import Basis, Citation, Param
from gsscb_cli.model.types import Dataset, Meeting

if TYPE_CHECKING:
    from gsscb_cli.quorum import QuorumResult
    from gsscb_cli.rules import Context


def tor(ctx: Context, clause: str) -> Citation:
    """A clause of the board's own terms of reference, as its data names the document and
    the clause (``terms_of_reference.document`` and ``.clauses`` in board.yaml)."""
    from gsscb_cli.model.types import DEFAULT_TOR_DOCUMENT

    board = ctx.dataset.board
    if board is None:
        return Citation(DEFAULT_TOR_DOCUMENT, clause)
    return Citation(board.tor_document or DEFAULT_TOR_DOCUMENT, board.clause(clause))


def cited(source: str | None) -> Citation | None:
    """A record's own ``source`` (or a requirement's legal instrument) as a citation."""
    return Citation(source) if source else None


def at_meeting(dataset: Dataset, meeting_id: str | None, key: str) -> dict[str, Param]:
    """The params that say a milestone falls due at a board meeting that has been cancelled
    (``at_meeting_key`` names the phrase ``key``, with ``meeting_date``), or nothing
    (``empty``) when its meeting will take place or it names none."""
    meeting = dataset.meetings.get(meeting_id) if meeting_id else None
    if meeting is None or meeting.status != "cancelled":
        return {"at_meeting_key": "empty"}
    return {"at_meeting_key": key, "meeting_date": meeting.date}


def worded_as(name: str, family: str, value: str | None) -> dict[str, Param]:
    """The param ``name`` as its value, and, when the catalogue words that value (an
    obligation's kind, a work status), ``name_key`` naming the entry that says it: the
    JSON report keeps ``needs-assessment``, a sentence says "needs assessment"."""
    from gsscb_cli import words

    params: dict[str, Param] = {name: value}
    if value is not None and f"{family}.{value}" in words.catalogue():
        params[f"{name}_key"] = f"{family}.{value}"
    return params


def basis_params(basis: str, *, verified: bool = True, computed: bool = False) -> dict[str, str]:
    """The catalogue keys of a basis phrase and its caveat ("basis.guidance" and
    "caveat.unverified-cadence"), as params ``basis_key`` and ``caveat_key``; and of the
    caveat as a board paper says it beside its Basis column (``brief_key``).

    A date computed from a cadence that is not verified says so, so that an uncertain
    cycle is never presented as a settled legal deadline.
    """
    caveat = "none" if verified else ("unverified-cadence" if computed else "unverified")
    return {
        "basis_key": f"basis.{Basis.of(basis).value}",
        "caveat_key": f"caveat.{caveat}",
        "brief_key": f"brief.{caveat}",
    }


def meetings_by_date(ctx: Context) -> list[Meeting]:
    """``Dataset.meetings_by_date``, sorted once per run and shared by the rules (not to
    be changed by them)."""
    found = ctx.memo.get("meetings-by-date")
    if not isinstance(found, list):
        found = ctx.memo["meetings-by-date"] = ctx.dataset.meetings_by_date()
    return found


def held_meetings(ctx: Context) -> list[Meeting]:
    """Held meetings on or before ``--as-of``, oldest first."""
    as_of = ctx.as_of
    return [m for m in meetings_by_date(ctx) if m.status == "held" and m.date <= as_of]


def live_meetings(ctx: Context) -> list[Meeting]:
    """Meetings that are held or scheduled (not cancelled), oldest first."""
    return [m for m in meetings_by_date(ctx) if m.status != "cancelled"]


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
