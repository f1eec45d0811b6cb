"""Markdown tables for papers: pipe tables for review, grid tables (which hold lists) for Word.

A cell is text, or a list of texts shown as a bulleted list. Cell text is already
Markdown, escaped by the context builder (a pipe in data text is already `\\|`).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

Cell = str | Sequence[str]

MAX_AUTO_WIDTH = 40


_LIST_MARKER = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def _cell_text(cell: object) -> str | list[str]:
    if cell is None:
        return ""
    if isinstance(cell, list | tuple):
        return [str(c) for c in cell]
    return str(cell)


def _not_a_list(value: str | list[str]) -> str | list[str]:
    """A grid-table cell is a block: "5." alone would start an empty numbered list in Word
    and lose the number, so the marker's punctuation is escaped."""
    if isinstance(value, list):
        return value
    return _LIST_MARKER.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", value)


def pipe_table(headers: Sequence[object], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub/pandoc pipe table; list cells become bullets separated by <br>.

    Cell text is escaped Markdown already (a pipe in data text is ``\\|``).
    """

    def show(cell: object) -> str:
        value = _cell_text(cell)
        text = "<br>".join(f"• {v}" for v in value) if isinstance(value, list) else value
        return " ".join(text.split())

    lines = ["| " + " | ".join(show(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines.extend("| " + " | ".join(show(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def _cell_lines(value: str | list[str], width: int) -> list[str]:
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    if isinstance(value, str):
        return wrap.wrap(value) if value.strip() else []
    # In a narrow column a Word list indent wastes a third of the width: each item is its
    # own paragraph, led by a bullet character.
    lines: list[str] = []
    for item in value:
        if lines:
            lines.append("")
        lines.extend(wrap.wrap(f"• {item}") if item.strip() else ["•"])
    return lines


def _longest_word(value: str | list[str]) -> int:
    texts = value if isinstance(value, list) else [value]
    return max((len(w) for t in texts for w in t.split()), default=0)


def grid_table(
    headers: Sequence[object], rows: Sequence[Sequence[object]], widths: Sequence[int] | None = None
) -> str:
    """A pandoc grid table; ``widths`` (in characters) set the columns' relative widths in Word."""
    if not rows:
        return pipe_table(headers, rows)
    head = [_cell_text(h) for h in headers]
    body = [[_not_a_list(_cell_text(c)) for c in row] for row in rows]
    ncols = len(head)
    if widths is None:
        widths = []
        for i in range(ncols):
            longest = max(
                [
                    len(" ".join(v) if isinstance(v, list) else v)
                    for v in [head[i], *(r[i] for r in body)]
                ]
            )
            widths.append(max(6, min(longest, MAX_AUTO_WIDTH)))
    # a column is never narrower than its longest word (plus a bullet), so nothing is cut
    cols = [
        max(w, _longest_word(head[i]) + 2, *(_longest_word(r[i]) + 2 for r in body))
        for i, w in enumerate(widths)
    ]

    def border(char: str) -> str:
        return "+" + "+".join(char * (w + 2) for w in cols) + "+"

    def render_row(cells: list[str | list[str]]) -> list[str]:
        wrapped = [_cell_lines(c, cols[i]) for i, c in enumerate(cells)]
        height = max(1, *(len(w) for w in wrapped))
        out = []
        for n in range(height):
            parts = [(w[n] if n < len(w) else "").ljust(cols[i]) for i, w in enumerate(wrapped)]
            out.append("| " + " | ".join(parts) + " |")
        return out

    lines = [border("-"), *render_row(head), border("=")]
    for row in body:
        lines.extend(render_row(row))
        lines.append(border("-"))
    return "\n".join(lines)
