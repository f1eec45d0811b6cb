"""The published pre-commit hook, run by the real ``pre-commit`` tool.

``pre-commit try-repo`` installs this project into a fresh virtualenv (so it needs
the package index, once per run) and runs the ``gsscb-validate`` hook from
``.pre-commit-hooks.yaml`` in a repository with good data and one with bad data.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT

pytestmark = pytest.mark.slow

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]
PROJECT_FILES = ("pyproject.toml", "hatch_build.py", "README.md", ".pre-commit-hooks.yaml")
PROJECT_DIRS = ("gsscb_cli", "schemas", "templates", "catalogue")


def pre_commit_command() -> list[str]:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    exe = shutil.which("pre-commit")
    if exe:
        return [exe]
    if os.environ.get("CI"):
        pytest.fail("pre-commit is not installed (pip install -e '.[test]')")
    pytest.skip("pre-commit is not installed")


def git_repo(path: Path) -> Path:
    subprocess.run([*GIT, "init", "-q"], cwd=path, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=path, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "snapshot"], cwd=path, check=True)
    return path


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean, committed copy of this project: what a user's pre-commit would clone."""
    repo = tmp_path_factory.mktemp("hook") / "gsscb"
    repo.mkdir()
    for name in PROJECT_FILES:
        shutil.copy(ROOT / name, repo / name)
    for name in PROJECT_DIRS:
        shutil.copytree(
            ROOT / name,
            repo / name,
            ignore=shutil.ignore_patterns("__pycache__", "_resources", "*.so"),
        )
    return git_repo(repo)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module, so the hook's environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(hook_repo: Path, target: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)  # plain text output from gsscb validate
    return subprocess.run(
        [
            *pre_commit_command(),
            "try-repo",
            str(hook_repo),
            "gsscb-validate",
            "--all-files",
            "--color",
            "never",
        ],
        cwd=target,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def project(tmp_path: Path) -> Path:
    target = tmp_path / "board-record"
    target.mkdir(parents=True)
    shutil.copytree(DATA, target / "data")
    return target


def test_hook_passes_on_good_data_and_fails_on_bad(
    hook_repo: Path, home: Path, tmp_path: Path
) -> None:
    good = git_repo(project(tmp_path / "good"))
    result = try_repo(hook_repo, good, home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "gsscb validate" in result.stdout and "Passed" in result.stdout

    bad = project(tmp_path / "bad")
    meeting = bad / "data/meetings/gsscb-2026-02-05.yaml"
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace("date: 2026-02-05", "date: 2026-02-30"),
        encoding="utf-8",
    )
    result = try_repo(hook_repo, git_repo(bad), home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    # gsscb's own message, with the file and line
    assert "data/meetings/gsscb-2026-02-05.yaml:4" in result.stdout, result.stdout
    assert "2026-02-30" in result.stdout
