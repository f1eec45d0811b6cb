"""The board's record as plain, typed values. Rules and papers read these; nothing here knows YAML.

The records a data folder holds by the thousand (meetings and their parts, partnerships,
obligations, priorities, seats, people, texts) have ``__slots__``: load/build.py makes them
with plain stores (``records.open_twin``), and each is smaller. The rest keep a ``__dict__``:
a class with slots is made twice at import, which costs more than it saves for a few records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from typing import TYPE_CHECKING, Any

from gsscb_cli.findings import Location, Severity
from gsscb_cli.records import dataclass
from gsscb_cli.years import YEARS as YEARS  # where it was defined first

if TYPE_CHECKING:
    from gsscb_cli.model.work import Work


NOWHERE = Location("data", None, None)


@dataclass(frozen=True, slots=True)
class Text:
    """Text shown in papers, in English and optionally Welsh."""

    en: str
    cy: str | None = None

    def __str__(self) -> str:
        return self.en

    def get(self, lang: str) -> str | None:
        return self.cy if lang == "cy" else self.en


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    role: Text
    name: str | None = None
    organisation: str | None = None
    loc: Location = NOWHERE

    @property
    def label(self) -> str:
        """Name and role where the name is known, else the role alone."""
        return f"{self.name} ({self.role})" if self.name else str(self.role)


@dataclass(frozen=True, slots=True)
class Post:
    """A post such as a chair: filled (by a person, perhaps unnamed), vacant, or unknown."""

    status: str
    person: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    note: str | None = None
    loc: Location = NOWHERE

    @property
    def vacant(self) -> bool:
        return self.status == "vacant"


@dataclass(frozen=True)
class BoardPost:
    status: str
    seat: str | None = None
    since: dt.date | None = None
    term_months: int | None = None
    note: str | None = None
    selection: str | None = None  # how the holder is selected, as the ToR says it
    loc: Location = NOWHERE


@dataclass(frozen=True, slots=True)
class Seat:
    id: str
    title: Text
    organisation: str | None = None
    chair_of: str | None = None
    holder: Post | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True)
class Thresholds:
    due_soon_days: int = 60
    attendance_window: int = 4
    attendance_min_share: float = 0.5
    minutes_publication_days: int = 42
    priority_stale_days: int = 120
    funding_ending_days: int = 180
    minutes_approval: str = "next-meeting"
    """When the board approves minutes: "next-meeting" (at its next held meeting; then they
    are published within minutes_publication_days of approval) or "none" (published within
    minutes_publication_days of the meeting itself)."""
    progress_dated_days: int = 90
    """Progress text older than this is shown in papers with its date ("as reported on")."""


@dataclass(frozen=True)
class Board:
    id: str
    name: Text
    short_name: str | None
    purpose: Text | None
    reports_to: str | None
    administered_by: str | None
    tor_version: str
    tor_agreed: dt.date | None  # None: not recorded
    tor_last_reviewed: dt.date | None
    tor_review_months: int | None  # None: not recorded
    tor_history: tuple[dict[str, Any], ...]
    chair: BoardPost
    vice_chair: BoardPost
    partnership_ids: tuple[str, ...]
    seats: tuple[Seat, ...]
    invitees: tuple[str, ...]
    quorum_other_members: int
    quorum_chair_or_vice: bool
    quorum_impacted_chairs: bool
    deputy_chair_agreement: bool
    deputy_delegated_authority: bool
    meetings_per_year: int
    first_meeting: str | None
    papers_days_before: int | None  # None: not recorded
    declarations_required: bool
    minutes_retention_years: int | None  # None: not recorded
    minutes_published_on: str | None
    meetings_public: bool
    priorities_review_months: int | None  # None: the terms do not say (not checked)
    thresholds: Thresholds
    severities: dict[str, dict[str, Severity]] = field(default_factory=dict, compare=False)
    """The board's own levels per rule and code (``severities:``); "*" is the whole rule."""
    tor_document: str | None = None
    aob_at_chair_discretion: bool = False  # not recorded: AOB is not said to be restricted
    extraordinary_meetings: bool = False  # not recorded: the terms are not said to allow them
    tor_clauses: dict[str, str] = field(default_factory=dict, compare=False)
    quorum_fraction: tuple[int, int] | None = None
    quorum_rounding: str = "up"
    quorum_chair_counts: bool = False
    quorum_known: bool = True  # False: quorum status unknown (the sources do not give it)
    year_start: tuple[int, int] = (4, 1)  # (month, day): the UK public-sector financial year
    tor_file: str | None = None  # the source file the terms are in (terms_of_reference.file)
    tor_section: str | None = None  # where in it (terms_of_reference.section)
    tor_quotes: dict[str, str] = field(default_factory=dict, compare=False)
    psb_report: dict[str, Text] = field(default_factory=dict, compare=False)
    documents: dict[str, str] = field(default_factory=dict, compare=False)
    """Source file -> the document's title as a reader knows it (``documents``)."""
    loc: Location = NOWHERE
    locs: dict[str, Location] = field(default_factory=dict, compare=False)
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    def seat(self, seat_id: str) -> Seat | None:
        for seat in self.seats:
            if seat.id == seat_id:
                return seat
        return None

    def clause(self, key: str) -> str:
        """A clause of the board's terms of reference as its document names it
        (``terms_of_reference.clauses``), else its default name."""
        return self.tor_clauses.get(key) or DEFAULT_CLAUSES.get(key, key)

    def cite(self, key: str) -> str:
        """The citation of a clause of the board's own terms of reference, from its data:
        ``terms_of_reference.document`` and the clause's name (e.g. "GSSCB Terms of
        Reference, July 2025, Quorum" for the GSSCB)."""
        return f"{self.tor_document or DEFAULT_TOR_DOCUMENT}, {self.clause(key)}"

    def for_readers(self, cited: str) -> str:
        """A citation as a paper's reader knows it: each source file the board's
        ``documents`` names is replaced by the document's title, said once for several
        places in the same document ("Title, Appendix A, X; Appendix B, Y")."""
        out: list[str] = []
        last = None
        for part in cited.split("; "):
            file, sep, place = part.partition(", ")
            title = self.documents.get(file)
            if title is None:
                out.append(part)
                last = None
            elif title == last and place:
                out.append(place)
            else:
                out.append(f"{title}{sep}{place}")
                last = title
        return "; ".join(out)


