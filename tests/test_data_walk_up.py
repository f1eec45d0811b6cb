"""The data folder is found from the current folder upwards, as git finds its repository;
``--data`` and ``GSSCB_DATA`` still win."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gsscb_cli.options import resolve_data
from tests.conftest import invoke
from tests.fixtures.rules.harness import BASE


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A repository with a data folder and other folders beside and inside it."""
    shutil.copytree(BASE, tmp_path / "repo" / "data")
    (tmp_path / "repo" / "docs" / "deep").mkdir(parents=True)
    return tmp_path / "repo"


@pytest.mark.parametrize(
    ("start", "found"),
    [
        ("", "data"),
        ("docs", "../data"),
        ("docs/deep", "../../data"),
        ("data", "."),
        ("data/meetings", ".."),
    ],
)
def test_found_from_any_folder_of_the_repository(
    repo: Path, start: str, found: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GSSCB_DATA", raising=False)
    assert resolve_data(Path("data"), repo / start) == Path(found)


def test_check_works_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "docs" / "deep")
    result = invoke("check", "--as-of", "2025-11-30", env={"GSSCB_DATA": ""})
    assert result.exit_code == 0, result
    assert "no findings" in result.stdout.lower() or "0 errors" in result.stdout


def test_data_and_the_environment_win(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "docs")
    missing = repo / "nowhere"
    result = invoke("validate", "--data", str(missing), env={"GSSCB_DATA": ""})
    assert result.exit_code == 2 and "data folder not found" in result.stderr
    result = invoke("validate", env={"GSSCB_DATA": str(missing)})
    assert result.exit_code == 2 and "data folder not found" in result.stderr


def test_nothing_found_names_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("validate", env={"GSSCB_DATA": ""})
    assert result.exit_code == 2
    assert "data folder not found: data" in result.stderr
