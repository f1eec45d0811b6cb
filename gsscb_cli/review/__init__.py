"""``gsscb diff``: the data folder at two git revisions, compared in plain words.

``review(base, head, data, as_of)`` reads the data folder as it was at ``base``
(and at ``head``, or the working tree when ``head`` is None) through ``git``,
loads each side with the ordinary loader, compares them record by record, and
runs the full check (validation and every rule) on both at the same ``as_of``
to say which findings the change introduces and which it resolves.

A finding of the base in a file that does not validate at the head is not "resolved":
its record cannot be read there, so nothing can be judged about it. It is listed as
unknown, and a note says which file does not validate.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from gsscb_cli.errors import DataFolderError
from gsscb_cli.findings import Finding, Location, Ref, sort_findings
from gsscb_cli.load import FOLDERS, discover, display_path, load
from gsscb_cli.model.types import Dataset
from gsscb_cli.review import git
from gsscb_cli.review.compare import (
    Change,
    compare_broken_files,
    compare_entities,
    compare_findings,
    find_renames,
)
from gsscb_cli.review.facts import KINDS, Entity, entities, plural
from gsscb_cli.words import phrase

WORKING_TREE = "the working tree"
NAMED = ("partnership", "meeting", "priority", "person")
"""Records whose id or name a finding about another record may give (a seat's partnership)."""
RECORD_FILES = {"person": "people", "seat": "board", "requirement": "requirements"}
"""The single file that holds a record of each kind (others are held in a file of their
own kind's name: board.yaml, funding.yaml...)."""
NOTE_FINDINGS_SHOWN = 10


@dataclass
class Side:
    """One side of the comparison: its name, its model, and its full-check findings."""

    name: str
    dataset: Dataset
    findings: list[Finding] = field(default_factory=list)
    validation: list[Finding] = field(default_factory=list)
    files: dict[tuple[str, str], tuple[str, bytes]] = field(default_factory=dict)
    broken: set[tuple[str, str]] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    shown_as: str = ""  # the data folder's path as findings give it

    def broken_paths(self) -> dict[str, str]:
        """Each file that does not validate here: its path as findings give it -> as shown."""
        return {
            f"{self.shown_as}/{rel}": rel
            for key, (rel, _) in self.files.items()
            if key in self.broken
        }


@dataclass(frozen=True)
class Review:
    base: str
    head: str
    data: str
    as_of: dt.date
    changes: tuple[Change, ...]
    introduced: tuple[Finding, ...]
    resolved: tuple[Finding, ...]
    notes: tuple[str, ...]
    still_open: tuple[Finding, ...] = ()
    """The head's findings that the base had too (matched by identity)."""
    unknown: tuple[Finding, ...] = ()
    """The base's findings in files that do not validate at the head: neither resolved
    nor still open, since their records cannot be read there."""

    def verdict(self) -> str:
        """One line: what changed, and what that does to the findings."""
        counts: Counter[tuple[str, str]] = Counter((c.kind, c.change) for c in self.changes)
        order = ("added", "removed", "changed", "renamed", "not compared")
        parts = [
            f"{counts[(k, c)]} {plural(k, counts[(k, c)])} {c}"
            for k in KINDS
            for c in order
            if counts[(k, c)]
        ]
        what = ", ".join(parts) if parts else "no change to the record"

        def findings(verb: str, items: tuple[Finding, ...]) -> str:
            if not items:
                return f"{verb} none"
            rules = ", ".join(sorted({f.rule for f in items}))
            return f"{verb} {len(items)} {'finding' if len(items) == 1 else 'findings'} ({rules})"

        resolves, introduces = (
            findings("resolves", self.resolved),
            findings("introduces", self.introduced),
        )
        unknown = phrase("diff.unknown", n=len(self.unknown)) if self.unknown else ""
        return f"{what}; {resolves}, {introduces}{unknown}"


def _empty() -> Dataset:
    return Dataset(
        board=None, people={}, partnerships={}, meetings={}, priorities={}, requirements={}
    )


def _relocate(finding: Finding, old: str, new: str) -> Finding:
    """A finding from a temporary copy, reported at the data folder's path in the repository."""
    if old == new:
        return finding

    def fix(text: str) -> str:
        if text == old:
            return new
        return text.replace(old + "/", new + "/")

    loc = finding.location
    return replace(
        finding,
        location=Location(fix(loc.file), loc.line, loc.column),
        subject=replace(finding.subject, id=fix(finding.subject.id))
        if finding.subject.kind == "file"
        else finding.subject,
        message=fix(finding.message),
        params=tuple(
            (name, fix(value) if isinstance(value, str) else value)
            for name, value in finding.params
        ),
    )


def _files(data_dir: Path) -> dict[tuple[str, str], tuple[str, bytes]]:
    """Each file of the layout as (document type, id or "") -> (path in the folder, contents)."""
    files, _ = discover(data_dir)
    return {
        (doc_type, path.stem if doc_type in FOLDERS.values() else ""): (
            path.relative_to(data_dir).as_posix(),
            path.read_bytes(),
        )
        for path, doc_type in files
    }


def load_side(
    name: str, data_dir: Path, as_of: dt.date, shown_as: Path, *, cache: bool = False
) -> Side:
    """Load one side and run the full check; paths in findings as they are at ``shown_as``."""
    from gsscb_cli.rules import run_rules

    result = load(data_dir, cache=cache)  # a revision's temporary copy is not cached
    valid = {
        doc.path.relative_to(data_dir).as_posix()
        for docs in result.documents.values()
        for doc in docs
    }
    files = _files(data_dir)
    old, new = display_path(data_dir), display_path(shown_as)
    validation = [_relocate(f, old, new) for f in result.findings]
    rules = [_relocate(f, old, new) for f in run_rules(result.dataset, as_of)]
    return Side(
        name=name,
        dataset=result.dataset,
        findings=validation + rules,
        validation=validation,
        files=files,
        broken={key for key, (rel, _) in files.items() if rel not in valid},
        shown_as=new,
    )


def _revision_side(
    repo: git.Repo, revision: str, tmp: Path, as_of: dt.date, shown_as: Path, is_base: bool
) -> Side:
    """One revision's side: its data folder exported with git, then loaded and checked."""
    commit = git.resolve(repo, revision)
    name = f"{revision} ({git.short(repo, commit)})"
    target = tmp / "data"
    exported = git.export(repo, commit, target)
    if not exported.found:
        side = Side(name=name, dataset=_empty())
        other = "is new" if is_base else "was removed"
        side.notes.append(f"{name} has no data folder at {repo.data_label}: everything {other}.")
        return side
    try:
        side = load_side(name, target, as_of, shown_as)
    except DataFolderError as exc:
        side = Side(name=name, dataset=_empty())
        message = exc.message.replace(display_path(target), display_path(shown_as))
        side.notes.append(f"{name}: {message}; nothing there is compared.")
        return side
    if exported.skipped:
        side.notes.append(
            f"{name}: not read (links or submodules): {', '.join(sorted(exported.skipped))}."
        )
    return side


def _validation_note(side: Side, data: str) -> str | None:
    """What a side's validation errors mean for the comparison (an older schema, a broken file)."""
    problems = [f for f in side.validation if f.severity.value == "error"]
    if not problems:
        return None
    shown = "; ".join(
        f"{f.location}: {f.message} [{f.rule}]" for f in problems[:NOTE_FINDINGS_SHOWN]
    )
    if len(problems) > NOTE_FINDINGS_SHOWN:
        shown += f"; and {len(problems) - NOTE_FINDINGS_SHOWN} more"
    errors = "1 validation error" if len(problems) == 1 else f"{len(problems)} validation errors"
    note = (
        f"The data at {side.name} has {errors} under today's schemas "
        f"(it may follow an older schema): {shown}."
    )
    unread = sorted(f"{data}/{rel}" for key, (rel, _) in side.files.items() if key in side.broken)
    if unread:
        note += f" Records in {', '.join(unread)} could not be read there and are not compared."
    return note


def review(
    base: str, head: str | None, data: Path, as_of: dt.date, *, cache: bool = True
) -> Review:
    """Compare the data folder at ``base`` with ``head`` (None: the working tree)."""
    repo = git.find_repo(data)
    with tempfile.TemporaryDirectory(prefix="gsscb-diff-") as tmp:
        base_side = _revision_side(repo, base, Path(tmp) / "base", as_of, data, True)
        if head is None:
            head_side = load_side(WORKING_TREE, data, as_of, data, cache=cache)
        else:
            head_side = _revision_side(repo, head, Path(tmp) / "head", as_of, data, False)
    base_entities, head_entities = entities(base_side.dataset), entities(head_side.dataset)
    renames = find_renames(base_entities, head_entities)
    changes = compare_entities(
        base_entities,
        head_entities,
        renames,
        base_side.broken,
        head_side.broken,
        base_side.name,
        head_side.name,
    )
    changes += compare_broken_files(
        (base_side.files, base_side.broken),
        (head_side.files, head_side.broken),
        base_side.name,
        head_side.name,
    )
    changes.sort(key=lambda c: (KINDS.index(c.kind), c.key))
    # a renamed record's findings keep their identity ("partnership:old-id" -> "partnership:new-id")
    ids = {(kind, key): new for (kind, key), (_, new) in renames.items()}

    def renamed(ref: Ref) -> Ref:
        new = ids.get((ref.kind, ref.id))
        return replace(ref, id=new) if new is not None else ref

    base_findings = [replace(f, subject=renamed(f.subject)) for f in base_side.findings]
    introduced, gone = compare_findings(base_findings, head_side.findings)
    resolved, unknown = _judged(gone, head_side, base_entities)
    new = {id(f) for f in introduced}
    still_open = [f for f in sort_findings(head_side.findings) if id(f) not in new]
    notes = [*base_side.notes, *head_side.notes]
    note = _validation_note(base_side, display_path(data))
    if note:
        notes.append(note)
    notes += _unknown_note(unknown, base_side, head_side)
    return Review(
        base=base_side.name,
        head=head_side.name,
        data=display_path(data),
        as_of=as_of,
        changes=tuple(changes),
        introduced=tuple(introduced),
        resolved=tuple(resolved),
        notes=tuple(notes),
        still_open=tuple(still_open),
        unknown=tuple(unknown),
    )


def _judged(
    gone: list[Finding], head: Side, base_entities: dict[tuple[str, str], Entity]
) -> tuple[list[Finding], list[Finding]]:
    """The base's findings the head lacks, as (resolved, unknown). Unknown: those in a file
    that does not validate at the head, about a record held in one, or naming one (a
    "Chair of" seat takes its holder from its partnership's file)."""
    broken = head.broken_paths()
    held = [e for e in base_entities.values() if e.file in head.broken and e.kind in NAMED]
    ids = {e.key.split("/")[0] for e in held}
    names = {e.label for e in held} | ids
    resolved: list[Finding] = []
    unknown: list[Finding] = []
    for f in gone:
        kind = f.subject.kind
        if kind in FOLDERS.values():  # one file per record: (partnership, its id)
            record = (kind, f.subject.id.split("/")[0])
        else:  # a record of one of the single files
            record = (RECORD_FILES.get(kind, kind), "")
        refs = [v.id for _, v in f.params if isinstance(v, Ref)]
        texts = [f.message, *(v for _, v in f.params if isinstance(v, str))]
        in_broken = (
            f.location.file in broken
            or record in head.broken
            or any(ref in ids for ref in refs)
            or any(name in text for name in names for text in texts)
        )
        (unknown if in_broken else resolved).append(f)
    return resolved, unknown


def _unknown_note(unknown: list[Finding], base: Side, head: Side) -> list[str]:
    if not unknown:
        return []
    files = sorted(path for path in head.broken_paths())
    said = phrase(
        "diff.unknown-note",
        files=", ".join(files),
        n_files=len(files),
        head=head.name,
        base=base.name,
        n=len(unknown),
        findings_key="diff.findings",
        so_key="diff.unknown-so",
    )
    return [said]
