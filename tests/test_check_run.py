"""``gsscb check`` and ``gsscb validate`` without typer on a plain command line
(commands/check_run.py, issue 14).

The fast reading must give exactly the values typer gives, or decline so typer reads the
line: its table of options is compared with the typer command's own, and its values with
the ones typer passes to the command over a corpus of command lines and environments.
"""

from __future__ import annotations

import os
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from gsscb_cli.commands import check_run
from tests.conftest import DATA, ROOT

ENV = ("GSSCB_DATA", "GSSCB_AS_OF", "GSSCB_NO_CACHE")


COMMANDS = {"check": (check_run.CHECK, "run"), "validate": (check_run.VALIDATE, "run_validate")}


def _typer_command(name: str) -> Any:
    from typer.main import get_command

    from gsscb_cli.cli import build_app

    return get_command(build_app(only=name)).commands[name]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_the_table_is_the_typer_commands_options(command: str) -> None:
    table = COMMANDS[command][0]
    flags: dict[str, str] = {}
    values: dict[str, str] = {}
    lists: dict[str, str] = {}
    choices: dict[str, type[Enum]] = {}
    envvars: dict[str, str] = {}
    defaults: dict[str, object] = {}
    for param in _typer_command(command).params:
        assert not param.secondary_opts, param.name
        assert param.nargs == 1 and not param.count and not param.is_eager, param.name
        assert param.callback is None and param.prompt is None, param.name
        table_for = flags if param.is_flag else lists if param.multiple else values
        table_for.update(dict.fromkeys(param.opts, param.name))
        annotation = param.type_descriptor.annotation
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            choices[param.name] = annotation
            assert param.type_descriptor.parameter_info.case_sensitive
        if param.envvar:
            envvars[param.name] = param.envvar
        defaults[param.name] = param.default
    assert flags == table.flags
    assert values == table.values
    assert lists == table.lists
    assert choices == {k: v for k, v in check_run.CHOICES.items() if k in defaults}
    assert envvars == table.envvars
    assert defaults == table.defaults()


def typer_values(
    argv: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch, command: str = "check"
) -> dict[str, object] | None:
    """The values typer passes to the command's work for ``gsscb COMMAND ARGV``, or None
    when typer refuses the line."""
    from typer._click.exceptions import ClickException

    from gsscb_cli.cli import build_app

    seen: list[dict[str, object]] = []

    def record(**values: object) -> int:
        seen.append(values)
        return 0

    with monkeypatch.context() as patch:
        for name in ENV:
            patch.delenv(name, raising=False)
        for name, value in env.items():
            patch.setenv(name, value)
        patch.setattr(check_run, COMMANDS[command][1], record)
        try:
            build_app(only=command)(args=[command, *argv], prog_name="gsscb", standalone_mode=False)
        except ClickException:
            return None
    assert len(seen) == 1
    return seen[0]


PLAIN = [
    [],
    ["--data", "d"],
    ["--data=examples/safer-vale"],
    ["--as-of", "2025-12-01"],
    ["--as-of=2025-12-01"],
    ["--as-of", "not a date"],  # the command words this one, not the parser
    ["-f", "json"],
    ["--format", "text"],
    ["--format=sarif"],
    ["--format", "github", "-f", "junit"],  # the last one counts
    ["--fail-on", "warning"],
    ["--fail-on=never", "--color", "never"],
    ["--color=always"],
    ["-v"],
    ["--verbose", "--statistics"],
    ["--no-cache"],
    ["--no-cache", "--no-cache", "-v", "-v"],
    ["-s", "quorum-not-met", "--select", "a,b", "-i", "x"],
    ["--select=a", "--ignore=b", "--ignore", "c"],
    ["--data", "a b", "--data", "Caerdydd/ŵyn"],
    [
        "--as-of",
        "2025-12-01",
        "--data",
        "examples/safer-vale",
        "-f",
        "json",
        "--fail-on",
        "never",
        "--color",
        "always",
        "-v",
        "--statistics",
        "--no-cache",
        "-s",
        "quorum-not-met",
        "-i",
        "x",
    ],
]
ENVS: list[dict[str, str]] = [
    {},
    {"GSSCB_DATA": "examples/safer-vale"},
    {"GSSCB_AS_OF": "2026-01-31"},
    *({"GSSCB_NO_CACHE": word} for word in check_run.ENV_FLAG_WORDS),
    {"GSSCB_DATA": "x", "GSSCB_AS_OF": "y", "GSSCB_NO_CACHE": "1"},
]


def _validates(argv: list[str]) -> bool:
    """Whether every option of ``argv`` is one ``validate`` takes too."""
    table = check_run.VALIDATE
    options = [a.partition("=")[0] for a in argv if a.startswith("-")]
    return all(o in table.flags or o in table.values or o in table.lists for o in options)


LINES = [("check", argv) for argv in PLAIN]
LINES += [("validate", argv) for argv in PLAIN if _validates(argv)]


