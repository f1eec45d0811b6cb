"""A content cache of validated documents, as ruff and mypy keep one.

A second load of unchanged files should not validate every file again. After a load,
each file that parsed and passed its per-document checks (schema, id and file name,
order of dates) is remembered under its key, and the next load does not check it again.
A file with any problem is never remembered: it is parsed and checked again on every
run, so its messages come from the same code as the first time.

* **PyYAML.** Whether PyYAML's C parser loads is kept with each whole entry made while
  PyYAML was imported; an entry read with the other one is a miss (its places may differ).
  It is not in the key: a cache of records read in C is found without importing PyYAML.
* **What is kept of a file.** A file gsscb's reader in C took (``load/fast.py``, nearly
  every record) is kept as ``CHECKED`` only, and parsed again: that reader parses a
  record as quickly as a stored copy of its values can be read back (bench scale 100:
  0.17 s to parse 4,203 files, 0.15-0.24 s to read back the 15 MB that held them), so
  storing the values only cost a first run 0.16 s of writing. Any other file (PyYAML's
  path, or every file where the C reader was not built, ten to fifty times slower) is
  stored with its values and the line and column of every value, so findings built
  from it name the same places, byte for byte.

* **Key.** An entry's key is a digest of the file's bytes, its document type, its path
  and shown path. The whole cache is also keyed by the tool: the gsscb version, the
  Python version, the libraries (``results._libraries_key``), every file of the gsscb
  package (``results.package_key``) and the bytes of the schemas. Change any of them
  and every entry is a miss; nothing else is read, so the cache is never stale.
* **Where.** One file per data folder, under ``$GSSCB_CACHE_DIR`` if set, else the
  user's cache folder: ``$XDG_CACHE_HOME/gsscb`` (``~/.cache/gsscb``) on Linux,
  ``~/Library/Caches/gsscb`` on macOS, ``%LOCALAPPDATA%\\gsscb\\Cache`` on Windows. Never
  inside the data folder: a cache committed in a pull request must not be able to
  vouch for data. Cache files unused for 30 days are removed.
* **Safe.** A new cache is written to a temporary file beside it and renamed over it
  (atomic), so two processes at once each leave a whole cache and a reader never sees
  half of one. The file starts with a magic line and a digest of its contents: a
  truncated, corrupt or foreign file is ignored and rebuilt. Values are stored with
  ``marshal`` (plain values only: no code runs on reading). A cache folder that cannot
  be written costs only the speed-up.
* ``--no-cache`` (or ``GSSCB_NO_CACHE=1``) neither reads nor writes it.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsscb_cli.load.known import blake2b

if TYPE_CHECKING:
    from gsscb_cli.load.parse import Document

MAGIC = b"gsscb document cache 3\n"
_DIGEST = 32  # blake2b's full digest
_PRUNE_AFTER = 30 * 24 * 3600  # seconds without use before a data folder's cache is removed

Key = tuple[bytes, str, str, str]
CHECKED = True
"""The entry of a file that passed its checks and is parsed again (read by the C reader)."""
Entry = tuple[Any, bytes, bool | None] | bool
"""The values, the table of places (load/fast.py) and ``_libyaml()``; or CHECKED."""


def cache_root() -> Path | None:
    """The folder holding gsscb's caches, or None when caching is switched off."""
    if os.environ.get("GSSCB_NO_CACHE", "").strip().lower() in ("1", "true", "yes", "on"):
        return None
    explicit = os.environ.get("GSSCB_CACHE_DIR")
    if explicit:
        return Path(explicit)
    home = Path.home()
    if sys.platform == "win32":  # pragma: no cover - not the CI platform
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "gsscb" / "Cache" if base else home / "AppData/Local/gsscb/Cache"
    if sys.platform == "darwin":  # pragma: no cover - not the CI platform
        return home / "Library" / "Caches" / "gsscb"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache") / "gsscb"


def tool_key(schema_dir: Path, package: bytes | None = None) -> bytes:
    """What a stored answer depends on besides the file: gsscb, Python, the libraries and
    the package's own files (``results.package_key``: ``package`` when the caller has it,
    so an edited checkout never reads old answers) and the schemas (read each time: a
    test or an editor may change them within one process)."""
    digest = blake2b(package if package is not None else _package_key(), digest_size=_DIGEST)
    for schema in sorted(schema_dir.glob("*.schema.json")):
        digest.update(b"\0" + schema.name.encode() + b"\0")
        digest.update(schema.read_bytes())
    return digest.digest()


@functools.cache
def _package_key() -> bytes:
    """``results.package_key``, every file read (the key of a run that keys no result)."""
    from gsscb_cli.load.results import package_key

    return package_key()


def folder_name(data_dir: Path) -> str:
    """The name a data folder's cache files share (``.cache``, ``.results``, ``.shown``,
    ``.known``): a digest of its resolved path."""
    folder = str(data_dir.resolve()).encode("utf-8", "surrogateescape")
    return blake2b(folder, digest_size=12).hexdigest()


