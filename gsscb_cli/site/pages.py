"""The site's pages as plain data, built from the papers' own context builders for the
public audience: the same filter (items above OFFICIAL, and everything tied to them,
left out) decides what the site shows. Text is plain here; the HTML templates escape it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from gsscb_cli.charts import Chart, ChartScope, build_chart
from gsscb_cli.charts.partnership_map import build_map, map_svg
from gsscb_cli.domain import obligations as obl
from gsscb_cli.domain.attendance import attendance_grid
from gsscb_cli.findings import Finding
from gsscb_cli.model.types import Dataset, Meeting
from gsscb_cli.present import rag as ragmod
from gsscb_cli.render.context import Ctx, Scope, board_dict, meeting_summary, post_dict
from gsscb_cli.render.marking import Audience
from gsscb_cli.render.meeting_ctx import meeting_dict
from gsscb_cli.render.reports_ctx import compliance_dict, priorities_dict
from gsscb_cli.render.text import iso, plain_text

PAGES = ("index", "members", "meetings", "partnerships", "priorities", "deadlines", "map")
"""Top-level pages, in the navigation's order; each meeting also has its own page."""

CALENDAR_FILE = "calendar.ics"


@dataclass(frozen=True)
class SiteScope:
    dataset: Dataset
    as_of: dt.date
    lang: str
    findings: tuple[Finding, ...]

    def paper_scope(self) -> Scope:
        assert self.dataset.board is not None
        return Scope(
            self.dataset, self.dataset.board, self.as_of, Audience.public, self.lang, self.findings
        )

    def chart_scope(self) -> ChartScope:
        return ChartScope(self.dataset, self.as_of, self.lang)


def published_meetings(dataset: Dataset, as_of: dt.date) -> list[Meeting]:
    """Meetings of the archive: those within the minutes' retention period, and every
    meeting still to come, newest first."""
    board = dataset.board
    years = board.minutes_retention_years if board else 6
    if years is None:  # no retention period recorded: every meeting
        return list(reversed(dataset.meetings_by_date()))
    oldest = dt.date(as_of.year - years, as_of.month, min(as_of.day, 28))
    return [m for m in reversed(dataset.meetings_by_date()) if m.date >= oldest]


def chart_dict(chart: Chart, src: str) -> Ctx:
    return {
        "id": chart.id,
        "title": chart.title,
        "description": chart.description,
        "headers": list(chart.headers),
        "rows": [list(r) for r in chart.rows],
        "src": src,
    }


def charts(scope: SiteScope) -> dict[str, Chart]:
    cs = scope.chart_scope()
    return {n: build_chart(n, cs) for n in ("attendance", "compliance", "deadlines", "priorities")}


def _partnership_rags(paper: Scope, compliance: Ctx) -> dict[str, str]:
    return {
        p["id"]: ragmod.rag_for_findings([f["severity"] for f in p["findings"]])
        for p in compliance["partnerships"]
    }


def page_contexts(scope: SiteScope) -> dict[str, Any]:
    """Every page's data, plus the chart and map SVGs, for one language."""
    with plain_text():
        return _contexts(scope)


