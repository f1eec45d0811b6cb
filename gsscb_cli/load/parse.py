"""Strict YAML loading: documents with the source position of every value.

PyYAML is permissive in ways a record must not be: it lets a duplicate key
silently win, reads ``no``/``on``/``off``/``yes`` as booleans, turns dates into
``datetime`` objects and expands aliases. This loader composes the node tree
with PyYAML's C parser where present and builds plain values itself, so that:

* a duplicate key is an error at the second occurrence;
* only ``true`` and ``false`` are booleans;
* dates stay ISO strings until the schema checks them;
* anchors, aliases, merge keys and non-standard tags are refused;
* empty, oversized and non-UTF-8 files are clear errors;
* every value keeps its line and column for schema errors.

Plain block records (nearly every file) are read by ``load/fast.py`` (in C where built);
the PyYAML path lives in ``load/pyyaml_path.py``, imported when a file first needs it.
"""

from __future__ import annotations

import os
import stat
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gsscb_cli import yaml_errors
from gsscb_cli.findings import Finding, Location, validation_finding
from gsscb_cli.load import fast

MAX_FILE_BYTES = 2 * 1024 * 1024
"""Files larger than this are refused (the largest real record is a few kilobytes)."""

MAX_DIGITS = fast.MAX_DIGITS
PathKey = fast.PathKey

FAST = True
"""Whether ``parse_text`` tries ``load/fast.py`` first (the parity tests switch it off)."""

_SHORT = 16  # earlier siblings skipped one by one; past this, a container's rows are kept


@dataclass
class Document:
    """One YAML file: its values and where each value is."""

    path: Path
    display: str
    data: Any
    places: bytes = b""
    """Where each value and key is (see ``load/fast.py``, "The table of places"): three
    machine ints per value in document order (a tenth of what dicts of paths took)."""
    _table: memoryview | None = field(default=None, repr=False, compare=False)
    _rows: dict[int, array[int]] = field(default_factory=dict, repr=False, compare=False)
    native: bool = field(default=False, repr=False, compare=False)
    """Read by gsscb's reader in C (``load/fast.py``): as quick to read again as a stored
    copy is to read back, so the document cache keeps only that it passed its checks."""

    def location(self, path: PathKey = (), *, key: bool = False) -> Location:
        """The location of the value at ``path`` (or of its key), or of its nearest ancestor
        in the document."""
        table = self._table
        if table is None:
            if not self.places:
                return Location(self.display, 1, 1)
            table = self._table = memoryview(self.places).cast("Q")
        row = self._row(table, path)
        place = table[3 * row + 1] if key else 0
        return _location(self.display, place or table[3 * row])

    def item_locations(self, path: PathKey) -> list[Location]:
        """``location((*path, i))`` for every item ``i`` of the list at ``path``, found in
        one walk (the model asks for each record of a list: one walk from the top each took
        a third of building it); empty when the value there is not a list."""
        value = self.data
        for step in path:
            found = (type(value) is dict and step in value) or (
                type(value) is list and isinstance(step, int) and 0 <= step < len(value)
            )
            if not found:
                return []
            value = value[step]
        if type(value) is not list:
            return []
        if not self.places or not value:
            return [self.location((*path, i)) for i in range(len(value))]
        table = self._table
        if table is None:
            table = self._table = memoryview(self.places).cast("Q")
        row = self._row(table, path) + 1  # the first item's row; each next one after its subtree
        display = self.display
        out = []
        for _ in range(len(value)):
            out.append(_location(display, table[3 * row]))
            row += table[3 * row + 2]
        return out

    def _row(self, table: memoryview, path: PathKey) -> int:
        """The row of the value at ``path``, or of its nearest ancestor in the document."""
        row = 0
        value = self.data
        for step in path:
            if type(value) is dict:
                if step not in value:
                    break
                skip = list(value).index(step)
            elif type(value) is list:
                if not isinstance(step, int) or not 0 <= step < len(value):
                    break
                skip = step
            else:
                break
            if skip < _SHORT:  # skip the earlier siblings' subtrees
                row += 1
                for _ in range(skip):
                    row += table[3 * row + 2]
            else:
                row = self._long(table, row)[skip]
            value = value[step]
        return row

    def _long(self, table: memoryview, row: int) -> array[int]:
        """The rows of the children of a long container (the board's people and seats),
        kept once asked for."""
        rows = self._rows.get(row)
        if rows is None:
            rows = array("L")
            child, end = row + 1, row + table[3 * row + 2]
            while child < end:
                rows.append(child)
                child += _size(table, child)
            self._rows[row] = rows
        return rows


