"""Small text helpers for papers: Markdown escaping, dates and money in words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from gsscb_cli.i18n import Catalogue
from gsscb_cli.present.escape import terminal

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~^$#])")
_LIST_START = re.compile(r"^(\s*)(?:([-+])|(\d+)([.)]))(\s)")


_PLAIN: ContextVar[bool] = ContextVar("gsscb_plain_text", default=False)


@contextmanager
def plain_text() -> Iterator[None]:
    """Inside this block ``md`` leaves text unescaped: for building the papers' plain data
    for a sink that escapes by construction (the site's HTML templates autoescape every
    value), so the site reuses the papers' context builders and their audience filter."""
    token = _PLAIN.set(True)
    try:
        yield
    finally:
        _PLAIN.reset(token)


def md(text: str | None) -> str:
    """Escape data text so Markdown (pandoc's and GitHub's) shows it literally.

    Newlines become spaces: a value from the data is one paragraph of running text.
    Within ``plain_text()`` the text is only flattened (its sink escapes it).
    """
    if text is None:
        return ""
    flat = terminal(" ".join(text.split()))  # control characters shown, never passed on
    if _PLAIN.get():
        return flat
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    return _LIST_START.sub(_escape_marker, escaped)


def _escape_marker(m: re.Match[str]) -> str:
    """'- x' becomes '\\- x' and '1. x' becomes '1\\. x': text that would start a list."""
    indent, bullet, digits, delim, space = m.groups()
    return f"{indent}\\{bullet}{space}" if bullet else f"{indent}{digits}\\{delim}{space}"


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def parse_iso(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    return dt.date.fromisoformat(value)


def date_words(value: object, catalogue: Catalogue, lang: str, weekday: bool = False) -> str:
    """'29 January 2026' (or 'Thursday 29 January 2026'), month names from the catalogue."""
    if value is None or value == "":
        return ""
    day = parse_iso(value)
    text = catalogue.label(
        "date.format",
        lang,
        day=day.day,
        month=catalogue.label(f"month.{day.month}", lang),
        year=day.year,
    )
    if weekday:
        text = catalogue.label(
            "date.weekday-format",
            lang,
            weekday=catalogue.label(f"weekday.{day.isoweekday()}", lang),
            date=text,
        )
    return text


def month_words(value: object, catalogue: Catalogue, lang: str) -> str:
    """'July 2025'."""
    if value is None or value == "":
        return ""
    day = parse_iso(value)
    return catalogue.label(
        "date.month-format", lang, month=catalogue.label(f"month.{day.month}", lang), year=day.year
    )


def marking_text(marking: object, catalogue: Catalogue, lang: str) -> str:
    """A security marking as printed: ``OFFICIAL``, or in Welsh ``SWYDDOGOL / OFFICIAL``."""
    return catalogue.label(f"marking.{marking}", lang)


def gbp(amount: object) -> str:
    """£50,000."""
    if amount is None or amount == "":
        return ""
    if not isinstance(amount, int | float):
        raise ValueError(f"not an amount: {amount!r}")
    return f"£{amount:,.0f}"
