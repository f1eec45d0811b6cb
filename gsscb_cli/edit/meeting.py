"""The meeting cycle as edits of a meeting file: replies, papers, the register, minutes.

Each function checks what the arguments can be checked against (the board's seats, the
meeting's items, its status) and returns an ``Edit``; ``gsscb_cli.edit.apply`` then
validates the whole record and writes the file atomically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gsscb_cli.domain.meetings import aob_ids
from gsscb_cli.edit import Edit, refuse
from gsscb_cli.edit.yamlops import (
    ACTION_ORDER,
    ATTENDANCE_ORDER,
    ENTRY_ORDER,
    MEETING_ORDER,
    MINUTES_ORDER,
    block,
    cite,
    drop,
    put,
    text_of,
)
from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Location
from gsscb_cli.model.types import NOWHERE, Dataset, Meeting

REPLIES = ("accepted", "apologies", "no-reply")
HELD_STATUSES = ("present", "apologies", "absent")


@dataclass(frozen=True)
class DeputyReply:
    name: str
    agreed_by_chair: bool
    delegated_authority: bool
    person: str | None = None


def _seats(dataset: Dataset) -> dict[str, str]:
    board = dataset.board
    if board is None:
        raise UsageError("board.yaml is missing or does not validate: run gsscb validate")
    return {s.id: str(s.title) for s in board.seats}


def _check_seats(dataset: Dataset, seats: Sequence[str]) -> None:
    known = _seats(dataset)
    for seat in seats:
        if seat not in known:
            raise UsageError(f"unknown seat '{seat}' (known: {', '.join(known)})")


def _at(meeting: Meeting, key: str) -> Location:
    """Where the meeting's file says ``key`` (the record a refusal rests on)."""
    return meeting.locs.get(key, meeting.loc)


def _holder_at(dataset: Dataset, seat_id: str) -> Location:
    """Where the record says who holds a seat (board.yaml, or the partnership's chair)."""
    board = dataset.board
    seat = board.seat(seat_id) if board is not None else None
    if seat is None:
        return NOWHERE
    held_at = dataset.seat_holder(seat).loc
    return held_at if held_at != NOWHERE else seat.loc


def _vacant(dataset: Dataset, seat_id: str) -> bool:
    board = dataset.board
    seat = board.seat(seat_id) if board is not None else None
    return seat is not None and dataset.seat_holder(seat).status == "vacant"


def _entries(doc: Any) -> dict[str, Any]:
    members = doc["attendance"].get("members") or []
    return {str(e["seat"]): e for e in members}


def _all_seats_listed(doc: Any, dataset: Dataset, status: str) -> list[str]:
    """Give every seat not yet listed an entry (one entry per seat); returns those added."""
    att = doc["attendance"]
    if att.get("members") is None:
        put(att, "members", [], ATTENDANCE_ORDER)
    listed = _entries(doc)
    added = []
    for seat in _seats(dataset):
        if seat not in listed:
            att["members"].append(block({"seat": seat, "status": status}))
            added.append(seat)
    return added


def _start_recording(doc: Any, dataset: Dataset, status: str) -> list[str]:
    """Attendance not recorded yet: from now on it is, for every seat."""
    att = doc["attendance"]
    if att.get("recorded") is True:
        return []
    att["recorded"] = True
    changes = ["attendance: now recorded (it was not)"]
    if drop(att, "note"):
        changes.append("attendance: the note saying nothing was recorded is removed")
    added = _all_seats_listed(doc, dataset, status)
    if added:
        changes.append(f"attendance: {len(added)} seats listed as {status}")
    return changes


