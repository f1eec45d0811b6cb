"""One catalogue of every finding id, rules and validation alike, for ``gsscb rules``,
``gsscb explain`` and docs/rules.md."""

from __future__ import annotations

import re
from collections.abc import Mapping

from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Severity
from gsscb_cli.records import dataclass
from gsscb_cli.rules import all_rules, level_for
from gsscb_cli.rules._validation import VALIDATION

SECTIONS = ("What it checks", "Why it matters", "Example")


@dataclass(frozen=True)
class Entry:
    id: str
    severity: Severity
    group: str
    summary: str
    doc: str
    levels: tuple[tuple[str, Severity], ...] = ()
    """Each code's effective severity (the default from basis and kind, or the board's)."""

    def levels_text(self) -> str:
        """E.g. "error: statutory, statutory-guidance; warning: guidance, local"."""
        if not self.levels:
            return self.severity.value
        by: dict[Severity, list[str]] = {}
        for code, level in self.levels:
            by.setdefault(level, []).append(code)
        order = sorted(by, key=lambda s: -s.rank)
        return "; ".join(f"{level.value}: {', '.join(by[level])}" for level in order)

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

    def as_dict(self) -> dict[str, object]:
        s = self.sections()
        return {
            "id": self.id,
            "severity": self.severity.value,
            "levels": {code: level.value for code, level in self.levels},
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


def catalogue(
    board_levels: Mapping[str, Mapping[str, Severity]] | None = None,
) -> dict[str, Entry]:
    """Every id gsscb check can report: the rules, then validation, each sorted by id, with
    each code's severity (``board_levels``: the board's ``severities:`` over the defaults)."""
    out = {}
    for r in all_rules().values():
        levels = tuple(
            (code, level_for(board_levels or {}, r.id, code.split("/")[0], level))
            for code, level in r.levels().items()
        )
        top = max((lv for _, lv in levels), key=lambda s: s.rank, default=r.severity)
        out[r.id] = Entry(r.id, top, r.group, r.summary, r.doc, levels)
    for v in sorted(VALIDATION.values(), key=lambda v: v.id):
        out[v.id] = Entry(v.id, v.severity, "validation", v.summary, v.doc)
    return out


def check_ids(ids: list[str] | None, option: str) -> list[str]:
    """Reject unknown ids (a usage error, exit 2), suggesting close ones."""
    if not ids:
        return []  # nothing to look up: the catalogue is not built (a cold check's start)
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
        "**Severity follows basis and kind.** `error` fails `gsscb check` by default "
        "(`--fail-on`). Each finding has a *code* (which case of its rule), a *basis* "
        "(`statutory`, `statutory+guidance`, `guidance`, `terms-of-reference` (the board's "
        "own terms), `local` (a partnership's or the board's own commitment) or "
        "`statutory-prospective` (law not yet in force)) and a *kind*: a breach (a date "
        "passed, a rule broken), a forecast (it will be broken) or a gap in the record (the "
        "data does not show it either way). By default a statutory duty broken is an error; "
        "a guidance, terms-of-reference or local one a warning; law not yet in force a note; "
        "a forecast a warning; a gap in the record a note. A few codes say otherwise (a held "
        "meeting that was not quorate, or a decision whose impacted chair is vacant, is an "
        "error; a due-soon reminder or a forecast that depends on replies a note); the "
        "table above lists each code's level. A board sets its own in `board.yaml`: "
        "`severities: {obligation-missing: warning, obligation-overdue: {local: error}}` "
        "(a level for the whole rule, or per code, or `*` for the rest); `gsscb rules` "
        "shows the effective levels. Messages about obligations always say the basis in "
        'words ("basis: guidance, not a statutory deadline"; "unverified cadence" where the '
        "cycle is marked unverified), so a guidance cadence is never presented as a breach "
        "of law.",
        "",
        "**Thresholds** (`board.yaml` `thresholds`, with defaults): `due_soon_days` 60, "
        "`attendance_window` 4, `attendance_min_share` 0.5, `minutes_publication_days` 42, "
        "`priority_stale_days` 120. They are the tool's settings, not text from the ToR.",
        "",
        "| id | severity | group | what |",
        "|---|---|---|---|",
    ]
    lines += [f"| [`{e.id}`](#{e.id}) | {e.levels_text()} | {e.group} | {e.summary} |"
              for e in entries.values()]  # fmt: skip
    for e in entries.values():
        s = e.sections()
        lines += ["", f"## {e.id}", "", f"*{e.severity.value}, {e.group}.* {s.get('summary', '')}"]
        for name in SECTIONS:
            if s.get(name):
                lines += ["", f"**{name}.** {s[name]}"]
    return "\n".join(lines) + "\n"
