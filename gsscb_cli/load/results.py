"""A cache of whole ``gsscb check`` results: unchanged data, the same answer, not recomputed.

The document cache (``load/cache.py``) saves validating each file again; what is
left of a second check of unchanged data is the work across files (the model, the
references, every rule). This cache keeps the result of that work: the findings and the
records' names that the report is made from, so the report itself (format, colour,
width) is still made on every run from the same values.

* **Key.** A digest of everything a check's findings are made from: every file the data
  folder holds that gsscb reads (its bytes, path, shown path and document type) and what
  discovering them found; the working folder (paths are shown relative to it); the day
  (``--as-of``, or today) and ``--select`` / ``--ignore``; gsscb's version, the Python
  and library versions (Babel's too: it words dates, lists and plurals) and where each
  library is imported from, and every file of the gsscb package and of its schemas,
  templates and catalogue (code, the words catalogue, templates: one byte changed
  anywhere is a miss). Nothing else is read, so an entry is never stale. A file whose
  device, inode, size and both times are the ones the last run recorded is known by the
  digest recorded then, without reading it (``load/known.py``, as git's index).
* **Reports.** A plain text report (``--format text`` to a pipe or a file) is kept
  beside the findings, named by the key and every option it is made with (the width,
  ``--verbose``, ``--statistics``, ``--fail-on``), with its exit code: a warm check
  writes it as it is. A kept report holding a control character is a miss.
* **What was read is what is stored.** The check records a digest of each file's bytes
  as it reads them (``parse.READS``); when they differ from the bytes the key was made
  from (a file saved while the check ran), the result is returned but not stored.
* **Read once.** On a miss the check takes what the key found and read
  (``load.PREFETCHED``): the files discovered and their bytes, not found and read
  again, so the result is of the very bytes the key was made from (a file saved since
  is seen by the next run, whose key reads it).
* **Trust.** Like ruff's and mypy's caches, whoever can write the cache folder decides
  what a check says: never restore it from a source you would not let edit the data.
  An entry whose values are not of the types a result holds is a miss.
* **Values.** Plain values only (``marshal``: no code runs on reading). Every finding is
  written as a tuple of values of exact types and read back into an equal ``Finding``;
  a result holding a value of a type this module does not know is not stored (the next
  run computes it again).
* **Safe.** As the document cache: one file per data folder in the same cache folder,
  written to a temporary file and renamed over it, with a magic line and a digest of
  its contents; a truncated, corrupt or foreign file is ignored and rebuilt. It keeps
  the last few results (different days or options) of that folder.
* ``--no-cache`` (or ``GSSCB_NO_CACHE=1``) neither reads nor writes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import marshal
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsscb_cli.findings import Basis, Citation, Finding, Kind, Location, Ref, Severity
from gsscb_cli.load.known import blake2b

if TYPE_CHECKING:
    from gsscb_cli.findings import Param
    from gsscb_cli.load import Prefetched
    from gsscb_cli.load.known import Index

MAGIC = b"gsscb check results 1\n"
SHOWN_MAGIC = b"gsscb check reports 1\n"
_DIGEST = 32
_KEEP = 4  # results kept per data folder (e.g. a few --as-of days)

Names = dict[Ref, str]
Result = tuple[list[Finding], Names]
Output = tuple[str, int]
"""A report's text and the exit code it ends with."""


class _Unstorable(Exception):
    """A value this cache cannot write as plain values."""


def cached_check(
    data_dir: Path,
    day: dt.date,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    compute: Callable[[], Result],
    *,
    use_cache: bool = True,
) -> Result:
    """``compute()``'s findings and names, from the cache when nothing they depend on has
    changed; else computed and stored."""
    keyed = _keyed(data_dir, day, select, ignore, use_cache)
    if keyed is None:
        return compute()
    return _result(keyed, compute)[0]


