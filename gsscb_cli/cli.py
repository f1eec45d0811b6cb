"""The ``gsscb`` command line: one small function per command, each calling the core.

Exit codes: 0 nothing at or above the failing severity; 1 findings that fail;
2 usage error or an unusable data folder or output path; 3 an internal error
(a bug: please report it).
"""

from __future__ import annotations

import contextlib
import errno
import sys
from typing import NoReturn

import typer

from gsscb_cli import __version__
from gsscb_cli.cli_coercion import install as _convert_plain_values_without_pydantic
from gsscb_cli.errors import EXIT_USAGE, GsscbError

EXIT_INTERNAL = 3
_convert_plain_values_without_pydantic()

app = typer.Typer(
    name="gsscb",
    help=(
        "Governance-as-code for the Gwent Strategic Safer Communities Board: validate the board's "
        "record, check quorum, compliance gaps and deadlines, and render board papers.\n\n"
        "Exit codes: 0 no failing findings; 1 failing findings; 2 usage error or unusable data "
        "folder; 3 internal error."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gsscb {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Governance-as-code for the Gwent Strategic Safer Communities Board."""


COMMANDS: tuple[tuple[str, str], ...] = (
    # (command, "module:function" in gsscb_cli.commands); --help lists them in this order.
    # A command module imports only typer and gsscb_cli.options at the top, never this
    # module; each command imports what it needs when it runs. A Typer object (``new``)
    # becomes a group of subcommands.
    ("attendance", "attendance_cmd:attendance"),
    ("calendar", "calendar_cmd:calendar"),
    ("chart", "chart_cmd:chart"),
    ("map", "chart_cmd:partnership_map"),
    ("check", "check:check"),
    ("completion", "completion:completion"),
    ("compliance", "compliance_cmd:compliance"),
    ("deadlines", "deadlines_cmd:deadlines_cmd"),
    ("diff", "diff:diff"),
    ("init", "init_cmd:init"),
    ("list", "listing:list_"),
    ("new", "new:new_app"),
    ("meeting", "meeting_cmd:meeting_app"),
    ("partnership", "record_cmd:partnership_app"),
    ("obligation", "record_cmd:obligation_app"),
    ("action", "record_cmd:action_app"),
    ("quorum", "quorum_cmd:quorum"),
    ("render", "render:render"),
    ("rules", "rules_cmd:rules"),
    ("explain", "rules_cmd:explain"),
    ("site", "site_cmd:site"),
    ("validate", "validate:validate"),
)


def _register(target: typer.Typer) -> None:
    import importlib

    for name, where in COMMANDS:
        module_name, attr = where.split(":")
        command = getattr(importlib.import_module(f"gsscb_cli.commands.{module_name}"), attr)
        if isinstance(command, typer.Typer):
            target.add_typer(command, name=name)
        else:
            target.command(name)(command)


_register(app)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: domain errors become a message and an exit code, never a traceback."""
    try:
        try:
            app(args=argv, prog_name="gsscb")
        finally:
            sys.stdout.flush()  # a full disk or /dev/full as stdout fails here, not at exit
    except GsscbError as exc:
        typer.echo(f"gsscb: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("gsscb: interrupted", err=True)
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:
        sys.exit(EXIT_USAGE)
    except OSError as exc:
        if exc.errno not in _CANNOT_WRITE:
            _internal(exc)
        # standard output (or a file) could not be written: the machine's problem, not ours
        with contextlib.suppress(OSError):
            typer.echo(f"gsscb: cannot write the output: {exc.strerror}", err=True)
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # a bug: say so briefly, without locals or a traceback
        _internal(exc)


_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EFBIG, errno.EACCES}


def _internal(exc: BaseException) -> NoReturn:
    typer.echo(
        f"gsscb: internal error ({type(exc).__name__}: {exc}). Please report it with the command you ran.",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)
