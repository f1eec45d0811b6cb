"""Shared plumbing for commands: loading the data and printing reports."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gsscb_cli.errors import EXIT_FINDINGS, EXIT_OK
from gsscb_cli.findings import Ref
from gsscb_cli.load import LoadResult, load
from gsscb_cli.option_values import Color, resolve_data
from gsscb_cli.present import Report, render, resolve_format

if TYPE_CHECKING:  # the model is imported when data is loaded, not for --help
    from gsscb_cli.model.types import Dataset


def load_data(data: Path, *, no_cache: bool = False) -> LoadResult:
    """Load the data folder: ``--data``/``GSSCB_DATA``, else found from here upwards
    (``no_cache``: bypass the cache of checked files, load/cache.py)."""
    return load(resolve_data(data), cache=not no_cache)


def record_names(dataset: Dataset) -> dict[Ref, str]:
    """The records' display names, for the headings of the terminal report."""
    names: dict[Ref, str] = {
        Ref("partnership", p.id): str(p.name) for p in dataset.partnerships.values()
    }
    names.update(
        {
            Ref("meeting", m.id): str(m.title or m.date.isoformat())
            for m in dataset.meetings.values()
        }
    )
    names.update(
        {
            Ref("priority", p.id): f"Priority {p.number}: {p.title}"
            for p in dataset.priorities.values()
        }
    )
    if dataset.board is not None:
        names[Ref("board", "")] = str(dataset.board.name)
    return names


def emit_report(report: Report, fmt: str, color: Color) -> int:
    """Print a report in the chosen format; returns the exit code for it."""
    resolved = resolve_format(fmt)
    if resolved == "text":
        from dataclasses import replace

        from gsscb_cli.present import terminal, text

        shown = replace(report, width=terminal.width())
        stream = terminal.plain_stream(color)
        if stream is not None:  # a pipe or a file: the same characters, without rich
            stream.write(text.plain_output(shown))
        else:
            terminal.print_lines(text.render_lines(shown), color)
    else:
        output = render(report, resolved)
        sys.stdout.write(output + ("\n" if not output.endswith("\n") else ""))
    if resolved == "github":
        append_step_summary(render(report, "markdown"))
    return exit_code(report)


def exit_code(report: Report) -> int:
    """A report's exit code: findings at or above ``--fail-on``, or none."""
    return EXIT_FINDINGS if report.failing() else EXIT_OK


def append_step_summary(markdown: str) -> None:
    """Append to the job summary when running in GitHub Actions."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(markdown + "\n")
    except OSError as exc:
        from gsscb_cli.words import phrase

        said = phrase("cli.step-summary-unwritable", reason=exc.strerror or str(exc))
        import typer

        typer.echo(said, err=True)
