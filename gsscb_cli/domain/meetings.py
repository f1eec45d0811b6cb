"""The meeting cycle's shared words: the standing items, the meeting before and after.

One vocabulary, used by ``gsscb new meeting`` (which writes the standing items into a
new meeting's agenda), by the papers (which print them in their place, once) and by the
meeting edits (which add business before AOB). An agenda item whose id is a standing
item's id, or one of its older spellings, *is* that standing item: its lead, paper and
summary are used, and it is never shown a second time as business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gsscb_cli.model.types import Dataset, Meeting


@dataclass(frozen=True)
class StandingItem:
    id: str
    title: str
    """The English title the scaffold writes (papers word it from the catalogue,
    ``standing.<id>``, in the paper's language)."""
    ordinary_only: bool
    """Only on an ordinary meeting's agenda (an extraordinary one has its one purpose)."""
    closing: bool = False
    """After the business items, not before."""


STANDING_ITEMS = (
    StandingItem("apologies", "Welcome and apologies", ordinary_only=False),
    StandingItem("declarations", "Declarations of interest", ordinary_only=False),
    StandingItem("previous-minutes", "Minutes of the last meeting", ordinary_only=True),
    StandingItem("action-log", "Action log", ordinary_only=True),
    StandingItem("aob", "Any other business", ordinary_only=True, closing=True),
)
OLDER_IDS = {
    "declarations-of-interest": "declarations",
    "minutes-of-last-meeting": "previous-minutes",
    "any-other-business": "aob",
}
"""Ids earlier releases of ``gsscb new meeting`` wrote: read as the standing item."""
AOB = "aob"


def standing_id(item_id: str) -> str | None:
    """The standing item an agenda item id names (in any spelling), or None for business."""
    known = {s.id for s in STANDING_ITEMS}
    if item_id in known:
        return item_id
    return OLDER_IDS.get(item_id)


def standing_items(kind: str, closing: bool = False) -> tuple[StandingItem, ...]:
    """The standing items of a meeting of ``kind``: the opening ones, or the closing ones."""
    return tuple(
        s
        for s in STANDING_ITEMS
        if s.closing == closing and (kind == "ordinary" or not s.ordinary_only)
    )


def aob_ids() -> tuple[str, ...]:
    """Every spelling of the AOB item (business is added before it)."""
    return (AOB, *(old for old, new in OLDER_IDS.items() if new == AOB))


def previous_held(dataset: Dataset, day: dt.date) -> Meeting | None:
    """The last meeting held before ``day``: the one whose minutes come next."""
    held = [m for m in dataset.meetings_by_date() if m.date < day and m.status == "held"]
    return held[-1] if held else None


def next_scheduled(dataset: Dataset, day: dt.date) -> Meeting | None:
    """The first meeting scheduled after ``day``."""
    later = [m for m in dataset.meetings_by_date() if m.date > day and m.status == "scheduled"]
    return later[0] if later else None
