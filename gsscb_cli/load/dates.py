"""Dates that cannot all be true in one valid document."""

from __future__ import annotations

from gsscb_cli.findings import Finding, validation_finding
from gsscb_cli.load.parse import Document


def date_order(doc: Document, doc_type: str) -> list[Finding]:
    """Dates that cannot both be true (papers after the meeting, minutes before it)."""
    d = doc.data
    out: list[Finding] = []

    def bad(path: tuple[str | int, ...], message: str) -> None:
        out.append(validation_finding("impossible-date", message, doc.location(path)))

    if doc_type == "meeting":
        date = d["date"]
        if d.get("papers_circulated") and d["papers_circulated"] > date:
            bad(
                ("papers_circulated",),
                f"papers_circulated {d['papers_circulated']} is after the meeting ({date})",
            )
        minutes = d.get("minutes") or {}
        for key in ("approved", "published"):
            if minutes.get(key) and minutes[key] < date:
                bad(
                    ("minutes", key), f"minutes {key} {minutes[key]} is before the meeting ({date})"
                )
        if d.get("start") and d.get("end") and d["end"] <= d["start"]:
            bad(("end",), f"end {d['end']} is not after start {d['start']}")
    elif doc_type == "priority":
        for i, m in enumerate(d.get("milestones") or []):
            if m.get("completed") and m.get("status") != "completed":
                bad(
                    ("milestones", i, "completed"),
                    f"milestone '{m['id']}' has a completed date but status {m.get('status')}",
                )
    return out
