"""Discover: the YAML files of a data folder and the document type of each."""

from __future__ import annotations

import functools
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


def display_path(path: Path) -> str:
    """A path as users see it: relative to the working directory where possible."""
    return _display(os.fspath(path), os.getcwd())


@functools.lru_cache(maxsize=1 << 16)
def _display(path: str, cwd: str) -> str:
    # remembered per working directory: a load asks for each file's name more than once
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return _printable(Path(path).as_posix())
    return _printable(Path(rel).as_posix() if not rel.startswith("..") else Path(path).as_posix())


def _printable(name: str) -> str:
    """A file name that is not UTF-8 arrives with surrogate escapes, which no terminal or
    file can encode: show its bytes as \\xNN instead."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _walk(data_dir: Path, findings: list[Finding]) -> list[tuple[Path, bool]]:
    """Every entry under the data folder that is not a folder, hidden ones left out; a
    folder that cannot be read is said, never skipped silently. Links to folders are not
    followed (no loops)."""
    out: list[tuple[Path, bool]] = []  # (path, whether it is a symbolic link)
    stack = [data_dir]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            if folder == data_dir:
                raise DataFolderError(
                    f"cannot read the data folder {display_path(data_dir)}: {exc.strerror}"
                ) from exc
            findings.append(
                _file_finding(
                    "unreadable",
                    f"cannot read the folder: {exc.strerror}; the files in it are not checked",
                    display_path(folder),
                )
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
                is_link = entry.is_symlink()
            except OSError:
                is_folder, is_link = False, True  # unknown: checked the careful way
            if is_folder:
                stack.append(Path(entry.path))
            else:
                out.append((Path(entry.path), is_link))
    return sorted(out)


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
    for path, is_link in _walk(data_dir, findings):
        rel = path.relative_to(data_dir)
        name = str(rel)
        display = display_path(path)
        if _printable(name) != name:
            # refused here, so no name that cannot be printed reaches an id, a message or a sink
            findings.append(
                _file_finding(
                    "encoding",
                    "the file name is not UTF-8 text: rename it (it is not read)",
                    display,
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
                        display,
                    )
                )
                continue
            if not target.is_relative_to(root):
                findings.append(
                    _file_finding(
                        "symlink", "a symbolic link out of the data folder is refused", display
                    )
                )
                continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            findings.append(
                _file_finding("unreadable", f"cannot read the file: {exc.strerror}", display)
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
                    display,
                )
            )
            continue
        if path.suffix.lower() in (".yml", ".yaml") and path.suffix != ".yaml":
            findings.append(
                _file_finding(
                    "unknown-file",
                    "rename to .yaml: only .yaml files are read",
                    display,
                    Severity.WARNING,
                )
            )
            continue
        if path.suffix != ".yaml":
            continue
        parts = rel.parts
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
                    display,
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
