"""The one load pipeline: discover -> parse -> schema -> ids -> dates -> references -> model.

``load(data_dir)`` never raises for bad data: every problem is a Finding. It raises
``DataFolderError`` only when the folder itself cannot be used. ``check_text`` runs
the same per-document steps on one file's text (``gsscb new`` checks what it writes).

The steps, one module each:

* ``discover``: the YAML files of the folder and their document types;
* ``parse``: strict YAML with the position of every value;
* ``schema`` (with ``schema_fast``): the JSON Schemas, with file and line of each error;
* ``ids``: which records exist, and ids that do not match their file name;
* ``dates``: dates that cannot all be true;
* ``references``: every id referred to exists, ids within a file are unique;
* ``build``: the typed model from the documents that passed (and ``model/work.py``
  for the board's work records: their references and model), built when
  ``LoadResult.dataset`` is first asked for.

Only ``discover`` is imported with this package (``--help`` stays fast); the rest is
imported when something is loaded.
"""

from __future__ import annotations

import functools
import gc
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gsscb_cli.findings import Finding
from gsscb_cli.load.discover import FOLDERS, SINGLE_FILES, discover, display_path

if TYPE_CHECKING:
    from gsscb_cli.load.ids import KnownIds
    from gsscb_cli.load.parse import Document
    from gsscb_cli.model.types import Dataset, PartnershipKind

__all__ = [
    "FOLDERS",
    "SINGLE_FILES",
    "LoadResult",
    "check_text",
    "default_catalogue",
    "default_kinds",
    "discover",
    "display_path",
    "load",
]


@dataclass
class LoadResult:
    """A loaded folder: its findings, the documents that passed, and the typed model of
    those documents (``dataset``), built the first time it is asked for: ``validate``
    reports only the findings, and building the model never adds one."""

    data_dir: Path
    findings: list[Finding] = field(default_factory=list)
    documents: dict[str, list[Document]] = field(default_factory=dict)
    catalogue_default: bool = False
    """The folder has no requirements.yaml: gsscb's own catalogue is used."""

    @functools.cached_property
    def dataset(self) -> Dataset:
        # the model's objects live as long as the result: the collector paused, as in load()
        paused = gc.isenabled()
        gc.disable()
        try:
            return _build(self.documents, self.catalogue_default)
        finally:
            gc.freeze()  # (also when a caller paused it: check_run._collector_paused)
            if paused:
                gc.enable()


@dataclass
class Prefetched:
    """What the results cache's key (``load/results.py``) already found and read: on a
    miss, the check's load takes the discovery and the bytes from here instead of doing
    both again (the same bytes the key was made from, so the result belongs to the key)."""

    data_dir: Path
    files: list[tuple[Path, str]]
    findings: list[Finding]
    raw: dict[str, bytes]
    """Each data file's bytes, by ``str(path)``: taken (and dropped) as the load reads it."""
    digests: dict[str, bytes]
    """Each one's ``parse.read_digest``, recorded in ``parse.READS`` as read_file does."""
    package: bytes
    """``results.package_key``, as the key found it: the document cache's key is made
    from it (not found again)."""


PREFETCHED: Prefetched | None = None
"""Set by ``load/results.py`` around the check it computes; None otherwise."""


def default_catalogue() -> Path:
    """The requirements catalogue that ships with gsscb (``catalogue/requirements.yaml``)."""
    from gsscb_cli.resources import resource_dir

    return resource_dir("catalogue") / "requirements.yaml"


def default_kinds() -> dict[str, PartnershipKind]:
    """The partnership kinds of the catalogue that ships with gsscb."""
    return dict(_default_kinds())


@functools.cache
def _default_kinds() -> tuple[tuple[str, PartnershipKind], ...]:
    from gsscb_cli.load.build import build_kinds

    doc = _default_catalogue_document()
    return tuple(build_kinds(doc).items()) if doc is not None else ()


def default_kind_ids() -> set[str]:
    """The ids of ``default_kinds``, without building them (a load builds no model)."""
    doc = _default_catalogue_document()
    return {k["id"] for k in doc.data.get("kinds") or ()} if doc is not None else set()


@functools.cache
def _default_catalogue_document() -> Document | None:
    from gsscb_cli.load.parse import load_file

    doc, _ = load_file(default_catalogue(), display_path(default_catalogue()))
    return doc


def load(data_dir: Path, schema_dir: Path | None = None, *, cache: bool = True) -> LoadResult:
    """Load and validate a whole data folder (``cache``: use the content cache, see
    ``load/cache.py``; the result is the same either way)."""
    # Loading makes millions of small, acyclic objects (values, positions) that all live
    # until the process ends; the cyclic garbage collector would scan them again and again
    # (a third of the load time at all-Wales scale). Pause it while loading, then freeze
    # what was loaded so later collections skip it.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(data_dir, schema_dir, cache)
    finally:
        gc.freeze()  # (also when a caller paused it: check_run._collector_paused)
        if paused:
            gc.enable()


