"""``python -m gsscb_cli.words``: write catalogue_data.py from catalogue.yaml."""

from __future__ import annotations

from pathlib import Path

from gsscb_cli.words import catalogue_data_text


def main() -> None:
    target = Path(__file__).with_name("catalogue_data.py")
    target.write_text(catalogue_data_text(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
