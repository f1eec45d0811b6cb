"""Every field of every record ``gsscb diff`` compares, with the words it is shown by.

``FIELDS[cls][name]`` is the fact's label, or ``None`` for a field that is not a fact of
its own (its id, its place in the file, the records inside it, a copy of the raw file).
``tests/test_diff_fields.py`` fails when a model field has no entry here, so a field
added to the model is compared (or deliberately left out) from the day it exists.

The builders in ``facts.py`` word some fields their own way (a post by its holder, a
cycle as "every 12 months"); every labelled field they do not give is added by
``rest()`` under its label, from the model's own value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from gsscb_cli.model import types as m
from gsscb_cli.model import work as w

NOT_A_FACT = None

_PLACE: dict[str, Any] = {
    "loc": NOT_A_FACT,
    "locs": NOT_A_FACT,
}  # where in the file: not the record's content
_ID: dict[str, Any] = {"id": NOT_A_FACT}

FIELDS: dict[type, Mapping[str, str | None]] = {
    m.Person: {"id": None, "role": "role", "name": "name", "organisation": "organisation"} | _PLACE,
    m.Post: {
        "status": "status",
        "person": "holder",
        "since": "since",
        "until": "until",
        "note": "note",
    }
    | _PLACE,
    m.BoardPost: {
        "status": "status",
        "seat": "seat",
        "since": "since",
        "term_months": "term",
        "note": "note",
        "selection": "selection",
    }
    | _PLACE,
    m.Seat: {
        "id": None,
        "title": "title",
        "organisation": "organisation",
        "chair_of": "held by the chair of",
        "holder": "holder",
    }
    | _PLACE,
    m.Thresholds: {
        f.name: f"threshold {f.name.replace('_', ' ')}" for f in dataclasses.fields(m.Thresholds)
    },
    m.Board: {
        "id": None,
        "name": "name",
        "short_name": "short name",
        "purpose": "purpose",
        "reports_to": "reports to",
        "administered_by": "administered by",
        "tor_version": "terms of reference version",
        "tor_agreed": "terms of reference agreed",
        "tor_last_reviewed": "terms of reference last reviewed",
        "tor_review_months": "terms of reference reviewed every",
        "tor_history": "terms of reference history",
        "chair": "chair",
        "vice_chair": "vice chair",
        "partnership_ids": "partnerships",
        "seats": None,  # each seat is a record of its own
        "invitees": "invitees",
        "quorum_other_members": "quorum: other members",
        "quorum_chair_or_vice": "quorum: Chair or Vice Chair required",
        "quorum_impacted_chairs": "quorum: chairs of the partnerships most impacted, for decisions",
        "deputy_chair_agreement": "deputies need the Chair's agreement",
        "deputy_delegated_authority": "deputies need delegated authority",
        "meetings_per_year": "meetings a year",
        "first_meeting": "first meeting",
        "papers_days_before": "papers circulated, days before the meeting",
        "declarations_required": "declarations before each meeting",
        "minutes_retention_years": "minutes kept for (years)",
        "minutes_published_on": "minutes published on",
        "meetings_public": "meetings held in public",
        "priorities_review_months": "priorities reviewed every (months)",
        "thresholds": None,  # one fact per threshold (Thresholds)
        "severities": "severities",
        "documents": "source documents",
        "tor_document": "terms of reference document",
        "aob_at_chair_discretion": "any other business at the Chair's discretion",
        "extraordinary_meetings": "extraordinary meetings may be convened",
        "tor_clauses": "terms of reference clauses",
        "quorum_fraction": "quorum: share of the members",
        "quorum_rounding": "quorum: rounding",
        "quorum_chair_counts": "quorum: the chair counts towards it",
        "quorum_known": "quorum known",
        "year_start": "year starts (month, day)",
        "tor_file": "terms of reference file",
        "tor_section": "terms of reference section",
        "tor_quotes": "terms of reference quotations",
        "psb_report": "report to the PSB",
        "raw": None,  # the whole file as read: its fields are compared one by one above
    }
    | _PLACE,
    m.Obligation: {
        "id": None,
        "partnership": None,  # the record it sits in
        "kind": "kind",
        "title": "title",
        "basis": "basis",
        "status": "status",
        "requirement": "requirement",
        "due": "due",
        "last_completed": "last completed",
        "every_months": "cycle",
        "completed": "completed",
        "verified": "verified",
        "note": "note",
        "source": "source",
    }
    | _PLACE,
    m.Partnership: {
        "id": None,
        "name": "name",
        "kind": "kind",
        "area": "area",
        "chair": "chair",
        "vice_chair": "vice chair",
        "meets_status": "meets",
        "meets_frequency": "meeting frequency",
        "meets_every_months": "meets every (months)",
        "last_met": "last met",
        "obligations": None,  # each obligation is a record of its own
        "short_name": "short name",
        "legal_basis": "legal basis",
        "survey": None,  # compared by its parts: survey date, survey priorities, ...
        "source": "source",
    }
    | _PLACE,
    m.Deputy: {
        "name": "deputy",
        "agreed_by_chair": "agreed by the Chair",
        "delegated_authority": "with delegated authority",
        "person": "deputy's record",
    },
    m.AttendanceEntry: {
        "seat": "seat",
        "status": "status",
        "person": "person",
        "deputy": "deputy",
        "note": "note",
    }
    | _PLACE,
    m.Guest: {
        "name": "name",
        "person": "person",
        "organisation": "organisation",
        "purpose": "purpose",
    },
    m.Attendance: {
        "recorded": "attendance",
        "members": "members",
        "guests": "guests",
        "note": "attendance note",
    }
    | _PLACE,
    m.AgendaItem: {
        "id": None,
        "title": "title",
        "lead": "lead",
        "paper": "paper",
        "marking": "marking",
        "decision_sought": "decision sought",
        "impacted_partnerships": "most impacted",
        "summary": "summary",
        "outcome": "outcome",
    }
    | _PLACE,
    m.Decision: {"id": "id", "text": "text", "item": "item"} | _PLACE,
    m.Action: {
        "id": None,
        "meeting": None,  # the record it sits in
        "text": "text",
        "status": "status",
        "owner": "owner",
        "due": "due",
        "completed": "completed",
        "item": "agenda item",
        "marking": "marking",
        "priority": "priority served",
    }
    | _PLACE,
    m.Declaration: {"seat": "seat", "interest": "interest", "item": "item"},
    m.Minutes: {
        "approved": "minutes approved",
        "published": "minutes published",
        "url": "minutes at",
        "retention_reviewed": "minutes retention reviewed",
    },
    m.Meeting: {
        "id": None,
        "date": "date",
        "kind": "kind",
        "status": "status",
        "attendance": "attendance",
        "agenda": None,  # each item is a record of its own
        "title": "title",
        "start": "start",
        "end": "end",
        "location": "location",
        "cancellation_reason": "cancellation reason",
        "papers_circulated": "papers circulated",
        "declarations": "declarations of interest",
        "decisions": "decisions",
        "actions": None,  # each action is a record of its own
        "minutes": None,  # one fact per field (Minutes)
        "publish": "published",
        "source": "source",
        "assumed": "assumed",
    }
    | _PLACE,
    m.Milestone: {
        "id": None,
        "priority": None,  # the record it sits in
        "title": "title",
        "status": "status",
        "due": "due",
        "completed": "completed",
        "at_meeting": "at meeting",
    }
    | _PLACE,
    m.Update: {"date": "date", "text": "text"},
    m.Funding: {
        "funder": "funder",
        "description": "description",
        "amount_gbp": "amount",
        "amount_text": "amount",
        "confirmed": "confirmed",
    },
    m.Priority: {
        "id": None,
        "number": "number",
        "title": "title",
        "agreed": "agreed",
        "status": "status",
        "description": "description",
        "agreed_at": "agreed at",
        "requested_by": "requested by",
        "lead": "lead",
        "milestones": None,  # each milestone is a record of its own
        "updates": "updates",
        "funding": "funding",
        "source": "source",
    }
    | _PLACE,
    m.Requirement: {
        "id": None,
        "applies_to": "applies to",
        "output": "output",
        "due_rule": "due rule",
        "cadence": "cadence",
        "source": "source",
        "basis": "basis",
        "verified": "verified",
        "obligation_kind": "obligation kind",
        "note": "note",
    }
    | _PLACE,
    # the board's work (model/work.py): compared field by field under these labels
    w.FundingLine: {"id": None}
    | {
        f.name: f.name.replace("_gbp", "").replace("_", " ")
        for f in dataclasses.fields(w.FundingLine)
        if f.name not in ("id", "loc")
    }
    | _PLACE,
    w.Return: {"id": None}
    | {
        f.name: f.name.replace("_", " ")
        for f in dataclasses.fields(w.Return)
        if f.name not in ("id", "loc")
    }
    | _PLACE,
    w.Outcome: {
        "id": "id",
        "measure": "measure",
        "text": "text",
        "value": "value",
        "source": "source",
    },
    w.Theme: {"theme": "theme", "examples": "examples"},
    w.Initiative: {"id": None}
    | {
        f.name: f.name.replace("_", " ")
        for f in dataclasses.fields(w.Initiative)
        if f.name not in ("id", "loc")
    }
    | _PLACE,
    w.GroupMeeting: {"status": "status", "date": "date", "note": "note"},
    w.Group: {"id": None}
    | {
        f.name: f.name.replace("_", " ")
        for f in dataclasses.fields(w.Group)
        if f.name not in ("id", "loc")
    }
    | _PLACE,
    w.Raiser: {"partnership": "partnership", "quote": "quote"},
    w.Issue: {"id": None}
    | {
        f.name: f.name.replace("_", " ")
        for f in dataclasses.fields(w.Issue)
        if f.name not in ("id", "loc")
    }
    | _PLACE,
}


def text_of(value: Any) -> Any:
    """A nested record (a theme, a raiser, a deputy) as one line of its labelled fields."""
    if isinstance(value, m.Text):
        return " / ".join(t for t in (value.en, value.cy) if t)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        table = FIELDS.get(type(value), {})
        parts = []
        for f in dataclasses.fields(value):
            shown = table.get(f.name)
            item = getattr(value, f.name)
            if shown is None or item is None or item == () or item == "":
                continue
            parts.append(f"{shown}: {text_of(item)}")
        return "; ".join(parts)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {text_of(v)}" for k, v in sorted(value.items(), key=str))
    if isinstance(value, tuple | list) and value and not all(isinstance(v, str) for v in value):
        return tuple(str(text_of(v)) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value
