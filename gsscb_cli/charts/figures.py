"""The four charts: attendance, compliance matrix, deadlines timeline, priorities' progress."""

from __future__ import annotations

import datetime as dt
import textwrap

from gsscb_cli.charts import Chart, ChartFn, ChartScope
from gsscb_cli.charts.svg import Svg, text_width
from gsscb_cli.domain import attendance as att
from gsscb_cli.domain import obligations as obl
from gsscb_cli.present import rag as ragmod

SIZE = 12
LINE = 15
PAD = 12
WRAP = 46
INK = "#1a1a1a"
MUTED = "#505050"
RULE = "#767676"

ATTENDANCE_MARK = {att.PRESENT: "✓", att.APOLOGIES: "A", att.ABSENT: "✗", att.NOT_RECORDED: "?"}
ATTENDANCE_FILL = {
    att.PRESENT: ragmod.FILL[ragmod.GREEN],
    att.APOLOGIES: ragmod.FILL[ragmod.AMBER],
    att.ABSENT: ragmod.FILL[ragmod.RED],
    att.NOT_RECORDED: ragmod.FILL[ragmod.GREY],
}
ATTENDANCE_INK = {
    att.PRESENT: ragmod.INK[ragmod.GREEN],
    att.APOLOGIES: ragmod.INK[ragmod.AMBER],
    att.ABSENT: ragmod.INK[ragmod.RED],
    att.NOT_RECORDED: ragmod.INK[ragmod.GREY],
}


def wrap(text: str, width: int = WRAP) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True) or [""]


def labels_width(labels: list[str]) -> float:
    return max((text_width(line, SIZE) for t in labels for line in wrap(t)), default=0) + PAD


def _legend(svg: Svg, x: float, y: float, entries: list[tuple[str, str, str, str]]) -> float:
    """Swatches with their mark and words, left to right; returns the height used."""
    cx = x
    for fill, ink, mark, words in entries:
        width = 18 + 6 + text_width(words, SIZE) + 18
        if cx + width > svg.width - PAD and cx > x:
            cx, y = x, y + 22
        svg.rect(cx, y, 18, 18, fill=fill, stroke=RULE)
        svg.text(cx + 9, y + 13, mark, SIZE, fill=ink, text_anchor="middle", font_weight="bold")
        svg.text(cx + 24, y + 13, words, SIZE, fill=INK)
        cx += width
    return y + 22


def _title(svg: Svg, title: str) -> None:
    svg.text(PAD, 22, title, 15, fill=INK, font_weight="bold")


# --- attendance --------------------------------------------------------------


def attendance_chart(scope: ChartScope) -> Chart:
    grid = att.attendance_grid(scope.dataset, scope.as_of)
    board = scope.dataset.board
    seats = {s.id: s for s in board.seats} if board else {}
    seat_names = [scope.text(seats[r.seat].title) for r in grid.seats]
    dates = [scope.date(m.date) for m in grid.meetings]
    title = scope.t("attendance.title")
    state_words = {s: scope.t(f"attendance.{s}") for s in att.CELL_STATES}
    n, recorded = len(grid.meetings), grid.recorded_meetings
    if n == 0:
        description = scope.t("attendance.none-held", date=scope.date(scope.as_of))
    elif recorded == 0:
        description = scope.t("attendance.none-recorded", n=n, date=scope.date(scope.as_of))
    else:
        low = sum(1 for r in grid.seats if r.share is not None and r.share < 0.5)
        description = scope.t(
            "attendance.summary", n=n, recorded=recorded, seats=len(grid.seats), low=low
        )
    left = labels_width(seat_names)
    col = max([text_width(d, SIZE) + PAD for d in dates] + [70.0])
    share_col = text_width(scope.t("attendance.represented"), SIZE) + 2 * PAD
    width = PAD + left + col * n + share_col + PAD
    heights = [max(1, len(wrap(s))) * LINE + 8 for s in seat_names]
    top = 70
    height = top + sum(heights) + 60
    svg = Svg(max(width, 560), height)
    _title(svg, title)
    for i, d in enumerate(dates):
        svg.text(PAD + left + col * i + col / 2, top - 10, d, SIZE, fill=INK, text_anchor="middle")
    svg.text(
        PAD + left + col * n + share_col / 2,
        top - 10,
        scope.t("attendance.represented"),
        SIZE,
        fill=INK,
        text_anchor="middle",
    )
    y = top
    rows = []
    for row, name, h in zip(grid.seats, seat_names, heights, strict=True):
        for k, line in enumerate(wrap(name)):
            svg.text(PAD, y + 16 + k * LINE, line, SIZE, fill=INK)
        for i, state in enumerate(row.cells):
            x = PAD + left + col * i
            svg.rect(x + 2, y + 2, col - 4, h - 4, fill=ATTENDANCE_FILL[state], stroke="#ffffff")
            svg.text(
                x + col / 2,
                y + h / 2 + 5,
                ATTENDANCE_MARK[state],
                13,
                fill=ATTENDANCE_INK[state],
                text_anchor="middle",
                font_weight="bold",
            )
        shown = (
            scope.t("attendance.share", n=row.represented, of=row.recorded)
            if row.recorded
            else state_words[att.NOT_RECORDED]
        )
        svg.text(
            PAD + left + col * n + share_col / 2,
            y + h / 2 + 5,
            shown,
            SIZE,
            fill=INK,
            text_anchor="middle",
        )
        svg.line(PAD, y + h, PAD + left + col * n + share_col, y + h, stroke="#e0e0e0")
        rows.append((name, *(state_words[c] for c in row.cells), shown))
        y += h
    _legend(
        svg,
        PAD,
        y + 14,
        [
            (ATTENDANCE_FILL[s], ATTENDANCE_INK[s], ATTENDANCE_MARK[s], state_words[s])
            for s in att.CELL_STATES
        ],
    )
    headers = (scope.label("seat"), *dates, scope.t("attendance.represented"))
    return Chart(
        "attendance", title, description, headers, tuple(rows), svg.render(title, description)
    )


