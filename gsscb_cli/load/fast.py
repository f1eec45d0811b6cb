"""A fast path for the plain block YAML that gsscb's records are written in.

``parse.parse_text`` tries this first. It reads the text line by line and accepts only
a small, fully checked part of YAML: block mappings whose keys are plain names, block
sequences (also "indentless" ones under a key), and scalars on one line: plain,
single-quoted, double-quoted without escapes, and the empty ``[]`` and ``{}``. Values
are typed by the same rules as ``pyyaml_path.StrictLoader`` and every value and key gets the
line and column PyYAML's start mark gives it.

Anything else, and anything it is not sure of, makes it *decline* (return None): tabs,
carriage returns and other line breaks, control characters, anchors, aliases, tags, merge keys, flow collections with content,
block and multi-line scalars, escapes, document markers, directives, duplicate keys,
numbers the strict loader refuses, too deep nesting, a top level that is not a
mapping, and every indentation it does not expect. A declined file is parsed by the
PyYAML path, so every message about bad input comes from the same code as before.
``tests/test_parse_fast.py`` holds the two paths equal, value for value and position
for position, on every YAML file the project ships and on generated documents.

**The table of places.** Both paths give a document's positions as one ``bytes``: three
unsigned 64-bit machine ints per value, in document order (a value before its children,
children in order): the value's place, its key's place (0 for a sequence item and the
top), and how many values its subtree holds (1 for a scalar). A place is
``line << COLUMN_BITS | column``. ``parse.Document.location`` finds a path's row by
walking the values and skipping earlier siblings' subtrees. At bench scale 100 this is
10 MB, where dicts of path tuples to ints took 78 MB.

**In C.** ``_fastc.c`` is this same reader in C (the build hook in ``hatch_build.py``
compiles it): the same grammar, values and table (repeated short texts share one
``str``, as ``_POOL`` does here), about ten times faster. ``parse`` uses it when it is built (``NATIVE``); the Python ``_parse`` below is
the reference the parity tests hold it to, and what runs where no C compiler was.
"""

from __future__ import annotations

import math
import re
from array import array
from types import ModuleType
from typing import Any

from gsscb_cli import yaml_errors

PathKey = tuple[str | int, ...]
Parsed = tuple[dict[str, Any], bytes]

COLUMN_BITS = 22
"""A position is one int, ``line << COLUMN_BITS | column``: columns up to 4 million, more
than a file may hold (parse.MAX_FILE_BYTES); a third less memory than a tuple."""

MAX_DIGITS = 18
"""Longer integers are refused: every number in the schemas is far smaller, and a number
of thousands of digits cannot even be converted (Python refuses over 4,300)."""

# The Python form's patterns, compiled when it first runs (``_compile``): where the C form
# is built they are never used, and compiling them was 8 ms of every run.
_OUTSIDE: re.Pattern[str]
"""Characters the fast path reads; anything else (tab, CR, NEL, LS/PS, BOM, controls,
surrogates, non-characters) sends the file to PyYAML."""
_KEY: re.Pattern[str]
_SINGLE: re.Pattern[str]
_DOUBLE: re.Pattern[str]
_ESCAPED: re.Pattern[str]
_FLOW_ITEM: re.Pattern[str]
_INT: re.Pattern[str]
_FLOAT: re.Pattern[str]


def _compile() -> None:
    global _OUTSIDE, _KEY, _SINGLE, _DOUBLE, _ESCAPED, _FLOW_ITEM, _INT, _FLOAT
    _OUTSIDE = re.compile(
        "[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    )
    _KEY = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_-]{0,127}):(?: +|$)")
    _SINGLE = re.compile(r"'((?:[^']|'')*)'")
    _DOUBLE = re.compile(r'"((?:[^"\\]|\\["\\])*)"')
    _ESCAPED = re.compile(r'\\(["\\])')
    _FLOW_ITEM = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]*")
    _INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
    _FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")

# Keys and short values repeat across records ("status", "present", ids): one str object
# for each text halves the memory the values take (68 to 36 MB at bench scale 100).
_POOL: dict[str, str] = {}
_POOL_MAX = 200_000


NATIVE: ModuleType | None
try:  # the C form of _parse (see the module's docstring); None where it was not built
    from gsscb_cli.load import _fastc as NATIVE
except ImportError:  # pragma: no cover - depends on how gsscb was installed
    NATIVE = None

USE_NATIVE = True
"""Whether ``parse`` uses ``NATIVE`` when it is built (the parity tests switch it off)."""


class _Decline(Exception):
    """The fast path is not sure: the caller parses the file with PyYAML."""


