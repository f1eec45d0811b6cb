"""``gsscb calendar``: meetings and deadlines as an iCalendar file for Outlook and others."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    NoCacheOpt,
    console,
    resolve_as_of,
)
from gsscb_cli.outputs import (
    check_output_path,
    is_stdout,
    read_regular,
    write_atomic,
    write_stdout,
)

if TYPE_CHECKING:
    pass


def _read(path: Path, what: str) -> bytes:
    return read_regular(path, what)


def calendar(
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write the calendar to this .ics file (default: standard output).",
    ),
    include: str = typer.Option(
        "meetings,deadlines,milestones,actions",
        "--include",
        help="What to include, comma-separated: meetings (with their papers deadlines), "
        "deadlines (obligation due dates), milestones (priority milestones), actions (open "
        "board actions on their due dates).",
    ),
    previous: Path | None = typer.Option(
        None,
        "--previous",
        help="The calendar written last time: events whose content changed get SEQUENCE + 1. "
        "Default: the --output file, when it exists.",
    ),
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Write the board's meetings and deadlines as an iCalendar (RFC 5545) file.

    Meetings are timed events in Europe/London (10:00-12:00 assumed, and said so, where
    the record gives no time); papers-circulation dates, obligation and milestone due
    dates are all-day events. UIDs come from the data's ids, so importing again updates
    events rather than duplicating them. DTSTAMP is --as-of at 00:00 UTC: the same data
    and --as-of give the same bytes. Exit 0 on success, 2 on a usage error.
    """
    from gsscb_cli import calendar as ical
    from gsscb_cli.commands._common import load_data

    day = resolve_as_of(as_of)
    chosen = ical.parse_include(include)
    if is_stdout(output):
        output = None
    target = check_output_path(output, data) if output is not None else None
    result = load_data(data, no_cache=no_cache)
    known = None
    if previous is not None:
        known = ical.read_previous(_read(previous, "--previous"), str(previous))
    elif target is not None and target.exists():
        known = ical.read_previous(_read(target, "the existing output"), str(output))
    content, count = ical.build(result.dataset, day, chosen, known)
    err = console(color, stderr=True)
    from gsscb_cli.commands._notes import note_invalid

    note_invalid(result, color, "calendar")
    if target is None:
        write_stdout(content)
        return
    write_atomic(target, content)
    err.print(
        f"Wrote {output} ({count} event{'s' if count != 1 else ''}).", markup=False, soft_wrap=True
    )
