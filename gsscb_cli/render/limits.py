"""What a template may read and how much it may do: the bounds of a render.

A template folder may arrive in a pull request, so:

* **Files.** A template (and the ``messages.yaml`` and ``reference.docx`` beside it) is a
  regular file inside its folder: a symbolic link, a path that resolves outside the
  folder, or a FIFO or device is refused by name (exit 2), never followed or opened.
* **Size and time.** A render (compiling and running the template) stops with our message
  once its output passes ``MAX_OUTPUT_CHARS`` or its time passes ``MAX_SECONDS``; a single
  operation that would build a value past the size bound (``'x' * 10**9``, a format
  width of a billion, ``2 ** 10**9``, ``~`` of two halves of a gigabyte, printing a list
  that holds itself a billion times over) is refused before it runs. Nothing is written: the
  paper exists only once the whole render has finished.

The time bound is kept by checks at every call, filter and output chunk, and (in the main
thread, on systems with ``setitimer``) by a timer that interrupts a loop which calls
nothing and prints nothing.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gsscb_cli.errors import UsageError

MAX_OUTPUT_CHARS = 10_000_000
"""Ten million characters: the bundled board's largest paper (the pack) is about 1% of it."""
MAX_SECONDS = 60.0
"""A paper renders in well under a second; a minute means a template that does not end."""


class TemplateFileRefused(UsageError):
    """A template file that is a link, lies outside its folder or is not a regular file."""


