"""A fast yes/no check of a document against our draft-07 schemas, by jsonschema-rs.

jsonschema's validator is general and slow; at all-Wales scale it was most of
``gsscb validate``. Almost every file in a real data folder is valid, so
``schema.validate_document`` first asks jsonschema-rs (compiled once per schema,
draft-07 with formats asserted, as jsonschema's FORMAT_CHECKER does) "is it valid?"
and only runs jsonschema, for the words of its messages, when the answer is no.
Being wrong in the strict direction costs only time (jsonschema runs and finds
nothing); tests/test_robustness_schema_fast.py checks both directions on mutated data.

The schemas refer to ``defs.schema.json`` by a relative ``$ref``; each is given an
``$id`` under one base so those references resolve in one registry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

Check = Callable[[Any], bool]

_BASE = "https://gsscb.invalid/schemas/"


@cache
def _registry(schema_dir: Path) -> tuple[Any, dict[str, dict[str, Any]]]:
    import jsonschema_rs

    schemas: dict[str, dict[str, Any]] = {}
    for path in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(contents, dict):
            schemas[path.name] = {"$id": _BASE + path.name, **contents}
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in schemas.values()])
    return registry, schemas


@cache
def compile_schema(doc_type: str, schema_dir: Path) -> Check | None:
    """A function saying whether a document is valid; None when the schema cannot be compiled."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a dependency; jsonschema alone still works
        return None
    registry, schemas = _registry(schema_dir)
    schema = schemas.get(f"{doc_type}.schema.json")
    if schema is None:
        return None
    try:
        validator = jsonschema_rs.Draft7Validator(schema, registry=registry, validate_formats=True)
    except Exception:
        return None

    def check(data: Any) -> bool:
        try:
            return bool(validator.is_valid(data))
        except Exception:
            return False

    return check
