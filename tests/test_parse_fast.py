"""The fast path (gsscb_cli/load/fast.py) equals the PyYAML path, or declines.

For every YAML file the project ships (data/, examples/, tests/fixtures/) and for
documents hypothesis writes (valid block YAML in many layouts, and the same with one
character changed, and lines of YAML-ish tokens), ``fast.parse`` either declines or
gives the same values (types included, keys in the same order) and the same line and
column for every value and key as ``parse._parse_pyyaml``, the path that existed before
it. A document the PyYAML path refuses is always declined, so every message about bad
input is the PyYAML path's.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gsscb_cli.load import fast, parse

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(
    path
    for folder in ("data", "examples", "tests/fixtures")
    for path in (ROOT / folder).rglob("*")
    if path.suffix in (".yaml", ".yml") and path.is_file()
)


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1 == True, 1 == 1.0 in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def assert_parity(text: str) -> bool:
    """Fails if the fast path disagrees with the PyYAML path, or its C form (when built)
    with its Python form; True if it did not decline."""
    quick = fast.parse(text)
    assert_native_parity(text, quick)
    if quick is None:
        return False
    doc, problems = parse._parse_pyyaml(text, "t.yaml")
    assert doc is not None, f"the fast path accepted what PyYAML refuses: {problems}"
    data, places = quick
    assert _same(data, doc.data), (data, doc.data)
    assert places == doc.places, _first_difference(places, doc.places)
    return True


def assert_native_parity(text: str, quick: fast.Parsed | None) -> None:
    """The C form (``_fastc.c``) gives what the Python form gives: the same decline, or the
    same values, types, key order and table of places."""
    if fast.NATIVE is None:
        return
    reference = fast.parse_python(text)
    native = fast.NATIVE.parse(text, fast.yaml_errors.MAX_DEPTH, fast.MAX_DIGITS)
    if reference is None:
        assert native is None, f"C accepted what Python declines: {native!r}"
        return
    assert native is not None, "C declined what Python accepts"
    assert _same(native[0], reference[0]), (native[0], reference[0])
    assert native[1] == reference[1], _first_difference(native[1], reference[1])
    if quick is not None:
        assert _same(quick[0], reference[0])


def _first_difference(fast_places: bytes, pyyaml_places: bytes) -> str:
    a, b = memoryview(fast_places).cast("Q"), memoryview(pyyaml_places).cast("Q")
    for row in range(min(len(a), len(b)) // 3):
        if a[3 * row : 3 * row + 3].tolist() != b[3 * row : 3 * row + 3].tolist():
            cells = [
                (parse._unpack(x[3 * row]), parse._unpack(x[3 * row + 1]), x[3 * row + 2])
                for x in (a, b)
            ]
            return f"row {row}: fast {cells[0]}, PyYAML {cells[1]}"
    return f"{len(a) // 3} rows against {len(b) // 3}"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_yaml_file(path: Path) -> None:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return  # the reader refuses it before any parser
    assert_parity(text)


def test_the_shipped_records_mostly_take_the_fast_path() -> None:
    """Not a speed test: a guard that the fast path is not silently declining everything."""
    taken = sum(fast.parse(p.read_text("utf-8-sig")) is not None for p in SHIPPED)
    assert len(SHIPPED) > 40
    assert taken >= len(SHIPPED) // 5


def test_bench_data_takes_the_fast_path(tmp_path: Path) -> None:
    import subprocess
    import sys

    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            "--scale",
            "1",
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    files = sorted(tmp_path.rglob("*.yaml"))
    assert len(files) == 45
    for path in files:
        assert assert_parity(path.read_text("utf-8")), path


# Hand-checked places (line, column of PyYAML's start mark, counted from 1).
def test_positions_by_hand() -> None:
    text = (
        "# a comment\n"  # 1
        "\n"  # 2
        "id: x-1\n"  # 3: the mapping starts at the first key, 3:1; the value at 3:5
        "empty:\n"  # 4: an empty value sits just after the colon, 4:7
        "items:\n"  # 5
        "- a\n"  # 6: an indentless sequence starts at its first dash, 6:1; 'a' at 6:3
        "-\n"  # 7: an empty item sits just after its dash, 7:2
        "- k: 'q'  # note\n"  # 8: the mapping at its key 8:3; the quoted value at its quote 8:6
        "  n:   2\n"  # 9: 9:8
        "nested:\n"  # 10
        "    deep: [ ]\n"  # 11 -> declined? no: "[ ]" is not "[]"; see below
    )
    assert fast.parse(text) is None  # "[ ]" is flow with a space: declined, PyYAML reads it
    text = text.replace("[ ]", "[]")
    quick = fast.parse(text)
    assert quick is not None
    data, places = quick
    assert data == {
        "id": "x-1",
        "empty": None,
        "items": ["a", None, {"k": "q", "n": 2}],
        "nested": {"deep": []},
    }
    doc = parse.Document(Path("t.yaml"), "t.yaml", data, places)

    def at(*path: str | int, key: bool = False) -> tuple[int | None, int | None]:
        loc = doc.location(path, key=key)
        return loc.line, loc.column

    assert at() == (3, 1)
    assert at("id") == (3, 5)
    assert at("id", key=True) == (3, 1)
    assert at("empty") == (4, 7)
    assert at("items") == (6, 1)
    assert at("items", 0) == (6, 3)
    assert at("items", 0, key=True) == (6, 3)  # a sequence item has no key: its value
    assert at("items", 1) == (7, 2)
    assert at("items", 2) == (8, 3)
    assert at("items", 2, "k") == (8, 6)
    assert at("items", 2, "n") == (9, 8)
    assert at("items", 2, "n", key=True) == (9, 3)
    assert at("nested") == (11, 5)
    assert at("nested", "deep") == (11, 11)
    # a path that is not in the document: its nearest ancestor that is
    assert at("items", 2, "missing") == (8, 3)
    assert at("items", 3) == (6, 1)
    assert at("items", "x") == (6, 1)
    assert at("id", "below", "a", "scalar") == (3, 5)
    assert at("nowhere", key=True) == (3, 1)
    assert at("items", True) == (7, 2)  # True == 1, as in the dict of paths it replaces
    assert assert_parity(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases
        "a: !!str 1\n",  # tags
        "<<: {a: 1}\n",  # merge keys
        "a: 1\na: 2\n",  # a duplicate key
        "a: 1\n\tb: 2\n",  # a tab
        "a: 1\r\nb: 2\r\n",  # carriage returns
        "a: 1\u2028b: 2\n",  # a line separator
        "a: x\x07y\n",  # a control character
        "a: |\n  text\n",  # a block scalar
        "a: >\n  text\n",  # folded, but not ">-"
        "a: >-\n\n  text\n",  # a blank line first
        "a: >-\n  text \n",  # trailing spaces
        "a: >-\n  text\n    more\n",  # a more-indented line
        "a: >-\n  text\n   \n  more\n",  # a line of spaces
        "a: >-\nb: 1\n",  # an empty folded scalar
        "a: >- # note\n  text\n",
        "- >-\n  text\n",
        "a:\n- >-\n  text\n",  # folded as a sequence item
        "a: plain\n  continued\n",  # a multi-line plain scalar
        "a: 'open\n  quote'\n",  # a multi-line quoted scalar
        'a: "esc\\naped"\n',  # an escape other than \" and \\
        'a: "x\\u00e9"\n',
        "a: [1, [2]]\n",  # flow collections with more than plain words
        "a: ['q', r]\n",
        "a: [x, ]\n",
        "a: [x,, y]\n",
        "a: [x: 1]\n",
        "a: [x #y]\n",
        "a: [-x]\n",
        "a: [x] y\n",
        "a: [x\n",
        "a: {b: 1}\n",
        "- a\n- b\n",  # a top-level sequence
        "just text\n",  # a top-level scalar
        "---\na: 1\n",  # a document marker
        "%YAML 1.2\n---\na: 1\n",  # a directive
        "a: 1\n...\n",
        "a: b: c\n",  # a value indicator in a plain scalar
        "a: 1\n b: 2\n",  # bad indentation
        "a:\n  b: 1\n c: 2\n",
        "a: 1" + "0" * 30 + "\n",  # a number the strict loader refuses
        "a: 1.0e999\n",  # a float too large to hold
        "'quoted key': 1\n",
        "? complex\n: key\n",
        "a: # a comment where the value would be\n  b: 1\n",
        "a: 'x'y\n",
        "a:\n- - nested\n",
        "",
        "# only a comment\n",
    ],
)
def test_declines(text: str) -> None:
    assert fast.parse(text) is None
    assert fast.parse_python(text) is None


def test_deep_nesting_is_declined() -> None:
    lines = [" " * (2 * i) + f"k{i}:" for i in range(150)]
    assert fast.parse("\n".join(lines) + " 1\n") is None
    shallow = [" " * (2 * i) + f"k{i}:" for i in range(20)]
    assert assert_parity("\n".join(shallow) + " 1\n")


# --- generated documents ---------------------------------------------------------------

# fmt: off
_WORDS = st.sampled_from(
    [
        "true", "false", "null", "~", "True", "NULL", "yes", "no", "on", "off", "y", "n", "0",
        "-0", "+1", "007", "12", "-3", "1.5", "-.5", "+1.", "1e5", "1.0e3", "1.0E+3", ".inf",
        "-.inf", ".nan", "0x1F", "0o7", "1_000", "12:30", "2026-12-01", "2026-12-01T10:00:00Z",
        "a", "b c", "a,b", "[x]", "{y}", "a]", "x: y", "x:y", "x #y", "x# y", "#x", "-x",
        "- x", "--", "---", "...", "?x", "? x", ":x", "&a", "*a", "!t", "|", ">", "%x", "@x",
        "`x", "'s'", "'it''s'", '"d"', '"a\\"b"', "'", '"', "a'b", 'a"b', "é", "ŵ", "x\u00a0y",
        "=", "<<", "a  b", "  ", "",
    ]
)
# fmt: on
_KEYS = st.sampled_from(["id", "a", "b", "c", "name", "true", "null", "1", "k-1", "x_y", "<<"])


@st.composite
def _value(draw: st.DrawFn, depth: int = 0) -> Any:
    kind = draw(st.integers(0, 9 if depth < 3 else 5))
    if kind <= 5:
        return draw(_WORDS)
    if kind <= 7:
        return {draw(_KEYS): draw(_value(depth + 1)) for _ in range(draw(st.integers(0, 3)))}
    return [draw(_value(depth + 1)) for _ in range(draw(st.integers(0, 3)))]


@st.composite
def _block(draw: st.DrawFn) -> str:
    """A block document written from a random value, in random layouts."""
    top = {draw(_KEYS): draw(_value()) for _ in range(draw(st.integers(1, 4)))}
    lines: list[str] = []

    def noise(indent: int) -> None:
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["", "   ", " " * indent + "# c", "#"])))

    def scalar(word: str) -> str:
        style = draw(st.integers(0, 5))
        if style == 0:
            return "'" + word.replace("'", "''") + "'"
        if style == 1 and '"' not in word and "\\" not in word:
            return '"' + word + '"'
        return word

    def tail() -> str:
        return draw(st.sampled_from(["", "", "", " ", "  # note", " #x"]))

    def node(value: Any, col: int, head: str, under_key: bool) -> None:
        """``head``: the line's text before the value ("  key:", "  -"), at column ``col``."""
        noise(col)
        if isinstance(value, dict) and value:
            keys = list(value)
            if head.endswith("-") and draw(st.booleans()):  # "- key: value"
                inner = len(head) + draw(st.integers(1, 3))
                node(value[keys[0]], inner, head.ljust(inner) + keys[0] + ":", True)
            else:
                inner = col + draw(st.integers(1, 4)) if head else col
                if head:
                    lines.append(head + tail())
                node(value[keys[0]], inner, " " * inner + keys[0] + ":", True)
            for key in keys[1:]:
                node(value[key], inner, " " * inner + key + ":", True)
            return
        if (
            isinstance(value, list)
            and value
            and all(isinstance(item, str) for item in value)
            and draw(st.booleans())
        ):  # a flow sequence on one line: "[a, b c, 1]"
            comma = draw(st.sampled_from([",", ", ", " , ", ",  "]))
            words = st.sampled_from(["a", "b c", "x-1", "1", "1.5", "true", "null", "A.b", "0"])
            items = [item if draw(st.integers(0, 7)) == 0 else draw(words) for item in value]
            lines.append(head + " [" + comma.join(items) + "]" + tail())
            return
        if isinstance(value, list) and value:
            lines.append(head + tail())
            inner = col if under_key and draw(st.booleans()) else col + draw(st.integers(1, 4))
            for item in value:
                node(item, inner, " " * inner + "-", False)
            return
        if isinstance(value, dict):
            text = "{}"
        elif isinstance(value, list):
            text = "[]"
        else:
            text = scalar(value)
        if under_key and isinstance(value, str) and draw(st.integers(0, 3)) == 0:
            # a folded block scalar: ">-" and lines (some blank) at one deeper indentation
            lines.append(head + " >-" + draw(st.sampled_from(["", "", " ", " # c"])))
            inner = col + draw(st.integers(1, 3))
            for number in range(draw(st.integers(1, 4))):
                if number and draw(st.integers(0, 3)) == 0:
                    lines.append(draw(st.sampled_from(["", "", " " * inner])))
                lines.append(" " * inner + (draw(_WORDS) or value or "x"))
            return
        gap = " " * draw(st.integers(1, 3))
        lines.append(head + (gap + text if text else "") + tail())

    node(top, 0, "", False)
    noise(0)
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    text = draw(_block())
    if not text:
        return text
    at = draw(st.integers(0, len(text) - 1))
    change = draw(st.sampled_from(" \n-:#'\"[]{}&*!|>\t\\x1"))
    how = draw(st.integers(0, 2))
    if how == 0:
        return text[:at] + change + text[at:]
    if how == 1:
        return text[:at] + text[at + 1 :]
    return text[:at] + change + text[at + 1 :]


