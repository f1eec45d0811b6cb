"""A small, deterministic SVG writer: elements in the order drawn, numbers rounded the same
way every time, every text value XML-escaped here (the SVG sink's one escaper)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
CHAR_WIDTH = 0.62
"""Width of an average character, in ems, for laying out labels without font metrics
(DejaVu Sans, the font CI renders PNGs with, is among the widest common sans faces)."""


def num(value: float) -> str:
    """1 decimal place at most, no trailing zeros: the same bytes for the same layout."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


class Svg:
    """Collects elements; ``render`` gives the document with a title and description."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.parts: list[str] = []

    def _attrs(self, attrs: dict[str, object]) -> str:
        out = []
        for key, value in attrs.items():
            if value is None:
                continue
            shown = (
                num(value)
                if isinstance(value, float | int) and not isinstance(value, bool)
                else str(value)
            )
            out.append(f" {key.rstrip('_').replace('_', '-')}={quoteattr(shown)}")
        return "".join(out)

    def rect(self, x: float, y: float, w: float, h: float, **attrs: object) -> None:
        self.parts.append(
            f"<rect{self._attrs({'x': x, 'y': y, 'width': w, 'height': h, **attrs})}/>"
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, **attrs: object) -> None:
        self.parts.append(
            f"<line{self._attrs({'x1': x1, 'y1': y1, 'x2': x2, 'y2': y2, **attrs})}/>"
        )

    def circle(self, cx: float, cy: float, r: float, **attrs: object) -> None:
        self.parts.append(f"<circle{self._attrs({'cx': cx, 'cy': cy, 'r': r, **attrs})}/>")

    def path(self, d: str, **attrs: object) -> None:
        self.parts.append(f"<path{self._attrs({'d': d, **attrs})}/>")

    def text(self, x: float, y: float, value: str, size: float = 12, **attrs: object) -> None:
        self.parts.append(
            f"<text{self._attrs({'x': x, 'y': y, 'font_size': size, **attrs})}>"
            f"{escape(value)}</text>"
        )

    def render(self, title: str, description: str) -> str:
        w, h = num(self.width), num(self.height)
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
            f'viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-title chart-desc" '
            f"font-family={quoteattr(FONT)}>\n"
            f'<title id="chart-title">{escape(title)}</title>\n'
            f'<desc id="chart-desc">{escape(description)}</desc>\n'
            f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>\n'
        )
        return head + "\n".join(self.parts) + "\n</svg>\n"
