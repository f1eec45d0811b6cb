"""``gsscb_cli.records.dataclass``: dataclasses whose methods are compiled ahead of time.

The methods must be the ones ``dataclasses`` makes (same code, names, defaults,
annotations, closures and globals), ``records_methods.py`` must be current, and the record
classes must behave as dataclasses do.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gsscb_cli import records
from tests.conftest import ROOT

DESCRIBE = """
import dataclasses, sys, types
from gsscb_cli import records
if sys.argv[1] == "exec":
    records._original_create_fn = None  # dataclasses compiles every method, as always
import importlib
for name in records.MODULES:
    importlib.import_module(name)

def code(c):
    return (c.co_name, c.co_qualname, c.co_code, c.co_consts, c.co_names, c.co_varnames,
            c.co_freevars, c.co_cellvars, c.co_argcount, c.co_kwonlyargcount,
            c.co_posonlyargcount, c.co_flags, c.co_stacksize, c.co_linetable,
            c.co_exceptiontable)

def function(f, module):
    inner = getattr(f, "__wrapped__", None)  # __repr__ is wrapped by _recursive_repr
    return (f.__name__, f.__qualname__, f.__module__, f.__doc__, repr(f.__defaults__),
            repr(f.__kwdefaults__), repr(f.__annotations__), f.__globals__ is module,
            code(f.__code__), [repr(c.cell_contents) for c in f.__closure__ or ()],
            function(inner, module) if inner is not None else None)

out = []
for name in records.MODULES:
    module = sys.modules[name]
    for cls in vars(module).values():
        if not (isinstance(cls, type) and cls.__module__ == name and dataclasses.is_dataclass(cls)):
            continue
        methods = sorted(
            (key, function(value, module.__dict__))
            for key, value in vars(cls).items()
            if isinstance(value, types.FunctionType)
        )
        out.append((cls.__qualname__, cls.__doc__, repr(cls.__dataclass_params__),
                    repr(dataclasses.fields(cls)), getattr(cls, "__match_args__", None),
                    "__hash__" in vars(cls), cls.__hash__ is None, methods))
print(len(records.MISSES))
print(repr(sorted(out)))
"""


def _describe(mode: str) -> tuple[str, int]:
    """Every record class and its methods, described in a fresh interpreter (addresses out)."""
    proc = subprocess.run(
        [sys.executable, "-c", DESCRIBE, mode], capture_output=True, text=True, check=True, cwd=ROOT
    )
    misses, classes = proc.stdout.split("\n", 1)
    return re.sub(" at 0x[0-9a-f]+", "", classes), int(misses)


def test_the_methods_are_the_ones_dataclasses_compiles() -> None:
    fast, fast_misses = _describe("fast")
    compiled, _ = _describe("exec")
    assert fast.count("'__init__', ('__init__',") >= 37  # model/types.py and model/work.py
    assert fast == compiled
    assert fast_misses == 0, "records_methods.py is stale: run python -m gsscb_cli.records"


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="written on Python 3.11")
def test_records_methods_is_current() -> None:
    code = "from gsscb_cli import records\nimport sys\nsys.stdout.write(records.snapshot())\n"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    committed = (Path(records.__file__).with_name("records_methods.py")).read_text("utf-8")
    assert proc.stdout == committed, "records_methods.py is stale: run python -m gsscb_cli.records"


def test_a_stale_text_is_compiled_as_dataclasses_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "MISSES", [])

    @records.dataclass(frozen=True)
    class Fresh:  # no text of this class is in records_methods.py
        a: int
        b: list[int] = dataclasses.field(default_factory=list, compare=False)

    assert len(records.MISSES) >= 4  # __init__, __repr__, __eq__, __hash__, __setattr__ ...
    assert Fresh(1) == Fresh(1, [2])
    assert repr(Fresh(1)).endswith("<locals>.Fresh(a=1, b=[])")


def test_the_record_classes_behave_as_frozen_dataclasses() -> None:
    from gsscb_cli.findings import Location
    from gsscb_cli.model.types import NOWHERE, Dataset, Person, Text

    role = Text("Chair", "Cadeirydd")
    assert role == Text("Chair", "Cadeirydd") and role != Text("Chair")
    assert hash(role) == hash(("Chair", "Cadeirydd"))
    assert repr(role) == "Text(en='Chair', cy='Cadeirydd')"
    person = Person("p1", role)
    assert person.loc is NOWHERE and person.name is None
    assert repr(person) == (
        "Person(id='p1', role=Text(en='Chair', cy='Cadeirydd'), name=None, "
        "organisation=None, loc=Location(file='data', line=None, column=None))"
    )
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'name'"):
        person.name = "X"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'id'"):
        del person.id  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'role'"):
        Person("p1")  # type: ignore[call-arg]
    moved = dataclasses.replace(person, loc=Location("data/board.yaml", 3, 5))
    assert moved != person and moved.id == "p1" and person.loc is NOWHERE
    assert [f.name for f in dataclasses.fields(Person)] == [
        "id",
        "role",
        "name",
        "organisation",
        "loc",
    ]
    assert Person.__init__.__qualname__ == "Person.__init__"
    assert Person.__match_args__ == ("id", "role", "name", "organisation", "loc")
    first, second = (Dataset(None, {}, {}, {}, {}, {}) for _ in range(2))
    assert first == second and first.work is not second.work  # a default factory, each
    assert first.kinds == {} and first.catalogue_default is False
    assert Dataset.__hash__ is None
    first.board = None  # assignable