def _plain(text: str) -> Any:
    """A plain scalar's value by the strict loader's implicit types."""
    first = text[0]
    if first in "tf":
        if text == "true":
            return True
        if text == "false":
            return False
    elif text == "null" or text == "~":
        return None
    if first in "-+0123456789.":
        if _INT.fullmatch(text):
            if len(text.lstrip("+-")) > MAX_DIGITS:
                raise _Decline
            return int(text)
        if _FLOAT.fullmatch(text):
            number = float(text)
            if not math.isfinite(number):
                raise _Decline
            return number
    return text


_NO_ITEMS: tuple[int, ...] = ()


def _scalar(rest: str) -> tuple[Any, bool, tuple[int, ...]]:
    """The value of the scalar text ``rest`` (which starts with no space); whether it is a
    container (``[]``, ``{}`` or a flow sequence); and where a flow sequence's items start
    in ``rest``."""
    first = rest[0]
    if first == "'":
        match = _SINGLE.match(rest)
        if match is None:
            raise _Decline
        _tail(rest, match.end())
        return match.group(1).replace("''", "'"), False, _NO_ITEMS
    if first == '"':
        match = _DOUBLE.match(rest)
        if match is None:
            raise _Decline
        _tail(rest, match.end())
        text = match.group(1)
        return (_ESCAPED.sub(r"\1", text) if "\\" in text else text), False, _NO_ITEMS
    if first == "[" and rest[1:2] != "]":
        return _flow(rest)
    if first == "[" or first == "{":
        if rest[1:2] != ("]" if first == "[" else "}"):
            raise _Decline
        _tail(rest, 2)
        return ([] if first == "[" else {}), True, _NO_ITEMS
    if first in _PLAIN_START and not (first == "-" and rest[1:2] not in ("", " ")):
        raise _Decline
    cut = rest.find(" #")
    text = (rest if cut < 0 else rest[:cut]).rstrip(" ")
    if ": " in text or text.endswith(":"):
        raise _Decline
    return _plain(text), False, _NO_ITEMS


def _flow(rest: str) -> tuple[list[Any], bool, tuple[int, ...]]:
    """``[a, b c, 1]``: a flow sequence of plain words on one line (nothing nested, quoted,
    empty or trailing); its items and where each starts."""
    close = rest.find("]")
    if close < 0:
        raise _Decline
    _tail(rest, close + 1)
    items: list[Any] = []
    starts: list[int] = []
    start = 1
    for part in rest[1:close].split(","):
        item = part.strip(" ")
        if not item or _FLOW_ITEM.fullmatch(item) is None:
            raise _Decline
        starts.append(start + len(part) - len(part.lstrip(" ")))
        items.append(_plain(item))
        start += len(part) + 1
    return items, True, tuple(starts)


def _folded(lines: list[str], start: int, parent: int) -> tuple[str, int]:
    """The text of a folded block scalar (``key: >-``) whose lines begin at ``lines[start]``,
    under a key at column ``parent``; and the index of the first line after it. Only the
    plain form: every line at one indentation, no trailing spaces, blank lines only
    between lines (each one a line break; lines next to each other are joined by a
    space)."""
    parts: list[str] = []
    blanks = 0
    block = -1
    index = start
    while index < len(lines):
        line = lines[index]
        if line == "":
            if block < 0:
                raise _Decline  # a blank line first: the indentation PyYAML would detect
            blanks += 1
            index += 1
            continue
        content = line.lstrip(" ")
        indent = len(line) - len(content)
        if block < 0:
            if indent <= parent:
                raise _Decline  # an empty block scalar
            block = indent
        elif indent < block and content:
            break  # the first line outside the scalar
        if not content or indent != block or content[-1] == " ":
            raise _Decline  # a line of spaces, a more-indented line, trailing spaces
        if parts:
            parts.append("\n" * blanks if blanks else " ")
        parts.append(content)
        blanks = 0
        index += 1
    if block < 0:
        raise _Decline
    return "".join(parts), index


def _tail(rest: str, end: int) -> None:
    """What follows a quoted scalar or ``[]`` on its line: nothing, or a comment."""
    tail = rest[end:]
    if tail and tail.strip(" ") and not (tail[0] == " " and tail.lstrip(" ")[0] == "#"):
        raise _Decline


def _put(owner: Any, key: str | None, value: Any) -> None:
    """Put ``value`` in a mapping under ``key``, or at the end of a sequence (key None)."""
    if key is None:
        owner.append(value)
    else:
        owner[key] = value


def parse(text: str) -> Parsed | None:
    """The values and positions of ``text``, or None when the fast path declines."""
    if NATIVE is not None and USE_NATIVE:
        parsed: Parsed | None = NATIVE.parse(text, yaml_errors.MAX_DEPTH, MAX_DIGITS)
        return parsed
    return parse_python(text)


def parse_python(text: str) -> Parsed | None:
    """``parse`` in Python: the reference the C form is held to."""
    if "_OUTSIDE" not in globals():
        _compile()
    if _OUTSIDE.search(text) is not None:
        return None
    try:
        return _parse(text)
    except _Decline:
        return None


