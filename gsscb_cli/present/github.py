"""GitHub Actions workflow commands.

GitHub shows at most 10 annotations of each severity per step, so the worst ten of each
are annotated and the rest printed as plain lines; when ``GITHUB_STEP_SUMMARY`` is set,
the CLI also appends the full Markdown report there.

Every line printed is either a command built here, whose values are escaped with
GitHub's own rules, or a plain line passed through ``escape.github_line``: no file name
or value from the data can start a command (``::error``, ``::add-mask::``,
``::stop-commands::``) on a line of its own.
"""

from __future__ import annotations

from gsscb_cli.findings import Finding
from gsscb_cli.present import Report, summary_line
from gsscb_cli.present.escape import github_data, github_line, github_property

ANNOTATION_LIMIT = 10
_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _message(finding: Finding) -> str:
    message = finding.message
    if finding.subject.kind != "file":
        message = f"{finding.subject}: {message}"
    if finding.due is not None:
        message += f" (due {finding.due.isoformat()})"
    return message


def annotation(finding: Finding) -> str:
    props = [f"file={github_property(finding.location.file)}"]
    if finding.location.line is not None:
        props.append(f"line={finding.location.line}")
    if finding.location.column is not None:
        props.append(f"col={finding.location.column}")
    props.append(f"title={github_property(finding.rule)}")
    return (
        f"::{_COMMAND[finding.severity.value]} {','.join(props)}::{github_data(_message(finding))}"
    )


def plain(finding: Finding) -> str:
    sev = finding.severity.value
    return github_line(f"{finding.location}: {sev} {finding.rule}: {_message(finding)}")


def render(report: Report) -> str:
    lines: list[str] = []
    used = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings:  # already worst first
        sev = finding.severity.value
        if used[sev] < ANNOTATION_LIMIT:
            used[sev] += 1
            lines.append(annotation(finding))
        else:
            lines.append(plain(finding))
    lines.append(github_line(summary_line(report)))
    return "\n".join(lines)
