"""A meeting as plain data: agenda items (with standing items), attendance, minutes."""

from __future__ import annotations

import datetime as dt

from gsscb_cli import quorum
from gsscb_cli.domain.meetings import next_scheduled, previous_held, standing_id, standing_items
from gsscb_cli.model.types import Action, AgendaItem, Deputy, Meeting, Text
from gsscb_cli.render.context import Ctx, Scope, meeting_summary, post_dict
from gsscb_cli.render.marking import BASE, action_marking, for_audience, highest
from gsscb_cli.render.text import iso, md


def previous_meeting(scope: Scope, meeting: Meeting) -> Meeting | None:
    return previous_held(scope.dataset, meeting.date)


def next_meeting(scope: Scope, meeting: Meeting) -> Meeting | None:
    return next_scheduled(scope.dataset, meeting.date)


def visible_items(scope: Scope, meeting: Meeting) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """(items the audience sees, items withheld from it)."""
    filtered = for_audience(meeting.agenda, [i.marking for i in meeting.agenda], scope.audience)
    return list(filtered.kept), list(filtered.withheld)


def visible_actions(scope: Scope, meeting: Meeting) -> tuple[list[Action], list[Action]]:
    """(actions the audience sees, actions withheld from it): an action is withheld when
    it, or the item it arises from, is marked above OFFICIAL."""
    markings = [action_marking(meeting, a) for a in meeting.actions]
    filtered = for_audience(meeting.actions, markings, scope.audience)
    return list(filtered.kept), list(filtered.withheld)


def meeting_dict(scope: Scope, meeting: Meeting) -> Ctx:
    """Everything the agenda, pack and minutes show about one meeting."""
    kept, withheld = visible_items(scope, meeting)
    actions, withheld_actions = visible_actions(scope, meeting)
    hidden = {i.id for i in withheld}
    result = quorum.assess(meeting, scope.dataset)
    reasons = {d.item.id: [scope.say(r) for r in d.all_reasons] for d in result.decisions}
    verdicts = {d.item.id: (d.verdict, reasons[d.item.id]) for d in result.decisions}
    data = meeting_summary(scope, meeting)
    data.update(
        {
            "marking": highest(
                [*(i.marking for i in kept), *(action_marking(meeting, a) for a in actions)]
            ),
            "withheld": len(withheld) + len(withheld_actions),
            "papers": _papers(scope, meeting),
            "standing": _standing(scope, meeting, kept),
            "agenda": [
                _item(scope, item, n, verdicts.get(item.id))
                for n, item in enumerate(
                    _own_items(kept), start=len(standing_items(meeting.kind)) + 1
                )
            ],
            "closing": _standing(scope, meeting, kept, closing=True),
            "attendance": _attendance(scope, meeting, result),
            "quorum": {
                "verdict": result.verdict,
                "mode": result.mode,
                "statement": scope.say(result.statement),
            },
            "declarations": _declarations(scope, meeting, hidden),
            "decisions": [
                {
                    "id": d.id,
                    "text": scope.text(d.text),
                    "item": _item_title(scope, meeting, d.item),
                }
                for d in meeting.decisions
                if d.item not in hidden
            ],
            "actions": [action_dict(scope, meeting, a) for a in actions],
            "minutes": _minutes(meeting),
            "previous": _brief(scope, previous_meeting(scope, meeting)),
            "next": _brief(scope, next_meeting(scope, meeting)),
            "source": md(meeting.source),
            "assumed": md(meeting.assumed),
        }
    )
    return data


def _brief(scope: Scope, meeting: Meeting | None) -> Ctx | None:
    if meeting is None:
        return None
    data = meeting_summary(scope, meeting)
    data["minutes"] = _minutes(meeting)
    return data


def _own_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """The business items: every item that is not a standing one (in any spelling)."""
    return [i for i in items if standing_id(i.id) is None]


def _papers(scope: Scope, meeting: Meeting) -> Ctx:
    """The circulation date and the seven-day rule (the ToR's Administration clause)."""
    days = scope.board.papers_days_before
    due = meeting.date - dt.timedelta(days=days) if days is not None else None
    circulated = meeting.papers_circulated
    before = (meeting.date - circulated).days if circulated else None
    return {
        "days_required": days,
        "due": iso(due),
        "circulated": iso(circulated),
        "days_before": before,
        "on_time": None if before is None or days is None else before >= days,
    }


def _item(
    scope: Scope, item: AgendaItem, number: int, verdict: tuple[str, list[str]] | None
) -> Ctx:
    return {
        "number": number,
        "id": item.id,
        "title": scope.text(item.title),
        "lead": scope.who(item.lead),
        "paper": md(item.paper),
        "marking": item.marking,
        "sensitive": item.marking != BASE,
        "decision_sought": item.decision_sought,
        "impacted": [_impacted(scope, pid) for pid in item.impacted_partnerships],
        "decision_quorum": (
            {"verdict": verdict[0], "reasons": verdict[1]} if verdict is not None else None
        ),
        "summary": scope.text(item.summary),
        "outcome": scope.text(item.outcome),
    }


def _impacted(scope: Scope, pid: str) -> Ctx:
    partnership = scope.dataset.partnerships.get(pid)
    seats = [s for s in scope.board.seats if s.chair_of == pid]
    return {
        "id": pid,
        "name": scope.partnership_name(pid),
        "chair": post_dict(scope, partnership.chair if partnership else None),
        "has_seat": bool(seats),
    }


