"""``gsscb --help`` and ``gsscb COMMAND --help`` without importing typer (issue 14).

typer renders help with rich after importing itself, its rich help module (which
imports rich's Markdown and markdown-it) and every command; that was more than the whole
import of typer, rich, yaml, jsonschema and jinja2. Here the words of every help page
(usage, help text, the rows of each panel) are read from ``help.json``, written by
``python -m gsscb_cli.help_fast`` from typer's own objects. When the page goes anywhere
but a terminal (so rich would write no colour), ``help_plain`` lays it out without
importing rich, as a port of the rich code typer's layout uses; rich itself is most of
the cost of a --help. Otherwise (colour, an unusual console, words ``help_plain`` is
not sure of) it is laid out with the same rich calls typer makes (``typer/rich_utils.py``,
MIT licence, is the model: the same table, panels, styles, highlighters and console).
So the page is typer's page, byte for byte, at every width and with or without colour:
``tests/test_help_fast.py`` renders every page each way at many widths, plain and
coloured.

``help.json`` records a digest of the files its words come from (the app, the shared
options, the command modules, the modules defining their choices, typer itself, and the
rich modules ``help_plain`` copies). When
any of them has changed since, or the request is anything but a plain ``--help`` of a
known page, ``answer`` returns False and typer answers as it always did; a stale file
costs only speed, never a wrong page. ``tests/test_help_fast.py`` also fails when the
committed file is not current.
"""

from __future__ import annotations

import builtins
import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

try:  # the digest without hashlib's OpenSSL import (a fifth of a --help)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console, RenderableType
    from rich.text import Text

_PACKAGE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT = os.path.join(_PACKAGE, "help.json")
_HELP = ("--help", "-h")
_FORMAT = 2  # 2: each page says whether help_plain can lay it out
_NARROWEST = 1
# the rich modules whose layout help_plain ports: another rich, another snapshot
_RICH_LAYOUT: tuple[str, ...] = ("_ratio", "_wrap", "align", "box", "cells", "columns", "console")
_RICH_LAYOUT += ("containers", "markup", "measure", "padding", "panel", "segment", "table", "text")

# typer.rich_utils' styles and strings (typer 0.29)
STYLE_OPTION = "bold cyan"
STYLE_SWITCH = "bold green"
STYLE_NEGATIVE_OPTION = "bold magenta"
STYLE_NEGATIVE_SWITCH = "bold red"
STYLE_TYPES = "bold yellow"
STYLE_TYPES_SEPARATOR = "dim"
STYLE_USAGE = "yellow"
STYLE_USAGE_COMMAND = "bold"
STYLE_DEPRECATED = "red"
STYLE_DEPRECATED_COMMAND = "dim"
STYLE_HELPTEXT = "dim"
STYLE_OPTION_DEFAULT = "dim"
STYLE_OPTION_ENVVAR = "dim yellow"
STYLE_REQUIRED_SHORT = "red"
STYLE_REQUIRED_LONG = "dim red"
STYLE_PANEL_BORDER = "dim"
STYLE_COMMANDS_TABLE_FIRST_COLUMN = "bold cyan"
DEPRECATED_STRING = "(deprecated) "
ANSI_PREFIX = "\033["


def answer(args: Sequence[str]) -> bool:
    """Print the help page ``args`` asks for and return True, or return False (typer's)."""
    if not args or args[-1] not in _HELP or os.environ.get("_GSSCB_COMPLETE"):
        return False
    path = list(args[:-1])
    if any(part.startswith("-") for part in path):
        return False
    snapshot = _read()
    if snapshot is None:
        return False
    page = snapshot["pages"].get(" ".join(path))
    if page is None:
        return False
    import gc

    paused = gc.isenabled()
    gc.disable()  # a short run making only live objects: the collector would find nothing
    try:
        width = plain_width()
        if width is not None:
            from gsscb_cli import help_plain

            try:
                text = help_plain.layout(page, width)
            except help_plain.Unsure:
                pass
            else:
                sys.stdout.write(text + "\n")  # and click's (empty) rest of the help
                return True
        try:
            console = _console()
        except ValueError:  # TERMINAL_WIDTH that is not a number: typer's own error
            return False
        _render(page, console)
        sys.stdout.write("\n")  # click echoes the (empty) rest of the help
    finally:
        if paused:
            gc.enable()
    return True


