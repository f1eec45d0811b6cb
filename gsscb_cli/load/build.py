"""From validated documents to the typed model (the last step of the load pipeline).

Only documents that passed their schema and reference checks are built.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import fields, replace
from typing import Any

from gsscb_cli.findings import Location, Severity
from gsscb_cli.load.parse import Document, Places
from gsscb_cli.model.types import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceEntry,
    Board,
    BoardPost,
    Dataset,
    Decision,
    Declaration,
    Deputy,
    Funding,
    Guest,
    Meeting,
    Milestone,
    Minutes,
    Obligation,
    Partnership,
    PartnershipKind,
    Person,
    Post,
    Priority,
    Requirement,
    Seat,
    Text,
    Thresholds,
    Update,
    quorum_required,
)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _text(value: Any) -> Text | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return Text(en=str(value.get("en", "")), cy=value.get("cy"))
    return _english(str(value))


@functools.lru_cache(maxsize=1 << 14)
def _english(text: str) -> Text:
    """One Text for each English-only wording (a Text is a value): at bench scale 100 the
    meetings' 16,500 titles, decisions and actions say 2,121 things."""
    return Text(text)


def _req_text(value: Any) -> Text:
    return _text(value) or _english("")


def _source(sources: Any) -> str | None:
    if not isinstance(sources, list) or not sources:
        return None
    parts = []
    for src in sources:
        if isinstance(src, dict) and src.get("file"):
            section = f", {src['section']}" if src.get("section") else ""
            parts.append(f"{src['file']}{section}")
    return "; ".join(parts) or None


