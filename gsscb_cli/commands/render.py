"""``gsscb render``: board papers as Markdown or Word, from the data."""

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
from gsscb_cli.render.marking import Audience

if TYPE_CHECKING:
    pass

DEFAULT_OUTPUT_DIR = Path("out")
"""Where a Word paper goes without --output (git-ignored: see .gitignore)."""


class PaperFormat(str, Enum):
    md = "md"
    docx = "docx"


def render(
    paper: str = typer.Argument(
        None,
        help="The paper: agenda, pack, minutes, psb-update, compliance, actions, forward-plan.",
        show_default=False,
    ),
    meeting: str = typer.Option(
        None,
        "--meeting",
        "-m",
        help="Meeting id (default: the next scheduled meeting; for minutes, the last held one).",
    ),
    fmt: PaperFormat = typer.Option(
        PaperFormat.md, "--format", "-f", help="md (Markdown) or docx (Word)."
    ),
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="Write here (- for standard output). Default: Markdown to standard output; Word to out/<paper>-<meeting or date>[-public].docx (out/ is git-ignored).",
    ),
    audience: Audience = typer.Option(
        Audience.board,
        "--audience",
        help="board (everything), or public (items above OFFICIAL withheld, and the paper says so).",
    ),
    lang: str = typer.Option(
        "en",
        "--lang",
        help="Language of the paper: en, cy (Welsh), or bilingual (the Welsh version, then the English).",
    ),
    templates: Path = typer.Option(
        None,
        "--templates",
        help="A folder of your own templates (and messages.yaml, reference.docx); files not there come from the bundled set.",
    ),
    list_papers: bool = typer.Option(False, "--list", help="List the papers and exit."),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Render a board paper from the data, as Markdown (for review) or Word (to send).

    Every paper carries its security marking (OFFICIAL, or OFFICIAL-SENSITIVE when an
    included item is) at top and bottom, in Word in the header and footer. The same data
    and --as-of give byte-identical files.
    """
    from gsscb_cli.commands._common import load_data
    from gsscb_cli.render import RenderRequest, render_paper
    from gsscb_cli.render.papers import PAPERS

    if list_papers:
        for p in PAPERS.values():
            need = {"next": "  [--meeting]", "held": "  [--meeting, held]", "none": ""}[p.meeting]
            typer.echo(f"{p.id:<13} {p.summary}{need}")
        return
    if paper is None:
        raise UsageError("name a paper to render (gsscb render --list shows them)")
    day = resolve_as_of(as_of)
    shown = output
    to_stdout = is_stdout(output)
    target = check_output_path(output, data) if output is not None and not to_stdout else None
    result = load_data(data, no_cache=no_cache)
    from gsscb_cli.commands._notes import note_invalid

    note_invalid(result, color, "paper")
    request = RenderRequest(paper, day, meeting, fmt.value, audience, lang, templates)
    rendered = render_paper(result.dataset, request)
    if to_stdout or (target is None and fmt is PaperFormat.md):
        write_stdout(rendered.content, binary=fmt is not PaperFormat.md)
        return
    if target is None:
        # never litter the working folder (often the repository): out/ is git-ignored
        shown = DEFAULT_OUTPUT_DIR / rendered.default_name
        if data.exists() and DEFAULT_OUTPUT_DIR.resolve().is_relative_to(data.resolve()):
            raise UsageError(f"refusing to write {shown} inside the data folder {data}")
        try:
            DEFAULT_OUTPUT_DIR.mkdir(exist_ok=True)
        except OSError as exc:
            raise UsageError(
                f"cannot create the folder {DEFAULT_OUTPUT_DIR}: {exc.strerror}"
            ) from None
        target = check_output_path(shown, data)
    write_atomic(target, rendered.content)
    from gsscb_cli.words import phrase

    withheld = "cli.withheld" if rendered.withheld else "empty"
    said = phrase(
        "cli.wrote-paper",
        path=str(shown),
        marking=rendered.marking,
        n=rendered.withheld,
        withheld_key=withheld,
    )
    typer.echo(said, err=True)
