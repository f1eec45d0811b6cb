"""The references of the board's work records (``funding.yaml``, ``returns.yaml``,
``initiatives.yaml``, ``groups.yaml``, ``issues.yaml``; their model is ``model/work.py``):
checked by the load, which builds no model (``gsscb validate`` imports none of it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from typing import Any

from gsscb_cli.findings import Finding
from gsscb_cli.load.parse import Document, PathKey
from gsscb_cli.load.references import _duplicates, _unknown
from gsscb_cli.records import dataclass

WORK_TYPES = ("funding", "returns", "initiatives", "groups", "issues")
"""The document types of the work records; each is one file holding a list under its own key."""


def _items(doc: Document, key: str) -> Iterable[tuple[int, dict[str, Any]]]:
    for i, item in enumerate(doc.data.get(key) or []):
        if isinstance(item, dict):
            yield i, item


@dataclass
class WorkIds:
    """Ids the work records may refer to (from every file, valid or not)."""

    partnerships: set[str]
    priorities: set[str]
    meetings: set[str]
    funding: set[str] = field(default_factory=set)
    initiatives: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    actions: set[str] | None = None
    """meeting-id#action-id; None when the meetings could not all be read."""


def known_ids(doc_type: str, doc: Document) -> set[str]:
    """The ids a work document defines (read before the schema, so bad files still count)."""
    items = doc.data.get(doc_type) if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        return set()
    return {x["id"] for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)}


def check_work_references(doc: Document, doc_type: str, ids: WorkIds) -> list[Finding]:
    """Every id a work record refers to exists; ids in the file are unique."""
    out: list[Finding] = []
    what = {"funding": "funding line", "returns": "return", "initiatives": "initiative"}
    what |= {"groups": "group", "issues": "issue"}
    out += _duplicates(doc, doc.data.get(doc_type) or [], "id", (doc_type,), what[doc_type])

    def ref(path: PathKey, value: Any, kind: str, pool: set[str] | None) -> None:
        if pool is not None and isinstance(value, str) and value not in pool:
            out.append(_unknown(doc, path, kind, value, pool))

    for i, d in _items(doc, doc_type):
        base: PathKey = (doc_type, i)
        for key, kind, pool in (
            ("priority", "priority", ids.priorities),
            ("initiative", "initiative", ids.initiatives),
            ("partnership", "partnership", ids.partnerships),
            ("followed_by", "funding line", ids.funding),
        ):
            ref((*base, key), d.get(key), kind, pool)
        for key, kind, pool in (
            ("recipients", "partnership", ids.partnerships),
            ("partnerships", "partnership", ids.partnerships),
            ("priorities", "priority", ids.priorities),
            ("funding", "funding line", ids.funding),
        ):
            for j, value in enumerate(d.get(key) or []):
                ref((*base, key, j), value, kind, pool)
        if doc_type == "groups" and d.get("reports_to") != "board":
            ref((*base, "reports_to"), d.get("reports_to"), "group", ids.groups)
        if doc_type == "issues":
            for j, r in enumerate(d.get("raised_by") or []):
                ref(
                    (*base, "raised_by", j, "partnership"),
                    r.get("partnership"),
                    "partnership",
                    ids.partnerships,
                )
            answer = d.get("answered_by") or {}
            for j, value in enumerate(answer.get("priorities") or []):
                ref((*base, "answered_by", "priorities", j), value, "priority", ids.priorities)
            for j, value in enumerate(answer.get("actions") or []):
                ref((*base, "answered_by", "actions", j), value, "action", ids.actions)
    return out
