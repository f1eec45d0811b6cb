"""Kinds of bad input, each a function that damages ONE YAML file of a data folder.

Shared by the property tests (tests/test_robustness.py, which draw the choices
with hypothesis) and the catalogue (tests/bad_input_catalogue.py, which names a
fixed example of every kind). A mutation takes the file's bytes and a ``Pick``
(where to cut, what to insert) and returns the new bytes, or None to delete the
file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import yaml

from gsscb_cli.load.parse import parse_text

T = TypeVar("T")


class Pick(Protocol):
    """Where the choices come from: hypothesis in the property tests."""

    def choice(self, options: Sequence[T]) -> T: ...

    def integer(self, low: int, high: int) -> int: ...

    def binary(self) -> bytes: ...


class _Dumper(yaml.SafeDumper):
    """Dates stay plain (unquoted) as people write them; no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KEY_LINE = re.compile(rb"^( *)([A-Za-z_][\w-]*):( .*)?$")
JUNK_DATES = [
    "2025-02-30",
    "30/11/2025",
    "2025-13-01",
    "25-11-30",
    "2025-11-30T10:00:00",
    "next Tuesday",
    "2025-1-5",
    "0000-00-00",
]
WRONG_TYPES: list[Any] = [42, 3.5, True, None, "", "text", [], ["a", 1], {}, {"x": 1}]


def _tree(raw: bytes) -> Any:
    doc, _ = parse_text(raw.decode("utf-8"), "x.yaml")
    return None if doc is None else doc.data


def _dump(data: Any) -> bytes:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True).encode()


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else []
    )
    for key, child in items:
        out.append((*prefix, key))
        out.extend(_paths(child, (*prefix, key)))
    return out


def _get_parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _edit(
    raw: bytes,
    pick: Pick,
    want: Callable[[Any, tuple[Any, ...]], bool],
    change: Callable[[Any, Any, Pick], None],
) -> bytes:
    """Change one value of the parsed tree and write the tree back as YAML."""
    data = _tree(raw)
    if data is None:
        return raw
    paths = [p for p in _paths(data) if want(_get_parent(data, p)[p[-1]], p)]
    if not paths:
        return raw
    path = pick.choice(paths)
    change(_get_parent(data, path), path[-1], pick)
    return _dump(data)


def drop_field(raw: bytes, pick: Pick) -> bytes:
    def drop(parent: Any, key: Any, _: Pick) -> None:
        del parent[key]

    return _edit(raw, pick, lambda _v, p: True, drop)


def change_type(raw: bytes, pick: Pick) -> bytes:
    def swap(parent: Any, key: Any, p: Pick) -> None:
        parent[key] = p.choice(WRONG_TYPES)

    return _edit(raw, pick, lambda _v, p: True, swap)


def junk_date(raw: bytes, pick: Pick) -> bytes:
    def swap(parent: Any, key: Any, p: Pick) -> None:
        parent[key] = p.choice(JUNK_DATES)

    return _edit(raw, pick, lambda v, _p: isinstance(v, str) and bool(ISO_DATE.match(v)), swap)


def unknown_reference(raw: bytes, pick: Pick) -> bytes:
    def swap(parent: Any, key: Any, _: Pick) -> None:
        parent[key] = "no-such-record"

    return _edit(
        raw,
        pick,
        lambda v, _p: isinstance(v, str) and bool(re.match(r"^[a-z0-9][a-z0-9-]*$", v)),
        swap,
    )


def wrong_shape(raw: bytes, pick: Pick) -> bytes:
    return pick.choice([b"- a\n- b\n", b"just text\n", b"42\n", b"[]\n", b"{}\n", b"null\n"])


def duplicate_key(raw: bytes, pick: Pick) -> bytes:
    lines = raw.split(b"\n")
    candidates = [i for i, line in enumerate(lines) if KEY_LINE.match(line)]
    if not candidates:
        return raw
    i = pick.choice(candidates)
    lines.insert(i + 1, lines[i])
    return b"\n".join(lines)


def anchor_alias(raw: bytes, pick: Pick) -> bytes:
    lines = raw.split(b"\n")
    candidates = [i for i, line in enumerate(lines) if (m := KEY_LINE.match(line)) and m.group(3)]
    if not candidates:
        return b"a: &x 1\nb: *x\n" + raw
    i = pick.choice(candidates)
    m = KEY_LINE.match(lines[i])
    assert m is not None
    style = pick.choice(["anchor", "alias", "merge"])
    if style == "anchor":
        lines[i] = m.group(1) + m.group(2) + b": &a" + m.group(3)
    elif style == "alias":
        lines[i] = m.group(1) + m.group(2) + b": *a"
    else:
        lines.insert(i, m.group(1) + b"<<: {extra: 1}")
    return b"\n".join(lines)


