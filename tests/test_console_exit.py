"""The console script ends a plain ``check`` or ``validate`` at once (``cli.console``):
the output is all written, the exit code is the command's, a closed pipe is as quiet as
before, and nothing of the kind happens to a caller of ``main`` in-process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gsscb_cli.commands import check_run
from tests.conftest import DATA, ROOT, invoke

ENV_OFF = {"NO_COLOR": "1", "COLUMNS": "120"}


def _console(*args: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, **ENV_OFF}
    env.pop("GITHUB_ACTIONS", None)
    env.pop("PYTHONUNBUFFERED", None)  # buffered, as a user's shell has it
    return subprocess.run(
        [sys.executable, "-m", "gsscb_cli", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data with three broken files: ``validate`` has things to say."""
    import shutil

    data = tmp_path_factory.mktemp("damaged") / "data"
    shutil.copytree(DATA, data)
    files = sorted((data / "meetings").glob("*.yaml"))
    files[0].write_text(files[0].read_text("utf-8") + "date: 2020-01-01\n", "utf-8")
    files[1].write_bytes(b"\xff\xfe not UTF-8\n")
    files[2].write_text("id: [unclosed\n", "utf-8")
    return data


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--as-of", "2026-11-24", "--format", "text"),
        ("check", "--as-of", "2026-11-24", "--format", "json"),
        ("check", "--as-of", "2025-11-30", "--format", "text", "--verbose"),
        ("validate", "--as-of", "2026-11-24", "--format", "text"),
        ("validate", "--as-of", "2026-11-24", "--format", "json"),
    ],
)
@pytest.mark.parametrize("broken", [False, True])
def test_the_console_script_says_what_main_says(
    args: tuple[str, ...], broken: bool, damaged: Path
) -> None:
    line = (*args, "--data", str(damaged if broken else DATA), "--no-cache")
    theirs = _console(*line)
    ours = invoke(*line)
    assert (theirs.returncode, theirs.stdout, theirs.stderr) == (
        ours.exit_code,
        ours.stdout,
        ours.stderr,
    )
    assert theirs.stdout.endswith("\n")
    if broken or args[0] == "check":
        assert theirs.returncode == 1 and len(theirs.stdout) > 600, theirs.stdout


def test_output_to_a_file_is_written_whole(tmp_path: Path) -> None:
    line = ("check", "--data", str(DATA), "--as-of", "2026-11-24", "--no-cache")
    out = tmp_path / "report.txt"
    with out.open("w", encoding="utf-8") as handle:
        done = _console(*line, stdout=handle.fileno())
    assert done.returncode == invoke(*line).exit_code == 1
    assert out.read_text(encoding="utf-8") == invoke(*line).stdout


def test_a_closed_pipe_ends_quietly_with_1() -> None:
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: the first write fails with EPIPE
    try:
        done = _console(
            "check", "--data", str(DATA), "--as-of", "2026-11-24", "--no-cache", stdout=write_end
        )
    finally:
        os.close(write_end)
    assert done.returncode == 1
    assert done.stderr == ""  # no traceback, no "Exception ignored" at exit


def _with_exit_handler(*args: str) -> subprocess.CompletedProcess[str]:
    """``console()`` with ``args``, in a process whose exit handler says it ran."""
    import os

    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('teardown', file=sys.stderr))\n"
        f"sys.argv = ['gsscb', *{list(args)!r}]\n"
        "from gsscb_cli.cli import console\n"
        "console()\n"
    )
    env = {**os.environ, **ENV_OFF}
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )


def test_a_plain_check_ends_without_the_interpreter_s_teardown() -> None:
    done = _with_exit_handler("validate", "--data", str(DATA), "--no-cache", "-f", "json")
    assert done.returncode == 0 and done.stdout.startswith("{")
    assert "teardown" not in done.stderr
    # any other command ends as Python ends: its exit handlers run
    other = _with_exit_handler("list", "partnerships", "--data", str(DATA))
    assert other.returncode == 0 and "teardown" in other.stderr
    # a usage error in a plain line too (typer says it, then the process ends as usual)
    bad = _with_exit_handler("check", "--data", str(DATA), "--as-of", "2026-02-30")
    assert bad.returncode == 2 and "teardown" in bad.stderr


def test_main_in_process_keeps_nothing() -> None:
    result = invoke("check", "--data", str(DATA), "--as-of", "2026-11-24", "--no-cache")
    assert result.exit_code == 1
    assert check_run.KEPT is None  # only console() keeps the load until the process ends