def _parse(text: str) -> Parsed:
    # the table: three ints per value, in document order (see the module's docstring)
    table: list[int] = [0, 0, 1]
    max_depth = yaml_errors.MAX_DEPTH
    if len(_POOL) > _POOL_MAX:
        _POOL.clear()
    pool = _POOL
    # open containers: (indent, is_seq, container, depth, its row in the table)
    stack: list[tuple[int, bool, Any, int, int]] = []
    # a key or "-" with nothing after it on its line: (its container, its key or None for a
    # sequence item, the depth of its value, its indent, the place of an empty value, the
    # place of the key)
    pending: tuple[Any, str | None, int, int, int, int] | None = None
    root: dict[str, Any] | None = None
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        number = index
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            continue
        indent = len(line) - len(content)
        dash = content[0] == "-" and (len(content) == 1 or content[1] == " ")
        if pending is not None:
            owner, key, depth, owner_indent, empty, key_place = pending
            pending = None
            if indent > owner_indent or (dash and key is not None and indent == owner_indent):
                # the value is a block collection starting on this line
                if depth >= max_depth:
                    raise _Decline
                container: Any = [] if dash else {}
                stack.append((indent, dash, container, depth, len(table) // 3))
                _put(owner, key, container)
                table += ((number << COLUMN_BITS) | (indent + 1), key_place, 1)
            else:
                _put(owner, key, None)
                table += (empty, key_place, 1)
        elif root is None:
            if dash:
                raise _Decline  # a sequence at the top: PyYAML words the message
            root = {}
            stack.append((indent, False, root, 0, 0))
            table[0] = (number << COLUMN_BITS) | (indent + 1)
        # close what this line is outside of
        while stack:
            top = stack[-1]
            if top[0] > indent or (top[0] == indent and top[1] and not dash):
                stack.pop()
                table[3 * top[4] + 2] = len(table) // 3 - top[4]
            else:
                break
        if not stack:
            raise _Decline
        top_indent, is_seq, container, depth, _ = stack[-1]
        if top_indent != indent:
            raise _Decline
        column = indent
        if dash:
            if not is_seq:
                raise _Decline
            rest = content[1:].lstrip(" ")
            if not rest:
                empty = (number << COLUMN_BITS) | (column + 2)
                pending = (container, None, depth + 1, column, empty, 0)
                continue
            column += len(content) - len(rest)
            place = (number << COLUMN_BITS) | (column + 1)
            if _KEY.match(rest) is None:
                if rest[0] == "#" or (rest[0] == "-" and (len(rest) == 1 or rest[1] == " ")):
                    raise _Decline  # "- # note", "- - x"
                value, nested, starts = _scalar(rest)
                if nested and depth + 1 >= max_depth:
                    raise _Decline
                table += (place, 0, 1 + len(starts))
                for offset in starts:
                    table += (place + offset, 0, 1)
                container.append(pool.setdefault(value, value) if type(value) is str else value)
                continue
            # "- key: ...": a mapping in the sequence, its keys at this column
            depth += 1
            if depth >= max_depth:
                raise _Decline
            mapping: dict[str, Any] = {}
            container.append(mapping)
            stack.append((column, False, mapping, depth, len(table) // 3))
            table += (place, 0, 1)
            container, content = mapping, rest
        elif is_seq:
            raise _Decline
        match = _KEY.match(content)
        if match is None:
            raise _Decline
        key = match.group(1)
        if key in container:
            raise _Decline  # a duplicate key: PyYAML's path words it
        key = pool.setdefault(key, key)
        key_place = (number << COLUMN_BITS) | (column + 1)
        rest = content[match.end() :]
        if not rest:
            empty = (number << COLUMN_BITS) | (column + len(key) + 2)
            pending = (container, key, depth + 1, column, empty, key_place)
            continue
        if rest[0] == "#":
            raise _Decline
        place = (number << COLUMN_BITS) | (column + len(content) - len(rest) + 1)
        if rest == ">-":  # a folded block scalar, on the lines that follow
            folded, index = _folded(lines, index, column)
            table += (place, key_place, 1)
            container[key] = pool.setdefault(folded, folded)
            continue
        value, nested, starts = _scalar(rest)
        if nested and depth + 1 >= max_depth:
            raise _Decline
        table += (place, key_place, 1 + len(starts))
        for offset in starts:
            table += (place + offset, 0, 1)
        container[key] = pool.setdefault(value, value) if type(value) is str else value
    if pending is not None:
        owner, key, _, _, empty, key_place = pending
        _put(owner, key, None)
        table += (empty, key_place, 1)
    if root is None:
        raise _Decline
    for top in stack:
        table[3 * top[4] + 2] = len(table) // 3 - top[4]
    return root, array("Q", table).tobytes()
