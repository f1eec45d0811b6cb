"""Shared plumbing for the commands that edit the record: options, finding the file,
applying the edit and printing what changed and what it changes in the findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gsscb_cli.errors import UsageError

if TYPE_CHECKING:  # the model is imported when a command runs, not for --help
    from gsscb_cli.edit import Edit
    from gsscb_cli.load import LoadResult
    from gsscb_cli.model.types import Meeting

SourceOpt = Annotated[
    str,
    typer.Option(
        "--source",
        help=(
            'Where the fact came from, in words, e.g. "email from the CSP manager, 20 Nov '
            "2026\" (stored as a citation in the record's sources)."
        ),
    ),
]
QuoteOpt = Annotated[
    str | None, typer.Option("--quote", help="The source's own words, where that helps.")
]
DryRunOpt = Annotated[
    bool,
    typer.Option("--dry-run", help="Check the edit and show what it changes; write nothing."),
]

EDIT_EXIT_CODES = (
    "Every subcommand takes --source, --data, --as-of, --color and --dry-run. Exit 0 when written (or nothing to change); 1 when refused because the record would "
    "then break a rule it must keep (each problem with its file and line; nothing is "
    "written); 2 on a usage error (unknown id, bad date, a step out of order; a step the "
    "record forbids names the file and line that forbid it)."
)


def document_path(loaded: LoadResult, doc_type: str, record_id: str) -> Path:
    for doc in loaded.documents.get(doc_type, []):
        if isinstance(doc.data, dict) and doc.data.get("id") == record_id:
            return doc.path
    raise UsageError(
        f"no valid {doc_type} '{record_id}' in the record "
        "(gsscb list; a file that does not validate cannot be edited: gsscb validate)"
    )


def find_meeting(loaded: LoadResult, wanted: str, as_of: dt.date) -> Meeting:
    meetings = loaded.dataset.meetings
    if wanted == "next":
        upcoming = [
            m for m in loaded.dataset.meetings_by_date()
            if m.status == "scheduled" and m.date >= as_of
        ]  # fmt: skip
        if not upcoming:
            raise UsageError("no scheduled meeting on or after --as-of")
        return upcoming[0]
    if wanted not in meetings:
        raise UsageError(
            f"unknown meeting '{wanted}' (known: {', '.join(meetings) or 'none'}; or 'next')"
        )
    return meetings[wanted]


def run_edit(loaded: LoadResult, path: Path, edit: Edit, as_of: dt.date, dry_run: bool) -> None:
    """Apply an edit and report it (the exit code comes from the error, if refused)."""
    from gsscb_cli.edit import apply
    from gsscb_cli.load import display_path

    outcome = apply(loaded.data_dir, path, edit, as_of, dry_run=dry_run)
    shown = display_path(path)
    if not outcome.written and not dry_run:
        typer.echo(f"{shown}: {outcome.changes[0]}")
        return
    typer.echo(f"{'Would change' if dry_run else 'Changed'} {shown}:")
    for line in outcome.changes:
        typer.echo(f"  {line}")
    if not outcome.resolved and not outcome.introduced and not outcome.reworded:
        typer.echo("Findings: no change.")
        return
    summary = f"resolves {len(outcome.resolved)}, introduces {len(outcome.introduced)}"
    if outcome.reworded:
        summary += f", updates {len(outcome.reworded)} still open"
    typer.echo(f"Findings: {summary}.")
    for f in outcome.resolved:
        typer.echo(f"  resolved: {f.severity.value} {f.rule}: {f.message}")
    for f in outcome.introduced:
        typer.echo(f"  new: {f.location}: {f.severity.value} {f.rule}: {f.message}")
    for f in outcome.reworded:
        typer.echo(f"  now: {f.location}: {f.severity.value} {f.rule}: {f.message}")
