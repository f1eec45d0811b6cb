"""The ``gsscb`` command line: one small function per command, each calling the core.

Exit codes: 0 nothing at or above the failing severity; 1 findings that fail;
2 usage error or an unusable data folder or output path; 3 an internal error
(a bug: please report it).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import TYPE_CHECKING, NoReturn

from gsscb_cli import __version__
from gsscb_cli.errors import EXIT_USAGE, GsscbError

if TYPE_CHECKING:  # typer is imported when a command runs, not for a --help from help.json
    import typer

EXIT_INTERNAL = 3


def _version(value: bool) -> None:
    import typer

    if value:
        typer.echo(f"gsscb {__version__}")
        raise typer.Exit()


def _new_app() -> typer.Typer:
    import typer

    from gsscb_cli.cli_coercion import install

    install()  # plain option values converted without pydantic (cli_coercion.py)

    def _root(
        version: bool = typer.Option(
            False,
            "--version",
            callback=_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ) -> None:
        """Governance-as-code for the Gwent Strategic Safer Communities Board."""

    new = typer.Typer(
        name="gsscb",
        help=(
            "Governance-as-code for the Gwent Strategic Safer Communities Board: validate the "
            "board's record, check quorum, compliance gaps and deadlines, and render board "
            "papers.\n\nExit codes: 0 no failing findings; 1 failing findings; 2 usage error or "
            "unusable data folder; 3 internal error."
        ),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    new.callback()(_root)
    return new


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


_NAMES = frozenset(name for name, _ in COMMANDS)


def _register(target: typer.Typer, only: str | None = None) -> None:
    """Add the commands to ``target``: every one, or only the one named (the rest unimported)."""
    import importlib

    import typer

    for name, where in COMMANDS:
        if only is not None and name != only:
            continue
        module_name, attr = where.split(":")
        command = getattr(importlib.import_module(f"gsscb_cli.commands.{module_name}"), attr)
        if isinstance(command, typer.Typer):
            target.add_typer(command, name=name)
        else:
            target.command(name)(command)


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with only the command named (issue 14: a run
    imports and builds the one command it runs; its options, help and errors are the same)."""
    built = _new_app()
    _register(built, only)
    return built


def whole_app() -> typer.Typer:
    """The app with every command, built once (``gsscb --help``, completion, tests)."""
    import typer

    built = globals().get("app")
    if not isinstance(built, typer.Typer):
        built = build_app()
        globals()["app"] = built
    return built


def __getattr__(name: str) -> typer.Typer:
    """``from gsscb_cli.cli import app``: the whole app, built on first use."""
    if name == "app":
        return whole_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app_for(args: list[str]) -> typer.Typer:
    """The app a run needs: only the command named first, unless the shell is completing
    (it may ask about any command) or no command is named (--help, --version: all of them)."""
    if args and args[0] in _NAMES and not os.environ.get(_COMPLETE_VAR):
        return build_app(only=args[0])
    return whole_app()


_COMPLETE_VAR = "_GSSCB_COMPLETE"


_ENDS_AT_ONCE = False
"""Set by ``console``: the process is gsscb's own, and ends when ``main`` is done."""


def console() -> None:
    """The ``gsscb`` console script and ``python -m gsscb_cli``: ``main``, and a plain
    ``check`` or ``validate`` ends the process at once when its output is written. A large
    folder's load is millions of objects: freeing them one by one (as the load is dropped,
    or as the interpreter ends) was a thirtieth of a cold check at bench scale 100. mypy
    ends the same way. Not when anything is to run at exit (``_nothing_at_exit``); and
    ``main`` itself returns, for the tests that call it in-process."""
    global _ENDS_AT_ONCE
    _ENDS_AT_ONCE = True
    main()


