"""meeting-cadence: the board held an ordinary meeting in every period of its year."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Ref
from gsscb_cli.model.types import Dataset, Meeting, add_months
from gsscb_cli.records import dataclass
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import meetings_by_date, tor


@dataclass(frozen=True)
class Period:
    """One of the ``count`` periods of a board year (a quarter by default): first and last day."""

    start: dt.date
    end: dt.date
    year_start: dt.date  # the first day of the board year the period is in
    index: int  # 1-based place in the year
    count: int  # periods in a year (meetings_per_year)

    def name(self) -> str:
        """E.g. "2025-26 Q3" (quarters), "2025-26 period 2", or "2026 Q1" for a year from
        1 January; sorts in time order."""
        y = self.year_start.year
        year = (
            str(y)
            if (self.year_start.month, self.year_start.day) == (1, 1)
            else (f"{y}-{(y + 1) % 100:02d}")
        )
        word = "Q" if self.count == 4 else "period "
        return f"{year} {word}{self.index}"

    @property
    def words_key(self) -> str:
        """How a reader names the period (words: period.*): its months, "October to
        December 2025", when it is whole months (a board year from the 1st), else its days."""
        whole = self.start.day == 1 and (self.end + dt.timedelta(days=1)).day == 1
        if not whole:
            return "period.days"
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return "period.month"
        return "period.months" if self.start.year == self.end.year else "period.months-across"


