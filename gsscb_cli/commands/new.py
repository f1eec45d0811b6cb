"""``gsscb new meeting`` and ``gsscb new partnership``: start a record that already validates.

The one place the tool writes into the data folder, because the user asks it to:
it writes only the new file, atomically, and never replaces an existing one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    NoCacheOpt,
    console,
    parse_date,
    resolve_as_of,
)

if TYPE_CHECKING:
    pass

new_app = typer.Typer(
    help=(
        "Start a new record in the data folder: a meeting or a partnership.\n\n"
        "The record is checked like gsscb validate before it is written; an existing file is "
        "never replaced. Both subcommands take --data, --as-of and --color. "
        "Exit 0 when written, 2 on a usage error (past date, clash, unknown kind, existing id)."
    ),
    no_args_is_help=True,
)


def _report(path: Path, steps: tuple[str, ...], color: Color) -> None:
    out = console(color)
    out.print(f"Wrote {path}", markup=False, soft_wrap=True)
    out.print("Next:", markup=False)
    for i, step in enumerate(steps, start=1):
        out.print(f"  {i}. {step}", markup=False, soft_wrap=True)


@new_app.command("meeting")
def meeting(
    date: str = typer.Option(
        ..., "--date", help="The meeting's date, YYYY-MM-DD (today or later)."
    ),
    kind: str = typer.Option("ordinary", "--kind", help="ordinary or extraordinary."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Write data/meetings/<board>-<date>.yaml: a scheduled meeting to fill in.

    Every seat is listed with status no-reply, the standing items (apologies,
    declarations of interest, minutes of the last meeting, action log, and AOB at the
    Chair's discretion) are on the agenda, and the papers due date is given.
    """
    from gsscb_cli.commands._common import load_data
    from gsscb_cli.scaffold import create_file, new_meeting

    day = resolve_as_of(as_of)
    when = parse_date(date, "--date")
    scaffold = new_meeting(load_data(data, no_cache=no_cache), when, kind, day)
    create_file(scaffold.path, scaffold.text)
    _report(scaffold.path, scaffold.next_steps, color)


@new_app.command("partnership")
def partnership(
    pid: str = typer.Argument(
        ..., metavar="ID", help="The new partnership's id (lower-case, hyphens)."
    ),
    kind: str = typer.Option(
        ...,
        "--kind",
        help="Its kind, e.g. community-safety-partnership (an unknown kind lists them all).",
    ),
    name: str | None = typer.Option(
        None, "--name", help="Its name (default: from the id, to confirm)."
    ),
    area: str | None = typer.Option(None, "--area", help="The area it covers (default: unknown)."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Write data/partnerships/ID.yaml with the obligations its kind must produce.

    The obligations come from requirements.yaml (basis, requirement and verified flag
    from the catalogue; status unknown); chair and meetings start as unknown.
    """
    from gsscb_cli.commands._common import load_data
    from gsscb_cli.scaffold import create_file, new_partnership

    day = resolve_as_of(as_of)
    scaffold = new_partnership(load_data(data, no_cache=no_cache), pid, kind, name, area, day)
    create_file(scaffold.path, scaffold.text)
    _report(scaffold.path, scaffold.next_steps, color)