def cached_output(
    data_dir: Path,
    day: dt.date,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    compute: Callable[[], Result],
    show: Callable[[Result], Output],
    shown_as: str,
    *,
    use_cache: bool = True,
) -> Output:
    """What ``show`` makes of the findings (a report's text and its exit code), kept
    beside them for ``shown_as`` (every option the report is made with): a warm check
    writes it without reading the findings back or making the report again. Only a
    report from a result that is the key's own (stored, or computed from the bytes the
    key read) is kept; a kept report holding a control character is a miss."""
    keyed = _keyed(data_dir, day, select, ignore, use_cache)
    if keyed is None:
        return show(compute())
    root, (key, *_) = keyed
    file = root / f"{_folder_name(data_dir)}.shown"
    shown = b"\0" + shown_as.encode("utf-8", "surrogateescape")
    outputs = _read(file, SHOWN_MAGIC)
    stored = _lookup(outputs, key, lambda answer: _shown_name(answer, shown))
    if _is_output(stored):
        _touch(file)  # in use: not pruned as unused (cache._prune)
        return stored  # type: ignore[no-any-return]
    result, own = _result(keyed, compute)
    output = show(result)
    if own and _is_output(output):
        _keep(file, SHOWN_MAGIC, outputs, _shown_name(_stored_key(key), shown), output)
    return output


def _shown_name(key: bytes, shown: bytes) -> bytes:
    """A kept report's name: the key of its answer and every option it is made with."""
    return blake2b(key + shown, digest_size=_DIGEST).digest()


Keyed = tuple[Path, tuple[bytes, dict[str, bytes], dict[str, bytes], "Prefetched"]]


def _keyed(
    data_dir: Path,
    day: dt.date,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    use_cache: bool,
) -> Keyed | None:
    """The cache folder and the run's key, or None when nothing is to be cached."""
    from gsscb_cli.load.cache import cache_root

    root = cache_root() if use_cache else None
    keyed = _run_key(root, data_dir, day, select, ignore) if root is not None else None
    return None if root is None or keyed is None else (root, keyed)


def _result(keyed: Keyed, compute: Callable[[], Result]) -> tuple[Result, bool]:
    """The stored result for the key, else ``compute()``'s (stored when it is made from
    the bytes the key read); and whether it is the key's own."""
    root, (key, expected, resources, ahead) = keyed
    file = root / f"{_folder_name(ahead.data_dir)}.results"
    entries = _read(file)
    stored = _lookup(entries, key)
    if stored is not None:
        with contextlib.suppress(_Unstorable, ValueError, OverflowError, RecursionError):
            found = _decode(stored)  # every value of the exact type and shape it must be
            _touch(file)  # in use: not pruned as unused (cache._prune)
            return found, True
    # What the check reads is recorded as it reads it: when a file changed between the
    # key's reading and the check's (an editor saving, a checkout), the result belongs to
    # neither key, and is returned but not stored.
    import gsscb_cli.load as pipeline
    from gsscb_cli.load import parse

    outer, parse.READS = parse.READS, {}
    pipeline.PREFETCHED = ahead  # what the key found and read is not found and read again
    try:
        result = compute()
        read = parse.READS
    finally:
        parse.READS = outer
        pipeline.PREFETCHED = None
    if not _read_as_keyed(read, expected, resources):
        return result, False
    try:
        # every field of a Finding (tests/test_results_cache.py holds _encode to them); a
        # value _decode would not read back as itself makes the entry a miss
        encoded = _encode(result)
    except (_Unstorable, AttributeError, TypeError, ValueError, IndexError):
        return result, False
    _keep(file, MAGIC, entries, _stored_key(key), encoded)
    return result, True


def _with_yaml(key: bytes) -> bytes:
    """The key of an answer PyYAML may have shaped (a file it read, its words for one):
    ``key`` and whether PyYAML's C parser loads here (an ``_yaml*.so`` left in place whose
    libyaml is gone is another parser, with other messages). Imports PyYAML."""
    import yaml

    flag = b"1" if getattr(yaml, "__with_libyaml__", False) else b"0"
    return blake2b(key + b"\0libyaml=" + flag, digest_size=_DIGEST).digest()


def _stored_key(key: bytes) -> bytes:
    """Where an answer computed in this process is stored: under ``key`` when PyYAML read
    no file in it (its path, ``load/pyyaml_path.py``, was never imported: looking an answer
    up may import PyYAML, which reads nothing), else under ``_with_yaml(key)``."""
    return key if _PYYAML_PATH not in sys.modules else _with_yaml(key)


_PYYAML_PATH = "gsscb_cli.load.pyyaml_path"


