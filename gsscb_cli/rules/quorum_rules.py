"""Quorum at the board's meetings: the meeting, each decision, and deputies (one family,
all read from ``gsscb_cli.quorum.assess``)."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Param, Ref, Scalar, Severity
from gsscb_cli.quorum import DecisionVerdict
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import assessment, live_meetings, tor

TOR = Basis.TERMS_OF_REFERENCE


@rule(
    "meeting-quorum",
    "quorum",
    not_quorate=Code(Kind.BREACH, TOR, Severity.ERROR),
    forecast_not_quorate=Code(Kind.FORECAST, TOR),
    at_risk=Code(Kind.FORECAST, TOR, Severity.INFO),
    held_at_risk=Code(Kind.GAP, TOR),
    forecast_quorum_unknown=Code(Kind.GAP, TOR),
)
def meeting_quorum(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A held meeting was quorate, and a scheduled one is expected to be.

    What it checks:
        For a held meeting, the recorded attendance; for a scheduled one, the
        replies received (acceptances and apologies), as a forecast. Quorum is
        the Chair or the Vice Chair in person, plus at least five other members
        present in person or through an approved deputy. When both attend, the
        Vice Chair is one of the five. A person holding several seats counts
        once (and represents each seat); invited guests never count. A held
        meeting that was not quorate is an error; a forecast that will not be
        quorate on the replies received is a warning; one that depends on
        members yet to reply is a note. Cancelled meetings are ignored, and a
        meeting whose attendance is not recorded is not judged either way
        (see attendance-unrecorded). When the board's quorum itself is not
        recorded (``quorum.status: unknown``, as ``gsscb init`` writes it), a
        note gives the count and says that quorum cannot be judged.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Quorum"): "To be quorate for the meeting to
        proceed will require the Chair or Vice Chair, plus a minimum of five other
        members." Basis: local (the board's own terms of reference). A meeting
        that was not quorate cannot take the board's business forward.

    Example:
        A scheduled meeting for which the Chair has sent apologies, no Vice
        Chair is recorded and seven members have accepted: "Forecast: neither
        the Chair nor the Vice Chair expected, with 7 other members (at least 5
        required): the meeting will not be quorate on the replies received."
    """
    if ctx.dataset.board is None:
        return
    for meeting in live_meetings(ctx):
        if not meeting.attendance.recorded:
            continue
        result = assessment(ctx, meeting)
        if result.verdict == "quorate":
            continue
        forecast = result.mode == "forecast"
        if result.verdict == "not-quorate":
            code = "forecast-not-quorate" if forecast else "not-quorate"
        elif not result.quorum_known:  # held-at-risk: a held meeting's only unknown verdict
            code = "forecast-quorum-unknown" if forecast else "held-at-risk"
        else:
            code = "at-risk" if forecast else "held-at-risk"
        yield r.fact(
            code,
            Ref("meeting", meeting.id),
            meeting.attendance.loc,
            params=result.counts,
            due=meeting.date if forecast else None,
            citation=tor(ctx, "quorum"),
        )


