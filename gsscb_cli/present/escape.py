"""One escaper per sink. A presenter applies its sink's escaper to every value that came
from the data (names, titles, messages, file names); the rules never escape anything.

- ``terminal``: control characters (C0, DEL, C1, ESC), bidi controls and line or
  paragraph separators are shown visibly (``\\x1b``, ``\\n``, ``\\u202e``): a value can
  neither move the cursor, clear the screen, reorder what follows it nor start a line.
  Rich markup is never parsed: presenters build ``rich.text.Text`` from plain strings.
- ``github_data`` / ``github_property``: GitHub's own escaping for workflow commands
  (``%``, CR, LF; and ``:`` and ``,`` in properties). ``github_line`` makes a plain line
  of a GitHub-format log unable to start a workflow command.
- ``markdown``: one paragraph of literal text for GitHub Markdown (job summary, PR
  comment): HTML escaped, Markdown punctuation backslash-escaped, newlines flattened,
  so data never starts a block, a heading, a tag or a link.
- ``ical_text``: what RFC 5545 allows in TEXT (the library folds and escapes the rest).
- ``xml_text``: characters illegal in XML 1.0 shown visibly (the tree builder escapes
  ``<``, ``&`` and quotes).
"""

from __future__ import annotations

import functools
import re

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# C0 except none, DEL, C1; bidi embeddings/overrides/isolates and marks; line and
# paragraph separators; the BOM and zero-width joiners are left alone (text uses them).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    ch = m.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def unsafe_for_terminal(text: str) -> bool:
    """Whether ``text`` holds a character ``terminal`` would have made visible."""
    return _UNSAFE.search(text) is not None


def terminal(value: object) -> str:
    """A data value as a terminal may show it: every control character made visible."""
    return _UNSAFE.sub(_visible, str(value))


def rich_markup(value: object) -> str:
    """A data value inside text that rich will parse as markup: control characters
    shown (``terminal``), then every ``[`` escaped, so the value is never markup."""
    from rich.markup import escape

    return escape(terminal(value))


def github_data(value: object) -> str:
    """The message part of a workflow command (GitHub's ``escapeData``)."""
    text = terminal_safe_for_log(str(value))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(value: object) -> str:
    """A property of a workflow command (GitHub's ``escapeProperty``)."""
    return github_data(value).replace(":", "%3A").replace(",", "%2C")


def terminal_safe_for_log(text: str) -> str:
    """Control characters other than CR and LF made visible (CR and LF are then escaped
    by GitHub's own rules); the legacy ``##[`` command prefix broken up."""
    safe = _UNSAFE.sub(lambda m: m.group(0) if m.group(0) in "\r\n" else _visible(m), text)
    return safe.replace("##[", "#\\#[")


def github_line(value: object) -> str:
    """A plain (non-command) line of a GitHub-format log: one line (CR and LF shown as
    ``\\r``, ``\\n``) that cannot start a workflow command (never ``::`` at its start)."""
    text = terminal(value).replace("##[", "#\\#[")
    if text.lstrip().startswith("::"):
        text = "\\" + text.lstrip()
    return text


# Inline Markdown's active characters (emphasis, code, links and images, tables,
# strikethrough, GitHub's math and footnotes, headings); ``<``, ``>`` and ``&`` become
# entities. A newline is flattened first, so no value can start a block.
_MD_PUNCT = re.compile(r"([\\`*_\[\]|~^$#!])")


def markdown(value: object) -> str:
    """Data as literal inline Markdown: one line, punctuation escaped, HTML escaped."""
    flat = " ".join(terminal(value).split())
    import html  # (here: html.entities is 2 ms of a run that writes no Markdown)

    return html.escape(_MD_PUNCT.sub(r"\\\1", flat), quote=False)


def markdown_code(value: object) -> str:
    """Data shown as a code span (an id, a path) in a table cell: no backtick can end it
    early and no pipe can end the cell (inside a code span nothing else is parsed)."""
    text = " ".join(terminal(value).split()).replace("|", "\\|")
    run = max((len(r) for r in re.findall("`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if run or text.startswith(" ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def ical_text(value: object) -> str:
    """An iCalendar TEXT value: RFC 5545 allows no control character in TEXT, so each
    is shown visibly, as are bidi controls; a newline stays (the library writes it as
    ``\\n``, as the standard asks)."""
    return _UNSAFE.sub(lambda m: "\n" if m.group(0) == "\n" else _visible(m), str(value))


@functools.cache
def _xml_illegal() -> re.Pattern[str]:
    """Characters XML 1.0 refuses; compiled when first needed (11 ms: not at every start)."""
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """Text an XML 1.0 parser accepts: each illegal character shown as ``\\xNN``."""
    return _xml_illegal().sub(_visible, str(value))