def period_offsets(count: int) -> list[int]:
    """Month offsets from the year's start at which each of ``count`` periods begins, and 12:
    periods of whole months as equal as whole months allow (4: every 3 months; 3: every 4;
    5: 0, 2, 4, 7, 9)."""
    count = min(max(count, 1), 12)
    return [i * 12 // count for i in range(count)] + [12]


def year_start_of(day: dt.date, start: tuple[int, int]) -> dt.date:
    """The first day of the board year (beginning each year on ``start``, month and day)
    that contains ``day``."""
    month, first = start
    this_year = dt.date(day.year, month, first)
    return this_year if day >= this_year else dt.date(day.year - 1, month, first)


def period_of(day: dt.date, count: int, start: tuple[int, int] = (4, 1)) -> Period:
    """The period containing ``day``, for a board meeting ``count`` times a year from ``start``."""
    year = year_start_of(day, start)
    offsets = period_offsets(count)
    for index in range(len(offsets) - 1):
        end = add_months(year, offsets[index + 1]) - dt.timedelta(days=1)
        if day <= end:
            return Period(add_months(year, offsets[index]), end, year, index + 1, len(offsets) - 1)
    raise AssertionError("a day is always in one period of its year")  # pragma: no cover


def meets_words(meetings_per_year: int) -> str:
    """How the finding says the board's frequency, from its own number: "quarterly" (4),
    "three times a year" (3)."""
    return MEETS_WORDS.get(meetings_per_year, f"{meetings_per_year} times a year")


MEETS_WORDS = {
    1: "once a year",
    2: "twice a year",
    3: "three times a year",
    4: "quarterly",
    6: "six times a year",
    12: "monthly",
}


def first_meeting_date(dataset: Dataset) -> dt.date | None:
    board = dataset.board
    if board is not None and board.first_meeting in dataset.meetings:
        return dataset.meetings[board.first_meeting].date
    held = [m.date for m in dataset.meetings.values() if m.status == "held"]
    return min(held) if held else None


def ended_periods(
    start: dt.date, as_of: dt.date, count: int, year_start: tuple[int, int] = (4, 1)
) -> list[Period]:
    """Every period from the one containing ``start`` that ended before ``as_of``."""
    out: list[Period] = []
    period = period_of(start, count, year_start)
    while period.end < as_of:
        out.append(period)
        period = period_of(period.end + dt.timedelta(days=1), count, year_start)
    return out


@rule(
    "meeting-cadence",
    "board",
    missed=Code(Kind.BREACH, Basis.TERMS_OF_REFERENCE),
    forecast=Code(Kind.FORECAST, Basis.TERMS_OF_REFERENCE),
)
def meeting_cadence(r: Rule, ctx: Context) -> Iterator[Finding]:
    """Every period since the board's first meeting had a held ordinary meeting.

    What it checks:
        Quarters of the UK public-sector financial year (starting 1 April,
        1 July, 1 October, 1 January), from the quarter of the board's first
        meeting (``administration.first_meeting``) to the last quarter that
        has ended as of ``--as-of``. Each must contain a meeting of kind
        ``ordinary`` with status ``held``. A cancelled meeting does not count,
        nor does an extraordinary one. The year starts on
        ``administration.year_start`` (default 04-01) and is divided into
        ``meetings_per_year`` periods of whole months (4: quarters; 3: four
        months each; a count that does not divide 12 gives periods as equal
        as whole months allow). The finding says the frequency in the board's
        own terms ("quarterly", "three times a year").

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Administration"): "The board
        will meet on a quarterly basis, scheduled and booked in advance with all
        members". Basis: local (the board's own terms of reference; not a
        statutory requirement).

        The period that has not yet ended is forecast: when its ordinary
        meeting has been cancelled and no other is held or scheduled in what
        is left of it, a warning (code ``forecast``) says so before it ends,
        so that a meeting can still be called.

    Example:
        The meeting of 2025-12-04 was cancelled and no other ordinary meeting
        was held from October to December 2025; as of 2026-01-05: "October to
        December 2025 had no held ordinary meeting (cancelled: 4 December 2025);
        the ToR says the board meets quarterly".
    """
    board = ctx.dataset.board
    start = first_meeting_date(ctx.dataset)
    if board is None or start is None:
        return
    meetings = meetings_by_date(ctx)
    dates = [m.date for m in meetings]  # in order: a period's meetings are one slice
    for period in ended_periods(start, ctx.as_of, board.meetings_per_year, board.year_start):
        inside = meetings[bisect_left(dates, period.start) : bisect_right(dates, period.end)]
        if any(m.status == "held" and m.kind == "ordinary" for m in inside):
            continue
        cancelled = tuple(m.date for m in inside if m.status == "cancelled")
        scheduled = tuple(m.date for m in inside if m.status == "scheduled")
        n = board.meetings_per_year
        yield r.fact(
            "missed",
            Ref("board", board.id),
            board.locs.get("administration", board.loc),
            params={
                "period": period.name(),
                "months_key": period.words_key,
                "start": period.start,
                "end": period.end,
                "cancelled": cancelled,
                "cancelled_key": "cadence.cancelled" if cancelled else "empty",
                "scheduled": scheduled,
                "scheduled_key": "cadence.scheduled" if scheduled else "empty",
                "n": n,
                "meets_key": f"meets.{n}" if n in MEETS_WORDS else "meets.other",
            },
            stable=("start",),
            due=period.end,
            citation=tor(ctx, "administration"),
        )
    yield from _forecast(r, ctx, start, meetings)


def _forecast(r: Rule, ctx: Context, start: dt.date, meetings: list[Meeting]) -> Iterator[Finding]:
    """The current period, when its meeting was cancelled and nothing held or scheduled
    replaces it."""
    board = ctx.dataset.board
    if board is None or ctx.as_of < start:
        return
    period = period_of(ctx.as_of, board.meetings_per_year, board.year_start)
    inside = [m for m in meetings if period.start <= m.date <= period.end and m.kind == "ordinary"]
    if any(m.status == "held" for m in inside):
        return
    if any(m.status == "scheduled" and m.date >= ctx.as_of for m in inside):
        return
    cancelled = tuple(m.date for m in inside if m.status == "cancelled")
    if not cancelled:
        return  # nothing was planned and called off: future meetings may not be recorded yet
    left = (period.end - ctx.as_of).days
    n = board.meetings_per_year
    yield r.fact(
        "forecast",
        Ref("board", board.id),
        board.locs.get("administration", board.loc),
        params={
            "period": period.name(),
            "months_key": period.words_key,
            "start": period.start,
            "end": period.end,
            "days_left": left,
            "when_key": "when.today" if left == 0 else "when.in",
            "cancelled": cancelled,
            "cancelled_key": "cadence.cancelled",
            "n": n,
            "meets_key": f"meets.{n}" if n in MEETS_WORDS else "meets.other",
        },
        stable=("start",),
        due=period.end,
        citation=tor(ctx, "administration"),
    )