@rule(
    "decision-quorum",
    "quorum",
    chair_vacant=Code(Kind.FORECAST, TOR, Severity.ERROR),
    chair_missing=Code(Kind.BREACH, TOR, Severity.ERROR),
    chair_not_expected=Code(Kind.FORECAST, TOR),
    chair_awaited=Code(Kind.FORECAST, TOR, Severity.INFO),
)
def decision_quorum(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every decision item has the chairs of the partnerships it most impacts in attendance.

    What it checks:
        Each agenda item with ``decision_sought: true`` at a held or scheduled
        meeting: the chair of every partnership in ``impacted_partnerships``
        must attend (in their seat, in another seat they hold, through an
        approved deputy, or, for a partnership whose chair has no seat, as a
        guest). A chair who is vacant means the decision cannot be quorate,
        whatever the attendance: this is reported before the meeting, as an
        error. At a held meeting a missing chair is an error; in a forecast an
        impacted chair not expected is a warning and one yet to reply a note.
        (A decision also needs the meeting to be quorate; that is
        meeting-quorum's finding, not repeated here.)

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Quorum"): "To be quorate for decision making
        purposes, the Chair/s of the relevant partnership/s most impacted must
        also be in attendance." Basis: local (the board's own terms of
        reference). A decision taken without them is open to challenge by the
        partnership it binds.

    Example:
        An item seeking agreement to a CSP targets framework impacting
        blaenau-gwent-csp, whose chair is vacant: "item 'csp-targets' (CSP
        targets): the chair of Blaenau Gwent Community Safety Partnership is
        vacant, so this decision cannot be quorate".
    """
    if ctx.dataset.board is None:
        return
    for meeting in live_meetings(ctx):
        result = assessment(ctx, meeting)
        for verdict in result.decisions:
            if not (verdict.vacant_chairs or verdict.missing_chairs or verdict.awaited_chairs):
                continue  # the meeting's own quorum is meeting-quorum's finding
            held = meeting.status == "held"
            if verdict.vacant_chairs:
                code = "chair-vacant"
            elif verdict.missing_chairs:
                code = "chair-missing" if held else "chair-not-expected"
            else:
                code = "chair-awaited"
            item = verdict.item
            yield r.fact(
                code,
                Ref("meeting", meeting.id),
                item.loc,
                params={"item": item.id, "title": item.title, **_chairs(ctx, verdict, held)},
                stable=("item",),
                due=None if held else meeting.date,
                citation=tor(ctx, "quorum"),
            )


def _chairs(ctx: Context, verdict: DecisionVerdict, held: bool) -> dict[str, Param]:
    """The impacted chairs by standing, each list with the key of its phrase (or "empty")."""
    board = ctx.dataset.board
    seated = {seat.chair_of for seat in board.seats} if board is not None else set()

    def names(ids: tuple[str, ...]) -> tuple[Scalar, ...]:
        found = ctx.dataset.partnerships
        return tuple(found[i].name if i in found else i for i in ids)

    missing = tuple(i for i in verdict.missing_chairs if i in seated)
    seatless = tuple(i for i in verdict.missing_chairs if i not in seated)
    lists = {
        "vacant": verdict.vacant_chairs,
        "missing": missing,
        "seatless": seatless,
        "awaited": verdict.awaited_chairs,
    }
    out: dict[str, Param] = {}
    first = True
    for name, ids in lists.items():
        out[name] = names(ids)
        out[f"n_{name}"] = len(ids)
        if not ids:
            out[f"{name}_key"] = "empty"
            continue
        when = "" if name in ("vacant", "awaited") else (".held" if held else ".forecast")
        out[f"{name}_key"] = f"decision.{name}{when}{'' if first else '.then'}"
        first = False
    return out


@rule(
    "deputy-authority",
    "quorum",
    not_agreed=Code(Kind.BREACH, TOR),
    no_authority=Code(Kind.BREACH, TOR),
    not_agreed_no_authority=Code(Kind.BREACH, TOR),
    vacant_seat=Code(Kind.BREACH, TOR),
)
def deputy_authority(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A deputy counts only when agreed by the Chair and carrying delegated authority.

    What it checks:
        Every deputy recorded as attending (held) or accepted (scheduled) for a
        member: ``agreed_by_chair`` and ``delegated_authority`` must both be
        true, and the seat must have a member to deputise for (not vacant). A
        deputy who fails either test does not count towards quorum and is
        reported.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Membership"): "Attendance can only be
        delegated to a deputy in exceptional circumstances and when agreed by
        the Chair. Should a deputy be in attendance, they must come with the
        delegated decision-making authority of the member they are
        representing." Basis: local (the board's own terms of reference).

    Example:
        meetings/x.yaml, seat acc-gwent-police: deputy "Chief Superintendent"
        with ``delegated_authority: false``: "deputy Chief Superintendent for
        Assistant Chief Constable, Gwent Police does not count towards quorum:
        without the member's
        delegated decision-making authority".
    """
    if ctx.dataset.board is None:
        return
    for meeting in live_meetings(ctx):
        for rejected in assessment(ctx, meeting).rejected_deputies:
            yield r.fact(
                rejected.code,
                Ref("meeting", meeting.id),
                rejected.entry.loc,
                params={
                    "problem_key": rejected.reason.key,
                    "deputy": rejected.deputy.name,
                    "seat": rejected.seat.title,
                    "seat_id": rejected.seat.id,
                },
                stable=("seat_id",),
                citation=tor(ctx, "membership"),
            )