def plain_width() -> int | None:
    """The width rich would lay the page out at when it would write no colour (output
    that is not a terminal), as ``rich.console.Console`` decides both for the console
    ``_console`` makes; None when it may write colour or anything is unusual."""
    env = os.environ
    if os.name == "nt" or hasattr(builtins, "get_ipython"):  # legacy consoles, Jupyter
        return None
    force: bool | None = None
    if env.get("GITHUB_ACTIONS") or env.get("FORCE_COLOR") or env.get("PY_COLORS"):
        force = True
    if env.get("_TYPER_FORCE_DISABLE_TERMINAL"):
        force = False
    if force:
        return None
    file = getattr(sys.stdout, "rich_proxied_file", sys.stdout)
    if file is None:
        return None
    if force is None:
        if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
            return None
        compatible = env.get("TTY_COMPATIBLE", "")
        if compatible == "1":
            return None
        if compatible != "0" and env.get("FORCE_COLOR") is None:
            isatty = getattr(file, "isatty", None)
            try:
                if isatty is not None and isatty():
                    return None
            except ValueError:
                pass
    if not (getattr(file, "encoding", "utf-8") or "utf-8").lower().startswith("utf"):
        return None  # rich would draw the boxes in ASCII
    fixed = env.get("TERMINAL_WIDTH")  # typer's own width
    columns = env.get("COLUMNS")
    if fixed:
        if not fixed.isdigit():
            return None
        width = int(fixed)
    elif columns is not None and columns.isdigit():
        width = int(columns)
    else:
        width = 0
        for descriptor in (0, 1, 2):
            try:
                width = os.get_terminal_size(descriptor)[0]
            except (AttributeError, ValueError, OSError):
                continue
            break
        width = width or 80
    return width if width >= _NARROWEST else None


def _read() -> dict[str, Any] | None:
    try:
        with open(SNAPSHOT, encoding="utf-8") as handle:
            snapshot = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(snapshot, dict) or snapshot.get("format") != _FORMAT:
        return None
    if snapshot.get("key") != sources_key(snapshot.get("sources", [])):
        return None
    return snapshot


def sources_key(sources: Iterable[str]) -> str | None:
    """A digest of the files a snapshot's words come from: gsscb's, named from the package,
    ``typer/__init__.py`` (which holds typer's version) and the rich modules whose layout
    ``help_plain`` copies, found on ``sys.path``."""
    digest = blake2b(digest_size=16)
    for name in sources:
        if name.startswith(("typer/", "rich/")):
            file = _on_path(name)
            if file is None:
                return None
        else:
            file = os.path.join(_PACKAGE, name)
        try:
            with open(file, "rb") as handle:
                digest.update(name.encode() + b"\0" + handle.read() + b"\0")
        except OSError:
            return None
    return digest.hexdigest()


def _on_path(name: str) -> str | None:
    """Where ``import`` finds the file ``name`` (e.g. typer/__init__.py), without importing."""
    for entry in sys.path:
        candidate = os.path.join(entry or ".", name)
        if os.path.isfile(candidate):
            return candidate
    return None


# -- rendering, as typer.rich_utils.rich_format_help does ------------------------------


def _highlighters() -> tuple[Any, Any, Any]:
    from rich.highlighter import RegexHighlighter

    class OptionHighlighter(RegexHighlighter):
        highlights = [  # noqa: RUF012 - as typer declares them
            r"(^|\W)(?P<switch>\-\w+)(?![a-zA-Z0-9])",
            r"(^|\W)(?P<option>\-\-[\w\-]+)(?![a-zA-Z0-9])",
            r"(?P<types>\<[^\>]+\>)",
            r"(?P<usage>Usage: )",
        ]

    class NegativeOptionHighlighter(RegexHighlighter):
        highlights = [  # noqa: RUF012
            r"(^|\W)(?P<negative_switch>\-\w+)(?![a-zA-Z0-9])",
            r"(^|\W)(?P<negative_option>\-\-[\w\-]+)(?![a-zA-Z0-9])",
        ]

    class TypesHighlighter(RegexHighlighter):
        highlights = [  # noqa: RUF012
            r"^(?P<types_sep>(\[|<))",
            r"(?P<types_sep>\|)",
            r"(?P<types_sep>(\]|>))(\.\.\.)?$",
        ]

    return OptionHighlighter(), NegativeOptionHighlighter(), TypesHighlighter()


_HIGHLIGHT: tuple[Any, Any, Any] | None = None


def _hl() -> tuple[Any, Any, Any]:
    global _HIGHLIGHT
    if _HIGHLIGHT is None:
        _HIGHLIGHT = _highlighters()
    return _HIGHLIGHT