def template_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` if it is a regular file inside ``folder`` reached without a link;
    None when nothing is there; refused (exit 2) when something else is there."""
    pieces = [p for p in name.split("/") if p not in ("", ".")]
    path = folder.joinpath(*pieces)
    if not os.path.lexists(path):
        return None
    here = folder
    for piece in pieces:
        here = here / piece
        if here.is_symlink():
            raise _refused("template.link", name, folder, link=here.name)
    try:
        inside = path.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
        mode = path.lstat().st_mode
    except (OSError, RuntimeError):
        raise _refused("template.unreadable", name, folder) from None
    if ".." in pieces or not inside:
        raise _refused("template.outside", name, folder)
    if not stat.S_ISREG(mode):
        raise _refused("template.not-regular", name, folder)
    return path


def _refused(key: str, name: str, folder: Path, **params: str) -> TemplateFileRefused:
    from gsscb_cli.words import phrase

    return TemplateFileRefused(phrase(key, name=name, folder=str(folder), **params))


def folder_loader(dirs: list[Path]) -> Any:
    """A Jinja loader over ``dirs`` (first match wins) that reads only safe template files."""
    from jinja2 import BaseLoader, TemplateNotFound

    class FolderLoader(BaseLoader):
        def get_source(
            self, environment: Any, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            for folder in dirs:
                path = template_file(folder, template)
                if path is None:
                    continue
                with path.open(encoding="utf-8") as handle:
                    source = handle.read()
                mtime = path.stat().st_mtime

                def uptodate(path: Path = path, mtime: float = mtime) -> bool:
                    try:
                        return path.stat().st_mtime == mtime
                    except OSError:
                        return False

                return source, str(path), uptodate
            raise TemplateNotFound(template)

    return FolderLoader()


class RenderLimit(BaseException):
    """A render past its bounds. A BaseException, so that no ``except Exception`` inside
    Jinja (constant folding catches everything) can swallow it."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


@dataclass
class _Budget:
    deadline: float
    chars: int


_ACTIVE: list[_Budget] = []


def check(size: int = 0) -> None:
    """Raise RenderLimit if a render is running and ``size`` or the clock is past its bound."""
    if not _ACTIVE:
        return
    budget = _ACTIVE[-1]
    if size > budget.chars:
        raise RenderLimit("size")
    if time.monotonic() > budget.deadline:
        raise RenderLimit("time")


def _size(value: object) -> int:
    if isinstance(value, str | bytes | list | tuple | dict | set):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value)  # a count or a width
    return 0


_CONTAINERS = (list, tuple, dict, set, frozenset)


def text_size(value: object, bound: int | None = None) -> int:
    """About how many characters ``str(value)`` would be, worked out without building it:
    the length of a string, or of every string inside a container, counted as often as it
    appears. A list that holds itself twice, forty times over (``[x, x]`` in a loop),
    is a few objects but a terabyte of text; each object is visited once (sizes are
    remembered by identity) and the walk stops once ``bound`` is passed, so this costs
    little whatever the value."""
    if bound is None:
        bound = _ACTIVE[-1].chars if _ACTIVE else MAX_OUTPUT_CHARS
    if isinstance(value, str | bytes):
        return len(value)
    if not isinstance(value, _CONTAINERS):
        return 0
    sizes: dict[int, int] = {}
    stack: list[tuple[object, bool]] = [(value, False)]
    while stack:
        item, expanded = stack.pop()
        key = id(item)
        if key in sizes:
            continue
        parts = _parts(item)
        if not expanded:
            stack.append((item, True))
            for part in parts:
                if isinstance(part, _CONTAINERS) and id(part) not in sizes:
                    if part is item or len(stack) > 100_000:
                        return bound + 1  # holds itself, or nested past any paper
                    stack.append((part, False))
            continue
        total = 2 * len(parts)  # brackets and separators, near enough
        for part in parts:
            if isinstance(part, str | bytes):
                total += len(part)
            elif isinstance(part, _CONTAINERS):
                total += sizes.get(id(part), bound + 1)
            if total > bound:
                return bound + 1
        sizes[key] = total
    return sizes.get(id(value), 0)


def _parts(item: object) -> list[object]:
    """A container's members: a dict's keys and values, a sequence's or set's items."""
    if isinstance(item, dict):
        return [part for pair in item.items() for part in pair]
    if isinstance(item, list | tuple | set | frozenset):
        return list(item)
    return []


def bounded_join(join: Callable[[Any], str], parts: tuple[Any, ...]) -> str:
    """Jinja's ``~`` (and a template's text joined to values): the parts' size held to the
    render's bound before the string is built, so that ``{% set ns.x = ns.x ~ ns.x %}``
    in a loop stops at the bound, not at the machine's memory."""
    check(sum(text_size(part) for part in parts))
    return join(parts)


_PRINTF = re.compile(r"%[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_BRACES = re.compile(r"\{[^{}]*:([^{}]*)\}")


def _check_format(spec: object, braces: bool = False) -> None:
    """A format string (``%`` or, with ``braces``, ``str.format``) whose widths or
    precisions would build a value past the size bound is refused before it runs."""
    if not isinstance(spec, str):
        return
    if braces:
        numbers = [n for inner in _BRACES.findall(spec) for n in re.findall(r"\d+", inner)]
    else:
        numbers = [n for pair in _PRINTF.findall(spec) for n in pair if n]
    for number in numbers:
        if number == "*":  # '%*s' takes its width from the arguments
            raise RenderLimit("size")
        check(int(number) if len(number) < 12 else 10**12)


WIDTH_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate", "batch", "slice"})
"""Jinja's filters whose number arguments are widths or counts of the value they build."""
TEXT_FILTERS = frozenset(
    {"string", "join", "tojson", "pprint", "format", "e", "escape", "forceescape", "urlencode"}
)
"""Jinja's filters that turn a whole container into text: measured before they run."""


def checked_call(
    func: Callable[..., Any], widths: bool = False, text: bool = False
) -> Callable[..., Any]:
    """``func`` with its result (and, when ``widths``, its number arguments; when ``text``,
    the text its arguments would make) held to the render's bounds."""

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        if text:  # the value may follow a context or environment Jinja passes first
            check(sum(text_size(arg) for arg in args))
        for arg in (*args, *kwargs.values()):
            check(_size(arg) if widths or not isinstance(arg, int) else 0)
        result = func(*args, **kwargs)
        check(_size(result) if not isinstance(result, int) else 0)
        return result

    return call


def bounded_sandbox(base: Any) -> Any:
    """``base`` (a SandboxedEnvironment class) with every call, filter and operator that can
    build a large value held to the render's bounds."""

    class Bounded(base):  # type: ignore[misc]
        intercepted_binops = frozenset({"*", "**", "%", "+"})
        code_generator_class = _bounded_code_generator()

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.globals.pop("lipsum", None)  # n paragraphs of filler: a size no check sees
            self.filters["format"] = _format_filter(self.filters["format"])
            self.gsscb_join = bounded_join
            # what ``{{ value }}`` prints: a container's text measured before it is built
            self.finalize = _finalize

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            target = getattr(__obj, "__wrapped__", __obj)
            receiver = getattr(target, "__self__", None)
            check(_size(receiver) if not isinstance(receiver, int) else 0)
            text = isinstance(receiver, str)
            if text and getattr(target, "__name__", "") in ("format", "format_map"):
                _check_format(receiver, braces=True)  # '{:>99999999}'.format(x)
                check(sum(text_size(arg) for arg in (*args, *kwargs.values())))
            for arg in (*args, *kwargs.values()):  # a number given to a str method is a width:
                # 'x'.center(n), 'x'.ljust(n), 'x'.zfill(n)
                check(_size(arg) if text or not isinstance(arg, int) else 0)
            result = super().call(__context, __obj, *args, **kwargs)
            check(_size(result) if not isinstance(result, int) else 0)
            return result

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(left, int) and isinstance(right, int):
                check(abs(right) * max(1, abs(left).bit_length()) // 64)
            elif operator == "*" and isinstance(right, int):
                check(_size(left) * abs(right))
            elif operator == "*" and isinstance(left, int):
                check(abs(left) * _size(right))
            elif operator == "%":
                _check_format(left)  # '%999999999s' % x
                check(text_size(right))  # '%s' % a list that holds itself a billion times
            result = super().call_binop(context, operator, left, right)
            check(_size(result) if not isinstance(result, int) else 0)
            return result

    return Bounded


def _finalize(value: Any) -> Any:
    if isinstance(value, _CONTAINERS):
        check(text_size(value))
    return value


@functools.cache
def _bounded_code_generator() -> Any:
    """Jinja's code generator with ``~`` compiled to a bounded join: the sandbox can hold
    ``+`` and ``*`` to the bounds, but ``~`` is compiled straight to a join it never sees."""
    from jinja2.compiler import CodeGenerator, Frame, optimizeconst
    from jinja2.nodes import Concat

    class BoundedCodeGenerator(CodeGenerator):
        @optimizeconst
        def visit_Concat(self, node: Concat, frame: Frame) -> None:
            if frame.eval_ctx.volatile:
                join = "(markup_join if context.eval_ctx.volatile else str_join)"
            elif frame.eval_ctx.autoescape:
                join = "markup_join"
            else:
                join = "str_join"
            self.write(f"environment.gsscb_join({join}, (")
            for arg in node.nodes:
                self.visit(arg, frame)
                self.write(", ")
            self.write("))")

    return BoundedCodeGenerator


def _format_filter(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def format_filter(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_format(value)
        return original(value, *args, **kwargs)

    return format_filter


def bound_filters(filters: dict[str, Callable[..., Any]]) -> None:
    """Every filter (Jinja's and ours) held to the render's bounds, in place."""
    for name, func in list(filters.items()):
        if not getattr(func, "_gsscb_bounded", False):
            wrapped = checked_call(func, widths=name in WIDTH_FILTERS, text=name in TEXT_FILTERS)
            wrapped._gsscb_bounded = True  # type: ignore[attr-defined]
            filters[name] = wrapped


@contextlib.contextmanager
def bounded() -> Iterator[None]:
    """Inside: the render's clock runs and its size bound holds (see ``check``)."""
    seconds = MAX_SECONDS
    _ACTIVE.append(_Budget(time.monotonic() + seconds, MAX_OUTPUT_CHARS))
    timer = _start_timer(seconds)
    try:
        yield
    finally:
        _ACTIVE.pop()  # first: an alarm from here on is ignored
        timer()


def _start_timer(seconds: float) -> Callable[[], None]:
    """An interrupting timer in the main thread (restoring any timer already set); in
    other threads, the checks at calls and output alone keep the time bound."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        return lambda: None

    def on_alarm(signum: int, frame: object) -> None:
        if _ACTIVE:  # a late alarm, once the render has ended, is ignored
            raise RenderLimit("time")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)

    def stop() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay:
            left = max(old_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, old_interval)

    return stop


def generate(template: Any, context: dict[str, Any]) -> str:
    """The template's whole output, held to the size bound as it is produced."""
    parts: list[str] = []
    total = 0
    for chunk in template.generate(context):
        total += len(chunk)
        check(total)
        parts.append(chunk)
    return "".join(parts)


def limit_words(exc: RenderLimit, lang: str = "en") -> str:
    from gsscb_cli.words import phrase

    if exc.what == "size":
        return phrase("render.limit.size", lang, limit=f"{MAX_OUTPUT_CHARS:,}")
    return phrase("render.limit.time", lang, seconds=f"{MAX_SECONDS:g}")
