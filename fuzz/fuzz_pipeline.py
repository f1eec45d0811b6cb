"""Fuzz target for the whole pipeline: load -> rules -> every command and presenter.

An input is one file of a data folder: its first line names the file (``meetings/x.yaml``;
a name not in ``TARGETS`` picks one of them by hash), the rest is its bytes. The file is
written into a scratch copy of the small fixture board (``tests/fixtures/minimal``, kept
in a git repository so that ``gsscb diff`` has a base), and the real entry point runs
in-process: one command chosen by the input, from validate and check in every format,
deadlines, list, compliance, quorum, every paper in English and Welsh for the board and
the public, papers as Word, the calendar, the charts and map as SVG and PNG, the site,
and diff in every format (``--replay`` runs every one of them).

The property: no input ends in an internal error (exit 3, "internal error", a
traceback) or hangs; exit 0, 1 or 2 with our own message is fine.

    python fuzz/fuzz_pipeline.py -runs=300 -seed=1               # bounded: CI runs this
    python fuzz/fuzz_pipeline.py -max_total_time=600 fuzz/corpus/pipeline   # hardening

Without atheris (or with ``--plain``), a plain-Python driver feeds the seed corpus
(``fuzz/corpus/pipeline/``: the bundled data's files and the hostile corpus) and then
mutations of it, deterministically from ``--seed``::

    python fuzz/fuzz_pipeline.py --plain -runs=60 --seed 1

A crash prints the command and input and saves the input to ``fuzz/crash-<sha1>.seed``;
``python fuzz/fuzz_pipeline.py fuzz/crash-<sha1>.seed --replay`` runs it again. Every
crash found becomes a regression test (tests/test_fuzz_pipeline.py replays the corpus).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gsscb_cli.cli import main as gsscb_main  # noqa: E402

BASE = ROOT / "tests" / "fixtures" / "minimal"
CORPUS = ROOT / "fuzz" / "corpus" / "pipeline"
AS_OF = "2025-07-01"
MEETING = "tscb-2025-07-15"
TARGETS = (
    "board.yaml",
    "people.yaml",
    "requirements.yaml",
    "meetings/tscb-2025-07-15.yaml",
    "partnerships/test-csp.yaml",
    "priorities/winter.yaml",
    "meetings/tscb-2026-01-20.yaml",
    "partnerships/fuzz-csp.yaml",
    "priorities/fuzz.yaml",
    "funding.yaml",
    "returns.yaml",
    "initiatives.yaml",
    "groups.yaml",
    "issues.yaml",
)
RECORD_FILE = re.compile(r"(meetings|partnerships|priorities)/[a-z0-9][a-z0-9-]{0,40}\.yaml")
"""Any other record file an input may name (a new meeting, partnership or priority)."""
REPORTS = ("text", "json", "sarif", "junit", "github", "markdown")
PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")
LISTS = (
    "partnerships",
    "meetings",
    "priorities",
    "seats",
    "people",
    "funding",
    "returns",
    "initiatives",
    "groups",
    "issues",
)


def _groups(scratch: Path) -> list[list[list[str]]]:
    """Every command the fuzzer runs, in groups (``--replay`` runs them all)."""
    out = str(scratch / "out")
    papers = [
        ["render", paper, "--lang", lang, "--audience", audience]
        + (["--meeting", MEETING] if paper in ("agenda", "pack", "minutes") else [])
        for paper in PAPERS
        for lang in ("en", "cy")
        for audience in ("board", "public")
    ]
    word = [
        # Word through pandoc: a paper of each shape, in each language and audience
        ["render", paper, "--format", "docx", "--lang", lang, "--audience", audience]
        + (["--meeting", MEETING] if paper in ("agenda", "pack", "minutes") else [])
        + ["--output", f"{out}-{paper}-{lang}-{audience}.docx"]
        for paper, lang, audience in (
            ("pack", "en", "board"),
            ("minutes", "cy", "public"),
            ("psb-update", "en", "public"),
            ("actions", "cy", "board"),
            ("forward-plan", "en", "board"),
        )
    ]
    return [
        [["validate", "--format", f] for f in REPORTS],
        [["check", "--format", f] for f in REPORTS],
        [["deadlines", "--format", f] for f in ("text", "json", "sarif", "github")],
        [["list", what, "--format", f] for what in LISTS for f in ("text", "json")],
        [["compliance", "--format", f] for f in ("text", "json")]
        + [["quorum", m, "--format", f] for m in (MEETING, "next") for f in ("text", "json")],
        papers[: len(papers) // 2],
        papers[len(papers) // 2 :],
        word,
        [
            ["calendar"],
            ["calendar", "--output", out + ".ics"],
            ["map", "--format", "mermaid"],
            ["map"],
        ]
        + [["chart", name] for name in _charts()],
        # PNG through the rasteriser: the map and every chart
        [["map", "--format", "png", "--output", out + "-map.png"]]
        + [
            ["chart", name, "--format", "png", "--output", f"{out}-{name}.png"]
            for name in _charts()
        ],
        [["site", "--output", out + "-site"]],
        [["diff", "HEAD", "--format", f] for f in ("text", "markdown", "json")],
    ]


def _charts() -> list[str]:
    from gsscb_cli.charts import chart_names

    return list(chart_names())


class Crash(AssertionError):
    pass


def run_cli(args: list[str], data: Path) -> tuple[int, str, str]:
    """The real entry point in-process: (exit code, stdout, stderr).

    Output goes to real (temporary) files, not StringIO: they have a ``fileno`` and a
    ``buffer``, as a terminal or a pipe has, for the CLI and for atheris's own reporting
    (a 10-minute run once died of StringIO's missing ``fileno``, not of gsscb)."""
    code = 0
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as out,
        tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err,
    ):
        with redirect_stdout(out), redirect_stderr(err):
            try:
                gsscb_main([*args, "--data", str(data), "--as-of", AS_OF])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            finally:
                out.flush()
                err.flush()
        out.seek(0)
        err.seek(0)
        return code, out.read(), err.read()