def reply(
    meeting: Meeting,
    dataset: Dataset,
    seats: Sequence[str],
    status: str,
    citation: dict[str, str],
    deputy: DeputyReply | None = None,
) -> Edit:
    """A member's reply to the invitation: accepted, apologies, or a deputy sent."""
    if meeting.status != "scheduled":
        refuse(
            _at(meeting, "status"),
            f"meeting {meeting.id} is {meeting.status}: replies are recorded for a scheduled "
            "meeting (for a held one, use gsscb meeting held --present/--absent/--apologies)",
        )
    if status not in REPLIES:
        raise UsageError(f"a reply is one of {', '.join(REPLIES)}")
    if not seats:
        raise UsageError("name at least one seat (gsscb list seats)")
    _check_seats(dataset, seats)
    if deputy is not None and status != "accepted":
        raise UsageError("a deputy attends in the member's place: the reply is accepted")
    if deputy is not None and len(seats) != 1:
        raise UsageError("a deputy attends for one seat: name one seat")
    for seat in seats:
        if _vacant(dataset, seat):
            refuse(_holder_at(dataset, seat), f"seat '{seat}' is vacant: nobody can reply for it")

    def run(doc: Any) -> list[str]:
        changes = _start_recording(doc, dataset, "no-reply")
        _all_seats_listed(doc, dataset, "no-reply")
        entries = _entries(doc)
        for seat in seats:
            entry = entries[seat]
            old = str(entry["status"])
            old_deputy = entry.get("deputy")
            if old != status:
                entry["status"] = status
                changes.append(f"{seat}: {old} -> {status}")
            if deputy is not None:
                value: dict[str, Any] = {"name": deputy.name}
                if deputy.person:
                    value["person"] = deputy.person
                value["agreed_by_chair"] = deputy.agreed_by_chair
                value["delegated_authority"] = deputy.delegated_authority
                if old_deputy is None or dict(old_deputy) != value:
                    put(entry, "deputy", value, ENTRY_ORDER)
                    changes.append(
                        f"{seat}: deputy {deputy.name} (agreed by the Chair: "
                        f"{'yes' if deputy.agreed_by_chair else 'no'}; delegated authority: "
                        f"{'yes' if deputy.delegated_authority else 'no'})"
                    )
            elif old_deputy is not None:
                drop(entry, "deputy")
                changes.append(f"{seat}: deputy {old_deputy.get('name')} no longer attends")
        if changes:
            cite(doc["attendance"], citation, ATTENDANCE_ORDER)
        return changes

    return run


def papers(meeting: Meeting, day: dt.date, citation: dict[str, str]) -> Edit:
    if meeting.status == "cancelled":
        refuse(_at(meeting, "status"), f"meeting {meeting.id} was cancelled")
    if day > meeting.date:
        refuse(
            _at(meeting, "date"),
            f"papers circulated {day} would be after the meeting ({meeting.date})",
        )

    def run(doc: Any) -> list[str]:
        old = doc.get("papers_circulated")
        if old is not None and str(old) == day.isoformat():
            return []
        put(doc, "papers_circulated", day, MEETING_ORDER)
        cite(doc, citation, MEETING_ORDER)
        return [f"papers_circulated: {old or 'not recorded'} -> {day.isoformat()}"]

    return run


def held(
    meeting: Meeting,
    dataset: Dataset,
    citation: dict[str, str],
    present: Sequence[str] = (),
    absent: Sequence[str] = (),
    apologies: Sequence[str] = (),
) -> Edit:
    """Mark the meeting held and turn its replies into attendance: accepted becomes present,
    no reply becomes absent, apologies stay apologies, unless a seat is named otherwise."""
    if meeting.status == "cancelled":
        refuse(
            _at(meeting, "status"), f"meeting {meeting.id} was cancelled; it cannot be marked held"
        )
    named = [*present, *absent, *apologies]
    _check_seats(dataset, named)
    clash = sorted({s for s in named if named.count(s) > 1})
    if clash:
        raise UsageError(f"seat(s) named twice: {', '.join(clash)}")
    if not meeting.attendance.recorded and not present:
        refuse(
            _at(meeting, "attendance"),
            f"meeting {meeting.id} has no replies recorded: name who attended with --present "
            "(every other seat is then recorded absent, or --apologies)",
        )
    override = {
        **{s: "present" for s in present},
        **{s: "absent" for s in absent},
        **{s: "apologies" for s in apologies},
    }
    for seat, status in override.items():
        if status == "present" and _vacant(dataset, seat):
            refuse(_holder_at(dataset, seat), f"seat '{seat}' is vacant: nobody can attend in it")

    def run(doc: Any) -> list[str]:
        changes: list[str] = []
        if doc["status"] != "held":
            changes.append(f"status: {doc['status']} -> held")
            doc["status"] = "held"
        changes += _start_recording(doc, dataset, "absent")
        _all_seats_listed(doc, dataset, "no-reply")
        att = doc["attendance"]
        note = att.get("note")
        if note is not None and str(note).startswith("Expected attendance"):
            att["note"] = "Attendance as recorded at the meeting."
            changes.append("attendance: note updated (no longer expected attendance)")
        for seat, entry in _entries(doc).items():
            old = str(entry["status"])
            new = override.get(seat) or {"accepted": "present", "no-reply": "absent"}.get(old, old)
            if _vacant(dataset, seat) and new == "present":
                new = "absent"
            if new != old:
                entry["status"] = new
                changes.append(f"{seat}: {old} -> {new}")
            if new != "present" and entry.get("deputy") is not None:
                drop(entry, "deputy")
                changes.append(f"{seat}: deputy removed (the seat is {new})")
        if changes:
            cite(att, citation, ATTENDANCE_ORDER)
        return changes

    return run


