"""Every command describes itself; the package runs as ``gsscb`` and as ``python -m gsscb_cli``."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.main

from gsscb_cli import __version__
from gsscb_cli.cli import app
from tests.conftest import invoke

NO_DATA = {"completion"}
"""Commands that read no data folder, so take none of --data, --as-of and --color."""
NEW_FOLDER = {"init"}
"""Commands that create a data folder (their DIR argument), so take no --data."""


def command_names() -> list[str]:
    group = typer.main.get_group(app)
    return sorted(group.commands)


def test_core_commands_are_registered() -> None:
    assert {"validate", "list"} <= set(command_names())


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help(name: str) -> None:
    result = invoke(name, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage: gsscb " + name in result.stdout
    group = typer.main.get_group(app)
    assert (group.commands[name].help or "").strip(), f"{name} has no help text"
    if name in NO_DATA:
        return
    options = ("--as-of", "--color") if name in NEW_FOLDER else ("--data", "--as-of", "--color")
    for option in options:
        assert option in result.stdout, f"{name} lacks {option}"


def test_top_level_help_documents_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Exit codes" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert result.stdout.strip() == f"gsscb {__version__}"


def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "gsscb_cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"gsscb {__version__}"


def test_unknown_command_is_a_usage_error() -> None:
    result = invoke("frobnicate")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