# fmt: off
_TOKENS = st.sampled_from(
    [
        " ", "  ", "-", "- ", ":", ": ", "a", "b:", "id: ", "#", " #", "'", "''", '"', "[",
        "]", "{", "}", "[]", "{}", "&x", "*x", "!x", "|", ">", "?", ",", "1", "1.5", "true",
        "~", "\n", "\n", "\n", "\n  ", "\n- ", "\n  - ", "---", "...", "%", "<<", "é",
    ]
)
# fmt: on

_SETTINGS = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@_SETTINGS
@given(text=_block())
@example(text="a:\n- x\n-\n- k: 1\n  j:\n  - y\nb: 'q'\n")
def test_generated_block_documents(text: str) -> None:
    assert_parity(text)


@_SETTINGS
@given(text=_mutated())
def test_generated_documents_with_one_character_changed(text: str) -> None:
    assert_parity(text)


@_SETTINGS
@given(text=st.lists(_TOKENS, max_size=40).map("".join))
def test_generated_token_soup(text: str) -> None:
    assert_parity(text)


def test_generated_documents_mostly_take_the_fast_path() -> None:
    """The generator writes documents the fast path takes (else the parity is hollow)."""
    taken: list[bool] = []

    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(text=_block())
    def probe(text: str) -> None:
        taken.append(fast.parse(text) is not None)

    probe()
    assert sum(taken) >= len(taken) // 4, (sum(taken), len(taken))


