"""The content cache of checked documents (gsscb_cli/load/cache.py).

Each property the README promises: the same bytes out with or without it; never stale
(one byte changed is seen); ``--no-cache`` neither reads nor writes it; a corrupt cache
is ignored and rebuilt; two processes at once; the tool and the schemas are in the key.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gsscb_cli.load import cache, fast, load
from gsscb_cli.load.cache import MAGIC, DocumentCache, tool_key
from gsscb_cli.resources import resource_dir
from tests.conftest import ROOT, invoke

AS_OF = "2026-12-01"
PARTNERSHIP = "partnerships/blaenau-gwent-csp.yaml"


def check_json(data: Path, *extra: str) -> str:
    result = invoke("check", "--data", str(data), "--as-of", AS_OF, "--format", "json", *extra)
    assert result.exit_code in (0, 1), result
    return result.stdout


def names(data: Path, *extra: str) -> dict[str, str]:
    result = invoke("list", "partnerships", "--data", str(data), "--format", "json", *extra)
    assert result.exit_code == 0, result
    return {p["id"]: p["name"] for p in json.loads(result.stdout)}


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.cache")) if folder.is_dir() else []


def read_entries(file: Path) -> dict[object, object]:
    blob = file.read_bytes()
    assert blob.startswith(MAGIC)
    payload = blob[len(MAGIC) + 32 :]
    assert hashlib.blake2b(payload, digest_size=32).digest() == blob[len(MAGIC) : len(MAGIC) + 32]
    _tool, entries = marshal.loads(payload)
    assert isinstance(entries, dict)
    return entries


def write_entries(file: Path, tool: bytes, entries: dict[object, object]) -> None:
    payload = marshal.dumps((tool, entries))
    file.write_bytes(MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)


def test_warm_and_cold_give_the_same_bytes(data_copy: Path, cache_dir: Path) -> None:
    # a broken reference and a schema error, so findings of every kind carry lines
    meeting = next((data_copy / "meetings").glob("*.yaml"))
    meeting.write_text(meeting.read_text(encoding="utf-8") + "extra_field: 1\n", encoding="utf-8")
    uncached = check_json(data_copy, "--no-cache")
    assert not cache_files(cache_dir)
    cold = check_json(data_copy)
    files = cache_files(cache_dir)
    assert len(files) == 1
    entries = read_entries(files[0])
    loaded = load(data_copy, cache=False)
    valid = sum(len(docs) for docs in loaded.documents.values())
    assert len(entries) == valid > 20  # every file that passed, and only those
    assert not any(key[3] == str(meeting) for key in entries)  # type: ignore[index]
    warm = check_json(data_copy)
    assert cold == warm == uncached
    assert '"line":' in warm and "extra_field" in warm


def test_one_byte_changed_is_seen(data_copy: Path, cache_dir: Path) -> None:
    target = data_copy / PARTNERSHIP
    original = target.read_bytes()
    before = check_json(data_copy)
    assert "community-safety-partnershiP" not in before
    # valid to invalid: a schema finding with its line, where the cache held a valid file
    target.write_bytes(original.replace(b"partnership\n", b"partnershiP\n", 1))
    after = check_json(data_copy)
    assert after != before
    report = json.loads(after)
    hits = [f for f in report["findings"] if f["file"].endswith(PARTNERSHIP) and f["line"] == 5]
    assert hits and hits[0]["rule"] == "schema", hits
    # valid to valid: a new name, where a stale cache would show the old one
    target.write_bytes(original.replace(b"Partnership\n", b"Partnershiq\n", 1))
    assert names(data_copy)["blaenau-gwent-csp"] == "Blaenau Gwent Community Safety Partnershiq"
    target.write_bytes(original)
    assert names(data_copy)["blaenau-gwent-csp"] == "Blaenau Gwent Community Safety Partnership"
    assert check_json(data_copy) == before


def _poisoned(data: Path, cache_dir: Path) -> None:
    """Break one partnership (a field its schema does not allow) and rewrite the cache
    (with a valid digest) so it vouches for the broken bytes: read, the cache lists a
    partnership that fails its schema."""
    names(data)
    (file,) = cache_files(cache_dir)
    entries = read_entries(file)
    target = data / PARTNERSHIP
    broken = target.read_bytes() + b"not_a_field: 1\n"
    target.write_bytes(broken)
    for key in list(entries):
        _digest, doc_type, display, path = key  # type: ignore[misc]
        if str(path).endswith(PARTNERSHIP):
            assert entries.pop(key) is cache.CHECKED  # the C reader's: kept as checked only
            own = hashlib.blake2b(broken, digest_size=32).digest()
            entries[(own, doc_type, display, path)] = cache.CHECKED
    write_entries(file, tool_key(resource_dir("schemas")), entries)


def test_no_cache_neither_reads_nor_writes(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names(data_copy, "--no-cache")
    assert not cache_dir.exists()
    _poisoned(data_copy, cache_dir)
    (file,) = cache_files(cache_dir)
    stamp = file.read_bytes()
    # the cache is read (which is how we know the lie is there) ...
    assert "blaenau-gwent-csp" in names(data_copy)
    # ... and --no-cache, or GSSCB_NO_CACHE, neither reads it nor writes it
    assert "blaenau-gwent-csp" not in names(data_copy, "--no-cache")
    monkeypatch.setenv("GSSCB_NO_CACHE", "1")
    assert "blaenau-gwent-csp" not in names(data_copy)
    assert file.read_bytes() == stamp


def damage_bytes(file: Path, damage: str) -> bool:
    """Damage a cache file's bytes as ``damage`` says; False for a damage of another kind."""
    blob = file.read_bytes()
    damaged = {
        "empty": lambda: b"",
        "truncated": lambda: blob[: len(blob) // 2],
        "flipped": lambda: blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:],
        "magic": lambda: b"x" + blob[1:],
        "garbage": lambda: os.urandom(len(blob)),
    }
    if damage not in damaged:
        return False
    file.write_bytes(damaged[damage]())
    return True


