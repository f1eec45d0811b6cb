"""``gsscb attendance``: who attended the board's held meetings, per seat and per person,
least first (from ``gsscb_cli.domain.attendance.figures``, which the chart also uses)."""

from __future__ import annotations

import json
import sys

import typer

from gsscb_cli.commands._common import load_data
from gsscb_cli.errors import UsageError
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    NoCacheOpt,
    parse_date,
    resolve_as_of,
)

MARK = {"present": "P", "apologies": "A", "absent": "-", "not-recorded": "?"}


def attendance(
    since: str | None = typer.Option(None, "--since", help="First day of the window."),
    until: str | None = typer.Option(None, "--until", help="Last day (default --as-of)."),
    last: int | None = typer.Option(None, "--last", help="Only the last N held meetings."),
    by: str = typer.Option("seat", "--by", help="seat (default) or person."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Attendance at held meetings with a recorded register: each seat's (or person's)
    share, least first.

    P represented (in person, by its holder in another seat, or by an approved deputy),
    A apologies, - absent. A person holding several seats counts once per meeting. Seats
    vacant now are listed apart. Exit 0, or 2 on a usage error.
    """
    from gsscb_cli.domain.attendance import figures

    if by not in ("seat", "person") or fmt not in ("text", "json"):
        raise UsageError("--by is seat or person; --format is text or json")
    if last is not None and last < 1:
        raise UsageError("--last: give a number of meetings, 1 or more")
    day = resolve_as_of(as_of)
    start = parse_date(since, "--since") if since else None
    end = parse_date(until, "--until") if until else None
    fig = figures(load_data(data, no_cache=no_cache).dataset, day, start, end, last)
    if fmt == "json":
        doc = {
            "as_of": day.isoformat(),
            "meetings": [m.id for m in fig.meetings],
            "seats": [
                {"seat": s.seat, "title": s.title, "holder": s.holder, "cells": list(s.cells),
                 "represented": s.represented, "expected": s.expected, "share": s.share}
                for s in fig.least()
            ],
            "people": [
                {"person": p.person, "label": p.label, "seats": list(p.seats),
                 "represented": p.represented,
                 "meetings": p.meetings, "share": p.share}
                for p in sorted(fig.people, key=lambda p: (p.share or 0.0, p.person))
            ],
        }  # fmt: skip
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        return
    if not fig.meetings:
        typer.echo("No held meeting with a recorded register in the window.")
        return
    typer.echo(
        f"{len(fig.meetings)} held meetings with a recorded register: "
        + ", ".join(m.date.isoformat() for m in fig.meetings)
    )
    if by == "seat":
        for s in fig.least():
            marks = "".join(MARK.get(m, "?") for m in s.cells)
            typer.echo(f"  {s.represented}/{s.expected}  {marks}  {s.title} ({s.seat})")
        vacant = [s for s in fig.seats if not s.expected]
        if vacant:
            typer.echo("Vacant throughout: " + ", ".join(s.seat for s in vacant))
    else:
        for p in sorted(fig.people, key=lambda p: (p.share or 0.0, p.person)):
            typer.echo(f"  {p.represented}/{p.meetings}  {p.label} (seats: {', '.join(p.seats)})")
