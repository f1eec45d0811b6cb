"""Board papers speak a board paper's language: no rule ids, file paths or tool hints,
a RAG status for each finding, and counts that agree in number; the PSB update keeps
breaches apart from gaps in the record; sources named as a reader knows them (the
board's `documents`), never as seed files; and, in Welsh, findings in Welsh."""

from __future__ import annotations

import json
import re

import pytest

from gsscb_cli.rules._docs import catalogue
from tests.conftest import ROOT, invoke

PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")
DATES = ("2026-01-20", "2026-12-01")
RULE_IDS = sorted((r for r in catalogue() if "-" in r), key=len, reverse=True)
PATH = re.compile(r"\b[\w./-]+\.(?:ya?ml|json|txt)\b")
SEED = re.compile(r"\bseed 0\d\d\b|\b0\d\d\\?_[0-9a-f]{16}")
HINTS = ("gsscb ", "`gsscb", "explain RULE")
_DEFS = json.loads((ROOT / "schemas" / "defs.schema.json").read_text(encoding="utf-8"))
CODES = sorted(
    {k for k in _DEFS["definitions"]["obligation_kind"]["enum"] if "-" in k}
    | {"not-started", "in-progress", "on-hold"}
)
ONE_MANY = re.compile(
    r"(?<![\d.,])1 (gaps|findings|errors|warnings|notes|items|meetings|matters|days|"
    r"partnerships|priorities|actions|members|seats)\b"
)


def render(paper: str, lang: str, as_of: str) -> str:
    args = ["render", paper, "--data", str(ROOT / "data"), "--as-of", as_of, "--lang", lang]
    if paper == "minutes":
        args += ["--meeting", "gsscb-2025-09-15"]
    elif paper in ("agenda", "pack"):
        args += ["--meeting", "gsscb-2026-02-05"]
    result = invoke(*args)
    assert result.exit_code == 0, result
    return result.stdout


@pytest.mark.parametrize("as_of", DATES)
@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("paper", PAPERS)
def test_no_rule_id_path_or_tool_hint_and_counts_agree(paper: str, lang: str, as_of: str) -> None:
    text = render(paper, lang, as_of)
    for rule in RULE_IDS:
        assert f"`{rule}`" not in text and f"({rule})" not in text, rule
    assert not PATH.findall(text), PATH.findall(text)[:3]
    assert not SEED.findall(text), SEED.findall(text)[:3]
    for hint in HINTS:
        assert hint not in text, hint
    assert not ONE_MANY.findall(text), ONE_MANY.findall(text)
    # an obligation's kind and a piece of work's status in words, not as the data's ids
    # ("needs assessment ... (status not started)", not "needs-assessment ... not-started")
    for code in CODES:
        assert code not in text, code


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_compliance_gives_each_finding_a_rag_status(lang: str) -> None:
    text = render("compliance", lang, "2026-12-01")
    words = {"en": ("Red", "Amber", "Grey"), "cy": ("Coch", "Ambr", "Llwyd")}[lang]
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    statuses = {row.split("|")[1].strip() for row in rows if row.count("|") == 6}
    assert statuses - {"Status", "Statws"} <= set(words), statuses
    assert re.search(rf"{words[0]}: \d+\. {words[1]}: \d+\. {words[2]}: \d+\.", text)


def test_psb_update_counts_breaches_apart_from_gaps() -> None:
    text = render("psb-update", "en", "2026-12-01")
    # 16 red and 50 amber findings, all breaches until the rules mark gaps in the record
    match = re.search(r"find (\d+) matters? needing action", text)
    assert match, text
    gaps = re.search(r"A further (\d+) findings? (?:is a gap|are gaps) in the record", text)
    total = len(
        json.loads(
            invoke(
                "check", "--data", str(ROOT / "data"), "--as-of", "2026-12-01", "--format", "json"
            ).stdout
        )["findings"]
    )
    assert int(match.group(1)) + (int(gaps.group(1)) if gaps else 0) <= total


def test_compliance_cites_the_documents_by_their_titles() -> None:
    """The ToR as board.yaml names it (agreed at the first meeting, 15 July 2025: seed 000,
    3.2) and the PSB update by its subject (seed 000's heading), where the record cites
    the files."""
    text = render("compliance", "en", "2026-01-20")
    assert "| GSSCB Terms of Reference, July 2025: Quorum |" in text
    assert (
        "Safer Places priority update to the Gwent Public Services Board (Gwent OPCC, 2025), "
        "Appendix B, Gwent Serious Violence Duty Working Group" in text
    )


def test_the_welsh_compliance_paper_words_its_findings_in_welsh() -> None:
    text = render("compliance", "cy", "2026-12-01")
    assert "English only" not in text and "Saesneg yn unig" not in text
    for english in ("is overdue", "days overdue", "has no chair", "records no", "is due in",
                    "not recorded"):  # fmt: skip
        assert english not in text, english
