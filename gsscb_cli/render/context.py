"""From the model to plain data for templates: dicts, lists and strings only.

Templates never see model objects, so a template (which may come from a pull
request) can only read values, and the papers' vocabulary is documented in one
place (docs/papers.md). Free text from the data is Markdown-escaped here; dates
are ISO strings that the templates' ``date`` filter puts into words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from gsscb_cli.findings import Finding, Param, Phrase
from gsscb_cli.i18n import DEFAULT_LANG, Catalogue, default_catalogue
from gsscb_cli.model.types import Board, Dataset, Meeting, Post, Seat, Text, add_months
from gsscb_cli.render.marking import Audience
from gsscb_cli.render.text import iso, md

Ctx = dict[str, Any]


@dataclass(frozen=True)
class Scope:
    """What a paper is rendered from: the data, the day, the audience and language.

    ``lang`` is one language (``en`` or ``cy``); a bilingual paper is rendered once in
    each. Text from the data is put in that language here, and nowhere else.
    """

    dataset: Dataset
    board: Board
    as_of: dt.date
    audience: Audience
    lang: str
    findings: tuple[Finding, ...] = field(default=())
    catalogue: Catalogue | None = None

    @property
    def english(self) -> bool:
        return self.lang == DEFAULT_LANG

    def label(self, key: str, **params: object) -> str:
        """A label from the message catalogue, in the paper's language."""
        return (self.catalogue or default_catalogue()).label(key, self.lang, **params)

    def count(self, key: str, n: int, **params: object) -> str:
        return (self.catalogue or default_catalogue()).count(key, n, self.lang, **params)

    def text(self, value: Text | str | None) -> str:
        """Data text in the paper's language, escaped for Markdown.

        A plain string is English. In a paper in another language, text without a version
        in that language is shown in English after a visible notice (``welsh.missing``),
        never silently in English.
        """
        if value is None:
            return ""
        text = value if isinstance(value, Text) else Text(en=value)
        if self.english:
            return md(text.en)
        translated = text.get(self.lang)
        if translated:
            return md(translated)
        if not text.en:
            return ""
        return f"{md(self.label('welsh.missing'))} {md(text.en)}"

    def say(self, said: Phrase) -> str:
        """A phrase of the words catalogue (a quorum statement, a reason) in the paper's
        language, its data escaped for Markdown as ``text`` escapes it (a name with no text
        in the paper's language is shown in English after the notice)."""
        from gsscb_cli import words

        return words.sentence(said, self.lang, word=self._word)

    def say_finding(self, finding: Finding) -> str:
        """A finding's sentence for a paper: in its language, its data escaped as ``say``
        escapes it, without the detail the paper's columns give (``words.say``)."""
        from gsscb_cli import words

        return words.say(finding, self.lang, detail=False, word=self._word)

    def _word(self, v: Param, lang: str) -> str:
        from gsscb_cli import words

        if isinstance(v, Text):
            return self.text(v)
        if isinstance(v, tuple):
            return words.value(v, lang, self._word)
        return md(words.value(v, lang))

    def generated(self, message: str | None) -> str:
        """A sentence the tool words only in English (a finding's message), marked as such
        in a paper in another language."""
        if self.english or not message:
            return md(message)
        return f"{md(self.label('welsh.english-only'))} {md(message)}"

    def person(self, person_id: str | None) -> str:
        """A person in words: name and role, or the role alone (the role in the paper's language)."""
        if self.english:
            return md(self.dataset.person_label(person_id))
        if person_id is None:
            return self.label("person.unnamed")
        person = self.dataset.people.get(person_id)
        if person is None:
            return md(person_id)
        role = self.text(person.role)
        return f"{md(person.name)} ({role})" if person.name else role

    def who(self, ref: str | None) -> str:
        """A lead or owner: a person id, a seat id, or a role in words."""
        if not ref:
            return ""
        if ref in self.dataset.people:
            return self.person(ref)
        seat = self.board.seat(ref)
        if seat is not None:
            return self.text(seat.title)
        partnership = self.dataset.partnerships.get(ref)
        if partnership is not None:
            return self.text(partnership.name)
        return md(ref)

    def holder(self, post: Post | None) -> str:
        """Who holds a post, in words: a name, 'vacant' or 'not recorded' (labels by key)."""
        if post is None or post.status == "unknown":
            return ""
        if post.status == "vacant":
            return ""
        return self.person(post.person) if post.person else ""

    def partnership_name(self, pid: str) -> str:
        partnership = self.dataset.partnerships.get(pid)
        return self.text(partnership.name) if partnership else md(pid)


def post_dict(scope: Scope, post: Post | None) -> Ctx:
    """status is filled, vacant or unknown; holder is the name or role where known."""
    status = post.status if post is not None else "unknown"
    return {
        "status": status,
        "holder": scope.holder(post),
        "since": iso(post.since) if post else None,
    }