def test_generated_folded_and_flow_documents_take_the_fast_path() -> None:
    """The generator's folded scalars and flow sequences reach the fast path too."""
    folded: list[bool] = []
    flow: list[bool] = []

    @settings(max_examples=400, deadline=None, derandomize=True)
    @given(text=_block())
    def probe(text: str) -> None:
        taken = fast.parse(text) is not None
        if ">-\n" in text:
            folded.append(taken)
        if re.search(r": \[[^]]", text):
            flow.append(taken)

    probe()
    assert sum(folded) >= 10 and sum(flow) >= 5, (sum(folded), len(folded), sum(flow), len(flow))


def test_folded_and_flow_by_hand() -> None:
    """Values and places worked out by hand from YAML's folding rules (lines joined by a
    space, a blank line a line break, ">-" strips the last) and PyYAML's start marks (a
    block scalar at its indicator, a flow item at its first character)."""
    text = (
        "a: >-\n"  # 1
        "  one\n"  # 2
        "  two\n"  # 3
        "\n"  # 4
        "  three\n"  # 5
        "\n"  # 6
        "b: [x,  y z , 3]\n"  # 7
        'c: "say \\"hi\\" \\\\ done"\n'  # 8
    )
    quick = fast.parse(text)
    assert quick is not None
    assert quick[0] == {"a": "one two\nthree", "b": ["x", "y z", 3], "c": 'say "hi" \\ done'}
    doc = parse.Document(path=Path("t.yaml"), display="t.yaml", data=quick[0], places=quick[1])
    assert (doc.location(("a",)).line, doc.location(("a",)).column) == (1, 4)
    assert (doc.location(("b",)).line, doc.location(("b",)).column) == (7, 4)
    assert (doc.location(("b", 0)).line, doc.location(("b", 0)).column) == (7, 5)
    assert (doc.location(("b", 1)).line, doc.location(("b", 1)).column) == (7, 9)
    assert (doc.location(("b", 2)).line, doc.location(("b", 2)).column) == (7, 15)
    assert (doc.location(("c",), key=True).line, doc.location(("c",)).column) == (8, 4)
    assert assert_parity(text)


