"""A ``Review`` as text (rich), Markdown (a PR comment or job summary) or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator

from rich.text import Text

from gsscb_cli.findings import Finding
from gsscb_cli.present.escape import markdown as md
from gsscb_cli.present.escape import markdown_code as code
from gsscb_cli.present.escape import terminal
from gsscb_cli.review import Review
from gsscb_cli.review.compare import Change
from gsscb_cli.review.facts import KINDS, PLURAL

HEADINGS = {k: PLURAL.get(k, k + "s").capitalize() for k in KINDS}
HEADINGS["board"] = "Board"
UNKNOWN = "Findings unknown: their file no longer validates, so not resolved"
STYLE = {
    "added": "green",
    "removed": "red",
    "changed": "yellow",
    "renamed": "yellow",
    "not compared": "magenta",
}


def change_lines(change: Change) -> list[str]:
    """A change as self-contained lines: "<record>: <what changed>"."""
    if change.change in ("added", "removed"):
        return [change.label]
    return [f"{change.label}: {line}" for line in change.lines]


def _by_kind(review: Review) -> Iterator[tuple[str, list[Change]]]:
    for kind in KINDS:
        found = [c for c in review.changes if c.kind == kind]
        if found:
            yield kind, found


def _finding_line(f: Finding) -> str:
    return terminal(f"{f.rule} ({f.severity.value}): {f.message} [{f.location}]")


def to_text(review: Review) -> Text:
    out = Text()
    out.append(terminal(review.verdict()) + "\n", style="bold")
    out.append(terminal(f"Compared {review.base} with {review.head}; data folder {review.data}; "))
    out.append(f"findings as of {review.as_of.isoformat()}.\n")
    width = max((len(c.change) for c in review.changes), default=0)
    for kind, changes in _by_kind(review):
        out.append(f"\n{HEADINGS[kind]}\n", style="bold")
        for change in changes:
            for line in change_lines(change):
                out.append("  ")
                out.append(change.change.ljust(width), style=STYLE[change.change])
                out.append(f"  {terminal(line)}\n")
    for title, items, style in (
        ("Findings resolved", review.resolved, "green"),
        (UNKNOWN, review.unknown, "magenta"),
        ("Findings introduced", review.introduced, "red"),
    ):
        if not items and title == UNKNOWN:
            continue
        if not items:
            out.append(f"\n{title}: none\n", style="bold")
            continue
        out.append(f"\n{title} ({len(items)})\n", style="bold")
        for f in items:
            out.append("  ")
            out.append(f.rule, style=style)
            out.append(_finding_line(f)[len(f.rule) :] + "\n")
    out.append(f"\nFindings still open: {len(review.still_open)}\n", style="bold")
    if review.notes:
        out.append("\nNotes\n", style="bold")
        for note in review.notes:
            out.append(f"  - {terminal(note)}\n")
    out.rstrip()
    return out


def to_markdown(review: Review) -> str:
    lines = [
        f"### Data changes: {md(review.base)} → {md(review.head)}",
        "",
        f"**{md(review.verdict())}**",
        "",
        f"Data folder {code(review.data)}; findings as of {review.as_of.isoformat()}.",
        "",
    ]
    for kind, changes in _by_kind(review):
        lines += [f"#### {HEADINGS[kind]}", ""]
        for change in changes:
            lines += [f"- **{change.change}** {md(line)}" for line in change_lines(change)]
        lines.append("")
    for title, items in (
        ("Findings resolved", review.resolved),
        (UNKNOWN, review.unknown),
        ("Findings introduced", review.introduced),
    ):
        if not items and title == UNKNOWN:
            continue
        if not items:
            lines += [f"#### {title}: none", ""]
            continue
        lines += [
            f"#### {title} ({len(items)})",
            "",
            "| Rule | Severity | Finding | Where |",
            "|---|---|---|---|",
        ]
        for f in items:
            lines.append(
                f"| {code(f.rule)} | {f.severity.value} | {md(f.message)} "
                f"| {code(str(f.location))} |"
            )
        lines.append("")
    lines += [f"#### Findings still open ({len(review.still_open)})", ""]
    if review.still_open:
        lines += ["<details><summary>Matched by identity in both versions</summary>", ""]
        lines += [f"- {code(f.rule)} {md(f.message)}" for f in review.still_open]
        lines += ["", "</details>", ""]
    if review.notes:
        lines += ["#### Notes", ""] + [f"- {md(note)}" for note in review.notes] + [""]
    return "\n".join(lines)


def to_json(review: Review) -> str:
    def value(v: object) -> object:
        return list(v) if isinstance(v, tuple) else v

    doc = {
        "base": review.base,
        "head": review.head,
        "data": review.data,
        "as_of": review.as_of.isoformat(),
        "verdict": review.verdict(),
        "changes": [
            {
                "kind": c.kind,
                "key": c.key,
                "label": c.label,
                "change": c.change,
                "lines": list(c.lines),
                "fields": [
                    {"field": f.field, "old": value(f.old), "new": value(f.new)} for f in c.fields
                ],
            }
            for c in review.changes
        ],
        "findings": {
            "introduced": [f.as_dict() for f in review.introduced],
            "resolved": [f.as_dict() for f in review.resolved],
            "unknown": [f.as_dict() for f in review.unknown],
            "still_open": [f.as_dict() for f in review.still_open],
        },
        "notes": list(review.notes),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False)
