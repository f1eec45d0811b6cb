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
from gsscb_cli.records import open_twin


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _text(value: Any) -> Text | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return _new_text(str(value.get("en", "")), value.get("cy"))
    return _english(str(value))


@functools.lru_cache(maxsize=1 << 14)
def _english(text: str) -> Text:
    """One Text for each English-only wording (a Text is a value): at bench scale 100 the
    records' 29,000 titles, texts and roles say 13,000 things."""
    return _new_text(text, None)


def _new_text(en: str, cy: str | None) -> Text:
    """``Text(en, cy)`` (records.open_twin)."""
    text: Any = _OpenText()
    text.en = en
    text.cy = cy
    text.__class__ = Text
    return text  # type: ignore[no-any-return]


_OpenText = open_twin(Text)


def _req_text(value: Any) -> Text:
    if type(value) is str:  # most are: one call, not three
        return _english(value)
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


# The model's records are made with plain stores on a class of their layout, then given
# their own class (records.open_twin): by its __init__ a frozen record costs several
# times as much (80,000 records at bench scale 100). Each builder below sets every field
# of its record, in the record's order; tests/test_build_fast.py compares each record so
# made with the one its class's __init__ makes of the same fields.
_OpenPost = open_twin(Post)
_OpenSeat = open_twin(Seat)
_OpenPerson = open_twin(Person)
_OpenPartnership = open_twin(Partnership)
_OpenObligation = open_twin(Obligation)
_OpenMeeting = open_twin(Meeting)
_OpenAttendance = open_twin(Attendance)
_OpenEntry = open_twin(AttendanceEntry)
_OpenAgendaItem = open_twin(AgendaItem)
_OpenDecision = open_twin(Decision)
_OpenAction = open_twin(Action)
_OpenMinutes = open_twin(Minutes)
_OpenPriority = open_twin(Priority)
_OpenMilestone = open_twin(Milestone)
_OpenUpdate = open_twin(Update)
_OpenFunding = open_twin(Funding)


def _post(value: dict[str, Any] | None, loc: Location) -> Post | None:
    if value is None:
        return None
    post: Any = _OpenPost()
    post.status = value["status"]
    post.person = value.get("person")
    post.since = _date(value.get("since"))
    post.until = _date(value.get("until"))
    post.note = value.get("note")
    post.loc = loc
    post.__class__ = Post
    return post  # type: ignore[no-any-return]


def _seat(s: dict[str, Any], holder: Post | None, loc: Location) -> Seat:
    seat: Any = _OpenSeat()
    seat.id = s["id"]
    seat.title = _req_text(s["title"])
    seat.organisation = s.get("organisation")
    seat.chair_of = s.get("chair_of")
    seat.holder = holder
    seat.loc = loc
    seat.__class__ = Seat
    return seat  # type: ignore[no-any-return]


