"""``gsscb check``: validation plus every rule (its work is in ``check_run.py``, which a
plain command line reaches without typer)."""

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


def check(
    select: list[str] = typer.Option(
        None, "--select", "-s", help="Only these rule ids (repeat, or comma-separate)."
    ),
    ignore: list[str] = typer.Option(
        None, "--ignore", "-i", help="Leave out these rule ids (repeat, or comma-separate)."
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ReportFormat = typer.Option(
        ReportFormat.auto,
        "--format",
        "-f",
        help="text, json, sarif (GitHub code scanning), github (annotations + step summary), "
        "junit, markdown; "
        "auto: github in GitHub Actions, else text.",
    ),
    fail_on: FailOnOpt = FailOn.error,
    color: ColorOpt = Color.auto,
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Text: each finding's basis and citation too."
    ),
    statistics: bool = typer.Option(
        False, "--statistics", help="Text: how many findings each rule gave, not the findings."
    ),
    no_cache: NoCacheOpt = False,
) -> None:
    """Validate the data and run every rule: quorum, meetings, the board, partnerships,
    obligations and priorities.

    Each finding names its rule, severity, subject, file and line, and its due date and
    basis where it has them. `gsscb rules` lists the rule ids; `gsscb explain ID`
    explains one. Validation findings always show unless --ignore'd (a file that fails
    validation is not seen by the rules). Exit 0 when nothing reaches --fail-on
    (default error), 1 when something does, 2 for an unknown rule id or unusable data.
    """
    from gsscb_cli.commands.check_run import run

    code = run(
        select=select,
        ignore=ignore,
        data=data,
        as_of=as_of,
        fmt=fmt,
        fail_on=fail_on,
        color=color,
        verbose=verbose,
        statistics=statistics,
        no_cache=no_cache,
    )
    raise typer.Exit(code)
