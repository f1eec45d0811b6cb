"""JSON Schema validation (draft-07) with every error mapped back to its file and line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsscb_cli.findings import Finding, Location, validation_finding
from gsscb_cli.load.schema_fast import compile_schema
from gsscb_cli.resources import resource_dir
from gsscb_cli.years import YEARS

if TYPE_CHECKING:  # jsonschema is imported only when a document needs its messages
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

    from gsscb_cli.load.parse import Document

DOCUMENT_TYPES = (
    "board",
    "people",
    "requirements",
    "partnership",
    "meeting",
    "priority",
    "funding",
    "returns",
    "initiatives",
    "groups",
    "issues",
)


@cache
def _registry_and_schemas(schema_dir: Path) -> tuple[Registry, dict[str, dict[str, Any]]]:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    schemas: dict[str, dict[str, Any]] = {}
    registry: Registry = Registry()
    for path in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        schemas[path.name] = contents
        registry = registry.with_resource(path.name, Resource.from_contents(contents, DRAFT7))
    return registry, schemas


@cache
def validator_for(doc_type: str, schema_dir: Path | None = None) -> Draft7Validator:
    from jsonschema import Draft7Validator, validators

    directory = schema_dir or resource_dir("schemas")
    registry, schemas = _registry_and_schemas(directory)
    schema = schemas[f"{doc_type}.schema.json"]
    checker = validators.extend(Draft7Validator, {"pattern": _whole_value_pattern})  # type: ignore[no-untyped-call]
    return checker(schema, registry=registry, format_checker=Draft7Validator.FORMAT_CHECKER)  # type: ignore[no-any-return]


@cache
def ecma_pattern(pattern: str) -> re.Pattern[str]:
    r"""A schema ``pattern`` compiled with JSON Schema's (ECMA-262) meaning of ``$``: the
    end of the value. Python's ``$`` also matches before a final newline, so ``"10:00\n"``
    would pass ``^...$``; every unescaped ``$`` outside a character class becomes ``\Z``.
    (jsonschema-rs, the yes/no check, already reads ``$`` this way: Rust's regex ``$``
    without the multi-line flag is the end of the text.)"""
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


def _whole_value_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """``pattern`` as JSON Schema means it: ``$`` is the end of the value (see ecma_pattern)."""
    from jsonschema.exceptions import ValidationError

    if isinstance(instance, str) and not ecma_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "an empty value (null)"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{shown}'"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "nothing (null)",
}


def _visible(value: Any) -> Any:
    """Control characters in a value shown as escapes (a pattern fails on "10:00\\n")."""
    if not isinstance(value, str):
        return value
    return "".join(repr(ch)[1:-1] if (ord(ch) < 32 or 127 <= ord(ch) < 160) else ch for ch in value)


def _field(error: ValidationError) -> str:
    parts = [str(p) if not isinstance(p, int) else f"[{p}]" for p in error.absolute_path]
    text = ".".join(parts).replace(".[", "[")
    return text or "(top level)"


def message_for(error: ValidationError, missing: str | None = None) -> str:
    """A plain-words message for one schema error (``missing``: the absent required field
    this error is about, when the caller knows it)."""
    where = _field(error)
    validator = error.validator
    value = error.instance
    if validator in ("oneOf", "anyOf") and error.context:
        from jsonschema.exceptions import best_match

        inner = best_match(error.context)
        if (
            inner is not None
            and isinstance(error.instance, dict | list)
            and inner.validator != "type"
        ):
            return message_for(inner)
        expected = error.schema.get("description", "") if isinstance(error.schema, dict) else ""
        hint = f" ({expected})" if expected else ""
        return f"{where}: {_describe(value)} is not allowed here{hint}"
    if validator == "type":
        wanted: Any = error.validator_value
        wanted_list: list[str] = [
            str(w) for w in (wanted if isinstance(wanted, list) else [wanted])
        ]
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted_list)
        extra = ""
        if (
            "boolean" in wanted_list
            and isinstance(value, str)
            and value.lower() in {"yes", "no", "on", "off", "y", "n", "true", "false"}
        ):
            extra = " (only true and false are booleans here; yes/no/on/off are text)"
        return f"{where}: expected {words}, got {_describe(value)}{extra}"
    if validator == "format" and error.validator_value == "date":
        return f"{where}: '{value}' is not a real date (write YYYY-MM-DD, e.g. 2025-11-30)"
    if validator == "pattern" and isinstance(error.validator_value, str):
        value = _visible(value)
        if "-[0-9]{2}-[0-9]{2}" in error.validator_value:
            if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
                first, last = YEARS
                return f"{where}: '{value}' is outside the years {first} to {last}"
            return f"{where}: '{value}' is not an ISO date; write YYYY-MM-DD, e.g. 2025-11-30"
        if "[a-z0-9]" in error.validator_value:
            return f"{where}: '{value}' is not a valid id (lower-case letters, digits and hyphens)"
        if "[01][0-9]" in error.validator_value:
            return f"{where}: '{value}' is not a time; write HH:MM (24-hour)"
    if validator == "required":
        absent = _missing(error)
        name = missing or (absent[0] if absent else "?")
        return f"{where}: required field '{name}' is missing"
    if validator == "additionalProperties":
        extras = _extras(error)
        allowed = (
            sorted((error.schema.get("properties") or {}).keys())
            if isinstance(error.schema, dict)
            else []
        )
        names = ", ".join(f"'{e}'" for e in extras) or "a field"
        hint = f"; allowed: {', '.join(allowed)}" if allowed else ""
        return f"{where}: unknown field {names}{hint}"
    if validator == "enum":
        enum_values: Any = error.validator_value
        options = ", ".join(str(v) for v in enum_values)
        return f"{where}: {_describe(value)} is not one of: {options}"
    if validator in ("minItems", "minLength"):
        return f"{where}: must not be empty"
    if validator == "uniqueItems":
        return f"{where}: contains the same entry twice"
    if validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = {
            "minimum": "at least",
            "maximum": "at most",
            "exclusiveMinimum": "more than",
            "exclusiveMaximum": "less than",
        }[str(validator)]
        return f"{where}: {_describe(value)} must be {bound} {error.validator_value}"
    if validator in ("maxItems", "maxLength"):
        unit = "entries" if validator == "maxItems" else "characters"
        return f"{where}: is too long (at most {error.validator_value} {unit})"
    if validator == "const":
        return f"{where}: must be {_describe(error.validator_value)}"
    if validator == "format":
        return f"{where}: {_describe(value)} is not a valid {error.validator_value}"
    if validator == "pattern":
        return f"{where}: {_describe(value)} is not written in the expected form"
    if validator in ("minProperties", "maxProperties"):
        return f"{where}: has too few or too many fields"
    if validator == "not":
        return f"{where}: {_describe(value)} is not allowed here"
    if validator in ("dependencies", "dependentRequired"):
        return f"{where}: a field that goes with another one is missing"
    # Our words for anything else too: never the validator library's own message.
    return f"{where}: {_describe(value)} does not match what this field allows ({validator})"


def _missing(error: ValidationError) -> list[str]:
    """The required fields absent from the instance (from the schema, not the message)."""
    required = error.validator_value if isinstance(error.validator_value, list) else []
    present = error.instance if isinstance(error.instance, dict) else {}
    return [str(name) for name in required if name not in present]


def _extras(error: ValidationError) -> list[str]:
    """The fields the schema does not allow (from the schema, not the message)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    allowed = set(schema.get("properties") or {})
    patterns = [re.compile(p) for p in (schema.get("patternProperties") or {})]
    present = error.instance if isinstance(error.instance, dict) else {}
    return [
        str(name)
        for name in present
        if name not in allowed and not any(p.search(str(name)) for p in patterns)
    ]


