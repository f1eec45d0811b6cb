"""``gsscb quorum MEETING``: who is (or is expected to be) there, and is it quorate?"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import typer

from gsscb_cli.errors import EXIT_FINDINGS, EXIT_OK, UsageError
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    FailOn,
    FailOnOpt,
    ListFormat,
    NoCacheOpt,
    console,
    resolve_as_of,
)

if TYPE_CHECKING:
    from gsscb_cli.findings import Finding, Phrase
    from gsscb_cli.model.types import Dataset, Meeting
    from gsscb_cli.quorum import QuorumResult

RULES = ("meeting-quorum", "decision-quorum", "deputy-authority", "attendance-unrecorded")


def find_meeting(dataset: Dataset, wanted: str, as_of: dt.date) -> Meeting:
    """A meeting by id, or ``next``: the first scheduled meeting on or after ``as_of``."""
    if wanted == "next":
        ahead = [
            m for m in dataset.meetings_by_date() if m.status == "scheduled" and m.date >= as_of
        ]
        if not ahead:
            raise UsageError(f"no scheduled meeting on or after {as_of.isoformat()}")
        return ahead[0]
    if wanted not in dataset.meetings:
        known = ", ".join(dataset.meetings) or "none"
        raise UsageError(f"unknown meeting '{wanted}' (known: {known}; or 'next')")
    return dataset.meetings[wanted]


def said(phrase: Phrase | None) -> str:
    """A quorum fact in English words (the words catalogue's)."""
    from gsscb_cli.words import sentence

    return sentence(phrase) if phrase is not None else ""


def as_dict(result: QuorumResult, dataset: Dataset, findings: list[Finding]) -> dict[str, Any]:
    m = result.meeting
    return {
        "meeting": m.id,
        "date": m.date.isoformat(),
        "kind": m.kind,
        "status": m.status,
        "mode": result.mode,
        "verdict": result.verdict,
        "statement": said(result.statement),
        "presiding": result.presiding,
        "chair_present": result.chair_present,
        "vice_chair_present": result.vice_chair_present,
        "others": list(result.others),
        "others_count": result.others_count,
        "others_required": result.others_required,
        "yet_to_reply": list(result.uncertain),
        "seats": [
            {
                "seat": s.seat.id,
                "title": str(s.seat.title),
                "holder_status": s.holder.status,
                "holder": s.holder.person,
                "holder_label": dataset.person_label(s.holder.person) if s.holder.person else None,
                "status": s.status,
                "counts": s.counts,
                "attendee": s.attendee,
                "deputy": None
                if s.deputy is None
                else {
                    "name": s.deputy.name,
                    "agreed_by_chair": s.deputy.agreed_by_chair,
                    "delegated_authority": s.deputy.delegated_authority,
                },
                "note": said(s.note),
            }
            for s in result.seats
        ],
        "rejected_deputies": [
            {"seat": d.seat.id, "deputy": d.deputy.name, "reason": said(d.reason)}
            for d in result.rejected_deputies
        ],
        "guests": [
            {"name": g.name, "organisation": g.organisation, "purpose": g.purpose}
            for g in result.guests
        ],
        "decisions": [
            {
                "item": d.item.id,
                "title": str(d.item.title),
                "impacted_partnerships": list(d.item.impacted_partnerships),
                "verdict": d.verdict,
                "present_chairs": list(d.present_chairs),
                "missing_chairs": list(d.missing_chairs),
                "vacant_chairs": list(d.vacant_chairs),
                "awaited_chairs": list(d.awaited_chairs),
                "unknown_chairs": list(d.unknown_chairs),
                "reasons": [said(r) for r in d.all_reasons],
                "interests": [{"seat": i.seat, "interest": i.interest} for i in d.interests],
            }
            for d in result.decisions
        ],
        "findings": [f.as_dict() for f in findings],
    }


def seat_title(dataset: Dataset, seat_id: str) -> str:
    board = dataset.board
    seat = board.seat(seat_id) if board is not None else None
    return str(seat.title) if seat is not None else seat_id


def print_text(
    result: QuorumResult, dataset: Dataset, findings: list[Finding], color: Color
) -> None:
    from rich.table import Table

    from gsscb_cli.present.escape import rich_markup as escape
    from gsscb_cli.words import phrase

    def w(key: str, **params: Any) -> str:
        """The words catalogue's text (quorum-cli.*), escaped: data is never markup."""
        return escape(phrase(f"quorum-cli.{key}", **params))

    out = console(color)
    m = result.meeting
    how = phrase(f"quorum-cli.mode.{result.mode}", status=m.status)
    title = f": {m.title}" if m.title else ""
    out.print(f"[bold]{w('meeting', id=m.id)}[/bold]{escape(title)}")
    out.print(escape(f"{m.date.isoformat()}, {m.kind}; {how}"))
    if result.seats:
        table = Table(title=w("seats"), title_justify="left")
        for col in ("seat", "holder", "status", "counts", "note"):
            table.add_column(w(f"column.{col}"))
        for s in result.seats:
            holder = dataset.person_label(s.holder.person) if s.holder.person else s.holder.status
            deputy = ""
            if s.deputy:
                standing = phrase(
                    "quorum-cli." + ("approved" if s.deputy.approved else "not-approved")
                )
                deputy = phrase("quorum-cli.deputy", name=s.deputy.name, standing=standing)
            note = "; ".join(x for x in (deputy, said(s.note)) if x)
            table.add_row(
                escape(str(s.seat.title)),
                escape(holder),
                s.status,
                w("yes" if s.counts else "no"),
                escape(note),
            )
        out.print(table)
    if result.rejected_deputies:
        out.print(f"[bold]{w('deputies-not-counted')}[/bold]")
        for rd in result.rejected_deputies:
            reason = said(rd.reason)
            out.print(
                "  " + w("deputy-for", deputy=rd.deputy.name, seat=rd.seat.title, reason=reason)
            )
    if result.guests:
        out.print(f"[bold]{w('guests')}[/bold] {w('guests-never-count')}")
        for g in result.guests:
            extra = ", ".join(x for x in (g.organisation, g.purpose) if x)
            out.print(f"  {escape(g.name)}" + (f" ({escape(extra)})" if extra else ""))
    verdict = phrase(f"quorum-cli.verdict.{result.verdict}")
    out.print(
        f"[bold]{w('meeting-quorum', verdict=verdict)}[/bold]. {escape(said(result.statement))}"
    )
    if result.others:
        out.print(
            "  "
            + w(
                "counted.members" if result.chair_counted else "counted.others",
                n=result.others_count,
                required=result.others_required,
                names=", ".join(result.others),
            )
        )
    if result.uncertain:
        titles = {s.seat.id: str(s.seat.title) for s in result.seats}
        waiting = ", ".join(titles.get(seat, seat) for seat in result.uncertain)
        out.print("  " + w("yet-to-reply", seats=waiting))
    for d in result.decisions:
        if d.all_reasons:
            reasons = "; ".join(said(r) for r in d.all_reasons)
        elif d.item.impacted_partnerships:
            reasons = phrase("decision.all-present")
        else:
            reasons = phrase("decision.none-impacted")
        verdict = phrase(f"quorum-cli.verdict.{d.verdict}")
        item = w("item", id=d.item.id, title=d.item.title, verdict=verdict, reasons=reasons)
        out.print(f"[bold]{w('decision-quorum')}[/bold]{item}")
        for interest in d.interests:
            seat = seat_title(dataset, interest.seat)
            out.print("  " + w("interest", seat=seat, interest=interest.interest))
    if not result.decisions and result.mode != "cancelled":
        out.print(w("no-decision"))
    for f in findings:
        out.print(escape(f"{f.location}: {f.severity.value} {f.rule}: {f.message}"))


def quorum(
    meeting: str = typer.Argument(
        ..., metavar="MEETING", help="A meeting id (gsscb list meetings), or 'next'."
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
    fail_on: FailOnOpt = FailOn.never,
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Show who is (held) or is expected to be (scheduled) at a meeting, in which seat,
    with deputies and their standing and the guests; the meeting quorum verdict with
    the count; and a verdict for every decision item, naming any missing or vacant chair.

    MEETING 'next' is the first scheduled meeting on or after --as-of. Exit 1 when a
    quorum finding for the meeting reaches --fail-on (default never), 2 for an unknown
    meeting.
    """
    from gsscb_cli.commands._common import load_data
    from gsscb_cli.commands._notes import note_invalid
    from gsscb_cli.findings import Ref, sort_findings
    from gsscb_cli.present import fails
    from gsscb_cli.quorum import assess
    from gsscb_cli.rules import run_rules

    day = resolve_as_of(as_of)
    result = load_data(data, no_cache=no_cache)
    note_invalid(result, color)
    dataset = result.dataset
    if dataset.board is None:
        raise UsageError(
            "the board's record (board.yaml) is missing or invalid: run gsscb validate"
        )
    found = find_meeting(dataset, meeting, day)
    verdict = assess(found, dataset)
    findings = sort_findings(
        [f for f in run_rules(dataset, day, RULES) if f.subject.record == Ref("meeting", found.id)]
    )
    if fmt is ListFormat.json:
        typer.echo(json.dumps(as_dict(verdict, dataset, findings), indent=2, ensure_ascii=False))
    else:
        print_text(verdict, dataset, findings, color)
    failing = any(fails(f, fail_on.value) for f in findings)
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)
