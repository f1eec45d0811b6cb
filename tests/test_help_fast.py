"""``gsscb --help`` from help.json is typer's own page, byte for byte (gsscb_cli/help_fast.py).

Every page (the top level, every command, every group and subcommand) is rendered both
ways at several widths, plain and coloured; without colour it is laid out without rich
(gsscb_cli/help_plain.py), compared at every width from 1 to 200 for some pages and at a
spread of widths for all; the committed help.json must be current; a stale or missing
one, or a request that is not a plain --help, goes to typer.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.rich_utils

from gsscb_cli import help_fast, help_plain
from gsscb_cli.cli import whole_app
from tests.test_startup import run_and_list_modules

WIDTHS = ("40", "80", "123", "200")


@pytest.fixture(scope="module")
def snapshot() -> dict[str, Any]:
    built = help_fast.build()
    return json.loads(json.dumps(built))  # as the file holds it


@functools.cache
def _typer_command() -> Any:
    return typer.main.get_command(whole_app())  # (the width is read as each page is drawn)


def typer_page(path: list[str]) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        _typer_command().main([*path, "--help"], prog_name="gsscb", standalone_mode=False)
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
        _plain_env(monkeypatch)
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


EVERY_WIDTH_PAGES = ("", "render", "meeting held", "completion")  # commands, folds, required
SPREAD = (1, 5, 17, 27, 41, 52, 64, 80, 99, 123, 163, 251)


def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No colour, as in a pipe, even where the tests run under GitHub Actions (whose
    GITHUB_ACTIONS makes typer, and so gsscb, write colour)."""
    for name in ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "TERMINAL_WIDTH", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("_TYPER_FORCE_DISABLE_TERMINAL", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(typer.rich_utils, "FORCE_TERMINAL", None)  # read at typer's import


def _answered_without_rich(args: list[str]) -> str:
    """``answer``'s page, failing if it asked rich (the fallback) for it."""

    def no_rich() -> None:
        raise AssertionError("the plain page went to rich")

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, redirect_stdout(out):
        patch.setattr(help_fast, "_console", no_rich)
        assert help_fast.answer(args)
    return out.getvalue()


@pytest.mark.parametrize(
    ("names", "widths"),
    [
        (EVERY_WIDTH_PAGES, range(1, 201)),
        (None, SPREAD),
    ],
    ids=["some-pages-every-width", "every-page-a-spread"],
)
def test_a_plain_page_is_typers_page_without_rich(
    snapshot: dict[str, Any],
    names: tuple[str, ...] | None,
    widths: range | tuple[int, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages = snapshot["pages"]
    assert all(page["plain"] for page in pages.values()), "a page help_plain cannot lay out"
    for width, name in itertools.product(widths, names or list(pages)):
        _plain_env(monkeypatch)
        monkeypatch.setenv("COLUMNS", str(width))
        theirs = typer_page(name.split() if name else [])
        assert "\x1b[" not in theirs
        assert help_plain.layout(pages[name], width) + "\n" == theirs, (
            f"gsscb {name} --help at {width} columns"
        )
    # and through answer, the way gsscb calls it (help.json as committed)
    for name in names or list(pages):
        _plain_env(monkeypatch)
        monkeypatch.setenv("COLUMNS", "80")
        args = [*name.split(), "--help"]
        assert _answered_without_rich(args) == typer_page(name.split())


def test_help_plain_refuses_what_it_cannot_lay_out(snapshot: dict[str, Any]) -> None:
    page = snapshot["pages"]["check"]
    assert help_plain.layout(page, 80)
    for changed in (
        {**page, "plain": False},
        {**page, "help": {**page["help"], "first": "Caf\u00e9 au lait"}},  # not one cell each
        {**page, "help": {**page["help"], "first": "a\tb"}},
        {**page, "usage": "Usage: \x1b[1mgsscb\x1b[0m"},
        {**page, "help": {**page["help"], "deprecated": True}},
    ):
        with pytest.raises(help_plain.Unsure):
            help_plain.layout(changed, 80)
    # words rich reads as markup, and docstrings cleandoc would change, are left to rich
    assert help_fast._plain_words(page)
    for first in ("[bold]Bold[/bold] words", "a :thumbs_up: code", r"an \[escape]", "  indented"):
        assert not help_fast._plain_words({**page, "help": {**page["help"], "first": first}})
    assert not help_fast._plain_words({**page, "panels": [{**page["panels"][0], "name": "[b]X"}]})


class _Stream(io.StringIO):
    def __init__(self, tty: bool, encoding: str = "utf-8") -> None:
        super().__init__()
        self._tty = tty
        self._encoding = encoding

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"COLUMNS": "100"},
    {"COLUMNS": "wide"},
    {"COLUMNS": "0"},
    {"TERMINAL_WIDTH": "90", "COLUMNS": "100"},
    {"TERMINAL_WIDTH": "0"},
    {"FORCE_COLOR": "1"},
    {"FORCE_COLOR": ""},
    {"PY_COLORS": "1"},
    {"GITHUB_ACTIONS": "true"},
    {"_TYPER_FORCE_DISABLE_TERMINAL": "1"},
    {"_TYPER_FORCE_DISABLE_TERMINAL": "1", "FORCE_COLOR": "1"},
    {"TTY_COMPATIBLE": "0"},
    {"TTY_COMPATIBLE": "1"},
    {"TERM": "dumb"},
    {"TERM": "dumb", "COLUMNS": "120"},
    {"NO_COLOR": "1"},
    {"COLORTERM": "truecolor", "TERM": "xterm-256color"},
]


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("environment", ENVIRONMENTS, ids=lambda e: ",".join(e) or "none")
def test_plain_width_is_what_rich_decides(
    environment: dict[str, str], tty: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ("COLUMNS", "LINES", "TERMINAL_WIDTH", "FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS")
    for name in (*names, "_TYPER_FORCE_DISABLE_TERMINAL", "TTY_COMPATIBLE", "NO_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("COLORTERM", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", _Stream(tty))
    monkeypatch.setattr(os, "get_terminal_size", _no_terminal)
    width = help_fast.plain_width()
    console = help_fast._console()
    if width is not None:  # the promise: rich would write no colour, at this width
        assert console.color_system is None and not console.is_terminal
        assert console.width == width
    else:  # only a terminal (colour, or a dumb one) or no width at all goes to rich
        assert console.is_terminal or console.width < 1, "a plain page went to rich"


def _no_terminal(descriptor: int = 0) -> os.terminal_size:
    raise OSError("not a terminal")


def test_plain_width_asks_the_terminal_as_rich_does(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("COLUMNS", "TERMINAL_WIDTH", "FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "stdout", _Stream(False))
    asked: list[int] = []

    def size(descriptor: int = 0) -> os.terminal_size:
        asked.append(descriptor)
        if descriptor == 0:
            raise OSError("stdin is not a terminal")
        return os.terminal_size((133, 40))

    monkeypatch.setattr(os, "get_terminal_size", size)
    assert help_fast.plain_width() == 133 == help_fast._console().width
    assert asked[:2] == [0, 1]
    monkeypatch.setattr(os, "get_terminal_size", lambda descriptor=0: os.terminal_size((0, 0)))
    assert help_fast.plain_width() == 80 == help_fast._console().width
    monkeypatch.setattr(sys, "stdout", _Stream(False, encoding="latin-1"))  # ASCII boxes
    assert help_fast.plain_width() is None


def test_coloured_help_still_goes_to_rich_and_is_typers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERMINAL_WIDTH", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "90")
    monkeypatch.setattr(typer.rich_utils, "FORCE_TERMINAL", True)
    assert help_fast.plain_width() is None
    out = io.StringIO()
    with redirect_stdout(out):
        assert help_fast.answer(["check", "--help"])
    assert out.getvalue() == typer_page(["check"])
    assert "\x1b[" in out.getvalue()


def test_gsscb_help_imports_no_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    _plain_env(monkeypatch)  # (the subprocess inherits the environment)
    prefixes = ("rich", "typer", "gsscb_cli.commands")
    for argv in (["--help"], ["meeting", "held", "--help"]):
        exit_line, out, modules = run_and_list_modules(argv, prefixes)
        assert (exit_line, modules) == ("exit 0", []), argv
        assert f"Usage: gsscb {' '.join(argv[:-1])}".rstrip() + " [OPTIONS]" in out
        assert "\u2570" in out  # a panel was drawn
