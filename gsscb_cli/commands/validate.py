"""``gsscb validate``: strict YAML, schemas and references."""

from __future__ import annotations

import typer

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
)


def validate(
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ReportFormat = typer.Option(
        ReportFormat.auto,
        "--format",
        "-f",
        help="Output format (auto: github in GitHub Actions, else text).",
    ),
    fail_on: FailOnOpt = FailOn.error,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Check every file in the data folder: YAML syntax, schemas, ids and references.

    Prints each problem with its file and line. Exit 0 when nothing fails, 1 when
    problems at or above --fail-on are found, 2 when the data folder cannot be used.
    """
    from gsscb_cli.commands.check_run import run_validate

    code = run_validate(
        data=data, as_of=as_of, fmt=fmt, fail_on=fail_on, color=color, no_cache=no_cache
    )
    raise typer.Exit(code)
