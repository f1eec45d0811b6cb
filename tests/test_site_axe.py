"""Accessibility: every page of the built site passes axe-core (WCAG 2.0, 2.1 and 2.2 A and
AA, and axe's best practices) in a real headless Chromium, with 0 violations.

Chromium is Debian's (``/usr/bin/chromium``; .ci/run installs it), driven by playwright;
no browser is downloaded. axe-core is the copy the ``axe-playwright-python`` package ships.
The pages are opened from disk (file://), as the site is meant to work from any folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from tests.site_helpers import build

CHROMIUM = os.environ.get("GSSCB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    for name, content in build(DATA, "2025-11-30").items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Any]:
    assert Path(CHROMIUM).is_file(), (
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), "
        "as .ci/run does"
    )
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="gsscb-chromium-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
            )
            try:
                yield context.new_page()
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_axe_finds_no_violation_on_any_page(built_site: Path, browser_page: Any) -> None:
    source = axe_source()
    pages = _pages(built_site)
    assert len(pages) == 21  # the front page, 7 pages and 3 meetings in each language
    report = []
    for page in pages:
        browser_page.goto(page.as_uri())
        browser_page.evaluate(source)
        result = browser_page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
        )
        assert result["passes"], f"axe ran no check on {page}"
        for v in result["violations"]:
            targets = [n["target"] for n in v["nodes"]][:3]
            report.append(f"{page.relative_to(built_site)}: {v['id']} ({v['impact']}) {targets}")
    assert report == []


def test_axe_sees_a_planted_violation(browser_page: Any, tmp_path: Path) -> None:
    """The harness can fail: an image without alt text is reported."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head>'
        '<body><main><h1>t</h1><img src="x.svg"></main></body></html>'
    )
    browser_page.goto(page.as_uri())
    browser_page.evaluate(axe_source())
    result = browser_page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    assert "image-alt" in [v["id"] for v in result["violations"]]