def _document_checks(doc: Document, doc_type: str, schema_dir: Path | None) -> list[Finding]:
    """Schema, then id and file name, then (when those pass) the order of dates."""
    from gsscb_cli.load.dates import date_order
    from gsscb_cli.load.ids import id_mismatch
    from gsscb_cli.load.schema import validate_document

    problems = validate_document(doc, doc_type, schema_dir)
    problems += id_mismatch(doc, doc_type)
    if not problems:
        problems = date_order(doc, doc_type)
    return problems


def _load(data_dir: Path, schema_dir: Path | None, use_cache: bool) -> LoadResult:
    from gsscb_cli.load import parse
    from gsscb_cli.load import work_refs as work
    from gsscb_cli.load.cache import CHECKED, DocumentCache, Key, cache_root
    from gsscb_cli.load.ids import ids_from_files, record_ids, work_ids
    from gsscb_cli.load.parse import Document, parse_bytes, read_file
    from gsscb_cli.load.references import check_references
    from gsscb_cli.resources import resource_dir

    ahead = PREFETCHED if PREFETCHED is not None and PREFETCHED.data_dir == data_dir else None
    if ahead is not None:
        files, findings = list(ahead.files), list(ahead.findings)
    else:
        files, findings = discover(data_dir)
    if not any(doc_type == "requirements" for _, doc_type in files):
        from gsscb_cli.findings import Location, Severity, validation_finding

        files.append((default_catalogue(), "requirements"))
        findings.append(
            validation_finding(
                "catalogue-default",
                "the data folder has no requirements.yaml: the catalogue that ships with gsscb "
                "(the kinds of partnership and what each must produce) is used; copy it into "
                "the folder (gsscb init does) to cite or change it",
                Location(display_path(data_dir / "requirements.yaml"), None, None),
                Severity.INFO,
            )
        )
    # the schemas' folder found once, not once per document
    schemas = schema_dir or resource_dir("schemas")
    package = ahead.package if ahead is not None else None
    store = DocumentCache(data_dir, schemas, cache_root() if use_cache else None, package)
    # (document, its type, its cache key, whether it passed its checks when it was stored)
    parsed: list[tuple[Document, str, Key | None, bool]] = []
    cwd = os.getcwd()
    for path, doc_type in files:
        display = display_path(path, cwd)
        # the bytes the key read (a file saved since is the next run's to see), else read
        raw = ahead.raw.pop(str(path), None) if ahead is not None else None
        problems: list[Finding] = []
        digest = None  # the bytes' digest, where it has been taken already
        if raw is None:
            raw, problems = read_file(path, display)
            if parse.READS is not None:
                digest = parse.READS.get(str(path))
        elif ahead is not None:
            digest = ahead.digests[str(path)]
            if parse.READS is not None:  # recorded as read_file does
                parse.READS[str(path)] = digest
        if raw is None:
            findings.extend(problems)
            continue
        key = store.key(raw, doc_type, display, path, digest) if store.enabled else None
        kept = store.get(key) if key is not None and store.old else False  # (old: {} if cold)
        if isinstance(kept, Document):  # stored whole: not parsed again
            parsed.append((kept, doc_type, key, True))
            continue
        doc, problems = parse_bytes(raw, display, path)  # (CHECKED: parsed, not checked)
        findings.extend(problems)
        if doc is not None:
            parsed.append((doc, doc_type, key, kept is CHECKED))

    known = ids_from_files(files)
    valid: dict[str, list[Document]] = {}
    for doc, doc_type, key, cached in parsed:
        problems = [] if cached else _document_checks(doc, doc_type, schemas)
        findings.extend(problems)
        if not problems:
            valid.setdefault(doc_type, []).append(doc)
            if key is not None and not cached:
                store.put(key, doc)
        record_ids(known, doc, doc_type, problems)
    store.save()
    if known.kinds is None:  # a catalogue without kinds (or none valid): gsscb's own kinds
        known.kinds = default_kind_ids()

    work_known = work_ids(known, [(doc, doc_type) for doc, doc_type, _, _ in parsed])
    for doc_type, docs in valid.items():
        for doc in docs:
            if doc_type in work.WORK_TYPES:
                findings.extend(work.check_work_references(doc, doc_type, work_known))
            else:
                findings.extend(check_references(doc, doc_type, known))

    default = any(f.rule == "catalogue-default" for f in findings)
    return LoadResult(data_dir, findings, valid, default)


def _build(valid: dict[str, list[Document]], catalogue_default: bool) -> Dataset:
    """The typed model of the documents that passed (``LoadResult.dataset``)."""
    from gsscb_cli.load.build import build_dataset
    from gsscb_cli.model import work

    dataset = build_dataset(valid)
    dataset.work = work.build_work(valid)
    if not dataset.kinds:
        dataset.kinds = default_kinds()
    dataset.catalogue_default = catalogue_default
    return dataset


def check_text(
    text: str, path: Path, doc_type: str, known: KnownIds
) -> tuple[Document | None, list[Finding]]:
    """One file's text through the same steps as ``load``, against the ids ``known``."""
    from gsscb_cli.load.parse import parse_text
    from gsscb_cli.load.references import check_references

    doc, findings = parse_text(text, display_path(path), path)
    if doc is None:
        return None, findings
    findings = _document_checks(doc, doc_type, None)
    if not findings:
        findings = check_references(doc, doc_type, known)
    return doc, findings
