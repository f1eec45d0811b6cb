"""Load a data folder: files -> strict YAML -> schema -> references -> model.

``load(data_dir)`` never raises for bad data: every problem is a Finding. It raises
``DataFolderError`` only when the folder itself cannot be used.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gsscb_cli.errors import DataFolderError
from gsscb_cli.findings import Finding, Location, Severity, validation_finding

if TYPE_CHECKING:  # the loading machinery is imported by load(), so --help stays fast
    from gsscb_cli.loader import Document
    from gsscb_cli.model.types import Dataset

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


@dataclass
class LoadResult:
    data_dir: Path
    dataset: Dataset
    findings: list[Finding] = field(default_factory=list)
    documents: dict[str, list[Document]] = field(default_factory=dict)


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


def _date_order(doc: Document, doc_type: str) -> list[Finding]:
    """Dates that cannot both be true (papers after the meeting, minutes before it)."""
    d = doc.data
    out: list[Finding] = []

    def bad(path: tuple[str | int, ...], message: str) -> None:
        out.append(validation_finding("impossible-date", message, doc.location(path)))

    if doc_type == "meeting":
        date = d["date"]
        if d.get("papers_circulated") and d["papers_circulated"] > date:
            bad(
                ("papers_circulated",),
                f"papers_circulated {d['papers_circulated']} is after the meeting ({date})",
            )
        minutes = d.get("minutes") or {}
        for key in ("approved", "published"):
            if minutes.get(key) and minutes[key] < date:
                bad(
                    ("minutes", key), f"minutes {key} {minutes[key]} is before the meeting ({date})"
                )
        if d.get("start") and d.get("end") and d["end"] <= d["start"]:
            bad(("end",), f"end {d['end']} is not after start {d['start']}")
    elif doc_type == "priority":
        for i, m in enumerate(d.get("milestones") or []):
            if m.get("completed") and m.get("status") != "completed":
                bad(
                    ("milestones", i, "completed"),
                    f"milestone '{m['id']}' has a completed date but status {m.get('status')}",
                )
    return out


def load(data_dir: Path, schema_dir: Path | None = None) -> LoadResult:
    """Load and validate a whole data folder."""
    # Loading makes millions of small, acyclic objects (values, positions) that all live
    # until the process ends; the cyclic garbage collector would scan them again and again
    # (a third of the load time at all-Wales scale). Pause it while loading, then freeze
    # what was loaded so later collections skip it.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(data_dir, schema_dir)
    finally:
        if paused:
            gc.enable()
            gc.freeze()


def _load(data_dir: Path, schema_dir: Path | None) -> LoadResult:
    from gsscb_cli.loader import load_file
    from gsscb_cli.model import work
    from gsscb_cli.model.build import KnownIds, build_dataset, check_references
    from gsscb_cli.schema import validate_document

    files, findings = discover(data_dir)
    parsed: list[tuple[Document, str]] = []
    for path, doc_type in files:
        doc, problems = load_file(path, display_path(path))
        findings.extend(problems)
        if doc is not None:
            parsed.append((doc, doc_type))

    known = KnownIds()
    for path, doc_type in files:
        stem = path.stem
        if doc_type == "partnership":
            known.partnerships.add(stem)
        elif doc_type == "meeting":
            known.meetings.add(stem)
        elif doc_type == "priority":
            known.priorities.add(stem)

    valid: dict[str, list[Document]] = {}
    for doc, doc_type in parsed:
        problems = validate_document(doc, doc_type, schema_dir)
        if (
            doc_type in FOLDERS.values()
            and isinstance(doc.data.get("id"), str)
            and doc.data["id"] != doc.path.stem
        ):
            problems.append(
                validation_finding(
                    "id-mismatch",
                    f"id '{doc.data['id']}' does not match the file name '{doc.path.name}' (rename one of them)",
                    doc.location(("id",)),
                )
            )
        if not problems:
            problems = _date_order(doc, doc_type)
        findings.extend(problems)
        if not problems:
            valid.setdefault(doc_type, []).append(doc)
        if doc_type == "people" and not any(f.rule == "schema" for f in problems):
            known.people = {
                p["id"] for p in doc.data.get("people", []) if isinstance(p, dict) and "id" in p
            }
        if doc_type == "requirements" and not any(f.rule == "schema" for f in problems):
            known.requirements = {
                r["id"]
                for r in doc.data.get("requirements", [])
                if isinstance(r, dict) and "id" in r
            }
        if doc_type == "board" and not any(f.rule == "schema" for f in problems):
            known.seats = {
                s["id"] for s in doc.data.get("seats", []) if isinstance(s, dict) and "id" in s
            }

    work_ids = work.WorkIds(known.partnerships, known.priorities, known.meetings)
    actions: set[str] | None = set()
    for doc, doc_type in parsed:
        if doc_type in work.WORK_TYPES:
            setattr(work_ids, doc_type, work.known_ids(doc_type, doc))
    for doc, doc_type in parsed:
        if doc_type == "meeting" and actions is not None:
            acts = doc.data.get("actions") if isinstance(doc.data, dict) else None
            for a in acts if isinstance(acts, list) else []:
                if isinstance(a, dict) and isinstance(a.get("id"), str):
                    actions.add(f"{doc.path.stem}#{a['id']}")
    if len([t for _, t in parsed if t == "meeting"]) != len(known.meetings):
        actions = None  # a meeting file could not be read: its actions are not known
    work_ids.actions = actions

    for doc_type, docs in valid.items():
        for doc in docs:
            if doc_type in work.WORK_TYPES:
                problems = work.check_work_references(doc, doc_type, work_ids)
            else:
                problems = check_references(doc, doc_type, known)
            findings.extend(problems)

    dataset = build_dataset(valid)
    dataset.work = work.build_work(valid)
    return LoadResult(data_dir=data_dir, dataset=dataset, findings=findings, documents=valid)
