"""``@dataclass`` with its methods compiled ahead of time, not with ``exec`` at every start.

Python 3.11 writes each dataclass's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it with ``exec`` when the
class is made: for gsscb's record classes that was a fifth of a cold ``gsscb check`` on
the bundled data (issue 14). ``records_methods.py`` holds that same text, written once by
``python -m gsscb_cli.records`` from what ``dataclasses`` itself produces, so Python keeps
it compiled in ``__pycache__`` like any module.

``dataclass`` here is ``dataclasses.dataclass`` (the same arguments, the same fields,
``fields()``, ``replace()``, the same class), except that while it makes the class, each
method whose text is in ``records_methods.TEXTS`` is taken from there instead of being
compiled; a text not there (a class changed since the file was written, another Python)
is compiled as ``dataclasses`` always does, so a stale file is only slower, never
different. ``tests/test_records.py`` fails when the file is stale, and compares the
methods with the ones ``dataclasses`` compiles. Type checkers see ``dataclasses.dataclass``.
"""

from __future__ import annotations

import dataclasses
from types import FunctionType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:

    def dataclass(cls: Any = None, /, **options: Any) -> Any:
        """``dataclasses.dataclass(cls, **options)``, its methods from ``records_methods``."""

        def wrap(cls: Any) -> Any:
            made = _original_create_fn
            if made is None:
                return dataclasses.dataclass(cls, **options)
            dataclasses._create_fn = _create_fn
            try:
                return dataclasses.dataclass(cls, **options)
            finally:
                dataclasses._create_fn = made

        return wrap if cls is None else wrap(cls)


def _the_create_fn() -> Any:
    """``dataclasses._create_fn`` when it has the shape this module expects (3.11, 3.12)."""
    found = getattr(dataclasses, "_create_fn", None)
    code = getattr(found, "__code__", None)
    if code is None or code.co_varnames[:3] != ("name", "args", "body"):
        return None
    if code.co_kwonlyargcount != 3 or code.co_varnames[3:6] != ("globals", "locals", "return_type"):
        return None
    return found


_original_create_fn = _the_create_fn()
MISSES: list[str] = []  # texts compiled because records_methods.py did not hold them
_RECORDING: list[str] | None = None  # set by the writer below


def source_text(
    name: str, args: Any, body: Any, locals: dict[str, Any], return_type: Any
) -> tuple[str, dict[str, Any]]:
    """The text ``dataclasses._create_fn`` compiles for these arguments, and its locals
    (Python 3.11's ``_create_fn``, line for line)."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    joined_args = ",".join(args)
    joined_body = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({joined_args}){return_annotation}:\n{joined_body}"
    local_vars = ", ".join(locals.keys())
    return f"def __create_fn__({local_vars}):\n{txt}\n return {name}", locals


def _create_fn(
    name: str,
    args: Any,
    body: Any,
    *,
    globals: dict[str, Any] | None = None,
    locals: dict[str, Any] | None = None,
    return_type: Any = dataclasses.MISSING,
) -> Any:
    """``dataclasses._create_fn``: the same function, its code compiled ahead of time."""
    from gsscb_cli.records_methods import TEXTS

    txt, local_values = source_text(name, args, body, locals or {}, return_type)
    if _RECORDING is not None:
        _RECORDING.append(txt)
    factory = TEXTS.get(txt)
    if factory is None:
        MISSES.append(txt)
        ns: dict[str, Any] = {}
        exec(txt, globals, ns)  # as dataclasses does
        return ns["__create_fn__"](**local_values)
    made = factory(**local_values)
    if globals is None:
        return made
    # the same code, closure and defaults, with the class's module as its globals (as exec)
    twin = FunctionType(made.__code__, globals, made.__name__, made.__defaults__, made.__closure__)
    twin.__kwdefaults__ = made.__kwdefaults__
    twin.__annotations__ = made.__annotations__
    twin.__qualname__ = made.__qualname__
    return twin


def open_twin(cls: type) -> Any:
    """A class of ``cls``'s very layout (its ``__slots__``, in their order, on ``object``)
    without its frozen ``__setattr__``, for a builder that makes many records: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, which costs
    what a dozen plain attribute stores do. The builder makes one of these, sets every
    field with plain stores, then makes it a genuine ``cls`` by assigning its class
    (Python allows that between classes of one layout): the same record, equal in type,
    fields, hash and repr, frozen from then on. A field left unset is a record that
    cannot be read (AttributeError), never a wrong value: tests/test_build_fast.py
    compares every record so made with the one ``cls(...)`` makes of its fields."""
    return type(f"_Open{cls.__name__}", (), {"__slots__": vars(cls)["__slots__"]})


# The modules whose dataclasses use this decorator: the writer imports them all.
MODULES = (
    "gsscb_cli.compliance",
    "gsscb_cli.findings",
    "gsscb_cli.model.types",
    "gsscb_cli.model.work",
    "gsscb_cli.present",
    "gsscb_cli.quorum",
    "gsscb_cli.rules",
    "gsscb_cli.rules._docs",
    "gsscb_cli.rules._validation",
    "gsscb_cli.rules.cadence",
    "gsscb_cli.yaml_errors",
)

_HEADER = '''"""The methods of gsscb's record classes, as ``dataclasses`` writes them (records.py).

Written by ``python -m gsscb_cli.records`` (Python {version}); do not edit by hand.
"""

# fmt: off
# ruff: noqa
# mypy: ignore-errors
from typing import Any, Callable

TEXTS: dict[str, Callable[..., Any]] = {}


'''


def snapshot() -> str:
    """The text of ``records_methods.py`` for the classes of ``MODULES``, made afresh."""
    import importlib
    import platform
    import sys

    global _RECORDING
    for module in MODULES:
        sys.modules.pop(module, None)
    _RECORDING = []
    try:
        for module in MODULES:
            importlib.import_module(module)
        texts = sorted(set(_RECORDING))
    finally:
        _RECORDING = None
    version = ".".join(platform.python_version_tuple()[:2])
    out = [_HEADER.replace("{version}", version)]
    for txt in texts:  # each __create_fn__ under its own name, as exec makes it
        out.append(f"{txt}\n\n\nTEXTS[{txt!r}] = __create_fn__\n\n\n")
    return "".join(out).rstrip("\n") + "\n"


def main() -> None:
    from pathlib import Path

    from gsscb_cli import records  # the module the classes use, not this __main__

    target = Path(records.__file__).with_name("records_methods.py")
    target.write_text(records.snapshot(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