def python_tag(raw: bytes, pick: Pick) -> bytes:
    tag = pick.choice(
        [
            b"!!python/object/apply:os.system ['echo pwned']",
            b"!!python/name:os.system",
            b"!!binary aGVsbG8=",
            b"!!set {a, b}",
            b"!custom value",
        ]
    )
    return b"injected: " + tag + b"\n" + raw


def tab_indent(raw: bytes, pick: Pick) -> bytes:
    lines = raw.split(b"\n")
    candidates = [i for i, line in enumerate(lines) if line.startswith(b"  ")]
    if not candidates:
        return b"a:\n\tb: 1\n"
    i = pick.choice(candidates)
    lines[i] = b"\t" + lines[i][2:]
    return b"\n".join(lines)


def unclosed_quote(raw: bytes, pick: Pick) -> bytes:
    lines = raw.split(b"\n")
    candidates = [i for i, line in enumerate(lines) if (m := KEY_LINE.match(line)) and m.group(3)]
    if not candidates:
        return raw + b"\nx: 'open\n"
    i = pick.choice(candidates)
    quote = pick.choice([b"'", b'"'])
    m = KEY_LINE.match(lines[i])
    assert m is not None
    lines[i] = m.group(1) + m.group(2) + b": " + quote + m.group(3).strip()
    return b"\n".join(lines)


def truncate(raw: bytes, pick: Pick) -> bytes:
    return raw[: pick.integer(0, max(len(raw) - 1, 0))]


def random_bytes(raw: bytes, pick: Pick) -> bytes:
    at = pick.integer(0, len(raw))
    return raw[:at] + pick.binary() + raw[at:]


def invalid_utf8(raw: bytes, pick: Pick) -> bytes:
    at = pick.integer(0, len(raw))
    bad = pick.choice([b"\xff", b"\xfe\xff", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\x80"])
    return raw[:at] + bad + raw[at:]


def control_chars(raw: bytes, pick: Pick) -> bytes:
    at = pick.integer(0, len(raw))
    return (
        raw[:at] + pick.choice([b"\x00", b"\x07", b"\x1b[31m", b"\x7f", b"\xef\xbf\xbf"]) + raw[at:]
    )


def empty_file(raw: bytes, pick: Pick) -> bytes:
    return pick.choice([b"", b"\n\n", b"# only a comment\n", b"---\n", b"   \n"])


def delete_file(raw: bytes, pick: Pick) -> bytes | None:
    return None


def deep_nesting(raw: bytes, pick: Pick) -> bytes:
    depth = pick.integer(50, 3000)
    return b"deep: " + b"[" * depth + b"]" * depth + b"\n" + raw


def huge_value(raw: bytes, pick: Pick) -> bytes:
    return raw + b"\nhuge: " + b"x" * pick.integer(10_000, 300_000) + b"\n"


@dataclass(frozen=True)
class Kind:
    name: str
    description: str
    apply: Callable[[bytes, Pick], bytes | None]


KINDS: dict[str, Kind] = {
    k.name: k
    for k in [
        Kind("drop-field", "a field (required or not) removed", drop_field),
        Kind(
            "wrong-type",
            "a value replaced by one of another type (number, list, mapping, null...)",
            change_type,
        ),
        Kind(
            "junk-date",
            "an ISO date replaced by junk (2025-02-30, 30/11/2025, next Tuesday...)",
            junk_date,
        ),
        Kind("unknown-reference", "an id replaced by one that does not exist", unknown_reference),
        Kind("wrong-shape", "the whole file a list, a scalar or an empty mapping", wrong_shape),
        Kind("duplicate-key", "a `key: value` line repeated", duplicate_key),
        Kind("anchor-alias", "a YAML anchor, alias or merge key inserted", anchor_alias),
        Kind("python-tag", "a `!!python/...` or other explicit tag inserted", python_tag),
        Kind("tab-indent", "a line indented with a tab", tab_indent),
        Kind("unclosed-quote", "a value opened with a quote that is never closed", unclosed_quote),
        Kind("truncate", "the file cut off at a random byte", truncate),
        Kind("random-bytes", "random bytes inserted at a random place", random_bytes),
        Kind("invalid-utf8", "a byte sequence that is not UTF-8 inserted", invalid_utf8),
        Kind(
            "control-chars",
            "a NUL, bell, escape or other control character inserted",
            control_chars,
        ),
        Kind("empty-file", "the file emptied (nothing, blank lines, a comment, `---`)", empty_file),
        Kind("delete-file", "the file deleted", delete_file),
        Kind("deep-nesting", "a value nested thousands of levels deep", deep_nesting),
        Kind("huge-value", "a very long value appended", huge_value),
    ]
}
