"""A help page laid out as rich lays it out, without importing rich (issue 14).

``gsscb --help`` is a few panels of text; importing rich to draw them was most of the
command's time. This module is a port of the exact rich code paths typer's help uses
(rich 15: ``Text.wrap`` and ``_wrap.divide_line``, ``Padding``, ``Align`` of a group,
``Table`` without a box and its column widths (``_calculate_column_widths``,
``_collapse_widths``, ``_ratio``), ``Columns``, ``Panel`` with the ROUNDED box and a
left title, the console's cropping), reduced to what a page without colour needs: the
characters. A style changes no character, so it is not carried.

It lays out only what it can lay out exactly: printable ASCII words (every character one
cell wide), left or default justification. Anything else raises ``Unsure`` and the
caller falls back to rich. ``tests/test_help_fast.py`` compares every page with typer's
own at every width from 1 to 200.
"""

from __future__ import annotations

import re
from itertools import pairwise
from math import ceil
from typing import Any, NamedTuple, Protocol

ELLIPSIS = "\u2026"
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = re.compile(r"\s+$")
# box.ROUNDED's corners and edges
_TOP_LEFT, _TOP, _TOP_RIGHT = "\u256d", "\u2500", "\u256e"
_SIDE = "\u2502"
_BOTTOM_LEFT, _BOTTOM_RIGHT = "\u2570", "\u256f"


class Unsure(Exception):
    """Something this port does not lay out exactly as rich would: ask rich."""


class Opts(NamedTuple):
    """The part of rich's ConsoleOptions that changes characters."""

    width: int
    justify: str | None = None
    overflow: str | None = None
    no_wrap: bool | None = None

    def update_width(self, width: int) -> Opts:
        return self._replace(width=width)


class Measure(NamedTuple):
    minimum: int
    maximum: int

    def normalize(self) -> Measure:
        minimum = min(max(0, self.minimum), self.maximum)
        return Measure(max(0, minimum), max(0, max(minimum, self.maximum)))

    def with_maximum(self, width: int) -> Measure:
        return Measure(min(self.minimum, width), min(self.maximum, width))


class Renderable(Protocol):
    def render(self, opts: Opts) -> str: ...


def _single(text: str) -> bool:
    """rich's ``_is_single_cell_widths`` for the characters a page can hold."""
    if text.isascii() and text.isprintable():
        return True
    return all(" " <= c <= "~" or "\u2500" <= c <= "\u25fc" for c in text)


def set_cell_size(text: str, total: int) -> str:
    if _single(text):
        size = len(text)
        if size < total:
            return text + " " * (total - size)
        return text[:total]
    if total <= 0:
        return ""
    size = len(text)  # every character here is one cell (see _check)
    if size == total:
        return text
    if size < total:
        return text + " " * (total - size)
    return text[:total]


