"""Golden Markdown for every paper, on the bundled data and on the render fixture.

The golden files in tests/golden/papers/ are reviewed by eye: when a template, the data
or a rule changes on purpose, regenerate them with

    GSSCB_REGEN=1 /work/venv/bin/pytest tests/test_render_golden.py

and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, invoke

GOLDEN = ROOT / "tests" / "golden" / "papers"
FIXTURE = ROOT / "tests" / "fixtures" / "render" / "data"
PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")

# (golden folder, data folder, --as-of, audience)
SETS = {
    # before the early-2026 meeting: the December 2025 meeting was cancelled
    "gsscb": (DATA, "2026-01-20", "board"),
    # a week after the scheduled meeting's papers went out; one item is OFFICIAL-SENSITIVE
    "fixture": (FIXTURE, "2026-01-12", "board"),
    "fixture-public": (FIXTURE, "2026-01-12", "public"),
}
CASES = [(name, paper) for name in SETS for paper in PAPERS]


def render_md(data: Path, as_of: str, audience: str, paper: str) -> str:
    result = invoke("render", paper, "--data", str(data), "--as-of", as_of, "--audience", audience)
    assert result.exit_code == 0, result
    return result.stdout


@pytest.mark.parametrize(("name", "paper"), CASES, ids=[f"{n}-{p}" for n, p in CASES])
def test_golden_markdown(name: str, paper: str) -> None:
    data, as_of, audience = SETS[name]
    text = render_md(data, as_of, audience, paper)
    golden = GOLDEN / name / f"{paper}.md"
    if os.environ.get("GSSCB_REGEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run GSSCB_REGEN=1 pytest {__file__}"
    assert text == golden.read_text(encoding="utf-8")
