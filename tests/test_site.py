"""gsscb site: pages, languages, links, determinism, escaping, the public filter (canary),
and where and how the site is written."""

from __future__ import annotations

import posixpath
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, invoke
from tests.site_helpers import build, parse

AS_OF = "2025-11-30"
PAGES = ("index", "members", "meetings", "partnerships", "priorities", "deadlines", "map")


@pytest.fixture(scope="module")
def site() -> dict[str, bytes]:
    return build(DATA, AS_OF)


def test_every_page_in_both_languages_with_its_lang(site: dict[str, bytes]) -> None:
    for lang in ("cy", "en"):
        for page in PAGES:
            parsed = parse(site[f"{lang}/{page}.html"])
            assert parsed.html_lang == lang, page
    # the bundled record: July and September 2025 held, December cancelled, February 2026
    # scheduled; the cancelled meeting has no page of its own
    meetings = sorted(n for n in site if n.startswith("en/meetings/"))
    assert meetings == [
        "en/meetings/gsscb-2025-07-15.html",
        "en/meetings/gsscb-2025-09-15.html",
        "en/meetings/gsscb-2026-02-05.html",
    ]
    front = parse(site["index.html"])
    assert front.html_lang == "cy"  # Welsh first
    assert front.links.index("cy/index.html") < front.links.index("en/index.html")


def test_no_javascript_and_a_language_switch_on_every_page(site: dict[str, bytes]) -> None:
    for name, content in site.items():
        if not name.endswith(".html"):
            continue
        parsed = parse(content)
        assert parsed.scripts == 0, name
        if name == "index.html":
            continue
        lang, rest = name.split("/", 1)
        other = "en" if lang == "cy" else "cy"
        depth = rest.count("/") + 1
        assert "../" * depth + f"{other}/{rest}" in parsed.links, name


def test_internal_links_all_resolve(site: dict[str, bytes]) -> None:
    ids = {name: parse(c).ids for name, c in site.items() if name.endswith(".html")}
    checked = 0
    for name, content in site.items():
        if not name.endswith(".html"):
            continue
        for link in parse(content).links:
            if link.startswith(("http://", "https://", "mailto:")):
                continue
            assert not link.startswith("/"), f"{name}: absolute link {link}"
            path, _, fragment = link.partition("#")
            target = (
                posixpath.normpath(posixpath.join(posixpath.dirname(name), path)) if path else name
            )
            assert target in site, f"{name}: broken link {link}"
            if fragment:
                assert fragment in ids[target], f"{name}: no #{fragment} in {target}"
            checked += 1
    assert checked > 200  # 21 pages, each with navigation, switch, stylesheet, calendar


def test_same_data_same_bytes(site: dict[str, bytes]) -> None:
    assert build(DATA, AS_OF) == site


def test_the_pages_say_what_the_record_says(site: dict[str, bytes]) -> None:
    home = site["en/index.html"].decode()
    # the next meeting after 30 November 2025 is the scheduled 5 February 2026 one
    assert "Thursday 5 February 2026" in home
    assert 'href="../calendar.ics"' in home
    assert site["calendar.ics"].startswith(b"BEGIN:VCALENDAR")
    members = site["en/members.html"].decode()
    assert members.count('<th scope="row">') >= 23  # the ToR's 23 seats
    partnerships = site["en/partnerships.html"].decode()
    # Safer Newport's needs assessment is the one overdue statutory output (red)
    assert 'rag-red">Red</span> overdue' in partnerships
    welsh = site["cy/index.html"].decode()
    assert "Y cyfarfod nesaf" in welsh and "Iau 5 Chwefror 2026" in welsh


def test_charts_are_images_with_text_alternatives_and_tables(site: dict[str, bytes]) -> None:
    for lang in ("cy", "en"):
        for page, chart in (
            ("members", "attendance"),
            ("partnerships", "compliance"),
            ("deadlines", "deadlines"),
            ("priorities", "priorities"),
        ):
            html = site[f"{lang}/{page}.html"].decode()
            assert f'<img src="charts/{chart}.svg" alt="' in html
            assert "<caption>" in html
            svg = site[f"{lang}/charts/{chart}.svg"].decode()
            assert '<title id="chart-title">' in svg and '<desc id="chart-desc">' in svg


HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data


