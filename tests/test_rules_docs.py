"""The rules document themselves: ids as in DOMAIN.md, three-part docstrings with a
source and a basis, every validation id explained, docs/rules.md generated from them.

Regenerate docs/rules.md with: GSSCB_REGEN=1 pytest tests/test_rules_docs.py
"""

from __future__ import annotations

import json
import os
import re

import pytest

from gsscb_cli.rules import all_rules
from gsscb_cli.rules._docs import SECTIONS, catalogue, markdown
from gsscb_cli.rules._validation import VALIDATION
from tests.conftest import ROOT, invoke

# Copied by hand from DOMAIN.md ("The board's rules" and "Partnerships and deadlines"),
# plus attendance-unrecorded (issue 4).
DOMAIN_IDS = {
    "meeting-quorum", "decision-quorum", "deputy-authority", "papers-late",
    "declarations-missing", "minutes-unpublished", "minutes-retention", "meeting-cadence",
    "tor-review", "vice-chair-rotation", "priorities-review", "seat-vacant", "attendance-low",
    "partnership-unrepresented", "chair-vacant", "partnership-not-meeting",
    "obligation-overdue", "obligation-due-soon", "obligation-missing", "milestone-overdue",
    "priority-no-lead", "priority-stale",
}  # fmt: skip
DOMAIN_MD = ROOT.parent / "shared" / "DOMAIN.md"


# Rules added beyond DOMAIN.md by other issues, each deliberately (a new id must be added here).
EXTRA_IDS = {
    "translation-missing",  # Welsh texts of papers marked for publication
    "funding-ending",  # issue 15: funding that ends with nothing after it
    "return-overdue",  # issue 15: a return owed to another body, not sent
    # the meeting cycle (issue 18)
    "meeting-held-future",
    "meeting-reply-status",
    "minutes-unapproved",
    "action-overdue",
    "action-due-soon",
}


def test_rule_ids_are_the_domain_ids_plus_attendance_unrecorded() -> None:
    ids = set(all_rules())
    assert ids >= DOMAIN_IDS | {"attendance-unrecorded"}
    assert ids - DOMAIN_IDS - {"attendance-unrecorded"} <= EXTRA_IDS


@pytest.mark.skipif(not DOMAIN_MD.is_file(), reason="DOMAIN.md is not beside the checkout")
def test_domain_md_names_the_same_ids() -> None:
    text = DOMAIN_MD.read_text("utf-8")
    named = set(re.findall(r"`([a-z]+(?:-[a-z]+)+)`", text))
    assert named >= DOMAIN_IDS
    assert named - DOMAIN_IDS <= {"needs-assessment"}  # an obligation kind, not a rule


@pytest.mark.parametrize("rule_id", sorted(all_rules()))
def test_docstring_has_three_parts_a_source_and_a_basis(rule_id: str) -> None:
    entry = catalogue()[rule_id]
    parts = entry.sections()
    assert parts["summary"].endswith(".")
    for name in SECTIONS:
        assert len(parts.get(name, "")) > 40, (rule_id, name)
    why = parts["Why it matters"]
    assert "seed 000" in why or "REQUIREMENTS.md" in why, why
    assert "Basis:" in why, why


def test_every_validation_id_the_code_can_produce_is_documented() -> None:
    produced: set[str] = set()
    pattern = re.compile(r"(?:_finding|_file_finding|Finding|_Refused|bad)\(\s*\"([a-z][a-z-]+)\"")
    for path in sorted((ROOT / "gsscb_cli" / "load").glob("*.py")):
        produced |= set(pattern.findall(path.read_text("utf-8")))
    assert {"schema", "yaml-error", "unknown-reference", "duplicate-id", "id-mismatch"} <= produced
    assert produced <= set(VALIDATION), produced - set(VALIDATION)
    assert not set(VALIDATION) & set(all_rules())


def test_docs_rules_md_is_generated_from_the_docstrings() -> None:
    path = ROOT / "docs" / "rules.md"
    expected = markdown()
    if os.environ.get("GSSCB_REGEN"):
        path.write_text(expected, "utf-8")
    assert path.read_text("utf-8") == expected, (
        "regenerate: GSSCB_REGEN=1 pytest tests/test_rules_docs.py"
    )


def test_rules_command_lists_every_id() -> None:
    result = invoke("rules", "--format", "json")
    assert result.exit_code == 0, result
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == list(catalogue())
    quorum = next(r for r in rows if r["id"] == "meeting-quorum")
    assert quorum["severity"] == "error" and "five other members" in quorum["why"]
    text = invoke("rules")
    assert text.exit_code == 0
    assert "partnership-unrepresented" in text.stdout and "yaml-error" in text.stdout


def test_explain_prints_the_documentation() -> None:
    result = invoke("explain", "meeting-cadence")
    assert result.exit_code == 0, result
    out = result.stdout
    assert out.startswith("meeting-cadence (warning, board)")
    for name in SECTIONS:
        assert f"{name}:" in out
    assert "1 April, 1 July, 1 October, 1 January" in " ".join(out.split())
    assert invoke("explain", "schema").exit_code == 0


def test_explain_unknown_rule_is_a_usage_error() -> None:
    result = invoke("explain", "meeting-quorate")
    assert result.exit_code == 2
    assert "unknown rule 'meeting-quorate'" in result.stderr
    assert "meeting-quorum" in result.stderr  # a suggestion
    assert "Traceback" not in result.output
