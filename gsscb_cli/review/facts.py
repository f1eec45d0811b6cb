"""Each record of the model as plain-words facts, ready to compare.

An ``Entity`` is one thing a reviewer cares about (the board, a seat, a person,
a partnership, an obligation, a meeting, an action, a priority, a milestone, a
requirement) with its facts: field name in plain words -> a display string, or
a tuple of strings for a list compared item by item. A fact the record does not
give is left out (and shows as "not recorded"). A reference to another record
that has its own entry (a partnership) is shown by id, so renaming that record
is one change, not many; people are shown by name or role, as readers know them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from gsscb_cli.model.types import (
    Attendance,
    Board,
    BoardPost,
    Dataset,
    Meeting,
    Obligation,
    Partnership,
    Post,
    Priority,
    Text,
)

Value = str | tuple[str, ...]
Facts = dict[str, Value]

KINDS = (
    "board",
    "seat",
    "person",
    "partnership",
    "obligation",
    "meeting",
    "agenda item",
    "action",
    "priority",
    "milestone",
    "requirement",
    "funding line",
    "return",
    "initiative",
    "group",
    "issue",
)
PLURAL = {"person": "people", "priority": "priorities"}


def plural(kind: str, n: int) -> str:
    return kind if n == 1 else PLURAL.get(kind, kind + "s")


@dataclass(frozen=True)
class Entity:
    kind: str
    key: str
    label: str
    facts: Facts
    file: tuple[str, str]  # the file that holds the record: (document type, id or "")


BOARD_FILE = ("board", "")
PEOPLE_FILE = ("people", "")
REQUIREMENTS_FILE = ("requirements", "")


def _put(facts: Facts, name: str, value: Any) -> None:
    """Record a fact in display form; None and empty strings are left out."""
    if value is None:
        return
    if isinstance(value, bool):
        facts[name] = "yes" if value else "no"
    elif isinstance(value, dt.date):
        facts[name] = value.isoformat()
    elif isinstance(value, tuple | list):
        if value:  # an empty list records nothing
            facts[name] = tuple(str(v) for v in value)
    elif isinstance(value, Text):
        if value.en:
            facts[name] = " ".join(value.en.split())
        if value.cy:
            facts[f"{name} (Welsh)"] = " ".join(value.cy.split())
    else:
        text = " ".join(str(value).split())
        if text:
            facts[name] = text


def rest(facts: Facts, record: object) -> Facts:
    """Every labelled field of ``record`` (see fields.py) that its builder did not give."""
    from gsscb_cli.review.fields import FIELDS, text_of

    table = FIELDS.get(type(record), {})
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        # a field not yet in the table is still compared, by its own name
        # (tests/test_diff_fields.py asks for a label)
        label = (
            table.get(f.name, f.name.replace("_", " ")) if f.name not in ("loc", "locs") else None
        )
        if label is None or label in facts:
            continue
        value = getattr(record, f.name)
        _put(facts, label, value if isinstance(value, Text) else text_of(value))
    return facts


def _post(facts: Facts, name: str, post: Post | None, ds: Dataset) -> None:
    if post is None:
        return
    if post.status == "filled":
        holder = ds.person_label(post.person) if post.person else "filled (holder not named)"
    else:
        holder = post.status  # vacant, unknown
    _put(facts, name, holder)
    _put(facts, f"{name} since", post.since)
    _put(facts, f"{name} until", post.until)
    _put(facts, f"{name} note", post.note)


def _board_post(facts: Facts, name: str, post: BoardPost, board: Board, ds: Dataset) -> None:
    value = post.status
    if post.status == "filled" and post.seat:
        seat = board.seat(post.seat)
        value = f"the {seat.title} seat" if seat else f"seat {post.seat}"
        if seat is not None:
            holder = ds.seat_holder(seat)
            if holder.status == "filled" and holder.person:
                value += f" ({ds.person_label(holder.person)})"
    _put(facts, name, value)
    _put(facts, f"{name} since", post.since)
    _put(facts, f"{name} term", f"{post.term_months} months" if post.term_months else None)
    _put(facts, f"{name} selection", post.selection)
    _put(facts, f"{name} note", post.note)


def board_entities(ds: Dataset) -> list[Entity]:
    b = ds.board
    if b is None:
        return []
    f: Facts = {}
    _put(f, "name", b.name)
    _put(f, "short name", b.short_name)
    _put(f, "purpose", b.purpose)
    _put(f, "reports to", b.reports_to)
    _put(f, "administered by", b.administered_by)
    _put(f, "terms of reference version", b.tor_version)
    _put(f, "terms of reference agreed", b.tor_agreed)
    _put(f, "terms of reference last reviewed", b.tor_last_reviewed)
    _put(f, "terms of reference reviewed every", f"{b.tor_review_months} months")
    _put(
        f,
        "terms of reference history",
        [f"{h.get('version')} ({h.get('date')}, {h.get('status')})" for h in b.tor_history],
    )
    _board_post(f, "chair", b.chair, b, ds)
    _board_post(f, "vice chair", b.vice_chair, b, ds)
    _put(f, "partnerships", b.partnership_ids)
    _put(f, "invitees", b.invitees)
    _put(f, "quorum: Chair or Vice Chair required", b.quorum_chair_or_vice)
    _put(f, "quorum: other members", b.quorum_other_members)
    _put(
        f,
        "quorum: chairs of the partnerships most impacted, for decisions",
        b.quorum_impacted_chairs,
    )
    _put(f, "deputies need the Chair's agreement", b.deputy_chair_agreement)
    _put(f, "deputies need delegated authority", b.deputy_delegated_authority)
    _put(f, "meetings a year", b.meetings_per_year)
    _put(f, "first meeting", b.first_meeting)
    _put(f, "papers circulated, days before the meeting", b.papers_days_before)
    _put(f, "declarations before each meeting", b.declarations_required)
    _put(f, "minutes kept for (years)", b.minutes_retention_years)
    _put(f, "minutes published on", b.minutes_published_on)
    _put(f, "meetings held in public", b.meetings_public)
    _put(f, "priorities reviewed every (months)", b.priorities_review_months)
    for name, value in vars(b.thresholds).items():
        _put(f, f"threshold {name.replace('_', ' ')}", value)
    out = [Entity("board", b.id, str(b.name), rest(f, b), BOARD_FILE)]
    for seat in b.seats:
        s: Facts = {}
        _put(s, "title", seat.title)
        _put(s, "organisation", seat.organisation)
        if seat.chair_of:
            _put(s, "held by the chair of", seat.chair_of)
        else:
            _post(s, "holder", seat.holder, ds)
        out.append(Entity("seat", seat.id, f"seat {seat.title}", rest(s, seat), BOARD_FILE))
    return out


def person_entities(ds: Dataset) -> list[Entity]:
    out = []
    for p in ds.people.values():
        f: Facts = {}
        _put(f, "name", p.name)
        _put(f, "role", p.role)
        _put(f, "organisation", p.organisation)
        out.append(Entity("person", p.id, p.label, rest(f, p), PEOPLE_FILE))
    return out


def _obligation(ob: Obligation, partnership: Partnership) -> Entity:
    f: Facts = {}
    _put(f, "title", ob.title)
    _put(f, "kind", ob.kind)
    _put(f, "basis", ob.basis)
    _put(f, "requirement", ob.requirement)
    _put(f, "status", ob.status)
    _put(f, "due", ob.due_date)
    _put(f, "last completed", ob.last_completed)
    _put(f, "cycle", f"every {ob.every_months} months" if ob.every_months else None)
    _put(f, "completed", ob.completed)
    _put(f, "verified", ob.verified)
    label = f"{partnership.name}: obligation {ob.id}"
    return Entity(
        "obligation",
        f"{partnership.id}/{ob.id}",
        label,
        rest(f, ob),
        ("partnership", partnership.id),
    )


def partnership_entities(ds: Dataset) -> list[Entity]:
    out = []
    for p in ds.partnerships.values():
        f: Facts = {}
        _put(f, "name", p.name)
        _put(f, "short name", p.short_name)
        _put(f, "kind", p.kind)
        _put(f, "area", p.area)
        _post(f, "chair", p.chair, ds)
        _post(f, "vice chair", p.vice_chair, ds)
        _put(f, "meets", p.meets_status)
        _put(f, "meeting frequency", p.meets_frequency)
        _put(f, "meets every (months)", p.meets_every_months)
        _put(f, "last met", p.last_met)
        _put(
            f,
            "legal basis",
            [
                " ".join(filter(None, (b.get("instrument"), b.get("provision"))))
                for b in p.legal_basis
            ],
        )
        survey = p.survey or {}
        _put(f, "survey date", survey.get("date"))
        for key in (
            "priorities",
            "priorities_short_term",
            "priorities_long_term",
            "performance",
            "issues",
        ):
            items = survey.get(key)
            if isinstance(items, list):
                _put(
                    f, f"survey {key.replace('_', ' ')}", [" ".join(str(i).split()) for i in items]
                )
        out.append(Entity("partnership", p.id, str(p.name), rest(f, p), ("partnership", p.id)))
        out.extend(_obligation(ob, p) for ob in p.obligations)
    return out


def _attendance(f: Facts, att: Attendance, ds: Dataset) -> None:
    board = ds.board
    if not att.recorded:
        _put(f, "attendance", "not recorded")
        return
    groups: dict[str, list[str]] = {}
    for entry in att.members:
        seat = board.seat(entry.seat) if board else None
        text = str(seat.title) if seat else entry.seat
        if entry.person:
            text += f" ({ds.person_label(entry.person)})"
        if entry.deputy:
            d = entry.deputy
            terms = [
                "agreed by the Chair" if d.agreed_by_chair else "not agreed by the Chair",
                "with delegated authority"
                if d.delegated_authority
                else "without delegated authority",
            ]
            text += f" by deputy {d.name}, {' and '.join(terms)}"
        groups.setdefault(entry.status, []).append(text)
    counts = ", ".join(f"{len(v)} {k}" for k, v in groups.items()) or "no members listed"
    _put(f, "attendance", f"recorded ({counts})")
    for status in ("present", "accepted", "apologies", "absent", "no-reply"):
        if status in groups:
            _put(f, status, sorted(groups[status]))
    _put(f, "guests", sorted(g.name for g in att.guests))


def meeting_label(m: Meeting) -> str:
    """ "meeting of 2026-02-05": short, and what people call it (the title is a fact of its own)."""
    kind = "" if m.kind == "ordinary" else f"{m.kind} "
    return f"{kind}meeting of {m.date.isoformat()}"


def meeting_entities(ds: Dataset) -> list[Entity]:
    out = []
    for m in ds.meetings.values():
        f: Facts = {}
        label = meeting_label(m)
        _put(f, "title", m.title)
        _put(f, "date", m.date)
        _put(f, "kind", m.kind)
        _put(f, "status", m.status)
        _put(f, "cancellation reason", m.cancellation_reason)
        _put(f, "start", m.start)
        _put(f, "end", m.end)
        _put(f, "location", m.location)
        _put(f, "papers circulated", m.papers_circulated)
        _attendance(f, m.attendance, ds)
        if m.declarations is None:
            _put(f, "declarations of interest", "not recorded")
        elif not m.declarations:
            _put(f, "declarations of interest", "none declared")
        else:
            _put(f, "declarations of interest", [f"{d.seat}: {d.interest}" for d in m.declarations])
        _put(f, "decisions", [d.text for d in m.decisions])
        if m.minutes is not None:
            _put(f, "minutes approved", m.minutes.approved)
            _put(f, "minutes published", m.minutes.published)
            _put(f, "minutes at", m.minutes.url)
            _put(f, "minutes retention reviewed", m.minutes.retention_reviewed)
        _put(f, "published", m.publish)
        out.append(Entity("meeting", m.id, label, rest(f, m), ("meeting", m.id)))
        for item in m.agenda:
            i: Facts = {}
            _put(i, "title", item.title)
            _put(i, "lead", ds.person_label(item.lead) if item.lead in ds.people else item.lead)
            _put(i, "paper", item.paper)
            _put(i, "marking", item.marking)
            _put(i, "decision sought", item.decision_sought)
            _put(i, "most impacted", item.impacted_partnerships)
            _put(i, "outcome", item.outcome)
            key = f"{m.id}/{item.id}"
            out.append(
                Entity(
                    "agenda item", key, f"{label}: item {item.id}", rest(i, item), ("meeting", m.id)
                )
            )
        for a in m.actions:
            af: Facts = {}
            _put(af, "text", a.text)
            _put(af, "owner", ds.person_label(a.owner) if a.owner in ds.people else a.owner)
            _put(af, "due", a.due)
            _put(af, "status", a.status)
            _put(af, "completed", a.completed)
            out.append(
                Entity(
                    "action",
                    f"{m.id}/{a.id}",
                    f"{label}: action {a.id}",
                    rest(af, a),
                    ("meeting", m.id),
                )
            )
    return out


def _priority_label(p: Priority) -> str:
    return f"Priority {p.number}: {p.title}"


def priority_entities(ds: Dataset) -> list[Entity]:
    out = []
    for p in ds.priorities.values():
        f: Facts = {}
        _put(f, "number", p.number)
        _put(f, "title", p.title)
        _put(f, "description", p.description)
        _put(f, "agreed", p.agreed)
        _put(f, "agreed at", p.agreed_at)
        _put(f, "requested by", p.requested_by)
        _put(f, "lead", ds.person_label(p.lead) if p.lead in ds.people else p.lead)
        _put(f, "status", p.status)
        _put(
            f,
            "updates",
            [f"{u.date.isoformat()}: {' '.join(str(u.text).split())}" for u in p.updates],
        )
        funding = []
        for fu in p.funding:
            amount = f"£{fu.amount_gbp:,}" if fu.amount_gbp is not None else fu.amount_text or ""
            state = {True: ", confirmed", False: ", not confirmed", None: ""}[fu.confirmed]
            funding.append(
                f"{fu.funder}: {fu.description}"
                + (f" ({amount}{state})" if amount or state else "")
            )
        _put(f, "funding", funding)
        label = _priority_label(p)
        out.append(Entity("priority", p.id, label, rest(f, p), ("priority", p.id)))
        for ms in p.milestones:
            mf: Facts = {}
            _put(mf, "title", ms.title)
            _put(mf, "status", ms.status)
            _put(mf, "due", ms.due)
            _put(mf, "completed", ms.completed)
            out.append(
                Entity(
                    "milestone",
                    f"{p.id}/{ms.id}",
                    f"{label}: milestone {ms.id}",
                    rest(mf, ms),
                    ("priority", p.id),
                )
            )
    return out


def requirement_entities(ds: Dataset) -> list[Entity]:
    out = []
    for r in ds.requirements.values():
        f: Facts = {}
        _put(f, "applies to", r.applies_to)
        _put(f, "output", r.output)
        _put(f, "obligation kind", r.obligation_kind)
        _put(f, "cadence", r.cadence)
        _put(f, "due rule", json.dumps(r.due_rule, sort_keys=True, ensure_ascii=False))
        _put(f, "source", r.source)
        _put(f, "basis", r.basis)
        _put(f, "verified", r.verified)
        out.append(
            Entity("requirement", r.id, f"requirement {r.id}", rest(f, r), REQUIREMENTS_FILE)
        )
    return out


WORK_KINDS = {
    "funding": "funding line",
    "returns": "return",
    "initiatives": "initiative",
    "groups": "group",
    "issues": "issue",
}
"""The work files (model/work.py) and the kind of record each holds."""


def work_entities(ds: Dataset) -> list[Entity]:
    """The board's work records, each fact from its own model field."""
    out = []
    for file, kind in WORK_KINDS.items():
        for record_id, record in getattr(ds.work, file).items():
            name = getattr(record, "name", None) or getattr(record, "title", None)
            label = f"{kind} {record_id}" + (f": {name}" if name else "")
            out.append(Entity(kind, record_id, label, rest({}, record), (file, "")))
    return out


def entities(ds: Dataset) -> dict[tuple[str, str], Entity]:
    """Every comparable record of a dataset, keyed by (kind, key)."""
    found: list[Entity] = []
    for build in (
        board_entities,
        person_entities,
        partnership_entities,
        meeting_entities,
        priority_entities,
        requirement_entities,
        work_entities,
    ):
        found.extend(build(ds))
    return {(e.kind, e.key): e for e in found}