def _standing(
    scope: Scope, meeting: Meeting, kept: list[AgendaItem], closing: bool = False
) -> list[Ctx]:
    """The standing items (the opening ones, or the closing ones): an item in the data
    under a standing id (in any spelling) gives its lead, paper and summary."""
    in_data = {standing_id(i.id): i for i in kept if standing_id(i.id) is not None}
    first = 1
    if closing:
        first = len(standing_items(meeting.kind)) + len(_own_items(kept)) + 1
    out = []
    for number, standing in enumerate(standing_items(meeting.kind, closing), start=first):
        item = in_data.get(standing.id)
        out.append(
            {
                "number": number,
                "id": standing.id,
                "lead": scope.who(item.lead) if item else "",
                "paper": md(item.paper) if item else "",
                "summary": scope.text(item.summary) if item else "",
                "marking": item.marking if item else BASE,
            }
        )
    return out


def _item_title(scope: Scope, meeting: Meeting, item_id: str | None) -> str:
    for item in meeting.agenda:
        if item.id == item_id:
            return scope.text(item.title)
    return ""


def _attendance(scope: Scope, meeting: Meeting, result: quorum.QuorumResult) -> Ctx:
    """Seats by how they were represented, with deputies and guests (held or expected)."""
    entries = {e.seat: e for e in meeting.attendance.members}
    rows: dict[str, list[Ctx]] = {
        "present": [],
        "apologies": [],
        "absent": [],
        "no_reply": [],
        "vacant": [],
    }
    deputies = []
    for seat in result.seats:
        entry = entries.get(seat.seat.id)
        person = scope.dataset.person_label(seat.attendee) if seat.attendee else ""
        row = {
            "seat": scope.text(seat.seat.title),
            # a role-only holder's label is the seat's title again: show it once
            "person": scope.person(seat.attendee)
            if person and person != str(seat.seat.title)
            else "",
            "via_holder": seat.status == "via-holder",
            "note": scope.text(entry.note) if entry and entry.note else "",
        }
        if seat.holder.vacant and not seat.counts:
            rows["vacant"].append(row)  # nobody holds it, so nobody was absent from it
        elif seat.counts and seat.status != "via-holder" and not seat.note:
            rows["present"].append(row)
        elif seat.status == "via-holder":
            row["person"] = scope.holder(seat.holder)
            rows["present"].append(row)
        elif seat.status == "apologies":
            rows["apologies"].append(row)
        elif seat.status in ("absent", "not-listed"):
            rows["absent"].append(row)
        elif seat.status == "no-reply":
            rows["no_reply"].append(row)
        if (
            seat.deputy is not None
            and entry is not None
            and entry.status in ("present", "accepted")
        ):
            deputies.append(_deputy(scope, seat.seat.title, seat.deputy, result))
    return {
        "recorded": meeting.attendance.recorded,
        "note": scope.text(meeting.attendance.note),
        **rows,
        "deputies": deputies,
        "guests": [
            {
                "name": md(g.name),
                "organisation": md(g.organisation),
                "purpose": scope.text(g.purpose),
            }
            for g in meeting.attendance.guests
        ],
        "presiding": result.presiding,
        "others_count": result.others_count,
        "others_required": result.others_required,
    }


def _deputy(scope: Scope, seat_title: Text, deputy: Deputy, result: quorum.QuorumResult) -> Ctx:
    rejected = [r for r in result.rejected_deputies if r.deputy == deputy]
    return {
        "name": md(deputy.name),
        "seat": scope.text(seat_title),
        "counts": not rejected,
        "reason": scope.say(rejected[0].reason) if rejected else "",
    }


def _declarations(scope: Scope, meeting: Meeting, hidden: set[str]) -> Ctx:
    if meeting.declarations is None:
        return {"recorded": False, "entries": []}
    entries = []
    for d in meeting.declarations:
        if d.item in hidden:
            continue
        seat = scope.board.seat(d.seat)
        entries.append(
            {
                "seat": scope.text(seat.title) if seat else md(d.seat),
                "interest": scope.text(d.interest),
                "item": _item_title(scope, meeting, d.item),
            }
        )
    return {"recorded": True, "entries": entries}


def _minutes(meeting: Meeting) -> Ctx:
    m = meeting.minutes
    return {
        "approved": iso(m.approved) if m else None,
        "published": iso(m.published) if m else None,
        "url": md(m.url) if m and m.url else "",
    }


def action_dict(scope: Scope, meeting: Meeting, action: Action) -> Ctx:
    overdue = action.status == "open" and action.due is not None and action.due < scope.as_of
    return {
        "id": action.id,
        "meeting": meeting.id,
        "meeting_date": iso(meeting.date),
        "text": scope.text(action.text),
        "owner": scope.who(action.owner),
        "due": iso(action.due),
        "status": action.status,
        "completed": iso(action.completed),
        "overdue": overdue,
        "marking": action_marking(meeting, action),
        "priority": _served(scope, action.priority),
    }


def _served(scope: Scope, priority_id: str | None) -> Ctx | None:
    """The priority an action serves, as papers name it (its number and title)."""
    p = scope.dataset.priorities.get(priority_id) if priority_id else None
    return {"number": p.number, "title": scope.text(p.title)} if p is not None else None
