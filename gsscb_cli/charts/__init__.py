"""Charts of the board's record: deterministic SVG, each with a title, a text alternative
and its numbers as a table (shown beside the chart on the site and in the papers).

Hand-written SVG (``charts.svg``): no plotting library, so no install weight, no fonts
or timestamps embedded, and the same data and ``--as-of`` give the same bytes. PNG comes
from the SVG through resvg (``resvg-py``, a self-contained wheel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from gsscb_cli.errors import UsageError
from gsscb_cli.i18n import Catalogue, default_catalogue
from gsscb_cli.model.types import Dataset, Text


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str  # the text alternative: what the chart shows, in a sentence or two
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the numbers, as a table
    svg: str


@dataclass(frozen=True)
class ChartScope:
    """What a chart is drawn from. Text is plain (each sink escapes it)."""

    dataset: Dataset
    as_of: dt.date
    lang: str = "en"
    catalogue: Catalogue | None = None

    def t(self, key: str, **params: object) -> str:
        return (self.catalogue or default_catalogue()).label(f"chart.{key}", self.lang, **params)

    def label(self, key: str, **params: object) -> str:
        return (self.catalogue or default_catalogue()).label(key, self.lang, **params)

    def text(self, value: Text | str | None) -> str:
        if value is None:
            return ""
        if isinstance(value, Text):
            return " ".join((value.get(self.lang) or value.en).split())
        return " ".join(value.split())

    def date(self, day: dt.date | None) -> str:
        from gsscb_cli.render.text import date_words

        if day is None:
            return ""
        return date_words(day, self.catalogue or default_catalogue(), self.lang)


ChartFn = Callable[[ChartScope], Chart]


def chart_names() -> tuple[str, ...]:
    from gsscb_cli.charts.figures import CHARTS

    return tuple(CHARTS)


def build_chart(name: str, scope: ChartScope) -> Chart:
    from gsscb_cli.charts.figures import CHARTS

    fn = CHARTS.get(name)
    if fn is None:
        raise UsageError(f"unknown chart '{name}'; choose from: {', '.join(CHARTS)}")
    return fn(scope)


def to_png(svg: str, scale: float = 2.0) -> bytes:
    """Rasterise with resvg (fonts from the system; DejaVu Sans where installed)."""
    try:
        import resvg_py
    except ImportError:  # pragma: no cover - a dependency; say so rather than trace back
        raise UsageError("PNG output needs the resvg-py package (pip install resvg-py)") from None
    try:
        data = resvg_py.svg_to_bytes(svg_string=svg, zoom=scale, background="#ffffff")
    except ValueError as exc:
        raise UsageError(f"cannot rasterise the chart: {exc}") from None
    return bytes(data)
