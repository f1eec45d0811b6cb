"""The board's calendar as iCalendar (RFC 5545): meetings, papers deadlines, due dates.

* Board meetings are timed events in Europe/London (with a VTIMEZONE). A meeting
  without a recorded start time is shown 10:00-12:00 and its description says the
  time is assumed.
* Papers-circulation dates (the meeting date less ``papers_days_before``),
  obligation due dates and priority milestone due dates are all-day events
  (``DTSTART;VALUE=DATE``, ``DTEND`` the next day).
* UIDs come from data ids (``meeting-<id>@<board>``, ``papers-<id>@<board>``,
  ``obligation-<partnership>-<id>@<board>``, ``milestone-<priority>-<id>@<board>``),
  so re-importing updates events instead of duplicating them.
* Each event carries ``X-GSSCB-HASH``, a hash of its content. Given the previous
  calendar, an event whose hash changed gets ``SEQUENCE`` previous + 1 and a new
  ``DTSTAMP``; an unchanged one keeps both. Without a previous calendar SEQUENCE is 0.
* ``DTSTAMP`` is ``--as-of`` at 00:00 UTC, never the clock: the same data, the same
  as-of day and the same previous calendar give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from gsscb_cli.errors import UsageError
from gsscb_cli.model.types import Board, Dataset, Meeting, Obligation, Partnership

TZID = "Europe/London"
PRODID = "-//{board}//gsscb calendar//EN"  # the board's name, from its record
INCLUDE_CHOICES = ("meetings", "deadlines", "milestones", "actions")
DEFAULT_START = dt.time(10, 0)
DEFAULT_LENGTH = dt.timedelta(hours=2)
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: dt.date) -> str:
    """15 July 2025 (not strftime: its month names follow the locale)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _cancelled(summary: str, cancelled: bool) -> str:
    return f"Cancelled: {summary}" if cancelled and "cancel" not in summary.lower() else summary


@dataclass(frozen=True)
class Entry:
    """One calendar event, before it becomes iCalendar. ``start`` is a date (all day)
    or a naive datetime in Europe/London (timed)."""

    uid: str
    summary: str
    description: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    status: str = "CONFIRMED"
    categories: tuple[str, ...] = ()
    location: str | None = None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    def content_hash(self) -> str:
        """A stable hash of everything a calendar client shows."""
        fields = [
            self.uid,
            self.summary,
            self.description,
            self.start.isoformat(),
            self.end.isoformat(),
            self.status,
            list(self.categories),
            self.location,
        ]
        canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Previous:
    """What the previous calendar said about one event."""

    sequence: int
    content_hash: str | None
    stamp: dt.datetime | None


