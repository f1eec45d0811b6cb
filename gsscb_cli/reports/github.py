"""GitHub Actions workflow commands.

GitHub shows at most 10 annotations of each severity per step, so the worst
ten of each are annotated and the rest printed as plain lines; when
``GITHUB_STEP_SUMMARY`` is set, the CLI also appends the full Markdown report there.
"""

from __future__ import annotations

from gsscb_cli.findings import Finding
from gsscb_cli.reports import Report, summary_line

ANNOTATION_LIMIT = 10
_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    props = [f"file={escape_property(finding.location.file)}"]
    if finding.location.line is not None:
        props.append(f"line={finding.location.line}")
    if finding.location.column is not None:
        props.append(f"col={finding.location.column}")
    props.append(f"title={escape_property(finding.rule)}")
    message = finding.message
    if finding.subject.kind != "file":
        message = f"{finding.subject}: {message}"
    if finding.due is not None:
        message += f" (due {finding.due.isoformat()})"
    return f"::{_COMMAND[finding.severity.value]} {','.join(props)}::{escape_data(message)}"


def render(report: Report) -> str:
    lines: list[str] = []
    used = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings:  # already worst first
        sev = finding.severity.value
        if used[sev] < ANNOTATION_LIMIT:
            used[sev] += 1
            lines.append(annotation(finding))
        else:
            lines.append(f"{finding.location}: {sev} {finding.rule}: {finding.message}")
    lines.append(summary_line(report))
    return "\n".join(lines)
