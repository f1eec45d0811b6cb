"""The board's membership: seats filled, and every connected partnership given a seat."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Ref
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import tor

TOR = Basis.TERMS_OF_REFERENCE


@rule(
    "seat-vacant",
    "board",
    vacant=Code(Kind.BREACH, TOR),
    chair_vacant=Code(Kind.BREACH, TOR),
    unknown=Code(Kind.GAP, TOR),
)
def seat_vacant(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every seat on the board is filled.

    What it checks:
        Each seat in ``board.yaml``. A seat that is "Chair of" a partnership
        takes its holder from that partnership's ``chair`` (one fact, one
        place), so a partnership with a vacant chair leaves its seat vacant
        too (chair-vacant reports the partnership's side). A vacant seat is a
        warning; an ordinary seat whose holder the record does not know is a
        note (for a "Chair of" seat, chair-vacant notes the unknown chair).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Membership"): "The list of
        partners required to attend are: ..." Basis: local (the board's own
        terms of reference). A vacant seat cannot count towards quorum, and a
        vacant partnership chair makes every decision most impacting that
        partnership inquorate.

    Example:
        Seat chair-torfaen-csp, with Torfaen CSP's chair vacant: "Chair of
        Torfaen Community Safety Partnership is vacant (the partnership reports
        no chair)".
    """
    board = ctx.dataset.board
    if board is None:
        return
    for seat in board.seats:
        holder = ctx.dataset.seat_holder(seat)
        if holder.status == "filled" or (holder.status != "vacant" and seat.chair_of):
            continue  # an unknown partnership chair is chair-vacant's note, not repeated here
        if holder.status == "vacant":
            code = "chair-vacant" if seat.chair_of else "vacant"
        else:
            code = "unknown"
        yield r.fact(
            code,
            Ref("seat", seat.id),
            seat.loc,
            params={"seat": seat.title},
            citation=tor(ctx, "membership"),
        )


@rule("partnership-unrepresented", "board", no_seat=Code(Kind.BREACH, TOR))
def partnership_unrepresented(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every partnership connected to the board has its chair among the board's seats.

    What it checks:
        Each partnership listed in ``board.yaml`` ``partnerships`` must have a
        seat whose ``chair_of`` is that partnership.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Membership"): "as a minimum,
        the Chairs of relevant SSCPs are required to attend"; and "Quorum": the
        chairs of the partnerships most impacted must attend for a decision.
        Basis: local (the board's own terms of reference). The final ToR lists
        the Gwent Serious Violence Duty Working Group among the connected
        partnerships but gives its chair no seat, so its chair can only attend
        as an invited guest.

    Example:
        ``partnerships: [..., gwent-svd-working-group, ...]`` and no seat with
        ``chair_of: gwent-svd-working-group``: "Gwent Serious Violence Duty
        Working Group is connected to the board, but its chair has no seat: the
        chair is not a member, and can attend only as an invited guest".
    """
    board = ctx.dataset.board
    if board is None:
        return
    seated = {seat.chair_of for seat in board.seats if seat.chair_of}
    for pid in board.partnership_ids:
        if pid in seated:
            continue
        partnership = ctx.dataset.partnerships.get(pid)
        yield r.fact(
            "no-seat",
            Ref("partnership", pid),
            board.locs.get("partnerships", board.loc),
            params={"partnership": partnership.name if partnership else pid},
            citation=tor(ctx, "membership"),
        )