@pytest.mark.parametrize(
    ("command", "argv"), LINES, ids=lambda v: " ".join(v) if isinstance(v, list) else v
)
def test_plain_command_lines_read_as_typer_reads_them(
    command: str, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    table = COMMANDS[command][0]
    for env in ENVS:
        fast = check_run.plain_arguments(argv, env, table)
        assert fast is not None, (argv, env)
        typers = typer_values(argv, env, monkeypatch, command)
        assert fast == typers, (argv, env)
        assert typers is not None  # (a str Enum equals its value: the types must match too)
        assert {k: type(v) for k, v in fast.items()} == {k: type(v) for k, v in typers.items()}


DECLINED = [
    ["--help"],
    ["-h"],
    ["--data", "d", "-h"],
    ["--"],
    ["--", "-v"],
    ["-vs", "x"],
    ["-fjson"],
    ["-s=x"],
    ["--bogus"],
    ["--form", "json"],  # no abbreviations in click: an error, worded by typer
    ["extra"],
    ["-"],
    ["--data"],
    ["--data="],
    ["--data", ""],
    ["--as-of", "-x"],
    ["--select", "--verbose"],
    ["--format", "nope"],
    ["--format", "JSON"],
    ["--color", "Always"],
    ["--verbose=1"],
    ["--no-cache=true"],
    ["--data", "a\tb"],
    ["--data", "a\nb"],
]


@pytest.mark.parametrize("argv", DECLINED, ids=" ".join)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert check_run.plain_arguments(argv, {}) is None
    assert check_run.plain_arguments(argv, {}, check_run.VALIDATE) is None


@pytest.mark.parametrize(
    "argv", [["-v"], ["--verbose"], ["--statistics"], ["-s", "x"], ["--ignore=y"]], ids=" ".join
)
def test_checks_own_options_are_left_to_typer_for_validate(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check_run.plain_arguments(argv, {}, check_run.VALIDATE) is None
    assert typer_values(argv, {}, monkeypatch, "validate") is None  # typer refuses them


@pytest.mark.parametrize(
    "env",
    [
        {"GSSCB_NO_CACHE": "on"},
        {"GSSCB_NO_CACHE": "TRUE"},
        {"GSSCB_NO_CACHE": " 1"},
        {"GSSCB_NO_CACHE": "2"},
        {"GSSCB_NO_CACHE": ""},
        {"GSSCB_DATA": ""},
        {"GSSCB_AS_OF": ""},
        {"GSSCB_AS_OF": "-1"},
    ],
)
def test_environment_values_it_does_not_know_are_left_to_typer(env: dict[str, str]) -> None:
    assert check_run.plain_arguments([], env) is None


def test_an_option_on_the_line_wins_over_its_environment_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {"GSSCB_DATA": "", "GSSCB_AS_OF": "", "GSSCB_NO_CACHE": "maybe"}
    argv = ["--data", "d", "--as-of", "2025-12-01", "--no-cache"]
    fast = check_run.plain_arguments(argv, env)
    assert fast is not None
    assert fast == typer_values(argv, env, monkeypatch)


def _gsscb(argv: list[str], *, via_typer: bool, cwd: Path = ROOT) -> tuple[int, str, str]:
    """Run ``gsscb ARGV`` in a fresh interpreter through ``cli.main``: as it is (the fast
    path when it can), or with the fast path declining every line (typer's path)."""
    code = "from gsscb_cli.cli import main\n"
    if via_typer:
        code += "from gsscb_cli.commands import check_run\n"
        code += "check_run.plain_arguments = lambda args, environ, table=None: None\n"
    code += f"main({argv!r})\n"
    env = {k: v for k, v in os.environ.items() if k not in ENV and k != "COLUMNS"}
    env["GSSCB_NO_CACHE"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--data", str(DATA), "--as-of", "2025-12-01", "--format", "text"],
        ["check", "--data", str(DATA), "--as-of", "2026-03-15", "-f", "json", "-v"],
        ["check", "--data", "examples/safer-vale/data", "--as-of", "2025-12-01", "--statistics"],
        ["check", "--as-of", "2025-12-01", "-f", "markdown", "--fail-on", "never"],
        ["check", "--as-of", "2025-12-01", "-s", "no-such-rule"],
        ["check", "--as-of", "2025-02-30"],
        ["check", "--data", "no-such-folder", "--as-of", "2025-12-01"],
        ["validate", "--data", str(DATA)],
        ["validate", "-f", "json", "--as-of", "2025-12-01"],
        ["validate", "--data", "examples/safer-vale/data", "--fail-on", "never", "-f", "sarif"],
        ["validate", "--as-of", "2025-02-30"],
        ["validate", "--data", "no-such-folder"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_the_fast_path_prints_what_typer_prints(argv: list[str]) -> None:
    table = COMMANDS[argv[0]][0]
    assert check_run.plain_arguments(argv[1:], {"GSSCB_NO_CACHE": "1"}, table) is not None
    assert _gsscb(argv, via_typer=False) == _gsscb(argv, via_typer=True)


def test_ctrl_c_and_a_closed_pipe_end_as_under_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(**values: object) -> int:
        raise KeyboardInterrupt

    def closed(**values: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    for broken, code in ((interrupted, 130), (closed, 1)):
        with monkeypatch.context() as patch:
            patch.setattr(check_run, "run", broken)
            patch.setattr(sys, "stdout", sys.stdout)
            patch.setattr(sys, "stderr", sys.stderr)
            assert check_run.run_plain(check_run.defaults()) == code
        with monkeypatch.context() as patch:
            patch.setattr(check_run, "run", broken)
            patch.setattr(sys, "stdout", sys.stdout)
            patch.setattr(sys, "stderr", sys.stderr)
            from gsscb_cli.cli import build_app

            with pytest.raises(SystemExit) as exited:
                build_app(only="check")(args=["check"], prog_name="gsscb")
            assert exited.value.code == code
