"""``gsscb completion SHELL``: print the shell completion script for bash, zsh or fish.

Typer's own ``--install-completion`` and ``--show-completion`` work too, but they detect the
shell they run in; this command names it, so it can be used from scripts and dotfiles.
"""

from __future__ import annotations

from enum import Enum

import typer


class Shell(str, Enum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"


def completion(
    shell: Shell = typer.Argument(..., help="bash, zsh, fish or powershell."),
) -> None:
    """Print the completion script for SHELL (see README, "Shell completion").

    bash: gsscb completion bash > ~/.local/share/bash-completion/completions/gsscb
    zsh:  gsscb completion zsh > "${fpath[1]}/_gsscb"
    fish: gsscb completion fish > ~/.config/fish/completions/gsscb.fish
    """
    from typer._completion_shared import get_completion_script

    typer.echo(
        get_completion_script(
            prog_name="gsscb", complete_var="_GSSCB_COMPLETE", shell=shell.value
        ).rstrip("\n")
    )