def parse_include(value: str) -> frozenset[str]:
    """``meetings,deadlines,milestones`` (any subset, comma-separated) to a set; else a usage error."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    unknown = [p for p in parts if p not in INCLUDE_CHOICES]
    if unknown or not parts:
        raise UsageError(
            f"--include: {', '.join(repr(u) for u in unknown) or 'nothing given'}; "
            f"choose from {', '.join(INCLUDE_CHOICES)} (comma-separated)"
        )
    return frozenset(parts)


def _board_label(board: Board | None) -> str:
    if board is None:
        return "Board"
    return board.short_name or str(board.name)


def _domain(board: Board | None) -> str:
    return board.id if board is not None else "gsscb"


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def meeting_times(meeting: Meeting) -> tuple[dt.datetime, dt.datetime, str | None]:
    """Start and end (naive, Europe/London), and what was assumed to get them."""
    start_t, end_t = _time(meeting.start), _time(meeting.end)
    if start_t is not None:
        start = dt.datetime.combine(meeting.date, start_t)
    elif end_t is not None:
        start = dt.datetime.combine(meeting.date, end_t) - DEFAULT_LENGTH
    else:
        start = dt.datetime.combine(meeting.date, DEFAULT_START)
    end = dt.datetime.combine(meeting.date, end_t) if end_t is not None else start + DEFAULT_LENGTH
    if start_t is None and end_t is None:
        note = (
            "Time assumed: the record gives no start or end time; "
            f"{start:%H:%M}-{end:%H:%M} ({TZID}) is shown."
        )
    elif start_t is None or end_t is None:
        note = f"Time partly assumed: a two-hour meeting, {start:%H:%M}-{end:%H:%M} ({TZID}), is shown."
    else:
        note = None
    return start, end, note


def meeting_entries(meeting: Meeting, board: Board | None, papers: bool = True) -> list[Entry]:
    """The meeting as a timed event, and its papers-circulation date as an all-day one."""
    label = _board_label(board)
    domain = _domain(board)
    cancelled = meeting.status == "cancelled"
    status = "CANCELLED" if cancelled else "CONFIRMED"
    kind = "extraordinary meeting" if meeting.kind == "extraordinary" else "meeting"
    name = str(meeting.title) if meeting.title else f"{label} {kind}"
    start, end, assumed = meeting_times(meeting)
    lines = [f"{label} {kind}, {meeting.status}. Record: meetings/{meeting.id}.yaml."]
    if assumed:
        lines.append(assumed)
    if cancelled and meeting.cancellation_reason:
        lines.append(f"Cancelled: {meeting.cancellation_reason}")
    lines.extend(_agenda_lines(meeting))
    if meeting.source:
        lines.append(f"Source: {meeting.source}.")
    if meeting.assumed:
        lines.append(f"Assumed: {meeting.assumed}")
    entries = [
        Entry(
            uid=f"meeting-{meeting.id}@{domain}",
            summary=_cancelled(name, cancelled),
            description="\n".join(lines),
            start=start,
            end=end,
            status=status,
            categories=("Board meeting",),
            location=meeting.location,
        )
    ]
    if papers and board is not None and board.papers_days_before is not None:
        due = meeting.date - dt.timedelta(days=board.papers_days_before)
        text = [
            f"The agenda, supporting documents and reports for the {label} {kind} on "
            f"{long_date(meeting.date)} are to be circulated to all members "
            f"{board.papers_days_before} days before the meeting (Terms of Reference, Administration).",
        ]
        if meeting.papers_circulated is not None:
            text.append(f"Circulated: {meeting.papers_circulated.isoformat()}.")
        if cancelled:
            text.append("The meeting is cancelled.")
        entries.append(
            Entry(
                uid=f"papers-{meeting.id}@{domain}",
                summary=_cancelled(
                    f"Papers due: {label} {kind} on {long_date(meeting.date)}", cancelled
                ),
                description="\n".join(text),
                start=due,
                end=due + dt.timedelta(days=1),
                status=status,
                categories=("Papers deadline",),
            )
        )
    return entries


def _agenda_lines(meeting: Meeting) -> list[str]:
    """Agenda titles, leaving out items marked above OFFICIAL (calendars are widely shared)."""
    shown = [item for item in meeting.agenda if item.marking == "OFFICIAL"]
    hidden = len(meeting.agenda) - len(shown)
    if not meeting.agenda:
        return []
    lines = ["Agenda:"]
    lines.extend(f"{i}. {item.title}" for i, item in enumerate(shown, start=1))
    if hidden:
        lines.append(
            f"({hidden} item{'s' if hidden != 1 else ''} marked above OFFICIAL not listed.)"
        )
    return lines


def obligation_entry(ob: Obligation, partnership: Partnership, board: Board | None) -> Entry | None:
    """An obligation's due date as an all-day event (None when it has no due date)."""
    due = ob.due_date
    if due is None:
        return None
    who = partnership.short_name or str(partnership.name)
    done = f" (completed {ob.completed.isoformat()})" if ob.done and ob.completed else ""
    basis = ob.basis + ("" if ob.verified else ", cadence unverified")
    lines = [
        f"{partnership.name}: {ob.title}.",
        f"Kind: {ob.kind}. Basis: {basis}. Status: {ob.status}.",
    ]
    if ob.due is None and ob.last_completed is not None:
        lines.append(
            f"Due date computed: last completed {ob.last_completed.isoformat()} + {ob.every_months} months."
        )
    if ob.requirement:
        lines.append(f"Requirement: {ob.requirement} (requirements.yaml).")
    if ob.source:
        lines.append(f"Source: {ob.source}.")
    return Entry(
        uid=f"obligation-{partnership.id}-{ob.id}@{_domain(board)}",
        summary=f"Due: {who}: {ob.title}{done}",
        description="\n".join(lines),
        start=due,
        end=due + dt.timedelta(days=1),
        categories=("Obligation due", ob.kind),
    )


