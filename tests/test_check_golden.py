"""Golden output of ``gsscb check`` on the bundled data, and the issue's acceptance.

Regenerate the golden files (after checking every new finding by hand, and adding a
note for it to tests/golden/check-notes.md) with:

    GSSCB_REGEN=1 pytest tests/test_check_golden.py

The notes file lists every finding of each golden file by rule and subject, with what
it was checked against; a test below fails when a finding has no note.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter

import pytest

from tests.conftest import ROOT, invoke

GOLDEN = ROOT / "tests" / "golden"
NOTES = GOLDEN / "check-notes.md"
DATES = ("2025-11-30", "2026-11-24")


def run_check(as_of: str, *args: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    result = invoke("check", "--as-of", as_of, "--fail-on", "never", *args)
    assert result.exit_code == 0, result
    return result.stdout


@pytest.mark.parametrize("as_of", DATES)
def test_golden(as_of: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = run_check(as_of, "--format", "text", monkeypatch=monkeypatch)
    path = GOLDEN / f"check-{as_of}.txt"
    if os.environ.get("GSSCB_REGEN"):
        path.write_text(out, "utf-8")
    assert out == path.read_text("utf-8"), f"regenerate with GSSCB_REGEN=1 pytest {__file__}"


def noted(as_of: str) -> Counter[tuple[str, str]]:
    """(rule, subject) pairs listed under the date's heading in check-notes.md."""
    text = NOTES.read_text("utf-8")
    section = text.split(f"## As of {as_of}", 1)[1].split("\n## ", 1)[0]
    counts: Counter[tuple[str, str]] = Counter()
    for rule, subject, times in re.findall(r"^- `([a-z-]+)` `([^`]+)`(?: x(\d+))?:", section, re.M):
        counts[(rule, subject)] += int(times or 1)
    return counts


@pytest.mark.parametrize("as_of", DATES)
def test_every_golden_finding_has_a_hand_check_note(
    as_of: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = Counter((f["rule"], f["subject"]) for f in findings(as_of, monkeypatch))
    assert found == noted(as_of)


@pytest.mark.parametrize("as_of", DATES)
def test_golden_holds_every_finding_once(as_of: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The golden text shows each finding's location once (the notes cover the JSON)."""
    text = (GOLDEN / f"check-{as_of}.txt").read_text("utf-8")
    for f in findings(as_of, monkeypatch):
        where = f"{f['file']}:{f['line']}:{f['column']}: " if f["line"] else f"{f['file']}: "
        assert where in text, where


def findings(as_of: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    doc = json.loads(run_check(as_of, "--format", "json", monkeypatch=monkeypatch))
    return list(doc["findings"])


def test_acceptance_2025_11_30(monkeypatch: pytest.MonkeyPatch) -> None:
    got = {(f["rule"], f["subject"], f["message"]) for f in findings("2025-11-30", monkeypatch)}
    # The vacant chairs of Blaenau Gwent and Torfaen CSPs (seed 000, Appendix B).
    assert (
        "chair-vacant",
        "partnership:blaenau-gwent-csp",
        "Blaenau Gwent Community Safety Partnership has no chair",
    ) in got
    assert (
        "chair-vacant",
        "partnership:torfaen-csp",
        "Torfaen Community Safety Partnership has no chair",
    ) in got
    # The Serious Violence Duty Working Group has no seat (Appendix A, Membership).
    assert any(
        r == "partnership-unrepresented" and s == "partnership:gwent-svd-working-group"
        for r, s, _ in got
    )
    # The first two meetings' unrecorded attendance.
    unrecorded = {s for r, s, _ in got if r == "attendance-unrecorded"}
    assert unrecorded == {"meeting:gsscb-2025-07-15", "meeting:gsscb-2025-09-15"}
    # No meeting-cadence breach yet: July-September 2025 had two meetings; October-December
    # has not ended, but its meeting (4 December) was cancelled with nothing in its place,
    # so it is forecast (issue 15).
    cadence = [m for r, _, m in got if r == "meeting-cadence"]
    assert len(cadence) == 1
    assert cadence[0].startswith("October to December 2025 is heading for no held ordinary meeting")
    assert "(cancelled: 4 December 2025)" in cadence[0]


def test_acceptance_2026_01_05(monkeypatch: pytest.MonkeyPatch) -> None:
    cadence = [f for f in findings("2026-01-05", monkeypatch) if f["rule"] == "meeting-cadence"]
    assert [(f["subject"], f["due"]) for f in cadence] == [("board:gsscb", "2025-12-31")]
    assert cadence[0]["message"].startswith("October to December 2025 had no held")
    assert "(cancelled: 4 December 2025)" in cadence[0]["message"]