def _contexts(scope: SiteScope) -> dict[str, Any]:
    paper = scope.paper_scope()
    ds = scope.dataset
    board = board_dict(paper)
    drawn = charts(scope)
    figure = {n: chart_dict(c, f"charts/{n}.svg") for n, c in drawn.items()}
    compliance = compliance_dict(paper)
    rags = _partnership_rags(paper, compliance)
    meetings = published_meetings(ds, scope.as_of)
    upcoming = [
        m for m in ds.meetings_by_date() if m.status == "scheduled" and m.date >= scope.as_of
    ]
    meeting_pages = {m.id: meeting_dict(paper, m) for m in meetings if m.status != "cancelled"}
    grid = attendance_grid(ds, scope.as_of)
    shares = {r.seat: r for r in grid.seats}
    seats = []
    for seat in paper.board.seats:
        row = shares.get(seat.id)
        seats.append(
            {
                "title": paper.text(seat.title),
                "organisation": paper.text(seat.organisation),
                "holder": post_dict(paper, ds.seat_holder(seat)),
                "represented": row.represented if row else 0,
                "recorded": row.recorded if row else 0,
            }
        )
    from gsscb_cli.deadlines import known_kinds

    matrix = obl.compliance_matrix(ds, scope.as_of, known_kinds())
    cells = {p.id: dict(zip(matrix.kinds, c, strict=True)) for p, c in matrix.rows}
    findings_by = {p["id"]: p["findings"] for p in compliance["partnerships"]}
    partnerships = []
    for pid in paper.board.partnership_ids:
        p = ds.partnerships.get(pid)
        if p is None:
            continue
        window = paper.board.thresholds.due_soon_days
        partnerships.append(
            {
                "id": p.id,
                "name": paper.text(p.name),
                "kind": p.kind,
                "area": paper.text(p.area),
                "chair": post_dict(paper, p.chair),
                "vice_chair": post_dict(paper, p.vice_chair) if p.vice_chair else None,
                "meets": p.meets_status,
                "frequency": paper.text(p.meets_frequency),
                "last_met": iso(p.last_met),
                "rag": rags.get(p.id, ragmod.GREEN),
                "obligations": [
                    {
                        "title": paper.text(o.title),
                        "kind": o.kind,
                        "due": iso(o.due_date),
                        "status": o.status,
                        "basis": o.basis,
                        "state": obl.obligation_state(o, scope.as_of, window),
                        "rag": ragmod.rag_for_obligation(
                            obl.Cell(
                                obl.obligation_state(o, scope.as_of, window),
                                "statutory" in o.basis,
                            )
                        ),
                    }
                    for o in sorted(p.obligations, key=lambda o: (o.due_date or dt.date.max, o.id))
                ],
                "missing": [k for k, c in cells.get(p.id, {}).items() if c.state == obl.MISSING],
                "findings": findings_by.get(p.id, []),
            }
        )
    cs = scope.chart_scope()
    pmap = build_map(cs)
    rag_counts = {r: sum(1 for p in partnerships if p["rag"] == r) for r in ragmod.RAGS}
    from gsscb_cli.deadlines import deadlines

    overdue = len(deadlines(ds, scope.as_of, overdue_only=True))
    priorities = priorities_dict(paper)
    return {
        "board": board,
        "next": meeting_summary(paper, upcoming[0]) if upcoming else None,
        "upcoming": [meeting_summary(paper, m) for m in upcoming],
        "meetings": [
            {
                **meeting_summary(paper, m),
                "page": m.id in meeting_pages,
                "minutes": meeting_pages[m.id]["minutes"] if m.id in meeting_pages else None,
            }
            for m in meetings
        ],
        "meeting_pages": meeting_pages,
        "seats": seats,
        "partnerships": partnerships,
        "rag_counts": rag_counts,
        "overdue": overdue,
        "compliance": {"counts": compliance["counts"], "withheld": compliance["withheld"]},
        "board_findings": compliance["board"],
        "priorities": priorities,
        "milestones": {
            "total": sum(len(p["milestones"]) for p in priorities),
            "completed": sum(
                1 for p in priorities for m in p["milestones"] if m["status"] == "completed"
            ),
            "overdue": sum(1 for p in priorities for m in p["milestones"] if m["overdue"]),
        },
        "figures": figure,
        "svgs": {n: c.svg for n, c in drawn.items()} | {"map": map_svg(cs, pmap)},
        "map": {
            "title": pmap.title,
            "description": pmap.description,
            "src": "charts/map.svg",
            "board": {"name": pmap.board.name, "chair": pmap.board.chair},
            "reports_to": pmap.reports_to,
            "partnerships": [
                {"name": b.name, "chair": b.chair, "governments": list(b.governments)}
                for b in pmap.partnerships
            ],
            "overlaps": [{"person": o.person, "bodies": list(o.bodies)} for o in pmap.overlaps],
        },
    }
