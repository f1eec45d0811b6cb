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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import field, replace

from gsscb_cli.findings import (
    Basis,
    Citation,
    Finding,
    Kind,
    Location,
    Param,
    Ref,
    Severity,
    default_severity,
)
from gsscb_cli.model.types import Dataset, Thresholds
from gsscb_cli.records import dataclass


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
class Code:
    """One case of a rule: its kind, its basis (None: the data says, e.g. an obligation's
    own basis) and, rarely, a default severity other than the one basis and kind give."""

    kind: Kind
    basis: Basis | None = None
    severity: Severity | None = None

    def default(self, basis: Basis) -> Severity:
        return self.severity or default_severity(self.basis or basis, self.kind)


FACT_BASES = tuple(b for b in Basis if b is not Basis.DATA)


@dataclass(frozen=True)
class Rule:
    id: str
    check_fn: CheckFn
    doc: str
    group: str
    codes: Mapping[str, Code] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""

    def levels(self) -> dict[str, Severity]:
        """Each code's default severity ("code" or "code/basis" when the data gives the basis)."""
        out: dict[str, Severity] = {}
        for name, code in self.codes.items():
            if code.basis is not None or code.severity is not None or code.kind is not Kind.BREACH:
                out[name] = code.default(code.basis or Basis.LOCAL)
            else:
                for basis in FACT_BASES:
                    out[f"{name}/{basis.value}"] = code.default(basis)
        return out

    @property
    def severity(self) -> Severity:
        """The most serious default severity of any of the rule's codes."""
        return max(self.levels().values(), key=lambda s: s.rank, default=Severity.WARNING)

    def fact(
        self,
        code: str,
        subject: Ref,
        location: Location,
        *,
        params: Mapping[str, Param] | None = None,
        stable: tuple[str, ...] = (),
        due: dt.date | None = None,
        citation: Citation | None = None,
        basis: Basis | None = None,
    ) -> Finding:
        """A finding of case ``code``: its words come from the catalogue (``rule.code``)."""
        from gsscb_cli import words

        case = self.codes[code]
        fact_basis = case.basis or basis or Basis.LOCAL
        said = dict(params or {})
        return Finding(
            rule=self.id,
            severity=case.default(fact_basis),
            message=words.say_fact(self.id, code, subject, said, "en") or "",
            location=location,
            subject=subject,
            code=code,
            basis=fact_basis,
            kind=case.kind,
            params=tuple(said.items()),
            due=due,
            citation=citation,
            stable=stable,
        )

    def check(self, ctx: Context) -> list[Finding]:
        return list(self.check_fn(self, ctx))


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, group: str, **codes: Code) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under ``rule_id`` with its codes (keyword names with "_"
    for "-"); its docstring is the rule's documentation."""

    def decorate(fn: CheckFn) -> CheckFn:
        if rule_id in REGISTRY:
            raise RuntimeError(f"rule {rule_id} registered twice")
        named = {name.replace("_", "-"): code for name, code in codes.items()}
        REGISTRY[rule_id] = Rule(rule_id, fn, inspect.cleandoc(fn.__doc__ or ""), group, named)
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
    return with_board_levels(findings, dataset)


def with_board_levels(findings: list[Finding], dataset: Dataset) -> list[Finding]:
    """The board's own severities (``severities:`` in board.yaml) over the defaults."""
    board = dataset.board
    levels = board.severities if board is not None else {}
    if not levels:
        return findings
    return [replace(f, severity=level_for(levels, f.rule, f.code, f.severity)) for f in findings]


def level_for(
    levels: Mapping[str, Mapping[str, Severity]], rule_id: str, code: str, default: Severity
) -> Severity:
    """A code's level from the board's settings (the code's own, else the rule's "*"),
    else ``default``."""
    mine = levels.get(rule_id, {})
    return mine.get(code) or mine.get("*") or default
