"""``gsscb diff`` compares what the model holds (issue 13, "Trust in the review"): every
field of every record type has a label or is left out on purpose, an edited field that
papers print is a change, and a change of display name alone introduces and resolves no
finding."""

from __future__ import annotations

import dataclasses
import shutil
import typing
from pathlib import Path

import pytest

from gsscb_cli.model import types as model
from gsscb_cli.review.fields import FIELDS
from tests.conftest import DATA
from tests.test_diff import Repo, lines


def _record_types() -> set[type]:
    """Every dataclass reachable from the Dataset through its fields' types."""
    from gsscb_cli.model import work

    names = {**vars(model), **vars(work)}  # for the models' string annotations
    found: set[type] = set()

    def walk(tp: object) -> None:
        for arg in typing.get_args(tp):
            walk(arg)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp) and tp not in found:
            found.add(tp)
            for name, hint in typing.get_type_hints(tp, names).items():
                if name not in ("loc", "locs"):  # where in the file, not content
                    walk(hint)

    for hint in typing.get_type_hints(model.Dataset, names).values():
        walk(hint)
    return found - {model.Dataset, model.Text, model.PartnershipKind}


def test_every_model_field_has_a_label_or_is_left_out_on_purpose() -> None:
    types = _record_types()
    assert model.AgendaItem in types and model.Action in types  # the walk reaches records
    from gsscb_cli.model.work import FundingLine, Issue, Work

    assert FundingLine in types and Issue in types
    missing = sorted(
        f"{tp.__name__}.{f.name}"
        for tp in types - {Work}
        for f in dataclasses.fields(tp)
        if f.name not in FIELDS.get(tp, {})
    )
    assert not missing, f"model fields with no label in review/fields.py: {missing}"
    stale = sorted(
        f"{tp.__name__}.{name}"
        for tp, table in FIELDS.items()
        for name in table
        if name not in {f.name for f in dataclasses.fields(tp)} | {"loc", "locs"}
    )
    assert not stale, stale


@pytest.fixture()
def repo(tmp_path: Path) -> Repo:
    r = Repo(tmp_path / "clone")
    shutil.copytree(DATA, r.data)
    r.commit("the bundled data")
    return r


def test_an_edited_agenda_summary_is_a_change(repo: Repo) -> None:
    # printed in the agenda and the pack; main said "no change to the record"
    repo.edit(
        "meetings/gsscb-2026-02-05.yaml",
        "      Review progress and help steer, shape and agree next steps for the\n",
        "      Review progress and agree next steps for the\n",
    )
    out = lines(repo.diff("HEAD"))
    assert out[0].startswith("1 agenda item changed;"), out[0]
    assert any(
        line.startswith("changed")
        and "item safer-places-progress: summary:" in line
        and 'removed "and help steer, shape"' in line
        for line in out
    ), out


def test_an_edited_funding_line_is_a_change(repo: Repo) -> None:
    repo.edit("funding.yaml", "    amount_gbp: 50000\n    confirmed: true\n    financial_year: 2025-26\n    start: 2025-07-01\n",
              "    amount_gbp: 60000\n    confirmed: true\n    financial_year: 2025-26\n    start: 2025-07-01\n")  # fmt: skip
    out = lines(repo.diff("HEAD"))
    assert out[0].startswith("1 funding line changed;"), out[0]
    assert "changed  funding line pcc-sssi-fund-2025: amount: 50000 -> 60000" in out, out


@pytest.mark.parametrize(
    ("rel", "old", "new"),
    [
        ("people.yaml", "    name: Sam Slater\n", "    name: Samantha Slater\n"),
        (
            "partnerships/torfaen-csp.yaml",
            "name: Torfaen Community Safety Partnership\n",
            "name: Safer Torfaen Partnership\n",
        ),
        (
            "board.yaml",
            "name: Gwent Strategic Safer Communities Board\n",
            "name: Gwent Safer Communities Board\n",
        ),
    ],
)
def test_a_display_name_change_alone_introduces_and_resolves_nothing(
    repo: Repo, rel: str, old: str, new: str
) -> None:
    # findings name these records in their words, but are matched by identity
    if old not in (repo.data / rel).read_text(encoding="utf-8"):
        pytest.fail(f"{rel} no longer holds {old!r}: update the test")
    repo.edit(rel, old, new)
    result = repo.diff("HEAD", "--format", "text")
    assert result.exit_code == 0, result
    out = lines(result)
    assert out[0].endswith("; resolves none, introduces none"), out[0]
    assert "Findings resolved: none" in out and "Findings introduced: none" in out
    assert not any(line.startswith("Findings unknown") for line in out)