def cancel(meeting: Meeting, reason: str, citation: dict[str, str]) -> Edit:
    if meeting.status == "held":
        refuse(
            _at(meeting, "status"),
            f"meeting {meeting.id} is recorded as held; it cannot be cancelled",
        )
    if not reason.strip():
        raise UsageError("--reason must say why the meeting was cancelled")

    def run(doc: Any) -> list[str]:
        changes = []
        if doc["status"] != "cancelled":
            changes.append(f"status: {doc['status']} -> cancelled")
            doc["status"] = "cancelled"
        if doc.get("cancellation_reason") != reason:
            put(doc, "cancellation_reason", reason, MEETING_ORDER)
            changes.append(f"cancellation_reason: {reason}")
        if changes:
            cite(doc, citation, MEETING_ORDER)
        return changes

    return run


def _item_ids(meeting: Meeting) -> list[str]:
    return [i.id for i in meeting.agenda]


def _check_item(meeting: Meeting, item: str | None) -> None:
    if item is not None and item not in _item_ids(meeting):
        refuse(
            _at(meeting, "agenda"),
            f"meeting {meeting.id} has no agenda item '{item}' "
            f"(items: {', '.join(_item_ids(meeting)) or 'none'})",
        )


def declare(
    meeting: Meeting,
    dataset: Dataset,
    citation: dict[str, str],
    *,
    none: bool = False,
    seat: str | None = None,
    interest: str | None = None,
    item: str | None = None,
) -> Edit:
    """Declarations of interest: none declared, or a seat's interest (on an item)."""
    if none == (seat is not None):
        raise UsageError("give either --none, or --seat with --interest (and --item)")
    if seat is not None:
        _check_seats(dataset, [seat])
        if not interest or not interest.strip():
            raise UsageError("--interest must say what the interest is")
        _check_item(meeting, item)
    if none and meeting.declarations:
        refuse(
            _at(meeting, "declarations"),
            f"meeting {meeting.id} already records {len(meeting.declarations)} declaration(s); "
            "'none declared' would contradict them",
        )

    def run(doc: Any) -> list[str]:
        current = doc.get("declarations")
        if none:
            if current is not None and len(current) == 0:
                return []
            put(doc, "declarations", [], MEETING_ORDER)
            changes = ["declarations: none declared"]
        else:
            entry: dict[str, Any] = {"seat": seat}
            if item:
                entry["item"] = item
            entry["interest"] = interest
            if current is None:
                put(doc, "declarations", [entry], MEETING_ORDER)
            elif any(dict(d) == entry for d in current):
                return []
            else:
                current.append(block(entry))
            on = f" on item {item}" if item else ""
            changes = [f"declarations: {seat}{on}: {interest}"]
        cite(doc, citation, MEETING_ORDER)
        return changes

    return run


