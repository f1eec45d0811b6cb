"""The catalogue of bad input: one fixed example of every kind the robustness tests try.

Each case damages one file of a small valid data folder (``bench/generate.py --scale 1
--years 1``), runs ``gsscb validate``, and states by hand the rule, a fragment of the
message and the exit code. tests/test_robustness_catalogue.py asserts every case, and
checks that docs/bad-input.md is what this module writes. Regenerate it with::

    python -m tests.bad_input_catalogue
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "bad-input.md"
AS_OF = "2025-12-01"

M = "meetings/a001-2025-01-31.yaml"
P = "partnerships/a001-csp-1.yaml"
PR = "priorities/a001-priority-1.yaml"
B = "board.yaml"


def sub(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        text = (data / rel).read_text(encoding="utf-8")
        assert old in text, f"fixture changed: {old!r} not in {rel}"
        (data / rel).write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


def raw(rel: str, make: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        (data / rel).write_bytes(make((data / rel).read_bytes()))

    return apply


def delete(rel: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        (data / rel).unlink()

    return apply


def symlink_out(data: Path) -> None:
    outside = data.parent / "outside.yaml"
    outside.write_text("id: outside\n", encoding="utf-8")
    (data / "partnerships" / "linked.yaml").symlink_to(outside)


def stray(rel: str, text: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        (data / rel).write_text(text, encoding="utf-8")

    return apply


@dataclass(frozen=True)
class Case:
    kind: str  # a tests.robustness_mutations.KINDS name, or "folder"
    title: str
    file: str
    change: str
    apply: Callable[[Path], None]
    rule: str
    fragment: str
    exit_code: int = 1
    data_arg: str = "data"


CASES: list[Case] = [
    # --- drop-field
    Case("drop-field", "a required field missing", P, "the `kind:` line removed",
         sub(P, "kind: community-safety-partnership\n", ""), "schema", "required field 'kind' is missing"),
    Case("drop-field", "a required nested field missing", M, "`attendance.recorded` removed",
         sub(M, "  recorded: true\n", ""), "schema", "attendance: required field 'recorded' is missing"),
    # --- wrong-type
    Case("wrong-type", "a number where text is expected", P, "`area: 42`",
         sub(P, "area: Area 1", "area: 42"), "schema", "area: expected text, got the number 42"),
    Case("wrong-type", "yes/no instead of true/false", M, "`recorded: yes`",
         sub(M, "  recorded: true", "  recorded: yes"), "schema", "only true and false are booleans"),
    Case("wrong-type", "a list where a mapping is expected", P, "`meets: [quarterly]`",
         sub(P, "meets:\n  status: active\n  frequency: quarterly\n  every_months: 3\n  last_met: 2025-11-19\n",
             "meets: [quarterly]\n"), "schema", "meets: expected a mapping of fields, got a list"),
    Case("wrong-type", "a value outside its list", M, "`status: finished`",
         sub(M, "status: held", "status: finished"), "schema", "is not one of: scheduled, held, cancelled"),
    Case("wrong-type", "a number out of range", P, "`every_months: 0` under meets",
         sub(P, "  every_months: 3", "  every_months: 0"), "schema", "must be at least 1"),
    Case("wrong-type", "an empty value where text is required", PR, "`title: ''`",
         sub(PR, "title: Priority 1, area 1", "title: ''"), "schema", "title"),
    Case("wrong-type", "an unknown field (a typo)", P, "`areaa: Area 1` added",
         sub(P, "area: Area 1\n", "area: Area 1\nareaa: Area 1\n"), "schema", "unknown field 'areaa'"),
    # --- junk-date
    Case("junk-date", "a date that does not exist", M, "`date: 2025-02-30`",
         sub(M, "date: 2025-01-31", "date: 2025-02-30"), "schema", "'2025-02-30' is not a real date"),
    Case("junk-date", "a British-style date", M, "`date: 30/11/2025`",
         sub(M, "date: 2025-01-31", "date: 30/11/2025"), "schema", "'30/11/2025' is not"),
    Case("junk-date", "a month 13", PR, "`agreed:` month 13",
         sub(PR, "agreed: 2025-", "agreed: 2025-13-01\nx_agreed: 2025-"), "schema", "'2025-13-01' is not"),
    Case("junk-date", "a date with a time", M, "`papers_circulated: 2025-01-21T10:00:00`",
         sub(M, "papers_circulated: 2025-01-21", "papers_circulated: 2025-01-21T10:00:00"), "schema",
         "'2025-01-21T10:00:00' is not"),
    Case("junk-date", "words instead of a date", P, "`last_met: next Tuesday`",
         sub(P, "last_met: 2025-11-19", "last_met: next Tuesday"), "schema", "'next Tuesday' is not"),
    Case("junk-date", "dates that cannot both be true", M, "papers circulated after the meeting",
         sub(M, "papers_circulated: 2025-01-21", "papers_circulated: 2025-02-21"), "impossible-date",
         "is after the meeting"),
    # --- unknown-reference
    Case("unknown-reference", "a seat that does not exist", M, "`seat: a001-firee`",
         sub(M, "- seat: a001-fire\n", "- seat: a001-firee\n"), "unknown-reference", "unknown seat 'a001-firee'"),
    Case("unknown-reference", "a person who does not exist", P, "chair `person: nobody`",
         sub(P, "person: a001-csp-1-chair", "person: nobody"), "unknown-reference", "unknown person 'nobody'"),
    Case("unknown-reference", "an id that does not match the file name", P, "`id: a001-csp-9`",
         sub(P, "id: a001-csp-1", "id: a001-csp-9"), "id-mismatch", "does not match the file name"),
    Case("unknown-reference", "the same seat twice in one meeting", M, "a second `seat: a001-police`",
         sub(M, "- seat: a001-health\n", "- seat: a001-police\n"), "duplicate-id", "appears more than once"),
    # --- wrong-shape
    Case("wrong-shape", "the file is a list", PR, "the whole file `- a` / `- b`",
         raw(PR, lambda _: b"- a\n- b\n"), "schema", "must hold a mapping of fields, not a list"),
    Case("wrong-shape", "the file is one value", PR, "the whole file `just text`",
         raw(PR, lambda _: b"just text\n"), "schema", "not a single value"),
    # --- duplicate-key
    Case("duplicate-key", "a key given twice", P, "`area: Area 1` repeated",
         sub(P, "area: Area 1\n", "area: Area 1\narea: Area 2\n"), "duplicate-key",
         "duplicate key 'area' (first at line 6)"),
    # --- anchor-alias
    Case("anchor-alias", "a YAML anchor", P, "`area: &a Area 1`",
         sub(P, "area: Area 1", "area: &a Area 1"), "yaml-alias", "anchors (&a) are not allowed"),
    Case("anchor-alias", "a YAML alias", P, "`short_name: *a` added",
         sub(P, "area: Area 1\n", "area: Area 1\nshort_name: *a\n"), "yaml-alias", "aliases (*name) are not allowed"),
    Case("anchor-alias", "a YAML merge key", P, "`<<: {area: X}` in `meets`",
         sub(P, "meets:\n", "meets:\n  <<: {area: X}\n"), "yaml-alias", "merge keys (<<) are not allowed"),
    # --- python-tag
    Case("python-tag", "a tag that would run code", P, "`!!python/object/apply:os.system ['id']`",
         sub(P, "area: Area 1", "area: !!python/object/apply:os.system ['id']"), "yaml-tag", "is not allowed"),
    Case("python-tag", "a non-standard tag", P, "`area: !!binary QXJlYQ==`",
         sub(P, "area: Area 1", "area: !!binary QXJlYQ=="), "yaml-tag", "is not allowed"),
    # --- tab-indent
    Case("tab-indent", "a tab for indentation", P, "`\\tstatus: filled` under chair",
         sub(P, "chair:\n  status: filled", "chair:\n\tstatus: filled"), "yaml-error", "tab character"),
    # --- unclosed-quote
    Case("unclosed-quote", "a quote never closed", P, "`area: 'Area 1`",
         sub(P, "area: Area 1", "area: 'Area 1"), "yaml-error", "invalid YAML"),
    # --- truncate
    Case("truncate", "a file cut off in a key", M, "cut after `    sta` (line 17)",
         raw(M, lambda b: b[: b.index(b"    status: present\n  - seat: a001-health") + 7]), "yaml-error",
         "invalid YAML"),
    Case("truncate", "a file cut off after a line", P, "cut after line 12 (no `meets`, `obligations`)",
         raw(P, lambda b: b"\n".join(b.split(b"\n")[:12]) + b"\n"), "schema", "required field 'meets' is missing"),
    # --- random-bytes
    Case("random-bytes", "control bytes in a value", P, "`\\x01\\x02` inserted in `area`",
         raw(P, lambda b: b.replace(b"area: Area 1", b"area: Are\x01\x02a 1")), "yaml-error",
         "is a control character"),
    # --- invalid-utf8
    Case("invalid-utf8", "a byte that is not UTF-8", P, "`\\xff` in `area`",
         raw(P, lambda b: b.replace(b"area: Area 1", b"area: Area \xff1")), "encoding", "not UTF-8: byte 0xff"),
    Case("invalid-utf8", "a file saved as Latin-1", P, "`area: café` saved in Latin-1",
         raw(P, lambda b: b.replace(b"area: Area 1", "area: café".encode("latin-1"))), "encoding",
         "save the file as UTF-8"),
    # --- control-chars
    Case("control-chars", "a NUL byte", M, "`\\x00` after `kind: ordinary`",
         raw(M, lambda b: b.replace(b"kind: ordinary", b"kind: ordinary\x00")), "encoding", "NUL byte"),
    Case("control-chars", "a terminal escape sequence", P, "`\\x1b[31m` in `area`",
         raw(P, lambda b: b.replace(b"area: Area 1", b"area: \x1b[31mArea 1")), "yaml-error",
         "is a control character"),
    # --- empty-file
    Case("empty-file", "an empty file", PR, "nothing in it", raw(PR, lambda _: b""), "empty-file",
         "the file is empty"),
    Case("empty-file", "only a comment", PR, "`# nothing yet`", raw(PR, lambda _: b"# nothing yet\n"),
         "empty-file", "the file is empty"),
    Case("empty-file", "only a document marker", PR, "`---`", raw(PR, lambda _: b"---\n"),
         "schema", "must hold a mapping of fields"),
    # --- delete-file
    Case("delete-file", "board.yaml deleted", B, "the file removed", delete(B), "missing-file",
         "has no board.yaml"),
    Case("delete-file", "a partnership the board lists deleted", P, "the file removed", delete(P),
         "unknown-reference", "unknown partnership 'a001-csp-1'"),
    # --- deep-nesting
    Case("deep-nesting", "a value nested 5,000 levels deep", PR, "`deep: [[[[...]]]]` added",
         raw(PR, lambda b: b + b"deep: " + b"[" * 5000 + b"]" * 5000 + b"\n"), "yaml-error",
         "nesting is too deep"),
    # --- huge-value
    Case("huge-value", "a file over 2 MB", PR, "a 2.5 MB `note:` added",
         raw(PR, lambda b: b + b"note: " + b"x" * 2_500_000 + b"\n"), "file-too-large", "are refused"),
    # --- the folder itself
    Case("folder", "a .yml file", "partnerships/extra.yml", "a file named `.yml`",
         stray("partnerships/extra.yml", "id: extra\n"), "unknown-file", "rename to .yaml", exit_code=0),
    Case("folder", "a file outside the layout", "notes/minutes.yaml", "`notes/minutes.yaml` added",
         lambda d: ((d / "notes").mkdir(), stray("notes/minutes.yaml", "a: 1\n")(d))[1],
         "unknown-file", "not part of the data layout", exit_code=0),
    Case("folder", "a symbolic link out of the folder", "partnerships/linked.yaml",
         "a link to a file outside", symlink_out, "symlink", "out of the data folder is refused"),
    Case("folder", "a data folder that does not exist", "-", "`--data no-such-folder`", lambda d: None,
         "usage", "data folder not found", exit_code=2, data_arg="no-such-folder"),
    Case("folder", "a folder that is not a data folder", "-", "`--data` an empty folder",
         lambda d: (d.parent / "empty").mkdir(), "usage", "is not a gsscb data folder", exit_code=2,
         data_arg="empty"),
]  # fmt: skip


def _load_generator() -> Callable[..., int]:
    spec = importlib.util.spec_from_file_location(
        "gsscb_bench_generate", ROOT / "bench" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generate: Callable[..., int] = module.generate
    return generate


_TEMPLATE: list[Path] = []


def _template() -> Path:
    """The valid folder, generated once per process (removed at exit)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="gsscb-catalogue-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _load_generator()(1, folder / "data", seed=0, years=1)
        _TEMPLATE.append(folder / "data")
    return _TEMPLATE[0]


