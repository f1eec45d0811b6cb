"""Shared plumbing for commands: loading the data and printing reports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from gsscb_cli.dataset import LoadResult, load
from gsscb_cli.errors import EXIT_FINDINGS, EXIT_OK
from gsscb_cli.options import Color, console
from gsscb_cli.reports import Report, render, resolve_format


def load_data(data: Path) -> LoadResult:
    return load(data)


def emit_report(report: Report, fmt: str, color: Color) -> int:
    """Print a report in the chosen format; returns the exit code for it."""
    resolved = resolve_format(fmt)
    output = render(report, resolved)
    if resolved == "text":
        out = console(color)
        if out.is_terminal or color is Color.always:
            out.print(output, soft_wrap=True)
        else:  # a pipe or a file: no styling to apply, so skip rich's rendering (fast at scale)
            from rich.text import Text

            sys.stdout.write(Text.from_markup(output).plain + "\n")
    else:
        sys.stdout.write(output + ("\n" if not output.endswith("\n") else ""))
    if resolved == "github":
        append_step_summary(render(report, "markdown"))
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
        typer.echo(f"gsscb: could not write the step summary: {exc.strerror}", err=True)