def _lookup(
    entries: dict[bytes, Any], key: bytes, name: Callable[[bytes], bytes] = lambda key: key
) -> Any:
    """The stored answer for ``key`` (kept under ``name(key)``): one PyYAML had no part in,
    else one made with the PyYAML this process would use (asked only when there are
    answers to look through: a cold cache does not import PyYAML to find nothing)."""
    if not entries:
        return None
    found = entries.get(name(key))
    return found if found is not None else entries.get(name(_with_yaml(key)))


def _is_output(value: object) -> bool:
    """A report's text and an exit code of a check: UTF-8 text (no lone surrogate, which
    a stream would write as a raw byte such as C1's CSI) without a control character but
    its line ends (``escape.terminal``'s rule: a report made by ``present/text.py`` has
    none, every value in it has passed that escaper)."""
    if type(value) is not tuple or len(value) != 2:
        return False
    text, code = value
    if type(text) is not str or type(code) is not int or code not in (0, 1):
        return False
    from gsscb_cli.present.escape import unsafe_for_terminal

    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return not unsafe_for_terminal(text.replace("\n", ""))


def _touch(file: Path) -> None:
    from gsscb_cli.load.cache import _touch as touch

    touch(file)


def _keep(file: Path, magic: bytes, entries: dict[bytes, Any], key: bytes, value: Any) -> None:
    """Write ``entries`` with ``key`` set to ``value``, the last ``_KEEP`` of them."""
    kept = {k: v for k, v in entries.items() if k != key}
    kept = dict(list(kept.items())[-(_KEEP - 1) :]) if _KEEP > 1 else {}
    kept[key] = value
    _write(file, kept, magic)


def _folder_name(data_dir: Path) -> str:
    from gsscb_cli.load.cache import folder_name

    return folder_name(data_dir)


def _run_key(
    root: Path,
    data_dir: Path,
    day: dt.date,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
) -> tuple[bytes, dict[str, bytes], dict[str, bytes], Prefetched] | None:
    """The digest of everything the findings depend on, with the digest of each data
    file's and each resource file's bytes by path, and what was found and read (for the
    check to use); None when a file cannot be read (its finding comes from the loader,
    every time). A file whose stat is the one the last run recorded is known by the
    digest recorded then, not read again (``load/known.py``)."""
    from gsscb_cli.load import Prefetched
    from gsscb_cli.load.discover import discover
    from gsscb_cli.load.known import Index
    from gsscb_cli.load.known import digest as read_digest

    index = Index(root / f"{_folder_name(data_dir)}.known")
    tool, package, resources = _tool_key(index)
    digest = blake2b(tool, digest_size=_DIGEST)
    options = (day.isoformat(), list(select or ()), list(ignore or ()), os.getcwd())
    digest.update(repr(options).encode("utf-8", "surrogateescape"))
    files, findings = discover(data_dir)
    for finding in findings:
        digest.update(b"\0f" + repr(finding).encode("utf-8", "surrogateescape"))
    read: dict[str, bytes] = {}
    raws: dict[str, bytes] = {}
    recorded = index.old
    for path, doc_type in files:
        text = str(path)
        known = None
        if text in recorded:  # (else it cannot be known: its stat is taken as it is read)
            try:
                info = os.stat(text)
            except OSError:
                return None
            known = index.known(text, info) if stat.S_ISREG(info.st_mode) else None
        if known is None:
            from gsscb_cli.load.parse import read_file_stat  # (PyYAML: not when all are known)

            # the shown path is the path relative to the working folder, already in the key
            raw, problems, seen = read_file_stat(path, text)
            if raw is None or problems or seen is None:
                return None
            known = read_digest(raw)
            index.record(text, seen, known)  # the stat taken before the bytes were read
            raws[text] = raw
        read[text] = known
        head = repr((text, doc_type)).encode("utf-8", "surrogateescape")
        digest.update(b"\0d" + head + known)
    index.save()
    ahead = Prefetched(data_dir, list(files), list(findings), raws, read, package)
    return digest.digest(), read, resources, ahead


def _read_as_keyed(
    read: dict[str, bytes], data: dict[str, bytes], resources: dict[str, bytes]
) -> bool:
    """Whether the check read every data file of the key, and every file it read (a data
    file, or a resource such as the catalogue that ships with gsscb, read when a folder
    has no kinds of its own) with the bytes the key read."""
    return all(path in read for path in data) and all(
        data.get(path, resources.get(path)) == digest for path, digest in read.items()
    )


