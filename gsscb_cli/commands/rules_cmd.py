"""``gsscb rules`` and ``gsscb explain``: the rules' documentation, from their docstrings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

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

if TYPE_CHECKING:
    from gsscb_cli.findings import Severity


def rules(
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
    color: ColorOpt = Color.auto,
) -> None:
    """List every rule and validation check: id, the severity of each of its codes, group
    and one line.

    A severity is the default from the finding's basis and kind (a statutory duty broken
    is an error; guidance, terms of reference or a local commitment a warning; a forecast
    a warning; a gap in the record a note), or the board's own setting (``severities:``
    in --data's board.yaml) where it has one. --as-of is accepted for symmetry.
    """
    from rich.table import Table

    from gsscb_cli.rules._docs import catalogue

    resolve_as_of(as_of)
    entries = list(catalogue(_board_levels(data)).values())
    if fmt is ListFormat.json:
        typer.echo(json.dumps([e.as_dict() for e in entries], indent=2, ensure_ascii=False))
        return
    table = Table(title="Rules (gsscb explain ID for more)")
    for col in ("id", "severity", "group", "checks that"):
        table.add_column(col)
    for e in entries:
        table.add_row(e.id, e.levels_text(), e.group, e.summary)
    console(color).print(table)


def explain(
    rule_id: str = typer.Argument(..., metavar="RULE", help="A rule id from gsscb rules."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
    color: ColorOpt = Color.auto,
) -> None:
    """Explain one rule: what it checks, why it matters (with its source), an example.

    Exit 2 for an unknown rule id.
    """
    from gsscb_cli.rules._docs import entry, explain_text

    resolve_as_of(as_of)
    e = entry(rule_id)
    if fmt is ListFormat.json:
        typer.echo(json.dumps(e.as_dict(), indent=2, ensure_ascii=False))
        return
    console(color).print(explain_text(e), markup=False, highlight=False, soft_wrap=True)


def _board_levels(data: Path) -> dict[str, dict[str, Severity]]:
    """The board's ``severities:``, or none when the data folder cannot be read (the list
    then shows the defaults)."""
    from gsscb_cli.errors import GsscbError
    from gsscb_cli.load import load

    if not (data / "board.yaml").is_file():
        return {}
    try:
        board = load(data).dataset.board
    except GsscbError:
        return {}
    return dict(board.severities) if board is not None else {}
