"""``gsscb rules`` and ``gsscb explain``: the rules' documentation, from their docstrings."""

from __future__ import annotations

import json
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
    pass


def rules(
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
    color: ColorOpt = Color.auto,
) -> None:
    """List every rule and validation check: id, default severity, group and one line.

    --data and --as-of are accepted for symmetry with the other commands; the list does
    not depend on them.
    """
    from rich.table import Table

    from gsscb_cli.rules._docs import catalogue

    resolve_as_of(as_of)
    entries = list(catalogue().values())
    if fmt is ListFormat.json:
        typer.echo(json.dumps([e.as_dict() for e in entries], indent=2, ensure_ascii=False))
        return
    table = Table(title="Rules (gsscb explain ID for more)")
    for col in ("id", "severity", "group", "checks that"):
        table.add_column(col)
    for e in entries:
        table.add_row(e.id, e.severity.value, e.group, e.summary)
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