def work_entries(dataset: Dataset, board: Board | None) -> list[Entry]:
    """Returns owed to other bodies (due dates) and funding that ends, as all-day events."""
    out: list[Entry] = []
    for ret in dataset.work.returns.values():
        if ret.due is None:
            continue
        sent = f" (sent {ret.sent.isoformat()})" if ret.sent else ""
        lines = [f"Return to {ret.to}: {ret.what}.", f"Status: {ret.status}."]
        if ret.prepared_by:
            lines.append(f"Prepared by: {ret.prepared_by}.")
        if ret.source:
            lines.append(f"Source: {ret.source}.")
        out.append(
            Entry(
                uid=f"return-{ret.id}@{_domain(board)}",
                summary=f"Return due: {ret.to}: {ret.what}{sent}",
                description="\n".join(lines),
                start=ret.due,
                end=ret.due + dt.timedelta(days=1),
                categories=("Return due",),
            )
        )
    for line in dataset.work.funding.values():
        if line.end is None or line.continuation == "one-off":
            continue
        lines = [f"Funding ends: {line.purpose}", f"After it: {line.continuation}."]
        if line.source:
            lines.append(f"Source: {line.source}.")
        out.append(
            Entry(
                uid=f"funding-{line.id}@{_domain(board)}",
                summary=f"Funding ends: {line.recipient}",
                description="\n".join(lines),
                start=line.end,
                end=line.end + dt.timedelta(days=1),
                categories=("Funding ends",),
            )
        )
    return out


def entries(dataset: Dataset, include: Iterable[str] = INCLUDE_CHOICES) -> list[Entry]:
    """Every event the data gives, for the chosen kinds, sorted by start and uid."""
    chosen = set(include)
    board = dataset.board
    out: list[Entry] = []
    if "meetings" in chosen:
        for meeting in dataset.meetings_by_date():
            out.extend(meeting_entries(meeting, board))
    if "deadlines" in chosen:
        for partnership in dataset.partnerships.values():
            for ob in partnership.obligations:
                entry = obligation_entry(ob, partnership, board)
                if entry is not None:
                    out.append(entry)
    if "deadlines" in chosen:
        out.extend(work_entries(dataset, board))
    if "milestones" in chosen:
        for priority in dataset.priorities.values():
            for ms in priority.milestones:
                if ms.due is None:
                    continue
                done = f" (completed {ms.completed.isoformat()})" if ms.completed else ""
                lines = [f"Priority {priority.number}: {priority.title}.", f"Status: {ms.status}."]
                if priority.lead:
                    lines.append(f"Lead: {priority.lead}.")
                if priority.source:
                    lines.append(f"Source: {priority.source}.")
                out.append(
                    Entry(
                        uid=f"milestone-{priority.id}-{ms.id}@{_domain(board)}",
                        summary=f"Milestone due: Priority {priority.number}: {ms.title}{done}",
                        description="\n".join(lines),
                        start=ms.due,
                        end=ms.due + dt.timedelta(days=1),
                        categories=("Milestone due",),
                    )
                )
    if "actions" in chosen:
        out.extend(action_entries(dataset, board))
    return sorted(out, key=lambda e: (_sort_day(e.start), e.uid))


def action_entries(dataset: Dataset, board: Board | None) -> list[Entry]:
    """Open board actions on their due dates (calendars are widely shared: an action
    marked above OFFICIAL is left out)."""
    from gsscb_cli.render.marking import BASE, action_marking

    out = []
    for meeting in dataset.meetings_by_date():
        for action in meeting.actions:
            if action.status != "open" or action.due is None:
                continue
            if action_marking(meeting, action) != BASE:
                continue
            lines = [f"Action from the meeting of {meeting.date.isoformat()}: {action.text}."]
            lines.append(f"Owner: {action.owner}." if action.owner else "Owner: not recorded.")
            out.append(
                Entry(
                    uid=f"action-{meeting.id}-{action.id}@{_domain(board)}",
                    summary=f"Action due: {action.text}",
                    description="\n".join(lines),
                    start=action.due,
                    end=action.due + dt.timedelta(days=1),
                    categories=("Action due",),
                )
            )
    return out


