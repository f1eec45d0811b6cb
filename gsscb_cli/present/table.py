"""Terminal tables that fit the terminal: the width goes to the text columns, and an id
is never cut or wrapped. When even that does not fit, each row keeps its ids and main
text on its own lines and the other columns follow as ``name: value`` on an indented
line. Every cell is passed through ``escape.terminal``; nothing is parsed as markup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text

from gsscb_cli.present.escape import terminal
from gsscb_cli.present.text import wrap

GAP = 2
MIN_TEXT = 16


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "short"  # "id" (never cut), "short" (kept whole when it fits), "text" (wraps)
    main: bool = False  # stays on the row's first line in the stacked layout
    style: str = ""


def _width(values: Sequence[str]) -> int:
    return max((cell_len(v) for v in values), default=0)


def _fold(value: str, width: int) -> list[str]:
    return [line.plain for line in wrap(Text(value), width, 0)] or [""]


def _columnar(columns: Sequence[Column], rows: list[list[str]], widths: list[int]) -> list[Text]:
    out = []
    header = Text()
    for i, (col, w) in enumerate(zip(columns, widths, strict=True)):
        header.append(col.name.ljust(w) + ("" if i == len(columns) - 1 else " " * GAP))
    header.stylize("bold")
    out.append(header)
    for row in rows:
        cells = [
            _fold(v, w) if col.kind != "id" else [v]
            for col, v, w in zip(columns, row, widths, strict=True)
        ]
        for n in range(max(len(c) for c in cells)):
            line = Text()
            for i, (col, c, w) in enumerate(zip(columns, cells, widths, strict=True)):
                part = c[n] if n < len(c) else ""
                pad = w - cell_len(part)
                line.append(part, style=col.style)
                if i < len(columns) - 1:
                    line.append(" " * (pad + GAP))
            line.rstrip()
            out.append(line)
    return out


def _fit(columns: Sequence[Column], rows: list[list[str]], width: int | None) -> list[int] | None:
    """Column widths that fit ``width``, wrapping only text columns; None when none do."""
    natural = [_width([c.name, *(r[i] for r in rows)]) for i, c in enumerate(columns)]
    total = sum(natural) + GAP * (len(columns) - 1)
    if width is None or total <= width:
        return natural
    text = [i for i, c in enumerate(columns) if c.kind == "text"]
    fixed = total - sum(natural[i] for i in text)
    room = width - fixed
    if not text or room < MIN_TEXT * len(text):
        return None
    widths = list(natural)
    # share the room out, the narrowest text column first, each taking no more than it needs
    left, count = room, len(text)
    for i in sorted(text, key=lambda i: natural[i]):
        widths[i] = min(natural[i], left // count)
        left -= widths[i]
        count -= 1
    return widths


def render(
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    width: int | None,
    title: str | None = None,
) -> list[Text]:
    cells = [["" if v is None else terminal(v) for v in row] for row in rows]
    out = [Text(terminal(title), style="bold")] if title else []
    widths = _fit(columns, cells, width)
    if widths is not None:
        return out + _columnar(columns, cells, widths)
    main = [i for i, c in enumerate(columns) if c.main]
    widths = _fit([columns[i] for i in main], [[r[i] for i in main] for r in cells], width)
    for row in cells:
        if widths is not None:
            first = [columns[i] for i in main]
            lines = _columnar(first, [[row[i] for i in main]], widths)[1:]
        else:
            lines = [w for i in main for w in wrap(Text(f"{columns[i].name}: {row[i]}"), width, 4)]
        rest = [f"{c.name}: {row[i]}" for i, c in enumerate(columns) if i not in main and row[i]]
        out.extend(lines)
        if rest:
            out.extend(wrap(Text("    " + "; ".join(rest), style="dim"), width, 4))
    if widths is not None:
        out.insert(1 if title else 0, _columnar([columns[i] for i in main], [], widths)[0])
    return out
