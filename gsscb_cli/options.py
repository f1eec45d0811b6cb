"""Options every command shares, and the small helpers that turn them into values.

Each command declares ``--data``, ``--as-of`` and ``--color`` (and ``--format``
where it produces output), so ``gsscb check --as-of 2025-11-30`` works as users type it.
The values and helpers live in ``option_values.py`` (no typer); this module declares the
typer options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gsscb_cli.option_values import BOARD_FILE as BOARD_FILE
from gsscb_cli.option_values import DEFAULT_DATA as DEFAULT_DATA
from gsscb_cli.option_values import Color as Color
from gsscb_cli.option_values import FailOn as FailOn
from gsscb_cli.option_values import ListFormat as ListFormat
from gsscb_cli.option_values import ReportFormat as ReportFormat
from gsscb_cli.option_values import console as console
from gsscb_cli.option_values import parse_date as parse_date
from gsscb_cli.option_values import resolve_as_of as resolve_as_of
from gsscb_cli.option_values import resolve_data as resolve_data
from gsscb_cli.option_values import today_in_london as today_in_london

DataOpt = Annotated[
    Path,
    typer.Option(
        "--data",
        envvar="GSSCB_DATA",
        help="The data folder (env GSSCB_DATA).",
        show_default=True,
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        envvar="GSSCB_AS_OF",
        help="Judge dates as of this day, YYYY-MM-DD (env GSSCB_AS_OF; default today in Europe/London).",
        show_default=False,
    ),
]
ColorOpt = Annotated[
    Color,
    typer.Option("--color", help="Colour output: auto (honours NO_COLOR), always or never."),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        envvar="GSSCB_NO_CACHE",
        help="Parse and validate every file again: neither read nor write the cache of "
        "checked files (env GSSCB_NO_CACHE).",
    ),
]
FailOnOpt = Annotated[
    FailOn,
    typer.Option(
        "--fail-on", help="Exit 1 when a finding is at least this severe (never: always exit 0)."
    ),
]
