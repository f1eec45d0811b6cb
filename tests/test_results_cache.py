"""The cache of whole check results (gsscb_cli/load/results.py).

What it promises: the same bytes as a run without it; never stale (one byte changed in
the data, the words catalogue, a template or a schema is a new answer); --no-cache and
GSSCB_NO_CACHE bypass it; a corrupt file is ignored and rebuilt; two processes at once;
only plain values are stored, and a finding reads back equal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gsscb_cli.findings import Basis, Citation, Finding, Kind, Location, Ref, Severity
from gsscb_cli.load import results
from gsscb_cli.model.types import Text
from gsscb_cli.resources import resource_dir
from tests.conftest import ROOT, invoke
from tests.test_cache import AS_OF, PARTNERSHIP, damage_bytes


def check(data: Path, *extra: str, fmt: str = "json") -> str:
    result = invoke("check", "--data", str(data), "--as-of", AS_OF, "--format", fmt, *extra)
    assert result.exit_code in (0, 1), result
    return result.stdout


def entries(
    folder: Path, suffix: str = ".results", magic: bytes = results.MAGIC
) -> dict[bytes, object]:
    """The entries of a data folder's results (or kept reports: ``shown``) file."""
    (file,) = sorted(folder.glob(f"*{suffix}"))
    blob = file.read_bytes()
    assert blob.startswith(magic)
    head = len(magic)
    payload = blob[head + 32 :]
    assert hashlib.blake2b(payload, digest_size=32).digest() == blob[head : head + 32]
    stored = marshal.loads(payload)
    assert isinstance(stored, dict)
    return stored


