"""The core of ``gsscb deadlines``: obligations and milestones overdue or falling due,
soonest first, each with the finding ``gsscb check`` reports for it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import cache

from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Finding, Ref
from gsscb_cli.model.types import Dataset
from gsscb_cli.rules import Context, all_rules
from gsscb_cli.rules.obligations import describe

OVERDUE_RULES = ("obligation-overdue", "milestone-overdue", "return-overdue", "action-overdue")
RULES = (*OVERDUE_RULES, "obligation-due-soon", "action-due-soon")
MILESTONE = "milestone"
RETURN = "return"
ACTION = "action"


@dataclass(frozen=True)
class Deadline:
    due: dt.date
    days_left: int  # negative when late
    kind: str  # the obligation's kind, or "milestone"
    owner: str  # partnership or priority id
    owner_name: str
    item: str  # obligation or milestone id
    title: str
    status: str
    basis: str | None
    basis_words: str  # e.g. "guidance, not a statutory deadline, unverified cadence"
    finding: Finding

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def when(self) -> str:
        n = abs(self.days_left)
        unit = "day" if n == 1 else "days"
        if self.days_left < 0:
            return f"{n} {unit} late"
        return "due today" if n == 0 else f"{n} {unit} left"

    def as_dict(self) -> dict[str, object]:
        return {
            "due": self.due.isoformat(),
            "days_left": self.days_left,
            "overdue": self.overdue,
            "kind": self.kind,
            "owner": self.owner,
            "owner_name": self.owner_name,
            "item": self.item,
            "title": self.title,
            "status": self.status,
            "basis": self.basis,
            "basis_words": self.basis_words,
            "severity": self.finding.severity.value,
            "rule": self.finding.rule,
            "message": self.finding.message,
            "source": self.finding.source,
            "file": self.finding.location.file,
            "line": self.finding.location.line,
        }


@cache
def known_kinds() -> tuple[str, ...]:
    """Obligation kinds from the data contract, plus "milestone" and "return"."""
    from gsscb_cli.resources import resource_dir

    defs = json.loads((resource_dir("schemas") / "defs.schema.json").read_text("utf-8"))
    return (*defs["definitions"]["obligation_kind"]["enum"], MILESTONE, RETURN, ACTION)


def deadlines(
    dataset: Dataset,
    as_of: dt.date,
    kind: str | None = None,
    within: int | None = None,
    overdue_only: bool = False,
) -> list[Deadline]:
    """Overdue items and those due within ``within`` days (default: the board's
    ``thresholds.due_soon_days``), soonest first."""
    if kind is not None and kind not in known_kinds():
        raise UsageError(f"--kind: unknown kind '{kind}' (one of: {', '.join(known_kinds())})")
    if within is not None and within < 0:
        raise UsageError("--within: give a number of days, 0 or more")
    base = Context(dataset, as_of)
    ctx = (
        Context(dataset, as_of, replace(base.thresholds, due_soon_days=within))
        if (within is not None)
        else base
    )
    rules = all_rules()
    items = _items(dataset)
    out: list[Deadline] = []
    for rule_id in OVERDUE_RULES if overdue_only else RULES:
        for finding in rules[rule_id].check(ctx):
            row = items.get(finding.subject)
            if row is None or finding.due is None:
                continue
            if kind is not None and row["kind"] != kind:
                continue
            out.append(
                Deadline(
                    due=finding.due,
                    days_left=(finding.due - as_of).days,
                    finding=finding,
                    basis=finding.basis.value,
                    **row,
                )
            )
    return sorted(out, key=lambda d: (d.due, d.owner, d.item))


def _items(dataset: Dataset) -> dict[Ref, dict[str, str]]:
    """Subject -> the facts of the obligation or milestone it names."""
    items: dict[Ref, dict[str, str]] = {}
    for p in dataset.partnerships.values():
        for ob in p.obligations:
            items[Ref.obligation(p.id, ob.id)] = {
                "kind": ob.kind,
                "owner": p.id,
                "owner_name": str(p.name),
                "item": ob.id,
                "title": str(ob.title),
                "status": ob.status,
                "basis_words": describe(ob, dataset),
            }
    for pr in dataset.priorities.values():
        for m in pr.milestones:
            items[Ref.milestone(pr.id, m.id)] = {
                "kind": MILESTONE,
                "owner": pr.id,
                "owner_name": f"Priority {pr.number}: {pr.title}",
                "item": m.id,
                "title": str(m.title),
                "status": m.status,
                "basis_words": "local, the board's own work plan",
            }
    for ret in dataset.work.returns.values():
        items[Ref("return", ret.id)] = {
            "kind": RETURN,
            "owner": ret.partnership or (dataset.board.id if dataset.board else "board"),
            "owner_name": f"Return to {ret.to}",
            "item": ret.id,
            "title": str(ret.what),
            "status": ret.status,
            "basis_words": "local, the receiving body's request",
        }
    from gsscb_cli.render.marking import BASE, action_marking

    for meeting in dataset.meetings.values():
        for a in meeting.actions:
            items[Ref("meeting", meeting.id, ("action", a.id))] = {
                "kind": ACTION,
                "owner": meeting.id,
                "owner_name": f"Board action, meeting of {meeting.date.isoformat()}",
                "item": a.id,
                # a marked action's words never reach a deadline row (papers, the site)
                "title": str(a.text)
                if action_marking(meeting, a) == BASE
                else f"an action marked {action_marking(meeting, a)}",
                "status": a.status,
                "basis_words": "local, the board's own action",
            }
    return items
