"""Writing lines to the terminal: the real width, colour only when asked or on a
terminal, and plain text (no rich rendering at all) to a pipe or a file."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from typing import TextIO

from rich.text import Text

from gsscb_cli.option_values import Color, console


def width(stream: TextIO | None = None) -> int | None:
    """Columns to fit: ``COLUMNS`` when set, else the terminal's; None (do not wrap) when
    writing to a pipe or a file."""
    value = os.environ.get("COLUMNS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        pass
    return None


def print_lines(lines: Iterable[Text], color: Color, stderr: bool = False) -> None:
    out = console(color, stderr=stderr)
    if out.is_terminal or color is Color.always:
        for line in lines:
            out.print(line, soft_wrap=True, crop=False)
        return
    stream = sys.stderr if stderr else sys.stdout
    stream.write("".join(line.plain.rstrip() + "\n" for line in lines))
