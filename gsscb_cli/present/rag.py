"""Red, amber, green: the one RAG scale every reader sees (papers, site, charts).

Red is a breach of a statutory duty (an error); amber needs attention (a warning: a local
or guidance commitment overdue, something falling due soon, an output not recorded);
green is on track; grey means the record does not say (a gap in the record, a note).
Colours are never the only cue: each RAG value has a letter and words.
"""

from __future__ import annotations

from gsscb_cli.domain import obligations as ob

RED, AMBER, GREEN, GREY = "red", "amber", "green", "grey"
RAGS = (RED, AMBER, GREEN, GREY)

FILL = {RED: "#b3261e", AMBER: "#f2b705", GREEN: "#2e7d32", GREY: "#d9d9d9"}
"""Fills with at least 3:1 contrast against white (WCAG 1.4.11) except grey, which is the
'not known' background and always carries its letter."""
INK = {RED: "#ffffff", AMBER: "#000000", GREEN: "#ffffff", GREY: "#000000"}
"""Text on each fill, at 4.5:1 or more."""

_SEVERITY = {"error": RED, "warning": AMBER, "info": GREY}


def rag_for_severity(severity: str | None) -> str:
    """A finding's RAG from its severity; no finding at all is green."""
    return _SEVERITY.get(severity or "", GREEN)


def rag_for_findings(severities: list[str]) -> str:
    """The worst of several findings (notes alone leave it green: a gap is not a breach)."""
    if "error" in severities:
        return RED
    if "warning" in severities:
        return AMBER
    return GREEN


def rag_for_obligation(cell: ob.Cell) -> str | None:
    """An obligation cell of the compliance matrix; None when nothing is required."""
    if cell.state == ob.OVERDUE:
        return RED if cell.statutory else AMBER
    if cell.state in (ob.DUE_SOON, ob.MISSING):
        return AMBER
    if cell.state == ob.NO_DATE:
        return GREY
    if cell.state == ob.ON_TRACK:
        return GREEN
    return None
