"""The fast validity check (gsscb_cli/load/schema_fast.py) agrees with jsonschema, both ways.

``schema.validate_document`` trusts a "valid" from the fast check and skips jsonschema,
so a document the fast check passes must have no jsonschema error. These tests take
every bundled and generated document, and many mutated copies, and compare.
"""

from __future__ import annotations

import copy
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gsscb_cli.load import discover, display_path
from gsscb_cli.load.parse import load_file
from gsscb_cli.load.schema import DOCUMENT_TYPES, validator_for
from gsscb_cli.load.schema_fast import compile_schema
from gsscb_cli.resources import resource_dir
from tests.conftest import DATA, ROOT

SCHEMAS = resource_dir("schemas")
JUNK: list[Any] = [
    None, True, False, 0, 1, -1, 1.0, 2.5, 10**6, "", "x", "no-such-id", "Bad Id", "2025-02-30",
    "30/11/2025", "2025-11-30", "10:00", "25:00", "held", "OFFICIAL", "statutory", [], ["a"],
    ["a", "a"], [1, 1.0], [True, 1], {}, {"en": "x"}, {"en": ""}, {"en": "x", "cy": "y"},
    {"status": "filled"}, {"type": "cycle", "months": 12}, {"x": 1},
    # whole-value patterns: JSON Schema's "$" is the end of the value, Python's is not
    "10:00\n", "2025-11-30\n", "x\n", "no-such-id\n", "\nx", "2025-11\n", "11-30\n",
    "1/2\n", "a#b\n", "0123456789abcdef\n",
    # dates and bounds: years outside the pattern, format-only traps, the schemas' maxima
    "0000-01-01", "1899-12-31", "2200-01-01", "2024-02-29", "2025-02-29", "20251130",
    "2025-W48-1", "\u0662\u0660\u0662\u0665-11-30", 3660, 3661, 9999, 10**18 - 1,
    -(10**18) + 1, 0.5, 1e300,
]  # fmt: skip


def _generated(tmp: Path) -> Path:
    spec = importlib.util.spec_from_file_location(
        "gsscb_bench_generate", ROOT / "bench" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(2, tmp / "data", seed=1, years=1)
    return tmp / "data"


def _documents(folder: Path) -> list[tuple[str, Any]]:
    files, _ = discover(folder)
    out = []
    for path, doc_type in files:
        doc, _ = load_file(path, display_path(path))
        if doc is not None:
            out.append((doc_type, doc.data))
    return out


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Any]]:
    docs = _documents(_generated(tmp_path_factory.mktemp("fast")))
    if (DATA / "board.yaml").is_file():
        docs += _documents(DATA)
    return docs


def agree(doc_type: str, data: Any) -> tuple[bool, bool]:
    fast = compile_schema(doc_type, SCHEMAS)
    assert fast is not None, f"{doc_type}.schema.json uses a keyword the fast check does not mirror"
    slow = not any(True for _ in validator_for(doc_type, SCHEMAS).iter_errors(data))
    return fast(data), slow


def test_every_schema_compiles() -> None:
    for doc_type in DOCUMENT_TYPES:
        assert compile_schema(doc_type, SCHEMAS) is not None, doc_type


def test_unmutated_documents_agree(documents: list[tuple[str, Any]]) -> None:
    assert len(documents) > 20
    for doc_type, data in documents:
        fast, slow = agree(doc_type, data)
        assert fast == slow, (doc_type, data.get("id"))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = [prefix]
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else []
    )
    for key, child in items:
        out.extend(_paths(child, (*prefix, key)))
    return out


def _mutate(data: Any, draw: Callable[[Any], Any]) -> Any:
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "add-key", "duplicate-item"]))
        if action == "replace":
            parent[path[-1]] = copy.deepcopy(draw(st.sampled_from(JUNK)))  # never shared
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add-key" and isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(st.sampled_from(["extra", "note", "id", "en"]))] = copy.deepcopy(
                draw(st.sampled_from(JUNK))
            )  # a shared junk dict could loop
        elif action == "duplicate-item" and isinstance(parent[path[-1]], list) and parent[path[-1]]:
            parent[path[-1]].append(copy.deepcopy(parent[path[-1]][0]))
    return data


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data())
def test_mutated_documents_agree(documents: list[tuple[str, Any]], data: st.DataObject) -> None:
    doc_type, original = data.draw(st.sampled_from(documents))
    mutated = _mutate(original, data.draw)
    fast, slow = agree(doc_type, mutated)
    assert fast == slow, (doc_type, mutated)


def test_a_final_newline_on_any_text_agrees(documents: list[tuple[str, Any]]) -> None:
    """Every text value of one document per type, with a newline after it: a patterned
    field ("10:00\\n", "2025-11-30\\n", an id) must fail both checks, free text pass both."""
    seen: set[str] = set()
    changed = failed = 0
    for doc_type, original in documents:
        if doc_type in seen:
            continue
        seen.add(doc_type)
        for path in _paths(original):
            value = original
            for key in path:
                value = value[key]
            if not path or not isinstance(value, str):
                continue
            mutated = copy.deepcopy(original)
            target = mutated
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value + "\n"
            fast, slow = agree(doc_type, mutated)
            assert fast == slow, (doc_type, path, value)
            changed += 1
            failed += not slow
    assert changed > 100 and failed > 20, (changed, failed)  # patterned fields were reached
