"""A Markdown report for a pull-request comment or GITHUB_STEP_SUMMARY.

Every value from the data is escaped (``escape.markdown``, ``escape.markdown_code``):
HTML shows as text and a newline in the data never starts a block.
"""

from __future__ import annotations

from gsscb_cli.present import Report, summary_line
from gsscb_cli.present.escape import markdown, markdown_code

_ICON = {"error": "Error", "warning": "Warning", "info": "Note"}


def render(report: Report) -> str:
    lines = [
        f"## {markdown(report.title)} (as of {report.as_of.isoformat()})",
        "",
        summary_line(report),
        "",
    ]
    if report.findings:
        lines += [
            "| Severity | Rule | Subject | Finding | Due | Where |",
            "|---|---|---|---|---|---|",
        ]
        for f in report.findings:
            subject = "" if f.subject.kind == "file" else markdown(f.subject)
            lines.append(
                f"| {_ICON[f.severity.value]} | {markdown_code(f.rule)} | {subject} | "
                f"{markdown(f.message)} | {f.due.isoformat() if f.due else ''} | "
                f"{markdown_code(f.location)} |"
            )
        lines.append("")
    return "\n".join(lines)
