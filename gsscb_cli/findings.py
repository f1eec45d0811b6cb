"""The one value every problem becomes: a frozen ``Finding``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How serious a finding is. ``error`` fails ``check`` by default."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, order=True)
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
    """A problem: which rule, how serious, about what, where, and why."""

    rule: str
    severity: Severity
    message: str
    location: Location
    subject: str = ""
    due: dt.date | None = None
    basis: str | None = None
    source: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def file(self) -> str:
        return self.location.file

    @property
    def line(self) -> int | None:
        return self.location.line

    @property
    def column(self) -> int | None:
        return self.location.column

    def sort_key(self) -> tuple[int, str, int, str, str, str]:
        """Worst first, then by file and line, so output is deterministic."""
        return (
            -self.severity.rank,
            self.location.file,
            self.location.line or 0,
            self.rule,
            self.subject,
            self.message,
        )

    def key(self) -> tuple[str, str, str]:
        """Identity of a finding across two versions of the data (for ``gsscb diff``)."""
        return (self.rule, self.subject, self.message)

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "subject": self.subject,
            "due": self.due.isoformat() if self.due else None,
            "basis": self.basis,
            "source": self.source,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)