def _console() -> Console:
    from rich.console import Console
    from rich.theme import Theme

    width = os.environ.get("TERMINAL_WIDTH")
    force = (
        True
        if os.environ.get("GITHUB_ACTIONS")
        or os.environ.get("FORCE_COLOR")
        or os.environ.get("PY_COLORS")
        else None
    )
    if os.environ.get("_TYPER_FORCE_DISABLE_TERMINAL"):
        force = False
    return Console(
        theme=Theme(
            {
                "option": STYLE_OPTION,
                "switch": STYLE_SWITCH,
                "negative_option": STYLE_NEGATIVE_OPTION,
                "negative_switch": STYLE_NEGATIVE_SWITCH,
                "types": STYLE_TYPES,
                "types_sep": STYLE_TYPES_SEPARATOR,
                "usage": STYLE_USAGE,
            }
        ),
        highlighter=_hl()[0],
        color_system="auto",
        force_terminal=force,
        width=int(width) if width else None,
        stderr=False,
    )


def _rich_text(text: str, style: str = "") -> Text:
    import inspect

    from rich.text import Text

    text = inspect.cleandoc(text)
    if ANSI_PREFIX in text:
        return _hl()[0](Text.from_ansi(text, style=style))  # type: ignore[no-any-return]
    return _hl()[0](Text.from_markup(text, style=style))  # type: ignore[no-any-return]


def _render(page: dict[str, Any], console: Console) -> None:
    from rich.align import Align
    from rich.console import group
    from rich.padding import Padding
    from rich.text import Text

    highlighter = _hl()[0]
    console.print(Padding(highlighter(page["usage"]), 1), style=STYLE_USAGE_COMMAND)
    help_text = page.get("help")
    if help_text is not None:

        @group()
        def parts() -> Iterable[RenderableType]:
            if help_text["deprecated"]:
                yield Text(DEPRECATED_STRING, style=STYLE_DEPRECATED)
            yield _rich_text(help_text["first"], "")
            if help_text["rest"] is not None:
                yield Text("")
                yield _rich_text(help_text["rest"], STYLE_HELPTEXT)

        console.print(Padding(Align(parts(), pad=False), (0, 1, 1, 1)))
    for panel in page["panels"]:
        _options_panel(panel, console)
    for panel in page["command_panels"]:
        _commands_panel(panel, page["cmd_len"], console)
    if page.get("epilog") is not None:
        console.print(Padding(Align(_rich_text(page["epilog"]), pad=False), 1))


def _table(*, highlight: bool) -> Any:
    """The grid typer puts a panel's rows in (no box, no header, padding (0, 1))."""
    from rich.table import Table

    return Table(
        highlight=highlight,
        show_header=False,
        expand=True,
        box=None,
        show_lines=False,
        leading=0,
        border_style=None,
        row_styles=None,
        pad_edge=False,
        padding=(0, 1),
    )


def _options_panel(panel: dict[str, Any], console: Console) -> None:
    from rich.columns import Columns
    from rich.panel import Panel
    from rich.text import Text

    highlighter, negative, types = _hl()
    rows: list[list[RenderableType]] = []
    for row in panel["rows"]:
        data = Text(style=STYLE_TYPES, overflow="fold")
        if row["type"] is not None:
            data.append(row["type"])
        if row["range"]:
            data.append(f" [{row['range']}]")
        items: list[RenderableType] = []
        for kind, text, style in row["items"]:
            items.append(_rich_text(text, style) if kind == "markup" else Text(text, style=style))
        cells: list[RenderableType] = [
            highlighter(row["long"]),
            highlighter(row["short"]),
            negative(row["secondary_long"]),
            negative(row["secondary_short"]),
            types(data),
            Columns(items),
        ]
        if panel["required_column"]:
            cells.insert(0, Text("*", style=STYLE_REQUIRED_SHORT) if row["required"] else "")
        rows.append(cells)
    if not rows:
        return
    table = _table(highlight=True)
    for cells in rows:
        table.add_row(*cells)
    console.print(
        Panel(table, border_style=STYLE_PANEL_BORDER, title=panel["name"], title_align="left")
    )


def _commands_panel(panel: dict[str, Any], cmd_len: int, console: Console) -> None:
    from rich.panel import Panel
    from rich.text import Text

    table = _table(highlight=False)
    table.add_column(style=STYLE_COMMANDS_TABLE_FIRST_COLUMN, no_wrap=True, width=cmd_len)
    table.add_column("Description", justify="left", no_wrap=False, ratio=10)
    any_deprecated = any(row["deprecated"] for row in panel["rows"])
    for row in panel["rows"]:
        name = (
            Text(row["name"], style=STYLE_DEPRECATED_COMMAND)
            if row["deprecated"]
            else Text(row["name"])
        )
        cells: list[RenderableType | None] = [name, _rich_text(row["help"], "")]
        if any_deprecated:
            cells.append(
                Text(DEPRECATED_STRING, style=STYLE_DEPRECATED) if row["deprecated"] else None
            )
        table.add_row(*cells)
    if table.row_count:
        console.print(
            Panel(table, border_style=STYLE_PANEL_BORDER, title=panel["name"], title_align="left")
        )


