"""The board's work beyond its terms of reference: funding, returns, initiatives, groups
and the issues register. Typed values, their builders from validated documents, and
their cross-reference checks. Nothing here knows quorum or the terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import field
from typing import Any

from gsscb_cli.findings import Location
from gsscb_cli.load.build import _date, _req_text, _text
from gsscb_cli.load.build import _source as source_of
from gsscb_cli.load.parse import Document

# the references of the work records are checked by the load, which builds no model
from gsscb_cli.load.work_refs import WORK_TYPES as WORK_TYPES
from gsscb_cli.load.work_refs import WorkIds as WorkIds
from gsscb_cli.load.work_refs import _items
from gsscb_cli.load.work_refs import check_work_references as check_work_references
from gsscb_cli.load.work_refs import known_ids as known_ids
from gsscb_cli.model.types import NOWHERE, Text
from gsscb_cli.records import dataclass


@dataclass(frozen=True)
class FundingLine:
    id: str
    recipient: str
    purpose: Text
    continuation: str
    funder: str | None = None
    recipients: tuple[str, ...] = ()
    priority: str | None = None
    initiative: str | None = None
    partnership: str | None = None
    amount_gbp: int | None = None
    amount_min_gbp: int | None = None
    amount_max_gbp: int | None = None
    amount_text: str | None = None
    confirmed: bool | None = None
    financial_year: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    followed_by: str | None = None
    spent_gbp: int | None = None
    claimed_gbp: int | None = None
    spent_as_of: dt.date | None = None
    note: str | None = None
    source: str | None = None
    loc: Location = NOWHERE

    @property
    def amount_range(self) -> tuple[int, int] | None:
        """The amount as (low, high): equal for an exact amount; None when unknown."""
        if self.amount_gbp is not None:
            return (self.amount_gbp, self.amount_gbp)
        if self.amount_min_gbp is not None and self.amount_max_gbp is not None:
            return (self.amount_min_gbp, self.amount_max_gbp)
        return None


@dataclass(frozen=True)
class Return:
    id: str
    to: str
    what: Text
    status: str
    also_to: str | None = None
    prepared_by: str | None = None
    priority: str | None = None
    milestone: str | None = None
    initiative: str | None = None
    partnership: str | None = None
    due: dt.date | None = None
    sent: dt.date | None = None
    note: str | None = None
    source: str | None = None
    loc: Location = NOWHERE

    @property
    def done(self) -> bool:
        return self.status == "sent"


@dataclass(frozen=True)
class Outcome:
    id: str
    measure: str
    text: Text
    value: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class Theme:
    theme: str
    examples: str


@dataclass(frozen=True)
class Initiative:
    id: str
    name: Text
    status: str
    also_called: str | None = None
    led_by: str | None = None
    convened_by: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    summary: Text | None = None
    aims: tuple[str, ...] = ()
    places_designated: tuple[str, ...] = ()
    places_additional: tuple[str, ...] = ()
    priority: str | None = None
    partnerships: tuple[str, ...] = ()
    funding: tuple[str, ...] = ()
    themes: tuple[Theme, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    outcomes_note: str | None = None
    highlights: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    recommendations: tuple[str, ...] = ()
    conclusion: Text | None = None
    authors: str | None = None
    source: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True)
class GroupMeeting:
    status: str
    date: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class Group:
    id: str
    name: Text
    kind: str
    reports_to: str
    purpose: Text
    status: str
    members: str | None = None
    partnerships: tuple[str, ...] = ()
    chair: str | None = None
    formed: dt.date | None = None
    priorities: tuple[str, ...] = ()
    meetings: tuple[GroupMeeting, ...] = ()
    note: str | None = None
    source: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True)
class Raiser:
    partnership: str
    quote: str


@dataclass(frozen=True)
class Issue:
    id: str
    title: Text
    raised: dt.date
    raised_by: tuple[Raiser, ...]
    status: str
    summary: Text | None = None
    escalated_to_board: bool = False
    answer_priorities: tuple[str, ...] = ()
    answer_actions: tuple[str, ...] = ()
    answer_note: str | None = None
    source: str | None = None
    loc: Location = NOWHERE


@dataclass
class Work:
    """The board's work beyond its terms of reference; empty when the files are absent."""

    funding: dict[str, FundingLine] = field(default_factory=dict)
    returns: dict[str, Return] = field(default_factory=dict)
    initiatives: dict[str, Initiative] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    issues: dict[str, Issue] = field(default_factory=dict)


# --- building -------------------------------------------------------------------------


def build_funding(doc: Document) -> dict[str, FundingLine]:
    out: dict[str, FundingLine] = {}
    for i, d in _items(doc, "funding"):
        out[d["id"]] = FundingLine(
            id=d["id"],
            recipient=d["recipient"],
            purpose=_req_text(d["purpose"]),
            continuation=d["continuation"],
            funder=d.get("funder"),
            recipients=tuple(d.get("recipients") or ()),
            priority=d.get("priority"),
            initiative=d.get("initiative"),
            partnership=d.get("partnership"),
            amount_gbp=d.get("amount_gbp"),
            amount_min_gbp=d.get("amount_min_gbp"),
            amount_max_gbp=d.get("amount_max_gbp"),
            amount_text=d.get("amount_text"),
            confirmed=d.get("confirmed"),
            financial_year=d.get("financial_year"),
            start=_date(d.get("start")),
            end=_date(d.get("end")),
            followed_by=d.get("followed_by"),
            spent_gbp=d.get("spent_gbp"),
            claimed_gbp=d.get("claimed_gbp"),
            spent_as_of=_date(d.get("spent_as_of")),
            note=d.get("note"),
            source=source_of(d.get("sources")),
            loc=doc.location(("funding", i)),
        )
    return out


