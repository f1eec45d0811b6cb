"""What the load pipeline leaves until it is asked for gives the same answers as before.

``LoadResult.dataset`` (the typed model) is built the first time it is read, so
``gsscb validate``, which reports only the load's findings, never builds it. The
model's locations are found a list at a time (``Document.item_locations``), the same
as one by one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gsscb_cli.findings import Location
from gsscb_cli.load import build, load
from gsscb_cli.load.parse import Document, load_file, parse_text
from tests.conftest import DATA, ROOT, Result, invoke


def _said(result: Result) -> tuple[int, str, str]:
    return result.exit_code, result.stdout, result.stderr


def test_the_model_is_built_when_first_read_and_adds_no_finding() -> None:
    result = load(DATA, cache=False)
    assert "dataset" not in vars(result)  # not built by load()
    before = list(result.findings)
    dataset = result.dataset
    assert result.findings == before
    assert result.dataset is dataset  # built once
    assert dataset.board is not None and dataset.board.id == "gsscb"
    assert len(dataset.partnerships) == 12  # the twelve partnerships of the board
    assert dataset.kinds and dataset.catalogue_default is False


def test_the_default_catalogue_is_marked_on_the_lazy_model(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "requirements.yaml").unlink()
    result = load(data, cache=False)
    assert any(f.rule == "catalogue-default" for f in result.findings)
    assert result.dataset.catalogue_default is True
    assert result.dataset.kinds  # gsscb's own kinds


def test_validate_never_builds_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> object:
        raise AssertionError("validate built the model")

    expected = invoke("validate", "--data", str(DATA), "--format", "json", "--no-cache")
    monkeypatch.setattr(build, "build_dataset", refuse)
    result = invoke("validate", "--data", str(DATA), "--format", "json", "--no-cache")
    assert _said(result) == _said(expected)
    assert json.loads(result.stdout)["summary"]["errors"] == 0
    # check does build it: the same patch makes check fail as an internal error
    broken = invoke("check", "--data", str(DATA), "--format", "json", "--no-cache")
    assert broken.exit_code == 3


def _broken(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    board = data / "board.yaml"
    board.write_text(board.read_text(encoding="utf-8").replace("id: gsscb", "id: 7", 1))
    meetings = sorted((data / "meetings").glob("*.yaml"))
    meetings[0].write_text("date: [unclosed\n", encoding="utf-8")
    text = meetings[1].read_text(encoding="utf-8")
    meetings[1].write_text(text.replace("status: ", "status: no-such-", 1), encoding="utf-8")
    return data


@pytest.mark.parametrize("folder", ["bundled", "broken"])
def test_validate_says_the_same_as_when_the_model_was_built_first(
    folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gsscb_cli.load as pipeline

    data = DATA if folder == "bundled" else _broken(tmp_path)
    args = ("validate", "--data", str(data), "--format", "json", "--no-cache")
    lazy = invoke(*args)
    eager_load = pipeline._load

    def eager(*a: object) -> pipeline.LoadResult:
        result = eager_load(*a)  # type: ignore[arg-type]
        assert result.dataset is not None  # built before anything reads the findings
        return result

    monkeypatch.setattr(pipeline, "_load", eager)
    built = invoke(*args)
    assert _said(lazy) == _said(built)
    if folder == "broken":
        rules = [f["rule"] for f in json.loads(lazy.stdout)["findings"]]
        assert lazy.exit_code == 1 and len(rules) >= 3, rules


def _lists(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every list in a document's values."""
    out = []
    if isinstance(value, list):
        out.append(path)
        items: list[tuple[str | int, object]] = list(enumerate(value))
    elif isinstance(value, dict):
        items = list(value.items())
    else:
        return out
    for step, child in items:
        out += _lists(child, (*path, step))
    return out


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    """Every file of the bundled data, the example and bench scale 1 (whose meetings have
    24 members: past the 16 siblings location() skips one by one), by both parsers."""
    import subprocess
    import sys

    from gsscb_cli.load import discover, display_path, parse

    bench = tmp_path_factory.mktemp("bench")
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), "--scale", "1"]
    subprocess.run([*generate, "--out", str(bench)], check=True, capture_output=True)
    docs = []
    for folder in (DATA, ROOT / "examples" / "safer-vale" / "data", bench):
        files, _ = discover(folder)
        for path, _type in files:
            for fast in (True, False):
                parse.FAST = fast
                try:
                    doc, _ = load_file(path, display_path(path))
                finally:
                    parse.FAST = True
                assert doc is not None
                docs.append(doc)
    assert len(docs) > 150
    return docs


