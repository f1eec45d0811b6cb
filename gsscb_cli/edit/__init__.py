"""Small, validated, atomic edits of one data file, keeping its comments, order and layout.

An edit is a function that changes a round-trip YAML document (ruamel.yaml) in place
and says, in plain words, what it changed. ``apply`` then:

1. reads the file and parses it round-trip (comments, key order, quoting kept);
2. runs the edit and writes the new text into a shadow copy of the data folder;
3. loads the shadow copy exactly as ``gsscb validate`` and ``gsscb check`` do, and
   refuses the edit (nothing written) when it introduces a validation finding or a
   finding of a rule the record forbids (``REFUSING``), with each finding's file and line;
4. otherwise replaces the file atomically (a temporary file beside it, then a rename),
   unless the file changed on disk meanwhile, and returns the findings it resolves and
   introduces.

Untouched lines stay byte-identical: where ruamel.yaml would re-lay a part the edit did
not touch (a flow mapping inside a flow list), only the changed lines are merged into the
original text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NoReturn

from gsscb_cli.errors import EXIT_FINDINGS, GsscbError, UsageError
from gsscb_cli.findings import Finding, Location, sort_findings

REFUSING = frozenset({"meeting-held-future", "meeting-reply-status"})
"""Rules whose new findings make an edit refused: the record must never say these."""

Edit = Callable[[Any], list[str]]
"""Changes a round-trip document in place; returns one line per change, in plain words."""


class EditRefused(GsscbError):
    """The edited record would break a rule it must keep: nothing was written (exit 1)."""

    exit_code = EXIT_FINDINGS


@dataclass(frozen=True)
class Outcome:
    path: Path
    changes: tuple[str, ...]
    resolved: tuple[Finding, ...] = ()
    introduced: tuple[Finding, ...] = ()
    reworded: tuple[Finding, ...] = ()
    """Findings still open whose words the edit changes (a quorum forecast's count)."""
    written: bool = True
    text: str = field(default="", repr=False)


def yaml_rt() -> Any:
    """The round-trip YAML the data files are written in (two-space maps, indented lists)."""
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def parse(text: str) -> Any:
    return yaml_rt().load(text)


def dump(doc: Any) -> str:
    buffer = io.StringIO()
    yaml_rt().dump(doc, buffer)
    return buffer.getvalue()


def merge_changes(original: str, unedited: str, edited: str) -> str:
    """Apply the change from ``unedited`` to ``edited`` (both ruamel's output) to
    ``original``, so lines ruamel would re-lay but the edit did not touch stay as written."""
    if original == unedited:
        return edited
    orig, base, new = (t.splitlines(keepends=True) for t in (original, unedited, edited))
    # base line index -> original line index, where the two lines are identical
    to_orig: dict[int, int] = {}
    for block in difflib.SequenceMatcher(a=base, b=orig, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            to_orig[block.a + k] = block.b + k
    out = list(orig)
    shift = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=base, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if i1 < i2:
            span = [to_orig.get(i) for i in range(i1, i2)]
            first = span[0]
            if first is None or span != list(range(first, first + len(span))):
                return edited  # the change touches re-laid lines: take ruamel's whole text
            start, end = first, first + len(span)
        else:  # a pure insertion: after the original line matching base[i1 - 1]
            before = to_orig.get(i1 - 1) if i1 > 0 else -1
            if before is None:
                return edited
            start = end = before + 1
        out[start + shift : end + shift] = new[j1:j2]
        shift += (j2 - j1) - (end - start)
    return "".join(out)


_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*:")


def tidy_blank_lines(original: str, text: str) -> str:
    """Keep the file's blank lines between top-level sections where they were.

    ruamel.yaml keeps a blank line as a comment on the value before it, so a key added at
    the end of a section sits after that blank line, and a replaced section loses it. Only
    blank lines move: a blank line the original did not have before an indented line is
    taken out; each top-level key the original set off with a blank line (and each new
    one, where the original sets off its sections) gets one again."""
    old_lines = original.splitlines()
    spaced = {
        line.split(":", 1)[0]
        for i, line in enumerate(old_lines)
        if _TOP_KEY.match(line) and i > 0 and not old_lines[i - 1].strip()
    }
    old_keys = {line.split(":", 1)[0] for line in old_lines if _TOP_KEY.match(line)}
    kept = set()
    for i, line in enumerate(old_lines):
        if i > 0 and not old_lines[i - 1].strip():
            kept.add(line)
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if following.startswith(" ") and following not in kept:
                continue
        if _TOP_KEY.match(line) and out and out[-1].strip():
            key = line.split(":", 1)[0]
            if key in spaced or (key not in old_keys and spaced):
                out.append("")
        out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def refuse(where: Location, message: str) -> NoReturn:
    """Refuse a step the record forbids, naming the file and line that forbid it (as
    ``gsscb check`` names a finding's), e.g. "data/meetings/x.yaml:7:1: meeting x is
    cancelled ...". A usage error (exit 2): nothing is written."""
    from gsscb_cli.model.types import NOWHERE

    raise UsageError(message if where == NOWHERE else f"{where}: {message}")


def citation(source: str, quote: str | None = None) -> dict[str, str]:
    """A citation like the seeds': the source in words (an email, a letter, a web page)."""
    if not source.strip():
        raise UsageError("--source must say where the fact came from")
    out = {"file": source.strip()}
    if quote:
        out["quote"] = quote
    return out


def _display(path: Path) -> str:
    from gsscb_cli.load import display_path

    return display_path(path)


def _all_findings(data_dir: Path, as_of: dt.date) -> tuple[list[Finding], list[Finding]]:
    """(validation findings, rule findings) for a data folder, as ``gsscb check`` sees it."""
    from gsscb_cli.load import load
    from gsscb_cli.rules import run_rules

    loaded = load(data_dir)
    return list(loaded.findings), run_rules(loaded.dataset, as_of)


def _relocate(findings: list[Finding], shadow: str, real: str) -> list[Finding]:
    out = []
    for f in findings:
        file = f.location.file
        if file == shadow or file.startswith(shadow + "/"):
            file = real + file[len(shadow) :]
            f = replace(f, location=Location(file, f.location.line, f.location.column))
        out.append(f)
    return out


@contextlib.contextmanager
def _shadow(data_dir: Path) -> Iterator[Path]:
    """A throw-away copy of the data folder (hard links where possible: cheap)."""
    with tempfile.TemporaryDirectory(prefix="gsscb-edit-") as tmp:
        target = Path(tmp) / data_dir.name

        def link(src: str, dst: str) -> None:
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)

        shutil.copytree(data_dir, target, copy_function=link, symlinks=True)
        yield target


def apply(
    data_dir: Path, path: Path, edit: Edit, as_of: dt.date, *, dry_run: bool = False
) -> Outcome:
    """Edit one file of the data folder: validated, atomic, comments kept (see the module)."""
    try:
        raw = path.read_bytes()
        original = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {_display(path)}: {exc}") from None
    try:
        doc = parse(original)
    except Exception as exc:  # ruamel's own parse errors: the file is not valid YAML
        raise UsageError(
            f"{_display(path)} is not valid YAML, so it cannot be edited: run gsscb validate "
            f"({type(exc).__name__})"
        ) from None
    unedited = dump(doc)
    changes = edit(doc)
    if not changes:
        return Outcome(path, ("nothing to change: the record already says so",), written=False)
    text = tidy_blank_lines(original, merge_changes(original, unedited, dump(doc)))

    real_root = _display(data_dir)
    before_valid, before_rules = _all_findings(data_dir, as_of)
    with _shadow(data_dir) as shadow:
        target = shadow / path.resolve().relative_to(data_dir.resolve())
        target.unlink()
        target.write_text(text, encoding="utf-8")
        after_valid, after_rules = _all_findings(shadow, as_of)
        shadow_root = _display(shadow)
    after_valid = _relocate(after_valid, shadow_root, real_root)
    after_rules = _relocate(after_rules, shadow_root, real_root)

    old_keys = {f.key() for f in before_valid + before_rules}
    new_keys = {f.key() for f in after_valid + after_rules}
    introduced = sort_findings([f for f in after_valid + after_rules if f.key() not in old_keys])
    resolved = sort_findings([f for f in before_valid + before_rules if f.key() not in new_keys])
    said: dict[str, set[str]] = {}  # identity -> the sentences before (identities can repeat)
    for f in before_valid + before_rules:
        said.setdefault(f.key(), set()).add(f.message)
    reworded = sort_findings(
        [f for f in after_valid + after_rules if f.key() in said and f.message not in said[f.key()]]
    )
    refusing = [f for f in introduced if f in after_valid or f.rule in REFUSING]
    if refusing:
        listed = "\n".join(f"  {f.location}: {f.rule}: {f.message}" for f in refusing)
        raise EditRefused(
            f"{_display(path)} was not changed: the edit would give the record "
            f"{len(refusing)} problem{'s' if len(refusing) != 1 else ''} it must not have:\n"
            f"{listed}"
        )
    if not dry_run:
        from gsscb_cli.outputs import write_atomic

        write_atomic(path, text.encode("utf-8"), replacing=raw)
    return Outcome(
        path,
        tuple(changes),
        tuple(resolved),
        tuple(introduced),
        tuple(reworded),
        written=not dry_run,
        text=text,
    )