def _slug(text: str, taken: Sequence[str], fallback: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())[:6]
    base = "-".join(words) or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def decide(
    meeting: Meeting, item: str, text: str, citation: dict[str, str], decision_id: str | None
) -> Edit:
    """A decision taken under an agenda item."""
    _check_item(meeting, item)
    if not text.strip():
        raise UsageError("--text must say what was decided")
    taken = [d.id for d in meeting.decisions]
    if decision_id in taken:
        refuse(meeting.loc, f"meeting {meeting.id} already has a decision '{decision_id}'")
    new_id = decision_id or _slug(text, taken, "decision")

    def run(doc: Any) -> list[str]:
        entry = {"id": new_id, "item": item, "text": text, "sources": [citation]}
        if doc.get("decisions") is None:
            put(doc, "decisions", [entry], MEETING_ORDER)
        else:
            doc["decisions"].append(block(entry))
        return [f"decisions: {new_id} (item {item}): {text}"]

    return run


def add_action(
    meeting: Meeting,
    text: str,
    owner: str,
    due: dt.date,
    citation: dict[str, str],
    *,
    item: str | None = None,
    action_id: str | None = None,
    marking: str | None = None,
) -> Edit:
    """An action arising, with its owner and due date (and the item it arose under)."""
    _check_item(meeting, item)
    if not text.strip() or not owner.strip():
        raise UsageError("an action needs --text and --owner")
    if due < meeting.date:
        refuse(
            _at(meeting, "date"),
            f"an action due {due} would be due before its meeting ({meeting.date})",
        )
    taken = [a.id for a in meeting.actions]
    if action_id in taken:
        refuse(meeting.loc, f"meeting {meeting.id} already has an action '{action_id}'")
    new_id = action_id or _slug(text, taken, "action")

    def run(doc: Any) -> list[str]:
        entry: dict[str, Any] = {"id": new_id}
        if item:
            entry["item"] = item
        entry.update({"text": text, "owner": owner, "due": due, "status": "open"})
        if marking:
            entry["marking"] = marking
        entry["sources"] = [citation]
        if doc.get("actions") is None:
            put(doc, "actions", [entry], MEETING_ORDER)
        else:
            doc["actions"].append(block(entry))
        return [f"actions: {new_id}: {text} (owner {owner}, due {due.isoformat()})"]

    return run


def guest(
    meeting: Meeting,
    name: str,
    citation: dict[str, str],
    organisation: str | None = None,
    purpose: str | None = None,
    person: str | None = None,
) -> Edit:
    if not name.strip():
        raise UsageError("--name must name the guest")

    def run(doc: Any) -> list[str]:
        entry: dict[str, Any] = {"name": name}
        for key, value in (("person", person), ("organisation", organisation)):
            if value:
                entry[key] = value
        if purpose:
            entry["purpose"] = purpose
        att = doc["attendance"]
        if att.get("guests") is None:
            put(att, "guests", [entry], ATTENDANCE_ORDER)
        elif any(dict(g) == entry for g in att["guests"]):
            return []
        else:
            att["guests"].append(block(entry))
        cite(att, citation, ATTENDANCE_ORDER)
        return [f"guests: {name}" + (f" ({purpose})" if purpose else "")]

    return run


