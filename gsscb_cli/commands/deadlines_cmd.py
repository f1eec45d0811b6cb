"""``gsscb deadlines``: obligations and milestones overdue or falling due, soonest first."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from gsscb_cli.errors import EXIT_FINDINGS, EXIT_OK
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    FailOn,
    FailOnOpt,
    NoCacheOpt,
    ReportFormat,
    resolve_as_of,
)

if TYPE_CHECKING:
    from rich.text import Text

    from gsscb_cli.deadlines import Deadline

COLUMNS = (
    ("due", "id", True),
    ("when", "id", True),
    ("item", "text", True),
    ("severity", "short", False),
    ("kind", "short", False),
    ("for", "text", False),
    ("status", "short", False),
    ("basis", "text", False),
)


def table(rows: list[Deadline], title: str, width: int | None) -> list[Text]:
    from gsscb_cli.present import table as tables

    columns = [tables.Column(name, kind, main) for name, kind, main in COLUMNS]
    cells = [
        [
            d.due.isoformat(),
            d.when,
            d.title,
            d.finding.severity.value,
            d.kind,
            d.owner_name,
            d.status,
            d.basis_words,
        ]
        for d in rows
    ]
    return tables.render(columns, cells, width, title=title)


def deadlines_cmd(
    kind: str = typer.Option(
        None,
        "--kind",
        "-k",
        help="Only this obligation kind (e.g. needs-assessment), or milestone.",
    ),
    within: int = typer.Option(
        None,
        "--within",
        "-w",
        help="Upcoming items due within DAYS (default: board.yaml thresholds.due_soon_days, 60).",
        metavar="DAYS",
    ),
    overdue: bool = typer.Option(False, "--overdue", help="Only overdue items."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ReportFormat = typer.Option(
        ReportFormat.auto,
        "--format",
        "-f",
        help="text (a table), json, github, junit, markdown; auto: github in GitHub Actions.",
    ),
    fail_on: FailOnOpt = FailOn.never,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """List overdue and upcoming obligations and priority milestones, soonest first, with
    days late or days left, severity and basis.

    An overdue obligation is an error whatever its basis (the message says whether the
    date is statutory, guidance or local, and whether its cadence is unverified); an
    overdue milestone is a warning; upcoming items are notes. Exit 1 when an item
    reaches --fail-on (default never): `gsscb deadlines --kind needs-assessment
    --overdue --fail-on error` fails when any needs assessment is overdue.
    """
    from rich.text import Text

    from gsscb_cli.commands._common import emit_report, load_data
    from gsscb_cli.commands._notes import note_invalid
    from gsscb_cli.deadlines import deadlines
    from gsscb_cli.present import Report, fails, resolve_format

    day = resolve_as_of(as_of)
    result = load_data(data, no_cache=no_cache)
    note_invalid(result, color)
    rows = deadlines(result.dataset, day, kind=kind, within=within, overdue_only=overdue)
    resolved = resolve_format(fmt.value)
    if resolved in ("text", "json"):
        if resolved == "json":
            doc = {"as_of": day.isoformat(), "deadlines": [d.as_dict() for d in rows]}
            typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        else:
            what = f"{kind} " if kind else ""
            scope = "overdue" if overdue else "overdue and upcoming"
            title = f"Deadlines: {scope} {what}items as of {day.isoformat()}"
            from gsscb_cli.present import terminal

            lines = table(rows, title, terminal.width()) if rows else [Text(f"{title}: none.")]
            terminal.print_lines(lines, color)
        failing = any(fails(d.finding, fail_on.value) for d in rows)
        raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)
    # Soonest (most overdue) first here too, rather than Report.of's worst-first order.
    report = Report(tuple(d.finding for d in rows), day, "gsscb deadlines", fail_on.value)
    raise typer.Exit(emit_report(report, resolved, color))
