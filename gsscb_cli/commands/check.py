"""``gsscb check``: validation plus every rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    resolve_as_of,
)

if TYPE_CHECKING:
    from gsscb_cli.findings import Finding, Ref


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
    from gsscb_cli.commands._common import emit_report, load_data, record_names
    from gsscb_cli.load.results import cached_check
    from gsscb_cli.options import resolve_data
    from gsscb_cli.present import Report

    day = resolve_as_of(as_of)

    def compute() -> tuple[list[Finding], dict[Ref, str]]:
        from gsscb_cli.compliance import run_check

        result = load_data(data, no_cache=no_cache)
        return run_check(result, day, select, ignore), record_names(result.dataset)

    # unchanged data, options and gsscb: the last run's findings (load/results.py)
    findings, names = cached_check(
        resolve_data(data), day, select, ignore, compute, use_cache=not no_cache
    )
    report = Report.of(
        findings,
        day,
        title="gsscb check",
        fail_on=fail_on.value,
        names=names,
        verbose=verbose,
        statistics=statistics,
    )
    raise typer.Exit(emit_report(report, fmt.value, color))