def build_board(doc: Document) -> Board:
    d = doc.data
    c = _Ctx(doc)
    tor = d["terms_of_reference"]
    seats = tuple(
        [
            _seat(
                s,
                None if (h := s.get("holder")) is None else _post(h, c.loc("seats", i, "holder")),
                loc,
            )
            for i, (s, loc) in enumerate(zip(d["seats"], c.items("seats"), strict=True))
        ]
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
        if p["id"] not in people:  # the first of an id (a duplicate is a finding)
            person: Any = _OpenPerson()
            person.id = p["id"]
            person.role = _req_text(p["role"])
            person.name = p.get("name")
            person.organisation = p.get("organisation")
            person.loc = loc
            person.__class__ = Person
            people[p["id"]] = person
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
    partnership_id = d["id"]
    obligations = tuple(
        [
            _obligation(o, partnership_id, loc)
            for o, loc in zip(d["obligations"], c.items("obligations"), strict=True)
        ]
    )
    partnership: Any = _OpenPartnership()  # Partnership(...), its fields in their order
    partnership.id = partnership_id
    partnership.name = _req_text(d["name"])
    partnership.kind = d["kind"]
    partnership.area = d["area"]
    partnership.chair = _post(d["chair"], c.key_loc("chair"))  # required by the schema
    partnership.vice_chair = _post(d.get("vice_chair"), c.key_loc("vice_chair"))
    partnership.meets_status = meets["status"]
    partnership.meets_frequency = meets.get("frequency")
    partnership.meets_every_months = meets.get("every_months")
    partnership.last_met = _date(meets.get("last_met"))
    partnership.obligations = obligations
    partnership.short_name = d.get("short_name")
    partnership.legal_basis = tuple(d.get("legal_basis") or ())
    partnership.survey = d.get("survey")
    partnership.source = _source(d.get("sources"))
    partnership.loc = c.loc()
    partnership.locs = {"meets": c.key_loc("meets"), "obligations": c.key_loc("obligations")}
    partnership.__class__ = Partnership
    return partnership  # type: ignore[no-any-return]


def _obligation(o: dict[str, Any], partnership_id: str, loc: Location) -> Obligation:
    obligation: Any = _OpenObligation()
    obligation.id = o["id"]
    obligation.partnership = partnership_id
    obligation.kind = o["kind"]
    obligation.title = _req_text(o["title"])
    obligation.basis = o["basis"]
    obligation.status = o["status"]
    obligation.requirement = o.get("requirement")
    obligation.due = _date(o.get("due"))
    obligation.last_completed = _date(o.get("last_completed"))
    obligation.every_months = o.get("every_months")
    obligation.completed = _date(o.get("completed"))
    obligation.verified = o.get("verified", True)
    obligation.note = o.get("note")
    obligation.source = _source(o.get("sources"))
    obligation.loc = loc
    obligation.__class__ = Obligation
    return obligation  # type: ignore[no-any-return]


def build_meeting(doc: Document) -> Meeting:
    d = doc.data
    places = Places(doc)  # (not _Ctx: a call less for each of its ~40 locations)
    att = d["attendance"]
    members = tuple(
        [
            _entry(m, loc)
            for m, loc in zip(
                att.get("members") or (), places.items(("attendance", "members")), strict=True
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
    location = places.location
    locs = {key: location((key,), key=True) for key in _MEETING_LOCS}
    meeting_id = d["id"]
    attendance: Any = _OpenAttendance()
    attendance.recorded = att["recorded"]
    attendance.members = members
    attendance.guests = guests
    attendance.note = att.get("note")
    attendance.loc = locs["attendance"]
    attendance.__class__ = Attendance
    meeting: Any = _OpenMeeting()  # Meeting(...), its fields in their order
    meeting.id = meeting_id
    meeting.date = dt.date.fromisoformat(d["date"])
    meeting.kind = d["kind"]
    meeting.status = d["status"]
    meeting.attendance = attendance
    meeting.agenda = tuple(
        [
            _agenda_item(a, loc)
            for a, loc in zip(d["agenda"], places.items(("agenda",)), strict=True)
        ]
    )
    meeting.title = _text(d.get("title"))
    meeting.start = d.get("start")
    meeting.end = d.get("end")
    meeting.location = d.get("location")
    meeting.cancellation_reason = d.get("cancellation_reason")
    meeting.papers_circulated = _date(d.get("papers_circulated"))
    meeting.declarations = declarations
    meeting.decisions = tuple(
        [
            _decision(x, loc)
            for x, loc in zip(d.get("decisions") or (), places.items(("decisions",)), strict=True)
        ]
    )
    meeting.actions = tuple(
        [
            _action(x, meeting_id, loc)
            for x, loc in zip(d.get("actions") or (), places.items(("actions",)), strict=True)
        ]
    )
    meeting.minutes = None if minutes_raw is None else _minutes(minutes_raw)
    meeting.publish = d.get("publish", False)
    meeting.source = _source(d.get("sources"))
    meeting.assumed = d.get("assumed")
    meeting.loc = location()
    meeting.locs = locs
    meeting.__class__ = Meeting
    return meeting  # type: ignore[no-any-return]


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


def _agenda_item(a: dict[str, Any], loc: Location) -> AgendaItem:
    item: Any = _OpenAgendaItem()
    item.id = a["id"]
    item.title = _req_text(a["title"])
    item.lead = a.get("lead")
    item.paper = a.get("paper")
    item.marking = a.get("marking", "OFFICIAL")
    item.decision_sought = a.get("decision_sought", False)
    item.impacted_partnerships = tuple(a.get("impacted_partnerships") or ())
    item.summary = _text(a.get("summary"))
    item.outcome = _text(a.get("outcome"))
    item.loc = loc
    item.__class__ = AgendaItem
    return item  # type: ignore[no-any-return]


def _decision(x: dict[str, Any], loc: Location) -> Decision:
    decision: Any = _OpenDecision()
    decision.id = x["id"]
    decision.text = _req_text(x["text"])
    decision.item = x.get("item")
    decision.loc = loc
    decision.__class__ = Decision
    return decision  # type: ignore[no-any-return]


def _action(x: dict[str, Any], meeting_id: str, loc: Location) -> Action:
    action: Any = _OpenAction()
    action.id = x["id"]
    action.meeting = meeting_id
    action.text = _req_text(x["text"])
    action.status = x["status"]
    action.owner = x.get("owner")
    action.due = _date(x.get("due"))
    action.completed = _date(x.get("completed"))
    action.item = x.get("item")
    action.marking = x.get("marking", "OFFICIAL")
    action.priority = x.get("priority")
    action.loc = loc
    action.__class__ = Action
    return action  # type: ignore[no-any-return]


def _minutes(m: dict[str, Any]) -> Minutes:
    minutes: Any = _OpenMinutes()
    minutes.approved = _date(m.get("approved"))
    minutes.published = _date(m.get("published"))
    minutes.url = m.get("url")
    minutes.retention_reviewed = _date(m.get("retention_reviewed"))
    minutes.__class__ = Minutes
    return minutes  # type: ignore[no-any-return]


def _entry(m: dict[str, Any], loc: Location) -> AttendanceEntry:
    entry: Any = _OpenEntry()
    entry.seat = m["seat"]
    entry.status = m["status"]
    entry.person = m.get("person")
    entry.deputy = _deputy(deputy) if (deputy := m.get("deputy")) else None
    entry.note = m.get("note")
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
    priority_id = d["id"]
    priority: Any = _OpenPriority()  # Priority(...), its fields in their order
    priority.id = priority_id
    priority.number = d["number"]
    priority.title = _req_text(d["title"])
    priority.agreed = dt.date.fromisoformat(d["agreed"])
    priority.status = d["status"]
    priority.description = _text(d.get("description"))
    priority.agreed_at = d.get("agreed_at")
    priority.requested_by = d.get("requested_by")
    priority.lead = d.get("lead")
    priority.milestones = tuple(
        [
            _milestone(m, priority_id, loc)
            for m, loc in zip(d.get("milestones") or (), c.items("milestones"), strict=True)
        ]
    )
    priority.updates = tuple([_update(u) for u in d.get("updates") or ()])
    priority.funding = tuple([_funding(f) for f in d.get("funding") or ()])
    priority.source = _source(d.get("sources"))
    priority.loc = c.loc()
    priority.locs = {
        "updates": c.key_loc("updates"),
        "lead": c.key_loc("lead"),
        "agreed": c.key_loc("agreed"),
    }
    priority.__class__ = Priority
    return priority  # type: ignore[no-any-return]


def _milestone(m: dict[str, Any], priority_id: str, loc: Location) -> Milestone:
    milestone: Any = _OpenMilestone()
    milestone.id = m["id"]
    milestone.priority = priority_id
    milestone.title = _req_text(m["title"])
    milestone.status = m["status"]
    milestone.due = _date(m.get("due"))
    milestone.completed = _date(m.get("completed"))
    milestone.at_meeting = m.get("at_meeting")
    milestone.loc = loc
    milestone.__class__ = Milestone
    return milestone  # type: ignore[no-any-return]


def _update(u: dict[str, Any]) -> Update:
    update: Any = _OpenUpdate()
    update.date = dt.date.fromisoformat(u["date"])
    update.text = _req_text(u["text"])
    update.__class__ = Update
    return update  # type: ignore[no-any-return]


def _funding(f: dict[str, Any]) -> Funding:
    funding: Any = _OpenFunding()
    funding.funder = f["funder"]
    funding.description = f["description"]
    funding.amount_gbp = f.get("amount_gbp")
    funding.amount_text = f.get("amount_text")
    funding.confirmed = f.get("confirmed")
    funding.__class__ = Funding
    return funding  # type: ignore[no-any-return]


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
