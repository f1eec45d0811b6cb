"""The board's own cycle: ToR review, Vice Chair rotation, priorities agreed annually."""

from __future__ import annotations

from collections.abc import Iterator

from gsscb_cli.findings import Basis, Finding, Kind, Param, Ref
from gsscb_cli.model.types import add_months
from gsscb_cli.rules import Code, Context, Rule, rule
from gsscb_cli.rules._common import tor

TOR = Basis.TERMS_OF_REFERENCE


@rule("tor-review", "board", overdue=Code(Kind.BREACH, TOR), never_reviewed=Code(Kind.BREACH, TOR))
def tor_review(r: Rule, ctx: Context) -> Iterator[Finding]:
    """The Terms of Reference were reviewed within the review cycle (annually).

    What it checks:
        ``terms_of_reference.last_reviewed`` (or, if never reviewed, the date
        agreed) plus ``review_cycle_months`` (12) must not be before
        ``--as-of``.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Review"): "The Terms of
        Reference will be reviewed on an annual basis." Basis: local (the
        board's own terms of reference). The membership list is itself "subject
        to review" as partnerships change.

    Example:
        ToR agreed and last reviewed 2025-07-15, as of 2026-11-24: "the Terms of
        Reference were last reviewed 2025-07-15; the review every 12 months is
        132 days overdue" (due 2026-07-15).
    """
    board = ctx.dataset.board
    if board is None:
        return
    last = board.tor_last_reviewed or board.tor_agreed
    if last is None or board.tor_review_months is None:
        return  # not recorded: nothing can be said about the review either way
    due = add_months(last, board.tor_review_months)
    if due < ctx.as_of:
        yield r.fact(
            "overdue" if board.tor_last_reviewed else "never-reviewed",
            Ref("board", board.id),
            board.locs.get(
                "tor_last_reviewed" if board.tor_last_reviewed else "terms_of_reference", board.loc
            ),
            params={
                "last": last,
                "months": board.tor_review_months,
                "days_late": (ctx.as_of - due).days,
                "late_key": "days.late",
            },
            stable=("last",),
            due=due,
            citation=tor(ctx, "review"),
        )


@rule(
    "vice-chair-rotation",
    "board",
    vacant=Code(Kind.BREACH, TOR),
    unknown=Code(Kind.GAP, TOR),
    since_unrecorded=Code(Kind.GAP, TOR),
    term_ended=Code(Kind.BREACH, TOR),
)
def vice_chair_rotation(r: Rule, ctx: Context) -> Iterator[Finding]:
    """The board has a Vice Chair, selected within the last term (a year).

    What it checks:
        ``vice_chair.status`` must be ``filled``. A vacant Vice Chair, or one
        the record does not know (``unknown``), is reported. A filled Vice
        Chair whose ``since`` plus ``term_months`` (default 12) is before
        ``--as-of`` is over-running. A filled Vice Chair with no ``since`` is a
        note: the rotation cannot be checked.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Chair"): "The Vice Chair of
        the Board will rotate annually and be selected by majority vote from
        members." Basis: local (the board's own terms of reference). Without a
        Vice Chair, a meeting the Chair cannot attend cannot be quorate
        (Appendix A, "Quorum"); the finding says so only for a board whose
        quorum needs the Chair or the Vice Chair (``quorum.chair_or_vice_chair``).

    Example:
        ``vice_chair: {status: unknown}``: "no Vice Chair is recorded (status
        unknown): the ToR says one is selected annually by majority vote, and
        a meeting without the Chair needs one to be quorate".
    """
    board = ctx.dataset.board
    if board is None:
        return
    post = board.vice_chair
    where = board.locs.get("vice_chair", board.loc)
    subject = Ref("board", board.id)
    source = tor(ctx, "chair")
    # Only what the board's own terms say: a rotation (term_months, and how the holder is
    # selected), and a quorum that needs the Chair or the Vice Chair.
    rotation, quorum = bool(post.term_months), board.quorum_chair_or_vice
    if post.status != "filled" and not (rotation or quorum):
        return  # the board's terms neither rotate a Vice Chair nor need one for quorum
    why: dict[str, Param] = {
        "why_key": "vice-chair.why."
        + ("rotation-quorum" if rotation and quorum else "rotation" if rotation else "quorum"),
        "every_key": "vice-chair.every.annually"
        if post.term_months == 12
        else "vice-chair.every.months",
        "months": post.term_months or 0,
        "how_key": "vice-chair.how" if post.selection else "empty",
        "selection": post.selection or "",
    }
    if post.status != "filled":
        code = "vacant" if post.status == "vacant" else "unknown"
        yield r.fact(code, subject, where, params={"status": post.status, **why}, citation=source)
    elif post.since is None and post.term_months:
        yield r.fact("since-unrecorded", subject, where, citation=source)
    elif post.since is not None and post.term_months:
        term = post.term_months
        due = add_months(post.since, term)
        if due < ctx.as_of:
            yield r.fact(
                "term-ended",
                subject,
                where,
                params={"since": post.since, "months": term},
                stable=("since",),
                due=due,
                citation=source,
            )


@rule(
    "priorities-review",
    "board",
    none_recorded=Code(Kind.BREACH, TOR),
    overdue=Code(Kind.BREACH, TOR),
)
def priorities_review(r: Rule, ctx: Context) -> Iterator[Finding]:
    """The board agreed its strategic priorities within the last year.

    What it checks:
        The latest date on which the board agreed priorities at one of its
        meetings (``agreed`` of priorities with ``agreed_at``; if none has
        ``agreed_at``, the latest ``agreed``), plus ``priorities_review_months``
        (12), must not be before ``--as-of``. A priority added later at
        another body's request does not restart the cycle. A board with no
        priorities recorded a year after its first meeting is reported too.
        The published work plan is not recorded in the data, so it is not
        checked.

    Why it matters:
        Terms of Reference (seed 000, Appendix A, "Strategic Priorities"):
        "The strategic priorities of the Board will be agreed annually, and the
        relevant work plan will be published." Basis: local (the board's own
        terms of reference).

    Example:
        Priorities agreed at the meeting of 2025-09-15, as of 2026-11-24: "the
        board last agreed its priorities on 2025-09-15; agreeing them again is
        70 days overdue" (due 2026-09-15).
    """
    board = ctx.dataset.board
    if board is None:
        return
    months = board.priorities_review_months
    if months is None:
        return  # the board's terms do not say how often it agrees priorities
    priorities = list(ctx.dataset.priorities.values())
    subject = Ref("board", board.id)
    source = tor(ctx, "priorities")
    if not priorities:
        from gsscb_cli.rules.cadence import first_meeting_date

        first = first_meeting_date(ctx.dataset)
        if first is not None and add_months(first, months) < ctx.as_of:
            yield r.fact(
                "none-recorded",
                subject,
                board.loc,
                params={"months": months, "first": first},
                due=add_months(first, months),
                citation=source,
            )
        return
    at_meetings = [p for p in priorities if p.agreed_at] or priorities
    latest = max(at_meetings, key=lambda p: (p.agreed, p.id))
    due = add_months(latest.agreed, months)
    if due < ctx.as_of:
        yield r.fact(
            "overdue",
            subject,
            latest.locs.get("agreed", latest.loc),
            params={
                "agreed": latest.agreed,
                "days_late": (ctx.as_of - due).days,
                "late_key": "days.late",
            },
            stable=("agreed",),
            due=due,
            citation=source,
        )
