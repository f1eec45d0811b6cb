"""Ids: which records exist, and whether a record's id matches its file name.

Ids of every file count as known, whether or not the file was valid, so that one bad
file does not make every reference to it "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gsscb_cli.findings import Finding, validation_finding
from gsscb_cli.load.discover import FOLDERS
from gsscb_cli.load.parse import Document

if TYPE_CHECKING:
    from gsscb_cli.load.work_refs import WorkIds


@dataclass
class KnownIds:
    """Ids that exist in the folder, whether or not their file was valid."""

    partnerships: set[str] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)
    priorities: set[str] = field(default_factory=set)
    people: set[str] | None = None  # None: people.yaml missing or invalid, skip person checks
    requirements: set[str] | None = None
    seats: set[str] | None = None
    kinds: set[str] | None = None  # the requirements catalogue's partnership kinds


def ids_from_files(files: list[tuple[Path, str]]) -> KnownIds:
    """The records a folder holds, from its file names (one record per file)."""
    known = KnownIds()
    for path, doc_type in files:
        stem = path.stem
        if doc_type == "partnership":
            known.partnerships.add(stem)
        elif doc_type == "meeting":
            known.meetings.add(stem)
        elif doc_type == "priority":
            known.priorities.add(stem)
    return known


def id_mismatch(doc: Document, doc_type: str) -> list[Finding]:
    """A one-record file whose id is not its file name."""
    if (
        doc_type in FOLDERS.values()
        and isinstance(doc.data.get("id"), str)
        and doc.data["id"] != doc.path.stem
    ):
        return [
            validation_finding(
                "id-mismatch",
                f"id '{doc.data['id']}' does not match the file name '{doc.path.name}' (rename one of them)",
                doc.location(("id",)),
            )
        ]
    return []


def record_ids(known: KnownIds, doc: Document, doc_type: str, problems: list[Finding]) -> None:
    """The people, requirements and seats a single file lists, when its schema passed."""
    if any(f.rule == "schema" for f in problems):
        return
    if doc_type == "people":
        known.people = {
            p["id"] for p in doc.data.get("people", []) if isinstance(p, dict) and "id" in p
        }
    elif doc_type == "requirements":
        known.requirements = {
            r["id"] for r in doc.data.get("requirements", []) if isinstance(r, dict) and "id" in r
        }
        if doc.data.get("kinds"):
            known.kinds = {k["id"] for k in doc.data["kinds"] if isinstance(k, dict)}
    elif doc_type == "board":
        known.seats = {
            s["id"] for s in doc.data.get("seats", []) if isinstance(s, dict) and "id" in s
        }


def work_ids(known: KnownIds, parsed: list[tuple[Document, str]]) -> WorkIds:
    """The ids the board's work records may refer to (model/work.py), actions included."""
    from gsscb_cli.load import work_refs as work

    ids = work.WorkIds(known.partnerships, known.priorities, known.meetings)
    actions: set[str] | None = set()
    for doc, doc_type in parsed:
        if doc_type in work.WORK_TYPES:
            setattr(ids, doc_type, work.known_ids(doc_type, doc))
    for doc, doc_type in parsed:
        if doc_type == "meeting" and actions is not None:
            acts = doc.data.get("actions") if isinstance(doc.data, dict) else None
            for a in acts if isinstance(acts, list) else []:
                if isinstance(a, dict) and isinstance(a.get("id"), str):
                    actions.add(f"{doc.path.stem}#{a['id']}")
    if len([t for _, t in parsed if t == "meeting"]) != len(known.meetings):
        actions = None  # a meeting file could not be read: its actions are not known
    ids.actions = actions
    return ids
