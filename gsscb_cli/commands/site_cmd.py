"""``gsscb site``: the board's public record as a static website."""

from __future__ import annotations

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

if TYPE_CHECKING:
    pass


def site(
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="The folder to build the site in (replaced if gsscb built it).",
        show_default=False,
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Build the board's public record as a static website, in Welsh and English.

    Only what a public paper shows reaches the site (items above OFFICIAL, and what is
    tied to them, are left out). Pages: home, members, meetings (each with its agenda,
    decisions and minutes), partnerships, priorities, deadlines, the partnership map,
    and the calendar feed. No JavaScript; relative links; the same data and --as-of
    give the same bytes. The site is built beside the folder and moved into place.
    Exit 0 on success, 2 on a usage error.
    """
    from gsscb_cli.commands._common import load_data
    from gsscb_cli.rules import run_rules
    from gsscb_cli.site import build_site, check_site_output, write_site

    if output is None:
        raise UsageError("give --output DIR: the folder to build the site in")
    day = resolve_as_of(as_of)
    target = check_site_output(output, data)
    result = load_data(data, no_cache=no_cache)
    from gsscb_cli.commands._notes import note_invalid

    note_invalid(result, color, "site")
    files = build_site(result.dataset, day, tuple(run_rules(result.dataset, day)))
    write_site(files, target)
    pages = sum(1 for name in files if name.endswith(".html"))
    from gsscb_cli.words import phrase

    said = phrase(
        "cli.wrote-site",
        path=str(output),
        pages=pages,
        files=len(files),
        pages_words_key="cli.pages",
    )
    typer.echo(said, err=True)
