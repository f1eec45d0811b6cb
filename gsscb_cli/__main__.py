"""Allow ``python -m gsscb_cli``."""

from __future__ import annotations

from gsscb_cli.cli import console

if __name__ == "__main__":
    console()
