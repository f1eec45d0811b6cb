"""docs/own-board.md ("Set up your own board"): its commands run as written, from `gsscb
init` to a validated folder, a quorum forecast and a rendered agenda, with no Gwent words
in anything the tool wrote; and `gsscb init` itself (never overwrites, no input needed)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from gsscb_cli.load import load
from tests.conftest import ROOT, invoke

DOC = ROOT / "docs" / "own-board.md"
GWENT = re.compile(
    r"Gwent|GSSCB|OPCC|[Ss]eed 00[0-3]|Appendix A|Commissioner"
)  # (gsscb, the tool, is not Gwent text)


def commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


def test_the_walkthrough_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    outputs: dict[str, str] = {}
    for command in commands():
        args = shlex.split(command)
        if args[0] == "cd":
            monkeypatch.chdir(Path.cwd() / args[1])
            continue
        assert args[0] == "gsscb", command
        result = invoke(*args[1:], env={"GSSCB_DATA": ""})
        assert result.exit_code == 0, (command, result)
        outputs[args[1]] = result.stdout
    project = tmp_path / "safer-board"
    assert load(project / "data").findings == []
    # One third of six seats is two, the Chair among them (worked by hand).
    assert "(at least 2 required)" in outputs["quorum"]
    assert "Forecast:" in outputs["quorum"]
    agenda = (project / "agenda.md").read_text("utf-8")
    assert "Example Strategic Board" in agenda
    written = [p for p in project.rglob("*") if p.is_file() and "schemas" not in p.parts]
    for path in written:
        assert not GWENT.search(path.read_text("utf-8")), path
    for name, out in outputs.items():
        assert not GWENT.search(out), name
    import yaml

    for workflow in (project / ".github" / "workflows").glob("*.yml"):
        (job,) = yaml.safe_load(workflow.read_text("utf-8"))["jobs"].values()
        assert job["steps"][-1]["run"].startswith("gsscb "), workflow
    board = (project / "data" / "board.yaml").read_text("utf-8")
    assert 'fraction: "1/3"' in board and "chair_counts: true" in board
    assert "meetings_per_year: 3" in board


def test_init_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "b"
    target.mkdir()
    (target / "keep.txt").write_text("mine", "utf-8")
    result = invoke("init", str(target), "--name", "B", "--as-of", "2026-01-12")
    assert result.exit_code == 2 and "not empty" in result.stderr
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".b.init-")]


def test_init_needs_no_input_and_records_unknowns(tmp_path: Path) -> None:
    result = invoke("init", str(tmp_path / "r"), "--name", "Regional Board", "--partnership",
                    "north-csp:community-safety-partnership", "--as-of", "2026-01-12")  # fmt: skip
    assert result.exit_code == 0, result
    data = tmp_path / "r" / "data"
    assert load(data).findings == []
    board = (data / "board.yaml").read_text("utf-8")
    assert "status: unknown" in board and "papers_days_before" not in board
    assert (data / "partnerships" / "north-csp.yaml").is_file()
    assert (data / "meetings" / "regional-board-2026-02-09.yaml").is_file()


def test_init_refuses_an_unknown_kind_and_leaves_nothing(tmp_path: Path) -> None:
    result = invoke("init", str(tmp_path / "x"), "--name", "X", "--partnership", "a:youth-board",
                    "--as-of", "2026-01-12")  # fmt: skip
    assert result.exit_code == 2 and "unknown partnership kind 'youth-board'" in result.stderr
    assert list(tmp_path.iterdir()) == []
