"""The values of the options every command shares, and the helpers that turn them into
values, without typer: ``gsscb check`` runs on these when its arguments are plain
(commands/check_run.py, issue 14), and ``options.py`` declares the typer options on them.
"""

from __future__ import annotations

import datetime as dt
import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from gsscb_cli.errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class ReportFormat(str, Enum):
    auto = "auto"
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"


class ListFormat(str, Enum):
    text = "text"
    json = "json"


DEFAULT_DATA = Path("data")
BOARD_FILE = "board.yaml"


def resolve_data(data: Path, cwd: Path | None = None) -> Path:
    """The data folder: ``--data`` or ``GSSCB_DATA`` when given; otherwise, as git finds its
    repository, the nearest folder from the current one upwards that is a data folder (holds
    ``board.yaml``) or holds one named ``data``. Where none is found, ``data`` as given (so
    the error names it)."""
    if data != DEFAULT_DATA or os.environ.get("GSSCB_DATA"):
        return data
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / DEFAULT_DATA / BOARD_FILE).is_file():
            return _relative(folder / DEFAULT_DATA, here)
        if (folder / BOARD_FILE).is_file():
            return _relative(folder, here)
    return data


def _relative(found: Path, here: Path) -> Path:
    """``found`` as short as it can be written from ``here`` (``data``, ``..``, ``../data``)."""
    try:
        return Path(os.path.relpath(found, here))
    except ValueError:  # another drive on Windows
        return found


def today_in_london() -> dt.date:
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("Europe/London")).date()
    except Exception:  # no time zone database: UTC is at most an hour out
        return dt.datetime.now(dt.UTC).date()


def parse_date(value: str, what: str) -> dt.date:
    try:
        if len(value) != 10:
            raise ValueError
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{what}: '{value}' is not a date; write YYYY-MM-DD, e.g. 2025-11-30"
        ) from None
    from gsscb_cli.years import YEARS  # not from the model: a warm check needs none of it

    first, last = YEARS
    if not first <= date.year <= last:
        raise UsageError(f"{what}: '{value}' is outside the years {first} to {last}")
    return date


def resolve_as_of(value: str | None) -> dt.date:
    return parse_date(value, "--as-of") if value else today_in_london()


def console(color: Color, stderr: bool = False) -> Console:
    """A rich console: colour per --color, NO_COLOR honoured by auto; the terminal's width
    (or COLUMNS).

    Emoji codes are off: a location such as ``newport-csp.yaml:100:5`` must not print as
    a "hundred points" emoji (rich reads ``:100:`` as one).
    """
    from rich.console import Console

    width = None
    if color is Color.always:
        return Console(
            force_terminal=True, stderr=stderr, width=width, highlight=False, emoji=False
        )
    if color is Color.never:
        return Console(
            no_color=True,
            color_system=None,
            stderr=stderr,
            width=width,
            highlight=False,
            emoji=False,
        )
    return Console(stderr=stderr, width=width, highlight=False, emoji=False)
