"""The C walks of a table of places (``child_rows``, ``item_locations`` in _fastc.c)
equal ``parse.Places``'s Python loops, and refuse a damaged table instead of following it.

``parse.Places`` asks them for the rows of a container's children and the locations of
a list's items when the C reader is built. A table may come from the document cache, so
every row read is bounded: a damaged table raises ValueError or IndexError, never reads
past its end and never loops for ever.
"""

from __future__ import annotations

import dataclasses
import os
from array import array
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gsscb_cli.findings import Location
from gsscb_cli.load import fast, load, parse
from gsscb_cli.load.build import build_dataset

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(
    path
    for folder in ("data", "examples")
    for path in (ROOT / folder).rglob("*")
    if path.suffix in (".yaml", ".yml") and path.is_file()
)

pytestmark = pytest.mark.skipif(
    fast.NATIVE is None and not os.environ.get("CI"), reason="the C reader is not built"
)


@pytest.fixture
def native() -> Any:
    assert fast.NATIVE is not None, "gsscb_cli/load/_fastc.c was not compiled"
    parse._native_places()  # told the class it makes
    return fast.NATIVE


def python_rows(table: memoryview, row: int) -> list[int]:
    """The loop ``Places._children`` runs without the C reader."""
    rows = []
    child, end = row + 1, row + table[3 * row + 2]
    while child < end:
        rows.append(child)
        child += table[3 * child + 2]
    return rows


def containers(value: Any, row: int, table: memoryview) -> list[tuple[int, Any]]:
    """Every container of a document with its row, in document order."""
    out: list[tuple[int, Any]] = []
    if isinstance(value, dict | list):
        out.append((row, value))
        items = value.values() if isinstance(value, dict) else value
        for child, kid in zip(python_rows(table, row), items, strict=True):
            out += containers(kid, child, table)
    return out


def python_locations(doc: parse.Document, path: tuple[str | int, ...]) -> list[Location]:
    places = parse.Places(doc)
    places._native = None
    return places.items(path)


