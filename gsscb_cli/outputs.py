"""Writing results: whole documents, atomically, and never inside the data folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from gsscb_cli.errors import UsageError


def check_output_path(path: Path, data_dir: Path | None) -> Path:
    """Refuse an output path inside the data folder (the tool never changes the data unless asked)."""
    target = path.resolve()
    if data_dir is not None and data_dir.exists() and target.is_relative_to(data_dir.resolve()):
        raise UsageError(f"refusing to write {path} inside the data folder {data_dir}")
    if target.exists() and target.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    if not target.parent.is_dir():
        raise UsageError(f"cannot write {path}: the folder {path.parent} does not exist")
    return target


def write_atomic(path: Path, content: bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
