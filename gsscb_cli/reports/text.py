"""Plain text, one finding a line (coloured by the CLI's rich console when it may)."""

from __future__ import annotations

from rich.markup import escape

from gsscb_cli.reports import Report, summary_line

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def line_for(
    finding_str_loc: str, severity: str, rule: str, subject: str, message: str, due: str
) -> str:
    style = _STYLE[severity]
    subj = f" [dim]{escape(subject)}[/dim]" if subject and not subject.startswith("file:") else ""
    due_text = f" (due {due})" if due else ""
    return (
        f"{escape(finding_str_loc)}: [{style}]{severity}[/{style}] "
        f"[bold]{rule}[/bold]{subj}: {escape(message)}{escape(due_text)}"
    )


def render(report: Report) -> str:
    """Rich markup; the CLI prints it through a console that strips colour when asked."""
    lines = [
        line_for(
            str(f.location),
            f.severity.value,
            f.rule,
            "" if f.subject.kind == "file" else str(f.subject),
            f.message,
            f.due.isoformat() if f.due else "",
        )
        for f in report.findings
    ]
    lines.append(escape(summary_line(report)))
    return "\n".join(lines)
