"""A note on stderr when the data has validation problems, for commands that are not
``validate`` or ``check`` (their output would otherwise silently leave records out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gsscb_cli.options import Color, console

if TYPE_CHECKING:
    from gsscb_cli.load import LoadResult


def note_invalid(result: LoadResult, color: Color) -> None:
    from gsscb_cli.findings import Severity

    errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
    if errors:
        files = len({f.location.file for f in result.findings if f.severity is Severity.ERROR})
        console(color, stderr=True).print(
            f"gsscb: note: the data has {errors} validation error{'s' if errors != 1 else ''} in "
            f"{files} file{'s' if files != 1 else ''}; records in invalid files are left out "
            "(run gsscb validate)",
            soft_wrap=True,
            markup=False,
        )
