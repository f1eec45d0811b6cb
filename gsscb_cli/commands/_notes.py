"""A note on stderr when the data has validation problems, for commands that are not
``validate`` or ``check`` (their output would otherwise silently leave records out).

Two kinds of error, told apart because they mean different things for the output: a file
that does not validate is left out of the model (its records are not in the output), but
an error in a file that does validate (an unknown reference, a duplicate id) leaves the
file's records in, as the file gives them (the first of a duplicated id). "Records in
invalid files are left out" is said only of the first kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gsscb_cli.options import Color, console

if TYPE_CHECKING:
    from gsscb_cli.load import LoadResult

FILES_SHOWN = 5


def invalid_words(result: LoadResult, where: str = "") -> str | None:
    """The note's words (None when the data has no error); ``where`` is "the paper"..."""
    from gsscb_cli.findings import Severity

    valid = {doc.display for docs in result.documents.values() for doc in docs}
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    if not errors:
        return None
    left_out = sorted({f.location.file for f in errors if f.location.file not in valid})
    kept = sum(1 for f in errors if f.location.file in valid)
    out_of, into = (f" of {where}", f" {where}") if where else ("", "")
    parts = []
    if left_out:
        shown = ", ".join(left_out[:FILES_SHOWN])
        if len(left_out) > FILES_SHOWN:
            shown += f" and {len(left_out) - FILES_SHOWN} more"
        one = len(left_out) == 1
        parts.append(
            f"{len(left_out)} file{'' if one else 's'} {'does' if one else 'do'} not validate, "
            f"so {'its' if one else 'their'} records are left out{out_of}: {shown}"
        )
    if kept:
        one = kept == 1
        parts.append(
            f"{kept} {'error' if one else 'errors'} in files that do validate (an unknown "
            f"reference, a duplicate id) {'leaves' if one else 'leave'} their records in{into}, "
            "as the files give them"
        )
    return f"gsscb: note: {'; '.join(parts)} (run gsscb validate)"


def note_invalid(result: LoadResult, color: Color, where: str = "") -> None:
    words = invalid_words(result, where)
    if words:
        console(color, stderr=True).print(words, soft_wrap=True, markup=False)
