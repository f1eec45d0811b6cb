"""Cross-references: every id a document refers to must exist; ids inside it are unique.

Only documents that passed their schema are checked; ids of every file still count
as known (see ``ids.py``), so one bad file does not make every reference to it "unknown".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gsscb_cli.findings import Finding, validation_finding
from gsscb_cli.load.ids import KnownIds
from gsscb_cli.load.parse import Document, PathKey


def _unknown(doc: Document, path: PathKey, what: str, value: str, known: Iterable[str]) -> Finding:
    options = sorted(known)
    close = [o for o in options if o.startswith(value[:4])][:3] if value else []
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return validation_finding(
        "unknown-reference", f"unknown {what} '{value}'{hint}", doc.location(path)
    )


def _unknown_kind(doc: Document, path: PathKey, value: str, known: Iterable[str]) -> Finding:
    """An unknown partnership kind, with the kinds the catalogue knows (the closest first)."""
    import difflib

    options = sorted(known)
    close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}? " if close else ""
    return validation_finding(
        "unknown-reference",
        f"unknown partnership kind '{value}': {hint}the requirements catalogue knows "
        f"{', '.join(options)} (add a kind to requirements.yaml kinds to use another)",
        doc.location(path),
    )


class _Every:
    """The pool of a kind of id that is not checked (its file is missing or invalid)."""

    def __contains__(self, value: object) -> bool:
        return True


_EVERY = _Every()


def _pool(known: set[str] | None) -> set[str] | _Every:
    """The ids to test a reference against before naming it (``ref`` says why not)."""
    return _EVERY if known is None else known


def _duplicates(
    doc: Document, items: list[Any], key: str, base: PathKey, what: str
) -> list[Finding]:
    ids = [v for item in items if isinstance(item, dict) and isinstance(v := item.get(key), str)]
    if len(set(ids)) == len(ids):
        return []  # no id twice (as nearly always): nothing to say, and no path made
    findings = []
    seen: set[str] = set()
    said: set[str] = set()  # each repeated id once, at its second appearance
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        value = item.get(key)
        if not isinstance(value, str):
            continue
        if value not in seen:
            seen.add(value)
        elif value not in said:
            said.add(value)
            findings.append(
                validation_finding(
                    "duplicate-id",
                    f"{what} '{value}' appears more than once",
                    doc.location((*base, i, key)),
                )
            )
    return findings


def check_references(doc: Document, doc_type: str, known: KnownIds) -> list[Finding]:
    """Every id a document refers to must exist; ids inside a document must be unique."""
    d = doc.data
    out: list[Finding] = []

    def ref(path: PathKey, value: Any, what: str, pool: set[str] | None) -> None:
        if pool is not None and isinstance(value, str) and value not in pool:
            out.append(_unknown(doc, path, what, value, pool))

    if doc_type == "board":
        out += _duplicates(doc, d.get("seats", []), "id", ("seats",), "seat")
        for i, pid in enumerate(d.get("partnerships", [])):
            ref(("partnerships", i), pid, "partnership", known.partnerships)
        for i, seat in enumerate(d.get("seats", [])):
            ref(("seats", i, "chair_of"), seat.get("chair_of"), "partnership", known.partnerships)
            ref(
                ("seats", i, "holder", "person"),
                (seat.get("holder") or {}).get("person"),
                "person",
                known.people,
            )
        for post in ("chair", "vice_chair"):
            ref((post, "seat"), (d.get(post) or {}).get("seat"), "seat", known.seats)
        ref(
            ("administration", "first_meeting"),
            d["administration"].get("first_meeting"),
            "meeting",
            known.meetings,
        )
    elif doc_type == "people":
        out += _duplicates(doc, d.get("people", []), "id", ("people",), "person")
    elif doc_type == "requirements":
        out += _duplicates(doc, d.get("requirements", []), "id", ("requirements",), "requirement")
        out += _duplicates(doc, d.get("kinds") or [], "id", ("kinds",), "kind")
        for i, r in enumerate(d.get("requirements", [])):
            applies = r.get("applies_to")
            if known.kinds is not None and applies != "every" and applies not in known.kinds:
                out.append(
                    _unknown_kind(doc, ("requirements", i, "applies_to"), applies, known.kinds)
                )
    elif doc_type == "partnership":
        if known.kinds is not None and d.get("kind") not in known.kinds:
            out.append(_unknown_kind(doc, ("kind",), str(d.get("kind")), known.kinds))
        for post in ("chair", "vice_chair"):
            ref((post, "person"), (d.get(post) or {}).get("person"), "person", known.people)
        out += _duplicates(doc, d.get("obligations", []), "id", ("obligations",), "obligation")
        for i, ob in enumerate(d.get("obligations", [])):
            ref(
                ("obligations", i, "requirement"),
                ob.get("requirement"),
                "requirement",
                known.requirements,
            )
    elif doc_type == "meeting":
        att = d.get("attendance") or {}
        members = att.get("members") or []
        out += _duplicates(doc, members, "seat", ("attendance", "members"), "seat")
        seats, people = _pool(known.seats), _pool(known.people)
        for i, m in enumerate(members):
            # a member's path is made only for an unknown id (57,600 members at scale 100)
            seat, person, deputy = m.get("seat"), m.get("person"), m.get("deputy")
            if seat not in seats:
                ref(("attendance", "members", i, "seat"), seat, "seat", known.seats)
            if person is not None and person not in people:
                ref(("attendance", "members", i, "person"), person, "person", known.people)
            if deputy and deputy.get("person") not in people:
                ref(
                    ("attendance", "members", i, "deputy", "person"),
                    deputy.get("person"),
                    "person",
                    known.people,
                )
        for i, g in enumerate(att.get("guests") or []):
            ref(("attendance", "guests", i, "person"), g.get("person"), "person", known.people)
        agenda = d.get("agenda") or []
        out += _duplicates(doc, agenda, "id", ("agenda",), "agenda item")
        item_ids = {a["id"] for a in agenda if isinstance(a.get("id"), str)}
        for i, a in enumerate(agenda):
            for j, pid in enumerate(a.get("impacted_partnerships") or []):
                ref(
                    ("agenda", i, "impacted_partnerships", j),
                    pid,
                    "partnership",
                    known.partnerships,
                )
        for i, x in enumerate(d.get("declarations") or []):
            ref(("declarations", i, "seat"), x.get("seat"), "seat", known.seats)
            ref(("declarations", i, "item"), x.get("item"), "agenda item", item_ids)
        out += _duplicates(doc, d.get("decisions") or [], "id", ("decisions",), "decision")
        for i, x in enumerate(d.get("decisions") or []):
            ref(("decisions", i, "item"), x.get("item"), "agenda item", item_ids)
        out += _duplicates(doc, d.get("actions") or [], "id", ("actions",), "action")
        for i, x in enumerate(d.get("actions") or []):
            ref(("actions", i, "item"), x.get("item"), "agenda item", item_ids)
            ref(("actions", i, "priority"), x.get("priority"), "priority", known.priorities)
    elif doc_type == "priority":
        ref(("agreed_at",), d.get("agreed_at"), "meeting", known.meetings)
        out += _duplicates(doc, d.get("milestones") or [], "id", ("milestones",), "milestone")
        for i, m in enumerate(d.get("milestones") or []):
            ref(("milestones", i, "at_meeting"), m.get("at_meeting"), "meeting", known.meetings)
    return out
