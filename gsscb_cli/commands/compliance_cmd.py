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
    resolve_as_of,
)

if TYPE_CHECKING:
    from rich.text import Text

    from gsscb_cli.compliance import Group


def group_text(group: Group, width: int | None = None) -> list[Text]:
    """A group's heading and its findings, each wrapped at ``width`` with a hanging indent
    (the terminal's, as gsscb check lays out); data is never read as markup."""
    from rich.text import Text

    from gsscb_cli.findings import Ref
    from gsscb_cli.present.escape import terminal
    from gsscb_cli.present.text import INDENT, SEVERITY_WORD, STYLE, wrap

    n = len(group.findings)
    head = Text(terminal(group.name), style="bold")
    head.append(f" ({terminal(group.id)}): ")
    head.append(f"{n} gap{'s' if n != 1 else ''}" if n else "no gaps found")
    lines = wrap(head, width, 2)
    for f in group.findings:
        sev = f.severity.value
        line = Text("  ")
        line.append(SEVERITY_WORD[sev], style=STYLE[sev])
        line.append(" ")
        line.append(f.rule, style="bold")
        line.append(": " + terminal(f.message))
        if f.due:
            line.append(f" (due {f.due.isoformat()})")
        lines += wrap(line, width)
        facts = [] if f.subject == Ref("partnership", group.id) else [str(f.subject)]
        facts.append(f"basis: {f.basis.value}")
        if f.source:
            facts.append(f"source: {f.source}")
        facts.append(str(f.location))
        detail = Text(" " * INDENT + terminal(" | ".join(facts)), style="dim")
        lines += wrap(detail, width)
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
        from rich.text import Text

        from gsscb_cli.present import terminal

        width = terminal.width()
        lines = [Text(f"Compliance gaps as of {day.isoformat()}", style="bold")]
        for group in groups:
            lines.append(Text(""))
            lines += group_text(group, width)
        terminal.print_lines(lines, color)
    failing = any(fails(f, fail_on.value) for g in groups for f in g.findings)
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)