def test_every_lists_item_locations_are_its_items_locations(documents: list[Document]) -> None:
    checked = long = 0
    for doc in documents:
        for path in _lists(doc.data):
            batch = doc.item_locations(path)
            one_by_one = [doc.location((*path, i)) for i in range(len(batch))]
            assert batch == one_by_one, (doc.display, path)
            for fast, slow in zip(batch, one_by_one, strict=True):
                assert type(fast) is Location
                made = Location(slow.file, slow.line, slow.column)  # by its own __init__
                assert fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
            checked += len(batch)
            long += len(batch) > 16
        assert doc.item_locations(("no-such-field",)) == []
        assert doc.item_locations(()) == []  # the top is a mapping
    assert checked > 3000 and long > 10, (checked, long)


def test_a_location_is_a_whole_location() -> None:
    doc, _ = parse_text("a:\n  - 1\n  - b: 2\n", "x.yaml", None)
    assert doc is not None
    loc = doc.location(("a", 1, "b"))
    assert loc == Location("x.yaml", 3, 8) and str(loc) == "x.yaml:3:8"
    assert doc.item_locations(("a",)) == [Location("x.yaml", 2, 5), Location("x.yaml", 3, 5)]
    with pytest.raises(AttributeError):
        loc.line = 4  # type: ignore[misc]
    plain = Document(Path("y.yaml"), "y.yaml", {"a": [1, 2]})  # no table of places
    assert plain.item_locations(("a",)) == [Location("y.yaml", 1, 1)] * 2


