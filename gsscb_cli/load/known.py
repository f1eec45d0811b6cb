"""Files known by their stat: a file's digest taken from the last run when nothing about
the file has changed since, as git's index and mypy's cache know files.

The results cache (``load/results.py``) keys a check by the digest of every file it
depends on: at bench scale 100 that is 4,203 data files and the package's own, and
reading and hashing all of them was half of a warm check. This index keeps, for each
file a key read, its signature (device, inode, size, modification and change times in
nanoseconds) and the digest of the bytes read; the next run takes the digest without
reading the file when the signature is the same.

* **Never stale.** Saving a file changes its modification and change times; on a POSIX
  file system (ext4, XFS, btrfs, APFS, tmpfs, ...) a change time cannot be set back by
  any user (``touch -d`` and ``os.utime`` set only the modification time), and a file
  replaced by another (a checkout, a rename over it) has another inode. (FAT and exFAT
  keep no change time: there a same-size edit with its modification time set back is
  not seen. Use ``--no-cache`` for data on such a drive.) A record is only made when both times are older than the run by more
  than ``RACY_NS``: a file written in the same clock tick as the reading (the same
  timestamp, twice, with the same size) is read and hashed on every run until it is
  older, as git treats its "racily clean" entries.
* **Only a shortcut.** What the index says is used for the key alone; the check that a
  miss computes reads every file the key did not (the key's own bytes it takes as the
  key read them), records the digest of what it used, and a result is only stored when those are the
  digests the key was made from.
* **Safe.** One file per data folder in the cache folder, beside the results,
  written atomically with a magic line and a digest of its contents; a truncated,
  corrupt or foreign index is ignored (every file is read, and a new index written).
  Whoever can write the cache folder can make a key lie about the data, as with the
  results themselves: never restore a cache folder from a source you would not let
  edit the data. ``--no-cache`` reads and writes none of it.
"""

from __future__ import annotations

import marshal
import os
import time
from pathlib import Path

try:  # hashlib's own blake2b, without hashlib's import of OpenSSL (5 ms of every run)
    from _blake2 import blake2b as blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as blake2b

MAGIC = b"gsscb known files 1\n"
RACY_NS = 3_000_000_000
"""How much older than the run a file's times must be for its record to be kept: more
than any file system's timestamp tick (FAT's is two seconds)."""

Signature = tuple[int, int, int, int, int]
Record = tuple[int, int, int, int, int, bytes]


def digest(raw: bytes) -> bytes:
    """The digest files are known by (``parse.read_digest``)."""
    return blake2b(raw, digest_size=32).digest()


def signature(info: os.stat_result) -> Signature:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class Index:
    """The records of one data folder's last run: read at the start of a key, written
    at its end when a record was added, changed or is no longer needed."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.started = time.time_ns()
        self.old: dict[str, Record] = _read(file) if file is not None else {}
        self.new: dict[str, Record] = {}

    def known(self, path: str, info: os.stat_result) -> bytes | None:
        """The digest of ``path``'s bytes when its signature is the one recorded."""
        record = self.old.get(path)
        if record is None or not _is_record(record) or record[:5] != signature(info):
            return None
        self.new[path] = record
        return record[5]

    def record(self, path: str, info: os.stat_result, file_digest: bytes) -> None:
        """Remember what ``path`` held when ``info`` (taken before reading it) was seen,
        unless the file changed too recently for its times to tell a later change."""
        if max(info.st_mtime_ns, info.st_ctime_ns) < self.started - RACY_NS:
            self.new[path] = (*signature(info), file_digest)

    def save(self) -> None:
        """Write the records used by this run, when they differ from the last run's."""
        if self.file is None:
            return
        if self.new == self.old:
            _touch(self.file)  # in use: not pruned as unused (cache._prune)
            return
        from gsscb_cli.load.cache import write_payload

        write_payload(self.file, MAGIC, marshal.dumps(self.new))


def _touch(file: Path) -> None:
    from gsscb_cli.load.cache import _touch as touch

    touch(file)


def _read(file: Path) -> dict[str, Record]:
    from gsscb_cli.load.cache import read_payload

    payload = read_payload(file, MAGIC)
    if payload is None:
        return {}
    try:
        records = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    # each record's shape is checked when it is looked up
    return records if type(records) is dict else {}


def _is_record(record: object) -> bool:
    return (
        type(record) is tuple
        and len(record) == 6
        and all(type(v) is int for v in record[:5])
        and type(record[5]) is bytes
        and len(record[5]) == 32
    )
