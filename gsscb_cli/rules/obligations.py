"""The partnerships' statutory and agreed outputs: overdue, due soon, or not recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gsscb_cli import words
from gsscb_cli.findings import Basis, Citation, Finding, Kind, Param, Ref, Severity
from gsscb_cli.model.types import Dataset, Obligation, Requirement
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import at_meeting, basis_params, cited, tor, worded_as

INFORMATIONAL = {"per-meeting"}
"""Due rules obligation-missing does not look for (declarations are declarations-missing's)."""


def requirement_of(ob: Obligation, dataset: Dataset) -> Requirement | None:
    return dataset.requirements.get(ob.requirement) if ob.requirement else None


def date_is_computed(ob: Obligation) -> bool:
    """True when the due date comes from last_completed + every_months, not an explicit date."""
    return ob.due_date is not None and ob.due_date != ob.due


def date_verified(ob: Obligation, dataset: Dataset) -> bool:
    """Whether the due date rests on a verified cadence (an explicit date always does)."""
    if not ob.verified and date_is_computed(ob):
        return False
    req = requirement_of(ob, dataset)
    return not (date_is_computed(ob) and req is not None and not req.verified)


def legal_source(ob: Obligation, dataset: Dataset) -> Citation | None:
    """The law or guidance behind an obligation where it is linked to the catalogue, else
    the document the obligation was read from."""
    req = requirement_of(ob, dataset)
    return cited(req.source if req is not None else ob.source)


def obligation_basis(ob: Obligation, dataset: Dataset) -> dict[str, str]:
    return basis_params(
        ob.basis, verified=date_verified(ob, dataset), computed=date_is_computed(ob)
    )


def describe(ob: Obligation, dataset: Dataset, lang: str = "en") -> str:
    """An obligation's basis in words, e.g. "guidance, not a statutory deadline"."""
    return words.phrase("basis-words", lang, **obligation_basis(ob, dataset))


CODE_OF_BASIS = {
    Basis.STATUTORY: "statutory",
    Basis.STATUTORY_GUIDANCE: "statutory-guidance",
    Basis.GUIDANCE: "guidance",
    Basis.LOCAL: "local",
    Basis.TERMS_OF_REFERENCE: "local",
    Basis.PROSPECTIVE: "prospective",
}
"""An obligation's code is its basis: the case decides the default severity."""

BY_BASIS = {
    "statutory": Basis.STATUTORY,
    "statutory_guidance": Basis.STATUTORY_GUIDANCE,
    "guidance": Basis.GUIDANCE,
    "local": Basis.LOCAL,
    "prospective": Basis.PROSPECTIVE,
}


def _when(due: dt.date, as_of: dt.date) -> dict[str, Param]:
    left = (due - as_of).days
    return {"days_left": left, "when_key": "when.today" if left == 0 else "when.in"}


def _applies_to(dataset: Dataset, kind_id: str) -> dict[str, Param]:
    """The kind a requirement applies to, in words: the catalogue's (English and Welsh) for
    a kind gsscb knows, else the name the board's own requirements.yaml gives it."""
    if f"kind.{kind_id}" in words.catalogue():
        return {"applies_to_key": f"kind.{kind_id}"}
    kind = dataset.kinds.get(kind_id)
    return {"applies_to": kind.words if kind else kind_id}


def _code(ob: Obligation) -> str:
    return CODE_OF_BASIS[Basis.of(ob.basis)]


def _params(ob: Obligation, dataset: Dataset) -> dict[str, Param]:
    partnership = dataset.partnerships.get(ob.partnership)
    return {
        "partnership": partnership.name if partnership else ob.partnership,
        "obligation": ob.id,
        **worded_as("obligation_kind", "obligation-kind", ob.kind),
        "title": ob.title,
        **worded_as("status", "work-status", ob.status),
        **obligation_basis(ob, dataset),
    }


def _state(ob: Obligation) -> dict[str, Param]:
    """Where an overdue obligation stands: never completed (its status), or completed once
    and its next cycle not yet (an obligation that rolls forward from its completion)."""
    if ob.rolls_forward and ob.latest_completion is not None:
        return {"state_key": "obligation-state.next-cycle", "completed": ob.latest_completion}
    return {"state_key": "obligation-state.open"}


def _open_with_due(ctx: Context) -> list[tuple[Obligation, dt.date]]:
    """Every open obligation with a due date, and that date: found once per run and
    shared by obligation-overdue and obligation-due-soon (a due date is computed)."""
    found = ctx.memo.get("open-with-due")
    if not isinstance(found, list):
        found = ctx.memo["open-with-due"] = [
            (ob, due)
            for p in ctx.dataset.partnerships.values()
            for ob in p.obligations
            if ob.open and (due := ob.due_date) is not None
        ]
    return found


@rule(
    "obligation-overdue",
    "obligations",
    **{name: Code(Kind.BREACH, basis) for name, basis in BY_BASIS.items()},
)
def obligation_overdue(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership's output is past its due date and not recorded as completed.

    What it checks:
        Every obligation with status not-started, in-progress or unknown whose
        due date (``due``, or ``last_completed`` plus ``every_months``) is
        before ``--as-of``. The code is the obligation's basis and sets the
        default severity: a statutory duty (``statutory``,
        ``statutory-guidance``) overdue is an error (the weekly
        needs-assessment job fails on it); a guidance or local commitment
        overdue is a warning; law not yet in force (``prospective``) is a
        note. A board may change these in board.yaml ``severities:``. The
        message and the finding's ``basis`` always say what the date rests on (statutory;
        statutory, with statutory guidance; guidance, not a statutory
        deadline; local commitment, not a statutory deadline) and whether it
        comes from a cadence marked unverified, so a guidance or local date is
        never presented as a breach of law.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Key Roles and
        Responsibilities"): the board is responsible for "ensuring SSCPs comply
        with their relevant statutory duties". Basis: as recorded on each
        obligation (statutory, statutory+guidance, guidance, local), with the
        law from data/requirements.yaml (see REQUIREMENTS.md).

    Example:
        blaenau-gwent-csp, strategic-needs-assessment-2026, due 2026-04-30,
        not-started, as of 2026-11-24: "needs assessment 'New CSP Strategic
        Needs Assessment by April 2026' is 208 days overdue and not recorded as
        completed (status not started); basis: local commitment, not a
        statutory deadline" (due 2026-04-30).
    """
    for ob, due in _open_with_due(ctx):
        if due >= ctx.as_of:
            continue
        yield r.fact(
            _code(ob),
            Ref.obligation(ob.partnership, ob.id),
            ob.loc,
            params={
                **_params(ob, ctx.dataset),
                **_state(ob),
                "days_late": (ctx.as_of - due).days,
                "late_key": "days.late",
                "due": due,
            },
            stable=("due",),
            due=due,
            citation=legal_source(ob, ctx.dataset),
        )


@rule(
    "obligation-due-soon",
    "obligations",
    **{name: Code(Kind.FORECAST, basis, Severity.INFO) for name, basis in BY_BASIS.items()},
    milestone=Code(Kind.FORECAST, Basis.LOCAL, Severity.INFO),
    meeting_cancelled=Code(Kind.FORECAST, Basis.LOCAL, Severity.INFO),
    **{"return": Code(Kind.FORECAST, Basis.LOCAL, Severity.INFO)},
)
def obligation_due_soon(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership's output, a milestone of the board's priorities, or a return falls due soon.

    What it checks:
        Every obligation not yet met (not-started, in-progress, unknown),
        every milestone not completed of a priority not completed, and every
        return owed to another body not yet sent (data/returns.yaml), whose
        due date is between ``--as-of`` and ``--as-of`` plus
        ``thresholds.due_soon_days`` (default 60), inclusive. A milestone due
        at a board meeting that has been cancelled says so (code
        ``meeting-cancelled``); a return has code ``return``.

    Why it matters:
        The board's role is to help the partnerships meet their duties before
        they are missed (seed 000, Appendix A, "Key Roles and
        Responsibilities"), and to deliver its own priorities ("Strategic
        Priorities"). Basis: as recorded on each obligation (local for the
        board's milestones); the message says which. The window is the tool's
        setting (``board.yaml`` ``thresholds.due_soon_days``).

    Example:
        monmouthshire-csp, a needs assessment due 2025-11-30, as of 2025-11-01:
        "needs assessment 'Complete the Strategic Needs Assessment by November
        2025' is due in 29 days (status unknown); basis: local commitment, not
        a statutory deadline" (due 2025-11-30).
    """
    horizon = ctx.as_of + dt.timedelta(days=ctx.thresholds.due_soon_days)
    for ob, due in _open_with_due(ctx):
        if not ctx.as_of <= due <= horizon:
            continue
        yield r.fact(
            _code(ob),
            Ref.obligation(ob.partnership, ob.id),
            ob.loc,
            params={**_params(ob, ctx.dataset), **_when(due, ctx.as_of), "due": due},
            stable=("due",),
            due=due,
            citation=legal_source(ob, ctx.dataset),
        )
    for p in ctx.dataset.priorities.values():
        if p.status == "completed":
            continue
        for m in p.milestones:
            if m.status == "completed" or m.due is None or not ctx.as_of <= m.due <= horizon:
                continue
            cancelled = at_meeting(ctx.dataset, m.at_meeting, "at-meeting.is-cancelled")
            yield r.fact(
                "meeting-cancelled" if "meeting_date" in cancelled else "milestone",
                Ref.milestone(p.id, m.id),
                m.loc,
                params={
                    **cancelled,
                    "milestone": m.title,
                    "number": p.number,
                    "priority": p.title,
                    **worded_as("status", "work-status", m.status),
                    **_when(m.due, ctx.as_of),
                    "due": m.due,
                },
                stable=("due",),
                due=m.due,
                citation=tor(ctx, "priorities"),
            )
    for ret in ctx.dataset.work.returns.values():
        if ret.done or ret.milestone or ret.due is None or not ctx.as_of <= ret.due <= horizon:
            continue
        yield r.fact(
            "return",
            Ref("return", ret.id),
            ret.loc,
            params={
                "to": ret.to,
                "what": ret.what,
                "status": ret.status,
                **_when(ret.due, ctx.as_of),
                "due": ret.due,
            },
            stable=("due",),
            due=ret.due,
            citation=cited(ret.source),
        )


@rule(
    "obligation-missing",
    "obligations",
    **{name: Code(Kind.GAP, basis) for name, basis in BY_BASIS.items()},
)
def obligation_missing(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership records nothing for an output its kind must produce.

    What it checks:
        For each partnership, each entry of data/requirements.yaml that applies
        to its kind (or to ``every``) and names an ``obligation_kind`` must be
        matched by an obligation of that kind (or one whose ``requirement`` is
        the entry). Entries whose due rule is per meeting (declarations, see
        declarations-missing) and law not yet in force
        (``statutory-prospective``) are not looked for. It is a gap in the
        record (the data does not show the output either way), so a note
        whatever the basis (the code); the message gives the basis, the legal
        source and whether the cadence is verified.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Key Roles and
        Responsibilities"): the board ensures the partnerships comply "with
        their relevant statutory duties and responsibilities stated in either UK
        and Welsh Government legislation". An output that is not recorded at
        all cannot be tracked. Basis: as given by each catalogue entry
        (REQUIREMENTS.md).

    Example:
        A community safety partnership with no ``scrutiny`` obligation:
        "Torfaen Community Safety Partnership records no scrutiny obligation for
        'Scrutiny by the council's crime and disorder committee', which a
        community safety partnership must have (at least every 12 months);
        basis: statutory; source: Police and Justice Act 2006 ss.19-20; ...
        (requirement csp-scrutiny)".
    """
    requirements = sorted(ctx.dataset.requirements.values(), key=lambda q: q.id)
    for p in ctx.dataset.partnerships.values():
        for req in requirements:
            if req.applies_to not in (p.kind, "every") or not req.obligation_kind:
                continue
            if req.due_rule.get("type") in INFORMATIONAL or req.basis == "statutory-prospective":
                continue
            if any(
                ob.requirement == req.id or ob.kind == req.obligation_kind for ob in p.obligations
            ):
                continue
            yield r.fact(
                CODE_OF_BASIS[Basis.of(req.basis)],
                Ref("partnership", p.id),
                p.locs.get("obligations", p.loc),
                params={
                    "partnership": p.name,
                    **worded_as("obligation_kind", "obligation-kind", req.obligation_kind),
                    "output": req.output,
                    **_applies_to(ctx.dataset, req.applies_to),
                    "cadence": req.cadence,
                    **basis_params(req.basis, verified=req.verified, computed=True),
                    "source": req.source,
                    "requirement": req.id,
                },
                stable=("requirement",),
                citation=cited(req.source),
            )
