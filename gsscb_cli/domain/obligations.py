"""Where each partnership stands on each kind of obligation: the compliance matrix's facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gsscb_cli.model.types import Dataset, Obligation, Partnership

OVERDUE = "overdue"
DUE_SOON = "due-soon"
ON_TRACK = "on-track"
NO_DATE = "no-date"
MISSING = "missing"
NOT_REQUIRED = "not-required"
STATES = (OVERDUE, DUE_SOON, MISSING, NO_DATE, ON_TRACK, NOT_REQUIRED)
"""Worst first: a cell with several obligations of one kind shows the worst."""


@dataclass(frozen=True)
class Cell:
    state: str
    statutory: bool  # the worst obligation's basis includes statute (overdue is then red)
    due: dt.date | None = None


@dataclass(frozen=True)
class Matrix:
    kinds: tuple[str, ...]  # columns, in the data contract's order
    rows: tuple[tuple[Partnership, tuple[Cell, ...]], ...]  # in the board's order


def obligation_state(ob: Obligation, as_of: dt.date, due_soon_days: int) -> str:
    if ob.done:
        return ON_TRACK
    due = ob.due_date
    if due is None:
        return NO_DATE
    if due < as_of:
        return OVERDUE
    if (due - as_of).days <= due_soon_days:
        return DUE_SOON
    return ON_TRACK


def required_kinds(dataset: Dataset, partnership: Partnership) -> set[str]:
    return {
        r.obligation_kind
        for r in dataset.requirements.values()
        if r.applies_to == partnership.kind and r.obligation_kind
    }


def compliance_matrix(dataset: Dataset, as_of: dt.date, all_kinds: tuple[str, ...]) -> Matrix:
    """Partnerships by kind of obligation; ``all_kinds`` orders the columns (only kinds
    recorded or required somewhere are kept)."""
    board = dataset.board
    window = board.thresholds.due_soon_days if board else 60
    order = list(board.partnership_ids) if board else []
    order += sorted(p for p in dataset.partnerships if p not in order)
    partnerships = [dataset.partnerships[p] for p in order if p in dataset.partnerships]
    used = {o.kind for p in partnerships for o in p.obligations}
    used |= {k for p in partnerships for k in required_kinds(dataset, p)}
    kinds = tuple(k for k in all_kinds if k in used) + tuple(sorted(used - set(all_kinds)))
    rows = []
    for p in partnerships:
        required = required_kinds(dataset, p)
        cells = []
        for kind in kinds:
            obs = [o for o in p.obligations if o.kind == kind]
            if not obs:
                cells.append(Cell(MISSING if kind in required else NOT_REQUIRED, kind in required))
                continue
            ranked = sorted(
                obs, key=lambda o: (STATES.index(obligation_state(o, as_of, window)), o.id)
            )
            worst = ranked[0]
            cells.append(
                Cell(
                    obligation_state(worst, as_of, window),
                    "statutory" in worst.basis,
                    worst.due_date,
                )
            )
        rows.append((p, tuple(cells)))
    return Matrix(kinds, tuple(rows))