def test_a_cold_check_reads_each_file_once(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The results cache's key reads every data file; the check it then computes takes
    those bytes (load.PREFETCHED) instead of reading each again, and says the same."""
    from collections import Counter

    import gsscb_cli.load as pipeline
    from gsscb_cli.load import parse

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    args = ("check", "--data", str(data), "--as-of", "2026-12-01", "--format", "json")
    expected = invoke(*args, "--no-cache")
    reads: Counter[str] = Counter()
    real = parse.read_file_stat  # (parse.read_file is read_file_stat's)

    def counted(path: Path, display: str) -> object:
        reads[str(path)] += 1
        return real(path, display)

    monkeypatch.setattr(parse, "read_file_stat", counted)
    cold = invoke(*args)
    assert _said(cold) == _said(expected)
    files = [str(p) for p in sorted(data.rglob("*.yaml"))]
    assert len(files) > 25 and {reads[f] for f in files} == {1}, reads
    assert pipeline.PREFETCHED is None  # set only while the check ran
    assert list(cache_dir.glob("*.results"))  # and its result was stored
    warm = invoke(*args)
    assert warm.stdout == expected.stdout


def test_places_give_what_the_document_gives(documents: list[Document]) -> None:
    """``parse.Places`` (the model's locations, each container's rows found once) says
    the same as ``Document.location`` and ``item_locations`` for every value and key."""
    from gsscb_cli.load.parse import Places

    def paths(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
        out = [path]
        if isinstance(value, dict):
            for key, child in value.items():
                out += paths(child, (*path, key))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                out += paths(child, (*path, i))
        return out

    checked = 0
    for doc in documents:
        places = Places(doc)
        every = paths(doc.data)
        # and paths that are not there: the nearest ancestor's place, as location() gives
        every += [(*p, "no-such-key") for p in every[:20]] + [(*p, 10**6) for p in every[:20]]
        for path in every:
            for key in (False, True):
                assert places.location(path, key=key) == doc.location(path, key=key), path
            assert places.items(path) == doc.item_locations(path), path
            checked += 1
    assert checked > 20000, checked
    plain = Document(Path("y.yaml"), "y.yaml", {"a": [1, 2]})  # no table of places
    assert Places(plain).items(("a",)) == [Location("y.yaml", 1, 1)] * 2
    assert Places(plain).location(("a", 1), key=True) == Location("y.yaml", 1, 1)


def test_a_meeting_is_built_with_every_part_in_its_place() -> None:
    """Each part of a meeting lands in its own field (attendance entries are made by
    position), at the place it is written."""
    import dataclasses

    from gsscb_cli.model.types import AttendanceEntry, Deputy, Text

    doc, _ = parse_text(_EVERY_PART, "m.yaml", None)
    assert doc is not None
    meeting = build.build_meeting(doc)
    first, second = meeting.attendance.members
    assert (first.seat, first.status, first.person, first.deputy, first.note) == (
        "chair",
        "present",
        "p-1",
        None,
        "in the chair",
    )
    assert first.loc == Location("m.yaml", 8, 5) and second.loc == Location("m.yaml", 12, 5)
    assert second.deputy == Deputy("A Deputy", True, False, "p-2")
    assert (second.person, second.note) == (None, None)
    for entry in (first, second):  # made without __init__ (build._entry): a whole entry
        fields = [getattr(entry, f.name) for f in dataclasses.fields(AttendanceEntry)]
        made = AttendanceEntry(*fields)
        assert type(entry) is AttendanceEntry and entry == made
        assert hash(entry) == hash(made) and repr(entry) == repr(made)
        assert dataclasses.replace(entry, note="x") == dataclasses.replace(made, note="x")
        with pytest.raises(dataclasses.FrozenInstanceError):
            entry.note = "changed"  # type: ignore[misc]
    assert meeting.attendance.guests[0].organisation == "Org"
    item = meeting.agenda[0]
    assert item.title == Text("Welcome") and item.summary == Text("Said", "Dywedwyd")
    assert meeting.locs["agenda"] == Location("m.yaml", 17, 1)
    assert meeting.actions[0].due is not None and meeting.actions[0].owner == "p-1"
    assert meeting.decisions[0].text == Text("Agreed") and meeting.decisions[0].item == "welcome"


_EVERY_PART = """\
id: m-2025-01-01
date: 2025-01-01
kind: ordinary
status: held
attendance:
  recorded: true
  members:
  - seat: chair
    status: present
    person: p-1
    note: in the chair
  - seat: police
    status: present
    deputy: {name: A Deputy, agreed_by_chair: true, delegated_authority: false, person: p-2}
  guests:
  - {name: A Guest, organisation: Org, purpose: item 2}
agenda:
- {id: welcome, title: Welcome, lead: chair, summary: {en: Said, cy: Dywedwyd}}
declarations:
- {seat: police, interest: a grant, item: welcome}
decisions:
- {id: d1, text: Agreed, item: welcome}
actions:
- {id: a1, text: Do it, status: open, owner: p-1, due: 2025-02-01, item: welcome}
minutes: {approved: 2025-02-01, url: https://example.org/m}
"""


@pytest.mark.parametrize("seen", [0, 1, 4_999, 5_000, 5_001, 200_000])
def test_a_file_is_read_to_its_end_whatever_size_was_seen(tmp_path: Path, seen: int) -> None:
    """``parse._read`` asks first for the size ``fstat`` gave (one more byte), not for the
    2 MB limit, and reads on to the end: a file that grew after its size was seen (an
    editor saving) is read whole, one that shrank is read as it is, and ``limit`` still
    caps what is read."""
    import os

    from gsscb_cli.load import parse

    body = bytes(range(256)) * 300  # 76,800 bytes: more than one of the later reads
    file = tmp_path / "grown.yaml"
    file.write_bytes(body[:5_000])
    fd = os.open(file, os.O_RDONLY)
    try:
        with open(file, "ab") as more:
            more.write(body[5_000:])  # grown since its size (5,000 bytes) was seen
        assert parse._read(fd, 10**6, seen) == body
        os.lseek(fd, 0, os.SEEK_SET)
        assert parse._read(fd, 70_001, seen) == body[:70_001]
    finally:
        os.close(fd)
