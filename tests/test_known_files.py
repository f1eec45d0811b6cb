"""Files known by their stat (gsscb_cli/load/known.py): the results cache's key takes a
file's digest from the last run when its device, inode, size and both times are the
ones recorded, and never when the file changed too recently for its times to tell.

Files a test makes are seconds old at most, so with the shipped margin no record is ever
made for them (they are read on every run, as a file just saved is): the tests that need
records set the margin to zero, which only makes a record possible sooner.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gsscb_cli.load import known, parse
from tests.test_cache import PARTNERSHIP, damage_bytes
from tests.test_results_cache import check, entries


def known_file(cache_dir: Path) -> Path:
    (file,) = sorted(cache_dir.glob("*.known"))
    return file


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files ``parse.read_file_stat`` reads from now on: the key's, and the load's
    (``parse.read_file`` is read_file_stat's)."""
    reads: list[str] = []
    real = parse.read_file_stat

    def counted(path: Path, display: str) -> tuple[bytes | None, list[object], object]:
        reads.append(str(path))
        return real(path, display)  # type: ignore[return-value]

    monkeypatch.setattr(parse, "read_file_stat", counted)
    return reads


def test_a_known_file_is_not_read_again(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(known, "RACY_NS", 0)
    expected = check(data_copy, "--no-cache")
    assert check(data_copy) == expected  # computed and stored; every file recorded
    files = {str(p) for p in data_copy.rglob("*.yaml")}
    assert files and files <= set(known.Index(known_file(cache_dir)).old)
    reads = count_reads(monkeypatch)
    assert check(data_copy) == expected
    assert reads == []  # the key knew every data file by its stat; a hit reads none


def test_one_byte_changed_with_its_time_set_back_is_seen(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(known, "RACY_NS", 0)
    check(data_copy)
    check(data_copy)
    target = data_copy / PARTNERSHIP
    before = os.stat(target)
    original = target.read_bytes()
    time.sleep(0.05)  # past the file system's clock tick: the change time moves on
    target.write_bytes(original.replace(b"Partnership\n", b"Partnershiq\n", 1))
    # the same size, the modification time set back: only the change time tells
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(target)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    changed = check(data_copy)
    assert "Partnershiq" in changed and changed == check(data_copy, "--no-cache")


def test_a_file_changed_too_recently_is_not_recorded(tmp_path: Path) -> None:
    file = tmp_path / "x.yaml"
    file.write_bytes(b"id: x\n")
    index = known.Index(None)
    info = os.stat(file)
    index.record(str(file), info, known.digest(b"id: x\n"))
    assert index.new == {}  # written within RACY_NS of the run: read on every run
    old = time.time_ns() - 2 * known.RACY_NS
    os.utime(file, ns=(old, old))
    info = os.stat(file)
    index.record(str(file), info, known.digest(b"id: x\n"))
    assert index.new == {}  # the change time is still now: it cannot be set back
    index.started += 2 * known.RACY_NS  # the same file, seen by a run much later
    index.record(str(file), info, known.digest(b"id: x\n"))
    assert list(index.new) == [str(file)]
    index.old = index.new
    assert index.known(str(file), info) == known.digest(b"id: x\n")
    other = tmp_path / "y.yaml"
    other.write_bytes(b"id: x\n")
    os.replace(other, file)  # the same bytes in another file (an editor's save, a checkout)
    os.utime(file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert index.known(str(file), os.stat(file)) is None  # another inode: another file


def test_the_shipped_margin_records_no_file_just_written(data_copy: Path, cache_dir: Path) -> None:
    check(data_copy)
    records = known.Index(known_file(cache_dir)).old
    assert not any(path.startswith(str(data_copy)) for path in records)
    # gsscb's own files were written long before (an install, a checkout): recorded
    package = str(Path(known.__file__).resolve().parent.parent)
    assert any(path.startswith(package) for path in records)


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped", "magic", "garbage", "forged"])
def test_a_corrupt_index_is_ignored_and_rebuilt(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    monkeypatch.setattr(known, "RACY_NS", 0)
    expected = check(data_copy, "--no-cache")
    check(data_copy)
    file = known_file(cache_dir)
    if not damage_bytes(file, damage):
        # well formed, but a record of the wrong shape: that record is dropped
        import marshal

        from gsscb_cli.load.cache import write_payload

        records = dict.fromkeys(known.Index(file).old, ("not", "a record"))
        write_payload(file, known.MAGIC, marshal.dumps(records))
        index = known.Index(file)
        assert all(index.known(path, os.stat(path)) is None for path in records)
    target = data_copy / PARTNERSHIP
    target.write_bytes(target.read_bytes().replace(b"Partnership\n", b"Partnershiq\n", 1))
    changed = check(data_copy)
    assert changed == check(data_copy, "--no-cache") and changed != expected
    assert str(target) in known.Index(known_file(cache_dir)).old  # rebuilt
    assert len(entries(cache_dir)) == 2
