"""The partnership map: the board, its partnerships, the bodies above them, who chairs what,
and the people who sit on several of these boards.

The facts come from the data alone: the board reports to the body in ``board.yaml``
(``reports_to``); it oversees the partnerships it lists; a partnership answers to the
Welsh Government where its legal basis is Welsh legislation or Welsh Government policy,
and to the Home Office where it is UK legislation or Home Office guidance (the grouping of
seed 001, Annex A). A person "sits on several boards" when the record puts them on more
than one of these bodies: a seat on the board, or the chair or vice chair of a partnership
(seed 003: "the same people representing their organisations at multiple meetings on
similar or related themes").
"""

from __future__ import annotations

from dataclasses import dataclass

from gsscb_cli.charts import ChartScope
from gsscb_cli.charts.svg import Svg, text_width
from gsscb_cli.model.types import Partnership, Post

WELSH_GOVERNMENT = "welsh-government"
HOME_OFFICE = "home-office"
GOVERNMENTS = (HOME_OFFICE, WELSH_GOVERNMENT)


def governments_of(partnership: Partnership) -> tuple[str, ...]:
    """Which government's legislation or policy the partnership's legal basis rests on."""
    found: set[str] = set()
    for basis in partnership.legal_basis:
        instrument = str(basis.get("instrument", ""))
        if "(Wales)" in instrument or "Welsh Government" in instrument:
            found.add(WELSH_GOVERNMENT)
        elif instrument:
            found.add(HOME_OFFICE)
    return tuple(g for g in GOVERNMENTS if g in found)


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    chair: str  # who chairs it, in words ("" for a government)
    governments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Overlap:
    person: str
    bodies: tuple[str, ...]  # names of the bodies the person sits on, board first


@dataclass(frozen=True)
class PartnershipMap:
    board: Body
    reports_to: str
    partnerships: tuple[Body, ...]
    overlaps: tuple[Overlap, ...]
    title: str
    description: str


def _chair_words(scope: ChartScope, post: Post | None) -> str:
    if post is None or post.status == "unknown":
        return scope.t("map.chair-unknown")
    if post.status == "vacant":
        return scope.t("map.chair-vacant")
    return _person(scope, post.person)


def _person(scope: ChartScope, person_id: str | None) -> str:
    if person_id is None:
        return scope.t("map.chair-unnamed")
    person = scope.dataset.people.get(person_id)
    if person is None:
        return person_id
    role = scope.text(person.role)
    return f"{person.name} ({role})" if person.name else role


def build_map(scope: ChartScope) -> PartnershipMap:
    ds = scope.dataset
    board = ds.board
    if board is None:
        from gsscb_cli.errors import UsageError

        raise UsageError(
            "the board's record (board.yaml) is missing or invalid; run gsscb validate"
        )
    chair_seat = board.seat(board.chair.seat) if board.chair.seat else None
    board_name = scope.text(board.short_name or board.name)
    board_body = Body(
        board.id,
        board_name,
        _chair_words(scope, ds.seat_holder(chair_seat))
        if chair_seat
        else scope.t("map.chair-unknown"),
    )
    parts = []
    sits: dict[str, list[str]] = {}
    for seat in board.seats:
        holder = ds.seat_holder(seat)
        if holder.status == "filled" and holder.person:
            sits.setdefault(holder.person, [])
            if board_name not in sits[holder.person]:
                sits[holder.person].append(board_name)
    for pid in board.partnership_ids:
        p = ds.partnerships.get(pid)
        if p is None:
            continue
        name = scope.text(p.short_name or p.name)
        parts.append(Body(p.id, name, _chair_words(scope, p.chair), governments_of(p)))
        for post in (p.chair, p.vice_chair):
            if post is not None and post.status == "filled" and post.person:
                bodies = sits.setdefault(post.person, [])
                if name not in bodies:
                    bodies.append(name)
    overlaps = tuple(
        Overlap(_person(scope, person), tuple(bodies))
        for person, bodies in sorted(sits.items())
        if len(bodies) > 1
    )
    title = scope.t("map.title", board=board_name)
    description = scope.t(
        "map.summary",
        board=board_name,
        body=scope.text(board.reports_to),
        n=len(parts),
        wg=sum(1 for b in parts if WELSH_GOVERNMENT in b.governments),
        ho=sum(1 for b in parts if HOME_OFFICE in b.governments),
        people=len(overlaps),
    )
    return PartnershipMap(
        board_body, scope.text(board.reports_to), tuple(parts), overlaps, title, description
    )


GOV_COLOUR = {HOME_OFFICE: "#1d4f91", WELSH_GOVERNMENT: "#a0182e"}
SIZE = 12


