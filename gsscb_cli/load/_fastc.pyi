"""Type stub of the C extension ``_fastc.c`` (see load/fast.py)."""

from typing import Any

SOURCE_DIGEST: str
"""The sha256 of the ``_fastc.c`` it was compiled from (the build hook sets it)."""

def parse(text: str, max_depth: int, max_digits: int, /) -> tuple[dict[str, Any], bytes] | None: ...
