"""A partnership's chair or vice chair, and an obligation completed (which starts its
next cycle), as edits of the partnership's file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gsscb_cli.edit import Edit
from gsscb_cli.edit.yamlops import OBLIGATION_ORDER, block, cite, drop, put
from gsscb_cli.errors import UsageError
from gsscb_cli.model.types import Dataset, Obligation, Partnership, Post

PARTNERSHIP_ORDER = (
    "id", "name", "short_name", "kind", "area", "sources", "legal_basis", "chair",
    "vice_chair", "meets", "survey", "obligations",
)  # fmt: skip


def _post_words(post: Post | None, dataset: Dataset) -> str:
    if post is None:
        return "not recorded"
    if post.status == "filled":
        return f"filled ({dataset.person_label(post.person)})" if post.person else "filled"
    return post.status


def post(
    partnership: Partnership,
    dataset: Dataset,
    which: str,
    citation: dict[str, str],
    *,
    person: str | None = None,
    vacant: bool = False,
    since: dt.date | None = None,
) -> Edit:
    """Appoint someone to the chair (or vice chair), or record it vacant. The post's old
    note and sources described the old holder, so the post is written afresh."""
    if vacant and person is not None:
        raise UsageError("give --person to appoint, or --vacant, not both")
    if person is not None and person not in dataset.people:
        raise UsageError(
            f"unknown person '{person}': add them to people.yaml first (gsscb list people)"
        )
    key = "chair" if which == "chair" else "vice_chair"
    old = partnership.chair if key == "chair" else partnership.vice_chair
    value: dict[str, Any] = {"status": "vacant" if vacant else "filled"}
    if person:
        value["person"] = person
    if since and not vacant:
        value["since"] = since
    if since and vacant:
        value["note"] = f"Vacant since {since.isoformat()}."
    value["sources"] = [citation]
    new_words = "vacant" if vacant else (
        f"filled ({dataset.person_label(person)})" if person else "filled"
    )  # fmt: skip

    def run(doc: Any) -> list[str]:
        current = doc.get(key)
        if current is not None and {k: v for k, v in current.items() if k != "sources"} == {
            k: v for k, v in block(value).items() if k != "sources"
        }:
            return []
        put(doc, key, value, PARTNERSHIP_ORDER)
        label = key.replace("_", " ")
        extra = f" since {since.isoformat()}" if since else ""
        return [f"{label}: {_post_words(old, dataset)} -> {new_words}{extra}"]

    return run


def cycle_months(ob: Obligation, dataset: Dataset) -> int | None:
    """The obligation's cycle: its own every_months, else its requirement's cycle."""
    if ob.every_months:
        return ob.every_months
    req = dataset.requirements.get(ob.requirement) if ob.requirement else None
    if req is not None and req.due_rule.get("type") == "cycle":
        months = req.due_rule.get("months")
        return months if isinstance(months, int) else None
    return None


def complete(
    partnership: Partnership, ob: Obligation, dataset: Dataset, day: dt.date,
    citation: dict[str, str], as_of: dt.date,
) -> Edit:  # fmt: skip
    """Record the obligation done on ``day``. A cyclic one starts its next cycle: its last
    completion is ``day`` and its next due date follows from its cycle."""
    if day > as_of:
        raise UsageError(f"completion on {day} would be after --as-of ({as_of})")
    months = cycle_months(ob, dataset)

    def run(doc: Any) -> list[str]:
        entry = next((o for o in doc.get("obligations") or [] if str(o.get("id")) == ob.id), None)
        if entry is None:
            raise UsageError(f"{partnership.id} has no obligation '{ob.id}'")
        changes = []
        if months is None:
            if entry.get("status") != "completed":
                changes.append(f"{ob.id}: status {entry.get('status')} -> completed")
                entry["status"] = "completed"
            if str(entry.get("completed")) != day.isoformat():
                put(entry, "completed", day, OBLIGATION_ORDER)
                changes.append(f"{ob.id}: completed {day.isoformat()} (a one-off: no next cycle)")
        else:
            if str(entry.get("last_completed")) == day.isoformat():
                return []
            put(entry, "last_completed", day, OBLIGATION_ORDER)
            changes.append(f"{ob.id}: last completed {day.isoformat()}")
            if entry.get("every_months") is None:
                put(entry, "every_months", months, OBLIGATION_ORDER)
                changes.append(f"{ob.id}: every {months} months (from its requirement)")
            if drop(entry, "due"):
                changes.append(f"{ob.id}: the old due date is removed (it was met)")
            if drop(entry, "completed"):
                changes.append(f"{ob.id}: completed date moved to last_completed")
            if entry.get("status") != "not-started":
                changes.append(f"{ob.id}: status {entry.get('status')} -> not-started (next cycle)")
                entry["status"] = "not-started"
            from gsscb_cli.model.types import add_months

            changes.append(f"{ob.id}: next due {add_months(day, months).isoformat()}")
        cite(entry, citation, OBLIGATION_ORDER)
        return changes

    return run
