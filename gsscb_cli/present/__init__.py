"""Presenters: one renderer per output format, the only place text meets a terminal,
CI or another program. They consume a ``Report`` (findings and their context) and
nothing else; each escapes every value from the data with its sink's escaper
(``present.escape``). ``rag`` gives papers, the site and the charts a finding's RAG status.

The registry ``FORMATS`` also feeds the ``--format`` choices.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import field

from gsscb_cli.findings import Finding, Ref, Severity, sort_findings
from gsscb_cli.records import dataclass


@dataclass(frozen=True)
class Report:
    """What a renderer receives: the findings, the context they were found in, and how
    the reader asked to see them."""

    findings: tuple[Finding, ...]
    as_of: dt.date
    title: str = "gsscb check"
    fail_on: str = "error"
    names: Mapping[Ref, str] = field(default_factory=dict)  # records' display names
    width: int | None = None  # the terminal's width; None: do not wrap
    verbose: bool = False
    statistics: bool = False

    @classmethod
    def of(
        cls,
        findings: list[Finding],
        as_of: dt.date,
        title: str = "gsscb check",
        fail_on: str = "error",
        **options: object,
    ) -> Report:
        return cls(tuple(sort_findings(findings)), as_of, title, fail_on, **options)  # type: ignore[arg-type]

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


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 error``, ``2 errors``: a count that agrees in number."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def summary_line(report: Report) -> str:
    counts = report.counts()
    if not report.findings:
        return "No findings."
    parts = [
        plural(counts[sev], word)
        for sev, word in (("error", "error"), ("warning", "warning"), ("info", "note"))
        if counts[sev]
    ]
    return ", ".join(parts) + "."


Formatter = Callable[[Report], str]


def _registry() -> dict[str, Formatter]:
    from gsscb_cli.present import github, json_report, junit, markdown, sarif, text

    return {
        "text": text.render_plain,
        "json": json_report.render,
        "sarif": sarif.render,
        "github": github.render,
        "junit": junit.render,
        "markdown": markdown.render,
    }


FORMAT_NAMES = ("auto", "text", "json", "sarif", "github", "junit", "markdown")


def resolve_format(name: str) -> str:
    """``auto`` is ``github`` inside GitHub Actions, else ``text``."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def render(report: Report, fmt: str) -> str:
    return _registry()[resolve_format(fmt)](report)
