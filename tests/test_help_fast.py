"""``gsscb --help`` from help.json is typer's own page, byte for byte (gsscb_cli/help_fast.py).

Every page (the top level, every command, every group and subcommand) is rendered both
ways at several widths, plain and coloured; the committed help.json must be current; a
stale or missing one, or a request that is not a plain --help, goes to typer.
"""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.rich_utils

from gsscb_cli import help_fast
from gsscb_cli.cli import whole_app
from tests.test_startup import run_and_list_modules

WIDTHS = ("40", "80", "123", "200")


@pytest.fixture(scope="module")
def snapshot() -> dict[str, Any]:
    built = help_fast.build()
    return json.loads(json.dumps(built))  # as the file holds it


def typer_page(path: list[str]) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        typer.main.get_command(whole_app()).main(
            [*path, "--help"], prog_name="gsscb", standalone_mode=False
        )
    return out.getvalue()


def fast_page(page: dict[str, Any]) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        help_fast._render(page, help_fast._console())
        sys.stdout.write("\n")
    return out.getvalue()


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
def test_every_page_is_typers_page(
    snapshot: dict[str, Any], colour: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = snapshot["pages"]
    assert {"", "check", "new", "new meeting", "meeting held"} <= set(pages)
    assert len(pages) >= 30
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERMINAL_WIDTH", raising=False)
    if colour:
        monkeypatch.setenv("FORCE_COLOR", "1")
        monkeypatch.setenv("TERM", "xterm-256color")
        monkeypatch.setattr(typer.rich_utils, "FORCE_TERMINAL", True)
    else:
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.delenv("FORCE_COLOR", raising=False)
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", width)
        for name, page in pages.items():
            theirs = typer_page(name.split() if name else [])
            assert fast_page(page) == theirs, f"gsscb {name} --help at {width} columns"
            assert ("\x1b[" in theirs) is colour


def test_the_committed_help_json_is_current(snapshot: dict[str, Any]) -> None:
    committed = json.loads(Path(help_fast.SNAPSHOT).read_text(encoding="utf-8"))
    assert committed == snapshot, "help.json is out of date: run python -m gsscb_cli.help_fast"
    assert help_fast._read() is not None  # and its digest matches the files it names


def test_only_a_plain_help_of_a_known_page_is_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answered(*args: str) -> bool:
        with redirect_stdout(io.StringIO()):
            return help_fast.answer(list(args))

    assert answered("--help") and answered("-h") and answered("check", "--help")
    assert answered("meeting", "held", "-h")
    assert not answered("check")
    assert not answered("frobnicate", "--help")
    assert not answered("check", "--data", "x", "--help")
    assert not answered("check", "--", "--help")
    monkeypatch.setenv("_GSSCB_COMPLETE", "bash_complete")
    assert not answered("--help")
    monkeypatch.delenv("_GSSCB_COMPLETE")
    monkeypatch.setenv("TERMINAL_WIDTH", "wide")  # typer's own error, not ours
    assert not answered("--help")


def test_a_stale_or_broken_help_json_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    committed = json.loads(Path(help_fast.SNAPSHOT).read_text(encoding="utf-8"))
    copy = tmp_path / "help.json"
    monkeypatch.setattr(help_fast, "SNAPSHOT", str(copy))
    for broken in (
        {**committed, "key": "0" * 32},  # a source file changed since it was written
        {**committed, "sources": [*committed["sources"], "gone.py"]},
        {**committed, "format": 0},
    ):
        copy.write_text(json.dumps(broken), encoding="utf-8")
        assert help_fast._read() is None
    copy.write_text("{not json", encoding="utf-8")
    assert help_fast._read() is None
    copy.unlink()
    assert help_fast._read() is None
    # a source changed: its digest is another
    sources = committed["sources"]
    monkeypatch.setattr(help_fast, "_PACKAGE", str(tmp_path))
    assert help_fast.sources_key(sources) is None  # (the files are not there)


def test_help_imports_neither_typer_nor_the_commands() -> None:
    prefixes = ("typer", "gsscb_cli.commands")
    exit_line, out, modules = run_and_list_modules(["check", "--help"], prefixes)
    assert (exit_line, modules) == ("exit 0", [])
    assert "Usage: gsscb check [OPTIONS]" in out
