"""The officer's terminal: a summary first, then the findings grouped by the record
they concern, one finding a line (wrapped at the terminal's width with a hanging
indent), each led by ``path:line:col`` so an editor can jump to it.

Every value from the data passes ``escape.terminal``; text is built as ``rich.text.Text``
from plain strings, so markup in the data (``[/bold]``, ``[link=...]``) is never parsed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.cells import cell_len
from rich.text import Text

from gsscb_cli.findings import Finding, Ref
from gsscb_cli.present import Report, summary_line
from gsscb_cli.present.escape import terminal
from gsscb_cli.present.view import CATEGORIES, CATEGORY_WORDS, category, record

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_WORD = {"error": "error", "warning": "warning", "info": "note"}
INDENT = 6  # the hanging indent of a finding's continuation lines


def wrap(line: Text, width: int | None, indent: int = INDENT) -> list[Text]:
    """``line`` broken at spaces to ``width`` cells, continuation lines indented; a word
    wider than the room left is broken too, so no line is wider than ``width``."""
    if width is None or cell_len(line.plain) <= width:
        return [line]
    room_after = max(8, width - indent)
    out: list[Text] = []
    rest = line
    room = width
    lead = ""
    while rest.plain:
        if cell_len(rest.plain) <= room:
            out.append(Text(lead) + rest)
            break
        cut = _break_at(rest.plain, room)
        head, tail = rest[:cut], rest[cut:]
        head.rstrip()
        out.append(Text(lead) + head)
        stripped = len(tail.plain) - len(tail.plain.lstrip(" "))
        rest = tail[stripped:]
        lead, room = " " * indent, room_after
    return out


def _break_at(text: str, room: int) -> int:
    """The offset to break ``text`` at so its head fits ``room`` cells."""
    fit = 0
    used = 0
    for i, ch in enumerate(text):
        used += cell_len(ch)
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
    ident = f"{ref.kind} {terminal(ref.id)}"
    return f"{ident}: {terminal(name)}" if name else ident


def finding_text(f: Finding, verbose: bool = False) -> list[Text]:
    """``path:line:col: severity rule: message (due D)`` and, verbose, basis and source."""
    sev = f.severity.value
    line = Text("  ")
    line.append(terminal(f.location), style="dim")
    line.append(": ")
    line.append(SEVERITY_WORD[sev], style=STYLE[sev])
    line.append(" ")
    line.append(f.rule, style="bold")
    line.append(": " + terminal(f.message))
    if f.due is not None:
        line.append(f" (due {f.due.isoformat()})")
    lines = [line]
    if verbose:
        facts = [f"basis: {basis_words(f.basis.value)}"]
        if f.citation is not None:
            facts.append(f"citation: {terminal(f.citation)}")
        lines.append(Text(" " * INDENT + "; ".join(facts), style="dim"))
    return lines


def basis_words(value: str) -> str:
    """The basis as the papers word it (the catalogue's English), else its value."""
    from gsscb_cli.i18n import MissingLabel, label

    try:
        return label(f"basis.{value}")
    except MissingLabel:
        return value


def summary(report: Report) -> list[Text]:
    """The first lines: counts by severity, then by what needs doing."""
    head = Text(f"{report.title}, as of {report.as_of.isoformat()}: ", style="bold")
    head.append(summary_line(report))
    lines = [head]
    counts = Counter(category(f, report.as_of) for f in report.findings)
    shown = [c for c in CATEGORIES if counts[c]]
    pad = max((len(CATEGORY_WORDS[c]) for c in shown), default=0)
    for c in shown:
        lines.append(Text(f"  {CATEGORY_WORDS[c].ljust(pad)}  {counts[c]:>4}"))
    return lines


def statistics(report: Report) -> list[Text]:
    """One line per rule, most frequent first, as ``ruff --statistics`` prints."""
    counts = Counter((f.rule, f.severity.value) for f in report.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max((len(rule) for (rule, _), _ in rows), default=0)
    lines = []
    for (rule, sev), n in rows:
        line = Text(f"{n:>5}  ")
        line.append(rule.ljust(width), style="bold")
        line.append("  ")
        line.append(SEVERITY_WORD[sev], style=STYLE[sev])
        lines.append(line)
    lines.append(Text(summary_line(report)))
    return lines


def groups(report: Report) -> Iterable[tuple[Ref, list[Finding]]]:
    """Findings by record, the record with the worst finding first (findings are sorted
    worst first, so the first finding of each record places it)."""
    by: dict[Ref, list[Finding]] = {}
    for f in report.findings:
        by.setdefault(record(f), []).append(f)
    return by.items()


def render_lines(report: Report) -> list[Text]:
    if report.statistics:
        return [w for line in statistics(report) for w in wrap(line, report.width)]
    out: list[Text] = []
    for line in summary(report):
        out.extend(wrap(line, report.width))
    names = dict(report.names)
    for ref, found in groups(report):
        out.append(Text(""))
        out.extend(wrap(Text(heading(ref, names), style="bold"), report.width, 2))
        for f in found:
            for line in finding_text(f, report.verbose):
                out.extend(wrap(line, report.width))
    return out


def render_plain(report: Report) -> str:
    return "\n".join(line.plain.rstrip() for line in render_lines(report))