class Places:
    """Many locations of one document, as ``Document.location`` and ``item_locations``
    give them: the rows of each container's children are found once, then each location
    is a lookup (the model asks for a few hundred of each meeting: walking from the top
    for each was a third of building it). Made for one build and then dropped: the rows
    it keeps are not kept on the document."""

    __slots__ = ("_display", "_doc", "_kids", "_native", "_table")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._display = doc.display
        table = doc._table
        if table is None and doc.places:
            table = doc._table = memoryview(doc.places).cast("Q")
        self._table = table
        self._kids: dict[int, Any] = {}
        """Row -> the rows of its children: by key for a mapping, in order for a list."""
        self._native = _native_places()
        """The C reader's walks of the table (``_fastc.c``), or None: the loops below."""

    def _children(self, table: memoryview, row: int, value: Any) -> Any:
        kids = self._kids.get(row)
        if kids is None:
            native = self._native
            if native is not None:
                rows = native.child_rows(self._doc.places, row)
            else:
                rows = []
                child, end = row + 1, row + table[3 * row + 2]
                while child < end:
                    rows.append(child)
                    child += _size(table, child)
            kids = dict(zip(value, rows, strict=True)) if type(value) is dict else rows
            self._kids[row] = kids
        return kids

    def _find(self, table: memoryview, path: PathKey) -> tuple[int, Any, bool]:
        """The row and value at ``path``, or of its nearest ancestor and False."""
        row = 0
        value = self._doc.data
        for step in path:
            if type(value) is dict:
                if step not in value:
                    return row, value, False
                row = self._children(table, row, value)[step]
            elif type(value) is list:
                if not isinstance(step, int) or not 0 <= step < len(value):
                    return row, value, False
                row = self._children(table, row, value)[step]
            else:
                return row, value, False
            value = value[step]
        return row, value, True

    def location(self, path: PathKey = (), *, key: bool = False) -> Location:
        """``Document.location(path, key=key)``."""
        table = self._table
        if table is None:
            return self._doc.location(path, key=key)
        native = self._native
        if native is not None and type(path) is tuple:  # walked in C, unless a list is long
            doc = self._doc
            found = native.location(doc.places, doc.data, path, key, self._display)
            if found is not None:
                return found  # type: ignore[no-any-return]
        row = self._find(table, path)[0]
        place = table[3 * row + 1] if key else 0
        return _location(self._display, place or table[3 * row])

    def items(self, path: PathKey) -> list[Location]:
        """``Document.item_locations(path)``."""
        table = self._table
        if table is None:
            return self._doc.item_locations(path)
        native = self._native
        if native is not None and type(path) is tuple:  # walked in C, unless a list is long
            doc = self._doc
            locations = native.items(doc.places, doc.data, path, self._display)
            if locations is not None:
                return locations  # type: ignore[no-any-return]
        row, value, found = self._find(table, path)
        if not found or type(value) is not list:
            return []
        native = self._native
        if native is not None:
            return native.item_locations(self._doc.places, row, len(value), self._display)  # type: ignore[no-any-return]
        display = self._display
        out = []
        child = row + 1
        for _ in range(len(value)):  # as _location, inline: the model's most asked
            loc: Any = _OpenLocation()
            loc.file = display
            place = table[3 * child]
            loc.line = place >> _COLUMN_BITS
            loc.column = place & _MASK
            loc.__class__ = Location
            out.append(loc)
            child += table[3 * child + 2]
        return out


def _size(table: memoryview, row: int) -> int:
    """How many values ``row``'s subtree holds; a table from the document cache saying 0
    (which would never move a walk on) is refused, as the C walks refuse it."""
    size: int = table[3 * row + 2]
    if size == 0:
        raise ValueError("a table of places whose subtree sizes do not add up")
    return size