def test_every_data_value_is_html_escaped(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "partnerships" / "torfaen-csp.yaml"
    text = path.read_text()
    path.write_text(text.replace("short_name: Torfaen CSP", f"short_name: '{HOSTILE}'", 1))
    assert HOSTILE in path.read_text()
    site = build(data, AS_OF)
    pages = b"".join(c for n, c in site.items() if n.endswith((".html", ".svg")))
    assert b"<script" not in pages and b"<img src=x" not in pages
    assert b"&lt;script&gt;" in pages


CANARY = "CANARY-7f3a"

SENSITIVE_ITEM = f"""
  - id: canary-item
    title: {{en: "{CANARY} title", cy: "{CANARY} teitl"}}
    lead: {CANARY}-lead
    paper: {CANARY}-paper
    marking: OFFICIAL-SENSITIVE
    decision_sought: true
    impacted_partnerships: [newport-csp]
    summary: {{en: "{CANARY} summary", cy: "{CANARY} crynodeb"}}
    outcome: {{en: "{CANARY} outcome", cy: "{CANARY} canlyniad"}}
"""


def test_canary_nothing_above_official_reaches_the_site(tmp_path: Path) -> None:
    """A sensitive item with the canary in every field that can reach a page (title, lead,
    paper, summary, outcome, in both languages), a decision and a declaration about it:
    none of it appears in any file of the site, in either language."""
    data = _copy(tmp_path)
    path = data / "meetings" / "gsscb-2026-02-05.yaml"
    text = path.read_text()
    assert "\nagenda:\n" in text
    text = text.replace("\nagenda:\n", "\nagenda:" + SENSITIVE_ITEM, 1)
    text += (
        f"decisions:\n  - {{id: canary-decision, item: canary-item, text: '{CANARY} decision'}}\n"
        f"declarations:\n  - {{seat: pcc, interest: '{CANARY} interest', item: canary-item}}\n"
    )
    path.write_text(text)
    check = invoke("validate", "--data", str(data))
    assert check.exit_code == 0, check.output
    board_pack = invoke("render", "agenda", "--data", str(data), "--as-of", AS_OF)
    assert CANARY in board_pack.stdout  # the board's own paper shows it: the canary is live
    site = build(data, AS_OF)
    leaks = [name for name, content in site.items() if CANARY.encode() in content]
    assert leaks == []
    agenda = site["en/meetings/gsscb-2026-02-05.html"].decode()
    assert "1 item marked above OFFICIAL has been withheld" in agenda


def test_cli_builds_and_replaces_only_its_own_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = invoke("site", "--output", str(out), "--data", str(DATA), "--as-of", AS_OF)
    assert first.exit_code == 0, first.output
    assert (out / "en" / "index.html").is_file() and (out / ".gsscb-site").is_file()
    (out / "stale.html").write_text("old")
    again = invoke("site", "--output", str(out), "--data", str(DATA), "--as-of", AS_OF)
    assert again.exit_code == 0, again.output
    assert not (out / "stale.html").exists()  # replaced whole, not merged
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    refused = invoke("site", "--output", str(foreign), "--data", str(DATA), "--as-of", AS_OF)
    assert refused.exit_code == 2 and "did not build" in refused.stderr
    assert (foreign / "notes.txt").read_text() == "keep me"


def test_cli_refuses_the_data_folder_and_a_missing_output(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    inside = invoke("site", "--output", str(data / "site"), "--data", str(data), "--as-of", AS_OF)
    assert inside.exit_code == 2 and "data folder" in inside.stderr
    assert not (data / "site").exists()
    missing = invoke("site", "--data", str(data), "--as-of", AS_OF)
    assert missing.exit_code == 2 and "--output" in missing.stderr


def test_a_failed_build_leaves_the_previous_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gsscb_cli import site as site_mod

    out = tmp_path / "site"
    assert invoke("site", "-o", str(out), "--data", str(DATA), "--as-of", AS_OF).exit_code == 0
    before = (out / "en" / "index.html").read_bytes()

    def broken(files: dict[str, bytes]) -> dict[str, bytes]:
        raise OSError(28, "No space left on device")

    files = build(DATA, "2026-01-10")
    monkeypatch.setattr(Path, "write_bytes", lambda self, data: broken({}))
    with pytest.raises(OSError):
        site_mod.write_site(files, out)
    monkeypatch.undo()
    assert (out / "en" / "index.html").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
