"""Discovery's shortcuts give what the long way gives: each file's shown name (remembered
from its folder's, ``discover._child_displays``), its name below the data folder, and
the order of the files (Path's order)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from gsscb_cli.load import discover
from gsscb_cli.load.discover import _DISPLAYS, _display, display_path

LAYOUT = [
    "board.yaml",
    "people.yaml",
    "meetings/gsscb-2025-01-01.yaml",
    "meetings/gsscb-2025-01-01.yml",
    "meetings/a-b.yaml",
    "meetings/a/b.yaml",  # not part of the layout: a warning, in Path's order
    "partnerships/x.yaml",
    "partnerships-old/y.yaml",
    "notes.txt",
]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    for name in LAYOUT:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text("id: x\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    return tmp_path


CASES = [  # (working folder below the tree, the data folder as given)
    ("", "data"),
    ("", "./data"),
    ("", "ABS/data"),
    ("data", "."),
    ("data", "ABS/data"),
    ("data/meetings", ".."),  # working inside the data folder: nearer names
    ("data/meetings", "ABS/data"),
    ("data/partnerships", "../"),
    ("elsewhere", "../data"),
    ("elsewhere", "ABS/data"),
]


@pytest.mark.parametrize(("cwd", "given"), CASES)
def test_shown_names_are_those_the_long_way_gives(
    tree: Path, cwd: str, given: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree / cwd)
    data_dir = Path(given.replace("ABS", str(tree)))
    _DISPLAYS.clear()
    files, findings = discover(data_dir)
    shown = {display_path(path) for path, _ in files}
    expected = {_display(os.fspath(path), os.getcwd()) for path, _ in files}
    assert shown == expected
    assert len(files) == 5  # board, people, two meetings, one partnership
    assert [f.location.file for f in findings] == [
        _display(os.fspath(data_dir / name), os.getcwd())
        for name in sorted(LAYOUT, key=lambda n: Path(n).parts)
        if name in ("meetings/gsscb-2025-01-01.yml", "meetings/a/b.yaml")
        or name.startswith("partnerships-old")
    ]
    if cwd == "data/meetings":
        assert "gsscb-2025-01-01.yaml" in shown  # nearer than the data folder
    # the order is Path's, and each name below the folder is its relative path
    paths = [path for path, _ in files]
    assert paths == sorted(paths)
    # each made from its folder's path (as Path.iterdir makes them): what parsing the
    # listing's text gives
    for path in paths:
        listed = Path(os.path.join(os.fspath(data_dir), *path.relative_to(data_dir).parts))
        assert str(path) == str(listed) and path.parts == listed.parts
        assert type(path) is type(listed)
    assert [str(p.relative_to(data_dir)) for p in paths] == [
        "board.yaml",
        "meetings/a-b.yaml",
        "meetings/gsscb-2025-01-01.yaml",
        "partnerships/x.yaml",
        "people.yaml",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="file names are UTF-16 there")
def test_a_folder_name_that_is_not_utf8_is_shown_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = os.fsdecode(b"d\xffata")
    data = tmp_path / folder
    (data / "meetings").mkdir(parents=True)
    (data / "board.yaml").write_text("id: x\n", encoding="utf-8")
    (data / "meetings" / "m.yaml").write_text("id: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _DISPLAYS.clear()
    files, _ = discover(Path(folder))
    assert [display_path(p) for p, _ in files] == [
        "d\\xffata/board.yaml",
        "d\\xffata/meetings/m.yaml",
    ]


@pytest.mark.parametrize(("cwd", "given"), CASES)
def test_each_shown_name_is_remembered_from_the_listing(
    tree: Path, cwd: str, given: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No file is shown the long way (a relpath each) unless the working folder is inside
    the data folder: ``--data .``, the default inside it, included."""
    import importlib

    module = importlib.import_module("gsscb_cli.load.discover")  # (the package's is the function)
    monkeypatch.chdir(tree / cwd)
    data_dir = Path(given.replace("ABS", str(tree)))
    _DISPLAYS.clear()
    long_way: list[str] = []
    real = module._display

    def counted(path: str, cwd_: str) -> str:
        long_way.append(path)
        return real(path, cwd_)

    monkeypatch.setattr(module, "_display", counted)
    files, _ = module.discover(data_dir)
    for path, _ in files:
        display_path(path)
    nearer = cwd.startswith("data/")  # working inside the data folder: found one by one
    assert (long_way != []) == nearer, long_way
