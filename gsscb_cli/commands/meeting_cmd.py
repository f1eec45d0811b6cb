"""``gsscb meeting ...``: the meeting cycle by command, from replies to published minutes.

Each subcommand is one small edit of data/meetings/MEETING.yaml, validated with the whole
record before it is written, atomic, and keeping the file's comments and layout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from gsscb_cli.commands._common import load_data
from gsscb_cli.commands._edit import (
    EDIT_EXIT_CODES,
    DryRunOpt,
    QuoteOpt,
    SourceOpt,
    document_path,
    find_meeting,
    run_edit,
)
from gsscb_cli.errors import UsageError
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    parse_date,
    resolve_as_of,
)

if TYPE_CHECKING:
    from gsscb_cli.edit import Edit
    from gsscb_cli.model.types import Dataset, Meeting

Build = Callable[["Meeting", "Dataset", dt.date], "Edit"]

meeting_app = typer.Typer(
    help=(
        "Record the meeting cycle: replies, papers, the register (held, guests, "
        "declarations, decisions, actions), cancellation, minutes approved and published.\n\n"
        "Every subcommand takes MEETING (an id, or 'next'), --source (where the fact came "
        "from), --data, --as-of, --color and --dry-run, prints what changed and what it changes in the "
        "findings. " + EDIT_EXIT_CODES
    ),
    no_args_is_help=True,
)

MeetingArg = typer.Argument(..., metavar="MEETING", help="A meeting id, or 'next'.")


def _run(meeting_id: str, data: DataOpt, as_of: AsOfOpt, dry_run: bool, build: Build) -> None:
    day = resolve_as_of(as_of)
    loaded = load_data(data)
    meeting = find_meeting(loaded, meeting_id, day)
    edit = build(meeting, loaded.dataset, day)
    run_edit(loaded, document_path(loaded, "meeting", meeting.id), edit, day, dry_run)


@meeting_app.command("reply")
def reply(
    meeting: str = MeetingArg,
    seats: list[str] = typer.Argument(..., metavar="SEAT...", help="Seat ids (gsscb list seats)."),
    status: str = typer.Option(
        "accepted", "--status", help="accepted, apologies, or no-reply (to undo a reply)."
    ),
    deputy: str | None = typer.Option(
        None, "--deputy", help="The deputy attending in the member's place (name or role)."
    ),
    deputy_person: str | None = typer.Option(
        None, "--deputy-person", help="The deputy's person id, where recorded."
    ),
    agreed_by_chair: bool = typer.Option(
        False, "--agreed-by-chair", help="The Chair agreed the deputy (exceptional circumstances)."
    ),
    delegated_authority: bool = typer.Option(
        False, "--delegated-authority", help="The deputy carries the member's delegated authority."
    ),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """A reply to the invitation: a seat accepted, sent apologies, or sends a deputy.

    A deputy counts towards quorum only with --agreed-by-chair and --delegated-authority
    (the ToR's deputies clause); without them the deputy is recorded and reported.
    """
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    dep = (
        ops.DeputyReply(deputy, agreed_by_chair, delegated_authority, deputy_person)
        if deputy
        else None
    )
    _run(
        meeting, data, as_of, dry_run, lambda m, ds, _d: ops.reply(m, ds, seats, status, cite, dep)
    )


@meeting_app.command("papers")
def papers(
    meeting: str = MeetingArg,
    date: str = typer.Option(..., "--date", help="The day the papers went to members."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """The agenda and papers were circulated on a date (papers-late checks the seven days)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    day = parse_date(date, "--date")
    cite = citation(source, quote)
    _run(meeting, data, as_of, dry_run, lambda m, _ds, _d: ops.papers(m, day, cite))


@meeting_app.command("item")
def item(
    meeting: str = MeetingArg,
    title: str = typer.Option(..., "--title", help="The item's title."),
    item_id: str | None = typer.Option(None, "--id", help="Its id (default: from the title)."),
    lead: str | None = typer.Option(None, "--lead", help="Who presents it."),
    paper: str | None = typer.Option(None, "--paper", help="The paper's reference, if any."),
    marking: str | None = typer.Option(None, "--marking", help="OFFICIAL (default) or higher."),
    decision: bool = typer.Option(False, "--decision", help="A decision is sought."),
    impacted: list[str] = typer.Option(
        [], "--impacted", help="A partnership most impacted (repeat); its chair must attend."
    ),
    summary: str | None = typer.Option(None, "--summary", help="A short summary."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """A business item on the agenda (before any other business)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    _run(
        meeting, data, as_of, dry_run,
        lambda m, ds, _d: ops.add_item(
            m, ds, title, cite, item_id=item_id, lead=lead, paper=paper, marking=marking,
            decision_sought=decision, impacted=impacted, summary=summary,
        ),
    )  # fmt: skip


@meeting_app.command("held")
def held(
    meeting: str = MeetingArg,
    present: list[str] = typer.Option([], "--present", help="A seat that attended (repeat)."),
    absent: list[str] = typer.Option([], "--absent", help="A seat that did not (repeat)."),
    apologies: list[str] = typer.Option([], "--apologies", help="A seat that sent apologies."),
    ask: bool = typer.Option(
        False, "--ask", help="Ask seat by seat (the reply's answer offered); answers on stdin."
    ),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """Mark the meeting held and turn its replies into the register.

    Accepted becomes present and no reply becomes absent, apologies stay apologies, unless
    a seat is named with --present, --absent or --apologies. With --ask, each other seat
    is asked in turn, its reply's answer offered (Enter keeps it): present, absent or
    apologies. A meeting dated after --as-of cannot be held (refused, exit 1).
    """
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)

    def build(m: Meeting, ds: Dataset, _day: dt.date) -> Edit:
        named = (present, absent, apologies)
        if ask:
            named = _ask_register(m, ds, named)
        return ops.held(m, ds, cite, *named)

    _run(meeting, data, as_of, dry_run, build)


REGISTER = ("present", "absent", "apologies")
FROM_REPLY = {"accepted": "present", "no-reply": "absent"}


def _ask_register(
    meeting: Meeting, dataset: Dataset, named: tuple[list[str], list[str], list[str]]
) -> tuple[list[str], list[str], list[str]]:
    """The register, asked seat by seat in the board's order: each seat's reply offers the
    answer (accepted: present; no reply: absent); seats named on the command line and
    vacant seats are not asked. End of input writes nothing."""
    board = dataset.board
    if board is None:
        raise UsageError("board.yaml is missing or does not validate: run gsscb validate")
    out = {status: list(seats) for status, seats in zip(REGISTER, named, strict=True)}
    already = {s for seats in named for s in seats}
    replies = {e.seat: e.status for e in meeting.attendance.members}
    for seat in board.seats:
        if seat.id in already or dataset.seat_holder(seat).status == "vacant":
            continue
        reply = replies.get(seat.id, "no-reply")
        offered = FROM_REPLY.get(reply, reply if reply in REGISTER else "absent")
        question = f"{seat.id} ({seat.title}; replied {reply}) [{'/'.join(REGISTER)}]"
        while True:
            try:
                answer = str(typer.prompt(question, default=offered, err=True)).strip()
            except typer.Abort:
                raise UsageError("--ask: the register was not finished; nothing written") from None
            if answer in REGISTER:
                break
            typer.echo(f"answer {', '.join(REGISTER)} (or Enter for {offered})", err=True)
        out[answer].append(seat.id)
    return out["present"], out["absent"], out["apologies"]


@meeting_app.command("guest")
def guest(
    meeting: str = MeetingArg,
    name: str = typer.Option(..., "--name", help="The guest's name or role."),
    organisation: str | None = typer.Option(None, "--organisation", help="Their organisation."),
    purpose: str | None = typer.Option(None, "--purpose", help="Why invited (e.g. the item)."),
    person: str | None = typer.Option(None, "--person", help="Their person id, if recorded."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """An invited guest (never counts towards quorum)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    _run(
        meeting, data, as_of, dry_run,
        lambda m, _ds, _d: ops.guest(m, name, cite, organisation, purpose, person),
    )  # fmt: skip


@meeting_app.command("declare")
def declare(
    meeting: str = MeetingArg,
    none: bool = typer.Option(False, "--none", help="No interest was declared."),
    seat: str | None = typer.Option(None, "--seat", help="The declaring member's seat."),
    interest: str | None = typer.Option(None, "--interest", help="The interest declared."),
    item: str | None = typer.Option(None, "--item", help="The agenda item it concerns."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """Declarations of interest: --none, or --seat with --interest (and --item)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    _run(
        meeting, data, as_of, dry_run,
        lambda m, ds, _d: ops.declare(
            m, ds, cite, none=none, seat=seat, interest=interest, item=item
        ),
    )  # fmt: skip


@meeting_app.command("decide")
def decide(
    meeting: str = MeetingArg,
    item: str = typer.Option(..., "--item", help="The agenda item it was taken under."),
    text: str = typer.Option(..., "--text", help="The decision in words."),
    decision_id: str | None = typer.Option(None, "--id", help="Its id (default: from the text)."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """A decision taken under an agenda item."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    _run(
        meeting, data, as_of, dry_run,
        lambda m, _ds, _d: ops.decide(m, item, text, cite, decision_id),
    )  # fmt: skip


@meeting_app.command("action")
def action(
    meeting: str = MeetingArg,
    text: str = typer.Option(..., "--text", help="The action."),
    owner: str = typer.Option(..., "--owner", help="Who owns it (seat id, person id or role)."),
    due: str = typer.Option(..., "--due", help="When it is due, YYYY-MM-DD."),
    item: str | None = typer.Option(None, "--item", help="The agenda item it arose under."),
    action_id: str | None = typer.Option(None, "--id", help="Its id (default: from the text)."),
    marking: str | None = typer.Option(
        None, "--marking", help="Its own marking where above its item's (OFFICIAL-SENSITIVE)."
    ),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """An action arising, with its owner and due date (open until gsscb action done)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    day = parse_date(due, "--due")
    cite = citation(source, quote)
    _run(
        meeting, data, as_of, dry_run,
        lambda m, _ds, _d: ops.add_action(
            m, text, owner, day, cite, item=item, action_id=action_id, marking=marking
        ),
    )  # fmt: skip


@meeting_app.command("cancel")
def cancel(
    meeting: str = MeetingArg,
    reason: str = typer.Option(..., "--reason", help="Why it was cancelled."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """The meeting was cancelled, with the reason (it no longer counts for the cadence)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    _run(meeting, data, as_of, dry_run, lambda m, _ds, _d: ops.cancel(m, reason, cite))


@meeting_app.command("minutes")
def minutes(
    meeting: str = MeetingArg,
    approved_at: str | None = typer.Option(
        None, "--approved-at", help="The later meeting that approved them (its date is used)."
    ),
    approved: str | None = typer.Option(
        None, "--approved", help="The approval date, where it was not at a board meeting."
    ),
    published: str | None = typer.Option(None, "--published", help="Date published."),
    url: str | None = typer.Option(None, "--url", help="Where they are published."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """The minutes approved (at which meeting) and published (where, when)."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit import meeting as ops

    cite = citation(source, quote)
    approved_day = parse_date(approved, "--approved") if approved else None
    published_day = parse_date(published, "--published") if published else None

    def build(m: Meeting, ds: Dataset, _day: dt.date) -> Edit:
        at = None
        if approved_at is not None:
            if approved_at not in ds.meetings:
                raise UsageError(f"unknown meeting '{approved_at}' (gsscb list meetings)")
            at = ds.meetings[approved_at]
        return ops.minutes(
            m, ds, cite, approved_at=at, approved=approved_day, published=published_day, url=url
        )

    _run(meeting, data, as_of, dry_run, build)
