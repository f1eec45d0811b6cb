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


PLAIN = ("validate", "--data", str(DATA), "--no-cache", "-f", "json")


class Ended(BaseException):  # (main turns an Exception into an internal error)
    """``os._exit`` was called (with this code)."""


def _console_here(
    monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...], callbacks: int = 0
) -> tuple[str, int | None]:
    """``cli.console()`` in-process with ``argv`` and ``callbacks`` exit handlers: how it
    ended ("at once" with os._exit's code, or "exit" with SystemExit's)."""
    import atexit
    import os

    from gsscb_cli import cli

    def ended(code: int) -> None:
        raise Ended(code)

    monkeypatch.setattr(cli, "_ENDS_AT_ONCE", False)  # console() sets it: put back after
    monkeypatch.setattr(check_run, "KEPT", None)
    monkeypatch.setattr(os, "_exit", ended)
    monkeypatch.setattr(atexit, "_ncallbacks", lambda: callbacks)  # pytest has its own
    monkeypatch.setattr(sys, "argv", ["gsscb", *argv])
    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "/venv/bin/gsscb", *argv])
    try:
        cli.console()
    except Ended as exc:
        return "at once", exc.args[0]
    except SystemExit as exc:
        return "exit", exc.code  # type: ignore[return-value]
    return "returned", None


def test_a_plain_check_ends_at_once_and_keeps_its_load(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _console_here(monkeypatch, PLAIN) == ("at once", 0)
    assert capsys.readouterr().out.startswith("{")
    assert check_run.KEPT is not None and len(check_run.KEPT) == 1  # never freed
    check = ("check", "--data", str(DATA), "--as-of", "2026-11-24", "--no-cache")
    assert _console_here(monkeypatch, check) == ("at once", 1)


def test_other_lines_end_as_python_ends(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # another command, a usage error in a plain line (typer says it), an exit handler
    assert _console_here(monkeypatch, ("list", "partnerships", "--data", str(DATA))) == ("exit", 0)
    bad = ("check", "--data", str(DATA), "--as-of", "2026-02-30")
    assert _console_here(monkeypatch, bad) == ("exit", 2)
    assert _console_here(monkeypatch, PLAIN, callbacks=1) == ("exit", 0)
    assert check_run.KEPT is None  # nothing kept when the process ends as usual
    capsys.readouterr()


def test_a_profiler_or_a_tracer_sees_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        how = _console_here(monkeypatch, PLAIN)
    finally:
        profiler.disable()
    assert how == ("exit", 0)


def test_cprofile_of_the_module_writes_its_profile(tmp_path: Path) -> None:
    out = tmp_path / "check.prof"
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "gsscb_cli", *PLAIN],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0 and out.stat().st_size > 1000


def test_main_in_process_keeps_nothing() -> None:
    result = invoke("check", "--data", str(DATA), "--as-of", "2026-11-24", "--no-cache")
    assert result.exit_code == 1
    assert check_run.KEPT is None  # only console() keeps the load until the process ends


@pytest.mark.parametrize(
    ("argv", "ours"),
    [
        (["python", "/v/bin/gsscb", "check"], True),
        (["python", "-m", "gsscb_cli", "validate"], True),
        (["python", "-X", "importtime", "-I", "-m", "gsscb_cli", "check"], True),
        (["python", "-W", "error", "/v/bin/gsscb", "check"], True),
        (["python", "-m", "pdb", "-m", "gsscb_cli", "check"], False),
        (["python", "-m", "cProfile", "-m", "gsscb_cli", "check"], False),
        (["python", "host.py", "check"], False),
        (["python", "-c", "from gsscb_cli.cli import console; console()"], False),
        (["python", "-mgsscb_cli", "check"], False),  # (attached: taken for a host's)
        (["python"], False),
        (["python", "-m"], False),
    ],
)
def test_only_gsscb_s_own_process_ends_at_once(argv: list[str], ours: bool) -> None:
    from gsscb_cli.cli import _started_for_gsscb

    assert _started_for_gsscb(argv) is ours


def test_a_host_calling_the_entry_point_goes_on() -> None:
    code = (
        "import sys\n"
        "from gsscb_cli.cli import console\n"
        "data = sys.argv[1]\n"
        "for line in (['validate', '--no-cache', '-f', 'json'], ['check', '--no-cache', '-f', 'json']):\n"
        "    sys.argv = ['gsscb', *line, '--data', data, '--as-of', '2026-11-24']\n"
        "    try:\n"
        "        console()\n"
        "    except SystemExit as exc:\n"
        "        print('host saw', exc.code, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(DATA)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.stderr.splitlines() == ["host saw 0", "host saw 1"], done.stderr


def test_python_i_gets_its_prompt_after_the_check() -> None:
    done = subprocess.run(
        [sys.executable, "-i", "-m", "gsscb_cli", *PLAIN],
        input="print(6 * 7)\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.stdout.startswith("{") and "42" in done.stdout


def test_a_closed_stderr_keeps_the_exit_code() -> None:
    import os

    for args, code in ((PLAIN, 0), (("check", "--data", str(DATA), "--as-of", "2026-11-24",
                                     "--no-cache", "-f", "json"), 1)):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "gsscb_cli", *args],
            stdout=subprocess.PIPE,
            preexec_fn=lambda: os.close(2),  # (the child's own stderr only)
            cwd=ROOT,
        )
        assert done.returncode == code and done.stdout.startswith(b"{")
