"""``gsscb check``'s and ``gsscb validate``'s work, and their command lines read without
typer when they are plain (issue 14).

typer and its click take about a third of a cold ``check`` on the bundled data to import
and to build the command. Most runs are plain (``gsscb check --data d --as-of 2025-12-01
--format json``), and for those the values are known without them: ``plain_arguments``
reads exactly the forms listed below and declines anything else (a help option, ``--``,
an unknown option or a stray argument, a value that is no choice, a missing, empty or
dash-led value, combined short flags, an environment variable it does not know how typer
reads), so typer parses those and every error message stays typer's.
``tests/test_check_run.py`` holds the table below equal to the typer command's options and
the values equal to the ones typer passes, over a corpus of command lines.

This module imports no typer: the typer command in ``check.py`` calls ``run`` too.
"""

from __future__ import annotations

import errno
import functools
import gc
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec

from gsscb_cli.option_values import DEFAULT_DATA, Color, FailOn, ReportFormat, resolve_as_of

if TYPE_CHECKING:
    from enum import Enum

    from gsscb_cli.findings import Finding, Ref
    from gsscb_cli.present import Report

# The options of ``check.check`` (the names typer takes, the parameter each fills):
FLAGS = {"--verbose": "verbose", "-v": "verbose", "--statistics": "statistics"}
FLAGS |= {"--no-cache": "no_cache"}
VALUES = {"--data": "data", "--as-of": "as_of", "--format": "fmt", "-f": "fmt"}
VALUES |= {"--fail-on": "fail_on", "--color": "color"}
LISTS = {"--select": "select", "-s": "select", "--ignore": "ignore", "-i": "ignore"}
CHOICES: dict[str, type[Enum]] = {"fmt": ReportFormat, "fail_on": FailOn, "color": Color}
ENVVARS = {"data": "GSSCB_DATA", "as_of": "GSSCB_AS_OF", "no_cache": "GSSCB_NO_CACHE"}
# how typer reads GSSCB_NO_CACHE (any other value: typer decides)
ENV_FLAG_WORDS = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


def defaults() -> dict[str, object]:
    """The values typer passes when no option is given (and no environment variable set)."""
    return {
        "select": None,
        "ignore": None,
        "data": DEFAULT_DATA,
        "as_of": None,
        "fmt": ReportFormat.auto,
        "fail_on": FailOn.error,
        "color": Color.auto,
        "verbose": False,
        "statistics": False,
        "no_cache": False,
    }


class Table:
    """A command's options as ``plain_arguments`` reads them: flags, options with a value,
    options that may be given again (a list), and their defaults."""

    def __init__(
        self,
        flags: dict[str, str],
        values: dict[str, str],
        lists: dict[str, str],
        defaults: dict[str, object],
    ) -> None:
        self.flags, self.values, self.lists, self._defaults = flags, values, lists, defaults
        self.envvars = {dest: var for dest, var in ENVVARS.items() if dest in defaults}

    def defaults(self) -> dict[str, object]:
        return dict(self._defaults)


CHECK = Table(FLAGS, VALUES, LISTS, defaults())
# ``validate.validate``: check's options but the rules' (--select, --ignore, -v, --statistics)
VALIDATE = Table(
    {"--no-cache": "no_cache"},
    VALUES,
    {},
    {k: v for k, v in defaults().items() if k not in ("select", "ignore", "verbose", "statistics")},
)


def plain_arguments(
    args: Sequence[str], environ: Mapping[str, str], table: Table = CHECK
) -> dict[str, object] | None:
    """The values of a command's parameters (``table``: ``check``'s or ``validate``'s) for
    the arguments after its name, as typer would give them, or None when the command line
    is anything but plain (typer reads it)."""
    values = table.defaults()
    given: set[str] = set()
    lists: dict[str, list[str]] = {}
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        name, eq, attached = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in table.flags and not eq:
            values[table.flags[name]] = True
            given.add(table.flags[name])
            continue
        if name not in table.values and name not in table.lists:
            return None  # -h, --help, --, -vs, -fjson, an unknown option, an argument
        if eq:
            value = attached
        elif index < len(args):
            value = args[index]
            index += 1
        else:
            return None  # typer: "Option requires an argument"
        if not value or value.startswith("-"):
            return None  # empty, or an option typer may read as one: typer decides
        if name in table.lists:
            lists.setdefault(table.lists[name], []).append(value)
            continue
        dest = table.values[name]
        converted = _converted(dest, value)
        if converted is None:
            return None
        values[dest] = converted
        given.add(dest)
    values.update(lists)
    for dest, variable in table.envvars.items():
        if dest in given or variable not in environ:
            continue
        raw = environ[variable]
        if dest == "no_cache":
            if raw not in ENV_FLAG_WORDS:
                return None
            values[dest] = ENV_FLAG_WORDS[raw]
            continue
        converted = _converted(dest, raw) if raw and not raw.startswith("-") else None
        if converted is None:
            return None
        values[dest] = converted
    return values


