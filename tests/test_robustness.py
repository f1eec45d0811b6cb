"""Property tests: one damaged file never crashes a command and never changes the data.

For every command that exists (see ``covered_commands``), hypothesis takes the
bundled data (or the small fixture while the bundled data is incomplete),
damages ONE file with one kind of bad input from tests/robustness_mutations.py,
runs the command, and asserts that it exits 0, 1 or 2, prints a message when it
fails, prints no traceback and no "internal error", and leaves every file of the
data folder byte for byte as it was. Examples are bounded (GSSCB_ROBUSTNESS_EXAMPLES,
default 40 per command) so the file runs in well under two minutes.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
import typer.main
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from gsscb_cli.cli import app
from tests.conftest import DATA, ROOT, invoke
from tests.robustness_mutations import KINDS

T = TypeVar("T")
AS_OF = "2025-12-01"
EXAMPLES = int(os.environ.get("GSSCB_ROBUSTNESS_EXAMPLES", "40"))
MINIMAL = ROOT / "tests" / "fixtures" / "minimal"

# Commands left out, and why: `new` writes a record into the data folder by design.
NOT_PROPERTY_TESTED = {
    "new": "writes into the data folder by design (tested by its owner)",
    "completion": "reads no data: prints a fixed shell script (tests/test_completion.py)",
    "init": "reads no data folder: creates a new one (tests/test_own_board_docs.py)",
    # the meeting-cycle edits write into the data folder by design (refusals, atomicity and
    # comments kept: tests/test_cycle_commands.py, tests/test_walkthrough.py)
    "meeting": "edits a meeting file by design (tests/test_cycle_commands.py)",
    "partnership": "edits a partnership file by design (tests/test_cycle_commands.py)",
    "obligation": "edits a partnership file by design (tests/test_walkthrough.py)",
    "action": "edits a meeting file by design (tests/test_walkthrough.py)",
}


def base_data() -> Path:
    """The bundled data once it has meetings and priorities; the small fixture until then."""
    if (DATA / "board.yaml").is_file() and any((DATA / "meetings").glob("*.yaml")):
        return DATA
    return MINIMAL


class Picker(Protocol):
    def choice(self, options: Sequence[T]) -> T: ...


Args = Callable[[Path, Path, Picker], list[str]]
PAPERS = ["agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan"]


def _meeting(data: Path, pick: Picker) -> str:
    return pick.choice([*sorted(p.stem for p in (data / "meetings").glob("*.yaml")), "next"])


def _common(d: Path) -> list[str]:
    return ["--data", str(d), "--as-of", AS_OF]


# How each command is run: (data folder, scratch folder outside it, chooser) -> arguments.
COMMANDS: dict[str, Args] = {
    "validate": lambda d, o, p: ["validate", *_common(d), "--format", "text"],
    "check": lambda d, o, p: ["check", *_common(d), "--format", "text"],
    "explain": lambda d, o, p: ["explain", "meeting-quorum", *_common(d)],
    "quorum": lambda d, o, p: ["quorum", _meeting(d, p), *_common(d)],
    "deadlines": lambda d, o, p: ["deadlines", *_common(d), "--format", "text"],
    "render": lambda d, o, p: [
        "render",
        p.choice(PAPERS),
        *_common(d),
        "--format",
        "md",
        "--output",
        str(o / "paper.md"),
    ],
    "diff": lambda d, o, p: ["diff", "HEAD", *_common(d)],
    "calendar": lambda d, o, p: ["calendar", *_common(d), "--output", str(o / "board.ics")],
    "list": lambda d, o, p: ["list", p.choice(["meetings", "partnerships", "seats"]), *_common(d)],
    "chart": lambda d, o, p: [
        "chart",
        p.choice(["attendance", "compliance", "deadlines", "priorities"]),
        *_common(d),
        "--output",
        str(o / "chart.svg"),
    ],
    "map": lambda d, o, p: ["map", *_common(d), "--output", str(o / "map.svg")],
    "site": lambda d, o, p: ["site", *_common(d), "--output", str(o / "site")],
}


def _has_data_option(command: Any) -> bool:
    return any("--data" in getattr(p, "opts", []) for p in getattr(command, "params", []))


def existing_commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def covered_commands() -> list[str]:
    """Every command that exists, except those in NOT_PROPERTY_TESTED.

    A command without an entry in COMMANDS is run as ``NAME --data D --as-of DAY``
    if it takes --data, so a new command is covered at least that far.
    """
    out = []
    for name, command in sorted(existing_commands().items()):
        if name in NOT_PROPERTY_TESTED:
            continue
        if name in COMMANDS or _has_data_option(command):
            out.append(name)
    return out


def args_for(name: str, data: Path, scratch: Path, pick: Picker) -> list[str]:
    if name in COMMANDS:
        return COMMANDS[name](data, scratch, pick)
    return [name, "--data", str(data), "--as-of", AS_OF]


def tree_hash(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def base_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository whose data/ is the base data, committed (so `diff HEAD` has a base)."""
    repo = tmp_path_factory.mktemp("robust") / "repo"
    shutil.copytree(base_data(), repo / "data")
    if shutil.which("git"):
        _git(repo, "init", "-q")
        _git(repo, "add", "data")
        _git(repo, "commit", "-q", "-m", "base")
    return repo