def _tool_key(index: Index) -> tuple[bytes, bytes, dict[str, bytes]]:
    """gsscb, Python and the libraries, and the bytes of every file of the package
    (``package_key``, which the document cache's key is made from too) and of its
    resources (each known by ``index`` or read on every run: a test or an editor may
    change a template or the catalogue within one process); and the package's key."""
    from gsscb_cli.resources import resource_dir

    package = package_key(index)
    digest = blake2b(package, digest_size=_DIGEST)
    folders = [(name, resource_dir(name)) for name in ("schemas", "templates", "catalogue")]
    read: dict[str, bytes] = {}  # the resources' digests, as a check may read them too
    for label, folder in folders:
        for name, path, known in _file_digests(folder, index):
            digest.update(f"\0{label}/{name}\0".encode("utf-8", "surrogateescape"))
            digest.update(known)
            read[path] = known
    return digest.digest(), package, read


def package_key(index: Index | None = None) -> bytes:
    """What any stored answer depends on besides the data: gsscb's version, Python's and
    marshal's, the libraries (``_libraries_key``) and every file of the gsscb package but
    bytecode (its source, the C reader, the words), each known by ``index`` or read."""
    from gsscb_cli import __version__

    versions = f"{__version__}\0{sys.version}\0{marshal.version}\0"
    digest = blake2b(versions.encode(), digest_size=_DIGEST)
    digest.update(_libraries_key())
    for name, _path, known in _file_digests(Path(__file__).resolve().parent.parent, index):
        digest.update(f"\0package/{name}\0".encode("utf-8", "surrogateescape"))
        digest.update(known)
    return digest.digest()


def _file_digests(folder: Path, index: Index | None) -> list[tuple[str, str, bytes]]:
    """Each file of ``folder`` (``_files``) with the digest of its bytes: the one ``index``
    knows it by, else read (and recorded); a file that cannot be read is left out."""
    from gsscb_cli.load.known import digest as read_digest

    out = []
    for name, path, info in _files(folder):
        known = index.known(path, info) if index is not None else None
        if known is None:
            try:
                with open(path, "rb") as handle:
                    raw = handle.read()
            except OSError:
                continue
            known = read_digest(raw)
            if index is not None:
                index.record(path, info, known)
        out.append((name, path, known))
    return out


@functools.cache
def _libraries_key() -> bytes:
    """Which libraries a check's findings are made with: Babel words every date, list and
    plural in a message (its CLDR data decides them), PyYAML's messages differ with and
    without its C parser (whether it loads is not in this key, which would import PyYAML,
    a tenth of a cold check: an answer PyYAML may have shaped is stored under
    ``_with_yaml``, which says it). Each is known by where it is imported from
    (a copy on ``PYTHONPATH`` shadowing the installed one is another library), the stat of
    each file in its folder (an edit in place, a module added), and the version its
    distribution's folder beside it names (``babel-2.19.0.dist-info``): a release
    installed over another changes all of them. (Not ``importlib.metadata``: importing it
    and reading five ``METADATA`` files took a fifth of a warm check.)"""
    import importlib.util

    from gsscb_cli.load.known import signature

    listings: dict[str, list[str]] = {}

    def names(folder: str) -> list[str]:
        if folder not in listings:
            try:
                listings[folder] = sorted(n for n in os.listdir(folder) if n != "__pycache__")
            except OSError:
                listings[folder] = []
        return listings[folder]

    parts: list[str] = []
    for module, dist in (
        ("babel", "babel"),
        ("yaml", "pyyaml"),
        ("jsonschema", "jsonschema"),
        ("jsonschema_rs", "jsonschema-rs"),
        ("referencing", "referencing"),
    ):
        spec = importlib.util.find_spec(module)
        origin = spec.origin if spec else None
        parts.append(f"{module}@{origin}")
        if spec is None or origin is None or not os.path.isabs(origin):
            continue
        with contextlib.suppress(OSError):
            parts.append(repr(signature(os.stat(origin))))
        folder = os.path.dirname(origin)
        if spec.submodule_search_locations:  # a package: its folder's files, then its site's
            parts.append(repr([(n, _stat_of(os.path.join(folder, n))) for n in names(folder)]))
            folder = os.path.dirname(folder)
        parts.append(repr([n for n in names(folder) if _distribution(n) == _normal(dist)]))
    return "\0".join(parts).encode("utf-8", "surrogateescape")