_SET_UP: list[bool] = []


def _native_places() -> Any:
    """The C reader's module when it is built (from a source that has the walks: a build
    left from an older one has not) and in use (``fast.USE_NATIVE``), told the class it
    makes locations of; else None."""
    native = fast.NATIVE if fast.USE_NATIVE else None
    if native is not None and not hasattr(native, "items"):
        return None
    if native is not None and not _SET_UP:
        native.places_setup(Location)
        _SET_UP.append(True)
    return native


class _Refused(Exception):
    def __init__(self, rule: str, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message
        self.line = line
        self.column = column


def _finding(rule: str, message: str, display: str, line: int | None, col: int | None) -> Finding:
    return validation_finding(rule, message, Location(display, line, col))


def _decode(raw: bytes, display: str) -> tuple[str | None, Finding | None]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, _finding(
            "encoding",
            f"not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded; save the file as UTF-8",
            display,
            line,
            col,
        )
    return text, None


def _too_deep_at(text: str) -> tuple[int | None, int | None]:
    """Where [ or { nesting first goes deeper than MAX_DEPTH: the same place the model
    builder names when the parser copes, found without the parser (whose scanner gives up,
    or recursion fails, at a depth that depends on the release)."""
    depth = 0
    quote = ""
    line, col = 1, 0
    previous = "\n"
    for char in text:
        col += 1
        if char == "\n":
            line, col = line + 1, 0
            if quote == "#":
                quote = ""
        elif quote:
            if char == quote and quote != "#":
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#" and previous in " \t\n":
            quote = "#"
        elif char in "[{":
            depth += 1
            if depth > yaml_errors.MAX_DEPTH:
                return line, col
        elif char in "]}":
            depth -= 1
        previous = char
    return None, None


_COLUMN_BITS = fast.COLUMN_BITS


def _pack(line: int, column: int) -> int:
    return (line << _COLUMN_BITS) | column


def _unpack(packed: int) -> tuple[int, int]:
    return packed >> _COLUMN_BITS, packed & ((1 << _COLUMN_BITS) - 1)


class _OpenLocation:
    """A Location's very layout (its slots, in its order) without its frozen ``__setattr__``.

    A Location's ``__init__`` sets each field through ``object.__setattr__``, and so did
    setting its slots through their descriptors: each such call costs what twenty plain
    attribute stores do (counted under valgrind: 5,300 machine instructions a location by
    ``__init__``, 3,700 by the slots' descriptors, 1,900 this way). A location is made as
    one of these, with plain stores, and then made a Location by assigning its class
    (Python allows it between classes of one layout). The model holds one Location per
    record (96,000 at bench scale 100); tests/test_load_lazy.py holds the two equal, field
    for field, in type, hash and repr."""

    __slots__ = Location.__slots__
    file: str
    line: int
    column: int


_MASK = (1 << _COLUMN_BITS) - 1


def _location(display: str, place: int) -> Location:
    """``Location(display, line, column)`` of a packed place."""
    loc: Any = _OpenLocation()
    loc.file = display
    loc.line = place >> _COLUMN_BITS
    loc.column = place & _MASK
    loc.__class__ = Location
    return loc  # type: ignore[no-any-return]


def parse_text(
    text: str, display: str, path: Path | None = None
) -> tuple[Document | None, list[Finding]]:
    """Parse YAML text strictly. Never raises for bad input: problems come back as findings."""
    quick = fast.parse(text) if FAST else None
    if quick is not None:  # plain block YAML (load/fast.py); anything else is PyYAML's
        data, places = quick
        doc = Document(path=path or Path(display), display=display, data=data, places=places)
        doc.native = fast.NATIVE is not None and fast.USE_NATIVE
        return doc, []
    return _parse_pyyaml(text, display, path)


def _parse_pyyaml(
    text: str, display: str, path: Path | None = None
) -> tuple[Document | None, list[Finding]]:
    """The PyYAML path (``load/pyyaml_path.py``): every file the fast path declines, and
    every message. PyYAML is imported when a file first needs it: a folder of plain
    records (nearly every one) is read without it (its import was 5% of a validate)."""
    from gsscb_cli.load.pyyaml_path import parse_pyyaml

    return parse_pyyaml(text, display, path)


def load_file(path: Path, display: str) -> tuple[Document | None, list[Finding]]:
    """Read and parse one file, refusing oversized, unreadable and non-UTF-8 files."""
    raw, problems = read_file(path, display)
    if raw is None:
        return None, problems
    return parse_bytes(raw, display, path)


READS: dict[str, bytes] | None = None
"""While a dict (``load/results.py`` sets one around a check), each file ``read_file``
reads is recorded in it, by path, with a digest of the very bytes read: a result is
stored under the key of what was read, not of what was there a moment before."""


def read_digest(raw: bytes) -> bytes:
    """The digest a file's bytes are known by (``READS`` and the results cache's key)."""
    from gsscb_cli.load.known import digest

    return digest(raw)


def read_file(path: Path, display: str) -> tuple[bytes | None, list[Finding]]:
    """The bytes of one file, or why it cannot be read (not a regular file, too large)."""
    raw, problems, _info = read_file_stat(path, display)
    return raw, problems


def read_file_stat(
    path: Path, display: str
) -> tuple[bytes | None, list[Finding], os.stat_result | None]:
    """``read_file``, and the file's stat taken before its bytes were read (the results
    key records it: ``load/known.py``), when it was opened."""
    info = None
    try:
        # O_NONBLOCK: a FIFO put in place of a file must not hang the run
        # (O_BINARY: Windows reads the bytes as they are)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:  # plain reads, no buffered file object: a third of the cost of reading a record
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return (
                    None,
                    [
                        _finding(
                            "unreadable",
                            "not a regular file (a FIFO, socket or device): it is not read",
                            display,
                            None,
                            None,
                        )
                    ],
                    info,
                )
            size = info.st_size
            if size > MAX_FILE_BYTES:
                return (
                    None,
                    [
                        _finding(
                            "file-too-large",
                            f"the file is {size:,} bytes; files over {MAX_FILE_BYTES:,} bytes are refused",
                            display,
                            None,
                            None,
                        )
                    ],
                    info,
                )
            raw = _read(fd, MAX_FILE_BYTES + 1, size)
        finally:
            os.close(fd)
    except OSError as exc:
        if READS is not None:
            READS[str(path)] = b""  # unreadable: no result is stored for this run
        return (
            None,
            [_finding("unreadable", f"cannot read the file: {exc.strerror}", display, None, None)],
            info,
        )
    if READS is not None:
        READS[str(path)] = read_digest(raw)
    return raw, [], info


def _read(fd: int, limit: int, size: int) -> bytes:
    """Up to ``limit`` bytes of an open file, to its end, however much it has grown since
    its size was ``size``. Each read asks for what is expected, not for ``limit``: a read
    makes a buffer of the size it asks for, and one of 2 MB for each record cost a fifth
    of reading the files for a cold check's key. A first read giving the size and not the
    byte more is the end (a read of a regular file gives less than it asks only there):
    the read that would see nothing is not made."""
    ask = min(limit, size + 1)  # one byte more than expected: a file that grew is read on
    first = os.read(fd, ask)
    if len(first) == size < ask:
        return first  # what its size said, and not the byte more: its end, without a read more
    chunks = [first]
    limit -= len(first)
    ask = min(limit, _CHUNK)
    while first and limit > 0:
        chunk = os.read(fd, ask)
        if not chunk:
            break
        chunks.append(chunk)
        limit -= len(chunk)
        ask = min(limit, _CHUNK)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


_CHUNK = 64 * 1024
"""What each read after the first asks for."""


def parse_bytes(raw: bytes, display: str, path: Path) -> tuple[Document | None, list[Finding]]:
    """Decode (UTF-8 only, no NUL) and parse one file's bytes."""
    text, problem = _decode(raw, display)
    if problem is not None or text is None:
        return None, [problem] if problem else []
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [
            _finding(
                "encoding",
                "the file contains a NUL byte: it is not a text file",
                display,
                line,
                None,
            )
        ]
    return parse_text(text, display, path)
