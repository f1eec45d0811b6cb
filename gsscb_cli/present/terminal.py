"""Writing lines to the terminal: the real width, colour only when asked or on a
terminal, and plain text (no rich rendering at all) to a pipe or a file."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from gsscb_cli.option_values import Color, console

if TYPE_CHECKING:
    from rich.text import Text


def width(stream: TextIO | None = None) -> int | None:
    """Columns to fit: ``COLUMNS`` when set, else the terminal's; None (do not wrap) when
    writing to a pipe or a file."""
    value = os.environ.get("COLUMNS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            import shutil  # (here: it imports bz2 and lzma, 5 ms of a check to a pipe)

            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        pass
    return None


def plain_stream(color: Color, stderr: bool = False) -> TextIO | None:
    """The stream to write plain lines to, without rich, when rich would surely write
    them plain too (``print_lines``): no colour asked for, no variable that makes rich
    treat a pipe as a terminal (``FORCE_COLOR``, ``TTY_COMPATIBLE``), not in Jupyter or
    IDLE, and not a terminal. None when rich must decide."""
    if color is Color.always or "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return None
    if "IPython" in sys.modules or "idlelib" in sys.modules:
        return None
    stream = sys.stderr if stderr else sys.stdout
    try:
        return None if stream.isatty() else stream
    except (AttributeError, ValueError, OSError):
        return None


def print_lines(lines: Iterable[Text], color: Color, stderr: bool = False) -> None:
    out = console(color, stderr=stderr)
    if out.is_terminal or color is Color.always:
        for line in lines:
            out.print(line, soft_wrap=True, crop=False)
        return
    stream = sys.stderr if stderr else sys.stdout
    stream.write("".join(line.plain.rstrip() + "\n" for line in lines))
