"""Our own words for YAML syntax errors.

PyYAML's (and libyaml's) messages change between releases: 6.0.4 reports very deep
nesting as "while increasing flow level; exceeded maximum nesting depth" where 6.0.3
raised RecursionError. A user, the bad-input catalogue and the tests must not depend on
that wording, so each failure is sorted into a class by the parser's *kind* of complaint
and then said in a sentence of ours. The library's text is never shown.

The class is picked from the error's ``context`` and ``problem`` phrases, which have been
stable in libyaml and PyYAML for a decade; an unrecognised complaint falls back to a
generic sentence of ours rather than the library's.
"""

from __future__ import annotations

from typing import Any

from gsscb_cli.records import dataclass

MAX_DEPTH = 100
"""Deepest nesting of lists and mappings a record may have (real records use fewer than 10).
Below every parser's own limit, so the answer and its position do not depend on the release."""

TOO_DEEP = f"nesting is too deep (more than {MAX_DEPTH} levels of lists or mappings)"


@dataclass(frozen=True)
class Complaint:
    """One class of YAML syntax error: the phrases that identify it and what we say."""

    name: str
    context: tuple[str, ...]
    problem: tuple[str, ...]
    message: str
    at_context: bool = False
    """Point at where the construct started (an unclosed quote), not where parsing stopped."""


COMPLAINTS: tuple[Complaint, ...] = (
    Complaint(
        "too-deep",
        (),
        ("nesting depth", "maximum depth", "too deep"),
        TOO_DEEP,
    ),
    Complaint(
        "tab",
        (),
        ("'\\t'", "tab character"),
        "a tab character is used for indentation; YAML needs spaces",
    ),
    Complaint(
        "bad-escape",
        ("quoted scalar",),
        ("escape", "hexdecimal", "hexadecimal"),
        "a backslash escape in a double-quoted string is not valid "
        "(write \\\\ for a backslash, or use single quotes)",
    ),
    Complaint(
        "unclosed-quote",
        ("quoted scalar",),
        ("end of stream", "document indicator", ""),
        "a quoted string is not closed (missing closing quote)",
        at_context=True,
    ),
    Complaint(
        "block-scalar",
        ("block scalar",),
        ("",),
        "a block of text (| or >) is not written correctly: check its indicator and indentation",
    ),
    Complaint(
        "mapping-value",
        (),
        ("mapping values are not allowed",),
        "unexpected ':' here: check the indentation, or quote a value that contains ': '",
    ),
    Complaint(
        "sequence-entry",
        (),
        ("block sequence entries are not allowed",),
        "a '- ' list item is not allowed here: check the indentation of this line",
    ),
    Complaint(
        "missing-colon",
        ("simple key",),
        ("could not find expected ':'",),
        "this line is not a 'key: value' pair (is a ':' missing, or is a quote or bracket "
        "on the line above left open?)",
    ),
    Complaint(
        "indentation",
        ("block mapping",),
        ("expected key",),
        "the indentation of this line does not match the lines above it",
    ),
    Complaint(
        "list-indentation",
        ("block collection",),
        ("expected '-'",),
        "this line is not indented like the list items above it",
    ),
    Complaint(
        "flow-unclosed",
        ("flow sequence", "flow mapping"),
        ("",),
        "a [list] or {mapping} written on one line is not closed, or its items are not "
        "separated by commas",
    ),
    Complaint(
        "bad-token",
        (),
        ("cannot start any token",),
        "a value cannot start with this character (such as @, ` or %): put the value in quotes",
    ),
    Complaint(
        "anchor-alias-tag",
        ("anchor", "alias", "tag"),
        ("",),
        "a YAML anchor, alias or tag (&, * or !) is not written correctly; records may not use them",
    ),
    Complaint(
        "directive",
        ("directive",),
        ("",),
        "a YAML directive (a line starting with %) is not valid; records do not need one",
    ),
    Complaint(
        "several-documents",
        (),
        ("another document", "document start", "incompatible"),
        "the file holds more than one YAML document (a '---' or '...' line): keep one record "
        "per file",
    ),
    Complaint(
        "node-content",
        ("parsing a node",),
        ("",),
        "a value is expected here but the line does not hold one",
    ),
)

GENERIC = "the file is not valid YAML here; check this line and the one above it"


def _matches(phrases: tuple[str, ...], text: str) -> bool:
    return not phrases or any(p in text for p in phrases)


def classify(context: str | None, problem: str | None) -> Complaint | None:
    """The class of a YAML syntax error from the parser's context and problem phrases."""
    ctx = (context or "").lower()
    prob = (problem or "").lower()
    for complaint in COMPLAINTS:
        if complaint.context and not _matches(complaint.context, ctx):
            continue
        if complaint.problem and not _matches(complaint.problem, prob):
            continue
        return complaint
    return None


def words_for(exc: Any) -> tuple[str, Any]:
    """Our sentence for a ``yaml.MarkedYAMLError`` and the mark it should point at."""
    complaint = classify(getattr(exc, "context", None), getattr(exc, "problem", None))
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    if complaint is None:
        return GENERIC, problem_mark or context_mark
    if complaint.at_context:
        return complaint.message, context_mark or problem_mark
    return complaint.message, problem_mark or context_mark
