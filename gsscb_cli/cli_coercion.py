"""Command-line values converted without pydantic, when the answer is plain (issue 14).

typer 0.29 converts every non-flag parameter through a pydantic ``TypeAdapter``: the
first option a command parses imports pydantic (about 0.15 s) and builds an adapter per
parameter, on every run. Our parameters are ``str``, ``int``, ``bool``, ``Path``, an
``Enum`` of choices and ``list[str]``, none with constraints, so the value is known
without pydantic on the happy path: a ``str`` stays itself, ``"42"`` is 42, a choice is
looked up by typer's own ``coerce_cli_choice``, a path goes through typer's own
``coerce_cli_path``. Anything else (a bad integer, a choice that is not one, bytes, an
annotation we do not know) is handed to typer's own pydantic conversion, so every value
and every error message is typer's, byte for byte. ``tests/test_cli_coercion.py``
compares both ways over a corpus of values.

``install()`` replaces ``typer.core.build_runtime_param``, the one function typer calls
(lazily, per parameter) to choose a conversion; if a typer release renames it, nothing
is replaced and typer converts as it always did.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args, get_origin

import typer.core
from typer._coercion import RuntimeParam, TypeDescriptor
from typer._param_types import coerce_cli_choice, coerce_cli_path

if TYPE_CHECKING:
    from typer._click import Context
    from typer.core import _TyperParameter

_DIGITS = re.compile(r"[0-9]{1,18}")
# pydantic's lax bool strings (after typer strips the value), lower-cased
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
_NOT_YET = object()


def _plain(descriptor: TypeDescriptor) -> str | None:
    """Which fast conversion fits this parameter, or None (typer's own, via pydantic)."""
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return None
    if info.min is not None or info.max is not None:
        return None
    annotation: Any = descriptor.annotation
    if get_origin(annotation) is list:
        return "list-str" if get_args(annotation) == (str,) else None
    if get_origin(annotation) is not None:
        return None
    if annotation is str:
        return "str"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "choice"
    if annotation is Path and info.path_type is None:
        return "path"
    return None


def _fast(kind: str, value: Any, descriptor: TypeDescriptor, ctx: Context) -> Any:
    """The converted value, or ``_NOT_YET`` when typer's own conversion must decide."""
    if kind == "str":
        return value if type(value) is str else _NOT_YET
    if kind == "list-str":
        if isinstance(value, (list, tuple)) and all(type(item) is str for item in value):
            return list(value)
        return _NOT_YET
    if kind == "bool":
        if type(value) is bool:
            return value
        if type(value) is str:
            word = value.strip().lower()
            if word in _TRUE:
                return True
            if word in _FALSE or word == "":
                return False
        return _NOT_YET
    if kind == "int":
        if type(value) is int:
            return value
        if type(value) is str and _DIGITS.fullmatch(value):
            return int(value)
        return _NOT_YET
    if kind == "choice":
        choices = list(descriptor.annotation)
        try:
            return coerce_cli_choice(
                value,
                choices=choices,
                case_sensitive=descriptor.parameter_info.case_sensitive,
                ctx=ctx,
            )
        except ValueError:  # not a choice: typer words the error
            return _NOT_YET
    return _NOT_YET


class FastRuntimeParam(RuntimeParam):
    """typer's conversion for one parameter, with the plain cases done here."""

    def __init__(self, descriptor: TypeDescriptor, kind: str, own: Callable[[], RuntimeParam]):
        super().__init__(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
        object.__setattr__(self, "_descriptor", descriptor)
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_build_own", own)
        object.__setattr__(self, "_own", None)

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        descriptor: TypeDescriptor = self._descriptor  # type: ignore[attr-defined]
        kind: str = self._kind  # type: ignore[attr-defined]
        if kind == "path":
            if type(value) is str and value and "\x00" not in value:
                value = Path(value)
            if isinstance(value, Path):  # typer's own checks (exists, file or dir)
                return coerce_cli_path(
                    value, descriptor.parameter_info, path_type=Path, param=param, ctx=ctx
                )
        else:
            result = _fast(kind, value, descriptor, ctx)
            if result is not _NOT_YET:
                return result
        own: RuntimeParam | None = self._own  # type: ignore[attr-defined]
        if own is None:
            own = self._build_own()  # type: ignore[attr-defined]
            object.__setattr__(self, "_own", own)
        return own._coerce_value(value, param=param, ctx=ctx)


def install() -> bool:
    """Make typer convert plain values without pydantic; False if typer has changed shape."""
    original: Callable[[TypeDescriptor], RuntimeParam] | None = getattr(
        typer.core, "build_runtime_param", None
    )
    if original is None:  # pragma: no cover - a typer release that converts otherwise
        return False
    if getattr(original, "_gsscb_fast", False):
        return True
    typer_own = original

    def build_runtime_param(descriptor: TypeDescriptor) -> RuntimeParam:
        kind = _plain(descriptor)
        if kind is None:
            return typer_own(descriptor)
        return FastRuntimeParam(descriptor, kind, lambda: typer_own(descriptor))

    build_runtime_param._gsscb_fast = True  # type: ignore[attr-defined]
    setattr(typer.core, "build_runtime_param", build_runtime_param)  # noqa: B010
    return True
