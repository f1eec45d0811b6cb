"""The rule registry: each rule is a small module with an id, a default severity, a
three-part docstring (what it checks; why, with its source; an example) and a
function from the model to Findings. ``gsscb rules`` and ``gsscb explain`` print
from the same docstrings.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from gsscb_cli.findings import Basis, Citation, Finding, Location, Ref, Severity
from gsscb_cli.model.types import Dataset, Thresholds


@dataclass(frozen=True)
class Context:
    """What a rule sees: the model and the day it is judged on.

    ``overrides`` replaces the board's thresholds (``gsscb deadlines --within`` uses it).
    """

    dataset: Dataset
    as_of: dt.date
    overrides: Thresholds | None = None
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """Results shared by the rules of one run (e.g. each meeting's quorum assessment)."""

    @property
    def thresholds(self) -> Thresholds:
        if self.overrides is not None:
            return self.overrides
        board = self.dataset.board
        return board.thresholds if board is not None else Thresholds()


CheckFn = Callable[["Rule", Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    check_fn: CheckFn
    doc: str
    group: str

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""

    def finding(
        self,
        message: str,
        location: Location,
        subject: Ref,
        *,
        severity: Severity | None = None,
        due: dt.date | None = None,
        basis: str | None = None,
        source: str | None = None,
        code: str = "",
    ) -> Finding:
        return Finding(
            rule=self.id,
            severity=severity or self.severity,
            message=message,
            location=location,
            subject=subject,
            code=code,
            due=due,
            basis=Basis.of(basis or "local"),
            citation=Citation(source) if source else None,
        )

    def check(self, ctx: Context) -> list[Finding]:
        return list(self.check_fn(self, ctx))


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, group: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under ``rule_id``; its docstring is the rule's documentation."""

    def decorate(fn: CheckFn) -> CheckFn:
        if rule_id in REGISTRY:
            raise RuntimeError(f"rule {rule_id} registered twice")
        REGISTRY[rule_id] = Rule(rule_id, severity, fn, inspect.cleandoc(fn.__doc__ or ""), group)
        return fn

    return decorate


_LOADED: list[bool] = []


def _load_all() -> None:
    import gsscb_cli.rules as package

    for module in pkgutil.iter_modules(package.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{package.__name__}.{module.name}")
    _LOADED.append(True)


def all_rules() -> dict[str, Rule]:
    # A flag, not "is the registry empty": importing one rule module (for its helpers)
    # registers that module's rules only.
    if not _LOADED:
        _load_all()
    return dict(sorted(REGISTRY.items()))


def selected(select: Iterable[str] | None, ignore: Iterable[str] | None) -> Iterator[Rule]:
    rules = all_rules()
    chosen = set(select) if select else set(rules)
    for rule_id in sorted(chosen - set(ignore or ())):
        yield rules[rule_id]


def run_rules(
    dataset: Dataset,
    as_of: dt.date,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the chosen rules over the model. Unknown ids are the caller's to reject first."""
    ctx = Context(dataset, as_of)
    findings: list[Finding] = []
    for r in selected(select, ignore):
        findings.extend(r.check(ctx))
    return findings
