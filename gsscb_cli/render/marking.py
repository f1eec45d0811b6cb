"""Security markings (Government Security Classifications) and the public audience.

A paper carries the highest marking of the items it includes. A paper for the
public leaves out every item above OFFICIAL and counts what it left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from gsscb_cli.model.types import Action, Meeting

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE")
"""In rising order; the schema allows exactly these."""

BASE = MARKINGS[0]


class Audience(str, Enum):
    board = "board"
    public = "public"


def rank(marking: str) -> int:
    """Position of a marking in ``MARKINGS``; an unknown marking is treated as the highest."""
    return MARKINGS.index(marking) if marking in MARKINGS else len(MARKINGS)


def highest(markings: Iterable[str]) -> str:
    """The paper's marking: the highest of its items, OFFICIAL when it has none."""
    top = BASE
    for marking in markings:
        if rank(marking) > rank(top):
            top = marking if marking in MARKINGS else MARKINGS[-1]
    return top


def action_marking(meeting: Meeting, action: Action) -> str:
    """An action's marking: its own, or the item it arises from's, whichever is higher
    (an action from an OFFICIAL-SENSITIVE item is as sensitive as the item)."""
    items = {i.id: i.marking for i in meeting.agenda}
    linked = items.get(action.item, BASE) if action.item is not None else BASE
    return highest((action.marking, linked))


T = TypeVar("T")


@dataclass(frozen=True)
class Filtered(Generic[T]):
    kept: tuple[T, ...]
    withheld: tuple[T, ...]


def for_audience(items: Sequence[T], markings: Sequence[str], audience: Audience) -> Filtered[T]:
    """Keep every item for the board; for the public, only those marked OFFICIAL."""
    if audience is Audience.board:
        return Filtered(tuple(items), ())
    kept = tuple(i for i, m in zip(items, markings, strict=True) if rank(m) <= rank(BASE))
    withheld = tuple(i for i, m in zip(items, markings, strict=True) if rank(m) > rank(BASE))
    return Filtered(kept, withheld)
