"""Helpers for the site tests: building a site once, reading its pages and links."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from gsscb_cli.load import load
from gsscb_cli.rules import run_rules
from gsscb_cli.site import build_site


def build(data: Path, as_of: str) -> dict[str, bytes]:
    day = dt.date.fromisoformat(as_of)
    result = load(data)
    return build_site(result.dataset, day, tuple(run_rules(result.dataset, day)))


class Page(HTMLParser):
    """The links, ids and lang attributes of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.html_lang: str | None = None
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.html_lang = values.get("lang")
        if tag == "script":
            self.scripts += 1
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for key in ("href", "src"):
            if values.get(key):
                self.links.append(str(values[key]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(content: bytes) -> Page:
    page = Page()
    page.feed(content.decode("utf-8"))
    return page
