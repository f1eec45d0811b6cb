"""Two sets of entities and two sets of findings, compared in plain words."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from gsscb_cli.findings import Finding, sort_findings
from gsscb_cli.review.facts import KINDS, Entity, Value, plural

NOT_RECORDED = "not recorded"
LONG_TEXT = 70  # longer values are described by the words that changed
# Fields shown beside an added or removed record, so "added" says what was added.
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "seat": ("holder", "held by the chair of"),
    "person": ("organisation",),
    "partnership": ("kind", "chair"),
    "obligation": ("status", "due"),
    "meeting": ("title", "status"),
    "agenda item": ("title", "decision sought"),
    "action": ("owner", "due", "status"),
    "priority": ("status", "lead"),
    "milestone": ("status", "due"),
    "requirement": ("applies to", "cadence"),
}
RENAMEABLE = ("person", "seat", "partnership", "meeting", "priority")
# A record whose file failed validation on one side is "not compared", reported
# once per file under this kind.
FILE_KIND = {
    "board": "board",
    "people": "person",
    "requirements": "requirement",
    "funding": "funding line",
    "returns": "return",
    "initiatives": "initiative",
    "groups": "group",
    "issues": "issue",
}
DONE = ("completed", "done")
PARENTS = ("board", "partnership", "meeting", "priority")
CHILDREN = {
    "partnership": ("obligation",),
    "meeting": ("agenda item", "action"),
    "priority": ("milestone",),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Value | None
    new: Value | None


@dataclass(frozen=True)
class Change:
    """One record added, removed, changed, renamed, or not comparable."""

    kind: str
    key: str
    label: str
    change: str  # added | removed | changed | renamed | not compared
    lines: tuple[str, ...] = ()
    fields: tuple[FieldChange, ...] = ()


def _show(value: Value) -> str:
    return "; ".join(value) if isinstance(value, tuple) else value


def _words(old: str, new: str) -> str | None:
    """The words that changed in a long text, or None when most of it changed."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    if matcher.ratio() < 0.5:
        return None
    parts = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        gone, came = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "insert":
            parts.append(f'added "{came}"')
        elif op == "delete":
            parts.append(f'removed "{gone}"')
        elif op == "replace":
            parts.append(f'"{gone}" -> "{came}"')
    return "; ".join(parts)


def describe(field: str, old: Value | None, new: Value | None) -> list[str]:
    """Plain-words lines for one field that differs."""
    lists = isinstance(old, tuple) or isinstance(new, tuple)
    if lists and not isinstance(old, str) and not isinstance(new, str):
        before, after = old or (), new or ()
        lines = []
        added = [x for x in after if x not in before]
        removed = [x for x in before if x not in after]
        if added:
            lines.append(f"{field}: added {'; '.join(added)}")
        if removed:
            lines.append(f"{field}: removed {'; '.join(removed)}")
        return lines or [f"{field}: reordered"]
    before_text = NOT_RECORDED if old is None else _show(old)
    after_text = NOT_RECORDED if new is None else _show(new)
    if old is not None and new is not None and max(len(before_text), len(after_text)) > LONG_TEXT:
        words = _words(before_text, after_text)
        if words:
            return [f"{field}: {words}"]
    return [f"{field}: {before_text} -> {after_text}"]


def _merged(first: list[str], second: list[str]) -> list[str]:
    """Both lists' names in one order: a name only in ``second`` follows its predecessor there."""
    out = list(first)
    for i, name in enumerate(second):
        if name not in out:
            out.insert(out.index(second[i - 1]) + 1 if i else 0, name)
    return out


def field_changes(old: Entity, new: Entity) -> tuple[list[FieldChange], list[str]]:
    changes: list[FieldChange] = []
    for name in _merged(list(old.facts), list(new.facts)):
        a, b = old.facts.get(name), new.facts.get(name)
        if a != b:
            changes.append(FieldChange(name, a, b))
    lines: list[str] = []
    by_name = {c.field: c for c in changes}
    status, completed = by_name.get("status"), by_name.get("completed")
    if status and status.new in DONE and isinstance(new.facts.get("completed"), str):
        # "obligation needs-assessment: completed 2026-03-31 (was in-progress)"
        was = f" (was {_show(status.old)})" if status.old is not None else ""
        lines.append(f"{status.new} {new.facts['completed']}{was}")
        skip = {"status", "completed"} if completed else {"status"}
    else:
        skip = set()
    for c in changes:
        if c.field not in skip:
            lines.extend(describe(c.field, c.old, c.new))
    return changes, lines


def _summary(entity: Entity) -> str:
    shown = [
        f"{n}: {_show(entity.facts[n])}"
        for n in SUMMARY_FIELDS.get(entity.kind, ())
        if n in entity.facts
    ]
    return f" ({'; '.join(shown)})" if shown else ""


