"""The one value every problem becomes: a frozen ``Finding``, a fact and not a sentence.

A finding says *what* was found: the rule and the ``code`` for which case of the rule it
is, its ``basis`` (what the obligation rests on) and ``kind`` (a breach, a forecast or
risk, a gap in the record), a typed ``subject`` (:class:`Ref`), the named ``params`` its
sentence needs, where it is, when it was due and what it cites (:class:`Citation`, taken
from the data). ``gsscb_cli.words`` says it in English or Welsh; ``message`` keeps the
English sentence for the readers that have not moved to the catalogue yet.

``identity`` is stable across rewording, renaming and moving lines: it comes from the
rule, the code, the subject and the parameters the rule names as stable (never from a
display name, a day count or a line number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from enum import Enum
from typing import TYPE_CHECKING, Union

from gsscb_cli.records import dataclass

if TYPE_CHECKING:
    from gsscb_cli.model.types import Text


class Severity(str, Enum):
    """How serious a finding is. ``error`` fails ``check`` by default; ``info`` is a note."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Basis(str, Enum):
    """What a finding rests on: the law, guidance, the board's own ToR, or a local commitment.

    The values are the ones the data uses (``basis:`` of obligations and requirements).
    """

    STATUTORY = "statutory"
    """A duty set by an Act or regulations."""
    STATUTORY_GUIDANCE = "statutory+guidance"
    """A statutory duty whose cadence or detail is set by statutory guidance."""
    GUIDANCE = "guidance"
    """Statutory or government guidance, not itself a statutory deadline."""
    TERMS_OF_REFERENCE = "terms-of-reference"
    """The board's own terms of reference."""
    LOCAL = "local"
    """A local commitment: a partnership's own plan, the board's work plan."""
    PROSPECTIVE = "statutory-prospective"
    """Law passed but not yet in force."""
    DATA = "data-contract"
    """The data contract (schemas and layout): validation findings."""

    @classmethod
    def of(cls, value: str) -> Basis:
        """The basis a data value names; an unknown value is read as a local commitment."""
        try:
            return cls(value)
        except ValueError:
            return cls.LOCAL

    @property
    def statutory(self) -> bool:
        return self in (Basis.STATUTORY, Basis.STATUTORY_GUIDANCE)


class Kind(str, Enum):
    """What sort of finding: a breach (a date passed, a rule broken), a forecast or risk
    (it will be broken), or a gap in the record (the data does not show it either way)."""

    BREACH = "breach"
    FORECAST = "forecast"
    GAP = "gap"


def default_severity(basis: Basis, kind: Kind) -> Severity:
    """Severity from basis and kind: a statutory duty broken is an error; a guidance,
    terms-of-reference or local one a warning; law not yet in force a note; a forecast a
    warning; a gap in the record a note."""
    if kind is Kind.GAP:
        return Severity.INFO
    if kind is Kind.FORECAST:
        return Severity.WARNING
    if basis is Basis.PROSPECTIVE:
        return Severity.INFO
    if basis.statutory or basis is Basis.DATA:
        return Severity.ERROR
    return Severity.WARNING


@dataclass(frozen=True, order=True)
class Ref:
    """What a finding is about: a record (``kind`` and ``id``) and a part of it.

    ``kind`` is the record's type (board, meeting, partnership, priority, seat, person,
    file); ``part`` names a thing inside it as (type, id) steps and an optional last field,
    e.g. ``Ref("partnership", "newport-csp", ("obligation", "sna"))`` or
    ``Ref("meeting", "gsscb-2026-02-05", ("item", "csp-targets", "title"))``.
    ``str()`` is for display (``obligation:newport-csp/sna``); nothing parses it.
    """

    kind: str
    id: str
    part: tuple[str, ...] = ()

    @classmethod
    def file(cls, display: str) -> Ref:
        return cls("file", display)

    @classmethod
    def obligation(cls, partnership: str, obligation: str) -> Ref:
        return cls("partnership", partnership, ("obligation", obligation))

    @classmethod
    def milestone(cls, priority: str, milestone: str) -> Ref:
        return cls("priority", priority, ("milestone", milestone))

    @property
    def record(self) -> Ref:
        """The record this is in (without the part)."""
        return Ref(self.kind, self.id)

    @property
    def leaf(self) -> tuple[str, str] | None:
        """The (type, id) of the part, e.g. ("obligation", "sna"), or None for a record."""
        return (self.part[0], self.part[1]) if len(self.part) >= 2 else None

    def __str__(self) -> str:
        leaf = self.leaf
        if leaf is not None and leaf[0] in ("obligation", "milestone") and len(self.part) == 2:
            return f"{leaf[0]}:{self.id}/{leaf[1]}"
        text = f"{self.kind}:{self.id}"
        steps = list(self.part)
        while len(steps) >= 2:
            text += f"/{steps.pop(0)}:{steps.pop(0)}"
        if steps:
            text += f"/{steps[0]}"
        return text