# --- compliance matrix ------------------------------------------------------


def compliance_chart(scope: ChartScope) -> Chart:
    from gsscb_cli.deadlines import known_kinds

    matrix = obl.compliance_matrix(scope.dataset, scope.as_of, known_kinds())
    title = scope.t("compliance.title")
    kind_words = [scope.t(f"kind.{k}") for k in matrix.kinds]
    names = [scope.text(p.short_name or p.name) for p, _ in matrix.rows]
    left = labels_width(names)
    col = 30.0
    head = max((text_width(k, SIZE) for k in kind_words), default=0) * 0.72 + 40
    top = 36 + head
    heights = [max(1, len(wrap(n))) * LINE + 8 for n in names]
    width = max(PAD + left + col * len(matrix.kinds) + head * 0.72 + PAD, 600)
    height = top + sum(heights) + 90
    svg = Svg(width, height)
    _title(svg, title)
    for i, words in enumerate(kind_words):
        x = PAD + left + col * i + col / 2 + 4
        svg.text(x, top - 6, words, SIZE, fill=INK, transform=f"rotate(-45 {x:.1f} {top - 6:.1f})")
    counts = dict.fromkeys(ragmod.RAGS, 0)
    rows = []
    y = top
    for (_, cells), name, h in zip(matrix.rows, names, heights, strict=True):
        for k, line in enumerate(wrap(name)):
            svg.text(PAD, y + 16 + k * LINE, line, SIZE, fill=INK)
        shown = []
        for i, cell in enumerate(cells):
            x = PAD + left + col * i
            rag = ragmod.rag_for_obligation(cell)
            if rag is None:
                svg.rect(x + 2, y + 2, col - 4, h - 4, fill="#ffffff", stroke="#e0e0e0")
                shown.append(scope.t(f"state.{cell.state}"))
                continue
            counts[rag] += 1
            svg.rect(x + 2, y + 2, col - 4, h - 4, fill=ragmod.FILL[rag], stroke="#ffffff")
            svg.text(
                x + col / 2,
                y + h / 2 + 5,
                scope.t(f"rag-letter.{rag}"),
                SIZE,
                fill=ragmod.INK[rag],
                text_anchor="middle",
                font_weight="bold",
            )
            shown.append(f"{scope.t(f'rag.{rag}')}: {scope.t(f'state.{cell.state}')}")
        rows.append((name, *shown))
        y += h
    _legend(
        svg,
        PAD,
        y + 14,
        [
            (ragmod.FILL[r], ragmod.INK[r], scope.t(f"rag-letter.{r}"), scope.t(f"rag-legend.{r}"))
            for r in ragmod.RAGS
        ],
    )
    description = scope.t(
        "compliance.summary",
        partnerships=len(matrix.rows),
        kinds=len(matrix.kinds),
        red=counts["red"],
        amber=counts["amber"],
        green=counts["green"],
        grey=counts["grey"],
    )
    headers = (scope.label("partnership"), *kind_words)
    return Chart(
        "compliance", title, description, headers, tuple(rows), svg.render(title, description)
    )