def _sort_day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def read_previous(content: bytes, display: str) -> dict[str, Previous]:
    """The events of a previously written calendar, by UID."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(content)
    except (ValueError, IndexError, KeyError):
        raise UsageError(
            f"{display} is not an iCalendar file gsscb can read; move it away or choose "
            "another --output"
        ) from None
    if not isinstance(calendar, Calendar) or calendar.name != "VCALENDAR":
        raise UsageError(f"{display} is not an iCalendar file")
    result: dict[str, Previous] = {}
    for event in calendar.walk("VEVENT"):
        uid = event.get("uid")
        if uid is None:
            continue
        try:
            stamp = event.decoded("dtstamp") if "dtstamp" in event else None
        except (ValueError, TypeError, OverflowError):
            stamp = None  # a broken DTSTAMP: the event gets today's, as a changed one would
        result[str(uid)] = Previous(
            sequence=_previous_sequence(event, str(uid), display),
            content_hash=str(event["x-gsscb-hash"]) if "x-gsscb-hash" in event else None,
            stamp=stamp if isinstance(stamp, dt.datetime) else None,
        )
    return result


MAX_SEQUENCE = 2**31 - 2
"""The highest SEQUENCE read back: one more must still be an RFC 5545 integer."""


def _previous_sequence(event: Any, uid: str, display: str) -> int:
    """An event's SEQUENCE in the earlier calendar, or a usage error saying which event."""
    raw = event.get("sequence")
    if raw is None:
        return 0
    text = str(raw)  # an int (vInt), or the text of a value icalendar could not read (vBroken)
    if text.isascii() and text.isdigit() and int(text) <= MAX_SEQUENCE:
        return int(text)
    shown = text if len(text) <= 20 else text[:17] + "..."
    raise UsageError(
        f"{display}: the event {uid[:80]} has SEQUENCE '{shown}', which is not a whole number "
        f"from 0 to {MAX_SEQUENCE}; give the calendar written last time, or leave it out"
    )


def to_ical(
    items: list[Entry],
    as_of: dt.date,
    board: Board | None = None,
    previous: dict[str, Previous] | None = None,
) -> bytes:
    """The events as one RFC 5545 calendar (CRLF lines, folded at 75 octets)."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event, vText

    from gsscb_cli.present.escape import ical_text

    london = ZoneInfo(TZID)
    stamp = dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.UTC)
    previous = previous or {}
    calendar = Calendar()
    calendar.add("prodid", ical_text(PRODID.format(board=board.name.en if board else "gsscb")))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # An X- property is not known to be TEXT, so icalendar would write its newlines raw
    # (and refuse to): vText escapes it as TEXT is escaped.
    calendar.add(
        "x-wr-calname", vText(ical_text(board.name) if board is not None else "Board calendar")
    )
    calendar.add("x-wr-timezone", TZID)
    for item in items:
        digest = item.content_hash()
        sequence, event_stamp = _sequence(previous.get(item.uid), digest, stamp)
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", event_stamp)
        event.add("sequence", sequence)
        event.add("dtstart", _ical_time(item.start, london))
        event.add("dtend", _ical_time(item.end, london))
        event.add("summary", ical_text(item.summary))
        event.add("description", ical_text(item.description))
        if item.location:
            event.add("location", ical_text(item.location))
        event.add("status", item.status)
        if item.categories:
            event.add("categories", [ical_text(c) for c in item.categories])
        event.add(
            "transp", "TRANSPARENT" if item.all_day or item.status == "CANCELLED" else "OPAQUE"
        )
        event.add("x-gsscb-hash", digest)
        calendar.add_component(event)
    timed = [_sort_day(i.start) for i in items if not i.all_day]
    if timed:
        # A VTIMEZONE covering the events' years only: compact, and the same bytes each run.
        calendar.add_missing_timezones(
            first_date=dt.date(min(timed).year, 1, 1), last_date=dt.date(max(timed).year + 2, 1, 1)
        )
    result: bytes = calendar.to_ical()
    return result


def _sequence(prev: Previous | None, digest: str, stamp: dt.datetime) -> tuple[int, dt.datetime]:
    if prev is None:
        return 0, stamp
    if prev.content_hash == digest:
        return prev.sequence, prev.stamp or stamp
    return prev.sequence + 1, stamp


def _ical_time(value: dt.date | dt.datetime, zone: Any) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=zone)
    return value


def build(
    dataset: Dataset,
    as_of: dt.date,
    include: Iterable[str] = INCLUDE_CHOICES,
    previous: dict[str, Previous] | None = None,
) -> tuple[bytes, int]:
    """The calendar file for the data, and how many events it holds."""
    items = entries(dataset, include)
    return to_ical(items, as_of, dataset.board, previous), len(items)
