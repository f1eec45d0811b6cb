"""Writing results: whole documents, atomically, and never inside the data folder."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from gsscb_cli.errors import UsageError


def is_stdout(path: Path | None) -> bool:
    """``-`` as an output path means standard output, as the Unix tools read it."""
    return path is not None and str(path) == "-"


def write_stdout(content: bytes, *, binary: bool = False) -> None:
    """The bytes to standard output as they are (CRLF line ends survive); a binary format
    is refused on a terminal, where it would only garble the screen."""
    import sys

    if binary and sys.stdout.isatty():
        raise UsageError("the output is binary: give --output FILE or redirect standard output")
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(content)
        buffer.flush()
    else:  # a text-only stream (tests capture output this way)
        sys.stdout.write(content.decode("utf-8", "replace"))


def check_output_path(path: Path, data_dir: Path | None) -> Path:
    """Refuse an output path inside the data folder (the tool never changes the data unless asked)."""
    target = path.resolve()
    if data_dir is not None and data_dir.exists() and target.is_relative_to(data_dir.resolve()):
        raise UsageError(f"refusing to write {path} inside the data folder {data_dir}")
    try:
        mode: int | None = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(f"{path} is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        # a device (/dev/full), a FIFO (which would hang) or a socket: never replaced
        raise UsageError(f"{path} is not a regular file; give a file name or a new path")
    if not target.parent.is_dir():
        raise UsageError(f"cannot write {path}: the folder {path.parent} does not exist")
    return target


MAX_READ = 64 * 1024 * 1024


def read_regular(path: Path, what: str) -> bytes:
    """The bytes of a regular file the user named (an earlier output), or a usage error:
    a FIFO would hang and a device never ends, so only regular files are read."""
    try:
        with open(path, "rb", opener=_no_block) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UsageError(f"cannot read {what} {path}: it is not a regular file")
            if info.st_size > MAX_READ:
                raise UsageError(f"cannot read {what} {path}: it is larger than 64 MiB")
            return handle.read()
    except OSError as exc:
        raise UsageError(f"cannot read {what} {path}: {exc.strerror}") from None


def _no_block(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def write_atomic(path: Path, content: bytes, *, replacing: bytes | None = None) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file.

    With ``replacing`` (the bytes an edit was made from), the file keeps its permissions and
    is replaced only if it still holds those bytes: an edit never overwrites a change made
    on disk meanwhile."""
    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        mode = new_file_mode()  # mkstemp makes 0600; give the usual permissions
        if replacing is not None:
            mode = path.stat().st_mode & 0o777
            if path.read_bytes() != replacing:
                raise UsageError(f"{path} changed while it was being edited; run again")
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # a full disk, a quota, a read-only file system
            raise UsageError(f"cannot write {path}: {exc.strerror}; nothing was written") from None
        raise


def new_file_mode() -> int:
    """The permissions a new file gets under the user's umask (0644 under the usual 022),
    not mkstemp's 0600."""
    return 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
