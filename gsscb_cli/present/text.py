"""The officer's terminal: a summary first, then the findings grouped by the record
they concern, one finding a line (wrapped at the terminal's width with a hanging
indent), each led by ``path:line:col`` so an editor can jump to it.

Every value from the data passes ``escape.terminal``; text is built as ``rich.text.Text``
from plain strings, so markup in the data (``[/bold]``, ``[link=...]``) is never parsed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from gsscb_cli.findings import Finding, Ref
from gsscb_cli.present import Report, summary_line
from gsscb_cli.present.escape import terminal
from gsscb_cli.present.view import CATEGORIES, CATEGORY_WORDS, category, record

if TYPE_CHECKING:
    from rich.text import Text

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_WORD = {"error": "error", "warning": "warning", "info": "note"}
INDENT = 6  # the hanging indent of a finding's continuation lines

Piece = tuple[str, "str | None"]
"""Some text of a line and its style (None: the line's own)."""
Line = tuple[tuple[Piece, ...], "str | None", int]
"""A line of the report before it is wrapped: its pieces, its style and the hanging
indent of its continuation lines. The same lines become rich ``Text`` for a terminal
(``render_lines``) and plain strings for a pipe or a file (``render_plain_lines``, no
rich at all: a tenth of a warm check at bench scale 100)."""


def wrap(line: Text, width: int | None, indent: int = INDENT) -> list[Text]:
    """``line`` broken at spaces to ``width`` cells, continuation lines indented; a word
    wider than the room left is broken too, so no line is wider than ``width``."""
    from rich.text import Text

    if width is None or _cells(line.plain) <= width:
        return [line]
    out: list[Text] = []
    for start, end, lead, last in _segments(line.plain, width, indent):
        head = line[start:end]
        if not last:
            head.rstrip()
        out.append(Text(lead) + head)
    return out


def wrap_plain(line: str, width: int | None, indent: int = INDENT) -> list[str]:
    """``wrap`` for a line without styles, each line's trailing spaces dropped (as
    ``terminal.print_lines`` drops them from a plain line)."""
    if width is None or _cells(line) <= width:
        return [line.rstrip()]
    return [(lead + line[a:b]).rstrip() for a, b, lead, _ in _segments(line, width, indent)]


def _segments(text: str, width: int, indent: int) -> list[tuple[int, int, str, bool]]:
    """Where ``wrap`` breaks ``text``: each line's start and end in it, its lead and
    whether it is the last (the others lose their trailing spaces)."""
    room_after = max(8, width - indent)
    out: list[tuple[int, int, str, bool]] = []
    start, room, lead = 0, width, ""
    while start < len(text):
        rest = text[start:]
        if _cells(rest) <= room:
            out.append((start, len(text), lead, True))
            break
        cut = _break_at(rest, room)
        out.append((start, start + cut, lead, False))
        tail = rest[cut:]
        start += cut + len(tail) - len(tail.lstrip(" "))
        lead, room = " " * indent, room_after
    return out


def _cells(text: str) -> int:
    """The cells ``text`` takes on a terminal (rich's measure; ASCII without it)."""
    if text.isascii() and text.isprintable():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _break_at(text: str, room: int) -> int:
    """The offset to break ``text`` at so its head fits ``room`` cells."""
    if text.isascii() and text.isprintable():
        fit = max(0, min(room, len(text)))  # a cell a character: what the loop below finds
    else:
        fit = 0
        used = 0
        for i, ch in enumerate(text):
            used += _cells(ch)
            if used > room:
                break
            fit = i + 1
    space = text.rfind(" ", 0, fit + 1)
    return space if space > 0 else max(1, fit)


def heading(ref: Ref, names: dict[Ref, str] | None = None) -> str:
    """A group's heading: the record's name and its kind and id."""
    if ref.kind == "file":
        return terminal(ref.id)
    name = (names or {}).get(ref)
    if ref.kind == "board":
        return f"board: {terminal(name)}" if name else "board"
    ident = f"{terminal(ref.kind)} {terminal(ref.id)}"
    return f"{ident}: {terminal(name)}" if name else ident


def finding_lines(f: Finding, verbose: bool = False) -> list[Line]:
    """``path:line:col: severity rule: message (due D)`` and, verbose, basis and source."""
    sev = f.severity.value
    message = ": " + terminal(f.message)
    if f.due is not None:
        message += f" (due {f.due.isoformat()})"
    pieces: tuple[Piece, ...] = (
        ("  ", None),
        (terminal(f.location), "dim"),
        (": ", None),
        (SEVERITY_WORD[sev], STYLE[sev]),
        (" ", None),
        (terminal(f.rule), "bold"),
        (message, None),
    )
    lines: list[Line] = [(pieces, None, INDENT)]
    if verbose:
        facts = [f"basis: {basis_words(f.basis.value)}"]
        if f.citation is not None:
            facts.append(f"citation: {terminal(f.citation)}")
        lines.append((((" " * INDENT + "; ".join(facts), None),), "dim", INDENT))
    return lines


def basis_words(value: str) -> str:
    """The basis as the papers word it (the catalogue's English), else its value."""
    from gsscb_cli.i18n import MissingLabel, label

    try:
        return label(f"basis.{value}")
    except MissingLabel:
        return value


def summary(report: Report) -> list[Line]:
    """The first lines: counts by severity, then by what needs doing."""
    head = f"{report.title}, as of {report.as_of.isoformat()}: "
    lines: list[Line] = [(((head, None), (summary_line(report), None)), "bold", INDENT)]
    counts = Counter(category(f, report.as_of) for f in report.findings)
    shown = [c for c in CATEGORIES if counts[c]]
    pad = max((len(CATEGORY_WORDS[c]) for c in shown), default=0)
    for c in shown:
        lines.append((((f"  {CATEGORY_WORDS[c].ljust(pad)}  {counts[c]:>4}", None),), None, INDENT))
    return lines


def statistics(report: Report) -> list[Line]:
    """One line per rule, most frequent first, as ``ruff --statistics`` prints."""
    counts = Counter((terminal(f.rule), f.severity.value) for f in report.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max((len(rule) for (rule, _), _ in rows), default=0)
    lines: list[Line] = []
    for (rule, sev), n in rows:
        pieces: tuple[Piece, ...] = (
            (f"{n:>5}  ", None),
            (rule.ljust(width), "bold"),
            ("  ", None),
            (SEVERITY_WORD[sev], STYLE[sev]),
        )
        lines.append((pieces, None, INDENT))
    lines.append((((summary_line(report), None),), None, INDENT))
    return lines


def groups(report: Report) -> Iterable[tuple[Ref, list[Finding]]]:
    """Findings by record, the record with the worst finding first (findings are sorted
    worst first, so the first finding of each record places it)."""
    by: dict[Ref, list[Finding]] = {}
    for f in report.findings:
        by.setdefault(record(f), []).append(f)
    return by.items()


def report_lines(report: Report) -> list[Line]:
    """The whole report, line by line, before wrapping."""
    if report.statistics:
        return statistics(report)
    out = summary(report)
    names = dict(report.names)
    for ref, found in groups(report):
        out.append(((), None, INDENT))
        out.append((((heading(ref, names), None),), "bold", 2))
        for f in found:
            out.extend(finding_lines(f, report.verbose))
    return out


def render_lines(report: Report) -> list[Text]:
    """The report as rich text, wrapped at ``report.width``: for a terminal."""
    return [
        wrapped
        for pieces, style, indent in report_lines(report)
        for wrapped in wrap(_text(pieces, style), report.width, indent)
    ]


def _text(pieces: tuple[Piece, ...], style: str | None) -> Text:
    from rich.text import Text

    line = Text(style=style or "")
    for piece, piece_style in pieces:
        line.append(piece, piece_style)
    return line


def render_plain_lines(report: Report) -> list[str]:
    """The report as plain lines (no trailing spaces), wrapped at ``report.width``: the
    same characters ``render_lines`` gives."""
    return [
        wrapped
        for pieces, _, indent in report_lines(report)
        for wrapped in wrap_plain("".join(text for text, _ in pieces), report.width, indent)
    ]


def plain_output(report: Report) -> str:
    """What ``terminal.print_lines`` writes of ``render_lines`` to a pipe or a file."""
    return "".join(line + "\n" for line in render_plain_lines(report))


def render_plain(report: Report) -> str:
    return "\n".join(render_plain_lines(report))
