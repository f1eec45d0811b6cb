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
