"""YAML syntax errors are said in our words, at the same place, under every PyYAML release.

.ci/run runs this file twice: with the locked PyYAML and with an older release (6.0.3),
whose messages (and, for deep nesting, whose failure: RecursionError instead of a scanner
error) differ. Each expected sentence below is ours, from gsscb_cli/yaml_errors.py.
"""

from __future__ import annotations

import pytest

from gsscb_cli import yaml_errors
from gsscb_cli.load.parse import parse_text

DEEP = "deep: " + "[" * 5000 + "]" * 5000 + "\n"

CASES = [
    # (name, text, expected message after "invalid YAML: ", line, column)
    ("too-deep-5000", DEEP, yaml_errors.TOO_DEEP, 1, 107),
    ("too-deep-150", "a: 1\ndeep: " + "[" * 150 + "]" * 150 + "\n", yaml_errors.TOO_DEEP, 2, 107),
    (
        "too-deep-in-mapping",
        "deep: {x: " + "[" * 1500 + "]" * 1500 + "}\n",
        yaml_errors.TOO_DEEP,
        1,
        110,
    ),
    (
        "unclosed-quote",
        'a: "abc\nb: 2\n',
        "a quoted string is not closed (missing closing quote)",
        1,
        4,
    ),
    (
        "bad-escape",
        'a: "ab\\qc"\n',
        "a backslash escape in a double-quoted string is not valid (write \\\\ for a backslash, "
        "or use single quotes)",
        1,
        7,
    ),
    ("tab", "a:\n\tb: 1\n", "a tab character is used for indentation; YAML needs spaces", 2, 1),
    (
        "missing-colon",
        "a: 1\nb\nc: 2\n",
        "this line is not a 'key: value' pair (is a ':' missing, or is a quote or bracket on the "
        "line above left open?)",
        3,
        1,
    ),
    (
        "mapping-value",
        "a: b: c\n",
        "unexpected ':' here: check the indentation, or quote a value that contains ': '",
        1,
        5,
    ),
    (
        "indentation",
        "a:\n  b: 1\n c: 2\n",
        "the indentation of this line does not match the lines above it",
        3,
        2,
    ),
    (
        "flow-unclosed",
        "a: [1, 2\nb: 3\n",
        "a [list] or {mapping} written on one line is not closed, or its items are not separated "
        "by commas",
        2,
        2,
    ),
    (
        "bad-token",
        "a: @x\n",
        "a value cannot start with this character (such as @, ` or %): put the value in quotes",
        1,
        4,
    ),
    (
        "two-documents",
        "a: 1\n---\nb: 2\n",
        "the file holds more than one YAML document (a '---' or '...' line): keep one record per file",
        2,
        1,
    ),
    (
        "block-scalar",
        "a: |0\n  x\n",
        "a block of text (| or >) is not written correctly: check its indicator and indentation",
        1,
        5,
    ),
    ("control-character", "a: \x01\n", "character #x0001 is a control character, not text", 1, 4),
]

LIBRARY_PHRASES = (
    "while scanning",
    "while parsing",
    "could not find expected",
    "did not find expected",
    "found unexpected",
    "found unknown",
    "exceeded maximum",
    "<unicode string>",
    'in "',
    "expected a single document",
)


@pytest.mark.parametrize(
    ("name", "text", "message", "line", "column"), CASES, ids=[c[0] for c in CASES]
)
def test_yaml_error_in_our_words(
    name: str, text: str, message: str, line: int, column: int
) -> None:
    doc, findings = parse_text(text, "data/x.yaml")
    assert doc is None
    [finding] = findings
    assert finding.rule == "yaml-error"
    assert finding.message == f"invalid YAML: {message}"
    assert (finding.line, finding.column) == (line, column)
    for phrase in LIBRARY_PHRASES:
        assert phrase not in finding.message


def test_every_class_is_reachable_and_distinct() -> None:
    messages = [c.message for c in yaml_errors.COMPLAINTS]
    assert len(set(messages)) == len(messages)
    assert yaml_errors.GENERIC not in messages


@pytest.mark.parametrize(
    ("context", "problem", "expected"),
    [
        ("while increasing flow level", "exceeded maximum nesting depth", "too-deep"),
        ("while scanning a quoted scalar", "found unexpected end of stream", "unclosed-quote"),
        ("while scanning a double-quoted scalar", "found unknown escape character", "bad-escape"),
        ("while parsing a block mapping", "did not find expected key", "indentation"),
        ("while parsing a flow sequence", "did not find expected ',' or ']'", "flow-unclosed"),
        (None, "found character that cannot start any token", "bad-token"),
        (
            "expected a single document in the stream",
            "but found another document",
            "several-documents",
        ),
    ],
)
def test_classes_from_libyaml_and_pyyaml_phrases(
    context: str | None, problem: str, expected: str
) -> None:
    complaint = yaml_errors.classify(context, problem)
    assert complaint is not None and complaint.name == expected


def test_unknown_complaint_is_not_shown_verbatim() -> None:
    assert yaml_errors.classify("while frobbing", "something new in 7.0") is None