DEFAULT_TOR_DOCUMENT = "Terms of Reference"
"""How a board that does not name its terms of reference document is cited."""

DEFAULT_CLAUSES = {
    "quorum": "Quorum",
    "membership": "Membership",
    "administration": "Administration",
    "chair": "Chair",
    "review": "Review",
    "priorities": "Strategic Priorities",
}
"""The clauses the checks cite (keys of ``terms_of_reference.clauses``) and their default names."""


def quorum_required(fraction: tuple[int, int], seats: int, rounding: str) -> int:
    """Members a fractional quorum requires: ``fraction`` of ``seats``, rounded as the terms
    state ("up": one third of 23 is 8; "down": 7; "nearest": 8, a half rounding up)."""
    numerator, denominator = fraction
    whole, rest = divmod(numerator * seats, denominator)
    if rest == 0 or rounding == "down":
        return whole
    if rounding == "nearest":
        return whole + (1 if 2 * rest >= denominator else 0)
    return whole + 1


OPEN_OBLIGATION_STATUSES = frozenset({"not-started", "in-progress", "unknown"})
"""Statuses of an obligation not yet met (completed and standing ones are met)."""


@dataclass(frozen=True, slots=True)
class Obligation:
    id: str
    partnership: str
    kind: str
    title: Text
    basis: str
    status: str
    requirement: str | None = None
    due: dt.date | None = None
    last_completed: dt.date | None = None
    every_months: int | None = None
    completed: dt.date | None = None
    verified: bool = True
    note: str | None = None
    source: str | None = None
    loc: Location = NOWHERE

    @property
    def months(self) -> int | None:
        """Its own cycle. An obligation recorded without ``every_months`` has its own term
        and does not roll forward on its requirement's cycle (a multi-year strategy is not
        due again a year after it was adopted: see csp-partnership-plan in the catalogue);
        ``gsscb obligation complete`` writes the requirement's cycle when it starts one."""
        return self.every_months

    @property
    def latest_completion(self) -> dt.date | None:
        done = [d for d in (self.last_completed, self.completed) if d is not None]
        return max(done) if done else None

    @property
    def rolls_forward(self) -> bool:
        """A cyclic obligation recorded completed starts its next cycle: it is due again."""
        return self.status == "completed" and bool(self.months) and self.completed is not None

    @property
    def due_date(self) -> dt.date | None:
        """The explicit due date while it is still ahead of the last completion; else the
        last completion plus the cycle (a cyclic obligation rolls forward)."""
        latest = self.latest_completion
        months = self.months
        if self.rolls_forward and latest is not None and months:
            return add_months(latest, months)  # its completion met the due date, whenever
        if self.due is not None and (latest is None or not months or self.due > latest):
            return self.due
        if latest is not None and months:
            return add_months(latest, months)
        return self.due

    @property
    def done(self) -> bool:
        return self.status == "completed" and not self.rolls_forward

    @property
    def open(self) -> bool:
        """Not yet met: not started, in progress, unknown, or a cycle started again by its
        completion (a standing or completed one is met). The one definition rules use."""
        return self.status in OPEN_OBLIGATION_STATUSES or self.rolls_forward


@dataclass(frozen=True, slots=True)
class Partnership:
    id: str
    name: Text
    kind: str
    area: str
    chair: Post
    vice_chair: Post | None
    meets_status: str
    meets_frequency: str | None
    meets_every_months: int | None
    last_met: dt.date | None
    obligations: tuple[Obligation, ...]
    short_name: str | None = None
    legal_basis: tuple[dict[str, Any], ...] = ()
    survey: dict[str, Any] | None = None
    source: str | None = None
    loc: Location = NOWHERE
    locs: dict[str, Location] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Deputy:
    name: str
    agreed_by_chair: bool
    delegated_authority: bool
    person: str | None = None

    @property
    def approved(self) -> bool:
        return self.agreed_by_chair and self.delegated_authority


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    seat: str
    status: str
    person: str | None = None
    deputy: Deputy | None = None
    note: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True)
