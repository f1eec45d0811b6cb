"""The text report without rich (present/text.py's ``render_plain_lines``): to a pipe or
a file it is written as plain strings, and those must be the characters the rich lines
give (``print_lines`` writes each rich line's plain text without its trailing spaces),
at every width, for any message, wide characters and long words included."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gsscb_cli.findings import Basis, Citation, Finding, Location, Ref, Severity
from gsscb_cli.option_values import Color
from gsscb_cli.present import Report, terminal, text

# words, spaces (runs of them too), wide and zero-width characters, control characters
ALPHABET = st.sampled_from(
    [*"abc xyz  -:/", "\u00e9", "\u4e2d", "\u65e5", "\U0001f600", "\u0301", "\t", "\x07"]
)
words = st.text(ALPHABET, max_size=90)


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    severity = draw(st.sampled_from(list(Severity)))
    line = draw(st.none() | st.integers(1, 999))
    return Finding(
        rule=draw(st.sampled_from(["quorum", "obligation-overdue", "x" * 30])),
        severity=severity,
        message=draw(words),
        location=Location(draw(words) or "f.yaml", line, None if line is None else 3),
        subject=Ref(draw(st.sampled_from(["partnership", "meeting", "file"])), draw(words)),
        basis=draw(st.sampled_from(list(Basis))),
        due=draw(st.none() | st.just(dt.date(2026, 1, 31))),
        citation=draw(st.none() | st.just(Citation("ToR", "Quorum", None))),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(findings(), max_size=8),
    st.none() | st.integers(1, 120),
    st.booleans(),
    st.booleans(),
)
def test_plain_lines_are_the_rich_lines_characters(
    found: list[Finding], width: int | None, verbose: bool, statistics: bool
) -> None:
    names = {f.subject: "A name" for f in found[:2]}
    report = Report.of(
        found,
        dt.date(2026, 1, 1),
        names=names,
        verbose=verbose,
        statistics=statistics,
        width=width,
    )
    rich_lines = [line.plain.rstrip() for line in text.render_lines(report)]
    assert text.render_plain_lines(report) == rich_lines
    assert text.render_plain(report) == "\n".join(rich_lines)


def test_the_plain_stream_is_rich_s_own_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """``plain_stream`` answers only where rich would print plain: never for a terminal
    or ``--color always``, never when FORCE_COLOR or TTY_COMPATIBLE may change rich's mind."""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe = io.StringIO()
    monkeypatch.setattr("sys.stdout", pipe)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    assert terminal.plain_stream(Color.auto) is pipe
    assert terminal.plain_stream(Color.never) is pipe
    assert terminal.plain_stream(Color.always) is None
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.setenv(name, "1")
        assert terminal.plain_stream(Color.auto) is None
        monkeypatch.delenv(name)
    monkeypatch.setattr("sys.stdout", Tty())
    assert terminal.plain_stream(Color.auto) is None


def _break_at_by_cells(line: str, room: int) -> int:
    """The break as present/text.py found it before ASCII had its shortcut: the longest
    head whose cells (rich's measure) fit ``room``, back to its last space."""
    from rich.cells import cell_len

    fit = used = 0
    for i, ch in enumerate(line):
        used += cell_len(ch)
        if used > room:
            break
        fit = i + 1
    space = line.rfind(" ", 0, fit + 1)
    return space if space > 0 else max(1, fit)


@settings(max_examples=500, deadline=None)
@given(line=st.text(st.sampled_from([*"ab z:-/", "\u00e9", "\u4e2d"]), min_size=1, max_size=60)
       | st.text(st.sampled_from([*"abc xyz-:/"]), min_size=1, max_size=60),
       room=st.integers(-2, 70))  # fmt: skip
def test_a_line_breaks_where_its_cells_say(line: str, room: int) -> None:
    """ASCII text is measured a cell a character without a loop: the same break."""
    assert text._break_at(line, room) == _break_at_by_cells(line, room)


def test_a_long_ascii_line_wraps_at_the_last_space_that_fits() -> None:
    line = "  meetings/a-2025.yaml:3:1: warning quorum: the meeting was not quorate today"
    assert text.wrap_plain(line, 40) == [
        "  meetings/a-2025.yaml:3:1: warning",
        "      quorum: the meeting was not",
        "      quorate today",
    ]