@pytest.mark.parametrize("fast_path", [True, False])
def test_locations_in_a_long_sequence(fast_path: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past 16 siblings Document.location keeps a container's rows: each item of a
    sequence of 60 (three lines each) is still found at its own line, by both paths."""
    monkeypatch.setattr(parse, "FAST", fast_path)
    text = "people:\n" + "".join(f"- id: p{i}\n  role:\n    - r{i}\n" for i in range(60))
    doc, problems = parse.parse_text(text, "people.yaml")
    assert doc is not None and not problems
    for i in reversed(range(60)):  # from the end first: the rows are kept on the first ask
        line = 2 + 3 * i
        assert doc.location(("people", i)) == parse.Location("people.yaml", line, 3)
        assert doc.location(("people", i, "id"), key=True).line == line
        assert doc.location(("people", i, "role", 0)) == parse.Location("people.yaml", line + 2, 7)
    assert doc.location(("people", 60)).line == 2  # not there: the sequence


# --- the C form (gsscb_cli/load/_fastc.c) ---------------------------------------------


def _native_or_skip() -> None:
    """Tests of the C form itself: a failure in CI (which must build it), else a skip."""
    if fast.NATIVE is None:
        if os.environ.get("CI") == "true":
            pytest.fail("gsscb_cli/load/_fastc.c was not compiled")
        pytest.skip("the C form is not built here")


def test_the_c_form_is_built_in_ci() -> None:
    """CI installs with a C compiler (GSSCB_REQUIRE_NATIVE=1): what it tests is the C form.
    Elsewhere gsscb may run without it, on the Python form, and these tests still run."""
    if os.environ.get("CI") == "true":
        assert fast.NATIVE is not None, "gsscb_cli/load/_fastc.c was not compiled"
    if fast.NATIVE is not None:
        native = fast.NATIVE.parse("a: 1\n", 100, 18)
        assert native is not None and fast.parse("a: 1\n") == native


def test_the_c_form_is_built_from_this_source() -> None:
    """A stale build (``_fastc.c`` changed since the install compiled it) fails here:
    install again (README) to compile it."""
    _native_or_skip()
    source = ROOT / "gsscb_cli" / "load" / "_fastc.c"
    built: str = fast.NATIVE.SOURCE_DIGEST
    assert built == hashlib.sha256(source.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "text",
    [
        "a: \udc80\n",  # a lone surrogate: no UTF-8 form, so not plain text
        "a: x\ud800y\n",
        "\udfff: 1\n",
        "a: \x85\n",  # NEL
        "a: \ufeff\n",  # a BOM inside
        "a: \ufffe\n",  # a non-character
        "a: \x7f\n",
        "k" * 129 + ": 1\n",  # a key longer than 128
        "a: 1" + "0" * 18 + "\n",  # 19 digits
        "a: -" + "9" * 19 + "\n",
        "a: 1.0e400\n",  # too large for a float
        "a: -.5e400\n",
        "a: '\n",  # an open quote at the end of the text
        'a: "',
        "a: [",
        "a: '' x\n",
        "- x\n",
    ],
)
def test_both_forms_decline(text: str) -> None:
    assert fast.parse_python(text) is None
    if fast.NATIVE is not None:
        assert fast.NATIVE.parse(text, 100, 18) is None


@pytest.mark.parametrize(
    "text",
    [
        "k" * 128 + ": 1\n",
        "a: " + "9" * 18 + "\n",
        "a: +" + "9" * 18 + "\n",
        "a: 1.7976931348623157e308\n",
        "a: 5.0e-324\n",
        "a: 1e400\n",  # no dot: a string, in both
        "a: -0.0\n",
        "a: '''' # quotes\n",
        "a: 'it''s ''here'''\n",
        "a: x\u00a0y \U0001f600 \u2027 \u202a\n",  # non-ASCII at the edges of the ranges
        "a: " + "é" * 200 + "\nb: 1\n",  # a long non-ASCII text, then a key
        "a: " + "x" * 65 + "\nb: " + "x" * 65 + "\n",  # longer than the shared texts
        "a:\n- \n-\n- 1\nb:\n",  # empty items and an empty value at the end
        "a: 1",  # no final newline
        "a:",
    ],
)
def test_both_forms_agree_at_the_edges(text: str) -> None:
    assert fast.parse_python(text) is not None, "the Python form declines it: not an edge"
    assert_native_parity(text, None)


def test_the_c_form_shares_repeated_short_texts() -> None:
    """Memory: a repeated id is one str object, as the Python form's pool gives."""
    _native_or_skip()
    one = fast.NATIVE.parse("id: alpha-partnership\n", 100, 18)
    two = fast.NATIVE.parse("other: alpha-partnership\n", 100, 18)
    assert one is not None and two is not None
    assert one[0]["id"] is two[0]["other"]
