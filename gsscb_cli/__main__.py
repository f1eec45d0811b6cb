"""Allow ``python -m gsscb_cli``."""

from __future__ import annotations

from gsscb_cli.cli import main

if __name__ == "__main__":
    main()
