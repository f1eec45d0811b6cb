"""The PyYAML path of ``parse``: every file the fast path (``load/fast.py``) declines,
and every message about YAML that is not plain block records.

Imported when a file first needs it (``parse._parse_pyyaml``): a folder of plain records
is read without PyYAML. See ``parse``'s docstring for what this loader refuses.
"""

from __future__ import annotations

import math
import re
from array import array
from pathlib import Path
from typing import Any

import yaml

from gsscb_cli import yaml_errors
from gsscb_cli.findings import Finding
from gsscb_cli.load.parse import (
    MAX_DIGITS,
    Document,
    _finding,
    _pack,
    _Refused,
    _too_deep_at,
    _unpack,
)

try:  # the C parser is many times faster; fall back to pure Python where absent
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_C_PARSER = _BaseLoader is not yaml.SafeLoader  # libyaml reports byte offsets

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_ALLOWED_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ}


class StrictLoader(_BaseLoader):  # type: ignore[misc]
    """A safe loader whose implicit types are only null, true/false, int, float and str."""

    # PyYAML calls these three once per node, in Python, even from the C parser. They
    # do what BaseResolver does for a loader without path resolvers (ours has none),
    # with less work: a fifth of the parse time at all-Wales scale.
    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return str(tag)
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


StrictLoader.yaml_implicit_resolvers = {}
StrictLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|false)$"), list("tf"))
StrictLoader.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?(?:0|[1-9][0-9]*))$"), list("-+0123456789")
)
StrictLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)$"),
    list("-+0123456789."),
)
StrictLoader.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


def _char_at(text: str, mark: yaml.Mark | None) -> str:
    if mark is None:
        return ""
    lines = text.splitlines()
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


def _yaml_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, yaml.Mark | None]:
    """Our words for a YAML syntax error (never the library's), and the mark to point at."""
    if _char_at(text, exc.problem_mark) == "\t":
        return yaml_errors.COMPLAINTS[1].message, exc.problem_mark
    message, mark = yaml_errors.words_for(exc)
    return message, mark


def _alias_check(text: str) -> None:
    """Refuse anchors and aliases (an alias can expand exponentially: an 'alias bomb')."""
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=StrictLoader):
        mark = event.start_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                "yaml-alias",
                "YAML aliases (*name) are not allowed: write the value out in full",
                line,
                col,
            )
        anchor = getattr(event, "anchor", None)
        if anchor:
            raise _Refused(
                "yaml-alias",
                f"YAML anchors (&{anchor}) are not allowed: write the value out in full",
                line,
                col,
            )