@contextmanager
def fixture() -> Iterator[Path]:
    """A fresh valid data folder in a temporary directory, which is the working directory."""
    previous = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="gsscb-catalogue-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(_template(), data)
        os.chdir(tmp)
        try:
            yield data
        finally:
            os.chdir(previous)


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    lines: list[str]


def run_case(case: Case) -> Outcome:
    """Damage a fresh fixture as the case says, run validate, keep the lines about it."""
    from tests.conftest import invoke

    with fixture() as data:
        case.apply(data)
        # one finding a line: a terminal wide enough never to wrap
        result = invoke(
            "validate",
            "--data",
            case.data_arg,
            "--as-of",
            AS_OF,
            "--format",
            "text",
            env={"COLUMNS": "100000"},
        )
    wanted = f"data/{case.file}"
    findings = [  # the report's finding lines are indented under their record's heading
        line.strip() for line in result.stdout.splitlines() if line.startswith("  ")
    ]
    lines = [
        line
        for line in [*findings, *result.stderr.splitlines()]
        if line.startswith(wanted) or line.startswith("gsscb:") or f" {case.rule}: " in line
    ]
    return Outcome(result.exit_code, lines or result.output.strip().splitlines()[-1:])


def _kinds() -> dict[str, str]:
    from tests.robustness_mutations import KINDS

    kinds = {k.name: k.description for k in KINDS.values()}
    kinds["folder"] = "the data folder itself: missing, not a data folder, stray files, links"
    return kinds


