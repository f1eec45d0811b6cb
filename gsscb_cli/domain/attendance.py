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
