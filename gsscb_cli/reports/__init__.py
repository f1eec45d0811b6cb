"""Formatters: they consume Findings and nothing else.

The registry ``FORMATS`` also feeds the ``--format`` choices.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from gsscb_cli.findings import Finding, Severity, sort_findings


@dataclass(frozen=True)
class Report:
    """What a formatter receives: the findings and the context they were found in."""

    findings: tuple[Finding, ...]
    as_of: dt.date
    title: str = "gsscb check"
    fail_on: str = "error"

    @classmethod
    def of(
        cls,
        findings: list[Finding],
        as_of: dt.date,
        title: str = "gsscb check",
        fail_on: str = "error",
    ) -> Report:
        return cls(tuple(sort_findings(findings)), as_of, title, fail_on)

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in Severity}

    def failing(self) -> list[Finding]:
        return [f for f in self.findings if fails(f, self.fail_on)]


def fails(finding: Finding, fail_on: str) -> bool:
    """Whether a finding fails the run at the given --fail-on level."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return finding.severity.rank >= threshold


def summary_line(report: Report) -> str:
    counts = report.counts()
    if not report.findings:
        return "No findings."
    parts = []
    for sev, word in (("error", "error"), ("warning", "warning"), ("info", "note")):
        n = counts[sev]
        if n:
            parts.append(f"{n} {word}{'s' if n != 1 else ''}")
    return ", ".join(parts) + "."


Formatter = Callable[[Report], str]


def _registry() -> dict[str, Formatter]:
    from gsscb_cli.reports import github, json_report, junit, markdown, text

    return {
        "text": text.render,
        "json": json_report.render,
        "github": github.render,
        "junit": junit.render,
        "markdown": markdown.render,
    }


FORMAT_NAMES = ("auto", "text", "json", "github", "junit", "markdown")


def resolve_format(name: str) -> str:
    """``auto`` is ``github`` inside GitHub Actions, else ``text``."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def render(report: Report, fmt: str) -> str:
    return _registry()[resolve_format(fmt)](report)