def find_renames(
    base: dict[tuple[str, str], Entity], head: dict[tuple[str, str], Entity]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Records whose id changed but whose name did not (a renamed file): base key -> head key."""
    renames: dict[tuple[str, str], tuple[str, str]] = {}
    for kind in RENAMEABLE:
        gone = sorted(k for k in base if k[0] == kind and k not in head)
        came = sorted(k for k in head if k[0] == kind and k not in base)
        for old_key in gone:
            match = next((k for k in came if head[k].label == base[old_key].label), None)
            if match is not None:
                came.remove(match)
                renames[old_key] = match
    # the records inside a renamed file follow it ("old-id/x" -> "new-id/x")
    for (kind, key), (_, new_key) in list(renames.items()):
        children = CHILDREN.get(kind, ())
        for sub_kind, sub_key in list(base):
            if sub_kind in children and sub_key.startswith(f"{key}/"):
                renames[(sub_kind, sub_key)] = (sub_kind, new_key + sub_key[len(key) :])
    return renames


def _both(key: tuple[str, str], old: Entity, new: Entity, renamed_from: str | None) -> list[Change]:
    fields, lines = field_changes(old, new)
    if renamed_from is not None:
        lines = [f"id: {renamed_from} -> {key[1]}", *lines]
        return [Change(key[0], key[1], new.label, "renamed", tuple(lines), tuple(fields))]
    if fields:
        return [Change(key[0], key[1], new.label, "changed", tuple(lines), tuple(fields))]
    return []


def compare_entities(
    base: dict[tuple[str, str], Entity],
    head: dict[tuple[str, str], Entity],
    renames: dict[tuple[str, str], tuple[str, str]],
    base_broken: set[tuple[str, str]],
    head_broken: set[tuple[str, str]],
    base_name: str,
    head_name: str,
) -> list[Change]:
    """Every record added, removed, changed or renamed between two sides, in a stable order.

    The records inside an added or removed partnership, meeting, priority or board
    (obligations, actions, milestones, seats) are counted on its line, not listed.
    """
    renamed_from = {new: old[1] for old, new in renames.items() if old[0] in RENAMEABLE}
    moved = {renames.get(k, k): e for k, e in base.items()}
    changes: list[Change] = []
    unreadable: dict[tuple[str, str], tuple[Entity, str]] = {}
    parents: dict[tuple[tuple[str, str], str], int] = {}  # (file, verb) -> index in changes
    inside: dict[tuple[tuple[str, str], str], Counter[str]] = {}
    for key in sorted(set(moved) | set(head), key=lambda k: (KINDS.index(k[0]), k[1])):
        old, new = moved.get(key), head.get(key)
        if old is not None and new is not None:
            changes += _both(key, old, new, renamed_from.get(key))
            continue
        if new is not None:
            entity, broken, other, verb = new, base_broken, base_name, "added"
        else:
            assert old is not None
            entity, broken, other, verb = old, head_broken, head_name, "removed"
        if entity.file in broken:
            unreadable.setdefault(entity.file, (entity, other))
        elif entity.kind in PARENTS:
            parents[(entity.file, verb)] = len(changes)
            changes.append(Change(key[0], key[1], entity.label + _summary(entity), verb))
        elif (entity.file, verb) in parents:
            inside.setdefault((entity.file, verb), Counter())[entity.kind] += 1
        else:
            changes.append(Change(key[0], key[1], entity.label + _summary(entity), verb))
    for where, index in parents.items():
        counts = inside.get(where)
        if counts:
            held = ", ".join(f"{n} {plural(k, n)}" for k, n in sorted(counts.items()))
            changes[index] = replace(changes[index], label=f"{changes[index].label}, with {held}")
    for file, (entity, side) in sorted(unreadable.items()):
        kind = FILE_KIND.get(file[0], file[0])
        label = file[0] if file[1] == "" and file[0] != "board" else entity.label  # people
        line = f"not compared: its file does not validate at {side} (see the findings)"
        changes.append(Change(kind, file[1] or file[0], label, "not compared", (line,)))
    changes.sort(key=lambda c: (KINDS.index(c.kind), c.key))
    return changes


Files = dict[tuple[str, str], tuple[str, bytes]]


def compare_broken_files(
    base: tuple[Files, set[tuple[str, str]]],
    head: tuple[Files, set[tuple[str, str]]],
    base_name: str,
    head_name: str,
) -> list[Change]:
    """Files that do not validate on a side yet changed: added, removed or edited while broken.

    (A file broken on one side and valid on the other is reported by ``compare_entities``.)
    """
    (base_files, base_broken), (head_files, head_broken) = base, head
    out = []
    for key in sorted(base_broken | head_broken):
        kind = FILE_KIND.get(key[0], key[0])
        old, new = base_files.get(key), head_files.get(key)
        if new is None and old is not None:
            out.append(
                Change(
                    kind,
                    key[1] or key[0],
                    f"{old[0]} (it did not validate at {base_name})",
                    "removed",
                )
            )
        elif old is None and new is not None:
            out.append(
                Change(
                    kind,
                    key[1] or key[0],
                    f"{new[0]} (it does not validate at {head_name})",
                    "added",
                )
            )
        elif (
            old is not None
            and new is not None
            and key in base_broken
            and key in head_broken
            and old[1] != new[1]
        ):
            line = "edited, but not compared: its file does not validate on either side"
            out.append(Change(kind, key[1] or key[0], new[0], "not compared", (line,)))
    return out


def compare_findings(
    base: Iterable[Finding], head: Iterable[Finding]
) -> tuple[list[Finding], list[Finding]]:
    """(introduced, resolved): findings by identity (rule, code, subject, stable params),
    not by wording or line."""

    def only_in(these: Iterable[Finding], those: Iterable[Finding]) -> list[Finding]:
        left = Counter(f.key() for f in those)
        out = []
        for f in sort_findings(list(these)):
            if left[f.key()]:
                left[f.key()] -= 1
            else:
                out.append(f)
        return out

    base, head = list(base), list(head)
    return only_in(head, base), only_in(base, head)
