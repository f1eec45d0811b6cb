"""The note the data commands print about validation errors says what the errors mean for
their output (issue 13): a file that does not validate is left out, but an unknown
reference or a duplicate id in a valid file leaves its records in, so "records in invalid
files are left out" is said only of the first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, invoke

MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
AS_OF = "2025-12-01"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _unknown_meeting(data: Path) -> None:
    _edit(data / "priorities" / "winter.yaml", "agreed_at: tscb-2025-07-15\n",
          "agreed_at: no-such-meeting\n")  # fmt: skip


def _bad_schema(data: Path) -> None:
    _edit(
        data / "partnerships" / "test-csp.yaml", "area: Testshire\n", "area: Testshire\nbogus: 1\n"
    )


def test_an_unknown_reference_does_not_leave_its_record_out(data: Path) -> None:
    _unknown_meeting(data)
    result = invoke("list", "priorities", "--data", str(data), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result
    assert [p["id"] for p in json.loads(result.stdout)] == ["winter"]  # it is listed
    assert "1 error in files that do validate" in result.stderr, result.stderr
    assert "leaves their records in, as the files give them" in result.stderr
    assert "left out" not in result.stderr  # main said records in invalid files are left out


def test_an_invalid_file_is_named_as_left_out(data: Path) -> None:
    _bad_schema(data)
    result = invoke(
        "list", "partnerships", "--data", str(data), "--as-of", AS_OF, "--format", "json"
    )
    assert result.exit_code == 0, result
    assert json.loads(result.stdout) == []
    assert "1 file does not validate, so its records are left out:" in result.stderr
    assert "test-csp.yaml" in result.stderr and "leave their records in" not in result.stderr


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["render", "actions"], "the paper"),
        (["calendar"], "the calendar"),
        (["deadlines"], ""),
        (["compliance"], ""),
    ],
)
def test_each_command_says_both_kinds(data: Path, args: list[str], where: str) -> None:
    _unknown_meeting(data)
    _bad_schema(data)
    result = invoke(*args, "--data", str(data), "--as-of", AS_OF)
    assert result.exit_code in (0, 1), result
    out_of = f" of {where}" if where else ""
    into = f" {where}" if where else ""
    assert f"so its records are left out{out_of}:" in result.stderr, result.stderr
    assert f"leaves their records in{into}, as the files give them" in result.stderr
    assert "(run gsscb validate)" in result.stderr