class HypothesisPick:
    """Draws the mutation's choices from hypothesis, so failures shrink."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def choice(self, options: Sequence[T]) -> T:
        return self.data.draw(st.sampled_from(list(options)))

    def integer(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))

    def binary(self) -> bytes:
        return self.data.draw(st.binary(min_size=1, max_size=24))


@pytest.fixture()
def scratch() -> Iterator[Callable[[Path, bool], Path]]:
    """Fresh copies of the base repository (its .git only when asked: copying it is slow)."""
    made: list[str] = []

    def copy(repo: Path, with_git: bool = False) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="gsscb-robust-"))
        made.append(str(folder))
        if with_git:
            shutil.copytree(repo, folder / "repo")
        else:
            shutil.copytree(repo / "data", folder / "repo" / "data")
        (folder / "out").mkdir()
        return folder / "repo"

    yield copy
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


def run_damaged(
    name: str, repo: Path, pick: HypothesisPick, log: Callable[[str], None] = note
) -> None:
    data = repo / "data"
    files = sorted(p.relative_to(data).as_posix() for p in data.rglob("*.yaml"))
    target = pick.choice(files)
    kind = KINDS[pick.choice(sorted(KINDS))]
    before_bytes = (data / target).read_bytes()
    after = kind.apply(before_bytes, pick)
    if after is None:
        (data / target).unlink()
    else:
        (data / target).write_bytes(after)
    log(f"{kind.name} on {target}: {after[:300]!r}" if after is not None else f"deleted {target}")
    before = tree_hash(data)
    args = args_for(name, data, repo.parent / "out", pick)
    result = invoke(*args)
    log(f"args: {args}\nresult: {result!r}")
    assert result.exit_code in (0, 1, 2), f"exit {result.exit_code}: {result.output[-2000:]}"
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
    if result.exit_code != 0:
        assert result.output.strip(), "failed without a message"
    assert tree_hash(data) == before, "the command changed the data folder"


@pytest.mark.parametrize("name", covered_commands())
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_one_damaged_file_never_crashes_or_changes_data(
    name: str, data: st.DataObject, base_repo: Path, scratch: Callable[[Path, bool], Path]
) -> None:
    if name == "diff":
        assert (base_repo / ".git").exists(), "git is needed for gsscb diff"
    run_damaged(name, scratch(base_repo, name == "diff"), HypothesisPick(data))


@pytest.mark.parametrize("name", covered_commands())
def test_undamaged_base_data_runs_cleanly(
    name: str, base_repo: Path, scratch: Callable[[Path, bool], Path]
) -> None:
    """The same invocations on the undamaged data: no crash, no change (guards the harness itself)."""
    repo = scratch(base_repo, name == "diff")
    before = tree_hash(repo / "data")
    result = invoke(*args_for(name, repo / "data", repo.parent / "out", random.Random(0)))
    assert result.exit_code in (0, 1), result
    assert "Traceback" not in result.output
    assert tree_hash(repo / "data") == before


def test_every_existing_command_is_covered_or_excused() -> None:
    names = set(existing_commands())
    missing = names - set(covered_commands()) - set(NOT_PROPERTY_TESTED)
    assert not missing, f"commands not property-tested: {sorted(missing)}"
    assert {"validate", "list"} <= set(covered_commands())


class _FixedPick:
    """Deterministic choices, for the self-test below."""

    def choice(self, options: Sequence[T]) -> T:
        return next(iter(options))

    def integer(self, low: int, high: int) -> int:
        return low

    def binary(self) -> bytes:
        return b"\xff"


def test_the_harness_catches_a_crash(
    base_repo: Path, scratch: Callable[[Path, bool], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command that crashes (exit 3, "internal error") fails the property."""

    def boom(_: Path, **_options: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("gsscb_cli.commands._common.load_data", boom)
    with pytest.raises(AssertionError, match="exit 3"):
        run_damaged("validate", scratch(base_repo, False), _FixedPick(), print)  # type: ignore[arg-type]