@dataclass(frozen=True)
class Citation:
    """What a finding cites, as the data records it.

    ``document`` is named as a reader knows it ("GSSCB Terms of Reference, July 2025";
    "Crime and Disorder Act 1998 ss.5-6"), ``clause`` the part of it ("Quorum"), and
    ``record`` where the record itself says it read this (a source file and section),
    for a developer's view only.
    """

    document: str
    clause: str | None = None
    record: str | None = None

    def __str__(self) -> str:
        return f"{self.document}, {self.clause}" if self.clause else self.document


Scalar = Union[str, int, float, bool, dt.date, "Text", Ref, None]
Param = Union[Scalar, tuple[Scalar, ...]]  # noqa: UP007
"""A value a finding's sentence needs: a name, a date, a count, or a list of them."""


@dataclass(frozen=True)
class Phrase:
    """A sentence as facts: the words catalogue's key and the params that fill it.

    What a finding is for a rule, a phrase is for the rest of the domain (a quorum
    statement, the reason a decision may not be quorate): ``gsscb_cli.words`` says it
    in English or Welsh at the edge, so no module below the presenters writes prose.
    """

    key: str
    params: tuple[tuple[str, Param], ...] = ()

    @classmethod
    def of(cls, key: str, **params: Param) -> Phrase:
        return cls(key, tuple(params.items()))

    @property
    def args(self) -> Mapping[str, Param]:
        return dict(self.params)


@dataclass(frozen=True, order=True, slots=True)  # slots: one per value a record points at
class Location:
    """A place in the data folder: a file relative to the data folder's parent, a line, a column."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Finding:
    """A fact: which rule and case, how serious, about what, where, and on what basis.

    ``message`` is the English sentence (the catalogue's, or a validation detail); the
    words for any language come from ``gsscb_cli.words``, never from parsing it.
    """

    rule: str
    severity: Severity
    message: str
    location: Location
    subject: Ref
    code: str = ""
    basis: Basis = Basis.DATA
    kind: Kind = Kind.BREACH
    params: tuple[tuple[str, Param], ...] = ()
    due: dt.date | None = None
    citation: Citation | None = None
    stable: tuple[str, ...] = field(default=())
    """The names of the params that are part of the identity (ids, dates that define it)."""

    @property
    def file(self) -> str:
        return self.location.file

    @property
    def line(self) -> int | None:
        return self.location.line

    @property
    def column(self) -> int | None:
        return self.location.column

    @property
    def args(self) -> Mapping[str, Param]:
        """The params as a mapping (name -> value)."""
        return dict(self.params)

    @property
    def source(self) -> str | None:
        """The citation as one line (for the readers that print a "source" column)."""
        return str(self.citation) if self.citation is not None else None

    @property
    def identity(self) -> str:
        """A fingerprint from rule, code, subject and the stable params (16 hex digits)."""
        args = self.args
        parts = [self.rule, self.code, self.subject.kind, self.subject.id, *self.subject.part]
        parts += [f"{name}={_stable_text(args.get(name))}" for name in sorted(self.stable)]
        import hashlib  # (here: hashlib imports OpenSSL, 5 ms a check that never asks this)

        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]

    def sort_key(self) -> tuple[int, str, int, str, str, str, str]:
        """Worst first, then by file and line, so output is deterministic; findings of one
        rule at one place in time order (a board's missed periods), then by their words."""
        return (
            -self.severity.rank,
            self.location.file,
            self.location.line or 0,
            self.rule,
            str(self.subject),
            self.due.isoformat() if self.due is not None else "",
            self.message,
        )

    def key(self) -> str:
        """Identity of a finding across two versions of the data (for ``gsscb diff``)."""
        return self.identity

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "subject": str(self.subject),
            "due": self.due.isoformat() if self.due else None,
            "basis": self.basis.value,
            "kind": self.kind.value,
            "source": self.source,
            "identity": self.identity,
        }


def _stable_text(value: Param) -> str:
    if isinstance(value, tuple):
        return ",".join(_stable_text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def validation_finding(
    rule: str, detail: str, location: Location, severity: Severity = Severity.ERROR
) -> Finding:
    """A finding of loading or validation: the file is the subject, the detail its words."""
    return Finding(
        rule,
        severity,
        detail,
        location,
        Ref.file(location.file),
        code=rule,
        basis=Basis.DATA,
        kind=Kind.BREACH,
        params=(("detail", detail),),
        stable=("detail",),
    )


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)
