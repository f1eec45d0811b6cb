"""Discover: the YAML files of a data folder and the document type of each."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gsscb_cli.errors import DataFolderError
from gsscb_cli.findings import Finding, Location, Severity, validation_finding

SINGLE_FILES = {
    "board.yaml": "board",
    "people.yaml": "people",
    "requirements.yaml": "requirements",
    # the board's work beyond its terms of reference (model/work.py)
    "funding.yaml": "funding",
    "returns.yaml": "returns",
    "initiatives.yaml": "initiatives",
    "groups.yaml": "groups",
    "issues.yaml": "issues",
}
FOLDERS = {"partnerships": "partnership", "meetings": "meeting", "priorities": "priority"}


def display_path(path: Path, cwd: str | None = None) -> str:
    """A path as users see it: relative to the working directory (``cwd``, when the caller
    has it already: a load asks for thousands) where possible."""
    path_text = os.fspath(path)
    if cwd is None:
        cwd = os.getcwd()
    shown = _DISPLAYS.get((path_text, cwd))
    if shown is None:
        shown = _remember(path_text, cwd, _display(path_text, cwd))
    return shown


# remembered per working directory: a load asks for each file's name more than once
_DISPLAYS: dict[tuple[str, str], str] = {}
_DISPLAYS_MAX = 1 << 16


def _remember(path_text: str, cwd: str, shown: str) -> str:
    if len(_DISPLAYS) >= _DISPLAYS_MAX:
        _DISPLAYS.clear()
    _DISPLAYS[path_text, cwd] = shown
    return shown


def _display(path: str, cwd: str) -> str:
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return _printable(Path(path).as_posix())
    return _printable(Path(rel).as_posix() if not rel.startswith("..") else Path(path).as_posix())


def _child_displays(folder: Path, files: list[tuple[str, tuple[str, ...]]]) -> None:
    """Remember how each file under ``folder`` is shown (``display_path``), from how the
    folder is shown: what ``_display`` gives for each, without a relpath and a Path each
    (a tenth of a load at bench scale 100). POSIX only (elsewhere each is found as before);
    ``tests/test_discover_display.py`` holds the two equal. Each file is given as its path's
    text and its names below ``folder``."""
    if os.sep != "/" or os.altsep:  # pragma: no cover - not the CI platform
        return
    folder_text, cwd = os.fspath(folder), os.getcwd()
    if folder_text.endswith("/"):  # the root folder: found one by one
        return
    rel = os.path.relpath(folder_text, cwd)
    if all(name == ".." for name in rel.split("/")):  # working inside it: some are nearer
        return
    # as _display: relative to the working folder unless that climbs out of it
    prefix = folder_text if rel.startswith("..") else rel
    if len(_DISPLAYS) + len(files) >= _DISPLAYS_MAX:
        _DISPLAYS.clear()
    for text, parts in files:
        tail = "/".join(parts)
        shown = tail if prefix == "." else f"{prefix}/{tail}"
        _DISPLAYS[text, cwd] = shown if shown.isascii() else _printable(shown)


def _printable(name: str) -> str:
    """A file name that is not UTF-8 arrives with surrogate escapes, which no terminal or
    file can encode: show its bytes as \\xNN instead."""
    if name.isascii():
        return name  # (no surrogate escape is ASCII)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _walk(data_dir: Path, findings: list[Finding]) -> list[tuple[tuple[str, ...], str, bool, bool]]:
    """Every entry under the data folder that is not a folder, hidden ones left out; a
    folder that cannot be read is said, never skipped silently. Links to folders are not
    followed (no loops). Each entry as (its names below the data folder, its path, whether
    it is a symbolic link, whether the folder's listing says it is a regular file), in the
    order of their paths (Path's order, by names)."""
    out: list[tuple[tuple[str, ...], str, bool, bool]] = []
    top = os.fspath(data_dir)
    stack: list[tuple[str, tuple[str, ...]]] = [(top, ())]
    while stack:
        folder, names = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            if not names:
                raise DataFolderError(
                    f"cannot read the data folder {display_path(data_dir)}: {exc.strerror}"
                ) from exc
            findings.append(
                _file_finding(
                    "unreadable",
                    f"cannot read the folder: {exc.strerror}; the files in it are not checked",
                    display_path(Path(folder)),
                )
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
                is_link = entry.is_symlink()
                is_file = entry.is_file(follow_symlinks=False)
            except OSError:
                is_folder, is_link, is_file = False, True, False  # checked the careful way
            if is_folder:
                stack.append((entry.path, (*names, entry.name)))
            else:
                out.append(((*names, entry.name), entry.path, is_link, is_file))
    if os.path.normcase("A") != "A":  # pragma: no cover - Windows orders paths by lower case
        out.sort(key=lambda item: tuple(os.path.normcase(name) for name in item[0]))
    else:
        out.sort()
    return out


def _children(data_dir: Path, walked: list[tuple[tuple[str, ...], str, bool, bool]]) -> list[Path]:
    """Each entry's path: ``data_dir`` joined with its names (a listing's names: no
    separator, never ``.`` or ``..``), made as ``Path.iterdir`` makes its children, from
    the folder's parsed path, not by parsing the whole text again (a third of discovery at
    bench scale 100)."""
    folders: dict[tuple[str, ...], Path] = {(): data_dir}
    out = []
    for names, _, _, _ in walked:
        parent = names[:-1]
        folder = folders.get(parent)
        if folder is None:
            folder = folders[parent] = data_dir.joinpath(*parent)
        make = getattr(folder, "_make_child_relpath", None)  # pathlib's own, 3.11 to 3.13
        out.append(make(names[-1]) if make is not None else folder / names[-1])
    return out


def _file_finding(
    rule: str, message: str, display: str, severity: Severity = Severity.ERROR
) -> Finding:
    return validation_finding(rule, message, Location(display, None, None), severity)


def discover(data_dir: Path) -> tuple[list[tuple[Path, str]], list[Finding]]:
    """The YAML files of a data folder with their document type, and problems with the layout."""
    if not data_dir.exists():
        raise DataFolderError(
            f"data folder not found: {display_path(data_dir)} (use --data DIR or GSSCB_DATA)"
        )
    if not data_dir.is_dir():
        raise DataFolderError(f"not a folder: {display_path(data_dir)}")
    root = data_dir.resolve()
    files: list[tuple[Path, str]] = []
    findings: list[Finding] = []
    walked = _walk(data_dir, findings)
    paths = _children(data_dir, walked)
    # by the Path's own text (the listing's is ./board.yaml for --data ., the Path's not)
    _child_displays(
        data_dir,
        [(os.fspath(path), names) for path, (names, *_) in zip(paths, walked, strict=True)],
    )
    entries = [
        (path, names, is_link, is_file)
        for path, (names, _, is_link, is_file) in zip(paths, walked, strict=True)
    ]
    for path, parts, is_link, is_file in entries:  # (each shown name made for a finding only)
        name = os.sep.join(parts)
        if _printable(name) != name:
            # refused here, so no name that cannot be printed reaches an id, a message or a sink
            findings.append(
                _file_finding(
                    "encoding",
                    "the file name is not UTF-8 text: rename it (it is not read)",
                    display_path(path),
                )
            )
            continue
        if is_link and path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):  # a loop, or pointing nowhere
                findings.append(
                    _file_finding(
                        "symlink",
                        "a symbolic link that loops or points nowhere is refused",
                        display_path(path),
                    )
                )
                continue
            if not target.is_relative_to(root):
                findings.append(
                    _file_finding(
                        "symlink",
                        "a symbolic link out of the data folder is refused",
                        display_path(path),
                    )
                )
                continue
        # a regular file by the folder's own listing needs no stat (a tenth of discovery):
        # one replaced since by something else is refused when it is read (read_file)
        try:
            mode = stat.S_IFREG if is_file and not is_link else os.stat(path).st_mode
        except OSError as exc:
            findings.append(
                _file_finding(
                    "unreadable", f"cannot read the file: {exc.strerror}", display_path(path)
                )
            )
            continue
        if stat.S_ISDIR(mode):
            continue  # a link to a folder inside the data folder: not followed
        if not stat.S_ISREG(mode):
            # a FIFO would hang the read, a device never ends: refused, whatever the name
            findings.append(
                _file_finding(
                    "unreadable",
                    "not a regular file (a FIFO, socket or device): it is not read",
                    display_path(path),
                )
            )
            continue
        last = parts[-1]
        dot = last.rfind(".")
        suffix = last[dot:] if 0 < dot < len(last) - 1 else ""  # Path.suffix, without a Path
        if suffix.lower() in (".yml", ".yaml") and suffix != ".yaml":
            findings.append(
                _file_finding(
                    "unknown-file",
                    "rename to .yaml: only .yaml files are read",
                    display_path(path),
                    Severity.WARNING,
                )
            )
            continue
        if suffix != ".yaml":
            continue
        if len(parts) == 1 and parts[0] in SINGLE_FILES:
            files.append((path, SINGLE_FILES[parts[0]]))
        elif len(parts) == 2 and parts[0] in FOLDERS:
            files.append((path, FOLDERS[parts[0]]))
        else:
            findings.append(
                _file_finding(
                    "unknown-file",
                    "not part of the data layout (board.yaml, people.yaml, requirements.yaml, "
                    "funding.yaml, returns.yaml, initiatives.yaml, groups.yaml, issues.yaml, "
                    "partnerships/, meetings/, priorities/); it is not checked",
                    display_path(path),
                    Severity.WARNING,
                )
            )
    if not files:
        raise DataFolderError(
            f"{display_path(data_dir)} is not a gsscb data folder: no board.yaml, partnerships/, meetings/ or priorities/"
        )
    if not (data_dir / "board.yaml").is_file():
        findings.append(
            _file_finding(
                "missing-file",
                "the data folder has no board.yaml: the board's record is missing",
                display_path(data_dir / "board.yaml"),
            )
        )
    return files, findings
