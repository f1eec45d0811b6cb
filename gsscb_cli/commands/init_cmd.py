"""``gsscb init [DIR]``: a new board's folder, from flags or, at a terminal, prompts."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from gsscb_cli.options import AsOfOpt, Color, ColorOpt, console, parse_date, resolve_as_of


def _ask(value: str | None, text: str, interactive: bool, default: str | None = None) -> str | None:
    """The flag's value; at a terminal, a prompt for a missing one (Enter keeps the default,
    or leaves it not recorded)."""
    if value is not None or not interactive:
        return value if value is not None else default
    answer: str = typer.prompt(text, default=default or "", show_default=bool(default))
    return answer.strip() or None


def init(
    directory: Path = typer.Argument(
        Path("board"), help="The new folder (default: board); it must not exist, or be empty."
    ),
    name: str = typer.Option(None, "--name", help="The board's full name."),
    shape: str = typer.Option(
        "regional",
        "--shape",
        help="regional (a board overseeing partnerships), csp (a community safety "
        "partnership's strategic board) or partnership (one partnership's deadlines alone).",
    ),
    board_id: str = typer.Option(None, "--id", help="The board's id (default: from its name)."),
    short_name: str = typer.Option(None, "--short-name", help="Abbreviation used in papers."),
    reports_to: str = typer.Option(None, "--reports-to", help="The body it reports to (a PSB)."),
    administered_by: str = typer.Option(
        None, "--administered-by", help="Who runs its secretariat."
    ),
    area: str = typer.Option(None, "--area", help="The area it covers, as the PSB report says it."),
    tor: str = typer.Option(
        "Terms of Reference", "--tor", help="How its terms of reference are cited."
    ),
    tor_agreed: str = typer.Option(None, "--tor-agreed", help="When they were agreed, YYYY-MM-DD."),
    review_months: int = typer.Option(
        None, "--review-months", help="Their review cycle in months."
    ),
    meetings_per_year: int = typer.Option(
        4, "--meetings-per-year", help="Ordinary meetings a year."
    ),
    year_start: str = typer.Option("04-01", "--year-start", help="The board's year start, MM-DD."),
    quorum: str = typer.Option(
        None,
        "--quorum",
        help="Members besides the one presiding (5), or a fraction of the seats (1/3); "
        "default not recorded.",
    ),
    chair_counts: bool = typer.Option(
        False, "--chair-counts", help="The one presiding counts among the quorum's members."
    ),
    rounding: str = typer.Option("up", "--rounding", help="A fraction rounds up, down or nearest."),
    papers_days: int = typer.Option(
        None, "--papers-days", help="Days before a meeting papers go out."
    ),
    retention_years: int = typer.Option(None, "--minutes-years", help="Years minutes are kept."),
    seat: list[str] = typer.Option(
        None, "--seat", help="A seat's title (repeat); the first is the Chair's."
    ),
    partnership: list[str] = typer.Option(
        None, "--partnership", help="ID:KIND of a partnership connected to the board (repeat)."
    ),
    first_meeting: str = typer.Option(
        None, "--first-meeting", help="The first meeting's date (default: four weeks from --as-of)."
    ),
    no_input: bool = typer.Option(
        False, "--no-input", help="Never prompt (the default without a terminal)."
    ),
    as_of: AsOfOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """Create a new board's folder: data/ that validates, the schemas, the editor mapping and
    two GitHub workflows.

    data/ holds board.yaml from the answers (what they do not give is left not recorded
    or unknown), the requirements catalogue that ships with gsscb, the board's
    partnerships with the obligations their kinds must produce, and a first scheduled
    meeting. Flags answer the questions; at a terminal, missing ones are asked. The folder
    is built aside and moved into place only once it validates; nothing is overwritten.
    Exit 0 when created, 2 on a usage error or an existing, non-empty folder.
    """
    from gsscb_cli.init import Answers, create

    day = resolve_as_of(as_of)
    interactive = not no_input and sys.stdin.isatty()
    board_name = _ask(name, "Board name", interactive)
    if not board_name:
        raise typer.BadParameter('give the board\'s name: --name "..."', param_hint="--name")
    answers = Answers(
        name=board_name,
        shape=shape,
        board_id=board_id,
        short_name=_ask(short_name, "Short name (Enter: none)", interactive),
        reports_to=_ask(reports_to, "Reports to (Enter: not recorded)", interactive),
        administered_by=_ask(administered_by, "Administered by (Enter: not recorded)", interactive),
        area=_ask(area, "Area (Enter: not recorded)", interactive),
        tor_document=tor,
        tor_agreed=parse_date(tor_agreed, "--tor-agreed") if tor_agreed else None,
        review_months=review_months,
        meetings_per_year=meetings_per_year,
        year_start=year_start,
        quorum=_ask(
            quorum,
            "Quorum: 5 other members, or 1/3 of the seats (Enter: not recorded)",
            interactive,
        ),
        chair_counts=chair_counts,
        rounding=rounding,
        papers_days=papers_days,
        retention_years=retention_years,
        seats=list(seat or []),
        partnerships=list(partnership or []),
        first_meeting=parse_date(first_meeting, "--first-meeting") if first_meeting else None,
    )
    created = create(directory, answers, day)
    out = console(color)
    out.print(f"Created {created.root} ({len(created.files)} files):", markup=False, soft_wrap=True)
    for file in created.files:
        out.print(f"  {file}", markup=False, soft_wrap=True)
    out.print("Next:", markup=False)
    for i, step in enumerate(created.next_steps, start=1):
        out.print(f"  {i}. {step}", markup=False, soft_wrap=True)