def test_a_warm_check_is_the_cold_check_without_computing_it(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = next((data_copy / "meetings").glob("*.yaml"))  # a schema error among them
    meeting.write_text(meeting.read_text(encoding="utf-8") + "extra_field: 1\n", encoding="utf-8")
    uncached = {fmt: check(data_copy, "--no-cache", fmt=fmt) for fmt in ("json", "text", "sarif")}
    verbose = check(data_copy, "--no-cache", "--verbose", fmt="text")
    assert not cache_dir.exists()
    assert check(data_copy) == uncached["json"]
    assert len(entries(cache_dir)) == 1

    def no_rules(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm check ran the rules")

    monkeypatch.setattr("gsscb_cli.compliance.run_check", no_rules)
    for fmt, expected in uncached.items():  # every report is made from the stored findings
        assert check(data_copy, fmt=fmt) == expected
    assert check(data_copy, "--verbose", fmt="text") == verbose


def test_the_day_and_the_options_are_in_the_key(data_copy: Path, cache_dir: Path) -> None:
    runs = [
        ("--as-of", "2025-11-30"),
        ("--select", "obligation-overdue"),
        ("--ignore", "obligation-overdue"),
    ]
    for extra in runs:
        expected = invoke(
            "check", "--data", str(data_copy), "--format", "json", "--no-cache", *extra,
            *(() if extra[0] == "--as-of" else ("--as-of", AS_OF)),
        ).stdout  # fmt: skip
        for _ in range(2):
            got = invoke(
                "check", "--data", str(data_copy), "--format", "json", *extra,
                *(() if extra[0] == "--as-of" else ("--as-of", AS_OF)),
            ).stdout  # fmt: skip
            assert got == expected, extra
    assert len(entries(cache_dir)) == len(runs)  # kept side by side (up to results._KEEP)
    # an unknown rule id is still refused (an entry exists only for ids that were known)
    bad = invoke("check", "--data", str(data_copy), "--as-of", AS_OF, "--select", "nope")
    assert bad.exit_code == 2


def test_one_byte_changed_in_the_data_is_seen(data_copy: Path, cache_dir: Path) -> None:
    before = check(data_copy)
    target = data_copy / PARTNERSHIP
    original = target.read_bytes()
    target.write_bytes(original.replace(b"Partnership\n", b"Partnershiq\n", 1))
    changed = check(data_copy)
    assert "Partnershiq" in changed and changed == check(data_copy, "--no-cache")
    target.write_bytes(original)
    assert check(data_copy) == before
    (data_copy / "partnerships" / "new-csp.yaml").write_text("id: [\n", encoding="utf-8")
    added = check(data_copy)
    assert "new-csp.yaml" in added and added == check(data_copy, "--no-cache")


def test_no_cache_neither_reads_nor_writes(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = check(data_copy, "--no-cache")
    assert not cache_dir.exists()
    check(data_copy)
    (file,) = sorted(cache_dir.glob("*.results"))
    # a lie in the stored findings (with a valid digest) ...
    stored = entries(cache_dir)
    (key,) = stored
    findings, names = stored[key]  # type: ignore[misc]
    lie = list(findings[0])
    lie[2] = "From the cache"
    payload = marshal.dumps({key: ([tuple(lie), *findings[1:]], names)})
    file.write_bytes(results.MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)
    stamp = file.read_bytes()
    assert "From the cache" in check(data_copy)  # ... is read, which is how we know
    assert check(data_copy, "--no-cache") == expected  # --no-cache does not read it
    monkeypatch.setenv("GSSCB_NO_CACHE", "1")
    assert check(data_copy) == expected
    assert file.read_bytes() == stamp  # nor write it


@pytest.mark.parametrize(
    "damage", ["empty", "truncated", "flipped", "magic", "garbage", "wrong-shape"]
)
def test_a_corrupt_file_is_ignored_and_rebuilt(
    data_copy: Path, cache_dir: Path, damage: str
) -> None:
    expected = check(data_copy, "--no-cache")
    check(data_copy)
    (file,) = sorted(cache_dir.glob("*.results"))
    if not damage_bytes(
        file, damage
    ):  # a whole file with the right key, holding something that is not a result
        payload = marshal.dumps(dict.fromkeys(entries(cache_dir), ("not", "a result")))
        file.write_bytes(
            results.MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload
        )
    assert check(data_copy) == expected
    assert len(entries(cache_dir)) == 1
    assert check(data_copy) == expected


def test_two_processes_at_once(data_copy: Path, cache_dir: Path) -> None:
    expected = check(data_copy, "--no-cache")
    argv = [sys.executable, "-m", "gsscb_cli", "check", "--data", str(data_copy)]
    argv += ["--as-of", AS_OF, "--format", "json"]
    env = {**os.environ, "GSSCB_CACHE_DIR": str(cache_dir), "NO_COLOR": "1"}
    for round_ in ("cold", "warm", "changed"):
        if round_ == "changed":
            target = data_copy / PARTNERSHIP
            target.write_bytes(target.read_bytes().replace(b"Partnership\n", b"Partnershiq\n", 1))
            expected = check(data_copy, "--no-cache")
        procs = [
            subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
            )
            for _ in range(3)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode in (0, 1), err.decode()
            assert out.decode() == expected, round_
        assert entries(cache_dir)
        assert not list(cache_dir.glob(".*.tmp"))


def _package_copy(tmp_path: Path) -> Path:
    """gsscb's package and its resources, copied as a checkout holds them."""
    root = tmp_path / "checkout"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "gsscb_cli", root / "gsscb_cli", ignore=ignore)
    for name in ("schemas", "templates", "catalogue"):
        shutil.copytree(resource_dir(name), root / name, ignore=ignore)
    return root


def test_one_byte_changed_in_gsscb_is_seen(tmp_path: Path) -> None:
    """The words catalogue, a template, the requirements catalogue, a schema: each is a
    new key (run as a separate checkout of gsscb, so its files can be changed)."""
    root = _package_copy(tmp_path)
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "GSSCB_CACHE_DIR": str(cache_dir), "NO_COLOR": "1"}
    env.pop("GSSCB_NO_CACHE", None)
    env.pop("PYTHONPATH", None)
    argv = [sys.executable, "-m", "gsscb_cli", "check", "--data", str(data), "--as-of", AS_OF]
    argv += ["--format", "json"]

    def run() -> str:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=root)
        assert proc.returncode in (0, 1), proc.stderr
        return proc.stdout

    first = run()
    assert run() == first and len(entries(cache_dir)) == 1
    words = root / "gsscb_cli" / "words" / "catalogue.yaml"
    text = words.read_bytes()
    assert b"basis.statutory:\n  en: statutory\n" in text
    words.write_bytes(text.replace(b"  en: statutory\n", b"  en: statutorY\n", 1))
    worded = run()
    assert "statutorY" in worded and "statutorY" not in first
    changes = [
        next((root / "templates").rglob("*.j2")),
        root / "catalogue" / "requirements.yaml",
        root / "schemas" / "meeting.schema.json",
        root / "gsscb_cli" / "rules" / "__init__.py",
    ]
    for number, changed in enumerate(changes, start=1):
        changed.write_bytes(changed.read_bytes() + b"\n")
        # a new key: stored beside the others (kept up to results._KEEP)
        assert run() == worded, changed
        assert len(entries(cache_dir)) == min(number + 2, results._KEEP), changed


