"""Helpers for changing round-trip YAML documents: keys in the record's own order,
citations appended once, and plain values turned into ruamel's block-style types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MEETING_ORDER = (
    "id", "title", "date", "start", "end", "location", "kind", "status",
    "cancellation_reason", "papers_circulated", "publish", "sources", "assumed",
    "attendance", "declarations", "agenda", "decisions", "actions", "minutes",
)  # fmt: skip
"""Top-level keys of a meeting file, in the order ``gsscb new meeting`` writes them."""

ATTENDANCE_ORDER = ("recorded", "note", "members", "guests", "sources")
ENTRY_ORDER = ("seat", "status", "person", "deputy", "note")
POST_ORDER = ("status", "person", "since", "until", "note", "sources", "assumed")
OBLIGATION_ORDER = (
    "id", "kind", "title", "requirement", "basis", "status", "due", "last_completed",
    "every_months", "completed", "verified", "note", "assumed", "sources",
)  # fmt: skip
ACTION_ORDER = (
    "id", "item", "text", "owner", "due", "status", "completed", "note", "marking",
    "sources", "assumed",
)  # fmt: skip
MINUTES_ORDER = ("approved", "approved_at", "published", "url", "retention_reviewed")


def block(value: Any) -> Any:
    """Plain dicts and lists as ruamel block-style nodes (so they read like the rest)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = block(v)
        return out
    if isinstance(value, list | tuple):
        seq = CommentedSeq()
        seq.extend(block(v) for v in value)
        return seq
    return value


def put(mapping: Any, key: str, value: Any, order: Sequence[str]) -> None:
    """Set ``key``; a new key goes after the keys that precede it in ``order``."""
    value = block(value)
    if key in mapping:
        mapping[key] = value
        return
    if key not in order:
        mapping[key] = value
        return
    before = set(order[: order.index(key)])
    position = 0
    for i, existing in enumerate(mapping):
        if existing in before:
            position = i + 1
    if position >= len(mapping):
        mapping[key] = value
    else:
        mapping.insert(position, key, value)


def drop(mapping: Any, key: str) -> bool:
    if key in mapping:
        del mapping[key]
        return True
    return False


def cite(mapping: Any, citation: dict[str, str], order: Sequence[str] = ()) -> None:
    """Append a citation to the record's ``sources`` unless it is there already."""
    sources = mapping.get("sources")
    if sources is None:
        put(mapping, "sources", [citation], order)
        return
    if any(dict(s) == citation for s in sources if hasattr(s, "items")):
        return
    sources.append(block(citation))


def text_of(value: Any) -> str:
    """A text field (plain, or {en, cy}) as its English words."""
    if hasattr(value, "get") and not isinstance(value, str):
        return str(value.get("en", ""))
    return str(value)