def build_returns(doc: Document) -> dict[str, Return]:
    out: dict[str, Return] = {}
    for i, d in _items(doc, "returns"):
        out[d["id"]] = Return(
            id=d["id"],
            to=d["to"],
            what=_req_text(d["what"]),
            status=d["status"],
            also_to=d.get("also_to"),
            prepared_by=d.get("prepared_by"),
            priority=d.get("priority"),
            milestone=d.get("milestone"),
            initiative=d.get("initiative"),
            partnership=d.get("partnership"),
            due=_date(d.get("due")),
            sent=_date(d.get("sent")),
            note=d.get("note"),
            source=source_of(d.get("sources")),
            loc=doc.location(("returns", i)),
        )
    return out


def build_initiatives(doc: Document) -> dict[str, Initiative]:
    out: dict[str, Initiative] = {}
    for i, d in _items(doc, "initiatives"):
        places = d.get("places") or {}
        out[d["id"]] = Initiative(
            id=d["id"],
            name=_req_text(d["name"]),
            status=d["status"],
            also_called=d.get("also_called"),
            led_by=d.get("led_by"),
            convened_by=d.get("convened_by"),
            start=_date(d.get("start")),
            end=_date(d.get("end")),
            summary=_text(d.get("summary")),
            aims=tuple(d.get("aims") or ()),
            places_designated=tuple(places.get("designated") or ()),
            places_additional=tuple(places.get("additional") or ()),
            priority=d.get("priority"),
            partnerships=tuple(d.get("partnerships") or ()),
            funding=tuple(d.get("funding") or ()),
            themes=tuple(Theme(t["theme"], t["examples"]) for t in d.get("themes") or ()),
            outcomes=tuple(
                Outcome(
                    id=o["id"],
                    measure=o["measure"],
                    text=_req_text(o["text"]),
                    value=o.get("value"),
                    source=source_of(o.get("sources")),
                )
                for o in d.get("outcomes") or ()
            ),
            outcomes_note=d.get("outcomes_note"),
            highlights=tuple(d.get("highlights") or ()),
            challenges=tuple(d.get("challenges") or ()),
            recommendations=tuple(d.get("recommendations") or ()),
            conclusion=_text(d.get("conclusion")),
            authors=d.get("authors"),
            source=source_of(d.get("sources")),
            loc=doc.location(("initiatives", i)),
        )
    return out


def build_groups(doc: Document) -> dict[str, Group]:
    out: dict[str, Group] = {}
    for i, d in _items(doc, "groups"):
        out[d["id"]] = Group(
            id=d["id"],
            name=_req_text(d["name"]),
            kind=d["kind"],
            reports_to=d["reports_to"],
            purpose=_req_text(d["purpose"]),
            status=d["status"],
            members=d.get("members"),
            partnerships=tuple(d.get("partnerships") or ()),
            chair=d.get("chair"),
            formed=_date(d.get("formed")),
            priorities=tuple(d.get("priorities") or ()),
            meetings=tuple(
                GroupMeeting(status=m["status"], date=_date(m.get("date")), note=m.get("note"))
                for m in d.get("meetings") or ()
            ),
            note=d.get("note"),
            source=source_of(d.get("sources")),
            loc=doc.location(("groups", i)),
        )
    return out


def build_issues(doc: Document) -> dict[str, Issue]:
    out: dict[str, Issue] = {}
    for i, d in _items(doc, "issues"):
        answer = d.get("answered_by") or {}
        out[d["id"]] = Issue(
            id=d["id"],
            title=_req_text(d["title"]),
            raised=dt.date.fromisoformat(d["raised"]),
            raised_by=tuple(Raiser(r["partnership"], r["quote"]) for r in d["raised_by"]),
            status=d["status"],
            summary=_text(d.get("summary")),
            escalated_to_board=bool(d.get("escalated_to_board", False)),
            answer_priorities=tuple(answer.get("priorities") or ()),
            answer_actions=tuple(answer.get("actions") or ()),
            answer_note=answer.get("note"),
            source=source_of(d.get("sources")),
            loc=doc.location(("issues", i)),
        )
    return out


_BUILDERS: dict[str, Callable[[Document], dict[str, Any]]] = {
    "funding": build_funding,
    "returns": build_returns,
    "initiatives": build_initiatives,
    "groups": build_groups,
    "issues": build_issues,
}


def build_work(docs: dict[str, list[Document]]) -> Work:
    """Build the work records from the documents that passed their schema."""
    work = Work()
    for doc_type, builder in _BUILDERS.items():
        if docs.get(doc_type):
            setattr(work, doc_type, builder(docs[doc_type][0]))
    return work