class Pipeline:
    """A scratch data folder in a git repository, and the commands run over it."""

    def __init__(self) -> None:
        os.environ.update({"NO_COLOR": "1", "COLUMNS": "100"})
        os.environ.pop("GITHUB_ACTIONS", None)
        os.environ.pop("GITHUB_STEP_SUMMARY", None)
        self.scratch = Path(tempfile.mkdtemp(prefix="gsscb-fuzz-pipeline-"))
        atexit.register(shutil.rmtree, self.scratch, ignore_errors=True)
        self.repo = self.scratch / "repo"
        self.data = self.repo / "data"
        shutil.copytree(BASE, self.data)
        env = {
            **os.environ,
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }
        for args in (
            ["init", "-q", "-b", "main"],
            ["add", "-A"],
            ["-c", "user.name=fuzz", "-c", "user.email=fuzz@example.org", "commit", "-qm", "base"],
        ):
            subprocess.run(["git", *args], cwd=self.repo, env=env, check=True, capture_output=True)
        self.originals = {t: (BASE / t).read_bytes() for t in TARGETS if (BASE / t).is_file()}
        self.groups = _groups(self.scratch)

    def split(self, data: bytes) -> tuple[str, bytes]:
        header, _, body = data.partition(b"\n")
        name = header.decode("utf-8", "replace").strip()
        if name not in TARGETS and not RECORD_FILE.fullmatch(name):
            name = TARGETS[zlib.crc32(header) % len(TARGETS)]
        return name, body

    def commands(self, data: bytes) -> list[list[str]]:
        """One command for an input, picked by its bytes: a group first, so that a
        group of one command (the site) is picked as often as a group of twenty, then
        one of its commands. One command, not a group, per input: inputs per minute
        matter more to a coverage-guided fuzzer than commands per input (a group per
        input ran 165 inputs in ten minutes)."""
        group = self.groups[zlib.crc32(data) % len(self.groups)]
        return [group[zlib.crc32(data[::-1]) % len(group)]]

    def check_one(self, data: bytes, every_group: bool = False) -> None:
        """The property; raises Crash with the command and its output on failure."""
        name, body = self.split(data)
        path = self.data / name
        try:
            path.write_bytes(body)
            commands = (
                [c for group in self.groups for c in group] if every_group else self.commands(data)
            )
            for args in commands:
                code, out, err = run_cli(args, self.data)
                if code not in (0, 1, 2) or "internal error" in err or "Traceback" in out + err:
                    raise Crash(f"gsscb {' '.join(args)} -> exit {code}\n{err[-2000:]}")
        finally:
            if name in self.originals:
                path.write_bytes(self.originals[name])
            else:
                path.unlink(missing_ok=True)


def seeds() -> list[bytes]:
    """The committed seed corpus (see ``make_seeds``)."""
    if not CORPUS.is_dir():
        return []
    return [p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.is_file()]


def make_seeds() -> int:
    """Write the seed corpus: the fixture's files, the bundled data's files under the
    fixture's names, and the hostile corpus in each kind of text field."""
    from tests.test_hostile_corpus import HOSTILE

    CORPUS.mkdir(parents=True, exist_ok=True)
    found: dict[str, bytes] = {}
    for target in TARGETS:
        if (BASE / target).is_file():
            found[f"fixture-{target.replace('/', '-')}"] = (BASE / target).read_bytes()
    data = ROOT / "data"
    for name in ("board.yaml", "people.yaml", *TARGETS[9:]):
        if (data / name).is_file():
            found[f"data-{name}"] = (data / name).read_bytes()
    for folder in ("meetings", "partnerships", "priorities"):
        for path in sorted((data / folder).glob("*.yaml"))[:3]:
            found[f"data-{folder}-{path.name}"] = path.read_bytes()
    for target in TARGETS[:6]:
        text = (BASE / target).read_text("utf-8")
        lines = text.splitlines(keepends=True)
        for i, line in enumerate(lines):
            key, sep, _ = line.partition(": ")
            if sep and key.strip() in ("name", "title", "role", "text", "location", "summary"):
                lines[i] = f'{key}: "{HOSTILE}"\n'
        found[f"hostile-{target.replace('/', '-')}"] = "".join(lines).encode("utf-8")
    written = 0
    for name, body in sorted(found.items()):
        target = _target_for(name)
        (CORPUS / f"{name}.seed").write_bytes(target.encode() + b"\n" + body)
        written += 1
    print(f"wrote {written} seeds to {CORPUS.relative_to(ROOT)}")
    return 0


