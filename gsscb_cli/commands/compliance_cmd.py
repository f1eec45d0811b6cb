"""``gsscb compliance``: the gaps per partnership and for the board, with basis and source."""

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
    ListFormat,
    NoCacheOpt,
    console,
    resolve_as_of,
)

if TYPE_CHECKING:
    from gsscb_cli.compliance import Group

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def group_text(group: Group) -> list[str]:
    from gsscb_cli.findings import Ref
    from gsscb_cli.present.escape import rich_markup as escape

    n = len(group.findings)
    head = f"[bold]{escape(group.name)}[/bold] ({group.id}): "
    lines = [head + (f"{n} gap{'s' if n != 1 else ''}" if n else "no gaps found")]
    for f in group.findings:
        sev = f.severity.value
        due = f" (due {f.due.isoformat()})" if f.due else ""
        lines.append(
            f"  [{_STYLE[sev]}]{sev}[/{_STYLE[sev]}] [bold]{f.rule}[/bold]: "
            f"{escape(f.message + due)}"
        )
        facts = [] if f.subject == Ref("partnership", group.id) else [str(f.subject)]
        facts.append(f"basis: {f.basis.value}")
        if f.source:
            facts.append(f"source: {f.source}")
        facts.append(str(f.location))
        lines.append(f"      [dim]{escape(' | '.join(facts))}[/dim]")
    return lines


def compliance(
    partnership: str = typer.Option(
        None, "--partnership", "-p", help="Only this partnership's gaps (its id)."
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
    fail_on: FailOnOpt = FailOn.never,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """The compliance gaps of each partnership and of the board, grouped, each with its
    basis (statutory, guidance, local) and source.

    Gaps are the rules' findings, less what is merely due soon (see gsscb deadlines).
    Exit 1 when a gap reaches --fail-on (default never), 2 for an unknown partnership.
    """
    from gsscb_cli.commands._common import load_data
    from gsscb_cli.commands._notes import note_invalid
    from gsscb_cli.compliance import compliance_groups
    from gsscb_cli.present import fails

    day = resolve_as_of(as_of)
    result = load_data(data, no_cache=no_cache)
    note_invalid(result, color)
    groups = compliance_groups(result.dataset, day, partnership)
    if fmt is ListFormat.json:
        doc = {
            "as_of": day.isoformat(),
            "groups": [
                {"id": g.id, "name": g.name, "findings": [f.as_dict() for f in g.findings]}
                for g in groups
            ],
        }
        typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        out = console(color)
        out.print(f"[bold]Compliance gaps as of {day.isoformat()}[/bold]")
        for group in groups:
            out.print("")
            for line in group_text(group):
                out.print(line, soft_wrap=True)
    failing = any(fails(f, fail_on.value) for g in groups for f in g.findings)
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)
