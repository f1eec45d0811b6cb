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


def invalid_words(result: LoadResult, where: str = "", lang: str = "en") -> str | None:
    """The note's words (None when the data has no error); ``where`` is what the command
    writes: "paper", "site" or "calendar" (words: note.*)."""
    from gsscb_cli.findings import Severity
    from gsscb_cli.words import phrase

    valid = {doc.display for docs in result.documents.values() for doc in docs}
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    if not errors:
        return None
    left_out = sorted({f.location.file for f in errors if f.location.file not in valid})
    kept = sum(1 for f in errors if f.location.file in valid)
    places = {
        "out_of_key": f"note.out-of.{where}" if where else "empty",
        "into_key": f"note.into.{where}" if where else "empty",
    }
    parts = []
    if left_out:
        shown = ", ".join(left_out[:FILES_SHOWN])
        if len(left_out) > FILES_SHOWN:
            shown = phrase("note.more", lang, files=shown, more=len(left_out) - FILES_SHOWN)
        parts.append(phrase("note.left-out", lang, n=len(left_out), files=shown, **places))
    if kept:
        parts.append(phrase("note.kept", lang, kept=kept, **places))
    return phrase("note.invalid", lang, parts="; ".join(parts))


def note_invalid(result: LoadResult, color: Color, where: str = "") -> None:
    words = invalid_words(result, where)
    if words:
        console(color, stderr=True).print(words, soft_wrap=True, markup=False)