def _stat_of(path: str) -> tuple[int, ...] | None:
    from gsscb_cli.load.known import signature

    try:
        return signature(os.stat(path))
    except OSError:
        return None


def _normal(name: str) -> str:
    """A distribution's name as its metadata folder spells it (PEP 503, lower case)."""
    return name.lower().replace("-", "_").replace(".", "_")


def _distribution(folder_name: str) -> str | None:
    """The distribution a ``NAME-VERSION.dist-info`` (or ``.egg-info``) folder is of."""
    stem, dot, suffix = folder_name.rpartition(".")
    if not dot or suffix not in ("dist-info", "egg-info"):
        return None
    return _normal(stem.partition("-")[0])


def _files(folder: Path) -> list[tuple[str, str, os.stat_result]]:
    """Every file under ``folder`` but bytecode: its name below the folder (``/``), its
    path and its stat (taken before it is read), ordered by name as ``Path`` orders them."""
    out: list[tuple[tuple[str, ...], str, os.stat_result]] = []
    stack: list[tuple[str, tuple[str, ...]]] = [(os.fspath(folder), ())]
    while stack:
        top, names = stack.pop()
        try:
            with os.scandir(top) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if entry.name == "__pycache__":
                continue
            try:
                info = os.stat(entry.path)  # as Path.is_file: links followed
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):
                if not entry.is_symlink():  # as Path.rglob: links to folders not walked
                    stack.append((entry.path, (*names, entry.name)))
            elif stat.S_ISREG(info.st_mode):
                out.append(((*names, entry.name), entry.path, info))
    out.sort(key=lambda item: item[0])
    return [("/".join(parts), path, info) for parts, path, info in out]


# -- plain values --------------------------------------------------------------------------


def _encode(result: Result) -> Any:
    """A result as plain values. Nothing is checked here but what could not be written or
    read back as itself (a value of a type this module does not know, a date that is not a
    ``date``: ``_Unstorable``): ``_decode`` checks every value it reads, so a value of
    another type (a ``str`` subclass: marshal refuses it; a lone surrogate) only makes the
    entry a miss."""
    findings, names = result
    return (
        [_encode_finding(f) for f in findings],
        [((ref.kind, ref.id, ref.part), name) for ref, name in names.items()],
    )


def _decode(stored: Any) -> Result:
    """A stored result, back as findings and names; ``_Unstorable`` (a miss) unless every
    value is of the exact type and shape ``_encode`` writes (a cache entry is input: a
    hostile or foreign one must not reach the report as values of other types)."""
    findings, names = _shape(stored, 2)
    if type(findings) is not list or type(names) is not list:
        raise _Unstorable("result")
    decoded = [_decode_finding(f) for f in findings]
    named: Names = {}
    for pair in names:
        ref, name = _shape(pair, 2)
        named[_decode_ref(ref)] = _text(name)
    return decoded, named


def _shape(value: Any, size: int) -> tuple[Any, ...]:
    """``value`` when it is a tuple of ``size`` values."""
    if type(value) is not tuple or len(value) != size:
        raise _Unstorable("shape")
    return value


def _text(value: object) -> str:
    """A text value: a ``str`` that is UTF-8 (no lone surrogate, which no report can
    write as text)."""
    if type(value) is not str:
        raise _Unstorable(type(value).__name__)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Unstorable("surrogate") from None
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _encode_ref(ref: Ref) -> tuple[str, str, tuple[str, ...]]:
    return (ref.kind, ref.id, ref.part)


def _decode_ref(value: Any) -> Ref:
    kind, id_, part = _shape(value, 3)
    if type(part) is not tuple:
        raise _Unstorable("ref")
    return Ref(_text(kind), _text(id_), tuple(_text(p) for p in part))


def _encode_finding(f: Finding) -> tuple[Any, ...]:
    loc = f.location
    subject = f.subject
    citation = f.citation
    due = f.due
    if due is not None and type(due) is not dt.date:
        raise _Unstorable("due")  # (a datetime would come back a date)
    return (
        f.rule,
        f.severity.value,
        f.message,
        (loc.file, loc.line, loc.column),
        (subject.kind, subject.id, subject.part),
        f.code,
        f.basis.value,
        f.kind.value,
        tuple(
            pair if type(pair[1]) in _PLAIN else (pair[0], _encode_param(pair[1]))
            for pair in f.params
        ),
        None if due is None else due.toordinal(),
        None if citation is None else (citation.document, citation.clause, citation.record),
        f.stable,
    )