def seat_dict(scope: Scope, seat: Seat) -> Ctx:
    holder = scope.dataset.seat_holder(seat)
    return {
        "id": seat.id,
        "title": scope.text(seat.title),
        "organisation": md(seat.organisation),
        "chair_of": seat.chair_of,
        "holder": post_dict(scope, holder),
    }


def board_dict(scope: Scope) -> Ctx:
    b = scope.board
    last = b.tor_last_reviewed or b.tor_agreed
    next_review = add_months(last, b.tor_review_months) if last and b.tor_review_months else None
    first = scope.dataset.meetings.get(b.first_meeting) if b.first_meeting else None
    return {
        "id": b.id,
        "name": scope.text(b.name),
        "short_name": md(b.short_name) or scope.text(b.name),
        "purpose": scope.text(b.purpose),
        "reports_to": scope.text(b.reports_to),
        "administered_by": scope.text(b.administered_by),
        "tor": {
            "version": scope.text(b.tor_version),
            "agreed": iso(b.tor_agreed),
            "last_reviewed": iso(b.tor_last_reviewed),
            "review_months": b.tor_review_months,
            "next_review": iso(next_review),
        },
        "chair": _board_post(scope, b.chair.status, b.chair.seat),
        "vice_chair": _board_post(scope, b.vice_chair.status, b.vice_chair.seat),
        "partnerships": [
            {"id": pid, "name": scope.partnership_name(pid)} for pid in b.partnership_ids
        ],
        "seats": [seat_dict(scope, s) for s in b.seats],
        "invitees": [scope.text(i) for i in b.invitees],
        "quorum": {
            "other_members": b.quorum_other_members,
            "known": b.quorum_known,
            "chair_counts": b.quorum_chair_counts,
            "fraction": "/".join(map(str, b.quorum_fraction)) if b.quorum_fraction else None,
            "rounding": b.quorum_rounding,
            "seats": len(b.seats),
            "chair_or_vice": b.quorum_chair_or_vice,
            "impacted_chairs": b.quorum_impacted_chairs,
        },
        "deputies": {
            "chair_agreement": b.deputy_chair_agreement,
            "delegated_authority": b.deputy_delegated_authority,
        },
        "administration": {
            "meetings_per_year": b.meetings_per_year,
            "papers_days_before": b.papers_days_before,
            "declarations_required": b.declarations_required,
            "minutes_retention_years": b.minutes_retention_years,
            "minutes_published_on": scope.text(b.minutes_published_on),
            "meetings_public": b.meetings_public,
            "aob_at_chair_discretion": b.aob_at_chair_discretion,
            "extraordinary_meetings": b.extraordinary_meetings,
        },
        "priorities_review_months": b.priorities_review_months,
        "psb_report": {
            key: scope.text(b.psb_report[key]) if key in b.psb_report else None
            for key in ("priority", "area", "wellbeing_plan", "wellbeing_priority")
        },
        "first_meeting": iso(first.date) if first else None,
        "tor_text": _tor_text(scope, b.raw),
    }


def _tor_text(scope: Scope, raw: object) -> dict[str, list[Ctx]]:
    """The ToR's own words for the clauses that are not checks (terms_of_reference.text)."""
    tor = raw.get("terms_of_reference", {}) if isinstance(raw, dict) else {}
    text = tor.get("text", {}) if isinstance(tor, dict) else {}

    def item(value: object) -> Ctx:
        if isinstance(value, dict):
            return {
                "text": scope.text(str(value["text"])),
                "items": [scope.text(str(x)) for x in value["items"]],
            }
        return {"text": scope.text(str(value)), "items": []}

    return {
        clause: [
            {"text": scope.text(b.get("text")), "items": [item(x) for x in b.get("items") or []]}
            for b in blocks
        ]
        for clause, blocks in text.items()
        if clause != "sources" and isinstance(blocks, list)
    }


def _board_post(scope: Scope, status: str, seat_id: str | None) -> Ctx:
    seat = scope.board.seat(seat_id) if seat_id else None
    return {
        "status": status,
        "seat": scope.text(seat.title) if seat else "",
        "holder": post_dict(scope, scope.dataset.seat_holder(seat))["holder"] if seat else "",
    }


def meeting_title(scope: Scope, meeting: Meeting) -> str:
    return scope.text(meeting.title) if meeting.title else ""


def meeting_summary(scope: Scope, meeting: Meeting) -> Ctx:
    """The few facts any list of meetings shows."""
    return {
        "id": meeting.id,
        "title": meeting_title(scope, meeting),
        "date": iso(meeting.date),
        "start": meeting.start,
        "end": meeting.end,
        "location": md(meeting.location),
        "kind": meeting.kind,
        "status": meeting.status,
        "cancellation_reason": scope.text(meeting.cancellation_reason),
    }