def map_svg(scope: ChartScope, pmap: PartnershipMap) -> str:
    """Left: the two governments; centre: the partnerships; right: the board, then the PSB."""
    gov_w = max(text_width(scope.t(f"map.{g}"), 13) for g in GOVERNMENTS) + 30
    part_w = (
        max(
            [text_width(b.name, 13) for b in pmap.partnerships]
            + [text_width(scope.t("map.chair", who=b.chair), 11) for b in pmap.partnerships],
            default=0.0,  # a board whose partnerships are all missing from the data
        )
        + 24
    )
    board_w = (
        max(
            text_width(pmap.board.name, 14),
            text_width(scope.t("map.chair", who=pmap.board.chair), 11),
            text_width(pmap.reports_to, 13),
        )
        + 24
    )
    x_gov, x_part = 12.0, 12 + gov_w + 110
    x_board = x_part + part_w + 110
    box_h, gap, top = 40.0, 10.0, 60.0
    n = len(pmap.partnerships)
    mid = top + (n * (box_h + gap)) / 2
    overlap_lines = sum(1 for _ in pmap.overlaps) + 1
    height = top + n * (box_h + gap) + 40 + overlap_lines * 16 + 40
    svg = Svg(x_board + board_w + 12, height)
    svg.text(12, 24, pmap.title, 15, fill="#1a1a1a", font_weight="bold")
    svg.text(12, 44, scope.t("map.key"), 11, fill="#505050")
    gov_y = {HOME_OFFICE: mid - 80, WELSH_GOVERNMENT: mid + 40}
    for g in GOVERNMENTS:
        svg.rect(
            x_gov,
            gov_y[g],
            gov_w,
            box_h,
            fill="#ffffff",
            stroke=GOV_COLOUR[g],
            stroke_width=2,
            rx=4,
        )
        svg.text(
            x_gov + 12,
            gov_y[g] + 25,
            scope.t(f"map.{g}"),
            13,
            fill=GOV_COLOUR[g],
            font_weight="bold",
        )
    board_y = mid - box_h - 20
    psb_y = mid + 40
    for i, body in enumerate(pmap.partnerships):
        y = top + i * (box_h + gap)
        for g in body.governments:
            svg.line(
                x_gov + gov_w,
                gov_y[g] + box_h / 2,
                x_part,
                y + box_h / 2,
                stroke=GOV_COLOUR[g],
                stroke_width=1.2,
                stroke_dasharray="5 3",
            )
        svg.line(
            x_part + part_w,
            y + box_h / 2,
            x_board,
            board_y + box_h / 2 + 8,
            stroke="#505050",
            stroke_width=1.2,
        )
        svg.rect(x_part, y, part_w, box_h, fill="#f4f7fb", stroke="#505050", rx=4)
        svg.text(x_part + 10, y + 17, body.name, 13, fill="#1a1a1a", font_weight="bold")
        svg.text(x_part + 10, y + 33, scope.t("map.chair", who=body.chair), 11, fill="#333333")
    svg.rect(
        x_board,
        board_y,
        board_w,
        box_h + 16,
        fill="#fff8e1",
        stroke="#1a1a1a",
        stroke_width=2,
        rx=4,
    )
    svg.text(x_board + 12, board_y + 22, pmap.board.name, 14, fill="#1a1a1a", font_weight="bold")
    svg.text(
        x_board + 12, board_y + 42, scope.t("map.chair", who=pmap.board.chair), 11, fill="#333333"
    )
    svg.line(
        x_board + board_w / 2,
        board_y + box_h + 16,
        x_board + board_w / 2,
        psb_y,
        stroke="#1a1a1a",
        stroke_width=2,
    )
    svg.text(
        x_board + board_w / 2 + 6,
        (board_y + box_h + 16 + psb_y) / 2 + 4,
        scope.t("map.reports-to"),
        11,
        fill="#333333",
    )
    svg.rect(x_board, psb_y, board_w, box_h, fill="#ffffff", stroke="#1a1a1a", stroke_width=2, rx=4)
    svg.text(x_board + 12, psb_y + 25, pmap.reports_to, 13, fill="#1a1a1a", font_weight="bold")
    y = top + n * (box_h + gap) + 30
    svg.text(12, y, scope.t("map.overlaps-title"), 13, fill="#1a1a1a", font_weight="bold")
    for overlap in pmap.overlaps:
        y += 16
        svg.text(12, y, f"{overlap.person}: {', '.join(overlap.bodies)}", 11, fill="#1a1a1a")
    if not pmap.overlaps:
        svg.text(12, y + 16, scope.t("map.overlaps-none"), 11, fill="#1a1a1a")
    return svg.render(pmap.title, pmap.description)


def _mermaid_label(text: str) -> str:
    return (
        text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
    )


def map_mermaid(scope: ChartScope, pmap: PartnershipMap) -> str:
    """The same map as a Mermaid flowchart, for Markdown (GitHub renders it)."""

    def node(node_id: str, *lines: str) -> str:
        return f'  {node_id}["{"<br/>".join(_mermaid_label(line) for line in lines if line)}"]'

    out = ["flowchart LR", f"  %% {_mermaid_label(pmap.title)}"]
    out.append(node("board", pmap.board.name, scope.t("map.chair", who=pmap.board.chair)))
    out.append(node("psb", pmap.reports_to))
    for g in GOVERNMENTS:
        out.append(node(g.replace("-", "_"), scope.t(f"map.{g}")))
    for i, body in enumerate(pmap.partnerships, start=1):
        out.append(node(f"p{i}", body.name, scope.t("map.chair", who=body.chair)))
    out.append(f"  board -->|{_mermaid_label(scope.t('map.reports-to'))}| psb")
    for i, body in enumerate(pmap.partnerships, start=1):
        out.append(f"  p{i} --> board")
        for g in body.governments:
            out.append(f"  p{i} -.-> {g.replace('-', '_')}")
    return "\n".join(out) + "\n"