# --- deadlines timeline -----------------------------------------------------

HORIZON_DAYS = 365


def _deadline_rows(scope: ChartScope) -> list[tuple[dt.date, str, str, int]]:
    """(due, owner, title, days left) for what is overdue or due within a year."""
    from gsscb_cli.deadlines import MILESTONE, deadlines

    out = []
    ds = scope.dataset
    for d in deadlines(ds, scope.as_of, within=HORIZON_DAYS):
        if d.kind == MILESTONE:
            pr = ds.priorities.get(d.owner)
            owner = scope.text(pr.title) if pr else d.owner_name
            ms = next((m for m in pr.milestones if m.id == d.item), None) if pr else None
            title = scope.text(ms.title) if ms else d.title
        else:
            p = ds.partnerships.get(d.owner)
            owner = scope.text(p.short_name or p.name) if p else d.owner_name
            ob = next((o for o in p.obligations if o.id == d.item), None) if p else None
            title = scope.text(ob.title) if ob else d.title
        out.append((d.due, owner, title, d.days_left))
    return out


def _months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    day = dt.date(start.year, start.month, 1)
    out = []
    while day <= end:
        out.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def deadlines_chart(scope: ChartScope) -> Chart:
    items = _deadline_rows(scope)
    title = scope.t("deadlines.title")
    board = scope.dataset.board
    soon = board.thresholds.due_soon_days if board else 60
    labels = [f"{owner}: {what}" for _, owner, what, _ in items]
    left = max((text_width(line, 11) for lbl in labels for line in wrap(lbl, 52)), default=0)
    left += 2 * PAD
    plot = 520.0
    start = min([scope.as_of, *(d for d, *_ in items)])
    start = dt.date(start.year, start.month, 1)
    end = scope.as_of + dt.timedelta(days=HORIZON_DAYS)
    span = max((end - start).days, 1)

    def x_of(day: dt.date) -> float:
        return PAD + left + plot * (day - start).days / span

    heights = [len(wrap(lbl, 52)) * LINE + 6 for lbl in labels]
    top = 64
    height = top + sum(heights) + 80
    svg = Svg(PAD + left + plot + PAD + 20, height)
    _title(svg, title)
    bottom = top + sum(heights)
    for month in _months_between(start, end):
        x = x_of(month)
        svg.line(x, top - 8, x, bottom, stroke="#ececec")
        if month.month in (1, 4, 7, 10):
            svg.text(
                x,
                top - 14,
                f"{scope.label(f'month.{month.month}')[:3]} {month.year}",
                10,
                fill=MUTED,
                text_anchor="middle",
            )
    today = x_of(scope.as_of)
    svg.line(today, top - 8, today, bottom, stroke=INK, stroke_width=2, stroke_dasharray="4 3")
    y = top
    rows = []
    overdue = due_soon = 0
    for (due, owner, what, left_days), label, h in zip(items, labels, heights, strict=True):
        for k, line in enumerate(wrap(label, 52)):
            svg.text(PAD, y + 14 + k * LINE, line, 11, fill=INK)
        if left_days < 0:
            rag, overdue = ragmod.RED, overdue + 1
        elif left_days <= soon:
            rag, due_soon = ragmod.AMBER, due_soon + 1
        else:
            rag = ragmod.GREEN
        cy = y + h / 2
        svg.line(PAD + left, cy, PAD + left + plot, cy, stroke="#f0f0f0")
        svg.circle(x_of(due), cy, 6, fill=ragmod.FILL[rag], stroke=INK, stroke_width=1)
        when = (
            scope.t("deadlines.late", n=-left_days)
            if left_days < 0
            else scope.t("deadlines.left", n=left_days)
        )
        rows.append((scope.date(due), owner, what, when))
        y += h
    svg.text(
        today,
        bottom + 16,
        scope.t("deadlines.today", date=scope.date(scope.as_of)),
        11,
        fill=INK,
        text_anchor="middle",
    )
    _legend(
        svg,
        PAD,
        bottom + 30,
        [
            (ragmod.FILL[ragmod.RED], ragmod.INK[ragmod.RED], "", scope.t("deadlines.overdue")),
            (
                ragmod.FILL[ragmod.AMBER],
                ragmod.INK[ragmod.AMBER],
                "",
                scope.t("deadlines.soon", n=soon),
            ),
            (ragmod.FILL[ragmod.GREEN], ragmod.INK[ragmod.GREEN], "", scope.t("deadlines.later")),
        ],
    )
    description = scope.t(
        "deadlines.summary",
        n=len(items),
        overdue=overdue,
        soon=due_soon,
        days=soon,
        date=scope.date(scope.as_of),
    )
    headers = (
        scope.t("deadlines.due"),
        scope.t("deadlines.owner"),
        scope.t("deadlines.item"),
        scope.t("deadlines.when"),
    )
    return Chart(
        "deadlines", title, description, headers, tuple(rows), svg.render(title, description)
    )


