"""A Markdown report for a pull-request comment or GITHUB_STEP_SUMMARY."""

from __future__ import annotations

from gsscb_cli.reports import Report, summary_line

_ICON = {"error": "Error", "warning": "Warning", "info": "Note"}


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    lines = [f"## {report.title} (as of {report.as_of.isoformat()})", "", summary_line(report), ""]
    if report.findings:
        lines += [
            "| Severity | Rule | Subject | Finding | Due | Where |",
            "|---|---|---|---|---|---|",
        ]
        for f in report.findings:
            subject = "" if f.subject.kind == "file" else str(f.subject)
            lines.append(
                f"| {_ICON[f.severity.value]} | `{f.rule}` | {cell(subject)} | {cell(f.message)} | "
                f"{f.due.isoformat() if f.due else ''} | `{cell(str(f.location))}` |"
            )
        lines.append("")
    return "\n".join(lines)