class DocumentCache:
    """The stored documents of one data folder: read once at the start of a load, written
    once at the end (only when something changed)."""

    def __init__(
        self, data_dir: Path, schema_dir: Path, root: Path | None, package: bytes | None = None
    ) -> None:
        self.file: Path | None = None
        self.tool = b""
        self.old: dict[Key, Entry] = {}
        self.new: dict[Key, Entry] = {}
        self.added = False
        if root is None:
            return
        self.file = root / f"{folder_name(data_dir)}.cache"
        self.tool = tool_key(schema_dir, package)
        self.old = self._read(self.file)

    @property
    def enabled(self) -> bool:
        return self.file is not None

    def _read(self, file: Path) -> dict[Key, Entry]:
        payload = read_payload(file, MAGIC)
        if payload is None:
            return {}  # truncated or corrupt: ignored, and rebuilt at the end of this load
        try:
            tool, entries = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return {}
        if tool != self.tool or not isinstance(entries, dict):
            return {}
        return entries

    @staticmethod
    def key(
        raw: bytes, doc_type: str, display: str, path: Path, digest: bytes | None = None
    ) -> Key:
        """A file's key: its bytes' digest (``digest`` when the load has it already: the
        digest ``parse.read_digest`` took of these bytes, the same blake2b), its type and
        its names."""
        if digest is None:
            digest = blake2b(raw, digest_size=_DIGEST).digest()
        return (digest, doc_type, display, str(path))

    def get(self, key: Key) -> Document | bool:
        """What is kept of this file, when it passed its checks last time: its stored
        document, or ``CHECKED`` (parse it again; its checks need not run); else False."""
        entry = self.old.get(key)
        if entry is CHECKED:
            self.new[key] = entry
            return CHECKED
        if not _is_entry(entry):
            return False
        assert isinstance(entry, tuple)
        data, places, libyaml = entry
        if libyaml is not None and libyaml is not _libyaml(True):
            return False  # read by a PyYAML with (or without) the C parser this one lacks
        self.new[key] = entry
        from gsscb_cli.load.parse import Document

        return Document(path=Path(key[3]), display=key[2], data=data, places=places)

    def put(self, key: Key, doc: Document) -> None:
        """Keep a document that parsed and passed its per-document checks: ``CHECKED`` for
        one the C reader took, else its values and places."""
        if self.file is not None:
            self.new[key] = CHECKED if doc.native else (doc.data, doc.places, _libyaml())
            self.added = True

    def save(self) -> None:
        """Write the entries used by this load (so files removed from the folder leave the
        cache), atomically; never fails the command."""
        if self.file is None:
            return
        unchanged = not self.added and len(self.new) == len(self.old)
        if unchanged:
            _touch(self.file)
            return
        try:
            payload = marshal.dumps((self.tool, self.new))
        except ValueError:  # pragma: no cover - documents hold only plain values
            return
        write_payload(self.file, MAGIC, payload)
        _prune(self.file.parent)


def read_payload(file: Path, magic: bytes) -> bytes | None:
    """What a cache file holds after its magic line and digest, or None when it is missing,
    foreign, truncated or corrupt (its digest does not match)."""
    try:
        blob = file.read_bytes()
    except OSError:
        return None
    head = len(magic)
    if blob[:head] != magic or len(blob) < head + _DIGEST:
        return None
    digest, payload = blob[head : head + _DIGEST], blob[head + _DIGEST :]
    if blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return None
    return payload


def write_payload(file: Path, magic: bytes, payload: bytes) -> None:
    """Write a cache file (magic line, digest, payload) atomically; never fails the command."""
    _write_atomic(file, magic + blake2b(payload, digest_size=_DIGEST).digest() + payload)


def _is_entry(entry: object) -> bool:
    return (
        isinstance(entry, tuple)
        and len(entry) == 3
        and isinstance(entry[0], dict)
        and isinstance(entry[1], bytes)
        and (entry[2] is None or type(entry[2]) is bool)
    )


def _libyaml(importing: bool = False) -> bool | None:
    """Whether PyYAML's C parser loads, when PyYAML has read a file in this process (its
    path, ``load/pyyaml_path.py``, is imported) or ``importing`` (it is imported to say);
    None when it has not, so nothing stored now was read by it. (Its messages and places
    differ without its C parser.)"""
    if not importing and "gsscb_cli.load.pyyaml_path" not in sys.modules:
        return None
    import yaml

    return bool(getattr(yaml, "__with_libyaml__", False))


def _touch(file: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(file)


def _write_atomic(file: Path, blob: bytes) -> None:
    tmp: str | None = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _new_temporary(file)
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(tmp, file)
        tmp = None
    except OSError:
        pass  # a read-only or full cache folder: the next run parses again
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


_CREATE = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def _new_temporary(file: Path) -> tuple[int, str]:
    """A new file beside ``file``, only this process's (created, never opened when there,
    readable by its owner only), as ``tempfile.mkstemp`` makes one: not through tempfile,
    which imports shutil, bz2 and lzma (14 ms of the run that writes a cache)."""
    for _attempt in range(100):
        path = os.path.join(file.parent, f".{file.name}.{os.urandom(8).hex()}.tmp")
        try:
            return os.open(path, _CREATE, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no new temporary file beside {file}")


def _prune(root: Path) -> None:
    """Remove caches (and stray temporary files) not used for _PRUNE_AFTER."""
    cutoff = time.time() - _PRUNE_AFTER
    try:
        for entry in os.scandir(root):
            if (
                entry.name.endswith((".cache", ".results", ".known", ".shown", ".tmp"))
                and entry.stat().st_mtime < cutoff
            ):
                os.unlink(entry.path)
    except OSError:
        pass