def _chop(text: str, width: int) -> list[str]:
    return [text[index : index + width] for index in range(0, len(text), width)]


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """rich._wrap.divide_line, for text whose characters are each one cell."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start = match.start()
        word = match.group(0)
        word_length = len(word.rstrip())
        if width - offset >= word_length:
            offset += len(word)
        elif word_length > width:
            if fold:
                folded = _chop(word, width)
                for index, line in enumerate(folded):
                    if start:
                        breaks.append(start)
                    if index == len(folded) - 1:
                        offset = len(line)
                    else:
                        start += len(line)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _check(text: str) -> None:
    for line in text.split("\n"):
        if not (line.isascii() and line.isprintable()):
            raise Unsure(text)


class Text:
    """rich.text.Text without styles."""

    def __init__(
        self,
        plain: str,
        *,
        justify: str | None = None,
        overflow: str | None = None,
        no_wrap: bool | None = None,
        end: str = "\n",
        checked: bool = False,
    ) -> None:
        if not checked:
            _check(plain)
        self.plain = plain
        self.justify = justify
        self.overflow = overflow
        self.no_wrap = no_wrap
        self.end = end

    def measure(self, opts: Opts) -> Measure:
        lines = self.plain.splitlines()
        maximum = max((len(line) for line in lines), default=0)
        words = self.plain.split()
        minimum = max((len(word) for word in words), default=maximum)
        return Measure(minimum, maximum)

    def wrap(self, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
        no_wrap = no_wrap or overflow == "ignore"
        out: list[str] = []
        for line in self.plain.split("\n"):
            if no_wrap:
                if overflow == "ignore":
                    out.append(line)
                    continue
                new = [line]
            else:
                offsets = divide_line(line, width, fold=overflow == "fold")
                bounds = [0, *offsets, len(line)]
                new = [_rstrip_end(line[a:b], width) for a, b in pairwise(bounds)]
            if justify == "left":
                new = [_truncate(piece, width, overflow, pad=True) for piece in new]
            elif justify != "default":
                raise Unsure(justify)
            out.extend(_truncate(piece, width, overflow) for piece in new)
        return out

    def render(self, opts: Opts) -> str:
        justify = self.justify or opts.justify or "default"
        overflow = self.overflow or opts.overflow or "fold"
        no_wrap = _pick(self.no_wrap, opts.no_wrap)
        lines = self.wrap(opts.width, justify, overflow, no_wrap)
        return "\n".join(lines) + self.end


def _pick(*values: bool | None) -> bool:
    for value in values:
        if value is not None:
            return value
    return False


def _rstrip_end(text: str, size: int) -> str:
    if len(text) > size:
        excess = len(text) - size
        match = _TRAILING_SPACE.search(text)
        if match is not None:
            text = text[: len(text) - min(len(match.group(0)), excess)]
    return text


def _truncate(text: str, width: int, overflow: str, *, pad: bool = False) -> str:
    if overflow != "ignore":
        length = len(text)
        if length > width:
            if overflow == "ellipsis":
                text = set_cell_size(text, width - 1) + ELLIPSIS
            else:
                text = set_cell_size(text, width)
        if pad and length < width:
            text = text + " " * (width - length)
    return text


def measure(renderable: Renderable, opts: Opts) -> Measure:
    """rich.measure.Measurement.get."""
    if opts.width < 1:
        return Measure(0, 0)
    get = getattr(renderable, "measure", None)
    if get is None:
        return Measure(0, opts.width)
    width: Measure = get(opts).normalize().with_maximum(opts.width)
    if width.maximum < 1:
        return Measure(0, 0)
    return width.normalize()


def render(renderable: Renderable, opts: Opts) -> str:
    if opts.width < 1:
        return ""
    return renderable.render(opts)


def _split(rendered: str) -> list[str]:
    """Segment.split_lines: the lines, and a last one only if it holds something."""
    lines = rendered.split("\n")
    if not lines[-1]:
        lines.pop()
    return lines


def _adjust(line: str, length: int, *, pad: bool = True) -> str:
    if len(line) < length:
        return line + " " * (length - len(line)) if pad else line
    if len(line) > length:
        return set_cell_size(line, length)
    return line


def render_lines(renderable: Renderable, opts: Opts, *, pad: bool = True) -> list[str]:
    return [_adjust(line, opts.width, pad=pad) for line in _split(render(renderable, opts))]


class Padding:
    def __init__(self, renderable: Renderable, pad: tuple[int, int, int, int]) -> None:
        self.renderable = renderable
        self.top, self.right, self.bottom, self.left = pad

    def measure(self, opts: Opts) -> Measure:
        extra = self.left + self.right
        if opts.width - extra < 1:
            return Measure(opts.width, opts.width)
        low, high = measure(self.renderable, opts)
        return Measure(low + extra, high + extra).with_maximum(opts.width)

    def render(self, opts: Opts) -> str:
        width = opts.width
        lines = render_lines(self.renderable, opts.update_width(width - self.left - self.right))
        blank = " " * width + "\n"
        left, right = " " * self.left, " " * self.right + "\n"
        return (
            blank * self.top + "".join(left + line + right for line in lines) + blank * self.bottom
        )


class Group:
    """rich.console.Group (fit) inside ``Align(..., pad=False)`` on the left."""

    def __init__(self, *renderables: Text) -> None:
        self.renderables = renderables

    def measure(self, opts: Opts) -> Measure:
        if not self.renderables:
            return Measure(0, 0)
        found = [measure(r, opts) for r in self.renderables]
        return Measure(max(m.minimum for m in found), max(m.maximum for m in found))

    def render(self, opts: Opts) -> str:
        width = measure(self, opts).maximum  # Align: Constrain(group, its width)
        inner = opts.update_width(min(width, opts.width))
        lines = _split("".join(render(r, inner) for r in self.renderables))
        return "".join(line + "\n" for line in lines)


class Column:
    def __init__(
        self,
        index: int,
        *,
        width: int | None = None,
        ratio: int | None = None,
        no_wrap: bool = False,
        justify: str = "left",
        overflow: str = "ellipsis",
    ) -> None:
        self.index = index
        self.width = width
        self.ratio = ratio
        self.no_wrap = no_wrap
        self.justify = justify
        self.overflow = overflow
        self.cells: list[Renderable] = []


class Table:
    """rich.table.Table with no box, header, footer, title, leading or minimum width."""

    def __init__(
        self,
        *,
        expand: bool,
        pad_edge: bool,
        collapse_padding: bool = False,
        padding: tuple[int, int] = (0, 1),
    ) -> None:
        self.expand = expand
        self.pad_edge = pad_edge
        self.collapse_padding = collapse_padding
        self.pad_right = self.pad_left = padding[1]
        self.columns: list[Column] = []
        self.rows = 0

    def add_column(self, **settings: int | bool | str | None) -> None:
        self.columns.append(Column(len(self.columns), **settings))  # type: ignore[arg-type]

    def add_row(self, *cells: Renderable | None) -> None:
        row = list(cells) + [None] * (len(self.columns) - len(cells))
        for index, cell in enumerate(row):
            if index == len(self.columns):
                column = Column(index)
                column.cells.extend(Text("") for _ in range(self.rows))
                self.columns.append(column)
            self.columns[index].cells.append(Text("") if cell is None else cell)
        self.rows += 1

    # -- widths

    def _cell_padding(self, index: int) -> tuple[int, int, int, int]:
        left, right = self.pad_left, self.pad_right
        if self.collapse_padding and index != 0:
            left = max(0, left - right)
        if not self.pad_edge:
            if index == 0:
                left = 0
            if index == len(self.columns) - 1:
                right = 0
        return (0, right, 0, left)

    def _padding_width(self, index: int) -> int:
        left, right = self.pad_left, self.pad_right
        if self.collapse_padding:
            left = 0
            right = abs(left - right)
        if not self.pad_edge:
            if index == 0:
                left = 0
            if index == len(self.columns) - 1:
                right = 0
        return left + right

    def _cells(self, column: Column) -> list[Padding]:
        pad = self._cell_padding(column.index)
        return [Padding(cell, pad) for cell in column.cells]

    def _measure_column(self, opts: Opts, column: Column) -> Measure:
        max_width = opts.width
        if max_width < 1:
            return Measure(0, 0)
        padding = self._padding_width(column.index)
        if column.width is not None:
            return Measure(column.width + padding, column.width + padding).with_maximum(max_width)
        found = [measure(cell, opts) for cell in self._cells(column)]
        return Measure(
            max((m.minimum for m in found), default=1),
            max((m.maximum for m in found), default=max_width),
        ).with_maximum(max_width)

    def widths(self, opts: Opts) -> list[int]:
        max_width = opts.width
        columns = self.columns
        ranges = [self._measure_column(opts, column) for column in columns]
        widths = [r.maximum or 1 for r in ranges]
        if self.expand:
            ratios = [c.ratio or 0 for c in columns if c.ratio is not None]
            if any(ratios):
                fixed = [
                    0 if c.ratio is not None else r.maximum
                    for r, c in zip(ranges, columns, strict=True)
                ]
                flex_minimum = [
                    (c.width or 1) + self._padding_width(c.index)
                    for c in columns
                    if c.ratio is not None
                ]
                flex = iter(ratio_distribute(max_width - sum(fixed), ratios, flex_minimum))
                for index, column in enumerate(columns):
                    if column.ratio is not None:
                        widths[index] = fixed[index] + next(flex)
        table_width = sum(widths)
        if table_width > max_width:
            widths = _collapse_widths(
                widths, [c.width is None and not c.no_wrap for c in columns], max_width
            )
            table_width = sum(widths)
            if table_width > max_width:
                excess = table_width - max_width
                widths = ratio_reduce(excess, [1] * len(widths), widths, widths)
                table_width = sum(widths)
            widths = [
                self._measure_column(opts.update_width(w), c).maximum or 0
                for w, c in zip(widths, columns, strict=True)
            ]
        if table_width < max_width and self.expand:
            pad = ratio_distribute(max_width - table_width, widths)
            widths = [w + p for w, p in zip(widths, pad, strict=True)]
        return widths

    def render(self, opts: Opts) -> str:
        if not self.columns:
            return "\n"
        widths = self.widths(opts)
        cells = [self._cells(column) for column in self.columns]
        out: list[str] = []
        for row in zip(*cells, strict=True):
            rendered = []
            for width, cell, column in zip(widths, row, self.columns, strict=True):
                cell_opts = Opts(width, column.justify, column.overflow, column.no_wrap)
                rendered.append(render_lines(cell, cell_opts))
            height = max(1, *(len(lines) for lines in rendered))
            shaped = [
                [_adjust(line, width) for line in lines] + [" " * width] * (height - len(lines))
                for width, lines in zip(widths, rendered, strict=True)
            ]
            out.extend("".join(parts) + "\n" for parts in zip(*shaped, strict=True))
        return "".join(out)


def _collapse_widths(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            max_column = max(w for w, wrap in zip(widths, wrapable, strict=True) if wrap)
            second = max(
                w if wrap and w != max_column else 0
                for w, wrap in zip(widths, wrapable, strict=True)
            )
            difference = max_column - second
            ratios = [
                1 if (w == max_column and wrap) else 0
                for w, wrap in zip(widths, wrapable, strict=True)
            ]
            if not any(ratios) or not difference:
                break
            maximums = [min(excess, difference)] * len(widths)
            widths = ratio_reduce(excess, ratios, maximums, widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def ratio_distribute(total: int, ratios: list[int], minimums: list[int] | None = None) -> list[int]:
    if minimums:
        ratios = [ratio if minimum else 0 for ratio, minimum in zip(ratios, minimums, strict=True)]
    total_ratio = sum(ratios)
    if total_ratio <= 0:
        raise Unsure("ratios")  # rich asserts
    remaining = total
    result = []
    for ratio, minimum in zip(ratios, minimums or [0] * len(ratios), strict=True):
        if total_ratio > 0:
            distributed = max(minimum, ceil(ratio * remaining / total_ratio))
        else:
            distributed = remaining
        result.append(distributed)
        total_ratio -= ratio
        remaining -= distributed
    return result


class Columns:
    """rich.columns.Columns with its defaults (padding (0, 1), not expanded, in rows)."""

    def __init__(self, renderables: list[Text]) -> None:
        self.renderables = renderables

    def render(self, opts: Opts) -> str:
        items = self.renderables
        if not items:
            return ""
        padding = 1
        max_width = opts.width
        item_widths = [measure(item, opts).maximum for item in items]
        count = len(items)

        def laid_out(count: int) -> list[tuple[int, Text | None]]:
            cells: list[tuple[int, Text | None]] = list(zip(item_widths, items, strict=True))
            if len(items) % count:
                cells.extend([(0, None)] * (count - len(items) % count))
            return cells

        while count > 1:
            widths: dict[int, int] = {}
            column = 0
            for width, _ in laid_out(count):
                widths[column] = max(widths.get(column, 0), width)
                if sum(widths.values()) + padding * (len(widths) - 1) > max_width:
                    count = len(widths) - 1
                    break
                column = (column + 1) % count
            else:
                break
        if count < 1:
            raise Unsure("columns")
        table = Table(expand=False, pad_edge=False, collapse_padding=True)
        cells = [cell for _, cell in laid_out(count)]
        for start in range(0, len(cells), count):
            table.add_row(*cells[start : start + count])
        return render(table, opts)


class Panel:
    """rich.panel.Panel: expanded, ROUNDED, padding (0, 1), a title on the left."""

    def __init__(self, renderable: Renderable, title: str) -> None:
        _check(title)
        self.renderable = Padding(renderable, (0, 1, 0, 1))
        self.title = " " + title.replace("\n", " ") + " "

    def render(self, opts: Opts) -> str:
        width = opts.width
        child_width = min(opts.width - 2, max(width - 2, len(self.title) + 2))
        width = child_width + 2
        child = opts.update_width(child_width)
        lines = render_lines(self.renderable, child)
        if width <= 4:
            top = _TOP_LEFT + _TOP * (width - 2) + _TOP_RIGHT
        else:
            title = (
                set_cell_size(self.title, width - 4) if len(self.title) > width - 4 else self.title
            )
            title += _TOP * (width - 4 - len(title))
            shown = Text(title, no_wrap=True, end="", checked=True)
            top = (
                _TOP_LEFT + _TOP + render(shown, child.update_width(width - 4)) + _TOP + _TOP_RIGHT
            )
        body = "".join(_SIDE + line + _SIDE + "\n" for line in lines)
        return top + "\n" + body + _BOTTOM_LEFT + _TOP * (width - 2) + _BOTTOM_RIGHT + "\n"


def page_text(renderables: list[Renderable], width: int) -> str:
    """What ``console.print`` prints for each renderable, one after another."""
    opts = Opts(width)
    out: list[str] = []
    for renderable in renderables:
        for line in _split(render(renderable, opts)):
            out.append(_adjust(line, width, pad=False) + "\n")
    return "".join(out)


def layout(page: dict[str, Any], width: int) -> str:
    """The page ``help_fast`` renders with rich (as typer does), laid out here."""
    if not page.get("plain"):
        raise Unsure("page")
    parts: list[Renderable] = [Padding(Text(page["usage"]), (1, 1, 1, 1))]
    help_text = page.get("help")
    if help_text is not None:
        if help_text["deprecated"]:
            raise Unsure("deprecated")
        texts = [Text(help_text["first"])]
        if help_text["rest"] is not None:
            texts += [Text(""), Text(help_text["rest"])]
        parts.append(Padding(Group(*texts), (0, 1, 1, 1)))
    for panel in page["panels"]:
        if panel["rows"]:
            parts.append(Panel(_options_table(panel), panel["name"]))
    for panel in page["command_panels"]:
        if panel["rows"]:
            parts.append(Panel(_commands_table(panel, page["cmd_len"]), panel["name"]))
    if page.get("epilog") is not None:
        parts.append(Padding(Group(Text(page["epilog"])), (1, 1, 1, 1)))
    return page_text(parts, width)


def _options_table(panel: dict[str, Any]) -> Table:
    table = Table(expand=True, pad_edge=False)
    for row in panel["rows"]:
        data = row["type"] or ""
        if row["range"]:
            data += f" [{row['range']}]"
        cells: list[Renderable | None] = [
            Text(row["long"]),
            Text(row["short"]),
            Text(row["secondary_long"]),
            Text(row["secondary_short"]),
            Text(data, overflow="fold"),
            Columns([Text(text) for _kind, text, _style in row["items"]]),
        ]
        if panel["required_column"]:
            cells.insert(0, Text("*" if row["required"] else ""))
        table.add_row(*cells)
    return table


def _commands_table(panel: dict[str, Any], cmd_len: int) -> Table:
    table = Table(expand=True, pad_edge=False)
    table.add_column(no_wrap=True, width=cmd_len)
    table.add_column(justify="left", no_wrap=False, ratio=10)
    for row in panel["rows"]:
        if row["deprecated"]:
            raise Unsure("deprecated")
        table.add_row(Text(row["name"]), Text(row["help"]))
    return table