class _Ctx:
    """One document's locations for its model (``parse.Places``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.places = Places(doc)

    def loc(self, *path: str | int) -> Location:
        return self.places.location(path)

    def key_loc(self, *path: str | int) -> Location:
        return self.places.location(path, key=True)

    def items(self, *path: str | int) -> list[Location]:
        """The location of each item of the list at ``path`` (``loc(*path, i)`` for each i)."""
        return self.places.items(path)


def _post(value: dict[str, Any] | None, loc: Location) -> Post | None:
    if value is None:
        return None
    return Post(
        status=value["status"],
        person=value.get("person"),
        since=_date(value.get("since")),
        until=_date(value.get("until")),
        note=value.get("note"),
        loc=loc,
    )


def build_board(doc: Document) -> Board:
    d = doc.data
    c = _Ctx(doc)
    tor = d["terms_of_reference"]
    seats = tuple(
        Seat(
            id=s["id"],
            title=_req_text(s["title"]),
            organisation=s.get("organisation"),
            chair_of=s.get("chair_of"),
            holder=_post(s.get("holder"), c.loc("seats", i, "holder")),
            loc=loc,
        )
        for i, (s, loc) in enumerate(zip(d["seats"], c.items("seats"), strict=True))
    )

    def board_post(key: str) -> BoardPost:
        p = d[key]
        return BoardPost(
            status=p["status"],
            seat=p.get("seat"),
            since=_date(p.get("since")),
            term_months=p.get("term_months"),
            note=p.get("note"),
            selection=p.get("selection"),
            loc=c.key_loc(key),
        )

    th = d.get("thresholds") or {}
    defaults = Thresholds()
    # every setting's default lives once, in the Thresholds dataclass
    thresholds = Thresholds(
        **{f.name: th.get(f.name, getattr(defaults, f.name)) for f in fields(Thresholds)}
    )
    thresholds = replace(thresholds, attendance_min_share=float(thresholds.attendance_min_share))
    adm = d["administration"]
    quorum = d["quorum"]
    fraction: tuple[int, int] | None = None
    if isinstance(quorum.get("fraction"), str):
        numerator, denominator = quorum["fraction"].split("/")
        fraction = (int(numerator), int(denominator))
    rounding = quorum.get("rounding", "up")
    known = quorum.get("status") != "unknown"
    required = (
        quorum_required(fraction, len(seats), rounding)
        if fraction is not None
        else quorum.get("other_members", 0)
    )
    deputies = d.get("deputies") or {}
    year_start = (4, 1)
    if isinstance(adm.get("year_start"), str):
        month, day = adm["year_start"].split("-")
        year_start = (int(month), int(day))
    locs = {
        key: c.key_loc(key)
        for key in (
            "terms_of_reference",
            "chair",
            "vice_chair",
            "seats",
            "partnerships",
            "administration",
            "quorum",
        )
    }
    locs["tor_last_reviewed"] = c.loc("terms_of_reference", "last_reviewed")
    locs["first_meeting"] = c.loc("administration", "first_meeting")
    return Board(
        id=d["id"],
        name=_req_text(d["name"]),
        short_name=d.get("short_name"),
        purpose=_text(d.get("purpose")),
        reports_to=d.get("reports_to"),
        administered_by=d.get("administered_by"),
        tor_version=tor["version"],
        tor_agreed=_date(tor.get("agreed")),
        tor_last_reviewed=_date(tor.get("last_reviewed")),
        tor_review_months=tor.get("review_cycle_months"),
        tor_history=tuple(tor.get("history") or ()),
        chair=board_post("chair"),
        vice_chair=board_post("vice_chair"),
        partnership_ids=tuple(d["partnerships"]),
        seats=seats,
        invitees=tuple(d.get("invitees") or ()),
        quorum_other_members=required,
        quorum_chair_or_vice=quorum.get("chair_or_vice_chair", False),
        quorum_impacted_chairs=quorum.get("impacted_chairs_for_decisions", False),
        deputy_chair_agreement=deputies.get("chair_agreement_required", False),
        deputy_delegated_authority=deputies.get("delegated_authority_required", False),
        meetings_per_year=adm["meetings_per_year"],
        first_meeting=adm.get("first_meeting"),
        papers_days_before=adm.get("papers_days_before"),
        declarations_required=adm.get("declarations_before_each_meeting", False),
        minutes_retention_years=adm.get("minutes_retention_years"),
        minutes_published_on=adm.get("minutes_published_on"),
        meetings_public=adm.get("meetings_public", False),
        aob_at_chair_discretion=bool(adm.get("aob_at_chair_discretion", False)),
        extraordinary_meetings=bool(adm.get("extraordinary_meetings", False)),
        priorities_review_months=d.get("priorities_review_months"),
        thresholds=thresholds,
        severities=_severities(d.get("severities")),
        tor_document=tor.get("document"),
        tor_clauses=dict(tor.get("clauses") or {}),
        quorum_fraction=fraction,
        quorum_rounding=rounding,
        quorum_chair_counts=bool(quorum.get("chair_counts", False)),
        quorum_known=known,
        year_start=year_start,
        tor_file=tor.get("file"),
        tor_section=tor.get("section"),
        tor_quotes=dict(tor.get("quotes") or {}),
        documents={doc["file"]: doc["title"] for doc in d.get("documents") or ()},
        psb_report={
            key: _req_text(value)
            for key, value in (d.get("psb_report") or {}).items()
            if key in ("priority", "area", "wellbeing_plan", "wellbeing_priority")
        },
        loc=c.loc(),
        locs=locs,
        raw=d,
    )


def build_people(doc: Document) -> dict[str, Person]:
    people: dict[str, Person] = {}
    places = doc.item_locations(("people",))
    for p, loc in zip(doc.data["people"], places, strict=True):
        people.setdefault(
            p["id"],
            Person(
                id=p["id"],
                role=_req_text(p["role"]),
                name=p.get("name"),
                organisation=p.get("organisation"),
                loc=loc,
            ),
        )
    return people


def build_requirements(doc: Document) -> dict[str, Requirement]:
    result: dict[str, Requirement] = {}
    places = doc.item_locations(("requirements",))
    for r, loc in zip(doc.data["requirements"], places, strict=True):
        result.setdefault(
            r["id"],
            Requirement(
                id=r["id"],
                applies_to=r["applies_to"],
                output=r["output"],
                due_rule=r["due_rule"],
                cadence=r["cadence"],
                source=r["source"],
                basis=r["basis"],
                verified=r["verified"],
                obligation_kind=r.get("obligation_kind"),
                note=r.get("note"),
                loc=loc,
            ),
        )
    return result


def build_kinds(doc: Document) -> dict[str, PartnershipKind]:
    """The catalogue's partnership kinds, in its own order."""
    result: dict[str, PartnershipKind] = {}
    places = doc.item_locations(("kinds",))
    for k, loc in zip(doc.data.get("kinds") or (), places, strict=True):
        result.setdefault(
            k["id"],
            PartnershipKind(
                id=k["id"],
                name=k["name"],
                article=k.get("article", "a"),
                loc=loc,
            ),
        )
    return result


