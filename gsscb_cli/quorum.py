"""Quorum under the board's terms of reference (seed 000, Appendix A, "Quorum" and "Membership").

* Members are the holders of the board's seats; invited guests never count.
* A person holding several seats counts once but represents every seat they hold.
* A deputy counts as the member they represent only when agreed by the Chair *and*
  carrying the member's delegated decision-making authority.
* Meeting quorum: the Chair or the Vice Chair, plus at least N other members (the
  board's ``quorum``: a number, or a fraction of the seats rounded as its terms state).
  The one presiding is not among the N unless ``chair_counts`` says the terms count
  them; when both attend, the Vice Chair counts as one.
  Presiding needs the office holder in person (a deputy for the Chair represents the
  Chair's seat as a member, but does not preside).
* Decision quorum: for every item seeking a decision, the chairs of the partnerships
  most impacted must be in attendance; a vacant chair means that decision cannot be quorate.
* Held meetings are judged on recorded attendance; scheduled ones are forecast from
  acceptances (apologies count as absent; no reply is uncertain). A forecast that is
  short on acceptances is "at-risk" when counting every member yet to reply (each
  person once) would make it quorate, else "not-quorate".
* A seat that is vacant cannot be represented: an entry marking it present does not
  count, and a deputy for it is rejected.
* A decision needs the meeting quorum as well as its chairs, so its verdict is never
  better than the meeting's.
* With attendance not recorded, nothing is claimed either way, except that a decision
  whose impacted partnership has a vacant chair is still shown not to be quorate.

The results are facts: the statement, a decision's reasons, a refused deputy's reason and a
seat's note are ``Phrase`` values (a key of the words catalogue and its params), which
``gsscb_cli.words`` says in English or Welsh. Nothing here writes a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from gsscb_cli.findings import Param, Phrase
from gsscb_cli.model.types import (
    AgendaItem,
    AttendanceEntry,
    Board,
    Dataset,
    Declaration,
    Deputy,
    Guest,
    Meeting,
    Post,
    Seat,
)
from gsscb_cli.records import dataclass

PRESENT = {"held": {"present"}, "scheduled": {"accepted"}}
UNCERTAIN = {"no-reply"}


@dataclass(frozen=True)
class SeatPresence:
    """One seat at one meeting."""

    seat: Seat
    holder: Post
    status: str  # present/accepted/apologies/absent/no-reply, or "via-holder" / "not-listed"
    attendee: str | None  # person id attending in person, if any
    deputy: Deputy | None
    counts: bool  # represented at the meeting (in person, through the holder's other seat, or an approved deputy)
    note: Phrase | None = None  # why the seat counts as it does, when that is not plain


@dataclass(frozen=True)
class RejectedDeputy:
    seat: Seat
    deputy: Deputy
    code: str  # not-agreed, no-authority, not-agreed-no-authority, vacant-seat
    entry: AttendanceEntry

    @property
    def reason(self) -> Phrase:
        """Why the deputy does not count (the words catalogue's deputy.problem.*)."""
        return Phrase.of(f"deputy.problem.{self.code}")


@dataclass(frozen=True)
class DecisionVerdict:
    item: AgendaItem
    verdict: str  # quorate, not-quorate, at-risk (forecast: a chair yet to reply), unknown
    present_chairs: tuple[str, ...]
    missing_chairs: tuple[str, ...]
    vacant_chairs: tuple[str, ...]
    unknown_chairs: tuple[str, ...]
    reasons: tuple[Phrase, ...]  # one per impacted partnership that gives one, in order
    awaited_chairs: tuple[str, ...] = ()  # forecast: impacted chairs yet to reply
    interests: tuple[Declaration, ...] = ()  # interests declared on this item
    meeting_reason: Phrase | None = None  # set when the meeting's own quorum limits the verdict

    @property
    def all_reasons(self) -> tuple[Phrase, ...]:
        """The chairs' reasons, then the meeting's."""
        return (*self.reasons, self.meeting_reason) if self.meeting_reason else self.reasons


@dataclass(frozen=True)
class QuorumResult:
    meeting: Meeting
    mode: str  # recorded, forecast, cancelled, not-recorded
    verdict: str  # quorate, not-quorate, at-risk, unknown, not-applicable
    presiding: str | None  # chair, vice-chair or None
    chair_present: bool
    vice_chair_present: bool
    others: tuple[str, ...]  # labels of the members counted towards the quorum's number
    others_required: int
    uncertain: tuple[str, ...]  # forecast: seats with no reply whose holders could still come
    seats: tuple[SeatPresence, ...]
    rejected_deputies: tuple[RejectedDeputy, ...]
    guests: tuple[Guest, ...]
    decisions: tuple[DecisionVerdict, ...]
    represented: frozenset[str] = frozenset()  # seat ids represented (with detail or not)
    chair_counted: bool = False  # the one presiding is among ``others`` (quorum.chair_counts)
    quorum_known: bool = True  # False: the board's quorum is not recorded (quorum.status unknown)

    @property
    def others_count(self) -> int:
        return len(self.others)

    @property
    def statement(self) -> Phrase:
        """The quorum statement, as minutes would record it (words: quorum.*)."""
        held = "held" if self.meeting.status == "held" else "forecast"
        if self.mode == "cancelled":
            return Phrase.of("quorum.cancelled")
        if not self.quorum_known and self.mode in ("recorded", "forecast"):
            return Phrase.of(f"quorum.terms-unknown.{held}")
        if self.mode == "not-recorded":
            return Phrase.of(f"quorum.not-recorded.{held}")
        if self.mode == "forecast":
            verdict = self.verdict if self.verdict in ("quorate", "at-risk") else "not-quorate"
        else:
            verdict = "quorate" if self.verdict == "quorate" else "not-quorate"
        return Phrase(f"quorum.{self.mode}.{verdict}", tuple(self.counts.items()))

    @property
    def counts(self) -> dict[str, Param]:
        """The facts a quorum statement is worded from: who presides, the counts."""
        presiding = self.presiding or "none"
        return {
            "presiding_key": f"quorum.presiding.{presiding}",
            "expected_key": f"quorum.expected.{presiding}",
            "others": self.others_count,
            "required": self.others_required,
            "members_key": "quorum.members" if self.chair_counted else "quorum.other-members",
            "uncertain": len(self.uncertain),
        }


def _person_key(seat: Seat, person: str | None) -> str:
    return f"person:{person}" if person else f"seat:{seat.id}"


def _deputy_key(deputy: Deputy) -> str:
    """The person a deputy is: their person id, else their name (two deputies recorded
    under one name are taken to be one person, which can only undercount)."""
    return f"person:{deputy.person}" if deputy.person else f"deputy:{deputy.name.casefold()}"


def _deputy_problem(board: Board, deputy: Deputy) -> str | None:
    """Which of the ToR's two tests the deputy fails, as a code (None: it passes both)."""
    not_agreed = board.deputy_chair_agreement and not deputy.agreed_by_chair
    no_authority = board.deputy_delegated_authority and not deputy.delegated_authority
    if not_agreed and no_authority:
        return "not-agreed-no-authority"
    return "not-agreed" if not_agreed else ("no-authority" if no_authority else None)


@dataclass
class _Tally:
    """Who counts at a meeting, given which attendance statuses mean 'there'."""

    attending_people: dict[str, str]  # person key -> label, members there in person
    member_keys: dict[str, str]  # person key -> label, every member counted (deputies too)
    represented: set[str]  # seat ids represented
    seats: list[SeatPresence]
    rejected: list[RejectedDeputy]
    uncertain: list[str]  # seat ids with no reply yet
    chair_key: str | None
    vice_key: str | None

    @property
    def presiding(self) -> str | None:
        return "chair" if self.chair_key else ("vice-chair" if self.vice_key else None)

    @property
    def others(self) -> tuple[str, ...]:
        presiding_key = self.chair_key or self.vice_key
        return tuple(sorted(v for k, v in self.member_keys.items() if k != presiding_key))

    def counted(self, board: Board) -> tuple[str, ...]:
        """The members counted towards the quorum's number: the others, and the one
        presiding too when the terms count them (``quorum.chair_counts``)."""
        if board.quorum_chair_counts:
            return tuple(sorted(self.member_keys.values()))
        return self.others

    def meets(self, board: Board) -> bool:
        chair_ok = self.presiding is not None or not board.quorum_chair_or_vice
        return chair_ok and self.number(board) >= board.quorum_other_members

    def number(self, board: Board) -> int:
        """``len(self.counted(board))``, without the labels: every member counted, less the
        one presiding unless the terms count them (their key is among the members')."""
        if board.quorum_chair_counts:
            return len(self.member_keys)
        return len(self.member_keys) - ((self.chair_key or self.vice_key) in self.member_keys)


@dataclass(frozen=True)
class SeatIndex:
    """The board's seats and their holders, computed once and shared by many meetings."""

    by_id: Mapping[str, Seat]
    position: Mapping[str, int]  # seat id -> its place in board.yaml
    holders: Mapping[str, Post]  # seat id -> holder (Dataset.seat_holder)
    held_by: Mapping[str, tuple[str, ...]]  # person id -> seats that person holds
    chair_seats: Mapping[str, tuple[Seat, ...]]  # partnership id -> its 'Chair of' seats
    attends: Mapping[str, tuple[str, str | None, bool] | None] = field(default_factory=dict)
    """seat id -> who attends in it when the entry names nobody else: the person key
    (``_person_key``) and person id of its holder, and whether they hold other seats
    (``held_by``); None for a vacant seat."""
    labels: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """person key -> the label of whoever attends (``Dataset.person_label``, else the
    seat's title), filled as meetings are tallied: the same people attend meeting after
    meeting."""


def seat_index(dataset: Dataset) -> SeatIndex:
    board = dataset.board
    seats = board.seats if board is not None else ()
    holders = {s.id: dataset.seat_holder(s) for s in seats}
    held_by: dict[str, list[str]] = {}
    chair_seats: dict[str, list[Seat]] = {}
    for seat in seats:
        if seat.chair_of is not None:
            chair_seats.setdefault(seat.chair_of, []).append(seat)
        holder = holders[seat.id]
        if holder.status == "filled" and holder.person:
            held_by.setdefault(holder.person, []).append(seat.id)
    attends: dict[str, tuple[str, str | None, bool] | None] = {}
    for seat in seats:
        holder = holders[seat.id]
        several = len(held_by.get(holder.person or "", ())) > 1
        vacant = holder.status == "vacant"
        attends[seat.id] = (
            None if vacant else (_person_key(seat, holder.person), holder.person, several)
        )
    return SeatIndex(
        by_id={s.id: s for s in seats},
        position={s.id: i for i, s in enumerate(seats)},
        holders=holders,
        held_by={person: tuple(ids) for person, ids in held_by.items()},
        chair_seats={pid: tuple(found) for pid, found in chair_seats.items()},
        attends=attends,
    )


def _tally(
    meeting: Meeting, dataset: Dataset, present_states: set[str], index: SeatIndex, detail: bool
) -> _Tally:
    board = dataset.board
    assert board is not None
    holders = index.holders
    by_id = index.by_id

    # Who is there in person, and which seats approved deputies fill.
    attending_people: dict[str, str] = {}
    present_persons: list[str] = []  # people there in person who may hold other seats
    deputy_seats: dict[str, tuple[str, str]] = {}  # seat id -> (deputy's key, member's key)
    represented: set[str] = set()
    rejected: list[RejectedDeputy] = []
    uncertain: list[str] = []
    labels = index.labels
    attends = index.attends
    for entry in meeting.attendance.members:
        seat_id = entry.seat
        if seat_id not in holders:  # the same seat ids as index.by_id
            continue  # an unknown seat is reported by validation
        status = entry.status
        if status not in present_states:
            if status in UNCERTAIN and holders[seat_id].status != "vacant":
                uncertain.append(seat_id)  # nobody can reply for a vacant seat
            continue
        if entry.deputy is not None:
            seat = by_id[seat_id]
            holder = holders[seat_id]
            problem = _deputy_problem(board, entry.deputy)
            if holder.status == "vacant":
                problem = "vacant-seat"  # there is no member to deputise for
            if problem:
                rejected.append(RejectedDeputy(seat, entry.deputy, problem, entry))
            else:
                deputy_seats[seat_id] = (
                    _deputy_key(entry.deputy),
                    _person_key(seat, holder.person),
                )
            continue
        holder_attends = attends[seat_id]
        if holder_attends is None:
            continue  # nobody holds the seat, so nobody can attend in it (noted per seat)
        represented.add(seat_id)
        person = entry.person
        if person:
            key = f"person:{person}"
            several = True  # whatever seats they hold are looked up
        else:
            key, person, several = holder_attends  # their own seat is represented already
        if key not in attending_people:
            label = labels.get(key)
            if label is None:
                label = dataset.person_label(person) if person else str(by_id[seat_id].title)
                labels[key] = label
            attending_people[key] = label
            if person and several:
                present_persons.append(person)

    # An approved deputy counts as the member they represent, and a person counts once
    # whatever they fill: a member there in person who also deputises adds nobody, nor
    # does a deputy standing in for several members, nor a second deputy for a member
    # already counted.
    member_keys: dict[str, str] = dict(attending_people)
    covered: set[str] = set(attending_people)  # members whose place is counted
    for seat_id in sorted(deputy_seats, key=index.position.__getitem__):
        if seat_id in represented:
            continue
        represented.add(seat_id)
        deputy_key, member_key = deputy_seats[seat_id]
        if deputy_key in member_keys or member_key in covered:
            continue
        covered.add(member_key)
        member_keys[deputy_key] = f"{by_id[seat_id].title} (deputy)"
    # Every seat a present person holds is represented (one person, several seats).
    via_holder: set[str] = set()
    held_by = index.held_by
    for person in present_persons:
        for seat_id in held_by.get(person, ()):
            if seat_id not in represented:
                via_holder.add(seat_id)
    represented |= via_holder
    # A person who holds several seats replies once: their other seats are not awaited.
    if uncertain:
        replied = {
            holders[e.seat].person
            for e in meeting.attendance.members
            if e.seat in by_id and e.status not in UNCERTAIN and holders[e.seat].person
        }
        uncertain = [
            s for s in uncertain if s not in represented and holders[s].person not in replied
        ]

    seats = (
        _seat_presence(meeting, index, present_states, represented, via_holder) if detail else []
    )

    def office_key(seat_id: str | None, filled: bool) -> str | None:
        """The person key of the office holder when they attend in person."""
        if not filled or seat_id is None or seat_id not in by_id:
            return None
        holder = holders[seat_id]
        if holder.status == "vacant":
            return None
        key = _person_key(by_id[seat_id], holder.person)
        return key if key in attending_people else None

    chair_key = office_key(board.chair.seat, board.chair.status == "filled")
    vice_key = office_key(board.vice_chair.seat, board.vice_chair.status == "filled")
    if chair_key and vice_key == chair_key:
        vice_key = None
    return _Tally(
        attending_people, member_keys, represented, seats, rejected, uncertain, chair_key, vice_key
    )


def _seat_presence(
    meeting: Meeting,
    index: SeatIndex,
    present_states: set[str],
    represented: set[str],
    via_holder: set[str],
) -> list[SeatPresence]:
    """Every seat at the meeting, for display (the counting is done by _tally)."""
    entries = {e.seat: e for e in meeting.attendance.members}
    out: list[SeatPresence] = []
    for seat_id, seat in index.by_id.items():
        holder = index.holders[seat_id]
        listed = entries.get(seat_id)
        there = listed is not None and listed.status in present_states and listed.deputy is None
        counts = seat_id in represented
        status = listed.status if listed is not None else "not-listed"
        note = None
        if there and holder.status == "vacant":
            note = Phrase.of("quorum.seat.vacant-attending")
        elif there:
            pass
        elif counts and seat_id not in via_holder:
            note = Phrase.of("quorum.seat.approved-deputy")
        elif counts:
            status = "via-holder"
            note = Phrase.of("quorum.seat.via-holder")
        out.append(
            SeatPresence(
                seat=seat,
                holder=holder,
                status=status,
                attendee=(listed.person or holder.person) if counts and there and listed else None,
                deputy=listed.deputy if listed is not None else None,
                counts=counts,
                note=note,
            )
        )
    return out


def assess(
    meeting: Meeting, dataset: Dataset, *, index: SeatIndex | None = None, detail: bool = True
) -> QuorumResult:
    """Judge (held) or forecast (scheduled) the meeting's quorum and each decision's quorum.

    ``index`` (from ``seat_index``) saves recomputing the seats when assessing many
    meetings; ``detail=False`` leaves out the per-seat ``seats`` (``represented`` still
    says which seats were represented), which is all the rules need.
    """
    board = dataset.board
    if board is None:
        raise ValueError("the board's record is missing or invalid")
    if index is None:
        index = seat_index(dataset)
    if meeting.status == "cancelled":
        return _not_assessed(meeting, board, "cancelled", "not-applicable", ())
    if not meeting.attendance.recorded:
        # Attendance unknown: a decision can still be shown NOT to be quorate (a vacant chair).
        decisions = tuple(
            _with_meeting(_decision(item, dataset, None, meeting, index), "unknown")
            for item in meeting.agenda
            if item.decision_sought
        )
        return _not_assessed(meeting, board, "not-recorded", "unknown", decisions)

    present_states = PRESENT[meeting.status]
    tally = _tally(meeting, dataset, present_states, index, detail)
    if not board.quorum_known:  # quorum.status unknown: nothing is claimed either way
        mode = "recorded" if meeting.status == "held" else "forecast"
        verdict = "unknown"
    elif meeting.status == "held":
        mode = "recorded"
        verdict = "quorate" if tally.meets(board) else "not-quorate"
    else:
        mode = "forecast"
        if tally.meets(board):
            verdict = "quorate"
        else:
            # Could the members yet to reply make it quorate? Count them all in, once each.
            best = _tally(meeting, dataset, present_states | UNCERTAIN, index, False)
            verdict = "at-risk" if best.meets(board) else "not-quorate"

    decisions = tuple(
        _with_meeting(
            _decision(item, dataset, tally, meeting, index),
            verdict if board.quorum_known else "quorum-unknown",
        )
        for item in meeting.agenda
        if item.decision_sought
    )
    return QuorumResult(
        meeting=meeting,
        mode=mode,
        verdict=verdict,
        presiding=tally.presiding,
        chair_present=tally.chair_key is not None,
        vice_chair_present=tally.vice_key is not None,
        others=tally.counted(board),
        others_required=board.quorum_other_members,
        uncertain=tuple(tally.uncertain),
        seats=tuple(tally.seats),
        rejected_deputies=tuple(tally.rejected),
        guests=meeting.attendance.guests,
        decisions=decisions,
        represented=frozenset(tally.represented),
        chair_counted=board.quorum_chair_counts,
        quorum_known=board.quorum_known,
    )


def _not_assessed(
    meeting: Meeting, board: Board, mode: str, verdict: str, decisions: tuple[DecisionVerdict, ...]
) -> QuorumResult:
    """The result for a meeting whose attendance is not judged: nobody counted."""
    return QuorumResult(
        meeting=meeting,
        mode=mode,
        verdict=verdict,
        presiding=None,
        chair_present=False,
        vice_chair_present=False,
        others=(),
        others_required=board.quorum_other_members,
        uncertain=(),
        seats=(),
        rejected_deputies=(),
        guests=meeting.attendance.guests,
        decisions=decisions,
        chair_counted=board.quorum_chair_counts,
    )


def _decision(
    item: AgendaItem, dataset: Dataset, tally: _Tally | None, meeting: Meeting, index: SeatIndex
) -> DecisionVerdict:
    """One decision item. ``tally`` is None when attendance is not recorded."""
    board = dataset.board
    assert board is not None
    interests = tuple(d for d in meeting.declarations or () if d.item == item.id)
    if not board.quorum_impacted_chairs:
        return DecisionVerdict(item, "quorate", (), (), (), (), (), interests=interests)
    present: list[str] = []
    missing: list[str] = []
    vacant: list[str] = []
    unknown: list[str] = []
    awaited: list[str] = []
    reasons: list[Phrase] = []
    held = "held" if meeting.status == "held" else "forecast"
    guest_people = {g.person for g in meeting.attendance.guests if g.person}
    for pid in item.impacted_partnerships:
        partnership = dataset.partnerships.get(pid)
        name: Param = partnership.name if partnership else pid
        chair_seats = index.chair_seats.get(pid, ())
        chair = partnership.chair if partnership else Post(status="unknown")
        if chair.status == "vacant":
            vacant.append(pid)
            reasons.append(Phrase.of("decision.vacant", vacant=name, n_vacant=1))
        elif tally is None:
            unknown.append(pid)
        elif any(s.id in tally.represented for s in chair_seats) or (
            chair.person
            and (f"person:{chair.person}" in tally.attending_people or chair.person in guest_people)
        ):
            present.append(pid)
        elif any(s.id in tally.uncertain for s in chair_seats):
            awaited.append(pid)
            reasons.append(Phrase.of("decision.awaited", awaited=name))
        elif chair.status == "unknown" and not chair_seats:
            unknown.append(pid)
            reasons.append(Phrase.of("decision.unknown", unknown=name))
        else:
            missing.append(pid)
            if chair_seats:
                reasons.append(Phrase.of(f"decision.missing.{held}", missing=name))
            else:
                reasons.append(Phrase.of(f"decision.seatless.{held}", seatless=name))
    if vacant or missing:
        verdict = "not-quorate"
    elif awaited:
        verdict = "at-risk"
    elif unknown:
        verdict = "unknown"
    else:
        verdict = "quorate"
    return DecisionVerdict(
        item,
        verdict,
        tuple(present),
        tuple(missing),
        tuple(vacant),
        tuple(unknown),
        tuple(reasons),
        tuple(awaited),
        interests,
    )


_MEETING_REASON = {  # the meeting's verdict -> the decision's, and why (words: decision.meeting.*)
    "not-quorate": ("not-quorate", Phrase.of("decision.meeting.not-quorate")),
    "at-risk": ("at-risk", Phrase.of("decision.meeting.at-risk")),
    "unknown": ("unknown", Phrase.of("decision.meeting.unknown")),
    "quorum-unknown": ("unknown", Phrase.of("decision.meeting.quorum-unknown")),
}


def _with_meeting(decision: DecisionVerdict, meeting_verdict: str) -> DecisionVerdict:
    """A decision needs the meeting quorum too ("must also be in attendance"): a decision
    whose chairs are all there is no better than the meeting it is taken at."""
    if decision.verdict == "not-quorate" or meeting_verdict not in _MEETING_REASON:
        return decision
    verdict, reason = _MEETING_REASON[meeting_verdict]
    if decision.verdict == "at-risk" and verdict == "unknown":
        verdict = "at-risk"
    if decision.verdict == "unknown" and verdict == "at-risk":
        verdict = "unknown"
    from dataclasses import replace

    return replace(decision, verdict=verdict, meeting_reason=reason)
