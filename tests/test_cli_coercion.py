"""Plain command-line values converted without pydantic give typer's own values and errors.

gsscb_cli/cli_coercion.py converts str, int, bool, Path, choices and list[str] itself
and hands anything else to typer's pydantic conversion. Here every parameter of every
command converts a corpus of values both ways: the same value of the same type, or the
same error message.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer import _coercion
from typer._click import Context
from typer._click.exceptions import BadParameter

from gsscb_cli.cli import app
from gsscb_cli.cli_coercion import FastRuntimeParam, install
from tests.test_startup import run_and_list_modules

STRINGS = [
    "", " ", "42", "0042", "-1", "+5", " 7", "7 ", "1_000", "4.0", "1e3", "٣", "x", "9" * 18,
    "9" * 19, "9" * 5000, "true", "TRUE", "Yes", " on ", "Off", "f", "N", "nope", "1", "0",
    "auto", "AUTO", "Auto", "never", "json", "data", ".", "a\x00b", "~/x", "\udcff", "é/ü",
    "-", "--data", "x" * 300,
]  # fmt: skip
OTHERS: list[Any] = [
    None, True, False, 0, 1, 7, Path("data"), Path(""), [], ["a", "b"], ("a",), ("a", 1),
    ["x", None], b"bytes",
]  # fmt: skip


def params() -> Iterator[tuple[str, Any, Context]]:
    def walk(command: Any, path: str, parent: Context | None) -> Iterator[tuple[str, Any, Context]]:
        ctx = Context(command, info_name=path.rsplit(" ", 1)[-1], parent=parent)
        for param in command.params:
            if hasattr(param, "type_descriptor"):
                yield f"{path} {param.name}", param, ctx
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}", ctx)

    yield from walk(typer.main.get_command(app), "gsscb", None)


def outcome(runtime: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        got = runtime.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.format_message()
    return type(got).__name__, got


def test_every_parameter_converts_as_typer_does(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    checked = fast = 0
    for where, param, ctx in params():
        ours = typer.core.build_runtime_param(param.type_descriptor)
        theirs = _coercion.build_runtime_param(param.type_descriptor)
        fast += isinstance(ours, FastRuntimeParam)
        values: list[Any] = [*STRINGS, *OTHERS]
        annotation = param.type_descriptor.annotation
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            values += list(annotation)
        if param.multiple or param.nargs == -1:
            values = [v for v in values if not isinstance(v, str)] + [[s] for s in STRINGS]
        for value in values:
            with pytest.MonkeyPatch.context() as mp:
                mp.chdir(tmp_path)
                want = outcome(theirs, value, param, ctx)
                got = outcome(ours, value, param, ctx)
            assert got == want, f"{where}: {value!r}"
            checked += 1
    assert fast > 250, "most parameters should convert without pydantic"
    assert checked > 10_000


def test_install_is_idempotent() -> None:
    assert install() is True
    assert install() is True
    assert getattr(typer.core.build_runtime_param, "_gsscb_fast", False)


def test_a_check_imports_no_pydantic() -> None:
    argv = ["check", "--data", "data", "--as-of", "2026-12-01", "--format", "json"]
    exit_line, _, modules = run_and_list_modules([*argv, "--fail-on", "never"], ("pydantic",))
    assert (exit_line, modules) == ("exit 0", [])
