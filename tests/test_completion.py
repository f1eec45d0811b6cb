"""Shell completion: the scripts exist for bash, zsh and fish, and bash really completes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import invoke

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o default -F _gsscb_completion gsscb"),
        ("zsh", "#compdef gsscb"),
        ("fish", "complete --command gsscb"),
    ],
)
def test_completion_script(shell: str, marker: str) -> None:
    result = invoke("completion", shell)
    assert result.exit_code == 0, result
    assert marker in result.stdout
    assert "_GSSCB_COMPLETE" in result.stdout


def test_unknown_shell_is_a_usage_error() -> None:
    result = invoke("completion", "tcsh")
    assert result.exit_code == 2


def test_bash_completes_a_command_and_an_option(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    assert bash is not None and (BIN / "gsscb").exists(), "bash and the gsscb script are installed"
    script = subprocess.run(
        [str(BIN / "gsscb"), "completion", "bash"], capture_output=True, text=True, check=True
    ).stdout
    (tmp_path / "gsscb.bash").write_text(script, encoding="utf-8")
    probe = (
        f"source {tmp_path / 'gsscb.bash'}\n"
        'COMP_WORDS=(gsscb che); COMP_CWORD=1; _gsscb_completion gsscb; echo "${COMPREPLY[@]}"\n'
        'COMP_WORDS=(gsscb deadlines --ove); COMP_CWORD=2; _gsscb_completion gsscb; echo "${COMPREPLY[@]}"\n'
    )
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run([bash, "-c", probe], capture_output=True, text=True, env=env, check=True)
    first, second = done.stdout.splitlines()
    assert first.split() == ["check"]
    assert "--overdue" in second.split()
