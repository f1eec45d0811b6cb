"""``gsscb chart`` and ``gsscb map``: the charts and the partnership map as files."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from gsscb_cli.errors import UsageError
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    NoCacheOpt,
    resolve_as_of,
)
from gsscb_cli.outputs import check_output_path, is_stdout, write_atomic, write_stdout

if TYPE_CHECKING:
    pass

LANGS = ("en", "cy")


class ChartFormat(str, Enum):
    svg = "svg"
    png = "png"


class MapFormat(str, Enum):
    svg = "svg"
    png = "png"
    mermaid = "mermaid"


def _lang(value: str) -> str:
    if value not in LANGS:
        raise UsageError(f"--lang: '{value}' is not available; choose from: {', '.join(LANGS)}")
    return value


def _emit(content: bytes, output: Path | None, data: Path, binary: bool) -> None:
    if output is None or is_stdout(output):
        write_stdout(content, binary=binary)
        return
    write_atomic(check_output_path(output, data), content)
    from gsscb_cli.words import phrase

    typer.echo(phrase("cli.wrote", path=str(output)), err=True)


OutputOpt = typer.Option(
    None,
    "--output",
    "-o",
    help="Write here (default, or -: standard output; PNG needs a file or a redirect).",
)
LangOpt = typer.Option("en", "--lang", help="Language of the words: en or cy (Welsh).")


def chart(
    name: str = typer.Argument(
        None,
        help="The chart: attendance, compliance, deadlines, priorities.",
        show_default=False,
    ),
    fmt: ChartFormat = typer.Option(ChartFormat.svg, "--format", "-f", help="svg or png."),
    output: Path | None = OutputOpt,
    lang: str = LangOpt,
    list_charts: bool = typer.Option(False, "--list", help="List the charts and exit."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Draw one chart of the board's record as SVG or PNG.

    Every chart has a title and a text alternative (in the SVG's title and desc); the
    site and the papers show its numbers as a table beside it. The same data and
    --as-of give the same bytes. Exit 0 on success, 2 on a usage error.
    """
    from gsscb_cli.charts import ChartScope, build_chart, chart_names, to_png
    from gsscb_cli.commands._common import load_data

    if list_charts:
        typer.echo("\n".join(chart_names()))
        return
    if name is None:
        raise UsageError("name a chart (gsscb chart --list shows them)")
    day = resolve_as_of(as_of)
    if name not in chart_names():
        raise UsageError(f"unknown chart '{name}'; choose from: {', '.join(chart_names())}")
    result = load_data(data, no_cache=no_cache)
    if result.dataset.board is None:
        raise UsageError(
            "the board's record (board.yaml) is missing or invalid; run gsscb validate"
        )
    drawn = build_chart(name, ChartScope(result.dataset, day, _lang(lang)))
    content = to_png(drawn.svg) if fmt is ChartFormat.png else drawn.svg.encode("utf-8")
    _emit(content, output, data, fmt is ChartFormat.png)


def partnership_map(
    fmt: MapFormat = typer.Option(
        MapFormat.svg, "--format", "-f", help="svg, png, or mermaid (text for Markdown)."
    ),
    output: Path | None = OutputOpt,
    lang: str = LangOpt,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """The partnership map: the board, its partnerships, the bodies they answer to (the
    PSB, the Welsh Government, the Home Office), who chairs what, and the people who sit
    on several of these boards. Exit 0 on success, 2 on a usage error.
    """
    from gsscb_cli.charts import ChartScope, to_png
    from gsscb_cli.charts.partnership_map import build_map, map_mermaid, map_svg
    from gsscb_cli.commands._common import load_data

    day = resolve_as_of(as_of)
    result = load_data(data, no_cache=no_cache)
    scope = ChartScope(result.dataset, day, _lang(lang))
    pmap = build_map(scope)
    if fmt is MapFormat.mermaid:
        content = map_mermaid(scope, pmap).encode("utf-8")
    else:
        svg = map_svg(scope, pmap)
        content = to_png(svg) if fmt is MapFormat.png else svg.encode("utf-8")
    _emit(content, output, data, fmt is MapFormat.png)
