"""``gsscb partnership chair|vice-chair``, ``gsscb obligation complete`` and
``gsscb action done|drop``: the rest of the cycle, each one validated, atomic edit."""

from __future__ import annotations

import typer

from gsscb_cli.commands._common import load_data
from gsscb_cli.commands._edit import (
    EDIT_EXIT_CODES,
    DryRunOpt,
    QuoteOpt,
    SourceOpt,
    document_path,
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

partnership_app = typer.Typer(
    help="Record a partnership's chair or vice chair appointed or vacated. " + EDIT_EXIT_CODES,
    no_args_is_help=True,
)
obligation_app = typer.Typer(
    help="Record an obligation completed (a cyclic one starts its next cycle). " + EDIT_EXIT_CODES,
    no_args_is_help=True,
)
action_app = typer.Typer(
    help="Record a board action done or dropped. " + EDIT_EXIT_CODES, no_args_is_help=True
)


def _post(
    which: str, pid: str, person: str | None, vacant: bool, since: str | None,
    source: str, quote: str | None, data: DataOpt, as_of: AsOfOpt, dry_run: bool,
) -> None:  # fmt: skip
    from gsscb_cli.edit import citation
    from gsscb_cli.edit.partnership import post

    day = resolve_as_of(as_of)
    if person is None and not vacant:
        raise UsageError("give --person ID (appointed) or --vacant")
    since_day = parse_date(since, "--since") if since else None
    cite = citation(source, quote)
    loaded = load_data(data)
    partnership = loaded.dataset.partnerships.get(pid)
    if partnership is None:
        raise UsageError(f"unknown partnership '{pid}' (gsscb list partnerships)")
    edit = post(
        partnership, loaded.dataset, which, cite, person=person, vacant=vacant, since=since_day
    )
    run_edit(loaded, document_path(loaded, "partnership", pid), edit, day, dry_run)


PidArg = typer.Argument(..., metavar="PARTNERSHIP", help="A partnership id.")
PersonOpt = typer.Option(None, "--person", help="The new holder's person id (people.yaml).")
VacantOpt = typer.Option(False, "--vacant", help="The post is now vacant.")
SinceOpt = typer.Option(None, "--since", help="Since when, YYYY-MM-DD.")


@partnership_app.command("chair")
def chair(
    pid: str = PidArg,
    person: str | None = PersonOpt,
    vacant: bool = VacantOpt,
    since: str | None = SinceOpt,
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """The partnership's chair appointed (--person) or vacated (--vacant).

    A board seat that is 'Chair of' the partnership takes its holder from here.
    """
    _post("chair", pid, person, vacant, since, source, quote, data, as_of, dry_run)


@partnership_app.command("vice-chair")
def vice_chair(
    pid: str = PidArg,
    person: str | None = PersonOpt,
    vacant: bool = VacantOpt,
    since: str | None = SinceOpt,
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """The partnership's vice chair appointed (--person) or vacated (--vacant)."""
    _post("vice-chair", pid, person, vacant, since, source, quote, data, as_of, dry_run)


@obligation_app.command("complete")
def complete(
    pid: str = PidArg,
    obligation: str = typer.Argument(..., metavar="OBLIGATION", help="The obligation's id."),
    date: str = typer.Option(..., "--date", help="The day it was completed."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """An obligation completed on a date. A cyclic one (every_months, or its requirement's
    cycle) starts its next cycle: last_completed is the date and the next due date follows."""
    from gsscb_cli.edit import citation
    from gsscb_cli.edit.partnership import complete as op

    day = resolve_as_of(as_of)
    when = parse_date(date, "--date")
    cite = citation(source, quote)
    loaded = load_data(data)
    partnership = loaded.dataset.partnerships.get(pid)
    if partnership is None:
        raise UsageError(f"unknown partnership '{pid}' (gsscb list partnerships)")
    ob = next((o for o in partnership.obligations if o.id == obligation), None)
    if ob is None:
        known = ", ".join(o.id for o in partnership.obligations) or "none"
        raise UsageError(f"{pid} has no obligation '{obligation}' (known: {known})")
    edit = op(partnership, ob, loaded.dataset, when, cite, day)
    run_edit(loaded, document_path(loaded, "partnership", pid), edit, day, dry_run)


def _action(
    ref: str, status: str, when: str | None, note: str | None,
    source: str, quote: str | None, data: DataOpt, as_of: AsOfOpt, dry_run: bool,
) -> None:  # fmt: skip
    from gsscb_cli.edit import citation
    from gsscb_cli.edit.meeting import action_status

    day = resolve_as_of(as_of)
    cite = citation(source, quote)
    loaded = load_data(data)
    meeting_id, _, action_id = ref.rpartition("/")
    found = [
        (m, a)
        for m in loaded.dataset.meetings_by_date()
        for a in m.actions
        if a.id == action_id and (not meeting_id or m.id == meeting_id)
    ]
    if not found:
        raise UsageError(f"no action '{ref}' (gsscb render actions lists them)")
    if len(found) > 1:
        where = ", ".join(f"{m.id}/{a.id}" for m, a in found)
        raise UsageError(f"'{ref}' names several actions: say which ({where})")
    meeting, _act = found[0]
    done_day = parse_date(when, "--date") if when else None
    if done_day is not None and done_day > day:
        raise UsageError(f"--date {done_day} is after --as-of ({day})")
    edit = action_status(action_id, status, cite, done_day or day, note)
    run_edit(loaded, document_path(loaded, "meeting", meeting.id), edit, day, dry_run)


ActionArg = typer.Argument(
    ..., metavar="[MEETING/]ACTION", help="The action's id, with its meeting where ids repeat."
)


@action_app.command("done")
def done(
    ref: str = ActionArg,
    date: str | None = typer.Option(None, "--date", help="When it was done (default --as-of)."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """A board action done, on a date."""
    _action(ref, "done", date, None, source, quote, data, as_of, dry_run)


@action_app.command("drop")
def drop_action(
    ref: str = ActionArg,
    reason: str = typer.Option(..., "--reason", help="Why it was dropped."),
    source: SourceOpt = ...,  # type: ignore[assignment]
    quote: QuoteOpt = None,
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    dry_run: DryRunOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """A board action dropped, with the reason."""
    _action(ref, "dropped", None, reason, source, quote, data, as_of, dry_run)
