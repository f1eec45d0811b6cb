"""``gsscb list``: what the data holds, for people and scripts."""

from __future__ import annotations

import datetime as dt
import json
import re
from enum import Enum
from typing import TYPE_CHECKING, Any

import typer

from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    ListFormat,
    NoCacheOpt,
    resolve_as_of,
)

if TYPE_CHECKING:
    from gsscb_cli.model.types import Dataset
    from gsscb_cli.model.work import FundingLine


class What(str, Enum):
    partnerships = "partnerships"
    meetings = "meetings"
    priorities = "priorities"
    seats = "seats"
    people = "people"
    funding = "funding"
    returns = "returns"
    initiatives = "initiatives"
    groups = "groups"
    issues = "issues"


def _amount(line: FundingLine) -> str | None:
    """The amount as a reader wants it: exact, a range with its uncertainty, or unknown."""
    if line.amount_gbp is not None:
        return f"£{line.amount_gbp:,}"
    if line.amount_min_gbp is not None and line.amount_max_gbp is not None:
        words = " (not confirmed)" if line.confirmed is False else ""
        return f"£{line.amount_min_gbp:,} to £{line.amount_max_gbp:,}{words}"
    return line.amount_text


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _work_rows(dataset: Dataset, what: What) -> list[dict[str, Any]]:
    work = dataset.work
    if what is What.funding:
        return [
            {
                "id": f.id,
                "funder": f.funder,
                "recipient": f.recipient,
                "purpose": str(f.purpose),
                "amount": _amount(f),
                "amount_as_given": f.amount_text,
                "amount_low_gbp": f.amount_range[0] if f.amount_range else None,
                "amount_high_gbp": f.amount_range[1] if f.amount_range else None,
                "confirmed": f.confirmed,
                "year": f.financial_year,
                "start": _iso(f.start),
                "end": _iso(f.end),
                "after_end": f.continuation,
                "spent_gbp": f.spent_gbp,
                "claimed_gbp": f.claimed_gbp,
                "source": f.source,
            }
            for f in work.funding.values()
        ]
    if what is What.returns:
        return [
            {
                "id": r.id,
                "to": r.to,
                "what": str(r.what),
                "prepared_by": r.prepared_by,
                "due": _iso(r.due),
                "status": r.status,
                "sent": _iso(r.sent),
                "source": r.source,
            }
            for r in sorted(
                work.returns.values(), key=lambda r: (r.due or r.sent or dt.date.max, r.id)
            )
        ]
    if what is What.initiatives:
        return [
            {
                "id": i.id,
                "name": str(i.name),
                "start": _iso(i.start),
                "end": _iso(i.end),
                "status": i.status,
                "priority": i.priority,
                "funding": list(i.funding),
                "outcomes": [
                    {
                        "measure": o.measure,
                        "value": o.value,
                        "text": str(o.text),
                        "source": o.source,
                    }
                    for o in i.outcomes
                ],
                "source": i.source,
            }
            for i in work.initiatives.values()
        ]
    if what is What.groups:
        return [
            {
                "id": g.id,
                "name": str(g.name),
                "kind": g.kind,
                "reports_to": g.reports_to,
                "members": g.members,
                "status": g.status,
                "priorities": list(g.priorities),
                "meetings": [
                    {"date": _iso(m.date), "status": m.status, "note": m.note} for m in g.meetings
                ],
                "source": g.source,
            }
            for g in work.groups.values()
        ]
    return [
        {
            "id": i.id,
            "title": str(i.title),
            "raised": i.raised.isoformat(),
            "raised_by": [r.partnership for r in i.raised_by],
            "answered_by": list(i.answer_priorities) + list(i.answer_actions),
            "answer_note": i.answer_note,
            "status": i.status,
            "source": i.source,
        }
        for i in work.issues.values()
    ]


def _cell(value: Any) -> str:
    """One table cell: lists of records separated by " / ", lists of ids comma-separated."""
    if value is None:
        return ""
    if isinstance(value, list):
        return (
            " / ".join(
                "; ".join(f"{k}: {v}" for k, v in x.items() if v is not None)
                if isinstance(x, dict)
                else str(x)
                for x in value
            )
            if any(isinstance(x, dict) for x in value)
            else ", ".join(map(str, value))
        )
    return str(value)


def rows(dataset: Dataset, what: What) -> list[dict[str, Any]]:
    """The records of one kind as plain dicts (the JSON output)."""
    if what in _WORK:
        return _work_rows(dataset, what)
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


_SEED = re.compile(r"_[0-9a-f]{16}\.txt")


def _work_cell(column: str, value: Any) -> str:
    """A cell of a work record's table: unknown said so, seed files by their number."""
    if value is None or value == []:
        return "not recorded"
    if column == "source":
        return _SEED.sub("", str(value))
    return _cell(value)


_WORK = {What.funding, What.returns, What.initiatives, What.groups, What.issues}
TEXT_COLUMNS: dict[What, tuple[str, ...]] = {
    What.funding: ("id", "funder", "amount", "year", "end", "after_end", "source"),
    What.returns: ("id", "to", "due", "status", "sent", "source"),
    What.initiatives: ("id", "name", "start", "end", "status", "source"),
    What.groups: ("id", "kind", "status", "priorities", "source"),
    What.issues: ("id", "title", "raised_by", "answered_by", "status"),
}
"""The columns a terminal table shows for the wider records (JSON has every field)."""

# ids a user types are never cut; names and titles take the width
COLUMN_KIND = {
    "id": "id",
    "chair": "id",
    "holder": "id",
    "lead": "id",
    "chair_of": "id",
    "name": "text",
    "title": "text",
    "role": "text",
    "organisation": "text",
    "area": "text",
    "funder": "text",
    "to": "text",
    "raised_by": "text",
    "answered_by": "text",
    "source": "text",
}


def list_(
    what: What = typer.Argument(
        ...,
        help="What to list: partnerships, meetings, priorities, seats, people, funding, "
        "returns, initiatives, groups or issues.",
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(
        ListFormat.text, "--format", "-f", help="text (a table) or json (an array)."
    ),
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """List the partnerships, meetings, priorities, seats, people, funding, returns,
    initiatives, groups or issues the data holds, each with its sources.

    JSON output is an array of objects, each with at least an id and a name or title.
    Records whose files are invalid are left out (run gsscb validate).
    """
    from gsscb_cli.commands._common import load_data

    resolve_as_of(as_of)
    from gsscb_cli.commands._notes import note_invalid

    result = load_data(data, no_cache=no_cache)
    note_invalid(result, color)
    items = rows(result.dataset, what)
    if fmt is ListFormat.json:
        typer.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    from gsscb_cli.present import table, terminal

    names = list(TEXT_COLUMNS.get(what) or (items[0].keys() if items else ["id"]))
    columns = [
        table.Column(
            n,
            kind=COLUMN_KIND.get(n, "short"),
            main=n in ("id", "name", "title", "date", "funder"),
        )
        for n in names
    ]
    work = what in _WORK
    cells = [[_work_cell(n, item[n]) if work else _cell(item[n]) for n in names] for item in items]
    lines = table.render(columns, cells, terminal.width(), title=what.value.capitalize())
    terminal.print_lines(lines, color)