def test_findings_read_back_equal() -> None:
    day = dt.date(2026, 12, 1)
    finding = Finding(
        rule="r",
        severity=Severity.WARNING,
        message="m",
        location=Location("data/x.yaml", 3, 5),
        subject=Ref("partnership", "p", ("obligation", "o")),
        code="r/c",
        basis=Basis.STATUTORY,
        kind=Kind.FORECAST,
        params=(
            ("name", "Newport"), ("days", 3), ("ratio", 0.5), ("yes", True), ("none", None),
            ("day", day), ("ref", Ref("meeting", "m")), ("text", Text("en", "cy")),
            ("many", ("a", 1, day, (Text("x"),))),
        ),
        due=day,
        citation=Citation("ToR", "Quorum", None),
        stable=("name",),
    )  # fmt: skip
    # every field is set above to a value other than its default, and every field is one
    # the cache writes: a field added to Finding must be added to results._encode too
    import dataclasses

    written = ["rule", "severity", "message", "location", "subject", "code", "basis", "kind"]
    written += ["params", "due", "citation", "stable"]
    assert [f.name for f in dataclasses.fields(Finding)] == written
    assert all(
        getattr(finding, f.name) != f.default
        for f in dataclasses.fields(Finding)
        if f.default is not dataclasses.MISSING
    )
    assert len(results._encode(([finding], {}))[0][0]) == len(written)
    result = ([finding, Finding("v", Severity.ERROR, "x", Location("f"), Ref.file("f"))], {})
    encoded = results._encode(result)  # plain values only: marshal writes them
    assert results._decode(marshal.loads(marshal.dumps(encoded))) == result
    odd = Finding("r", Severity.INFO, "m", Location("f"), Ref.file("f"), params=(("x", b"b"),))  # type: ignore[arg-type]
    with pytest.raises(results._Unstorable):
        results._encode(([odd], {}))
    # a bool stays a bool, an int an int (they compare equal, but print differently)
    (back,), _ = results._decode(results._encode(([finding], {})))
    assert [type(v) for _, v in back.params[:5]] == [str, int, float, bool, type(None)]


def _saved_after_the_key(monkeypatch: pytest.MonkeyPatch, board: Path, good: bytes) -> None:
    original = results._run_key

    def key_then_save(*args: object, **kwargs: object) -> object:
        keyed = original(*args, **kwargs)  # type: ignore[arg-type]
        board.write_bytes(good)  # an editor saves the fix while the check runs
        return keyed

    monkeypatch.setattr(results, "_run_key", key_then_save)


def _broken_board(data_copy: Path) -> tuple[Path, bytes, bytes]:
    board = data_copy / "board.yaml"
    good = board.read_bytes()
    broken = good.replace(b"name: Gwent Strategic Safer Communities Board\n", b"name: 12345\n", 1)
    assert broken != good
    board.write_bytes(broken)
    return board, good, broken