def _target_for(seed_name: str) -> str:
    for target in TARGETS:
        if seed_name.endswith(target.replace("/", "-")):
            return target
    for folder in ("meetings", "partnerships", "priorities"):
        if seed_name.startswith(f"data-{folder}-"):
            return f"{folder}/{seed_name.removeprefix(f'data-{folder}-')}"
    raise ValueError(seed_name)


_YAML_TOKENS = [
    b"&a ",
    b"*a",
    b"<<: ",
    b": ",
    b"- ",
    b"'",
    b'"',
    b"{",
    b"[",
    b"\n",
    b"?",
    b"|",
    b"%",
    b"\x00",
    b"\xc3",
    b"2025-02-30",
    b"9999-12-31",
    b"0001-01-01",
    b"99999999999999999999",
    b"-1",
    b"null",
    b"[]",
    b"{}",
    b'"\\e[2J"',
    b'"\\n::error::x"',
    b"<script>",
    b"[/bold]",
    b"{{ x }}",
    b"\xe2\x80\xae",
]


def _mutate(rng: random.Random, base: bytes) -> bytes:
    header, _, body = base.partition(b"\n")
    buf = bytearray(body)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:  # a YAML token or a hostile value
            buf[pos:pos] = rng.choice(_YAML_TOKENS)
        elif op == 2:  # truncate
            del buf[pos:]
        elif op == 3 and buf:  # duplicate a line
            lines = bytes(buf).split(b"\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            buf = bytearray(b"\n".join(lines))
        elif op == 4:  # replace a value after ': ' with a token
            i = bytes(buf).find(b": ", pos)
            if i >= 0:
                end = bytes(buf).find(b"\n", i)
                end = len(buf) if end < 0 else end
                buf[i + 2 : end] = rng.choice(_YAML_TOKENS)
        else:
            del buf[pos : pos + rng.randint(1, 32)]
    if rng.random() < 0.1:
        header = rng.choice(TARGETS).encode()
    return header + b"\n" + bytes(buf)


def _save(data: bytes) -> Path:
    name = ROOT / "fuzz" / f"crash-{hashlib.sha1(data).hexdigest()[:12]}.seed"
    name.write_bytes(data)
    return name


def run_plain(runs: int, seed: int) -> int:
    """Feed the seeds, then mutations of them; returns the number of crashes."""
    import time

    pipeline = Pipeline()
    rng = random.Random(seed)
    corpus = seeds() or [f"{t}\n".encode() + (BASE / t).read_bytes() for t in TARGETS[:6]]
    crashes = 0
    started = time.monotonic()
    for i in range(runs):
        data = corpus[i] if i < len(corpus) else _mutate(rng, rng.choice(corpus))
        try:
            pipeline.check_one(data)
        except Exception as exc:
            crashes += 1
            print(f"CRASH {exc}\n  input {data[:200]!r}\n  saved {_save(data)}")
    took = time.monotonic() - started
    print(f"plain driver: {runs} inputs in {took:.0f} s, seed {seed}, {crashes} crashes")
    return crashes


def _option(argv: list[str], name: str, default: int) -> int:
    for arg in argv:
        if arg.startswith(f"{name}="):
            return int(arg.split("=", 1)[1])
    return default


def main(argv: list[str]) -> int:
    if "--make-seeds" in argv:
        return make_seeds()
    if "--replay" in argv:
        pipeline = Pipeline()
        for arg in argv:
            if not arg.startswith("-"):
                pipeline.check_one(Path(arg).read_bytes(), every_group=True)
                print(f"{arg}: no crash")
        return 0
    plain = "--plain" in argv
    if not plain:
        try:
            import atheris
        except ImportError:
            print("atheris is not installed: using the plain-Python driver")
            plain = True
    if plain:
        args = [a for a in argv if a != "--plain"]
        seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 0
        return 1 if run_plain(_option(args, "-runs", 300), seed) else 0
    pipeline = Pipeline()

    def test_one_input(data: bytes) -> None:
        pipeline.check_one(data)

    atheris.instrument_all()
    args = list(argv)
    if not any(not a.startswith("-") for a in args):  # no corpus folder: copy the seeds
        corpus = Path(tempfile.mkdtemp(prefix="gsscb-fuzz-pipeline-corpus-"))
        for i, seed_input in enumerate(seeds()):
            (corpus / f"seed-{i}").write_bytes(seed_input)
        args.append(str(corpus))
    atheris.Setup([sys.argv[0], *args], test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