def _decode_finding(v: Any) -> Finding:
    rule, severity, message, loc, subject, code, basis, kind, params, due, cited, stable = _shape(
        v, 12
    )
    file, line, column = _shape(loc, 3)
    if not (_optional_int(line) and _optional_int(column)):
        raise _Unstorable("location")
    if type(params) is not tuple:
        raise _Unstorable("params")
    if type(stable) is not tuple or (due is not None and type(due) is not int):
        raise _Unstorable("finding")
    citation = None
    if cited is not None:
        document, clause, record = _shape(cited, 3)
        citation = Citation(_text(document), _optional_text(clause), _optional_text(record))
    return Finding(
        rule=_text(rule),
        severity=Severity(_text(severity)),
        message=_text(message),
        location=Location(_text(file), line, column),
        subject=_decode_ref(subject),
        code=_text(code),
        basis=Basis(_text(basis)),
        kind=Kind(_text(kind)),
        params=_decode_params(params),
        due=None if due is None else dt.date.fromordinal(due),
        citation=citation,
        stable=tuple(_text(s) for s in stable),
    )


def _optional_int(value: object) -> bool:
    return value is None or type(value) is int


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _decode_params(params: tuple[Any, ...]) -> tuple[tuple[str, Param], ...]:
    """A finding's params; a pair of a name and a plain value is the stored pair itself."""
    return tuple(pair if _plain_pair(pair) else _decode_pair(pair) for pair in params)


def _plain_pair(pair: object) -> bool:
    """Whether ``pair`` is a name and a plain value (stored and read back as it is); its
    texts must be UTF-8 (``_text``: else ``_Unstorable``)."""
    if type(pair) is not tuple or len(pair) != 2:
        return False
    name, value = pair
    if type(name) is not str or type(value) not in _PLAIN:
        return False
    _text(name)
    if type(value) is str:
        _text(value)
    return True


def _decode_pair(pair: Any) -> tuple[str, Param]:
    name, value = _shape(pair, 2)
    return _text(name), _decode_param(value)


# A param is a plain str, int, float, bool or None as itself; anything else a tagged tuple.
def _encode_param(value: Param) -> Any:
    if value is None or type(value) in (str, int, float, bool):
        return value
    if type(value) is tuple:
        return ("tuple", tuple(_encode_param(v) for v in value))
    if type(value) is dt.date:
        return ("date", value.toordinal())
    if type(value) is Ref:
        return ("ref", _encode_ref(value))
    if type(value) is _text_type():
        return ("text", value.en, value.cy)  # type: ignore[union-attr]
    raise _Unstorable(type(value).__name__)


def _decode_param(value: Any) -> Param:
    if value is None or type(value) in (str, int, float, bool):
        return value  # type: ignore[no-any-return]
    if type(value) is not tuple or not value:
        raise _Unstorable("param")
    tag = value[0]
    if len(value) == 2:
        inner = value[1]
        if tag == "tuple" and type(inner) is tuple:
            return tuple(_decode_param(v) for v in inner)  # type: ignore[misc]
        if tag == "date" and type(inner) is int:
            return dt.date.fromordinal(inner)
        if tag == "ref":
            return _decode_ref(inner)
    elif len(value) == 3 and tag == "text":
        text: Param = _text_type()(_text(value[1]), _optional_text(value[2]))
        return text
    raise _Unstorable("param")


@functools.cache
def _text_type() -> type:
    from gsscb_cli.model.types import Text

    return Text


# -- the file ------------------------------------------------------------------------------


def _read(file: Path, magic: bytes = MAGIC) -> dict[bytes, Any]:
    from gsscb_cli.load.cache import read_payload

    payload = read_payload(file, magic)
    if payload is None:
        return {}  # missing, truncated or corrupt: ignored, and rewritten after this run
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _write(file: Path, entries: dict[bytes, Any], magic: bytes = MAGIC) -> None:
    from gsscb_cli.load.cache import write_payload

    try:
        payload = marshal.dumps(entries)
    except ValueError:  # pragma: no cover - only plain values are stored
        return
    write_payload(file, magic, payload)