# --- priorities' progress ---------------------------------------------------


def priorities_chart(scope: ChartScope) -> Chart:
    priorities = sorted(scope.dataset.priorities.values(), key=lambda p: (p.number, p.id))
    title = scope.t("priorities.title")
    labels = [f"{p.number}. {scope.text(p.title)}" for p in priorities]
    left = labels_width(labels)
    most = max((len(p.milestones) for p in priorities), default=0) or 1
    unit = min(60.0, 360.0 / most)
    top = 50
    heights = [max(len(wrap(lbl)) * LINE + 8, 30) for lbl in labels]
    longest = max(
        (
            text_width(
                scope.t("priorities.share", done=len(p.milestones), total=len(p.milestones))
                + "; "
                + scope.t("priorities.overdue", n=len(p.milestones)),
                11,
            )
            for p in priorities
        ),
        default=0,
    )
    svg = Svg(max(PAD + left + unit * most + 8 + longest + PAD, 560), top + sum(heights) + 60)
    _title(svg, title)
    y = top
    rows = []
    done_all = total_all = overdue_all = 0
    for p, label, h in zip(priorities, labels, heights, strict=True):
        for k, line in enumerate(wrap(label)):
            svg.text(PAD, y + 16 + k * LINE, line, SIZE, fill=INK)
        done = sum(1 for m in p.milestones if m.status == "completed")
        late = sum(
            1
            for m in p.milestones
            if m.status != "completed" and m.due is not None and m.due < scope.as_of
        )
        total = len(p.milestones)
        x = PAD + left
        for i in range(total):
            kind = ragmod.GREEN if i < done else ragmod.RED if i < done + late else None
            fill = ragmod.FILL[kind] if kind else "#ffffff"
            svg.rect(x + i * unit + 1, y + 6, unit - 2, h - 12, fill=fill, stroke=RULE)
        shown = scope.t("priorities.share", done=done, total=total)
        if late:
            shown = f"{shown}; {scope.t('priorities.overdue', n=late)}"
        svg.text(x + unit * max(total, 1) + 8, y + h / 2 + 4, shown, 11, fill=INK)
        latest = p.updates[-1].date if p.updates else None
        rows.append(
            (
                label,
                scope.t(f"priority-status.{p.status}"),
                str(done),
                str(total),
                str(late),
                scope.date(latest),
            )
        )
        done_all, total_all, overdue_all = done_all + done, total_all + total, overdue_all + late
        y += h
    _legend(
        svg,
        PAD,
        y + 14,
        [
            (ragmod.FILL[ragmod.GREEN], ragmod.INK[ragmod.GREEN], "", scope.t("priorities.done")),
            (ragmod.FILL[ragmod.RED], ragmod.INK[ragmod.RED], "", scope.t("priorities.late")),
            ("#ffffff", INK, "", scope.t("priorities.open")),
        ],
    )
    description = scope.t(
        "priorities.summary", n=len(priorities), done=done_all, total=total_all, overdue=overdue_all
    )
    headers = (
        scope.t("priorities.priority"),
        scope.label("status"),
        scope.t("priorities.completed"),
        scope.t("priorities.milestones"),
        scope.t("priorities.overdue-head"),
        scope.t("priorities.latest"),
    )
    return Chart(
        "priorities", title, description, headers, tuple(rows), svg.render(title, description)
    )


CHARTS: dict[str, ChartFn] = {
    "attendance": attendance_chart,
    "compliance": compliance_chart,
    "deadlines": deadlines_chart,
    "priorities": priorities_chart,
}