@pytest.mark.parametrize(
    "damage",
    ["empty", "truncated", "flipped", "magic", "garbage", "not-marshal", "wrong-shape", "folder"],
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(
    data_copy: Path, cache_dir: Path, damage: str
) -> None:
    expected = check_json(data_copy, "--no-cache")
    check_json(data_copy)
    (file,) = cache_files(cache_dir)
    if damage_bytes(file, damage):
        pass
    elif damage == "not-marshal":
        payload = b"\xff\x00 not marshal"
        file.write_bytes(MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)
    elif damage == "wrong-shape":  # a whole file, the right key, entries of another shape
        junk: dict[object, object] = dict.fromkeys(read_entries(file), ("not", "an entry"))
        write_entries(file, tool_key(resource_dir("schemas")), junk)
    else:
        file.unlink()
        file.mkdir()
    for results in cache_dir.glob("*.results"):  # so the check loads the data (load/results.py)
        results.unlink()
    assert check_json(data_copy) == expected
    if damage != "folder":  # rebuilt, whole
        assert len(read_entries(file)) > 20
        assert check_json(data_copy) == expected


def test_an_unwritable_cache_folder_costs_only_speed(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    expected = check_json(data_copy, "--no-cache")
    monkeypatch.setenv("GSSCB_CACHE_DIR", str(blocker / "cache"))
    assert check_json(data_copy) == expected


def test_a_failed_write_leaves_the_old_cache_whole(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names(data_copy)
    (file,) = cache_files(cache_dir)
    before = file.read_bytes()
    target = data_copy / PARTNERSHIP
    target.write_bytes(target.read_bytes().replace(b"Partnership\n", b"Partnershiq\n", 1))

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.os, "replace", fail)
    assert names(data_copy)["blaenau-gwent-csp"].endswith("Partnershiq")
    assert file.read_bytes() == before  # the rename is the only write to it
    assert [p.name for p in cache_dir.iterdir()] == [file.name]  # no temporary file left


def test_two_processes_at_once(data_copy: Path, cache_dir: Path) -> None:
    expected = check_json(data_copy, "--no-cache")
    argv = [sys.executable, "-m", "gsscb_cli", "check", "--data", str(data_copy)]
    argv += ["--as-of", AS_OF, "--format", "json"]
    env = {**os.environ, "GSSCB_CACHE_DIR": str(cache_dir), "NO_COLOR": "1"}
    for _round in ("cold", "warm", "changed"):
        if _round == "changed":  # processes that each rewrite the cache, at once
            target = data_copy / PARTNERSHIP
            target.write_bytes(target.read_bytes() + b"# a comment\n")
        procs = [
            subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            for _ in range(4)
        ]
        outputs = [proc.communicate(timeout=300) for proc in procs]
        for proc, (out, err) in zip(procs, outputs, strict=True):
            assert proc.returncode in (0, 1), err.decode()
            assert out.decode() == expected
        (file,) = cache_files(cache_dir)
        assert len(read_entries(file)) > 20
        assert not list(cache_dir.glob("*.tmp")) and not list(cache_dir.glob(".*"))


def test_the_tool_and_the_schemas_are_in_the_key(
    data_copy: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schemas = tmp_path / "schemas"
    shutil.copytree(resource_dir("schemas"), schemas)
    assert tool_key(schemas) == tool_key(resource_dir("schemas"))
    partnership = schemas / "partnership.schema.json"
    partnership.write_text(partnership.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert tool_key(schemas) != tool_key(resource_dir("schemas"))
    # a stored answer under one set of schemas is not used under another
    load(data_copy, schemas)
    store = DocumentCache(data_copy, resource_dir("schemas"), cache_dir)
    assert store.old == {}
    store = DocumentCache(data_copy, schemas, cache_dir)
    assert len(store.old) > 20
    # another gsscb version (or another source of the package) is another key
    import gsscb_cli
    from gsscb_cli.load import results

    cache._package_key.cache_clear()
    monkeypatch.setattr(gsscb_cli, "__version__", "0.0.0-other")
    try:
        assert DocumentCache(data_copy, schemas, cache_dir).old == {}
    finally:
        cache._package_key.cache_clear()
    monkeypatch.undo()
    # the key a check's results key hands over (the package's, as it found it) is the one
    # every other command's load makes for itself: they share one document cache
    assert DocumentCache(data_copy, schemas, cache_dir, results.package_key()).old
    assert cache.tool_key(schemas, results.package_key()) == tool_key(schemas)
    assert cache.tool_key(schemas, b"another package") != tool_key(schemas)


def test_files_that_leave_the_folder_leave_the_cache(data_copy: Path, cache_dir: Path) -> None:
    names(data_copy)
    (file,) = cache_files(cache_dir)
    count = len(read_entries(file))
    (data_copy / PARTNERSHIP).unlink()
    names(data_copy)
    assert len(read_entries(file)) == count - 1


def test_the_cache_is_not_in_the_data_folder_or_the_repository(
    data_copy: Path, cache_dir: Path
) -> None:
    check_json(data_copy)
    assert cache_files(cache_dir)
    assert not [p for p in data_copy.rglob("*") if "cache" in p.name]
    assert not (ROOT / ".gsscb_cache").exists()


def test_the_default_cache_folder_is_the_users(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GSSCB_CACHE_DIR", raising=False)
    monkeypatch.delenv("GSSCB_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    if sys.platform.startswith("linux"):
        assert cache.cache_root() == Path("/somewhere/cache/gsscb")
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
        assert cache.cache_root() == Path.home() / ".cache" / "gsscb"
    for off in ("1", "true", "YES"):
        monkeypatch.setenv("GSSCB_NO_CACHE", off)
        assert cache.cache_root() is None
    monkeypatch.setenv("GSSCB_NO_CACHE", "0")
    assert cache.cache_root() is not None


# The record edits (cycle commands) write the data and reload it; GSSCB_NO_CACHE covers them.
EDITS = {"meeting", "partnership", "obligation", "action", "completion", "init", "rules", "explain"}


def test_every_command_that_reads_the_data_has_no_cache() -> None:
    import typer.main

    from gsscb_cli.cli import app

    def walk(command: object, name: str) -> list[tuple[str, object]]:
        children = getattr(command, "commands", None)
        if not children:
            return [(name, command)]
        return [pair for sub, child in children.items() for pair in walk(child, f"{name} {sub}")]

    missing = []
    for name, command in walk(typer.main.get_command(app), "gsscb"):
        if name.split()[1] in EDITS:
            continue
        options = {opt for param in command.params for opt in param.opts}  # type: ignore[attr-defined]
        if "--data" in options and "--no-cache" not in options:
            missing.append(name)
    assert not missing, missing


@pytest.mark.parametrize(
    "command",
    [
        ("check", "--as-of", AS_OF, "--format", "json"),  # bytes the results key read ahead
        ("check", "--as-of", AS_OF, "--format", "text"),
        ("list", "partnerships", "--format", "json"),  # bytes read by the load itself
    ],
)
@pytest.mark.parametrize("known_by_stat", [False, True])
def test_each_stored_document_is_keyed_by_its_own_bytes(
    data_copy: Path,
    cache_dir: Path,
    command: tuple[str, ...],
    known_by_stat: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A key takes the digest the load already has (read ahead by the results key, or
    recorded as it was read): it is the digest of that file's bytes, and of no other's.
    ``known_by_stat``: a second run, after the document cache and the results are removed,
    whose results key knows every file by its stat and reads none: the check reads each
    itself (and keys it by what ``read_file`` recorded)."""
    if known_by_stat:
        from gsscb_cli.load import known

        monkeypatch.setattr(known, "RACY_NS", 0)  # the files just copied are recorded
        assert invoke(*command, "--data", str(data_copy)).exit_code in (0, 1)
        for stale in [*cache_files(cache_dir), *cache_dir.glob("*.results")]:
            stale.unlink()
        for stale in cache_dir.glob("*.shown"):
            stale.unlink()
    assert invoke(*command, "--data", str(data_copy)).exit_code in (0, 1)
    (file,) = cache_files(cache_dir)
    keys = list(read_entries(file))
    assert len(keys) > 25
    for digest, _doc_type, _display, path in keys:  # type: ignore[misc]
        assert digest == hashlib.blake2b(Path(path).read_bytes(), digest_size=32).digest(), path


@pytest.mark.skipif(fast.NATIVE is None and not os.environ.get("CI"), reason="no C reader built")
def test_what_is_kept_of_each_file(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the C reader took is kept as CHECKED (parsed again, not checked again); any
    other is stored whole (values and places), and read back instead of parsed. The
    bundled data has both: requirements.yaml and returns.yaml hold flow mappings, which
    the C reader leaves to PyYAML."""
    import gsscb_cli.load as pipeline

    assert fast.NATIVE is not None  # under CI the reader must be built (GSSCB_REQUIRE_NATIVE)
    cold = load(data_copy)
    (file,) = cache_files(cache_dir)
    entries = read_entries(file)
    names_of = {key: Path(str(key[3])).name for key in entries}  # type: ignore[index]
    whole = {names_of[key] for key, entry in entries.items() if entry is not cache.CHECKED}
    assert whole == {"requirements.yaml", "returns.yaml"}
    for entry in entries.values():
        if entry is not cache.CHECKED:
            values, places, libyaml = entry  # type: ignore[misc]
            assert isinstance(values, dict) and isinstance(places, bytes) and places
            assert libyaml is cache._libyaml(True)  # PyYAML read it, with this C parser
    # a second load: no file's checks run again; only the CHECKED files are parsed again
    checked: list[str] = []
    parsed: list[str] = []
    checks, parse_bytes = pipeline._document_checks, pipeline.parse.parse_bytes

    def counting_checks(doc: object, doc_type: str, schemas: object) -> object:
        checked.append(doc_type)
        return checks(doc, doc_type, schemas)  # type: ignore[arg-type]

    def counting_parse(raw: bytes, display: str, path: Path) -> object:
        parsed.append(path.name)
        return parse_bytes(raw, display, path)

    monkeypatch.setattr(pipeline, "_document_checks", counting_checks)
    monkeypatch.setattr(pipeline.parse, "parse_bytes", counting_parse)
    warm = load(data_copy)
    assert checked == []
    assert sorted(parsed) == sorted(
        Path(str(key[3])).name
        for key, entry in entries.items()
        if entry is cache.CHECKED  # type: ignore[index]
    )
    assert warm.findings == cold.findings
    assert warm.documents == cold.documents  # the same values, and the same places
    # a file changed is parsed and checked again, and kept again
    target = data_copy / PARTNERSHIP
    target.write_bytes(target.read_bytes() + b"# a comment\n")
    load(data_copy)
    assert checked == ["partnership"]


def test_a_temporary_file_is_new_and_its_owners(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cache._new_temporary, as tempfile.mkstemp: a new file beside the cache, readable by
    its owner only, never one that is there already (a name taken is passed over; when
    every name it tries is taken, nothing is written and the command goes on)."""
    target = tmp_path / "x.cache"
    fd, name = cache._new_temporary(target)
    os.close(fd)
    made = Path(name)
    assert made.parent == tmp_path and made.name.startswith(".x.cache.")
    assert made.name.endswith(".tmp") and made.stat().st_mode & 0o777 == 0o600
    monkeypatch.setattr(cache.os, "urandom", lambda n: bytes.fromhex(made.name[9:25]))
    with pytest.raises(FileExistsError):
        cache._new_temporary(target)  # the only name it is given is taken
    cache._write_atomic(target, b"payload")  # ... and a write then costs only the cache
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [made.name]


def test_a_whole_entry_read_with_another_pyyaml_is_a_miss(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry stored whole keeps whether PyYAML's C parser loaded (its places differ
    without it): read where the other one loads, it is parsed again, not taken."""
    load(data_copy)
    (file,) = cache_files(cache_dir)
    entries = read_entries(file)
    lied = 0
    for key, entry in list(entries.items()):
        if entry is not cache.CHECKED:
            values, places, libyaml = entry  # type: ignore[misc]
            entries[key] = ({**values, "lie": True}, places, not libyaml)
            lied += 1
    assert lied == 2  # requirements.yaml and returns.yaml (flow mappings: PyYAML's)
    write_entries(file, tool_key(resource_dir("schemas")), entries)
    again = load(data_copy)
    assert not any("lie" in doc.data for docs in again.documents.values() for doc in docs)
    for key, entry in list(entries.items()):  # the same lie, with this PyYAML: taken
        if entry is not cache.CHECKED:
            values, places, libyaml = entry  # type: ignore[misc]
            entries[key] = (values, places, not libyaml)
    write_entries(file, tool_key(resource_dir("schemas")), entries)
    taken = load(data_copy)
    assert sum("lie" in doc.data for docs in taken.documents.values() for doc in docs) == 2
