"""The papers ``gsscb render`` knows: their templates, whether they need a meeting, and
the plain data each is rendered from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gsscb_cli.model.types import Meeting
from gsscb_cli.render.context import Ctx, Scope, board_dict, meeting_summary
from gsscb_cli.render.marking import BASE, highest
from gsscb_cli.render.meeting_ctx import meeting_dict, visible_actions
from gsscb_cli.render.reports_ctx import (
    action_log,
    compliance_dict,
    forward_plan,
    funding_ledger,
    funding_totals,
    initiatives_list,
    issues_list,
    priorities_dict,
    survey_rows,
)

PartsFn = Callable[[Scope, Meeting | None], Ctx]

CHART_FILE = "gsscb-chart-{name}-{lang}.png"
"""The picture a Word paper embeds for a chart (written beside pandoc while it runs)."""


def charts_ctx(scope: Scope, names: tuple[str, ...]) -> Ctx:
    """Charts for a paper: title, text alternative (the picture's alt text) and the numbers
    as a table, Markdown-escaped; ``file`` is the picture Word embeds."""
    from gsscb_cli.charts import ChartScope, build_chart
    from gsscb_cli.render.text import md

    cs = ChartScope(scope.dataset, scope.as_of, scope.lang, scope.catalogue)
    out: Ctx = {}
    for name in names:
        chart = build_chart(name, cs)
        out[name] = {
            "title": md(chart.title),
            "description": md(chart.description),
            "headers": [md(h) for h in chart.headers],
            "rows": [[md(c) for c in row] for row in chart.rows],
            "file": CHART_FILE.format(name=name, lang=scope.lang),
        }
    return out


@dataclass(frozen=True)
class Paper:
    id: str
    summary: str
    meeting: (
        str  # "next": defaults to the next scheduled meeting; "held": the last held one; "none"
    )
    parts: PartsFn

    @property
    def template(self) -> str:
        return f"{self.id}.md.j2"


def _meeting_parts(scope: Scope, meeting: Meeting | None) -> Ctx:
    assert meeting is not None
    data = meeting_dict(scope, meeting)
    log = action_log(scope)
    # the log counts this meeting's withheld actions as well as the other meetings'
    counted_twice = len(visible_actions(scope, meeting)[1])
    return {
        "meeting": data,
        "marking": highest([data["marking"], log["marking"]]),
        "withheld": data["withheld"] + log["withheld"] - counted_twice,
        "actions": log,
    }


def _actions(scope: Scope, meeting: Meeting | None) -> Ctx:
    log = action_log(scope)
    return {"actions": log, "marking": log["marking"], "withheld": log["withheld"]}


def _with_compliance(parts: Ctx, compliance: Ctx) -> Ctx:
    """Add the compliance report, whose findings may concern marked items."""
    parts["compliance"] = compliance
    parts["marking"] = highest([parts.get("marking", BASE), compliance["marking"]])
    parts["withheld"] = parts.get("withheld", 0) + compliance["withheld"]
    return parts


def _pack(scope: Scope, meeting: Meeting | None) -> Ctx:
    parts = _meeting_parts(scope, meeting)
    parts["priorities"] = priorities_dict(scope)
    parts["charts"] = charts_ctx(scope, ("deadlines", "priorities"))
    parts["issues"] = issues_list(scope)
    return _with_compliance(parts, compliance_dict(scope))


def _psb_update(scope: Scope, meeting: Meeting | None) -> Ctx:
    meetings = [meeting_summary(scope, m) for m in scope.dataset.meetings_by_date()]
    parts = {
        "meetings": meetings,
        "priorities": priorities_dict(scope),
        "funding_totals": funding_totals(scope),
        "funding": funding_ledger(scope),
        "initiatives": initiatives_list(scope),
        "issues": issues_list(scope),
        "survey": survey_rows(scope),
        "charts": charts_ctx(scope, ("compliance", "priorities")),
    }
    # the report lists only the gaps (errors); warnings and notes are counted
    return _with_compliance(parts, compliance_dict(scope, listed=("error",)))


def _plan(scope: Scope, meeting: Meeting | None) -> Ctx:
    plan = forward_plan(scope)
    return {"plan": plan, "marking": plan["marking"], "withheld": plan["withheld"]}


PAPERS: dict[str, Paper] = {
    p.id: p
    for p in (
        Paper(
            "agenda",
            "a meeting's agenda, with the seven-day rule and decision quorum",
            "next",
            _meeting_parts,
        ),
        Paper(
            "pack",
            "the agenda pack: cover, agenda, generated papers, supplied papers",
            "next",
            _pack,
        ),
        Paper(
            "minutes",
            "a draft minutes skeleton for a held meeting, with the quorum statement",
            "held",
            _meeting_parts,
        ),
        Paper(
            "psb-update",
            "the board's update report to the Public Services Board",
            "none",
            _psb_update,
        ),
        Paper(
            "compliance",
            "gaps and deadlines by partnership, with basis and source",
            "none",
            lambda s, m: _with_compliance({}, compliance_dict(s)),
        ),
        Paper(
            "actions",
            "the action log of every meeting",
            "none",
            _actions,
        ),
        Paper(
            "forward-plan",
            "future meetings, their items and the deadlines before each",
            "none",
            _plan,
        ),
    )
}


def context_for(paper: Paper, scope: Scope, meeting: Meeting | None) -> Ctx:
    """The whole context of one paper: common values, then the paper's own parts."""
    ctx: Ctx = {
        "paper": {"id": paper.id},
        "as_of": scope.as_of.isoformat(),
        "audience": scope.audience.value,
        "board": board_dict(scope),
        "marking": BASE,
        "withheld": 0,
    }
    ctx.update(paper.parts(scope, meeting))
    return ctx
