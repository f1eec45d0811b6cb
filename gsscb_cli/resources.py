"""Where the schemas and templates live: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """``schemas`` or ``templates``: the wheel carries them in ``_resources``; a checkout at top level."""
    installed = _PACKAGE / "_resources" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name
