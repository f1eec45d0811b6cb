"""New records for the data folder, as YAML text that validates before it is written.

``meeting_text`` and ``partnership_text`` build the text of a new record from the
board's own record (seats, papers deadline, the requirements catalogue);
``validate_text`` runs it through the same loader, schema and reference checks as
``gsscb validate``; ``create_file`` writes it atomically and never replaces a file.
Nothing here invents a fact: what is not yet known is left ``unknown``, ``no-reply``
or as a commented-out field to fill in, and the ``assumed`` field says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gsscb_cli.calendar import long_date
from gsscb_cli.domain.meetings import AOB, StandingItem, previous_held, standing_items
from gsscb_cli.errors import UsageError
from gsscb_cli.load import LoadResult
from gsscb_cli.model.types import DEFAULT_TOR_DOCUMENT, Board, Dataset, Requirement
from gsscb_cli.outputs import new_file_mode

MEETING_KINDS = ("ordinary", "extraordinary")
ABBREVIATIONS = {w: w.upper() for w in ("csp", "apb", "soc", "svd", "vawdasv", "contest", "asb")}


@dataclass(frozen=True)
class Scaffold:
    """A new record: where it goes, its text, and what to fill in next."""

    path: Path
    text: str
    next_steps: tuple[str, ...]


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def folded(key: str, text: str, indent: int = 0) -> list[str]:
    """``key: >-`` and the text wrapped beneath it (a folded block reads as one line)."""
    import textwrap

    pad = " " * (indent + 2)
    return [
        f"{' ' * indent}{key}: >-",
        *textwrap.wrap(text, 88, initial_indent=pad, subsequent_indent=pad),
    ]


def _defs() -> dict[str, Any]:
    from gsscb_cli.resources import resource_dir

    with open(resource_dir("schemas") / "defs.schema.json", encoding="utf-8") as handle:
        result: dict[str, Any] = json.load(handle)["definitions"]
    return result


def _board(dataset: Dataset) -> Board:
    if dataset.board is None:
        raise UsageError(
            "board.yaml is missing or invalid, so no record can be scaffolded (run gsscb validate)"
        )
    return dataset.board


def tor_source(board: Board, clause: str, quote: str | None, indent: int = 4) -> list[str]:
    """A source citing a clause of the board's own terms of reference, from board.yaml
    (``terms_of_reference.file``, ``.section``, the clause's name and ``.quotes``)."""
    file = board.tor_file or board.tor_document or DEFAULT_TOR_DOCUMENT
    name = board.clause(clause)
    section = f"{board.tor_section}, {name}" if board.tor_section else name
    return _source(file, section, board.tor_quotes.get(quote) if quote else None, indent)


def _source(file: str, section: str, quote: str | None = None, indent: int = 4) -> list[str]:
    pad = " " * indent
    lines = [f"{pad}- file: {q(file)}", f"{pad}  section: {q(section)}"]
    if quote:
        lines.append(f"{pad}  quote: {q(quote)}")
    return lines


# ------------------------------------------------------------------ meetings


def meeting_id(board: Board, day: dt.date) -> str:
    """The bundled data's pattern: the board's id and the date (gsscb-2025-07-15)."""
    return f"{board.id}-{day.isoformat()}"


def meeting_text(dataset: Dataset, day: dt.date, kind: str, as_of: dt.date) -> tuple[str, str]:
    """The id and YAML text of a scheduled meeting with every seat and the standing items."""
    board = _board(dataset)
    mid = meeting_id(board, day)
    need = board.papers_days_before
    papers = day - dt.timedelta(days=need) if need is not None else None
    when = (
        [
            f"# Papers are due to all members by {papers.isoformat()}, {need} days before the",
            "# meeting (board.yaml administration.papers_days_before). When they go out, record:",
            f"# papers_circulated: {papers.isoformat()}",
        ]
        if papers is not None
        else [
            "# When the papers go out to all members, record (board.yaml does not say how far",
            "# ahead: administration.papers_days_before):",
            "# papers_circulated: YYYY-MM-DD",
        ]
    )
    out = [
        "# yaml-language-server: $schema=../../schemas/meeting.schema.json",
        f"# Scaffolded by `gsscb new meeting` as of {as_of.isoformat()}: fill in the time, the",
        "# location, each member's reply and the business items (docs/scaffolding.md).",
        f"id: {mid}",
        f"date: {day.isoformat()}",
        f"kind: {kind}",
        "status: scheduled",
        '# start: "10:00"  # Europe/London, HH:MM (the calendar shows 10:00-12:00 until set)',
        '# end: "12:00"',
        "# location: Microsoft Teams",
        *when,
        "# At the meeting, record declarations of interest ([] means none were declared):",
        "# declarations: []",
        "sources:",
        *tor_source(
            board, "administration", "meetings" if kind == "ordinary" else "extraordinary", 2
        ),
        *folded(
            "assumed",
            f"Scaffolded by gsscb new meeting as of {as_of.isoformat()}. No reply from any member "
            "is recorded yet (no-reply), and no time, location or business item.",
        ),
        "",
        "attendance:",
        "  recorded: true",
        "  note: >-",
        "    Expected attendance. Set each seat to accepted or apologies as replies",
        "    arrive. A deputy attends only in exceptional circumstances, agreed by the",
        "    Chair, with the member's delegated decision-making authority.",
        "  members:",
    ]
    for seat in board.seats:
        holder = dataset.seat_holder(seat)
        comment = str(seat.title) + (
            "" if holder.status == "filled" else f" (holder {holder.status})"
        )
        out += [f"    - seat: {seat.id}  # {comment}", "      status: no-reply"]
    out += ["", "agenda:", *_standing_items(dataset, board, day, kind)]
    return mid, "\n".join(out) + "\n"


STANDING_SOURCES = {
    "apologies": ("quorum", "quorum"),
    "declarations": ("administration", "declarations"),
    "previous-minutes": ("administration", "minutes"),
    "aob": ("administration", "aob"),
}
"""Where the terms of reference speak of each standing item (none speak of the action log)."""
CUSTOM = "A standing item by custom; the Terms of Reference do not list standing items."


def _standing_items(dataset: Dataset, board: Board, day: dt.date, kind: str) -> list[str]:
    """The standing items of domain/meetings.py, under the ids the papers know."""

    def item(standing: StandingItem) -> list[str]:
        title = standing.title
        if standing.id == AOB and board.aob_at_chair_discretion:
            title += " (at the Chair's discretion)"
        lines = [f"  - id: {standing.id}", f"    title: {q(title)}", "    marking: OFFICIAL"]
        if standing.id == "previous-minutes":
            last = previous_held(dataset, day)
            if last is None:
                return []  # the board's first meeting: no minutes to approve
            text = f"To approve the minutes of the meeting of {long_date(last.date)} ({last.id})."
            lines.append(f"    summary: {q(text)}")
        source = STANDING_SOURCES.get(standing.id)
        if source is not None:
            lines += ["    sources:", *tor_source(board, *source, 6)]
        if standing.id in ("apologies", "previous-minutes", "action-log"):
            lines.append(f"    assumed: {CUSTOM}")
        return lines

    lines = [line for s in standing_items(kind) for line in item(s)]
    lines += [
        "  # Add the business items here: id, title, lead, paper, marking (OFFICIAL or",
        "  # OFFICIAL-SENSITIVE), decision_sought, and impacted_partnerships (the",
        "  # partnerships whose chairs must attend for a decision to be quorate).",
    ]
    lines += [line for s in standing_items(kind, closing=True) for line in item(s)]
    return lines


def new_meeting(loaded: LoadResult, day: dt.date, kind: str, as_of: dt.date) -> Scaffold:
    """A new scheduled meeting, refused for a past date, a clash or an unknown kind."""
    if kind not in MEETING_KINDS:
        raise UsageError(f"unknown meeting kind '{kind}': choose {' or '.join(MEETING_KINDS)}")
    if day < as_of:
        raise UsageError(
            f"{day.isoformat()} is in the past (as of {as_of.isoformat()}): a new meeting must be on or after it"
        )
    dataset = loaded.dataset
    board = _board(dataset)
    for meeting in dataset.meetings.values():
        if meeting.date == day:
            raise UsageError(
                f"a meeting on {day.isoformat()} already exists: {meeting.id} ({meeting.status}); "
                "edit that record instead"
            )
    mid, text = meeting_text(dataset, day, kind, as_of)
    path = loaded.data_dir / "meetings" / f"{mid}.yaml"
    if path.exists():
        raise UsageError(f"{path} already exists; it is not overwritten")
    validate_text(text, path, "meeting", loaded)
    need = board.papers_days_before
    by = f" by {(day - dt.timedelta(days=need)).isoformat()}" if need is not None else ""
    steps = (
        "set start and end (HH:MM, Europe/London) and location",
        f"circulate the agenda and papers{by}, then record papers_circulated",
        "as replies arrive, set each seat's status to accepted or apologies (no-reply until then)",
        "add the business items, with decision_sought and impacted_partnerships",
        f"check the forecast: gsscb quorum {mid}",
    )
    return Scaffold(path, text, steps)


# --------------------------------------------------------------- partnerships


def _obligation(req: Requirement, ob_id: str, indent: str = "  ") -> list[str]:
    rule = req.due_rule
    lines = [
        f"{indent}- id: {ob_id}",
        f"{indent}  kind: {req.obligation_kind}",
        f"{indent}  title: {q(req.output)}",
        f"{indent}  requirement: {req.id}",
        f"{indent}  basis: {req.basis}",
        f"{indent}  status: unknown",
        f"{indent}  verified: {'true' if req.verified else 'false'}",
    ]
    kind = rule.get("type")
    if kind == "cycle":
        lines += [
            f"{indent}  every_months: {rule['months']}",
            f"{indent}  # last_completed: YYYY-MM-DD  (the due date is then computed), or due: YYYY-MM-DD",
        ]
    elif kind == "fixed-date":
        lines.append(
            f"{indent}  # due: YYYY-{rule['month']:02d}-{rule['day']:02d}  ({req.cadence})"
        )
    elif kind == "standing":
        lines.append(
            f"{indent}  # a standing arrangement: status standing once it is confirmed in place"
        )
    else:
        lines.append(f"{indent}  # due: YYYY-MM-DD  ({req.cadence})")
    lines += [
        f"{indent}  sources:",
        *_source(req.source, f"requirements.yaml, {req.id}", indent=len(indent) + 4),
        f"{indent}  assumed: From the requirements catalogue; the status and dates are not yet recorded.",
    ]
    return lines


def partnership_text(
    dataset: Dataset, pid: str, kind: str, name: str | None, area: str | None, as_of: dt.date
) -> str:
    """The YAML text of a partnership with the obligations its kind must produce."""
    # The catalogue's own order (it follows REQUIREMENTS.md), the "every board" rows last.
    reqs = sorted(
        (r for r in dataset.requirements.values() if r.applies_to in (kind, "every")),
        key=lambda r: r.applies_to == "every",
    )
    tracked = [r for r in reqs if r.obligation_kind]
    untracked = [r for r in reqs if not r.obligation_kind]
    kinds = [r.obligation_kind for r in tracked]
    assumed = [f"Scaffolded by gsscb new partnership as of {as_of.isoformat()}."]
    if name is None:
        name = " ".join(ABBREVIATIONS.get(w, w.capitalize()) for w in pid.split("-"))
        assumed.append(f"The name is derived from the id ({pid}); confirm it.")
    if area is None:
        area = "unknown"
        assumed.append("The area is not yet recorded.")
    assumed.append(
        "Chair, meetings and obligation progress are not yet recorded; add the source that establishes the partnership."
    )
    out = [
        "# yaml-language-server: $schema=../../schemas/partnership.schema.json",
        f"# Scaffolded by `gsscb new partnership` as of {as_of.isoformat()}: fill in the chair, the",
        "# meetings, each obligation's status and dates, and the sources (docs/scaffolding.md).",
        f"id: {pid}",
        f"name: {q(name)}",
        f"kind: {kind}",
        f"area: {q(area)}",
        "sources:",
        *_source("requirements.yaml", f"obligations of a {kind}", indent=2),
        *folded("assumed", " ".join(assumed)),
        "",
        "chair:",
        "  status: unknown  # filled (with person: an id from people.yaml) or vacant",
        "",
        "meets:",
        "  status: unknown  # active or needs-re-establishing",
        "  # frequency: quarterly",
        "  # every_months: 3",
        "  # last_met: YYYY-MM-DD",
        "",
        f"# What a {kind} must produce (requirements.yaml).",
        "obligations:" if tracked else "obligations: []",
    ]
    for req in tracked:
        ob_id = req.obligation_kind if kinds.count(req.obligation_kind) == 1 else req.id
        out += _obligation(req, str(ob_id))
    if untracked:
        out.append(
            "# Also required, not tracked as obligations (no obligation kind in the catalogue):"
        )
        out += [f"#   {r.id}: {r.output} ({r.cadence})" for r in untracked]
    return "\n".join(out) + "\n"


def new_partnership(
    loaded: LoadResult, pid: str, kind: str, name: str | None, area: str | None, as_of: dt.date
) -> Scaffold:
    """A new partnership record, refused for an invalid or existing id or an unknown kind."""
    defs = _defs()
    pattern, longest = defs["id"]["pattern"], defs["id"]["maxLength"]
    if not re.fullmatch(pattern, pid) or len(pid) > longest:
        raise UsageError(
            f"'{pid}' is not a valid id: use lower-case letters, digits and hyphens "
            f"(at most {longest}), e.g. gwent-youth-justice-board"
        )
    kinds = list(loaded.dataset.kinds)  # the requirements catalogue's kinds
    if kind not in kinds:
        raise UsageError(
            f"unknown partnership kind '{kind}': choose one of {', '.join(kinds)} "
            "(the kinds of the requirements catalogue)"
        )
    for value, what in ((name, "--name"), (area, "--area")):
        if value is not None and not value.strip():
            raise UsageError(f"{what} must not be empty")
    _board(loaded.dataset)
    path = loaded.data_dir / "partnerships" / f"{pid}.yaml"
    if path.exists() or pid in loaded.dataset.partnerships:
        raise UsageError(f"a partnership '{pid}' already exists ({path}); it is not overwritten")
    text = partnership_text(loaded.dataset, pid, kind, name, area, as_of)
    validate_text(text, path, "partnership", loaded)
    steps = (
        "check name and area; add the source that establishes the partnership",
        "record the chair (filled with a person from people.yaml, or vacant) and how often it meets",
        "for each obligation set status and last_completed or due",
        f"add '{pid}' to board.yaml partnerships (and a seat if its chair sits on the board)",
        "run gsscb validate",
    )
    return Scaffold(path, text, steps)


# ------------------------------------------------------------ check and write


def validate_text(text: str, path: Path, doc_type: str, loaded: LoadResult) -> None:
    """The checks ``gsscb validate`` runs on one file; a problem means a bug here, not bad input."""
    from gsscb_cli.load import check_text
    from gsscb_cli.load.ids import KnownIds

    ds = loaded.dataset
    known = KnownIds(
        partnerships=set(ds.partnerships) | ({path.stem} if doc_type == "partnership" else set()),
        meetings=set(ds.meetings),
        priorities=set(ds.priorities),
        people=set(ds.people) or None,
        requirements=set(ds.requirements) or None,
        seats={s.id for s in ds.board.seats} if ds.board else None,
        kinds=set(ds.kinds) or None,
    )
    doc, findings = check_text(text, path, doc_type, known)
    if doc is not None and doc.data.get("id") != path.stem:
        raise UsageError(f"internal: id {doc.data.get('id')} does not match {path.name}")
    if findings:
        listed = "; ".join(f"{f.location}: {f.message}" for f in findings[:5])
        raise UsageError(f"the new record does not validate, so it was not written: {listed}")


def create_file(path: Path, text: str) -> None:
    """Write a new file atomically; never replace an existing one (even in a race)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, new_file_mode())  # the user's umask, not mkstemp's 0600
        try:
            os.link(tmp, path)  # atomic, and fails when the target exists
        except FileExistsError:
            raise UsageError(f"{path} already exists; it is not overwritten") from None
        except OSError:  # no hard links here: exclusive create instead
            try:
                with open(path, "x", encoding="utf-8", newline="\n") as out:
                    out.write(text)
            except FileExistsError:
                raise UsageError(f"{path} already exists; it is not overwritten") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
