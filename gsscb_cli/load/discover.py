"""Discover: the YAML files of a data folder and the document type of each."""

from __future__ import annotations

import os
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
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    return Path(rel).as_posix() if not rel.startswith("..") else path.as_posix()


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
    try:
        entries = sorted(data_dir.rglob("*"))
    except OSError as exc:
        raise DataFolderError(
            f"cannot read the data folder {display_path(data_dir)}: {exc.strerror}"
        ) from exc
    for path in entries:
        display = display_path(path)
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                findings.append(
                    _file_finding(
                        "symlink", "a symbolic link out of the data folder is refused", display
                    )
                )
                continue
        if path.is_dir() or path.name.startswith("."):
            continue
        rel = path.relative_to(data_dir)
        if path.suffix == ".yml":
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