def _converted(dest: str, value: str) -> object | None:
    """One option's value as typer converts it, or None (not a choice, or a byte typer
    may refuse: typer decides)."""
    if "\x00" in value or not value.isprintable():
        return None
    if dest in CHOICES:
        for choice in CHOICES[dest]:
            if choice.value == value:
                return choice
        return None
    if dest == "data":
        return Path(value)
    return value


KEPT: list[object] | None = None
"""While a list (``cli.console`` sets one: the process ends when the command is done),
each load is kept in it, so its objects are never freed one by one."""


_P = ParamSpec("_P")


def _collector_paused(command: Callable[_P, int]) -> Callable[_P, int]:
    """Run ``command`` with the cyclic garbage collector paused, as ``load`` pauses it:
    a check makes millions of objects that live until it ends, and almost no cycles (at
    bench scale 100 the collector ran 184 times in a cold check, 0.08 s, to free a few
    hundred objects). A cycle made meanwhile is freed once the command returns."""

    @functools.wraps(command)
    def paused(*args: _P.args, **values: _P.kwargs) -> int:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return command(*args, **values)
        finally:
            if was_on:
                gc.enable()

    return paused


def run_plain(values: dict[str, object], command: str = "check") -> int:
    """Run ``check`` (or ``validate``) on values from ``plain_arguments``, ending as
    typer's runner ends a command: the exit code; Ctrl-C exits 130; a closed pipe exits 1
    and is not reported again at exit."""
    try:
        if command == "validate":
            return run_validate(**values)  # type: ignore[arg-type]
        return run(**values)  # type: ignore[arg-type]
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        from typer._click.utils import PacifyFlushWrapper

        sys.stdout = PacifyFlushWrapper(sys.stdout)
        sys.stderr = PacifyFlushWrapper(sys.stderr)
        return 1


@_collector_paused
def run(
    *,
    select: list[str] | None,
    ignore: list[str] | None,
    data: Path,
    as_of: str | None,
    fmt: ReportFormat,
    fail_on: FailOn,
    color: Color,
    verbose: bool,
    statistics: bool,
    no_cache: bool,
) -> int:
    """Validate the data, run the rules and print the report; the exit code."""
    from gsscb_cli.load.results import cached_check
    from gsscb_cli.option_values import resolve_data
    from gsscb_cli.present import resolve_format, terminal

    day = resolve_as_of(as_of)

    def compute() -> tuple[list[Finding], dict[Ref, str]]:
        from gsscb_cli.commands._common import load_data, record_names
        from gsscb_cli.compliance import run_check

        result = load_data(data, no_cache=no_cache)
        if KEPT is not None:
            KEPT.append(result)
        return run_check(result, day, select, ignore), record_names(result.dataset)

    def report(result: tuple[list[Finding], dict[Ref, str]], width: int | None) -> Report:
        from gsscb_cli.present import Report

        findings, names = result
        return Report.of(
            findings,
            day,
            title="gsscb check",
            fail_on=fail_on.value,
            names=names,
            verbose=verbose,
            statistics=statistics,
            width=width,
        )

    stream = terminal.plain_stream(color) if resolve_format(fmt.value) == "text" else None
    if stream is not None and not no_cache:
        # plain text to a pipe or a file: the report itself is kept with the findings
        from gsscb_cli.load.results import cached_output

        width = terminal.width()

        def show(result: tuple[list[Finding], dict[Ref, str]]) -> tuple[str, int]:
            from gsscb_cli.commands._common import exit_code
            from gsscb_cli.present.text import plain_output

            shown = report(result, width)
            return plain_output(shown), exit_code(shown)

        shown_as = repr(("text", width, verbose, statistics, fail_on.value))
        output, code = cached_output(
            resolve_data(data), day, select, ignore, compute, show, shown_as
        )
        stream.write(output)
        return code
    from gsscb_cli.commands._common import emit_report

    # unchanged data, options and gsscb: the last run's findings (load/results.py)
    found = cached_check(resolve_data(data), day, select, ignore, compute, use_cache=not no_cache)
    return emit_report(report(found, None), fmt.value, color)


@_collector_paused
def run_validate(
    *,
    data: Path,
    as_of: str | None,
    fmt: ReportFormat,
    fail_on: FailOn,
    color: Color,
    no_cache: bool,
) -> int:
    """``gsscb validate``'s work: load the data and print its problems; the exit code."""
    from gsscb_cli.commands._common import emit_report, load_data
    from gsscb_cli.present import Report

    day = resolve_as_of(as_of)
    result = load_data(data, no_cache=no_cache)
    if KEPT is not None:
        KEPT.append(result)
    report = Report.of(result.findings, day, title="gsscb validate", fail_on=fail_on.value)
    return emit_report(report, fmt.value, color)