def minutes(
    meeting: Meeting,
    dataset: Dataset,
    citation: dict[str, str],
    *,
    approved_at: Meeting | None = None,
    approved: dt.date | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> Edit:
    """The minutes approved (at a later meeting) and published (where, when)."""
    if meeting.status != "held":
        refuse(
            _at(meeting, "status"),
            f"meeting {meeting.id} is {meeting.status}: only a held meeting has minutes",
        )
    if approved_at is not None:
        if approved_at.status != "held" or approved_at.date <= meeting.date:
            refuse(
                _at(approved_at, "status"),
                f"minutes are approved at a later held meeting; {approved_at.id} is "
                f"{approved_at.status} on {approved_at.date}",
            )
        approved = approved_at.date
    if approved is not None and approved < meeting.date:
        refuse(_at(meeting, "date"), f"minutes approved {approved} would be before the meeting")
    have = meeting.minutes.approved if meeting.minutes else None
    if published is not None and (approved or have) is None:
        refuse(
            _at(meeting, "minutes"),
            "the minutes are not recorded as approved: record the approval first "
            "(--approved-at MEETING), as the board approves minutes before publishing them",
        )
    if published is not None and published < (approved or have or meeting.date):
        refuse(
            _at(meeting, "minutes"),
            f"minutes published {published} would be before they were approved",
        )
    if approved is None and published is None and url is None:
        raise UsageError("give --approved-at MEETING (or --approved DATE), --published DATE, --url")

    def run(doc: Any) -> list[str]:
        changes = []
        if doc.get("minutes") is None:
            put(doc, "minutes", {}, MEETING_ORDER)
        m = doc["minutes"]
        for key, value in (("approved", approved), ("published", published), ("url", url)):
            if value is None:
                continue
            shown = value.isoformat() if isinstance(value, dt.date) else value
            if str(m.get(key)) != shown:
                put(m, key, value, MINUTES_ORDER)
                changes.append(f"minutes.{key}: {shown}")
        if approved_at is not None and changes:
            changes[0] += f" (at meeting {approved_at.id})"
        if changes:
            cite(doc, citation, MEETING_ORDER)
        return changes

    return run


def action_status(
    doc_action: str, status: str, citation: dict[str, str], when: dt.date | None, note: str | None
) -> Edit:
    """An action done (with the date) or dropped (with the reason)."""

    def run(doc: Any) -> list[str]:
        for entry in doc.get("actions") or []:
            if str(entry.get("id")) != doc_action:
                continue
            old = str(entry.get("status"))
            changes = []
            if old != status:
                entry["status"] = status
                changes.append(f"action {doc_action}: {old} -> {status}")
            if status == "done" and when is not None and str(entry.get("completed")) != str(when):
                put(entry, "completed", when, ACTION_ORDER)
                changes.append(f"action {doc_action}: completed {when.isoformat()}")
            if status != "done" and drop(entry, "completed"):
                changes.append(f"action {doc_action}: completed date removed")
            if note and text_of(entry.get("note", "")) != note:
                put(entry, "note", note, ACTION_ORDER)
                changes.append(f"action {doc_action}: {note}")
            if changes:
                cite(entry, citation, ACTION_ORDER)
            return changes
        raise UsageError(f"no action '{doc_action}' in this meeting")

    return run


AOB = aob_ids()  # business is added before AOB, in any of its spellings
ITEM_ORDER = (
    "id", "title", "lead", "paper", "marking", "decision_sought", "impacted_partnerships",
    "summary", "outcome", "sources", "assumed",
)  # fmt: skip


def add_item(
    meeting: Meeting,
    dataset: Dataset,
    title: str,
    citation: dict[str, str],
    *,
    item_id: str | None = None,
    lead: str | None = None,
    paper: str | None = None,
    marking: str | None = None,
    decision_sought: bool = False,
    impacted: Sequence[str] = (),
    summary: str | None = None,
) -> Edit:
    """A business item on the agenda, before any other business (the closing item)."""
    if meeting.status != "scheduled":
        refuse(
            _at(meeting, "status"),
            f"meeting {meeting.id} is {meeting.status}: items go on a scheduled agenda",
        )
    if not title.strip():
        raise UsageError("--title must give the item's title")
    for pid in impacted:
        if pid not in dataset.partnerships:
            raise UsageError(f"unknown partnership '{pid}' (gsscb list partnerships)")
    taken = _item_ids(meeting)
    if item_id in taken:
        refuse(_at(meeting, "agenda"), f"meeting {meeting.id} already has an item '{item_id}'")
    new_id = item_id or _slug(title, taken, "item")

    def run(doc: Any) -> list[str]:
        entry: dict[str, Any] = {"id": new_id, "title": title}
        for key, value in (("lead", lead), ("paper", paper)):
            if value:
                entry[key] = value
        entry["marking"] = marking or "OFFICIAL"
        entry["decision_sought"] = decision_sought
        if impacted:
            entry["impacted_partnerships"] = list(impacted)
        if summary:
            entry["summary"] = summary
        entry["sources"] = [citation]
        agenda = doc["agenda"]
        position = next((i for i, x in enumerate(agenda) if str(x.get("id")) in AOB), len(agenda))
        agenda.insert(position, block(entry))
        decision = " (decision sought)" if decision_sought else ""
        return [f"agenda: item {new_id}: {title}{decision}"]

    return run