def build_partnership(doc: Document) -> Partnership:
    d = doc.data
    c = _Ctx(doc)
    meets = d["meets"]
    obligations = tuple(
        Obligation(
            id=o["id"],
            partnership=d["id"],
            kind=o["kind"],
            title=_req_text(o["title"]),
            basis=o["basis"],
            status=o["status"],
            requirement=o.get("requirement"),
            due=_date(o.get("due")),
            last_completed=_date(o.get("last_completed")),
            every_months=o.get("every_months"),
            completed=_date(o.get("completed")),
            verified=o.get("verified", True),
            note=o.get("note"),
            source=_source(o.get("sources")),
            loc=loc,
        )
        for o, loc in zip(d["obligations"], c.items("obligations"), strict=True)
    )
    chair = _post(d["chair"], c.key_loc("chair"))
    assert chair is not None  # required by the schema
    return Partnership(
        id=d["id"],
        name=_req_text(d["name"]),
        kind=d["kind"],
        area=d["area"],
        chair=chair,
        vice_chair=_post(d.get("vice_chair"), c.key_loc("vice_chair")),
        meets_status=meets["status"],
        meets_frequency=meets.get("frequency"),
        meets_every_months=meets.get("every_months"),
        last_met=_date(meets.get("last_met")),
        obligations=obligations,
        short_name=d.get("short_name"),
        legal_basis=tuple(d.get("legal_basis") or ()),
        survey=d.get("survey"),
        source=_source(d.get("sources")),
        loc=c.loc(),
        locs={"meets": c.key_loc("meets"), "obligations": c.key_loc("obligations")},
    )


def build_meeting(doc: Document) -> Meeting:
    d = doc.data
    c = _Ctx(doc)
    att = d["attendance"]
    members = tuple(
        [
            _entry(
                m["seat"],
                m["status"],
                m.get("person"),
                _deputy(deputy) if (deputy := m.get("deputy")) else None,
                m.get("note"),
                loc,
            )
            for m, loc in zip(
                att.get("members") or (), c.items("attendance", "members"), strict=True
            )
        ]
    )
    guests = tuple(
        Guest(
            name=g["name"],
            person=g.get("person"),
            organisation=g.get("organisation"),
            purpose=g.get("purpose"),
        )
        for g in att.get("guests") or ()
    )
    agenda = tuple(
        [
            AgendaItem(
                id=a["id"],
                title=_req_text(a["title"]),
                lead=a.get("lead"),
                paper=a.get("paper"),
                marking=a.get("marking", "OFFICIAL"),
                decision_sought=a.get("decision_sought", False),
                impacted_partnerships=tuple(a.get("impacted_partnerships") or ()),
                summary=_text(a.get("summary")),
                outcome=_text(a.get("outcome")),
                loc=loc,
            )
            for a, loc in zip(d["agenda"], c.items("agenda"), strict=True)
        ]
    )
    decl_raw = d.get("declarations")
    declarations = (
        None
        if decl_raw is None
        else tuple(
            Declaration(seat=x["seat"], interest=x["interest"], item=x.get("item"))
            for x in decl_raw
        )
    )
    minutes_raw = d.get("minutes")
    minutes = (
        Minutes(
            approved=_date(minutes_raw.get("approved")),
            published=_date(minutes_raw.get("published")),
            url=minutes_raw.get("url"),
            retention_reviewed=_date(minutes_raw.get("retention_reviewed")),
        )
        if minutes_raw is not None
        else None
    )
    key_loc = c.key_loc
    locs = {key: key_loc(key) for key in _MEETING_LOCS}
    meeting_id = d["id"]
    return Meeting(
        id=meeting_id,
        date=dt.date.fromisoformat(d["date"]),
        kind=d["kind"],
        status=d["status"],
        attendance=Attendance(
            recorded=att["recorded"],
            members=members,
            guests=guests,
            note=att.get("note"),
            loc=locs["attendance"],
        ),
        agenda=agenda,
        title=_text(d.get("title")),
        start=d.get("start"),
        end=d.get("end"),
        location=d.get("location"),
        cancellation_reason=d.get("cancellation_reason"),
        papers_circulated=_date(d.get("papers_circulated")),
        declarations=declarations,
        decisions=tuple(
            [
                Decision(id=x["id"], text=_req_text(x["text"]), item=x.get("item"), loc=loc)
                for x, loc in zip(d.get("decisions") or (), c.items("decisions"), strict=True)
            ]
        ),
        actions=tuple(
            [
                Action(
                    id=x["id"],
                    meeting=meeting_id,
                    text=_req_text(x["text"]),
                    status=x["status"],
                    owner=x.get("owner"),
                    due=_date(x.get("due")),
                    completed=_date(x.get("completed")),
                    item=x.get("item"),
                    marking=x.get("marking", "OFFICIAL"),
                    priority=x.get("priority"),
                    loc=loc,
                )
                for x, loc in zip(d.get("actions") or (), c.items("actions"), strict=True)
            ]
        ),
        minutes=minutes,
        publish=d.get("publish", False),
        source=_source(d.get("sources")),
        assumed=d.get("assumed"),
        loc=c.loc(),
        locs=locs,
    )