@pytest.mark.parametrize("fmt", ["json", "text"])  # text: a kept report (.shown) too
def test_a_file_saved_after_the_key_read_it(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # The key reads board.yaml as it was (broken); the file is then saved fixed. The check
    # is of the very bytes the key read (one snapshot, stored under their key), and the
    # next run, whose key reads the file again (its stat changed), sees the fix.
    board, good, broken = _broken_board(data_copy)
    expected_broken = check(data_copy, "--no-cache", fmt=fmt)
    assert "12345" in expected_broken
    _saved_after_the_key(monkeypatch, board, good)
    assert check(data_copy, fmt=fmt) == expected_broken
    monkeypatch.undo()
    assert list(cache_dir.glob("*.results"))
    assert "12345" not in check(data_copy, fmt=fmt)  # never stale
    board.write_bytes(broken)
    assert check(data_copy, fmt=fmt) == expected_broken


@pytest.mark.parametrize("fmt", ["json", "text"])  # text: a kept report (.shown) too
def test_a_file_saved_while_the_check_runs_is_not_stored(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # A first run records every file's stat (load/known.py); with its results gone, the
    # next key knows board.yaml (broken) by its stat and does not read it, and the file
    # is then saved fixed before the check reads it. That run's findings are of the fixed
    # file: stored under the broken file's key, they would pass the broken file from then on.
    from gsscb_cli.load import known

    board, good, broken = _broken_board(data_copy)
    expected_broken = check(data_copy, "--no-cache", fmt=fmt)
    assert "12345" in expected_broken
    monkeypatch.setattr(known, "RACY_NS", 0)  # the files just written are recorded
    assert check(data_copy, fmt=fmt) == expected_broken
    for stale in [*cache_dir.glob("*.results"), *cache_dir.glob("*.shown")]:
        stale.unlink()
    _saved_after_the_key(monkeypatch, board, good)
    during = check(data_copy, fmt=fmt)
    assert "12345" not in during  # the check read the fixed file ...
    assert not list(cache_dir.glob("*.results"))  # ... so nothing was stored
    assert not list(cache_dir.glob("*.shown"))
    monkeypatch.undo()
    board.write_bytes(broken)
    assert check(data_copy, fmt=fmt) == expected_broken  # the broken file is still an error


def test_the_babel_that_words_the_findings_is_in_the_key(tmp_path: Path) -> None:
    # Babel words every date in a message: another release (or another copy on
    # PYTHONPATH) may word them otherwise, and a result worded by the old one is stale.
    # (English and Welsh dates come from words/cldr.py, held equal to Babel's by
    # tests/test_words_cldr.py: a release that words them otherwise fails there.)
    # A copy of Babel on PYTHONPATH stands for the installed one here: its modules are
    # links to the real ones, its __init__.py and its .dist-info folder are its own.
    import babel

    real = Path(babel.__file__).parent
    site = tmp_path / "site"
    copy = site / "babel"
    copy.mkdir(parents=True)
    for entry in real.iterdir():
        if entry.name == "__init__.py":
            shutil.copy2(entry, copy / entry.name)
        elif entry.name != "__pycache__":
            (copy / entry.name).symlink_to(entry)
    release = site / "babel-2.19.0.dist-info"
    release.mkdir()
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "GSSCB_CACHE_DIR": str(cache_dir), "PYTHONPATH": str(site)}
    env.pop("GSSCB_NO_CACHE", None)
    argv = [sys.executable, "-m", "gsscb_cli", "check", "--data", str(data), "--as-of", AS_OF]
    argv += ["--format", "json"]
    probe = "import babel; print(babel.__file__)"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert shown.stdout.strip() == str(copy / "__init__.py")  # the copy is the Babel used

    def run() -> str:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT)
        assert proc.returncode in (0, 1), proc.stderr
        return proc.stdout

    def new_key() -> bool:
        """Whether a run stores its result under a key not seen before."""
        before = set(entries(cache_dir)) if list(cache_dir.glob("*.results")) else set()
        assert run() == first
        return bool(set(entries(cache_dir)) - before)

    first = run()
    assert not new_key() and len(entries(cache_dir)) == 1
    release.rename(site / "babel-99.0.dist-info")  # another release's metadata
    assert new_key()
    init = copy / "__init__.py"
    init.write_bytes(init.read_bytes() + b"\n")  # another release's code
    assert new_key()
    (copy / "extra.py").write_text("", encoding="utf-8")  # a module added in place
    assert new_key()
    env["PYTHONPATH"] = ""  # the installed Babel again: another library than the copy
    assert new_key()
    assert not new_key()


