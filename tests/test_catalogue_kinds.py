"""Partnership kinds and what each must produce are the requirements catalogue's, not the
schema's: an unknown kind is a finding that names the kinds the catalogue knows, a board
can add a kind of its own, and a data folder without a catalogue uses the one that ships
with gsscb (with a note saying so)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from gsscb_cli.load import default_catalogue, load
from gsscb_cli.load.parse import load_file
from gsscb_cli.rules import run_rules
from tests.conftest import DATA, invoke
from tests.fixtures.rules.harness import Case

AS_OF = dt.date(2025, 11, 30)


@pytest.fixture()
def case(tmp_path: Path) -> Case:
    return Case(tmp_path)


def test_an_unknown_kind_names_the_known_kinds(case: Case) -> None:
    case.edit(
        "partnerships/alpha-csp.yaml",
        "kind: community-safety-partnership",
        "kind: community-safety-partnershp",
    )
    findings = load(case.data).findings
    (finding,) = [f for f in findings if f.rule == "unknown-reference"]
    assert finding.location.file.endswith("alpha-csp.yaml")
    assert finding.message.startswith(
        "unknown partnership kind 'community-safety-partnershp': did you mean "
        "community-safety-partnership? the requirements catalogue knows area-planning-board, "
    )
    assert "vawdasv-board" in finding.message


def youth_justice(case: Case) -> Case:
    """A kind the catalogue that ships with gsscb does not know, added by the board."""
    path = case.data / "requirements.yaml"
    text = path.read_text("utf-8")
    assert "kinds:" not in text and "requirements:\n" in text
    kinds = (
        "kinds:\n"
        "  - {id: community-safety-partnership, name: community safety partnership}\n"
        "  - {id: area-planning-board, name: area planning board, article: an}\n"
        "  - {id: youth-justice-board, name: youth justice board}\n"
    )
    req = (
        "  - id: yjb-plan\n    applies_to: youth-justice-board\n    output: Youth justice plan\n"
        "    obligation_kind: annual-report\n    due_rule: {type: cycle, months: 12}\n"
        "    cadence: every 12 months\n    source: Crime and Disorder Act 1998 s.40\n"
        "    basis: statutory\n    verified: true\n"
    )
    path.write_text(text.replace("requirements:\n", kinds + "requirements:\n" + req, 1), "utf-8")
    return case


def test_a_board_adds_a_kind_of_its_own(case: Case) -> None:
    youth_justice(case)
    case.edit(
        "partnerships/beta-apb.yaml", "kind: area-planning-board", "kind: youth-justice-board"
    )
    result = case.load()  # valid: the catalogue knows the kind
    assert result.dataset.partnerships["beta-apb"].kind == "youth-justice-board"
    messages = [f.message for f in run_rules(result.dataset, AS_OF, ["obligation-missing"])]
    assert any("which a youth justice board must have (every 12 months)" in m for m in messages)


def test_a_requirement_for_an_unknown_kind_is_reported(case: Case) -> None:
    youth_justice(case)
    case.edit("requirements.yaml", "applies_to: youth-justice-board", "applies_to: youth-board")
    (finding,) = [f for f in load(case.data).findings if f.rule == "unknown-reference"]
    assert finding.location.file.endswith("requirements.yaml")
    assert "unknown partnership kind 'youth-board'" in finding.message


def test_without_a_catalogue_the_one_that_ships_is_used(case: Case) -> None:
    case.remove("requirements.yaml")
    # the fixture's obligations name the fixture catalogue's requirements: unlink them
    case.edit("partnerships/alpha-csp.yaml", "    requirement: csp-needs\n", "")
    case.edit("partnerships/beta-apb.yaml", "    requirement: apb-strategy\n", "")
    result = load(case.data)
    (note,) = result.findings
    assert (note.rule, note.severity.value) == ("catalogue-default", "info")
    assert note.message.startswith(
        "the data folder has no requirements.yaml: the catalogue that ships with gsscb"
    )
    assert result.dataset.catalogue_default
    assert "csp-strategic-assessment" in result.dataset.requirements
    code = invoke("new", "partnership", "gamma-csp", "--kind", "community-safety-partnership",
                  "--data", str(case.data), "--as-of", "2025-11-30")  # fmt: skip
    assert code.exit_code == 0, code
    text = (case.data / "partnerships" / "gamma-csp.yaml").read_text("utf-8")
    assert "requirement: csp-strategic-assessment" in text and "obligations: []" not in text


def _entries(path: Path) -> dict[str, Any]:
    doc, problems = load_file(path, str(path))
    assert doc is not None and not problems
    return {
        "kinds": doc.data["kinds"],
        "requirements": [
            {k: v for k, v in r.items() if k != "note"} for r in doc.data["requirements"]
        ],
    }


def test_the_catalogue_that_ships_has_the_bundled_records_entries() -> None:
    # The same law for every board: only the notes and the catalogue's own sources differ
    # (the bundled record cites Gwent's PSB paper; the one that ships cites no board's).
    shipped, bundled = _entries(default_catalogue()), _entries(DATA / "requirements.yaml")
    assert shipped == bundled, "catalogue/requirements.yaml and data/requirements.yaml differ"
    text = default_catalogue().read_text("utf-8")
    assert "Gwent" not in text and "001_" not in text and "Seed 001" not in text