_MEETING_LOCS = (
    "title",
    "date",
    "status",
    "attendance",
    "declarations",
    "minutes",
    "papers_circulated",
    "agenda",
)
"""The meeting's keys whose places findings point at (``Meeting.locs``)."""


class _OpenEntry:
    """AttendanceEntry's layout without its frozen ``__setattr__``: an entry is made as one
    of these with plain stores, then made an AttendanceEntry by assigning its class (as
    ``parse._OpenLocation``; by ``__init__`` each field costs an ``object.__setattr__``
    call: 10,900 machine instructions an entry, counted under valgrind, and 3,600 this
    way, for 57,600 entries at bench scale 100). tests/test_load_lazy.py holds the two
    equal in type, fields, hash and repr."""


def _entry(
    seat: str,
    status: str,
    person: str | None,
    deputy: Deputy | None,
    note: str | None,
    loc: Location,
) -> AttendanceEntry:
    """``AttendanceEntry(seat, status, person, deputy, note, loc)``."""
    entry: Any = _OpenEntry()
    entry.seat = seat
    entry.status = status
    entry.person = person
    entry.deputy = deputy
    entry.note = note
    entry.loc = loc
    entry.__class__ = AttendanceEntry
    return entry  # type: ignore[no-any-return]


def _deputy(m: dict[str, Any]) -> Deputy:
    return Deputy(
        name=m["name"],
        agreed_by_chair=m["agreed_by_chair"],
        delegated_authority=m["delegated_authority"],
        person=m.get("person"),
    )


def build_priority(doc: Document) -> Priority:
    d = doc.data
    c = _Ctx(doc)
    return Priority(
        id=d["id"],
        number=d["number"],
        title=_req_text(d["title"]),
        agreed=dt.date.fromisoformat(d["agreed"]),
        status=d["status"],
        description=_text(d.get("description")),
        agreed_at=d.get("agreed_at"),
        requested_by=d.get("requested_by"),
        lead=d.get("lead"),
        milestones=tuple(
            Milestone(
                id=m["id"],
                priority=d["id"],
                title=_req_text(m["title"]),
                status=m["status"],
                due=_date(m.get("due")),
                completed=_date(m.get("completed")),
                at_meeting=m.get("at_meeting"),
                loc=loc,
            )
            for m, loc in zip(d.get("milestones") or (), c.items("milestones"), strict=True)
        ),
        updates=tuple(
            Update(date=dt.date.fromisoformat(u["date"]), text=_req_text(u["text"]))
            for u in d.get("updates") or ()
        ),
        funding=tuple(
            Funding(
                funder=f["funder"],
                description=f["description"],
                amount_gbp=f.get("amount_gbp"),
                amount_text=f.get("amount_text"),
                confirmed=f.get("confirmed"),
            )
            for f in d.get("funding") or ()
        ),
        source=_source(d.get("sources")),
        loc=c.loc(),
        locs={
            "updates": c.key_loc("updates"),
            "lead": c.key_loc("lead"),
            "agreed": c.key_loc("agreed"),
        },
    )


def build_dataset(docs: dict[str, list[Document]]) -> Dataset:
    """Build the model from documents that passed their schema."""
    board = build_board(docs["board"][0]) if docs.get("board") else None
    people = build_people(docs["people"][0]) if docs.get("people") else {}
    requirements = build_requirements(docs["requirements"][0]) if docs.get("requirements") else {}
    kinds = build_kinds(docs["requirements"][0]) if docs.get("requirements") else {}
    partnerships = {p.id: p for p in map(build_partnership, docs.get("partnership", []))}
    meetings = {m.id: m for m in map(build_meeting, docs.get("meeting", []))}
    priorities = {p.id: p for p in map(build_priority, docs.get("priority", []))}
    return Dataset(
        board=board,
        people=people,
        partnerships=dict(sorted(partnerships.items())),
        meetings=dict(sorted(meetings.items(), key=lambda kv: (kv[1].date, kv[0]))),
        priorities=dict(sorted(priorities.items(), key=lambda kv: (kv[1].number, kv[0]))),
        requirements=requirements,
        kinds=kinds,
    )


def _severities(raw: object) -> dict[str, dict[str, Severity]]:
    """``severities:`` (validated by the schema): a level per rule ("*") or per code."""
    out: dict[str, dict[str, Severity]] = {}
    if not isinstance(raw, dict):
        return out
    for rule_id, level in raw.items():
        if isinstance(level, str):
            out[str(rule_id)] = {"*": Severity(level)}
        elif isinstance(level, dict):
            out[str(rule_id)] = {str(code): Severity(v) for code, v in level.items()}
    return out
