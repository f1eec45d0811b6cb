"""Shared test helpers: the repository paths and a CLI runner with a fixed terminal width."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gsscb_cli.cli import app

# The cache of checked files (load/cache.py) goes to a folder of this run, never the user's
_CACHE = tempfile.mkdtemp(prefix="gsscb-test-cache-")
os.environ["GSSCB_CACHE_DIR"] = _CACHE
os.environ.pop("GSSCB_NO_CACHE", None)
atexit.register(shutil.rmtree, _CACHE, True)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own, with caching on."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("GSSCB_CACHE_DIR", str(folder))
    monkeypatch.delenv("GSSCB_NO_CACHE", raising=False)
    return folder


RunCli = Callable[..., "Result"]


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.output = stdout + stderr

    def __repr__(self) -> str:
        return f"Result(exit_code={self.exit_code}, stdout={self.stdout[:2000]!r}, stderr={self.stderr[:2000]!r})"


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run the real entry point (with its error handling) in-process, colour off, 120 columns."""
    import io
    import sys
    from contextlib import redirect_stderr, redirect_stdout

    from gsscb_cli.cli import main

    base_env = {"NO_COLOR": "1", "COLUMNS": "120", "GITHUB_ACTIONS": ""}
    base_env.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    code = 0
    mp = pytest.MonkeyPatch()
    try:
        for key, value in base_env.items():
            if value == "":
                mp.delenv(key, raising=False)
            else:
                mp.setenv(key, value)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        mp.undo()
        sys.stdout.flush()
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture()
def cli() -> Callable[..., Result]:
    return invoke


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data folder."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


__all__ = ["DATA", "ROOT", "SEEDS", "CliRunner", "Result", "app", "invoke"]
