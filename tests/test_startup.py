"""Start-up stays light: ``gsscb --help`` imports no data, model, rules or schema code (nor typer).

cli.py registers commands from a list; each command module imports typer and
gsscb_cli.options at the top and the rest when it runs (issue 14). A top-level import
of the model or the loader in one command module slows every command's start-up.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HEAVY = (
    "gsscb_cli.model",
    "gsscb_cli.rules",
    "gsscb_cli.load.parse",
    "gsscb_cli.load.schema",
    "gsscb_cli.load.build",
    "gsscb_cli.compliance",
    "gsscb_cli.quorum",
    "yaml",
    "jsonschema",
    "jsonschema_rs",
    "jinja2",
    "babel",
    "ruamel",
    "pydantic",
    "typer",
    "rich",
)


def test_importing_the_cli_imports_nothing_heavy() -> None:
    code = (
        "import sys, gsscb_cli.cli\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert proc.stdout.strip() == "[]", proc.stdout


def test_no_command_module_imports_the_app() -> None:
    for path in sorted((ROOT / "gsscb_cli" / "commands").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "gsscb_cli.cli":
                raise AssertionError(f"{path.name}:{node.lineno} imports gsscb_cli.cli")
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "gsscb_cli"
                and any(alias.name == "cli" for alias in node.names)
            ):
                raise AssertionError(f"{path.name}:{node.lineno} imports gsscb_cli.cli")


def test_the_catalogue_reads_the_same_with_libyaml() -> None:
    import yaml

    from gsscb_cli.words import CATALOGUE, catalogue

    assert catalogue() == yaml.safe_load(CATALOGUE.read_text("utf-8"))


def run_and_list_modules(
    argv: list[str], prefixes: tuple[str, ...], env: dict[str, str] | None = None
) -> tuple[str, str, list[str]]:
    """Run ``gsscb ARGV`` in a fresh interpreter: its exit line ("exit N"), its standard
    output, and the modules it imported whose names start with one of ``prefixes``."""
    code = (
        "import sys\n"
        "from gsscb_cli.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code, file=sys.stderr)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({prefixes!r})), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT, env=env
    )
    lines = proc.stderr.strip().splitlines()
    assert len(lines) >= 2, proc.stderr
    return lines[-2], proc.stdout, ast.literal_eval(lines[-1])


def test_a_plain_check_imports_no_typer() -> None:
    """commands/check_run.py: a plain ``gsscb check`` line runs without typer or click."""
    exit_line, out, modules = run_and_list_modules(
        ["check", "--data", "data", "--as-of", "2025-12-01", "-f", "json", "--no-cache"],
        ("typer", "click", "pydantic", "gsscb_cli.options", "gsscb_cli.cli_coercion"),
    )
    assert exit_line == "exit 1"
    assert out.startswith("{")
    assert modules == []


def test_a_check_line_that_is_not_plain_goes_to_typer() -> None:
    exit_line, _, modules = run_and_list_modules(
        ["check", "--data", "data", "--as-of", "2025-12-01", "-f", "JSON"], ("typer",)
    )
    assert exit_line == "exit 2"  # typer's usage error: JSON is not a choice
    assert "typer" in modules


def test_validate_imports_no_model() -> None:
    """The load checks every reference without the model: ``validate`` imports neither the
    model nor its builder (a thirtieth of its time at bench scale 100), nor ``tempfile``
    when it writes no cache."""
    exit_line, out, modules = run_and_list_modules(
        ["validate", "--data", "data", "--as-of", "2025-12-01", "-f", "json", "--no-cache"],
        ("gsscb_cli.model", "gsscb_cli.load.build", "tempfile"),
    )
    assert exit_line == "exit 0"
    assert out.startswith("{")
    assert modules == []


@pytest.mark.parametrize("cache", [False, True])
def test_a_check_to_a_pipe_imports_no_openssl_shutil_or_html(
    cache: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """hashlib (its OpenSSL, 5 ms), shutil (bz2, lzma: 5 ms), tempfile (which imports
    shutil) and html (2 ms) are imported only where a run needs them: a finding's identity,
    a terminal's width, Markdown. A text report to a pipe, its cache written, needs none
    of them (blake2b is _blake2's; a cache file is written as cache._new_temporary makes
    it)."""
    monkeypatch.setenv("GSSCB_CACHE_DIR", str(tmp_path / "cache"))
    argv = ["check", "--data", "data", "--as-of", "2025-12-01", "-f", "text"]
    exit_line, out, modules = run_and_list_modules(
        argv + ([] if cache else ["--no-cache"]),
        ("_hashlib", "hashlib", "shutil", "html", "tempfile"),
    )
    assert exit_line == "exit 1"
    assert "error" in out
    assert modules == []
    if cache:
        assert list((tmp_path / "cache").glob("*.results"))  # its result was stored


def test_plain_records_are_read_without_pyyaml(tmp_path: Path) -> None:
    """A folder of plain block records (bench/generate.py's; its catalogue names no kinds,
    so the catalogue that ships with gsscb gives them) is read without importing PyYAML:
    every file, and that catalogue, take the fast path (load/pyyaml_path.py is imported
    when a file first needs it). A file that needs it still gets it: the bundled data's
    requirements.yaml holds flow mappings."""
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "--scale", "1", "--out", str(data)],
        check=True,
        capture_output=True,
    )
    argv = ["validate", "--data", str(data), "--as-of", "2025-12-01", "-f", "json", "--no-cache"]
    exit_line, out, modules = run_and_list_modules(argv, ("yaml", "gsscb_cli.load.pyyaml_path"))
    assert exit_line == "exit 0" and out.startswith("{")
    assert modules == []
    # a check, its caches written (cold) and then read (warm): its keys need no PyYAML
    env = dict(os.environ, GSSCB_CACHE_DIR=str(tmp_path / "cache"))
    check = ["check", "--data", str(data), "--as-of", "2025-12-01", "-f", "text"]
    for _run in ("cold", "warm"):
        exit_line, out, modules = run_and_list_modules(check, ("yaml",), env)
        assert exit_line == "exit 0" and modules == []
    assert list((tmp_path / "cache").glob("*.results"))
    bundled = ["validate", "--data", "data", "--as-of", "2025-12-01", "-f", "json", "--no-cache"]
    exit_line, _, modules = run_and_list_modules(bundled, ("gsscb_cli.load.pyyaml_path",))
    assert exit_line == "exit 0" and modules == ["gsscb_cli.load.pyyaml_path"]


def test_the_default_kind_ids_are_the_default_kinds() -> None:
    from gsscb_cli.load import default_kind_ids, default_kinds

    assert default_kind_ids() == set(default_kinds())
    # the eight kinds of the twelve partnerships (five CSPs, APB, CONTEST, safeguarding,
    # serious organised crime, serious violence, criminal justice, VAWDASV)
    assert len(default_kind_ids()) == 8
