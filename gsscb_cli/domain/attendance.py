"""Attendance figures: which seats were represented at which held meetings.

One calculation for every reader: the attendance chart and the site's members page
(and ``gsscb attendance``) show the same figures. A seat counts as represented when
the quorum engine says so (in person, through its holder's other seat, or by an approved
deputy): the ToR's rules, applied once, in ``quorum.assess``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gsscb_cli.model.types import Dataset, Meeting

PRESENT = "present"
APOLOGIES = "apologies"
ABSENT = "absent"
NOT_RECORDED = "not-recorded"
CELL_STATES = (PRESENT, APOLOGIES, ABSENT, NOT_RECORDED)
"""A cell of the grid: represented, sent apologies, not represented, or not recorded."""


@dataclass(frozen=True)
class SeatAttendance:
    seat: str
    cells: tuple[str, ...]  # one state per meeting of the grid, in the grid's order
    represented: int  # meetings with recorded attendance at which the seat was represented
    recorded: int  # meetings with recorded attendance (the denominator)

    @property
    def share(self) -> float | None:
        """Represented / recorded, or None when no meeting's attendance is recorded."""
        return self.represented / self.recorded if self.recorded else None


@dataclass(frozen=True)
class AttendanceGrid:
    meetings: tuple[Meeting, ...]  # held meetings on or before as_of, oldest first
    seats: tuple[SeatAttendance, ...]  # in the board's seat order

    @property
    def recorded_meetings(self) -> int:
        return sum(1 for m in self.meetings if m.attendance.recorded)


def attendance_grid(dataset: Dataset, as_of: dt.date) -> AttendanceGrid:
    """Every seat against every held meeting up to ``as_of``."""
    from gsscb_cli.quorum import assess, seat_index

    board = dataset.board
    meetings = tuple(
        m for m in dataset.meetings_by_date() if m.status == "held" and m.date <= as_of
    )
    if board is None:
        return AttendanceGrid(meetings, ())
    index = seat_index(dataset)
    columns: list[dict[str, str]] = []
    for meeting in meetings:
        if not meeting.attendance.recorded:
            columns.append({})
            continue
        result = assess(meeting, dataset, index=index)
        states = {s.seat.id: s.status for s in result.seats}
        column = {}
        for seat in board.seats:
            if seat.id in result.represented:
                column[seat.id] = PRESENT
            elif states.get(seat.id) == "apologies":
                column[seat.id] = APOLOGIES
            else:
                column[seat.id] = ABSENT
        columns.append(column)
    rows = []
    for seat in board.seats:
        cells = tuple(col.get(seat.id, NOT_RECORDED) for col in columns)
        recorded = sum(1 for c in cells if c != NOT_RECORDED)
        rows.append(SeatAttendance(seat.id, cells, cells.count(PRESENT), recorded))
    return AttendanceGrid(meetings, tuple(rows))


# ------------------------------------------------------------ gsscb attendance: a window


@dataclass(frozen=True)
class SeatRow:
    seat: str
    title: str
    holder: str | None  # person id, where the record names one
    vacant: bool  # vacant now (the record keeps no history of earlier holders)
    cells: tuple[str, ...]  # the grid's cells for the window's meetings
    represented: int

    @property
    def expected(self) -> int:
        return 0 if self.vacant else len(self.cells)

    @property
    def share(self) -> float | None:
        return self.represented / self.expected if self.expected else None


@dataclass(frozen=True)
class PersonRow:
    person: str
    label: str
    seats: tuple[str, ...]
    represented: int  # meetings at which at least one of their seats was represented
    meetings: int

    @property
    def share(self) -> float | None:
        return self.represented / self.meetings if self.meetings else None


@dataclass(frozen=True)
class Figures:
    meetings: tuple[Meeting, ...]
    seats: tuple[SeatRow, ...]
    people: tuple[PersonRow, ...]

    def least(self) -> list[SeatRow]:
        """Filled seats, least represented first (then in the board's order)."""
        order = {s.seat: i for i, s in enumerate(self.seats)}
        rows = [s for s in self.seats if s.expected]
        return sorted(rows, key=lambda s: (s.share if s.share is not None else 1.0, order[s.seat]))


def figures(
    dataset: Dataset,
    as_of: dt.date,
    since: dt.date | None = None,
    until: dt.date | None = None,
    last: int | None = None,
) -> Figures:
    """The grid (``attendance_grid``) over a window of held meetings with a recorded
    register, per seat and per person (a person holding several seats counts once)."""
    from gsscb_cli.quorum import seat_index

    end = min(until, as_of) if until else as_of
    grid = attendance_grid(dataset, end)
    picked = [
        i
        for i, m in enumerate(grid.meetings)
        if m.attendance.recorded and (since is None or m.date >= since)
    ]
    if last:
        picked = picked[-last:]
    board = dataset.board
    if board is None:
        return Figures((), (), ())
    seats = []
    for seat, row in zip(board.seats, grid.seats, strict=True):
        cells = tuple(row.cells[i] for i in picked)
        holder = dataset.seat_holder(seat)
        seats.append(
            SeatRow(
                seat=seat.id,
                title=str(seat.title),
                holder=holder.person,
                vacant=holder.status == "vacant",
                cells=cells,
                represented=cells.count(PRESENT),
            )
        )
    by_id = {s.seat: s for s in seats}
    people = []
    for person, held in sorted(seat_index(dataset).held_by.items()):
        there = sum(
            1 for k in range(len(picked)) if any(by_id[s].cells[k] == PRESENT for s in held)
        )
        people.append(PersonRow(person, dataset.person_label(person), held, there, len(picked)))
    return Figures(tuple(grid.meetings[i] for i in picked), tuple(seats), tuple(people))