def _nothing_at_exit() -> bool:
    """Whether the interpreter's end would run nothing but the freeing: the interpreter
    was started for gsscb itself (``_started_for_gsscb``: not a host that calls the entry
    point, nor ``python -m pdb``), with no prompt to give after it (``python -i``), no
    exit handler registered (coverage saves its data in one), no profiler or tracer
    (``python -m cProfile`` prints after the code returns)."""
    import atexit

    count = getattr(atexit, "_ncallbacks", None)
    return (
        _started_for_gsscb(getattr(sys, "orig_argv", []))
        and not sys.flags.inspect
        and not os.environ.get("PYTHONINSPECT")
        and count is not None
        and count() == 0
        and sys.getprofile() is None
        and not sys.gettrace()
    )


_WITH_VALUE = {"-X", "-W", "--check-hash-based-pycs"}
"""The interpreter's options that take the next argument as their value."""


def _started_for_gsscb(argv: list[str]) -> bool:
    """Whether the interpreter's own command line (``sys.orig_argv``) runs gsscb: its
    program is ``-m gsscb_cli`` or the ``gsscb`` console script, after any options."""
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "-m":
            return argv[i + 1 : i + 2] == ["gsscb_cli"]
        if arg == "-c" or (arg.startswith(("-c", "-m")) and not arg.startswith("--")):
            return False  # a program given inline (or "-mpdb"): not gsscb's own process
        if arg in _WITH_VALUE:
            i += 2
            continue
        if arg.startswith("-") and arg != "-":
            i += 1
            continue
        name = os.path.basename(arg).lower()
        return name in ("gsscb", "gsscb.exe", "gsscb-script.py")
    return False


def _end_at_once(code: int) -> NoReturn:
    """Flush what was written (a failure is reported as ``main`` reports it), then end
    without the interpreter's teardown: nothing of gsscb's is left to do at exit. (A
    stream closed before the run is None: nothing to flush.)"""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: domain errors become a message and an exit code, never a traceback."""
    try:
        try:
            args = sys.argv[1:] if argv is None else list(argv)
            if args and args[-1] in ("--help", "-h"):
                from gsscb_cli.help_fast import answer

                if answer(args):  # a help page from help.json, as typer renders it
                    sys.exit(0)
            if args and args[0] in ("check", "validate") and not os.environ.get(_COMPLETE_VAR):
                from gsscb_cli.commands import check_run

                table = check_run.CHECK if args[0] == "check" else check_run.VALIDATE
                values = check_run.plain_arguments(args[1:], os.environ, table)
                if values is not None:  # plain: the values typer would give, without typer
                    at_once = _ENDS_AT_ONCE and _nothing_at_exit()
                    if at_once:
                        check_run.KEPT = []  # the load lives until the process ends
                    code = check_run.run_plain(values, args[0])
                    if at_once and _nothing_at_exit():
                        _end_at_once(code)
                    sys.exit(code)
            _app_for(args)(args=args, prog_name="gsscb")
        finally:
            sys.stdout.flush()  # a full disk or /dev/full as stdout fails here, not at exit
    except GsscbError as exc:
        _say(f"gsscb: {exc.message}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _say("gsscb: interrupted")
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:
        sys.exit(EXIT_USAGE)
    except OSError as exc:
        if exc.errno not in _CANNOT_WRITE:
            _internal(exc)
        # standard output (or a file) could not be written: the machine's problem, not ours
        with contextlib.suppress(OSError):
            _say(f"gsscb: cannot write the output: {exc.strerror}")
        _drop_unwritable_stdout()
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # a bug: say so briefly, without locals or a traceback
        _internal(exc)


_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EFBIG, errno.EACCES}


def _drop_unwritable_stdout() -> None:
    """Standard output that cannot take what waits in its buffer (a full disk, /dev/full)
    is pointed at os.devnull, as Python's documentation does for a closed pipe: else the
    interpreter's own last flush fails again, prints "Exception ignored ... OSError" and
    ends with 120, not the usage error said. Nothing is lost that could be written."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
    except (OSError, ValueError):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, stream.fileno())
            finally:
                os.close(devnull)


def _say(message: str) -> None:
    import typer

    typer.echo(message, err=True)


def _internal(exc: BaseException) -> NoReturn:
    _say(
        f"gsscb: internal error ({type(exc).__name__}: {exc}). Please report it with the command you ran."
    )
    sys.exit(EXIT_INTERNAL)
