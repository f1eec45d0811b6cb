"""The partnerships' statutory and agreed outputs: overdue, due soon, or not recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gsscb_cli.findings import Finding, Ref, Severity
from gsscb_cli.model.types import Dataset, Obligation, Requirement
from gsscb_cli.rules import Context, Rule, rule
from gsscb_cli.rules._common import at_meeting_words, basis_phrase, days

OPEN = {"not-started", "in-progress", "unknown"}
"""Statuses of an obligation not yet met (completed and standing ones are met)."""

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


def legal_source(ob: Obligation, dataset: Dataset) -> str | None:
    """The law or guidance behind an obligation where it is linked to the catalogue, else
    the document the obligation was read from."""
    req = requirement_of(ob, dataset)
    return req.source if req is not None else ob.source


def describe(ob: Obligation, dataset: Dataset) -> str:
    """An obligation's basis in words, e.g. "basis: guidance, not a statutory deadline"."""
    return basis_phrase(
        ob.basis, verified=date_verified(ob, dataset), computed=date_is_computed(ob)
    )


def overdue_severity(ob: Obligation) -> Severity:
    """An error whatever the basis (a date has passed: someone must act), except law not
    yet in force; the message, not the severity, says what the date rests on."""
    return Severity.INFO if ob.basis == "statutory-prospective" else Severity.ERROR


def _open_with_due(dataset: Dataset) -> Iterator[tuple[Obligation, dt.date]]:
    for p in dataset.partnerships.values():
        for ob in p.obligations:
            due = ob.due_date
            if (ob.status in OPEN or ob.rolls_forward) and due is not None:
                yield ob, due


