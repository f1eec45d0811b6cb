"""Welsh texts for the papers of meetings marked for publication."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Citation, Finding, Kind, Location, Ref
from gsscb_cli.model.types import Board, Meeting, Text
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import meetings_by_date

SOURCE = Citation(
    "Welsh Language (Wales) Measure 2011",
    "the Police and Crime Commissioner for Gwent's compliance notice (Welsh language standards)",
)
WELSH = Code(Kind.FORECAST, Basis.STATUTORY)
BASE_MARKING = "OFFICIAL"


@rule(
    "translation-missing",
    "meetings",
    meeting_title=WELSH,
    item_title=WELSH,
    item_summary=WELSH,
    item_outcome=WELSH,
    decision=WELSH,
    action=WELSH,
)
def translation_missing(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A meeting marked for publication has Welsh for every text its papers print.

    What it checks:
        For every meeting with ``publish: true`` that is not cancelled, each
        text from the meeting's record that its published papers print must
        have a Welsh version (``{en: ..., cy: ...}``): the meeting's title;
        each agenda item's title, summary and outcome; each decision; each
        action. Each text without ``cy`` is a warning at its record's line.
        Items marked above OFFICIAL, and the decisions on them, are not
        checked: the public version of the papers leaves them out. Names that
        come from the board's record (seats, partnerships, people) are not
        checked here.

    Why it matters:
        The board's minutes are published on the OPCC website (seed 000,
        Appendix A, "Administration"), and the Police and Crime Commissioner
        for Gwent is bound by the Welsh language standards in the compliance
        notice given under the Welsh Language (Wales) Measure 2011: Welsh is
        not to be treated less favourably than English. Basis: statutory (the
        Commissioner's Welsh language standards), applied by the board's own
        choice of which meetings' papers to publish. A Welsh or bilingual paper
        (gsscb render --lang cy|bilingual) shows "[Testun Cymraeg heb ei
        ddarparu / Welsh text not supplied]" before the English wherever a
        Welsh text is missing; this rule finds them before the paper is made.

    Example:
        meetings/gsscb-2026-02-05.yaml with ``publish: true`` and an agenda
        item ``title: Winter of Action update`` (no Welsh): "agenda item
        winter-of-action: its title has no Welsh text (cy); the meeting is
        marked for publication". Write ``title: {en: Winter of Action update,
        cy: ...}``.
    """
    board = ctx.dataset.board
    source = Citation(_source(board)) if board is not None else SOURCE
    for meeting in meetings_by_date(ctx):
        if not meeting.publish or meeting.status == "cancelled":
            continue
        for code, text, location, subject in _published_texts(meeting):
            if text is not None and text.en and not text.cy:
                yield r.fact(
                    code,
                    subject,
                    location,
                    params={"id": subject.part[1] if subject.part else meeting.id},
                    citation=source,
                )


def _source(board: Board) -> str:
    """The board's own clause on minutes and where they are published, then the law and the
    Welsh language standards that bind the publisher (``administration.welsh_standards``)."""
    where = (
        f" (minutes published on the {board.minutes_published_on})"
        if (board.minutes_published_on)
        else ""
    )
    standards = board.raw.get("administration", {}).get("welsh_standards")
    return f"{board.cite('administration')}{where}; Welsh Language (Wales) Measure 2011" + (
        f", {standards}" if standards else ""
    )


def _published_texts(meeting: Meeting) -> Iterator[tuple[str, Text | None, Location, Ref]]:
    """(code, text, where, subject) for every text the meeting's public papers print."""
    base = Ref("meeting", meeting.id)
    yield "meeting-title", meeting.title, meeting.locs.get("title", meeting.loc), base
    withheld: set[str] = set()
    for item in meeting.agenda:
        if item.marking != BASE_MARKING:
            withheld.add(item.id)
            continue
        fields = (("title", item.title), ("summary", item.summary), ("outcome", item.outcome))
        for field, text in fields:
            where = Ref("meeting", meeting.id, ("item", item.id, field))
            yield f"item-{field}", text, item.loc, where
    for decision in meeting.decisions:
        if decision.item not in withheld:
            yield (
                "decision",
                decision.text,
                decision.loc,
                Ref("meeting", meeting.id, ("decision", decision.id)),
            )
    for action in meeting.actions:
        yield (
            "action",
            action.text,
            action.loc,
            Ref("meeting", meeting.id, ("action", action.id)),
        )
