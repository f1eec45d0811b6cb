"""What the load pipeline leaves until it is asked for gives the same answers as before.

``LoadResult.dataset`` (the typed model) is built the first time it is read, so
``gsscb validate``, which reports only the load's findings, never builds it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gsscb_cli.load import build, load
from tests.conftest import DATA, ROOT, invoke


def test_the_model_is_built_when_first_read_and_adds_no_finding() -> None:
    result = load(DATA, cache=False)
    assert "dataset" not in vars(result)  # not built by load()
    before = list(result.findings)
    dataset = result.dataset
    assert result.findings == before
    assert result.dataset is dataset  # built once
    assert dataset.board is not None and dataset.board.id == "gsscb"
    assert len(dataset.partnerships) == 12  # the twelve partnerships of the board
    assert dataset.kinds and dataset.catalogue_default is False


def test_the_default_catalogue_is_marked_on_the_lazy_model(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "requirements.yaml").unlink()
    result = load(data, cache=False)
    assert any(f.rule == "catalogue-default" for f in result.findings)
    assert result.dataset.catalogue_default is True
    assert result.dataset.kinds  # gsscb's own kinds


def test_validate_never_builds_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> object:
        raise AssertionError("validate built the model")

    expected = invoke("validate", "--data", str(DATA), "--format", "json", "--no-cache")
    monkeypatch.setattr(build, "build_dataset", refuse)
    result = invoke("validate", "--data", str(DATA), "--format", "json", "--no-cache")
    assert (result.exit_code, result.stdout, result.stderr) == (
        expected.exit_code,
        expected.stdout,
        expected.stderr,
    )
    assert json.loads(result.stdout)["summary"]["errors"] == 0
    # check does build it: the same patch makes check fail as an internal error
    broken = invoke("check", "--data", str(DATA), "--format", "json", "--no-cache")
    assert broken.exit_code == 3


def _broken(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    board = data / "board.yaml"
    board.write_text(board.read_text(encoding="utf-8").replace("id: gsscb", "id: 7", 1))
    meetings = sorted((data / "meetings").glob("*.yaml"))
    meetings[0].write_text("date: [unclosed\n", encoding="utf-8")
    text = meetings[1].read_text(encoding="utf-8")
    meetings[1].write_text(text.replace("status: ", "status: no-such-", 1), encoding="utf-8")
    return data


@pytest.mark.parametrize("folder", ["bundled", "broken"])
def test_validate_says_the_same_as_when_the_model_was_built_first(
    folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gsscb_cli.load as pipeline

    data = DATA if folder == "bundled" else _broken(tmp_path)
    args = ("validate", "--data", str(data), "--format", "json", "--no-cache")
    lazy = invoke(*args)
    eager_load = pipeline._load

    def eager(*a: object) -> pipeline.LoadResult:
        result = eager_load(*a)  # type: ignore[arg-type]
        assert result.dataset is not None  # built before anything reads the findings
        return result

    monkeypatch.setattr(pipeline, "_load", eager)
    built = invoke(*args)
    assert (lazy.exit_code, lazy.stdout, lazy.stderr) == (
        built.exit_code,
        built.stdout,
        built.stderr,
    )
    if folder == "broken":
        rules = [f["rule"] for f in json.loads(lazy.stdout)["findings"]]
        assert lazy.exit_code == 1 and len(rules) >= 3, rules
