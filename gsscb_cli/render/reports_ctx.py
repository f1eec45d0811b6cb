"""The board-wide parts of papers as plain data: findings, actions, priorities, plans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import PurePosixPath

from gsscb_cli.findings import Finding, Kind, Ref, sort_findings
from gsscb_cli.model.types import Funding, Meeting, Priority, add_months
from gsscb_cli.model.work import FundingLine
from gsscb_cli.render.context import Ctx, Scope, meeting_summary
from gsscb_cli.render.marking import BASE, Audience, highest, rank
from gsscb_cli.render.meeting_ctx import action_dict, visible_actions, visible_items
from gsscb_cli.render.text import gbp, iso, md

SEVERITIES = ("error", "warning", "info")


def finding_dict(scope: Scope, f: Finding) -> Ctx:
    """A finding as a board paper shows it: its sentence in the paper's language, a RAG
    status, the basis and the document it rests on; never a rule id, a file path or a
    seed file (a developer's view of those is ``gsscb check``)."""
    return {
        "about": about(scope, f.subject),
        "severity": f.severity.value,
        "kind": f.kind.value,
        "rag": rag_of(f),
        "message": sentence(scope, f),
        "due": iso(f.due),
        "basis": f.basis.value,
        "source": md(scope.board.for_readers(f.citation.document) if f.citation else ""),
        "clause": md(f.citation.clause if f.citation and f.citation.clause else ""),
    }


def rag_of(f: Finding) -> str:
    """Red, amber, green (or grey) from severity and kind: a gap in the record is grey
    whatever its severity (the record does not say either way)."""
    from gsscb_cli.present.rag import GREY, rag_for_severity

    return GREY if f.kind is Kind.GAP else rag_for_severity(f.severity.value)


def sentence(scope: Scope, f: Finding) -> str:
    """The finding in the paper's language, from the words catalogue (``gsscb_cli.words``),
    without the detail the paper's Basis and Source columns give or that is addressed to
    whoever edits the data; a validation finding the catalogue does not word keeps its
    English sentence, marked."""
    from gsscb_cli import words

    key = words.key_of(f)
    if key not in words.catalogue():
        return scope.generated(f.message)
    return scope.say_finding(f)


def about(scope: Scope, subject: Ref) -> Ctx:
    """What a finding's subject (a meeting, priority, seat...) is, in words."""
    kind, head = subject.kind, subject.id
    meeting = scope.dataset.meetings.get(head) if kind == "meeting" else None
    if meeting is not None:
        return {"kind": "meeting", "name": "", "date": iso(meeting.date)}
    priority = scope.dataset.priorities.get(head) if kind in ("priority", "milestone") else None
    if priority is not None:
        return {"kind": "priority", "name": scope.text(priority.title), "date": None}
    seat = scope.board.seat(head) if kind == "seat" else None
    if seat is not None:
        return {"kind": "seat", "name": scope.text(seat.title), "date": None}
    if kind in ("partnership", "obligation") and head in scope.dataset.partnerships:
        return {"kind": "partnership", "name": scope.partnership_name(head), "date": None}
    return {"kind": "board" if kind == "board" else "other", "name": "", "date": None}


def _partnership_of(scope: Scope, f: Finding) -> str | None:
    """Which partnership a finding is about: from its subject, else the file it points at."""
    if f.subject.kind == "partnership" and f.subject.id in scope.dataset.partnerships:
        return f.subject.id
    path = PurePosixPath(f.location.file)
    if path.parent.name == "partnerships" and path.stem in scope.dataset.partnerships:
        return path.stem
    return None


def _finding_marking(scope: Scope) -> Callable[[Finding], str]:
    """A finding about an agenda item (at the item's place in the data, or naming it) takes
    the item's marking: a paper must not carry a sensitive item's title in a finding."""
    sensitive = [
        (item.loc, str(item.title), item.marking)
        for meeting in scope.dataset.meetings.values()
        for item in meeting.agenda
        if rank(item.marking) > rank(BASE)
    ]

    def marking(f: Finding) -> str:
        return highest(
            mark for loc, title, mark in sensitive if f.location == loc or title in f.message
        )

    return marking


def compliance_dict(scope: Scope, listed: tuple[str, ...] = SEVERITIES) -> Ctx:
    """Findings grouped: the board's own first, then each partnership in the board's order.

    Only findings of the ``listed`` severities are listed (and set the marking); the
    counts cover all. For the public, findings about items above OFFICIAL are left out
    and counted.
    """
    marking_of = _finding_marking(scope)
    every = sort_findings(list(scope.findings))
    public = scope.audience is Audience.public
    kept = [f for f in every if not public or rank(marking_of(f)) <= rank(BASE)]
    findings = [f for f in kept if f.severity.value in listed]
    by_partnership: dict[str | None, list[Ctx]] = {}
    for f in findings:
        by_partnership.setdefault(_partnership_of(scope, f), []).append(finding_dict(scope, f))
    order = list(scope.board.partnership_ids) + sorted(
        p for p in scope.dataset.partnerships if p not in scope.board.partnership_ids
    )
    partnerships = []
    for pid in order:
        p = scope.dataset.partnerships.get(pid)
        partnerships.append(
            {
                "id": pid,
                "name": scope.partnership_name(pid),
                "kind": p.kind if p else "",
                "findings": by_partnership.get(pid, []),
            }
        )
    dated = sorted((f for f in findings if f.due is not None), key=lambda f: (f.due, f.sort_key()))
    return {
        "counts": {s: sum(1 for f in kept if f.severity.value == s) for s in SEVERITIES},
        "kinds": {k.value: sum(1 for f in kept if f.kind is k) for k in Kind},
        "rags": {
            r: sum(1 for f in kept if rag_of(f) == r) for r in ("red", "amber", "green", "grey")
        },
        "breaches": sum(1 for f in kept if f.kind is Kind.BREACH and f.severity.value != "info"),
        "total": len(kept),
        "board": by_partnership.get(None, []),
        "partnerships": partnerships,
        "deadlines": [finding_dict(scope, f) for f in dated],
        "marking": highest(marking_of(f) for f in findings),
        "withheld": sum(1 for f in every if f not in kept and f.severity.value in listed),
    }


def action_log(scope: Scope) -> Ctx:
    """Every action of every meeting the audience may see: open ones by due date, then
    the closed ones; with the log's marking and how many actions were withheld."""
    rows: list[Ctx] = []
    withheld = 0
    for m in scope.dataset.meetings_by_date():
        shown, hidden = visible_actions(scope, m)
        rows += [action_dict(scope, m, a) for a in shown]
        withheld += len(hidden)
    far = "9999-12-31"
    open_ = sorted(
        (r for r in rows if r["status"] == "open"),
        key=lambda r: (r["due"] or far, r["meeting"], r["id"]),
    )
    closed = sorted(
        (r for r in rows if r["status"] != "open"),
        key=lambda r: (r["completed"] or r["due"] or far, r["meeting"], r["id"]),
    )
    return {
        "open": open_,
        "closed": closed,
        "overdue": sum(1 for r in open_ if r["overdue"]),
        "marking": highest(r["marking"] for r in rows),
        "withheld": withheld,
    }


def priority_dict(scope: Scope, p: Priority) -> Ctx:
    latest = p.updates[-1] if p.updates else None
    return {
        "id": p.id,
        "number": p.number,
        "title": scope.text(p.title),
        "description": scope.text(p.description),
        "lead": scope.who(p.lead),
        "status": p.status,
        "agreed": iso(p.agreed),
        "requested_by": scope.who(p.requested_by),
        "latest": {
            "date": iso(latest.date),
            "text": scope.text(latest.text),
            # older than the board's setting: papers say when it was reported, not "now"
            "dated": (scope.as_of - latest.date).days > scope.board.thresholds.progress_dated_days,
        }
        if latest
        else None,
        "milestones": [
            {
                "title": scope.text(m.title),
                "due": iso(m.due),
                "status": m.status,
                "completed": iso(m.completed),
                "overdue": m.status != "completed" and m.due is not None and m.due < scope.as_of,
            }
            for m in p.milestones
        ],
        "actions": _actions_serving(scope, p),
        "funding": [funding_dict(scope, f) for f in p.funding]
        + [
            ledger_dict(scope, f) for f in scope.dataset.work.funding.values() if f.priority == p.id
        ],
    }


def _actions_serving(scope: Scope, p: Priority) -> list[Ctx]:
    """The board's actions that serve priority ``p``, oldest meeting first; an action the
    paper's audience may not see (above OFFICIAL, for the public) is left out."""
    out: list[Ctx] = []
    for meeting in scope.dataset.meetings_by_date():
        shown, _ = visible_actions(scope, meeting)
        out += [action_dict(scope, meeting, a) for a in shown if a.priority == p.id]
    return out


def ledger_dict(scope: Scope, f: FundingLine) -> Ctx:
    """A funding line of funding.yaml in the shape of a priority's own funding entry."""
    span = f.amount_range
    return {
        "funder": md(f.funder or scope.label("funding.funder-unknown")),
        "description": scope.text(f.purpose),
        "amount": _amount_words(scope, span[0] if span else None, span[1] if span else None, None),
        "amount_gbp": f.amount_gbp,
        "confirmed": f.confirmed,
    }


def funding_dict(scope: Scope, f: Funding) -> Ctx:
    return {
        "funder": md(f.funder),
        "description": scope.text(f.description),
        "amount": gbp(f.amount_gbp) if f.amount_gbp is not None else scope.text(f.amount_text),
        "amount_gbp": f.amount_gbp,
        "confirmed": f.confirmed,
    }


def priorities_dict(scope: Scope) -> list[Ctx]:
    return [
        priority_dict(scope, p)
        for p in sorted(scope.dataset.priorities.values(), key=lambda p: (p.number, p.id))
    ]


def funding_totals(scope: Scope) -> list[Ctx]:  # the priorities' own funding entries
    """Exact amounts summed by funder (amounts given only in words are listed, not summed)."""
    totals: dict[str, int] = {}
    for p in scope.dataset.priorities.values():
        for f in p.funding:
            if f.amount_gbp is not None:
                totals[f.funder] = totals.get(f.funder, 0) + f.amount_gbp
    return [{"funder": md(k), "amount": gbp(v)} for k, v in sorted(totals.items())]


def _amount_words(scope: Scope, low: int | None, high: int | None, confirmed: bool | None) -> str:
    if low is None or high is None:
        return scope.label("funding.amount-unknown")
    amount = gbp(low) if low == high else scope.label("funding.range", low=gbp(low), high=gbp(high))
    return amount + (f" ({scope.label('funding.unconfirmed')})" if confirmed is False else "")


def funding_ledger(scope: Scope) -> Ctx:
    """The funding of the board's priorities and initiatives that reaches the partnerships
    (funding.yaml), and its totals by funder and financial year (ranges kept as ranges)."""
    lines = [
        f
        for f in scope.dataset.work.funding.values()
        if f.priority or (f.initiative and f.recipients)
    ]
    rows = []
    totals: dict[tuple[str, str], list[int]] = {}
    unknown = scope.label("funding.funder-unknown")
    for f in lines:
        span = f.amount_range
        funder = f.funder or unknown
        rows.append(
            {
                "funder": md(funder),
                "amount": _amount_words(
                    scope, span[0] if span else None, span[1] if span else None, f.confirmed
                ),
                "purpose": scope.text(f.purpose),
                "year": f.financial_year,
            }
        )
        if span is not None:
            key = (funder, f.financial_year or "")
            low, high = totals.get(key, [0, 0])
            totals[key] = [low + span[0], high + span[1]]
    confirmed = {
        (f.funder or unknown, f.financial_year or ""): f.confirmed is not False
        for f in lines
        if f.amount_range is not None
    }
    for f in lines:
        key = (f.funder or unknown, f.financial_year or "")
        if f.amount_range is not None and f.confirmed is False:
            confirmed[key] = False
    by_year = [
        {
            "funder": md(funder),
            "year": year or scope.label("funding.year-unknown"),
            "amount": _amount_words(scope, low, high, None if confirmed[(funder, year)] else False),
        }
        for (funder, year), (low, high) in sorted(totals.items())
    ]
    return {"lines": rows, "totals": by_year}


def initiatives_list(scope: Scope) -> list[Ctx]:
    """Initiatives with their reported outcomes (for an appendix such as seed 000's SSSI)."""
    return [
        {
            "name": scope.text(i.name),
            "status": i.status,
            "start": iso(i.start),
            "end": iso(i.end),
            "summary": scope.text(i.summary),
            "aims": [scope.text(a) for a in i.aims],
            "designated": [scope.text(x) for x in i.places_designated],
            "additional": [scope.text(x) for x in i.places_additional],
            "themes": [[scope.text(t.theme), scope.text(t.examples)] for t in i.themes],
            "outcomes": [
                {"measure": scope.text(o.measure), "value": o.value, "text": scope.text(o.text)}
                for o in i.outcomes
            ],
            "highlights": [scope.text(x) for x in i.highlights],
            "challenges": [scope.text(x) for x in i.challenges],
            "recommendations": [scope.text(x) for x in i.recommendations],
            "conclusion": scope.text(i.conclusion),
            "authors": scope.text(i.authors),
        }
        for i in scope.dataset.work.initiatives.values()
        if i.highlights or i.outcomes
    ]


def issues_list(scope: Scope) -> list[Ctx]:
    """The issues register, each with who raised it and what answers it."""
    priorities = scope.dataset.priorities
    out = []
    for i in scope.dataset.work.issues.values():
        answers = [
            f"{priorities[p].number}. {scope.text(priorities[p].title)}"
            for p in i.answer_priorities
            if p in priorities
        ]
        out.append(
            {
                "title": scope.text(i.title),
                "summary": scope.text(i.summary),
                "raised_by": [scope.partnership_name(r.partnership) for r in i.raised_by],
                "answered_by": answers,
                "answer_note": scope.text(i.answer_note),
                "status": i.status,
                "escalated": i.escalated_to_board,
            }
        )
    return out


def survey_rows(scope: Scope) -> list[Ctx]:
    """The partnerships' survey returns, in the board's order."""
    rows = []
    for pid in scope.board.partnership_ids:
        p = scope.dataset.partnerships.get(pid)
        if p is None or not p.survey:
            continue
        s = p.survey

        def lines(key: str, survey: dict[str, object] = s) -> list[str]:
            value = survey.get(key) or []
            return [scope.text(str(v)) for v in value] if isinstance(value, list) else []

        rows.append(
            {
                "id": pid,
                "name": scope.text(p.name),
                "date": s.get("date"),
                "priorities": lines("priorities"),
                "priorities_short_term": lines("priorities_short_term"),
                "priorities_long_term": lines("priorities_long_term"),
                "performance": lines("performance"),
                "issues": lines("issues"),
            }
        )
    return rows


def _deadlines(scope: Scope) -> list[Ctx]:
    """Open obligations and milestones with a due date, soonest first."""
    out = []
    for p in scope.dataset.partnerships.values():
        for o in p.obligations:
            due = o.due_date
            if due is None or o.done:
                continue
            out.append(
                {
                    "due": iso(due),
                    "what": "obligation",
                    "owner": scope.text(p.name),
                    "title": scope.text(o.title),
                    "basis": o.basis,
                    "overdue": due < scope.as_of,
                }
            )
    for pr in scope.dataset.priorities.values():
        for m in pr.milestones:
            if m.due is None or m.status == "completed":
                continue
            out.append(
                {
                    "due": iso(m.due),
                    "what": "milestone",
                    "owner": scope.text(pr.title),
                    "title": scope.text(m.title),
                    "basis": "",
                    "overdue": m.due < scope.as_of,
                }
            )
    return sorted(out, key=lambda d: (d["due"], d["owner"], d["title"]))


def _after(day: str, start: str, inclusive: bool) -> bool:
    return day >= start if inclusive else day > start


def forward_plan(scope: Scope, horizon_months: int = 12) -> Ctx:
    """Future meetings with their planned items, and the deadlines that fall before each."""
    meetings: list[Meeting] = [
        m
        for m in scope.dataset.meetings_by_date()
        if m.status == "scheduled" and m.date >= scope.as_of
    ]
    deadlines = _deadlines(scope)
    # each meeting takes the deadlines after the one before, up to and on its own day
    start, inclusive = scope.as_of.isoformat(), True
    rows: list[Ctx] = []
    markings: list[str] = []
    withheld = 0
    for m in meetings:
        kept, hidden = visible_items(scope, m)
        withheld += len(hidden)
        markings.extend(i.marking for i in kept)
        data = meeting_summary(scope, m)
        need = scope.board.papers_days_before
        data["papers_due"] = iso(m.date - dt.timedelta(days=need)) if need is not None else None
        data["agenda"] = [
            {
                "title": scope.text(i.title),
                "lead": scope.who(i.lead),
                "decision_sought": i.decision_sought,
                "marking": i.marking,
                "sensitive": i.marking != BASE,
            }
            for i in kept
        ]
        data["withheld"] = len(hidden)
        data["deadlines"] = [
            d
            for d in deadlines
            if _after(d["due"], start, inclusive) and d["due"] <= m.date.isoformat()
        ]
        start, inclusive = m.date.isoformat(), False
        rows.append(data)
    horizon = add_months(scope.as_of, horizon_months).isoformat()
    return {
        "meetings": rows,
        "overdue": [d for d in deadlines if d["overdue"]],
        "later": [
            d for d in deadlines if _after(d["due"], start, inclusive) and d["due"] <= horizon
        ],
        "horizon": horizon,
        "marking": highest(markings),
        "withheld": withheld,
    }
