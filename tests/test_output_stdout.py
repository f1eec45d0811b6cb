"""Output for the officer (issue 12): `-` as --output means standard output, as Unix
tools read it (the paper, calendar or chart goes to stdout and no file named "-" is
written); gsscb compliance is laid out at the terminal's width like gsscb check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, invoke

DATA = str(ROOT / "data")


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_render_markdown_to_dash_is_standard_output(in_tmp: Path) -> None:
    result = invoke("render", "compliance", "--data", DATA, "--as-of", "2026-12-01", "-o", "-")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("**OFFICIAL**\n\n# Gwent Strategic Safer Communities Board")
    assert "wrote" not in result.stderr
    assert list(in_tmp.iterdir()) == []


def test_calendar_and_chart_to_dash_are_standard_output(in_tmp: Path) -> None:
    cal = invoke("calendar", "--data", DATA, "--as-of", "2026-12-01", "--output", "-")
    assert cal.exit_code == 0, cal
    assert cal.stdout.startswith("BEGIN:VCALENDAR")
    chart = invoke("chart", "compliance", "--data", DATA, "--as-of", "2026-12-01", "--output", "-")
    assert chart.exit_code == 0, chart
    assert "<svg" in chart.stdout
    assert list(in_tmp.iterdir()) == []


def test_word_to_dash_is_the_docx_bytes(in_tmp: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "gsscb_cli", "render", "agenda", "--data", DATA,
         "--as-of", "2026-01-20", "--format", "docx", "--output", "-"],
        capture_output=True, env=env, cwd=in_tmp, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout[:2] == b"PK"  # a zip: the .docx container
    assert list(in_tmp.iterdir()) == []


def test_compliance_fits_80_columns_and_is_not_wrapped_in_a_pipe() -> None:
    """On a terminal of 80 columns every line of gsscb compliance fits, with a hanging
    indent; COLUMNS stands for the terminal here."""
    wide = invoke("compliance", "--data", DATA, "--as-of", "2026-01-20", env={"COLUMNS": "80"})
    lines = wide.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert (
        "  warning chair-vacant: Blaenau Gwent Community Safety Partnership has no chair" in lines
    )
    assert all(line.startswith("      ") for line in lines if line.startswith("      basis"))
    assert any(line.startswith("      ") and "data/partnerships/" in line for line in lines)