def _error_location(doc: Document, error: ValidationError) -> tuple[int | None, int | None]:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        extras = _extras(error)
        if extras:
            loc = doc.location((*path, extras[0]), key=True)
            return loc.line, loc.column
    if error.validator == "required":
        loc = doc.location(path)
        return loc.line, loc.column
    loc = doc.location(path)
    return loc.line, loc.column


def validate_document(
    doc: Document, doc_type: str, schema_dir: Path | None = None
) -> list[Finding]:
    """Validate one document against its schema. Returns findings with file, line and column."""
    fast = compile_schema(doc_type, schema_dir or resource_dir("schemas"))
    if fast is not None and fast(doc.data):
        return []  # valid: jsonschema would find nothing (tests/test_robustness_schema_fast.py)
    validator = validator_for(doc_type, schema_dir)
    findings: list[Finding] = []
    # jsonschema yields one "required" error per absent field, in the schema's order; count
    # them per place so each names its own field (without reading the library's message)
    required_seen: dict[tuple[object, ...], int] = {}
    for error in validator.iter_errors(doc.data):
        line, col = _error_location(doc, error)
        missing = None
        if error.validator == "required":
            place = (*error.absolute_path, id(error.schema))
            index = required_seen.get(place, 0)
            required_seen[place] = index + 1
            absent = _missing(error)
            missing = absent[index] if index < len(absent) else None
        findings.append(
            validation_finding(
                "schema", message_for(error, missing), Location(doc.display, line, col)
            )
        )
    return findings