class _Builder:
    """PyYAML nodes to values, and the table of places (``load/fast.py``) in document order."""

    def __init__(self) -> None:
        self.table: list[int] = []

    def build(self, node: yaml.Node, depth: int, key_place: int = 0) -> Any:
        mark = node.start_mark
        row = len(self.table) // 3
        self.table += (_pack(mark.line + 1, mark.column + 1), key_place, 1)
        if depth > yaml_errors.MAX_DEPTH:
            raise _Refused(
                "yaml-error",
                f"invalid YAML: {yaml_errors.TOO_DEEP}",
                mark.line + 1,
                mark.column + 1,
            )
        if node.tag not in _ALLOWED_TAGS:
            raise _Refused(
                "yaml-tag",
                f"the YAML tag {node.tag} is not allowed",
                mark.line + 1,
                mark.column + 1,
            )
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            key_places: dict[str, int] = {}
            for key_node, value_node in node.value:
                kmark = key_node.start_mark
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _Refused(
                        "yaml-error",
                        "a mapping key must be a plain name",
                        kmark.line + 1,
                        kmark.column + 1,
                    )
                if key_node.tag not in _ALLOWED_TAGS and key_node.tag != _MERGE:
                    raise _Refused(
                        "yaml-tag",
                        f"the YAML tag {key_node.tag} is not allowed (on a key)",
                        kmark.line + 1,
                        kmark.column + 1,
                    )
                if key_node.tag == _MERGE or key_node.value == "<<":
                    raise _Refused(
                        "yaml-alias",
                        "YAML merge keys (<<) are not allowed",
                        kmark.line + 1,
                        kmark.column + 1,
                    )
                key = str(key_node.value)
                if key in result:
                    first = _unpack(key_places[key])
                    raise _Refused(
                        "duplicate-key",
                        f"duplicate key '{key}' (first at line {first[0]}); YAML would keep only the last",
                        kmark.line + 1,
                        kmark.column + 1,
                    )
                key_places[key] = _pack(kmark.line + 1, kmark.column + 1)
                result[key] = self.build(value_node, depth + 1, key_places[key])
            self.table[3 * row + 2] = len(self.table) // 3 - row
            return result
        if isinstance(node, yaml.SequenceNode):
            items = [self.build(item, depth + 1) for item in node.value]
            self.table[3 * row + 2] = len(self.table) // 3 - row
            return items
        value = str(node.value)
        tag = node.tag
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value == "true"
        if tag == _INT:
            digits = len(value.lstrip("+-"))
            if digits > MAX_DIGITS:
                raise _Refused(
                    "yaml-error",
                    f"a number of {digits:,} digits; numbers of more than {MAX_DIGITS} "
                    "digits are refused",
                    mark.line + 1,
                    mark.column + 1,
                )
            return int(value)
        if tag == _FLOAT:
            number = float(value)
            if not math.isfinite(number):
                raise _Refused(
                    "yaml-error",
                    "a number too large to hold; write a smaller one",
                    mark.line + 1,
                    mark.column + 1,
                )
            return number
        return value


def _reader_position(text: str, position: int) -> tuple[int, int]:
    """Line and column of a reader error: libyaml counts UTF-8 bytes, pure PyYAML characters."""
    if _C_PARSER:
        before = text.encode("utf-8")[:position].decode("utf-8", "replace")
    else:
        before = text[:position]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def parse_pyyaml(
    text: str, display: str, path: Path | None = None
) -> tuple[Document | None, list[Finding]]:
    """The PyYAML path: every file the fast path declines, and every message."""
    stripped = "\n".join(
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )
    if not stripped.strip():
        return None, [_finding("empty-file", "the file is empty (no YAML content)", display, 1, 1)]
    try:
        _alias_check(text)
        node = yaml.compose(text, Loader=StrictLoader)
        if node is None:
            return None, [
                _finding("empty-file", "the file is empty (no YAML content)", display, 1, 1)
            ]
        builder = _Builder()
        data = builder.build(node, 0)
    except _Refused as refused:
        return None, [
            _finding(refused.rule, refused.message, display, refused.line, refused.column)
        ]
    except yaml.MarkedYAMLError as exc:
        message, mark = _yaml_error(exc, text)
        if message == yaml_errors.TOO_DEEP:
            line, col = _too_deep_at(text)
        else:
            line = mark.line + 1 if mark is not None else None
            col = mark.column + 1 if mark is not None else None
        return None, [_finding("yaml-error", f"invalid YAML: {message}", display, line, col)]
    except yaml.reader.ReaderError as exc:  # a control character: say where it is
        line, col = _reader_position(text, exc.position)
        code = ord(exc.character) if isinstance(exc.character, str) else int(exc.character)
        message = f"invalid YAML: character #x{code:04x} is a control character, not text"
        return None, [_finding("yaml-error", message, display, line, col)]
    except yaml.YAMLError:
        message = f"invalid YAML: {yaml_errors.GENERIC}"
        return None, [_finding("yaml-error", message, display, None, None)]
    except RecursionError:
        line, col = _too_deep_at(text)
        message = f"invalid YAML: {yaml_errors.TOO_DEEP}"
        return None, [_finding("yaml-error", message, display, line, col)]
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        return None, [
            _finding("schema", f"the file must hold a mapping of fields, not {kind}", display, 1, 1)
        ]
    doc = Document(
        path=path or Path(display),
        display=display,
        data=data,
        places=array("Q", builder.table).tobytes(),
    )
    return doc, []
