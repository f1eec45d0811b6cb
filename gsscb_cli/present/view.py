"""What a presenter reads from a finding beyond its fields: the record it is grouped
under and the summary line it counts on. Nothing here parses a subject or a message."""

from __future__ import annotations

import datetime as dt

from gsscb_cli.findings import Finding, Kind, Ref

__all__ = ["CATEGORIES", "CATEGORY_WORDS", "Ref", "category", "record"]


def record(finding: Finding) -> Ref:
    """The record a finding is grouped under: its subject's record (a partnership for its
    obligations); the board's seats are the board's record."""
    subject = finding.subject
    if subject.kind in ("seat", "board"):  # one board per data folder
        return Ref("board", "")
    return subject.record


CATEGORIES = ("overdue", "due-soon", "at-risk", "gap", "other")
CATEGORY_WORDS = {
    "overdue": "overdue",
    "due-soon": "due soon",
    "at-risk": "at risk",
    "gap": "missing from the record",
    "other": "other findings",
}


def category(finding: Finding, as_of: dt.date) -> str:
    """Which line of the summary a finding counts on: a breach whose date has passed is
    overdue; a forecast with a date is due soon, without one at risk; a gap is missing
    from the record."""
    if finding.kind is Kind.GAP:
        return "gap"
    if finding.kind is Kind.FORECAST:
        return "due-soon" if finding.due is not None else "at-risk"
    if finding.due is not None and finding.due < as_of:
        return "overdue"
    return "other"