def test_pyyaml_with_and_without_its_c_parser_are_two_libraries(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An _yaml*.so left in place whose libyaml is gone does not load: PyYAML then words
    its errors otherwise. An answer PyYAML may have shaped (PyYAML was imported) is stored
    under a key that says whether its C parser loads (results._with_yaml); one made
    without PyYAML under the key itself, found without importing it."""
    import yaml

    import gsscb_cli.compliance as compliance
    from gsscb_cli.load import pyyaml_path  # noqa: F401  (PyYAML has read a file here)

    key = b"k" * 32
    with_c = results._with_yaml(key)
    assert with_c != key and results._stored_key(key) == with_c
    monkeypatch.setattr(yaml, "__with_libyaml__", not yaml.__with_libyaml__)
    assert results._with_yaml(key) != with_c
    monkeypatch.undo()
    computed: list[int] = []
    run_check = compliance.run_check

    def counted(*args: object, **kwargs: object) -> object:
        computed.append(1)
        return run_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compliance, "run_check", counted)
    expected = check(data_copy)  # the bundled data: its requirements.yaml is PyYAML's
    assert check(data_copy) == expected and len(computed) == 1  # stored, then found
    monkeypatch.setattr(yaml, "__with_libyaml__", not yaml.__with_libyaml__)
    assert check(data_copy) == expected and len(computed) == 2  # the other PyYAML: a miss
    assert results._lookup({key: "answer"}, key) == "answer"
    assert results._lookup({}, key) is None


def test_a_stored_value_of_the_wrong_type_is_a_miss(data_copy: Path, cache_dir: Path) -> None:
    expected = check(data_copy, "--no-cache")
    check(data_copy)
    forge_first_finding(cache_dir, {2: 12345})  # a message that is not text: it would fail
    assert check(data_copy) == expected


def forge_first_finding(cache_dir: Path, fields: dict[int, object]) -> None:
    """Rewrite the stored result's first finding with ``fields`` (by position in the
    stored tuple), the file's digest made valid again: a forged entry, not a corrupt one."""
    (file,) = sorted(cache_dir.glob("*.results"))
    stored = entries(cache_dir)
    (key,) = stored
    findings, names = stored[key]  # type: ignore[misc]
    forged = list(findings[0])
    for position, value in fields.items():
        forged[position] = value
    payload = marshal.dumps({key: ([tuple(forged), *findings[1:]], names)})
    file.write_bytes(results.MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)


