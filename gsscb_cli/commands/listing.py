"""``gsscb list``: what the data holds, for people and scripts."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

import typer
from rich.table import Table

from gsscb_cli.cli import app
from gsscb_cli.commands._common import load_data
from gsscb_cli.model.types import Dataset
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    ListFormat,
    console,
    resolve_as_of,
)


class What(str, Enum):
    partnerships = "partnerships"
    meetings = "meetings"
    priorities = "priorities"
    seats = "seats"
    people = "people"


def rows(dataset: Dataset, what: What) -> list[dict[str, Any]]:
    """The records of one kind as plain dicts (the JSON output)."""
    if what is What.partnerships:
        return [
            {
                "id": p.id,
                "name": str(p.name),
                "kind": p.kind,
                "area": p.area,
                "chair": p.chair.person if p.chair.status == "filled" else None,
                "chair_status": p.chair.status,
                "obligations": len(p.obligations),
            }
            for p in dataset.partnerships.values()
        ]
    if what is What.meetings:
        return [
            {
                "id": m.id,
                "title": str(m.title) if m.title else None,
                "date": m.date.isoformat(),
                "kind": m.kind,
                "status": m.status,
                "attendance_recorded": m.attendance.recorded,
            }
            for m in dataset.meetings_by_date()
        ]
    if what is What.priorities:
        return [
            {
                "id": p.id,
                "number": p.number,
                "title": str(p.title),
                "status": p.status,
                "lead": p.lead,
            }
            for p in dataset.priorities.values()
        ]
    if what is What.seats:
        board = dataset.board
        if board is None:
            return []
        out = []
        for seat in board.seats:
            holder = dataset.seat_holder(seat)
            out.append(
                {
                    "id": seat.id,
                    "title": str(seat.title),
                    "chair_of": seat.chair_of,
                    "holder": holder.person if holder.status == "filled" else None,
                    "holder_status": holder.status,
                }
            )
        return out
    return [
        {"id": p.id, "name": p.name, "role": str(p.role), "organisation": p.organisation}
        for p in sorted(dataset.people.values(), key=lambda p: p.id)
    ]


@app.command("list")
def list_(
    what: What = typer.Argument(
        ..., help="What to list: partnerships, meetings, priorities, seats or people."
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(
        ListFormat.text, "--format", "-f", help="text (a table) or json (an array)."
    ),
    color: ColorOpt = Color.auto,
) -> None:
    """List the partnerships, meetings, priorities, seats or people the data holds.

    JSON output is an array of objects, each with at least an id and a name or title.
    Records whose files are invalid are left out (run gsscb validate).
    """
    resolve_as_of(as_of)
    result = load_data(data)
    items = rows(result.dataset, what)
    if fmt is ListFormat.json:
        typer.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    table = Table(title=what.value.capitalize(), show_lines=False)
    columns = list(items[0].keys()) if items else ["id"]
    for col in columns:
        table.add_column(col)
    for item in items:
        table.add_row(*("" if item[c] is None else str(item[c]) for c in columns))
    console(color).print(table)