# -- building help.json from typer's own objects ----------------------------------------


def build() -> dict[str, Any]:
    """Every help page's words, read from the app as typer would render them."""
    import inspect

    import typer.core
    import typer.main

    from gsscb_cli.cli import whole_app

    root = typer.main.get_command(whole_app())
    pages: dict[str, Any] = {}
    modules: set[str] = set()

    def page(command: Any, ctx: Any) -> dict[str, Any] | None:
        usage = command.get_usage(ctx)
        ctx.terminal_width = 50  # click's narrowest: a usage that never wraps is the same
        narrow = command.get_usage(ctx)
        ctx.terminal_width = None
        if narrow != usage or (command.epilog and ANSI_PREFIX in command.epilog):
            return None
        help_text = None
        if command.help:
            text = inspect.cleandoc(command.help or "").partition("\f")[0]
            first, *rest = text.split("\n\n")
            if not first.startswith("\b"):
                first = first.replace("\n", " ")
            help_text = {
                "deprecated": bool(command.deprecated),
                "first": first.strip(),
                "rest": "\n\n".join(rest) if rest else None,
            }
        arguments: dict[str, list[Any]] = {}
        options: dict[str, list[Any]] = {}
        for param in command.get_params(ctx):
            if getattr(param, "hidden", False):
                continue
            if isinstance(param, typer.core.TyperArgument):
                name = getattr(param, "rich_help_panel", None) or "Arguments"
                arguments.setdefault(name, []).append(param)
            elif isinstance(param, typer.core.TyperOption):
                name = getattr(param, "rich_help_panel", None) or "Options"
                options.setdefault(name, []).append(param)
            descriptor = getattr(param, "type_descriptor", None)
            annotation = getattr(descriptor, "annotation", None)
            module = getattr(annotation, "__module__", "")
            if isinstance(annotation, type) and module.startswith("gsscb_cli"):
                modules.add(module)
        panels = []
        for grouped in (arguments, options):
            default = "Arguments" if grouped is arguments else "Options"
            names = [default, *(n for n in grouped if n != default)]
            for name in names:
                panels.append(_panel(name, grouped.get(name, []), ctx))
        command_panels: list[dict[str, Any]] = []
        cmd_len = 0
        if isinstance(command, typer.core.TyperGroup):
            grouped_commands: dict[str, list[Any]] = {}
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub and not sub.hidden:
                    panel_name = getattr(sub, "rich_help_panel", None) or "Commands"
                    grouped_commands.setdefault(panel_name, []).append(sub)
            cmd_len = max(
                (len(c.name or "") for cs in grouped_commands.values() for c in cs), default=0
            )
            for name in ["Commands", *(n for n in grouped_commands if n != "Commands")]:
                rows = []
                for sub in grouped_commands.get(name, []):
                    paragraphs = inspect.cleandoc(sub.short_help or sub.help or "").split("\n\n")
                    if paragraphs[0].startswith("\b"):
                        paragraphs[0] = paragraphs[0].replace("\b\n", "")
                    rows.append(
                        {
                            "name": sub.name or "",
                            "help": paragraphs[0].strip(),
                            "deprecated": bool(sub.deprecated),
                        }
                    )
                command_panels.append({"name": name, "rows": rows})
        epilog = None
        if command.epilog:
            epilog = "\n\n".join(command.epilog.split("\n\n"))
        built = {
            "usage": usage,
            "help": help_text,
            "panels": panels,
            "command_panels": command_panels,
            "cmd_len": cmd_len,
            "epilog": epilog,
        }
        built["plain"] = _plain_words(built)
        return built

    def walk(command: Any, path: list[str], parent: Any) -> None:
        name = path[-1] if path else "gsscb"
        ctx = command.make_context(name, [], parent=parent, resilient_parsing=True)
        built = page(command, ctx)
        if built is not None:
            pages[" ".join(path)] = built
        if isinstance(command, typer.core.TyperGroup):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None:
                    walk(sub, [*path, name], ctx)

    walk(root, [], None)
    from pathlib import Path

    package = Path(_PACKAGE)
    sources = {"typer/__init__.py", *(f"rich/{name}.py" for name in _RICH_LAYOUT)}
    sources |= {f"commands/{p.name}" for p in (package / "commands").glob("*.py")}
    modules |= {"gsscb_cli.cli", "gsscb_cli.options", __name__}  # the app, shared options, this
    for module in modules:
        file = sys.modules[module].__file__
        if file:
            sources.add(Path(file).resolve().relative_to(package).as_posix())
    ordered = sorted(sources)
    return {"format": _FORMAT, "key": sources_key(ordered), "sources": ordered, "pages": pages}


