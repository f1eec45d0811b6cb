"""One catalogue of every finding id, rules and validation alike, for ``gsscb rules``,
``gsscb explain`` and docs/rules.md."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Severity
from gsscb_cli.rules import all_rules
from gsscb_cli.rules._validation import VALIDATION

SECTIONS = ("What it checks", "Why it matters", "Example")


@dataclass(frozen=True)
class Entry:
    id: str
    severity: Severity
    group: str
    summary: str
    doc: str

    def sections(self) -> dict[str, str]:
        """The docstring's parts: summary, What it checks, Why it matters, Example."""
        parts: dict[str, str] = {}
        current = "summary"
        lines: list[str] = []
        for line in self.doc.splitlines():
            header = line.rstrip(":").strip()
            if line.endswith(":") and header in SECTIONS and not line.startswith(" "):
                parts[current] = _join(lines)
                current, lines = header, []
            else:
                lines.append(line.strip())
        parts[current] = _join(lines)
        return parts

    def as_dict(self) -> dict[str, str]:
        s = self.sections()
        return {
            "id": self.id,
            "severity": self.severity.value,
            "group": self.group,
            "summary": self.summary,
            "what": s.get("What it checks", ""),
            "why": s.get("Why it matters", ""),
            "example": s.get("Example", ""),
        }


def _join(lines: list[str]) -> str:
    """Lines of a section as paragraphs: blank lines separate them."""
    text = "\n".join(lines).strip()
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)


def catalogue() -> dict[str, Entry]:
    """Every id gsscb check can report: the rules, then validation, each sorted by id."""
    out = {r.id: Entry(r.id, r.severity, r.group, r.summary, r.doc) for r in all_rules().values()}
    for v in sorted(VALIDATION.values(), key=lambda v: v.id):
        out[v.id] = Entry(v.id, v.severity, "validation", v.summary, v.doc)
    return out


def check_ids(ids: list[str] | None, option: str) -> list[str]:
    """Reject unknown ids (a usage error, exit 2), suggesting close ones."""
    known = catalogue()
    for rule_id in ids or []:
        if rule_id not in known:
            close = [k for k in known if k.split("-")[0] == rule_id.split("-")[0]][:4]
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise UsageError(f"{option}: unknown rule '{rule_id}'{hint} (see gsscb rules)")
    return list(ids or [])


def entry(rule_id: str) -> Entry:
    check_ids([rule_id], "explain")
    return catalogue()[rule_id]


def explain_text(e: Entry) -> str:
    """Plain text for ``gsscb explain``: a header line, then the docstring."""
    return f"{e.id} ({e.severity.value}, {e.group})\n\n{e.doc}\n"


def markdown() -> str:
    """docs/rules.md, generated from the registry and the validation table."""
    entries = catalogue()
    lines = [
        "# Rules",
        "",
        "<!-- Generated from the rule docstrings: GSSCB_REGEN=1 pytest "
        "tests/test_rules_docs.py. Do not edit by hand. -->",
        "",
        "Every finding `gsscb check` can report, with its default severity: first the rules "
        "(from the board's Terms of Reference, seed 000 Appendix A, and the law in "
        "`data/requirements.yaml`), then the validation checks that loading the data "
        "performs. `gsscb rules` lists them and `gsscb explain ID` prints one.",
        "",
        "**Severity and basis.** Severity says how urgently to act: `error` fails "
        "`gsscb check` by default (`--fail-on`). The *basis* of a finding says what it rests "
        "on: `statutory`, `statutory+guidance`, `guidance`, `local` (the board's own terms "
        "of reference or a partnership's own commitment) or `statutory-prospective` (law "
        'not yet in force). Messages about obligations always say it in words ("basis: '
        'guidance, not a statutory deadline"; "unverified cadence" where the cycle is '
        "marked unverified), so a guidance cadence is never presented as a breach of law. "
        "An overdue obligation is an error whatever its basis, because a date has passed and "
        "someone must act (the weekly needs-assessment job fails on it); an output not "
        "recorded at all is a warning when statutory and a note otherwise. Some rules "
        "report a lower severity for a forecast or for something the record cannot show; "
        "each rule's section says when.",
        "",
        "**Thresholds** (`board.yaml` `thresholds`, with defaults): `due_soon_days` 60, "
        "`attendance_window` 4, `attendance_min_share` 0.5, `minutes_publication_days` 42, "
        "`priority_stale_days` 120. They are the tool's settings, not text from the ToR.",
        "",
        "| id | severity | group | what |",
        "|---|---|---|---|",
    ]
    lines += [f"| [`{e.id}`](#{e.id}) | {e.severity.value} | {e.group} | {e.summary} |"
              for e in entries.values()]  # fmt: skip
    for e in entries.values():
        s = e.sections()
        lines += ["", f"## {e.id}", "", f"*{e.severity.value}, {e.group}.* {s.get('summary', '')}"]
        for name in SECTIONS:
            if s.get(name):
                lines += ["", f"**{name}.** {s[name]}"]
    return "\n".join(lines) + "\n"
