"""What a presenter reads from a finding: the record it concerns, its kind, its identity
and the summary heading it falls under.

Until ``Finding`` carries a typed subject, a kind and an identity of its own, this is the
one place that derives them (from the ``kind:id/part`` subject and the rule id).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from gsscb_cli.findings import Finding


@dataclass(frozen=True, order=True)
class Ref:
    """A record: its kind (``partnership``, ``meeting``, ``file`` ...), its id, a part."""

    kind: str
    id: str
    part: str = ""


# The record a subject's own kind belongs to, for grouping (an obligation is part of its
# partnership's record; a milestone of its priority's).
_RECORD_KIND = {"obligation": "partnership", "milestone": "priority"}
_GAP_RULES = frozenset({"obligation-missing", "attendance-unrecorded", "declarations-missing"})
_FORECAST_RULES = frozenset({"obligation-due-soon"})


def ref(finding: Finding) -> Ref:
    kind, _, rest = finding.subject.partition(":")
    if not rest:
        return Ref("file", finding.location.file)
    if kind == "file":
        return Ref("file", rest)
    head, _, part = rest.partition("/")
    return Ref(kind, head, part)


def record(finding: Finding) -> Ref:
    """The record a finding is grouped under (a partnership for its obligations)."""
    r = ref(finding)
    if r.kind in ("seat", "board"):  # one board per data folder: its seats are its record
        return Ref("board", "")
    return Ref(_RECORD_KIND.get(r.kind, r.kind), r.id)


def kind(finding: Finding) -> str:
    """``breach`` (broken, or a date passed), ``forecast`` (will be) or ``gap`` (the
    record does not say either way)."""
    if finding.rule in _GAP_RULES:
        return "gap"
    if finding.rule in _FORECAST_RULES:
        return "forecast"
    return "breach"


def identity(finding: Finding) -> str:
    """A fingerprint from rule and subject, never from wording or line numbers."""
    basis = "\x1f".join((finding.rule, finding.subject))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


CATEGORIES = ("overdue", "due-soon", "at-risk", "gap", "other")
CATEGORY_WORDS = {
    "overdue": "overdue",
    "due-soon": "due soon",
    "at-risk": "at risk",
    "gap": "missing from the record",
    "other": "other findings",
}


def category(finding: Finding, as_of: dt.date) -> str:
    """Which line of the summary a finding counts on."""
    k = kind(finding)
    if k == "gap":
        return "gap"
    if k == "forecast":
        return "due-soon" if finding.due is not None else "at-risk"
    if finding.due is not None and finding.due < as_of:
        return "overdue"
    return "other"