def _plain_words(page: dict[str, Any]) -> bool:
    """Whether ``help_plain`` can lay the page out: every text rich reads as markup means
    what it says (no tag, escape or emoji code; cleandoc changes nothing)."""
    import inspect

    from rich.text import Text

    markup = [panel["name"] for panel in page["panels"] + page["command_panels"]]
    cleaned: list[str] = []
    if page["help"] is not None:
        cleaned += [page["help"]["first"], page["help"]["rest"] or ""]
    cleaned += [row["help"] for panel in page["command_panels"] for row in panel["rows"]]
    for panel in page["panels"]:
        for row in panel["rows"]:
            cleaned += [text for kind, text, _style in row["items"] if kind == "markup"]
    if page["epilog"] is not None:
        cleaned.append(page["epilog"])
    return all(inspect.cleandoc(text) == text for text in cleaned) and all(
        Text.from_markup(text).plain == text for text in markup + cleaned
    )


def _panel(name: str, params: list[Any], ctx: Any) -> dict[str, Any]:
    import typer.core

    rows = []
    for param in params:
        display_name = None
        if isinstance(param, typer.core.TyperArgument):
            display_name = param.display_name_raw
            if param.metavar is None and param.nargs != 1:
                display_name += "..."
        long, short, secondary_long, secondary_short = [], [], [], []
        for opt in param.opts:
            if "--" in opt:
                long.append(opt)
            else:
                short.append(display_name or opt)
        for opt in param.secondary_opts:
            if "--" in opt:
                secondary_long.append(opt)
            else:
                secondary_short.append(display_name or opt)
        rows.append(
            {
                "long": ",".join(long),
                "short": ",".join(short),
                "secondary_long": ",".join(secondary_long),
                "secondary_short": ",".join(secondary_short),
                "type": param.display_type_rich(ctx=ctx),
                "range": param._get_number_range_help_str() or "",
                "required": bool(param.required),
                "items": _param_items(param, ctx),
            }
        )
    return {"name": name, "rows": rows, "required_column": any(r["required"] for r in rows)}


def _param_items(param: Any, ctx: Any) -> list[tuple[str, str, str]]:
    import typer.core

    items: list[tuple[str, str, str]] = []
    envvar = getattr(param, "envvar", None)
    if envvar is None and (
        getattr(param, "allow_from_autoenv", None)
        and getattr(ctx, "auto_envvar_prefix", None) is not None
        and param.name
    ):
        envvar = f"{ctx.auto_envvar_prefix}_{param.name.upper()}"
    var_str = ""
    if envvar is not None:
        var_str = envvar if isinstance(envvar, str) else ", ".join(str(d) for d in envvar)
    help_value = getattr(param, "help", None)
    if help_value:
        paragraphs = [
            x.replace("\n", " ").strip()
            if not x.startswith("\b")
            else "{}\n".format(x.strip("\b\n"))
            for x in help_value.split("\n\n")
        ]
        items.append(("markup", "\n".join(paragraphs).strip(), ""))
    if envvar and getattr(param, "show_envvar", None):
        items.append(("plain", f"[env var: {var_str}]", STYLE_OPTION_ENVVAR))
    if isinstance(param, (typer.core.TyperOption, typer.core.TyperArgument)):
        default_value = param._extract_default_help_str(ctx=ctx)
        show_default_is_str = isinstance(param.show_default, str)
        if show_default_is_str or (
            default_value is not None and (param.show_default or ctx.show_default)
        ):
            default_str = param._get_default_string(
                ctx=ctx, show_default_is_str=show_default_is_str, default_value=default_value
            )
            if default_str:
                items.append(("plain", f"[default: {default_str}]", STYLE_OPTION_DEFAULT))
    if param.required:
        items.append(("plain", "[required]", STYLE_REQUIRED_LONG))
    return items


def write() -> Path:
    """Write help.json (``python -m gsscb_cli.help_fast``)."""
    from pathlib import Path

    target = Path(SNAPSHOT)
    target.write_text(json.dumps(build(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"wrote {write()}")