def test_a_folder_using_the_catalogue_that_ships_is_stored_too(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without its own kinds, a check also reads gsscb's catalogue (a resource the key
    holds): its result is stored and a warm check uses it (the bench's folders are so)."""
    (data_copy / "requirements.yaml").unlink()
    expected = check(data_copy, "--no-cache")
    assert "catalogue-default" in expected
    assert check(data_copy) == expected
    assert len(entries(cache_dir)) == 1

    def no_rules(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm check ran the rules")

    monkeypatch.setattr("gsscb_cli.compliance.run_check", no_rules)
    assert check(data_copy) == expected


# -- the reports kept beside the findings (plain text to a pipe or a file) ------------------


def shown(folder: Path) -> dict[bytes, object]:
    return entries(folder, ".shown", results.SHOWN_MAGIC)


def test_a_warm_text_check_writes_the_kept_report(
    data_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = check(data_copy, "--no-cache", fmt="text")
    assert check(data_copy, fmt="text") == expected  # computed; the report kept
    assert len(shown(cache_dir)) == 1

    def nothing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm text check read the findings or made the report")

    monkeypatch.setattr("gsscb_cli.compliance.run_check", nothing)
    monkeypatch.setattr(results, "_decode", nothing)
    monkeypatch.setattr("gsscb_cli.present.text.render_plain_lines", nothing)
    assert check(data_copy, fmt="text") == expected


def test_a_report_is_kept_for_its_own_options(data_copy: Path, cache_dir: Path) -> None:
    """Each option a text report is made with is in its name: the width, --verbose,
    --statistics and --fail-on (the exit code) each give their own report."""
    runs: list[tuple[dict[str, str], tuple[str, ...]]] = [
        ({}, ()),
        ({"COLUMNS": "60"}, ()),
        ({}, ("--verbose",)),
        ({}, ("--statistics",)),
        ({}, ("--fail-on", "never")),
    ]
    seen = set()
    for env, extra in runs:
        argv = ("check", "--data", str(data_copy), "--as-of", AS_OF, "--format", "text", *extra)
        expected = invoke(*argv, "--no-cache", env=env)
        for _ in range(2):  # computed and kept, then the kept one
            got = invoke(*argv, env=env)
            assert (got.stdout, got.exit_code) == (expected.stdout, expected.exit_code), extra
        seen.add((expected.stdout, expected.exit_code))
    assert len(seen) == len(runs)  # every option changed the report or its exit code
    assert len(shown(cache_dir)) == results._KEEP


@pytest.mark.parametrize("forged", ["escape", "surrogate", "exit", "shape"])
def test_a_kept_report_that_is_not_one_is_a_miss(
    data_copy: Path, cache_dir: Path, forged: str
) -> None:
    expected = check(data_copy, "--no-cache", fmt="text")
    check(data_copy, fmt="text")
    ((name, (text, code)),) = shown(cache_dir).items()  # type: ignore[misc]
    value: object = {
        "escape": ("\x1b]0;pwned\x07" + text, code),  # a control sequence for the log
        "surrogate": ("ok\udc9b31m\n" + text, code),  # written as the raw byte 0x9b (CSI)
        "exit": (text, 7),
        "shape": [text, code],
    }[forged]
    from gsscb_cli.load.cache import write_payload

    (file,) = sorted(cache_dir.glob("*.shown"))
    write_payload(file, results.SHOWN_MAGIC, marshal.dumps({name: value}))
    assert check(data_copy, fmt="text") == expected
    assert shown(cache_dir)[name] == (text, code)  # made again, and kept


def test_a_forged_rule_id_in_the_stored_findings_is_shown_escaped(
    data_copy: Path, cache_dir: Path
) -> None:
    """A stored finding is input: its rule id and its record's kind reach the terminal
    through escape.terminal like every other value (a forged one cannot move the cursor
    or set the window title of a CI log)."""
    check(data_copy)
    (first, *_), _ = next(iter(entries(cache_dir).values()))  # type: ignore[misc]
    subject = ("\x1b[31mkind", *first[4][1:])
    forge_first_finding(cache_dir, {0: "\x1b]0;pwned\x07\x1b[2J", 4: subject})
    for extra in ((), ("--statistics",)):
        shown = check(data_copy, *extra, fmt="text")
        assert "\\x1b]0;pwned\\x07" in shown and "\x1b" not in shown and "\x07" not in shown


def test_a_stored_param_that_is_not_utf8_is_a_miss(data_copy: Path, cache_dir: Path) -> None:
    """A plain text param is stored as it is, but never one with a lone surrogate (no
    report can write it as text): a forged one is a miss, made again."""
    expected = check(data_copy, "--no-cache")
    check(data_copy)
    forge_first_finding(cache_dir, {8: (("name", "x\udc9b"),)})
    assert check(data_copy) == expected


def test_looking_an_answer_up_does_not_mark_it_pyyaml_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cached check of plain records on a new day: the lookup through the folder's other
    answers imports PyYAML (to ask whether its C parser loads), but PyYAML read nothing, so
    the answer is stored under the key itself and found without PyYAML again."""
    import subprocess
    import sys

    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "--scale", "1", "--out", str(data)],
        check=True,
        capture_output=True,
    )
    env = dict(os.environ, GSSCB_CACHE_DIR=str(tmp_path / "cache"))
    code = (
        "import sys\n"
        "from gsscb_cli.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('yaml' in sys.modules, file=sys.stderr)\n"
    )
    said = []
    for day in ("2025-12-01", "2025-12-02", "2025-12-02"):
        argv = [sys.executable, "-c", code, "check", "--data", str(data), "--as-of", day]
        done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
        said.append(done.stderr.strip().splitlines()[-1])
    # the second day's lookup went through the first day's answer (PyYAML imported to ask);
    # stored under the key itself, the third run finds it without importing PyYAML
    assert said == ["False", "True", "False"]