class Guest:
    name: str
    person: str | None = None
    organisation: str | None = None
    purpose: str | None = None


@dataclass(frozen=True, slots=True)
class Attendance:
    recorded: bool
    members: tuple[AttendanceEntry, ...] = ()
    guests: tuple[Guest, ...] = ()
    note: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    title: Text
    lead: str | None = None
    paper: str | None = None
    marking: str = "OFFICIAL"
    decision_sought: bool = False
    impacted_partnerships: tuple[str, ...] = ()
    summary: Text | None = None
    outcome: Text | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    text: Text
    item: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    meeting: str
    text: Text
    status: str
    owner: str | None = None
    due: dt.date | None = None
    completed: dt.date | None = None
    item: str | None = None  # the agenda item it arises from (an id in its meeting's agenda)
    marking: str = "OFFICIAL"  # its own marking; its item's marking applies as well
    priority: str | None = None  # the board priority it serves, where it serves one
    loc: Location = NOWHERE


@dataclass(frozen=True)
class Declaration:
    seat: str
    interest: str
    item: str | None = None


@dataclass(frozen=True, slots=True)
class Minutes:
    approved: dt.date | None = None
    published: dt.date | None = None
    url: str | None = None
    retention_reviewed: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    date: dt.date
    kind: str
    status: str
    attendance: Attendance
    agenda: tuple[AgendaItem, ...]
    title: Text | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    cancellation_reason: str | None = None
    papers_circulated: dt.date | None = None
    declarations: tuple[Declaration, ...] | None = None
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()
    minutes: Minutes | None = None
    publish: bool = False
    source: str | None = None
    assumed: str | None = None
    loc: Location = NOWHERE
    locs: dict[str, Location] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Milestone:
    id: str
    priority: str
    title: Text
    status: str
    due: dt.date | None = None
    completed: dt.date | None = None
    at_meeting: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True, slots=True)
class Update:
    date: dt.date
    text: Text


@dataclass(frozen=True, slots=True)
class Funding:
    funder: str
    description: str
    amount_gbp: int | None = None
    amount_text: str | None = None
    confirmed: bool | None = None


@dataclass(frozen=True, slots=True)
class Priority:
    id: str
    number: int
    title: Text
    agreed: dt.date
    status: str
    description: Text | None = None
    agreed_at: str | None = None
    requested_by: str | None = None
    lead: str | None = None
    milestones: tuple[Milestone, ...] = ()
    updates: tuple[Update, ...] = ()
    funding: tuple[Funding, ...] = ()
    source: str | None = None
    loc: Location = NOWHERE
    locs: dict[str, Location] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Requirement:
    id: str
    applies_to: str
    output: str
    due_rule: dict[str, Any]
    cadence: str
    source: str
    basis: str
    verified: bool
    obligation_kind: str | None = None
    note: str | None = None
    loc: Location = NOWHERE


@dataclass(frozen=True)
class PartnershipKind:
    """A kind of partnership the requirements catalogue knows (``kinds`` in requirements.yaml)."""

    id: str
    name: str
    article: str = "a"
    loc: Location = NOWHERE

    @property
    def words(self) -> str:
        """The kind as a finding says it: "a community safety partnership"."""
        return f"{self.article} {self.name}"


@dataclass
class Dataset:
    """The whole record. Any part may be missing when its file was invalid."""

    board: Board | None
    people: dict[str, Person]
    partnerships: dict[str, Partnership]
    meetings: dict[str, Meeting]
    priorities: dict[str, Priority]
    requirements: dict[str, Requirement]
    work: Work = field(default_factory=lambda: _empty_work())
    """Funding, returns, initiatives, groups and the issues register (model/work.py)."""
    kinds: dict[str, PartnershipKind] = field(default_factory=dict)
    catalogue_default: bool = False  # the data folder has no requirements.yaml: gsscb's own is used

    def meetings_by_date(self) -> list[Meeting]:
        return sorted(self.meetings.values(), key=lambda m: (m.date, m.id))

    def seat_holder(self, seat: Seat) -> Post:
        """The seat's holder: from the partnership for a 'Chair of X' seat (one fact, one place)."""
        if seat.chair_of is not None:
            partnership = self.partnerships.get(seat.chair_of)
            if partnership is None:
                return Post(status="unknown", loc=seat.loc)
            return partnership.chair
        return seat.holder or Post(status="unknown", loc=seat.loc)

    def person_label(self, person_id: str | None) -> str:
        if person_id is None:
            return "unnamed"
        person = self.people.get(person_id)
        return person.label if person else person_id


def _empty_work() -> Work:
    from gsscb_cli.model.work import Work

    return Work()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(f"cannot add {months} months to {day}")  # pragma: no cover
