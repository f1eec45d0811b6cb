"""A fast yes/no check of a document against our draft-07 schemas, for the common case.

jsonschema's validator is general and slow (it re-resolves every ``$ref`` and builds
a validator object per node); at all-Wales scale it was most of ``gsscb validate``.
Almost every file in a real data folder is valid, so ``schema.validate_document``
first asks this module "is it valid?" and only runs jsonschema, for its messages,
when the answer is no.

The schemas are compiled once into nested closures that follow jsonschema's
draft-07 semantics for the keywords our schemas use (type, properties, required,
additionalProperties, enum, pattern, format: date, min/maxLength, minimum, maximum,
items, minItems, uniqueItems, oneOf, anyOf, $ref). A schema using any other keyword
is not compiled (``compile_schema`` returns None) and jsonschema does all the work.
Being wrong in the strict direction costs only time (jsonschema runs and finds
nothing); tests/test_robustness_schema_fast.py checks both directions on mutated data.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = {
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "definitions",
    "default",
    "examples",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


@cache
def ecma_pattern(pattern: str) -> re.Pattern[str]:
    r"""A schema ``pattern`` compiled with JSON Schema's (ECMA-262) meaning of ``$``: the
    end of the value. Python's ``$`` also matches before a final newline, so ``"10:00\n"``
    would pass ``^...$``; every unescaped ``$`` outside a character class becomes ``\Z``."""
    out: list[str] = []
    escaped = in_class = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "$":
            out.append(r"\Z")
            continue
        out.append(ch)
    return re.compile("".join(out))


class Unsupported(Exception):
    """The schema uses something this compiler does not mirror exactly."""


def _is_date(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _type_check(name: str) -> Check:
    if name == "string":
        return lambda v: isinstance(v, str)
    if name == "object":
        return lambda v: isinstance(v, dict)
    if name == "array":
        return lambda v: isinstance(v, list)
    if name == "boolean":
        return lambda v: isinstance(v, bool)
    if name == "null":
        return lambda v: v is None
    if name == "integer":  # draft 6+: 1.0 is an integer; a bool never is
        return lambda v: (
            (isinstance(v, int) and not isinstance(v, bool))
            or (isinstance(v, float) and v.is_integer())
        )
    if name == "number":
        return lambda v: isinstance(v, int | float) and not isinstance(v, bool)
    raise Unsupported(f"type {name}")


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


class _Compiler:
    def __init__(self, schemas: dict[str, dict[str, Any]]) -> None:
        self.schemas = schemas
        self.refs: dict[tuple[str, str], list[Check]] = {}

    def ref(self, ref: str, base: str) -> Check:
        file, _, pointer = ref.partition("#")
        file = file or base
        if file not in self.schemas:
            raise Unsupported(f"$ref to {ref}")
        key = (file, pointer)
        if key not in self.refs:
            cell: list[Check] = []
            self.refs[key] = cell  # set before compiling, so a recursive $ref terminates
            target: Any = self.schemas[file]
            for part in [p for p in pointer.split("/") if p]:
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise Unsupported(f"$ref to {ref}")
                target = target[part]
            cell.append(self.compile(target, file))
        cell = self.refs[key]
        return lambda v: cell[0](v)

    def compile(self, schema: Any, base: str) -> Check:
        if schema is True or schema == {}:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise Unsupported("schema is not an object")
        if "$ref" in schema:  # draft 7: keywords beside $ref are ignored
            return self.ref(schema["$ref"], base)
        checks = [
            self.keyword(keyword, value, schema, base)
            for keyword, value in schema.items()
            if keyword not in _ANNOTATIONS and not (keyword == "uniqueItems" and not value)
        ]
        if len(checks) == 1:
            return checks[0]
        return _all_of(tuple(checks))

    def keyword(self, keyword: str, value: Any, schema: dict[str, Any], base: str) -> Check:
        """One keyword of a schema as a check (jsonschema's draft-07 semantics)."""
        if keyword == "type":
            return _types(
                tuple(_type_check(n) for n in (value if isinstance(value, list) else [value]))
            )
        if keyword == "properties":
            return _properties({k: self.compile(sub, base) for k, sub in value.items()})
        if keyword == "additionalProperties":
            if "patternProperties" in schema:
                raise Unsupported("patternProperties")
            known = frozenset(schema.get("properties", {}))
            return _no_extra(known) if value is False else _extra(known, self.compile(value, base))
        if keyword == "required":
            return _required(tuple(value))
        if keyword == "enum":
            if not all(isinstance(e, str) for e in value):
                raise Unsupported("enum of non-strings")
            return _enum(frozenset(value))
        if keyword == "pattern":
            return _pattern(ecma_pattern(value))
        if keyword == "format":
            if value != "date":
                raise Unsupported(f"format {value}")
            return _is_date
        if keyword in _BOUNDS:
            return _bound(keyword, value)
        if keyword == "items":
            if isinstance(value, list):
                raise Unsupported("items as a list")
            return _items(self.compile(value, base))
        if keyword == "uniqueItems":
            return _unique_items
        if keyword in ("oneOf", "anyOf"):
            subs = tuple(self.compile(sub, base) for sub in value)
            return _one_of(subs) if keyword == "oneOf" else _any_of(subs)
        raise Unsupported(keyword)


def _always(value: Any) -> bool:
    return True


def _never(value: Any) -> bool:
    return False


# The closures below use plain loops rather than all()/any() over generators: they run
# once per value in the data folder, and the loop is markedly faster.


def _all_of(checks: tuple[Check, ...]) -> Check:
    def check(value: Any) -> bool:
        for one in checks:  # noqa: SIM110 - faster than all() over a generator
            if not one(value):
                return False
        return True

    return check


def _types(tests: tuple[Check, ...]) -> Check:
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(test(v) for test in tests)


def _properties(props: dict[str, Check]) -> Check:
    get = props.get

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for key, item in value.items():  # the same as checking each property that is present
            one = get(key)
            if one is not None and not one(item):
                return False
        return True

    return check


def _no_extra(known: frozenset[str]) -> Check:
    return lambda v: not isinstance(v, dict) or known.issuperset(v)


def _extra(known: frozenset[str], check: Check) -> Check:
    return lambda v: (
        not isinstance(v, dict) or all(check(x) for k, x in v.items() if k not in known)
    )


def _required(names: tuple[str, ...]) -> Check:
    return lambda v: not isinstance(v, dict) or all(k in v for k in names)


def _enum(options: frozenset[str]) -> Check:
    return lambda v: isinstance(v, str) and v in options


def _pattern(rx: re.Pattern[str]) -> Check:
    return lambda v: not isinstance(v, str) or rx.search(v) is not None


_BOUNDS = {"minLength", "maxLength", "minimum", "maximum", "minItems"}


def _bound(keyword: str, limit: Any) -> Check:
    if keyword == "minLength":
        return lambda v: not isinstance(v, str) or len(v) >= limit
    if keyword == "maxLength":
        return lambda v: not isinstance(v, str) or len(v) <= limit
    if keyword == "minItems":
        return lambda v: not isinstance(v, list) or len(v) >= limit
    if keyword == "minimum":
        return lambda v: not _is_number(v) or bool(v >= limit)
    return lambda v: not _is_number(v) or bool(v <= limit)


def _items(one: Check) -> Check:
    def check(value: Any) -> bool:
        if not isinstance(value, list):
            return True
        for item in value:  # noqa: SIM110 - faster than all() over a generator
            if not one(item):
                return False
        return True

    return check


def _unique_items(value: Any) -> bool:
    return not isinstance(value, list) or _unique(value)


def _one_of(subs: tuple[Check, ...]) -> Check:
    return lambda v: sum(1 for check in subs if check(v)) == 1


def _any_of(subs: tuple[Check, ...]) -> Check:
    return lambda v: any(check(v) for check in subs)


def _unique(items: list[Any]) -> bool:
    if all(isinstance(x, str) for x in items):
        return len(set(items)) == len(items)
    from jsonschema._utils import uniq

    return bool(uniq(items))


@cache
def compile_schema(doc_type: str, schema_dir: Path) -> Check | None:
    """A yes/no validity check for one document type, or None when it cannot be mirrored."""
    schemas = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(schema_dir.glob("*.schema.json"))
    }
    name = f"{doc_type}.schema.json"
    try:
        return _Compiler(schemas).compile(schemas[name], name)
    except (Unsupported, KeyError, re.error):
        return None
