"""The core of ``gsscb check`` (validation plus every rule) and ``gsscb compliance`` (the
rules' gaps, grouped per partnership and for the board)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Finding, sort_findings
from gsscb_cli.load import LoadResult
from gsscb_cli.model.types import Dataset
from gsscb_cli.records import dataclass
from gsscb_cli.rules import all_rules, run_rules
from gsscb_cli.rules._docs import check_ids

NOT_GAPS = {"obligation-due-soon"}
"""Findings that are not compliance gaps (``gsscb deadlines`` lists what falls due)."""


def split_ids(values: Iterable[str] | None) -> list[str]:
    """``--select a,b --select c`` -> [a, b, c]."""
    return [part.strip() for v in values or () for part in v.split(",") if part.strip()]


def run_check(
    result: LoadResult,
    as_of: dt.date,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Validation findings and rule findings, sorted worst first.

    ``select`` and ``ignore`` take rule ids and validation ids; an unknown id is a
    usage error. Validation findings are kept unless ignored, or unless ``select``
    names validation ids (then only those): a file that fails validation is not seen
    by any rule, so hiding its problem would hide why a rule is silent.
    """
    chosen = check_ids(split_ids(select), "--select")
    dropped = set(check_ids(split_ids(ignore), "--ignore"))
    rule_ids = set(all_rules())
    chosen_rules = [i for i in chosen if i in rule_ids]
    chosen_validation = {i for i in chosen if i not in rule_ids}
    findings = [
        f
        for f in result.findings
        if f.rule not in dropped and (not chosen_validation or f.rule in chosen_validation)
    ]
    if not chosen or chosen_rules:
        findings += run_rules(result.dataset, as_of, chosen_rules or None, dropped)
    return sort_findings(findings)


@dataclass(frozen=True)
class Group:
    """The gaps of one partnership, or of the board itself (id ``board``)."""

    id: str
    name: str
    findings: tuple[Finding, ...]


def owner_of(finding: Finding) -> str:
    """The partnership a finding is about, or ``board``."""
    return finding.subject.id if finding.subject.kind == "partnership" else "board"


def compliance_groups(
    dataset: Dataset, as_of: dt.date, partnership: str | None = None
) -> list[Group]:
    """Every rule's gaps (not what is merely due soon), per partnership, then the board's."""
    if partnership is not None and partnership not in dataset.partnerships:
        known = ", ".join(dataset.partnerships) or "none"
        raise UsageError(f"--partnership: unknown partnership '{partnership}' (known: {known})")
    findings = sort_findings([f for f in run_rules(dataset, as_of) if f.rule not in NOT_GAPS])
    order = list(dataset.board.partnership_ids) if dataset.board else []
    order += [pid for pid in dataset.partnerships if pid not in order]
    groups: list[Group] = []
    for pid in order:
        if partnership is not None and pid != partnership:
            continue
        p = dataset.partnerships.get(pid)
        mine = tuple(f for f in findings if owner_of(f) == pid)
        groups.append(Group(pid, str(p.name) if p else pid, mine))
    if partnership is None:
        name = str(dataset.board.name) if dataset.board else "The board"
        groups.append(Group("board", name, tuple(f for f in findings if owner_of(f) == "board")))
    return groups