def render() -> str:
    """docs/bad-input.md, from CASES and what the tool says today."""
    out = [
        "# Bad input: what the tool says",
        "",
        "<!-- Generated by `python -m tests.bad_input_catalogue` from the cases in",
        "tests/bad_input_catalogue.py. Do not edit: tests/test_robustness_catalogue.py fails",
        "when this file is stale. -->",
        "",
        "The tool must never crash on bad data and never change it. Two kinds of test hold",
        "it to that:",
        "",
        "* **Property tests** (`tests/test_robustness.py`, hypothesis): for every command,",
        "  take the bundled data, damage one file with one of the kinds below (at a random",
        "  place, with random values), run the command, and require exit 0, 1 or 2, a",
        "  message when it fails, no traceback, no internal error, and every file of the",
        "  data folder unchanged. The loader is also fuzzed (`fuzz/fuzz_loader.py`).",
        "* **This catalogue**: one fixed example of every kind, each run through",
        f"  `gsscb validate --data data --as-of {AS_OF} --format text` on a small valid",
        "  folder made by `bench/generate.py --scale 1 --years 1`. What follows is the",
        "  tool's own output for each, verbatim.",
        "",
        "| kind | what is done to one file |",
        "| --- | --- |",
    ]
    kinds = _kinds()
    for name, description in kinds.items():
        out.append(f"| `{name}` | {description} |")
    for name in kinds:
        cases = [c for c in CASES if c.kind == name]
        if not cases:
            continue
        out += ["", f"## `{name}`", ""]
        for case in cases:
            outcome = run_case(case)
            where = f"`{case.file}`" if case.file != "-" else "the command line"
            out += [
                f"**{case.title}** ({where}: {case.change}): rule `{case.rule}`, exit {outcome.exit_code}.",
                "",
                "```text",
                *[_printable(line) for line in outcome.lines],
                "```",
                "",
            ]
    return "\n".join(out).rstrip("\n") + "\n"


def _printable(line: str) -> str:
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in line)


def main() -> int:
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)} ({len(CASES)} cases)")
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
