"""JSON Schema validation (draft-07) with every error mapped back to its file and line."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsscb_cli.findings import Finding, Location, validation_finding
from gsscb_cli.resources import resource_dir
from gsscb_cli.schema_fast import compile_schema

if TYPE_CHECKING:  # jsonschema is imported only when a document needs its messages
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

    from gsscb_cli.loader import Document

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
    from jsonschema import Draft7Validator

    directory = schema_dir or resource_dir("schemas")
    registry, schemas = _registry_and_schemas(directory)
    schema = schemas[f"{doc_type}.schema.json"]
    return Draft7Validator(schema, registry=registry, format_checker=Draft7Validator.FORMAT_CHECKER)


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


def _field(error: ValidationError) -> str:
    parts = [str(p) if not isinstance(p, int) else f"[{p}]" for p in error.absolute_path]
    text = ".".join(parts).replace(".[", "[")
    return text or "(top level)"


def message_for(error: ValidationError) -> str:
    """A plain-words message for one schema error."""
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
        if error.validator_value.startswith("^[0-9]{4}"):
            return f"{where}: '{value}' is not an ISO date; write YYYY-MM-DD, e.g. 2025-11-30"
        if "[a-z0-9]" in error.validator_value:
            return f"{where}: '{value}' is not a valid id (lower-case letters, digits and hyphens)"
        if "[01][0-9]" in error.validator_value:
            return f"{where}: '{value}' is not a time; write HH:MM (24-hour)"
    if validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        return f"{where}: required field '{name}' is missing"
    if validator == "additionalProperties":
        extras = re.findall(r"'([^']+)'", error.message.split("(")[-1])
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
    if validator in ("minimum", "maximum"):
        bound = "at least" if validator == "minimum" else "at most"
        return f"{where}: {_describe(value)} must be {bound} {error.validator_value}"
    return f"{where}: {error.message}"


def _error_location(doc: Document, error: ValidationError) -> tuple[int | None, int | None]:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        extras = re.findall(r"'([^']+)'", error.message.split("(")[-1])
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
    for error in validator.iter_errors(doc.data):
        line, col = _error_location(doc, error)
        findings.append(
            validation_finding("schema", message_for(error), Location(doc.display, line, col))
        )
    return findings
