"""meeting-cadence: the board meets every quarter of the UK financial year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from gsscb_cli.findings import Finding, Severity
from gsscb_cli.model.types import Dataset, add_months
from gsscb_cli.rules import Context, Rule, rule
from gsscb_cli.rules._common import TOR

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Period:
    """A period of the financial year (a quarter by default): first and last day."""

    start: dt.date
    end: dt.date

    def name(self, months: int) -> str:
        """E.g. "2025-26 Q3" (quarters) or "2025-26 period 2"; sorts in time order."""
        fy = self.start.year if self.start.month >= 4 else self.start.year - 1
        index = ((self.start.month - 4) % 12) // months + 1
        word = "Q" if months == 3 else "period "
        return f"{fy}-{(fy + 1) % 100:02d} {word}{index}"

    @property
    def label(self) -> str:
        """E.g. "October to December 2025", or "October 2025 to March 2026"."""
        first, last = MONTHS[self.start.month - 1], MONTHS[self.end.month - 1]
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return f"{first} {self.end.year}"
        if self.start.year == self.end.year:
            return f"{first} to {last} {self.end.year}"
        return f"{first} {self.start.year} to {last} {self.end.year}"


def period_months(meetings_per_year: int) -> int:
    """Months in each period: 3 for quarterly. A count that does not divide 12 falls back to 3."""
    return 12 // meetings_per_year if meetings_per_year > 0 and 12 % meetings_per_year == 0 else 3


def period_of(day: dt.date, months: int) -> Period:
    """The period containing ``day``, counting from 1 April (UK financial year)."""
    fy_start = dt.date(day.year if day.month >= 4 else day.year - 1, 4, 1)
    offset = (day.year - fy_start.year) * 12 + day.month - 4
    start = add_months(fy_start, offset - offset % months)
    return Period(start, add_months(start, months) - dt.timedelta(days=1))


def first_meeting_date(dataset: Dataset) -> dt.date | None:
    board = dataset.board
    if board is not None and board.first_meeting in dataset.meetings:
        return dataset.meetings[board.first_meeting].date
    held = [m.date for m in dataset.meetings.values() if m.status == "held"]
    return min(held) if held else None


def ended_periods(start: dt.date, as_of: dt.date, months: int) -> list[Period]:
    """Every period from the one containing ``start`` that ended before ``as_of``."""
    out: list[Period] = []
    period = period_of(start, months)
    while period.end < as_of:
        out.append(period)
        period = period_of(period.end + dt.timedelta(days=1), months)
    return out


@rule("meeting-cadence", Severity.WARNING, "board")
def meeting_cadence(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every quarter since the board's first meeting had a held ordinary meeting.

    What it checks:
        Quarters of the UK public-sector financial year (starting 1 April,
        1 July, 1 October, 1 January), from the quarter of the board's first
        meeting (``administration.first_meeting``) to the last quarter that
        has ended as of ``--as-of``. Each must contain a meeting of kind
        ``ordinary`` with status ``held``. A cancelled meeting does not count,
        nor does an extraordinary one. With ``meetings_per_year`` other than 4
        the periods are 12 / meetings_per_year months (a count that does not
        divide 12 is read as quarterly).

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Administration"): "The board
        will meet on a quarterly basis, scheduled and booked in advance with all
        members". Basis: local (the board's own terms of reference; not a
        statutory requirement).

    Example:
        The meeting of 2025-12-04 was cancelled and no other ordinary meeting
        was held from October to December 2025; as of 2026-01-05: "2025-26 Q3
        (October to December 2025) had no held ordinary meeting (the meeting of
        2025-12-04 was cancelled); the ToR says the board meets quarterly".
    """
    board = ctx.dataset.board
    start = first_meeting_date(ctx.dataset)
    if board is None or start is None:
        return
    months = period_months(board.meetings_per_year)
    meetings = ctx.dataset.meetings_by_date()
    for period in ended_periods(start, ctx.as_of, months):
        inside = [m for m in meetings if period.start <= m.date <= period.end]
        if any(m.status == "held" and m.kind == "ordinary" for m in inside):
            continue
        notes = [f"the meeting of {m.date.isoformat()} was cancelled" for m in inside
                 if m.status == "cancelled"]  # fmt: skip
        notes += [f"the meeting of {m.date.isoformat()} is still recorded as scheduled"
                  for m in inside if m.status == "scheduled"]  # fmt: skip
        detail = f" ({'; '.join(notes)})" if notes else ""
        yield r.finding(
            f"{period.name(months)} ({period.label}) had no held ordinary meeting{detail}; "
            "the ToR says the board meets quarterly",
            board.locs.get("administration", board.loc),
            f"board:{board.id}",
            due=period.end,
            basis="local",
            source=f"{TOR}, Administration",
        )