def paths_to_lists(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out: list[tuple[str | int, ...]] = []
    if isinstance(value, list):
        out.append(path)
        for i, item in enumerate(value):
            out += paths_to_lists(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            out += paths_to_lists(item, (*path, key))
    return out


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_file_walks_the_same(native: Any, path: Path) -> None:
    doc, problems = parse.load_file(path, path.name)
    if doc is None:
        pytest.fail(f"a shipped file does not parse: {problems}")
    table = memoryview(doc.places).cast("Q")
    for row, _value in containers(doc.data, 0, table):
        assert native.child_rows(doc.places, row) == python_rows(table, row)
    lists = paths_to_lists(doc.data)
    for list_path in lists:
        ours = parse.Places(doc).items(list_path)
        theirs = python_locations(doc, list_path)
        assert ours == theirs
        assert all(type(loc) is Location for loc in ours)


def all_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in a document, and a few that are not there (a missing key, an index
    past the end, a step into a scalar, a negative index, a key given to a list)."""
    out = [path, (*path, "no-such-key"), (*path, 10**30)]
    if isinstance(value, dict):
        for key, item in value.items():
            out += all_paths(item, (*path, key))
    elif isinstance(value, list):
        out += [(*path, -1), (*path, len(value)), (*path, "0"), (*path, True)]
        for i, item in enumerate(value):
            out += all_paths(item, (*path, i))
    else:
        out.append((*path, 0))
    return out


def python_places(doc: parse.Document) -> parse.Places:
    places = parse.Places(doc)
    places._native = None
    return places


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_location_walked_in_c_is_the_python_walks(native: Any, path: Path) -> None:
    """``_fastc.location`` and ``items`` (the model's lookups walked in C) give, for every
    path of every shipped file (and paths that are not there), what Places's own walk
    gives, for a value and for its key."""
    doc, _ = parse.load_file(path, path.name)
    assert doc is not None
    ours, theirs = parse.Places(doc), python_places(doc)
    walked = 0
    for where in all_paths(doc.data):
        for key in (False, True):
            assert ours.location(where, key=key) == theirs.location(where, key=key), where
        assert ours.items(where) == theirs.items(where), where
        walked += native.location(doc.places, doc.data, where, False, "f") is not None
    assert walked > 0


def test_a_step_past_the_walks_reach_is_the_python_walks(native: Any) -> None:
    """Past WALK_MAX (64) earlier siblings the C walk leaves the answer to Places's own
    (which keeps each container's rows, so a long list asked item by item stays linear)."""
    text = "items:\n" + "".join(f"  - id: i{n}\n    at: {n}\n" for n in range(100))
    doc, _ = parse.parse_text(text, "long.yaml")
    assert doc is not None
    assert native.location(doc.places, doc.data, ("items", 64, "at"), False, "f") is not None
    assert native.location(doc.places, doc.data, ("items", 65, "at"), False, "f") is None
    ours, theirs = parse.Places(doc), python_places(doc)
    for n in (0, 64, 65, 99):
        assert ours.location(("items", n, "at")) == Location("long.yaml", 3 + 2 * n, 9)
        assert ours.location(("items", n, "at")) == theirs.location(("items", n, "at"))
    assert ours.items(("items",)) == theirs.items(("items",))


def test_a_location_made_in_c_is_a_location(native: Any) -> None:
    doc, _ = parse.parse_text("a:\n  - x\n  - y: 1\n    z: 2\n", "f.yaml")
    assert doc is not None
    first, second = parse.Places(doc).items(("a",))
    assert type(first) is Location
    assert (first.file, first.line, first.column) == ("f.yaml", 2, 5)  # counted by hand
    assert second == Location("f.yaml", 3, 5) and hash(second) == hash(Location("f.yaml", 3, 5))
    assert str(second) == "f.yaml:3:5" and first < second
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.line = 9  # type: ignore[misc]


def test_the_model_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch, native: Any) -> None:
    """Every record of the bundled data and the example, built with the C walks and with
    the Python loops: equal, locations included."""
    for folder in (ROOT / "data", ROOT / "examples" / "safer-vale" / "data"):
        documents = load(folder, cache=False).documents
        with_c = build_dataset(documents)
        monkeypatch.setattr(parse, "_native_places", lambda: None)
        with_python = build_dataset(documents)
        monkeypatch.undo()
        assert with_c == with_python
        assert with_c.meetings and with_c.partnerships


def table_of(*rows: tuple[int, int, int]) -> bytes:
    return array("Q", [cell for row in rows for cell in row]).tobytes()


# a mapping of two scalars: (place, key's place, subtree size) per value
GOOD = table_of((1 << 22 | 1, 0, 3), (1 << 22 | 4, 1 << 22 | 1, 1), (2 << 22 | 4, 2 << 22 | 1, 1))


def test_a_good_table_by_hand(native: Any) -> None:
    assert native.child_rows(GOOD, 0) == [1, 2]
    assert native.child_rows(GOOD, 1) == []
    assert native.item_locations(GOOD, 0, 2, "f") == [Location("f", 1, 4), Location("f", 2, 4)]
    assert native.item_locations(GOOD, 0, 0, "f") == []


@pytest.mark.parametrize(
    ("table", "row", "count", "error", "rows_error"),
    [
        (GOOD, 3, 1, IndexError, IndexError),  # a row past the table
        (GOOD, -1, 1, IndexError, IndexError),
        (GOOD, 0, 3, IndexError, None),  # more items than the container holds
        (GOOD, 0, -1, IndexError, None),
        (GOOD[:-8], 0, 1, ValueError, ValueError),  # not whole rows
        (table_of((0, 0, 3), (0, 0, 0), (0, 0, 1)), 0, 2, ValueError, ValueError),  # size 0
        (table_of((0, 0, 0)), 0, 0, ValueError, ValueError),  # a size of 0 would never end
        (table_of((0, 0, 9), (0, 0, 1)), 0, 1, ValueError, ValueError),  # past the table
        (table_of((0, 0, 3), (0, 0, 5), (0, 0, 1)), 0, 2, ValueError, ValueError),  # past its
        # container; and one row past, exactly: the mapping's one row says 2, the table holds
        # 1; a child says 2 where its container has 1 row left
        (table_of((0, 0, 2)), 0, 1, ValueError, ValueError),
        (table_of((0, 0, 3), (0, 0, 2)), 0, 1, ValueError, ValueError),
    ],
)
def test_a_damaged_table_is_refused(
    native: Any,
    table: bytes,
    row: int,
    count: int,
    error: type[Exception],
    rows_error: type[Exception] | None,
) -> None:
    with pytest.raises(error):
        native.item_locations(table, row, count, "f")
    if rows_error is not None:
        with pytest.raises(rows_error):
            native.child_rows(table, row)
    else:
        assert native.child_rows(table, row) == [1, 2]


@pytest.mark.parametrize(
    "table",
    [
        GOOD[:-8],  # not whole rows
        b"",  # no rows at all
        table_of((0, 0, 0), (0, 0, 1), (0, 0, 1)),  # a size of 0 would never end
        table_of((0, 0, 2), (0, 0, 1), (0, 0, 1)),  # fewer values than the mapping holds
        table_of((0, 0, 9), (0, 0, 1), (0, 0, 1)),  # a size past the table
        table_of((0, 0, 4), (0, 0, 1), (0, 0, 1)),  # one row past the table, exactly
        table_of((0, 0, 3), (0, 0, 2), (0, 0, 1)),  # its first value's subtree takes the
        # second's row: the second is past the table
    ],
)
def test_a_damaged_table_is_refused_by_the_walk(native: Any, table: bytes) -> None:
    data = {"a": 1, "b": 2}
    with pytest.raises((ValueError, IndexError)):
        native.location(table, data, ("b",), False, "f")
    with pytest.raises((ValueError, IndexError)):
        native.items(table, {"a": 1, "b": [1]}, ("b",), "f")


def test_wrong_arguments_are_type_errors(native: Any) -> None:
    with pytest.raises(TypeError):
        native.child_rows(GOOD)
    with pytest.raises(TypeError):
        native.child_rows("not bytes", 0)
    with pytest.raises(TypeError):
        native.item_locations(GOOD, 0, 1, b"not text")
    with pytest.raises(TypeError):
        native.places_setup("not a class")
    with pytest.raises(AttributeError):
        native.places_setup(dict)  # a class without the three fields

    class Plain:
        file = line = column = None  # fields, not slots

    with pytest.raises(TypeError):
        native.places_setup(Plain)
    assert native.item_locations(GOOD, 0, 1, "f") == [Location("f", 1, 4)]  # still set up


@settings(max_examples=300, deadline=None)
@given(
    cells=st.lists(st.integers(0, 2**64 - 1) | st.integers(0, 8), max_size=30),
    row=st.integers(-2, 12),
    count=st.integers(-1, 12),
)
def test_any_table_returns_or_is_refused(cells: list[int], row: int, count: int) -> None:
    """Whatever the bytes, the walks return an answer or raise ValueError / IndexError."""
    assert fast.NATIVE is not None
    parse._native_places()
    table = array("Q", cells).tobytes()
    data = {"a": [1, {"b": 2}], "c": {"d": [3]}}
    for call in (
        lambda: fast.NATIVE.child_rows(table, row),  # type: ignore[union-attr]
        lambda: fast.NATIVE.item_locations(table, row, count, "f"),  # type: ignore[union-attr]
        lambda: fast.NATIVE.location(table, data, ("a", 1, "b"), True, "f"),  # type: ignore[union-attr]
        lambda: fast.NATIVE.items(table, data, ("c", "d"), "f"),  # type: ignore[union-attr]
    ):
        try:
            result = call()
        except (ValueError, IndexError):
            continue
        n = len(cells) // 3
        if isinstance(result, Location):
            continue
        assert isinstance(result, list)
        if result and isinstance(result[0], int):
            assert all(0 < r < n for r in result)


def test_a_build_without_the_walks_uses_the_python_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    """A C reader built from an older source (an editable install not built again) has
    ``parse`` but not the walks: the Python loops are used, not an AttributeError."""

    class Older:  # (a build with the first walks but not location and items)
        parse = staticmethod(lambda *args: None)
        item_locations = staticmethod(lambda *args: [])

    monkeypatch.setattr(fast, "NATIVE", Older())
    assert parse._native_places() is None
    doc, _ = parse.parse_text("a:\n  - x\n", "f.yaml")
    assert doc is not None
    assert parse.Places(doc).items(("a",)) == [Location("f.yaml", 2, 5)]


def test_the_python_walks_refuse_a_size_of_0() -> None:
    """Where the C reader is not built, Places's and Document's own walks refuse a table
    (from a forged document cache) whose subtree size is 0, as the C walks do, instead of
    looping for ever. Run in a child with a time limit: a regression must fail, not hang."""
    import subprocess
    import sys

    code = (
        "from array import array\n"
        "from pathlib import Path\n"
        "from gsscb_cli.load import parse\n"
        "table = array('Q', [0, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 1]).tobytes()\n"
        "doc = parse.Document(Path('f'), 'f', {'a': [1, 2], 'b': 1}, table)\n"
        "places = parse.Places(doc)\n"
        "places._native = None\n"
        "for ask in (lambda: places.location(('b',)), lambda: doc._long(doc._table, 0)):\n"
        "    try:\n"
        "        ask()\n"
        "    except ValueError:\n"
        "        print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.split() == ["refused", "refused"], done.stderr
