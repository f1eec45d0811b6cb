"""The second example board (examples/safer-vale, from seed 004): it validates, its check
output is the hand-checked golden, and it renders with no Gwent text and no citation of
Gwent's papers.

Regenerate the golden files (after checking every finding by hand against seed 004 and
noting it in tests/golden/safer-vale/check-notes.md) with:

    GSSCB_REGEN=1 pytest tests/test_safer_vale.py
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from gsscb_cli.load import load
from tests.conftest import ROOT, invoke

EXAMPLE = ROOT / "examples" / "safer-vale"
GOLDEN = ROOT / "tests" / "golden" / "safer-vale"
DATES = ("2023-12-14", "2024-12-14")
GWENT = re.compile(r"Gwent|GSSCB|OPCC|Commissioner|[Ss]eed 00[0-3]|00[0-3]_[0-9a-f]{16}")
MEETING_PAPERS = ("agenda", "pack", "minutes")
PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")


@pytest.fixture()
def here(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the example's folder: gsscb finds its data/ there."""
    monkeypatch.chdir(EXAMPLE)
    monkeypatch.delenv("GSSCB_DATA", raising=False)
    return EXAMPLE


def test_it_validates_citing_only_seed_004() -> None:
    result = load(EXAMPLE / "data")
    assert [f.rule for f in result.findings] == ["catalogue-default"]
    assert result.dataset.board is not None and result.dataset.board.meetings_per_year == 3
    for path in (EXAMPLE / "data").rglob("*.yaml"):
        text = path.read_text("utf-8")
        assert not GWENT.search(text), path
        files = set(re.findall(r"file: (\S+)", text))
        assert files <= {"004_8a60fb9c46545da2.txt"}, (path, files)


@pytest.mark.parametrize("as_of", DATES)
def test_golden_check(as_of: str, here: Path) -> None:
    result = invoke("check", "--as-of", as_of, "--fail-on", "never", env={"GSSCB_DATA": ""})
    assert result.exit_code == 0, result
    path = GOLDEN / f"check-{as_of}.txt"
    if os.environ.get("GSSCB_REGEN"):
        path.write_text(result.stdout, "utf-8")
    assert result.stdout == path.read_text("utf-8"), f"regenerate: GSSCB_REGEN=1 pytest {__file__}"
    assert not GWENT.search(result.stdout)


@pytest.mark.parametrize("as_of", DATES)
def test_every_finding_has_a_hand_check_note(as_of: str, here: Path) -> None:
    notes = (GOLDEN / "check-notes.md").read_text("utf-8")
    section = notes.split(f"## As of {as_of}", 1)[1].split("\n## ", 1)[0]
    noted: Counter[tuple[str, str]] = Counter()
    for rule, subject, times in re.findall(r"^- `([a-z-]+)` `([^`]+)`(?: x(\d+))?:", section, re.M):
        noted[(rule, subject)] += int(times or 1)
    result = invoke("check", "--as-of", as_of, "--format", "json", "--fail-on", "never")
    found = Counter((f["rule"], f["subject"]) for f in json.loads(result.stdout)["findings"])
    assert found == noted


def test_sources_cite_the_boards_own_record(here: Path) -> None:
    result = invoke("check", "--as-of", "2024-12-14", "--format", "json", "--fail-on", "never")
    findings = json.loads(result.stdout)["findings"]
    cadence = [f for f in findings if f["rule"] == "meeting-cadence"]
    assert cadence and all("three times a year" in f["message"] for f in cadence)
    for f in findings:
        assert not GWENT.search(json.dumps(f)), f


@pytest.mark.parametrize("paper", PAPERS)
def test_every_paper_renders_without_gwent(paper: str, here: Path) -> None:
    meeting = ["--meeting", "safer-vale-board-2023-09-12"] if paper in MEETING_PAPERS else []
    result = invoke("render", paper, *meeting, "--as-of", "2023-12-14", env={"GSSCB_DATA": ""})
    assert result.exit_code == 0, result
    assert not GWENT.search(result.stdout), paper
    if paper == "psb-update":
        assert "the Vale of Glamorgan" in result.stdout
        assert "‘A more equitable and connected Vale’" in result.stdout