@rule("obligation-overdue", Severity.ERROR, "obligations")
def obligation_overdue(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership's output is past its due date and not recorded as completed.

    What it checks:
        Every obligation with status not-started, in-progress or unknown whose
        due date (``due``, or ``last_completed`` plus ``every_months``) is
        before ``--as-of``. It is an error whatever the basis, because a date
        has passed and someone must act (the weekly needs-assessment job fails
        on it); only law not yet in force (``statutory-prospective``) is a
        note. The severity is about urgency, not legal force: the message and
        the finding's ``basis`` always say what the date rests on (statutory;
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
        not-started, as of 2026-11-24: "needs-assessment 'New CSP Strategic
        Needs Assessment by April 2026' is 208 days overdue and not recorded as
        completed (status not-started); basis: local commitment, not a
        statutory deadline" (due 2026-04-30).
    """
    for ob, due in _open_with_due(ctx.dataset):
        if due >= ctx.as_of:
            continue
        state = (
            f"last completed {ob.latest_completion.isoformat()}, and the next cycle is not "
            "recorded as completed"
            if ob.rolls_forward and ob.latest_completion is not None
            else f"not recorded as completed (status {ob.status})"
        )
        yield r.finding(
            f"{ob.kind} '{ob.title}' is {days((ctx.as_of - due).days)} overdue and {state}; "
            f"{describe(ob, ctx.dataset)}",
            ob.loc,
            Ref.obligation(ob.partnership, ob.id),
            severity=overdue_severity(ob),
            due=due,
            basis=ob.basis,
            source=legal_source(ob, ctx.dataset),
        )


@rule("obligation-due-soon", Severity.INFO, "obligations")
def obligation_due_soon(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership's output, a milestone of the board's priorities, or a return falls due soon.

    What it checks:
        Every obligation not yet met (not-started, in-progress, unknown),
        every milestone not completed of a priority not completed, and every
        return owed to another body not yet sent (data/returns.yaml), whose
        due date is between ``--as-of`` and ``--as-of`` plus
        ``thresholds.due_soon_days`` (default 60), inclusive. A milestone due
        at a board meeting that has been cancelled says so.

    Why it matters:
        The board's role is to help the partnerships meet their duties before
        they are missed (seed 000, Appendix A, "Key Roles and
        Responsibilities"), and to deliver its own priorities ("Strategic
        Priorities"). Basis: as recorded on each obligation (local for the
        board's milestones); the message says which. The window is the tool's
        setting (``board.yaml`` ``thresholds.due_soon_days``).

    Example:
        monmouthshire-csp, a needs assessment due 2025-11-30, as of 2025-11-01:
        "needs-assessment 'Complete the Strategic Needs Assessment by November
        2025' is due in 29 days (status unknown); basis: local commitment, not
        a statutory deadline" (due 2025-11-30).
    """
    horizon = ctx.as_of + dt.timedelta(days=ctx.thresholds.due_soon_days)
    for ob, due in _open_with_due(ctx.dataset):
        if not ctx.as_of <= due <= horizon:
            continue
        left = (due - ctx.as_of).days
        when = "today" if left == 0 else f"in {days(left)}"
        yield r.finding(
            f"{ob.kind} '{ob.title}' is due {when} (status {ob.status}); "
            f"{describe(ob, ctx.dataset)}",
            ob.loc,
            Ref.obligation(ob.partnership, ob.id),
            due=due,
            basis=ob.basis,
            source=legal_source(ob, ctx.dataset),
        )
    for p in ctx.dataset.priorities.values():
        if p.status == "completed":
            continue
        for m in p.milestones:
            if m.status == "completed" or m.due is None or not ctx.as_of <= m.due <= horizon:
                continue
            left = (m.due - ctx.as_of).days
            when = "today" if left == 0 else f"in {days(left)}"
            cancelled = at_meeting_words(ctx.dataset, m.at_meeting)
            yield r.finding(
                f"milestone '{m.title}' of priority {p.number} ({p.title}) is due {when} "
                f"(status {m.status}){cancelled}; basis: local, the board's own work plan",
                m.loc,
                Ref.milestone(p.id, m.id),
                due=m.due,
                basis="local",
                source=ctx.dataset.board.cite("priorities") if ctx.dataset.board else None,
                code="meeting-cancelled" if cancelled else "",
            )
    for ret in ctx.dataset.work.returns.values():
        if ret.done or ret.milestone or ret.due is None or not ctx.as_of <= ret.due <= horizon:
            continue
        left = (ret.due - ctx.as_of).days
        when = "today" if left == 0 else f"in {days(left)}"
        yield r.finding(
            f"the return to {ret.to} '{ret.what}' is due {when} (status {ret.status}); "
            "basis: local, the receiving body's request",
            ret.loc,
            Ref("return", ret.id),
            due=ret.due,
            basis="local",
            source=ret.source,
            code="return",
        )


@rule("obligation-missing", Severity.WARNING, "obligations")
def obligation_missing(r: Rule, ctx: Context) -> Iterator[Finding]:
    """A partnership records nothing for an output its kind must produce.

    What it checks:
        For each partnership, each entry of data/requirements.yaml that applies
        to its kind (or to ``every``) and names an ``obligation_kind`` must be
        matched by an obligation of that kind (or one whose ``requirement`` is
        the entry). Entries whose due rule is per meeting (declarations, see
        declarations-missing) and law not yet in force
        (``statutory-prospective``) are not looked for. A missing statutory
        output is a warning; a missing guidance or local one is a note. The
        message gives the basis, the legal source and whether the cadence is
        verified.

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
            kind = ctx.dataset.kinds.get(req.applies_to)
            kind_words = (
                "every board"
                if req.applies_to == "every"
                else kind.words
                if kind
                else req.applies_to.replace("-", " ")
            )
            basis = basis_phrase(req.basis, verified=req.verified, computed=True)
            statutory = req.basis in ("statutory", "statutory+guidance")
            yield r.finding(
                f"{p.name} records no {req.obligation_kind} obligation for '{req.output}', which "
                f"{kind_words} must have ({req.cadence}); {basis}; source: {req.source} "
                f"(requirement {req.id})",
                p.locs.get("obligations", p.loc),
                Ref("partnership", p.id),
                severity=Severity.WARNING if statutory else Severity.INFO,
                basis=req.basis,
                source=req.source,
            )
