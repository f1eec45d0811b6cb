"""Time gsscb as whole processes at several scales, with peak memory, and write bench/RESULTS.md.

    python bench/run.py [--scales 1,10,100] [--runs 3] [--commands validate,check] [--out bench/RESULTS.md]

For each scale it generates a data folder with bench/generate.py (seed 0) inside a
scratch git repository, then runs every command that exists (``gsscb validate``,
``check``, ``render pack --format md`` and ``--format docx``, ``diff``) RUNS times
and reports the median, min and max wall time and the peak resident memory
(``os.wait4``: the process and the children it waited for, e.g. pandoc). Every gsscb
run is cold (``GSSCB_NO_CACHE=1``: no cache of checked files is read or written),
except ``gsscb check (cold cache)``, which starts each run from an empty cache folder
and so pays for writing it, and ``gsscb check (warm cache)``, the second run on
unchanged data.

The peer is Node's js-yaml + ajv 8 (with ajv-formats), installed with npm into the
scratch folder at bench time and run as ``node bench/ajv_validate.cjs``: the same files,
the same schemas (each given an ``$id`` so ``defs.schema.json`` resolves), draft-07,
formats asserted. check-jsonschema, a weaker peer, is also timed when it is installed.
It also times ``gsscb --help``, ``gsscb check`` on the bundled data and the imports
``python -c "import typer, rich, yaml, jsonschema, jinja2"`` they are measured against,
and ends with a cProfile of a cold ``gsscb check`` at the largest scale, split by phase.
The commands a ratio compares are run side by side in rounds (``measure_rounds``).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import itertools
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate import REFERENCE_DAY, generate  # noqa: E402

AS_OF = REFERENCE_DAY.isoformat()
LOAD: list[tuple[float, float, float]] = []
ANALYSIS = "<!-- analysis: written by hand, kept when bench/run.py rewrites the figures above -->"  # load average at the start and the end
SCHEMAS = {
    "board": ["board.yaml"],
    "people": ["people.yaml"],
    "requirements": ["requirements.yaml"],
    "funding": ["funding.yaml"],
    "returns": ["returns.yaml"],
    "initiatives": ["initiatives.yaml"],
    "groups": ["groups.yaml"],
    "issues": ["issues.yaml"],
    "partnership": ["partnerships/*.yaml"],
    "meeting": ["meetings/*.yaml"],
    "priority": ["priorities/*.yaml"],
}
IMPORTS = "import typer, rich, yaml, jsonschema, jinja2"
AJV_PACKAGES = ("ajv@8", "ajv-formats@3", "js-yaml@4")
NO_CACHE = {"GSSCB_NO_CACHE": "1"}


@dataclass
class Timing:
    label: str
    scale: int | str
    walls: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    exit_codes: set[int] = field(default_factory=set)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)


def run_once(
    argv: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB (this process tree), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**_env(), **(NO_CACHE if env is None else env)},
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "COLUMNS": "120"})
    env.pop("GITHUB_ACTIONS", None)
    # Installed tools run from cached bytecode; without it every run recompiles gsscb_cli.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(
    label: str,
    scale: int | str,
    argv: list[str],
    cwd: Path,
    runs: int,
    env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
) -> Timing:
    """``env``: extra environment (default: the cache off); ``before``: run before each run.
    One warm-up run (bytecode, file cache), not counted, then ``runs`` runs."""
    return measure_rounds([(label, scale, argv, cwd, env, before)], runs)[0]


Spec = tuple[
    str, "int | str", list[str], Path, "dict[str, str] | None", "Callable[[], None] | None"
]
"""label, scale, argv, working folder, extra environment (``measure``'s), run before each run."""


def measure_rounds(specs: list[Spec], runs: int) -> list[Timing]:
    """``measure`` for several commands at once, in rounds: one warm-up run of each, then
    ``runs`` rounds of one run of each, the order reversed every other round. A ratio of
    two of them is then of runs made side by side: on this shared machine, whose speed
    drifts by a fifth within a minute, measuring one command's runs and then the other's
    tilted a ratio by as much (one run measured ``check`` at 1.52 s and, straight after,
    its cold-cache run at 2.13 s; side by side, in rounds, the two were within 0.3 s of
    each other, either way round)."""
    timings = [Timing(label, scale) for label, scale, *_ in specs]
    for _label, _scale, argv, cwd, env, before in specs:  # warm-up (bytecode, file cache)
        if before:
            before()
        run_once(argv, cwd, env)
    for round_number in range(runs):
        order = list(zip(specs, timings, strict=True))
        for (_label, _scale, argv, cwd, env, before), timing in (
            order if round_number % 2 == 0 else order[::-1]
        ):
            if before:
                before()
            wall, peak, code = run_once(argv, cwd, env)
            timing.walls.append(wall)
            timing.peak_mb = max(timing.peak_mb, peak)
            timing.exit_codes.add(code)
    for timing in timings:
        print(
            f"  {timing.label:<34} scale {timing.scale!s:>7}: median {timing.median:7.3f} s  peak {timing.peak_mb:6.0f} MB  exit {sorted(timing.exit_codes)}"
        )
    return timings


def gsscb_command() -> list[str]:
    script = Path(sys.executable).parent / "gsscb"
    return [str(script)] if script.exists() else [sys.executable, "-m", "gsscb_cli"]


def existing_commands() -> set[str]:
    """The commands this gsscb has (read from its Typer app, so new ones are picked up)."""
    import typer.main

    from gsscb_cli.cli import app

    return set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def make_repo(scale: int, work: Path) -> Path:
    """A git repository holding the generated data at HEAD~1 and one small change at HEAD."""
    repo = work / f"scale-{scale}"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    generate(scale, repo / "data", seed=0)
    shutil.copytree(ROOT / "schemas", repo / "schemas")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org", *args],
            cwd=repo, check=True, capture_output=True,
        )  # fmt: skip

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "generated")
    board = repo / "data" / "board.yaml"
    board.write_text(
        board.read_text(encoding="utf-8").replace("Synthetic v1", "Synthetic v2"), encoding="utf-8"
    )
    git("commit", "-q", "-am", "change the terms of reference version")
    return repo


def count_records(data: Path) -> dict[str, int]:
    files = list(data.rglob("*.yaml"))
    return {
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "lines": sum(p.read_bytes().count(b"\n") for p in files),
    }


def check_jsonschema_argvs(repo: Path) -> list[list[str]] | None:
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which(
        "check-jsonschema"
    )
    if exe is None:
        return None
    argvs = []
    for doc_type, patterns in SCHEMAS.items():
        files = sorted(
            str(p.relative_to(repo)) for pat in patterns for p in (repo / "data").glob(pat)
        )
        argvs.append([exe, "--schemafile", f"schemas/{doc_type}.schema.json", *files])
    return argvs


def measure_check_jsonschema(repo: Path, scale: int, runs: int) -> Timing:
    argvs = check_jsonschema_argvs(repo)
    assert argvs is not None
    timing = Timing("check-jsonschema (6 schemas)", scale)
    for _ in range(runs):
        total, peak, codes = 0.0, 0.0, set()
        for argv in argvs:
            wall, mb, code = run_once(argv, repo)
            total += wall
            peak = max(peak, mb)
            codes.add(code)
        timing.walls.append(total)
        timing.peak_mb = max(timing.peak_mb, peak)
        timing.exit_codes |= codes
    print(
        f"  {timing.label:<34} scale {scale!s:>7}: median {timing.median:7.3f} s  peak {timing.peak_mb:6.0f} MB  exit {sorted(timing.exit_codes)}"
    )
    return timing


def ajv_peer(work: Path) -> tuple[list[str], dict[str, str], str] | None:
    """Install ajv 8, ajv-formats and js-yaml into the scratch folder; the command that
    validates a data folder with them, its environment and the versions installed."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return None
    folder = work / "ajv"
    folder.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [npm, "install", "--prefix", str(folder), "--no-audit", "--no-fund", "--silent",
         *AJV_PACKAGES],
        capture_output=True, text=True,
    )  # fmt: skip
    if proc.returncode != 0:
        print(f"npm install failed, ajv left out: {proc.stderr[-500:]}")
        return None
    modules = folder / "node_modules"
    versions = []
    for name in ("ajv", "ajv-formats", "js-yaml"):
        meta = modules / name / "package.json"
        version = json.loads(meta.read_text(encoding="utf-8")).get("version", "?")
        versions.append(f"{name} {version}")
    node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
    script = ROOT / "bench" / "ajv_validate.cjs"
    argv = [node, str(script), str(ROOT / "schemas"), "data"]
    return argv, {"NODE_PATH": str(modules)}, f"node {node_version.strip()}, " + ", ".join(versions)


def ajv_agrees(argv: list[str], env: dict[str, str], work: Path) -> str:
    """The peer does the same work: a date that is not a date, inside a $ref'd definition,
    fails it too."""
    repo = work / "ajvcheck"
    (repo / "data" / "meetings").mkdir(parents=True, exist_ok=True)
    (repo / "data" / "meetings" / "m.yaml").write_text(
        "id: m\ndate: 2025-02-30\nkind: ordinary\nstatus: held\nattendance: {recorded: true}\n"
        "agenda: []\nsources: [{file: x}]\n",
        encoding="utf-8",
    )
    proc = subprocess.run(argv, cwd=repo, capture_output=True, text=True, env={**_env(), **env})
    return f"exit {proc.returncode}: {proc.stdout.strip()}"


def refs_resolve_check(work: Path) -> str:
    """Show that check-jsonschema follows our relative $refs: a bad date inside a $ref'd definition."""
    argvs = None
    repo = work / "refcheck"
    if repo.exists():
        shutil.rmtree(repo)
    (repo / "data" / "meetings").mkdir(parents=True)
    shutil.copytree(ROOT / "schemas", repo / "schemas")
    bad = repo / "data" / "meetings" / "m.yaml"
    bad.write_text(
        "id: m\ndate: 2025-02-30\nkind: ordinary\nstatus: held\nattendance: {recorded: true}\n"
        "agenda: []\nsources: [{file: x}]\n",
        encoding="utf-8",
    )
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if exe is None:
        return "check-jsonschema not installed"
    argvs = [exe, "--schemafile", "schemas/meeting.schema.json", "data/meetings/m.yaml"]
    proc = subprocess.run(argvs, cwd=repo, capture_output=True, text=True)
    said = " ".join(proc.stdout.split())
    return f"exit {proc.returncode}: {said[:300]}"


def profile_check(data: Path) -> str:
    """cProfile of `gsscb check` in-process, split by phase (cumulative seconds)."""
    from gsscb_cli.cli import main

    profiler = cProfile.Profile()
    sink = io.StringIO()
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = sink
    os.environ.update(NO_CACHE)  # a cold check, as in the times above
    try:
        profiler.enable()
        with contextlib.suppress(SystemExit):
            main(["check", "--data", str(data), "--as-of", AS_OF, "--format", "text"])
        profiler.disable()
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    stats = pstats.Stats(profiler)
    phases = {
        "read + strict YAML (load.parse.read_file + parse_bytes)": ("load/parse.py", "parse_bytes"),
        "  of which the fast path (load.fast.parse)": ("load/fast.py", "parse"),
        "  of which PyYAML compose (C parser, files the fast path declines)": (
            "yaml/__init__.py",
            "compose",
        ),
        "  of which building values + places from PyYAML's nodes": ("load/parse.py", "build"),
        "schema validation (load.schema.validate_document)": (
            "load/schema.py",
            "validate_document",
        ),
        "references (load.references.check_references)": ("load/references.py", "check_references"),
        "model build (load.build.build_dataset)": ("load/build.py", "build_dataset"),
        "rules (rules.run_rules)": ("rules/__init__.py", "run_rules"),
        "report (present.render)": ("present/__init__.py", "render"),
    }
    total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
    lines = ["| phase | cumulative s | share |", "| --- | ---: | ---: |"]
    for label, (filename, func) in phases.items():
        cum = 0.0
        for (fname, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            if (
                name == func
                and fname.endswith(filename)
                and ("gsscb_cli" in fname or "yaml" in fname)
            ):
                cum = max(cum, ct)
        lines.append(f"| {label} | {cum:.2f} | {cum / total:.0%} |")
    lines.append(f"| total (profiled, so slower than the wall times above) | {total:.2f} | 100% |")
    top = io.StringIO()
    pstats.Stats(profiler, stream=top).sort_stats("tottime").print_stats(12)
    body = "\n".join(
        line
        for line in top.getvalue().splitlines()
        if line.strip() and not line.startswith(("   Ordered", "   List"))
    )
    return (
        "\n".join(lines) + "\n\nTop functions by own time:\n\n```text\n" + body.strip() + "\n```\n"
    )


def machine() -> list[str]:
    mem_kb = 0
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"- CPU: {cpu}; {os.cpu_count()} cores (nproc)",
        f"- memory: {mem_kb / 1024 / 1024:.1f} GiB",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}",
        f"- PyYAML C parser: {_has_cyaml()}",
        *(
            [
                f"- load average (1, 5, 15 min) at the start: {LOAD[0][0]:.2f}, {LOAD[0][1]:.2f}, "
                f"{LOAD[0][2]:.2f}; at the end: {LOAD[1][0]:.2f}, {LOAD[1][1]:.2f}, {LOAD[1][2]:.2f} "
                "(other work on the machine shares its cores and shows in the figures)"
            ]
            if len(LOAD) == 2
            else []
        ),
    ]


def _has_cyaml() -> str:
    import yaml

    return "yes" if hasattr(yaml, "CSafeLoader") else "no (pure Python)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument(
        "--runs", type=int, default=3, help="Runs per measurement (median reported)."
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument(
        "--work", type=Path, default=None, help="Scratch folder (default: a temporary one)."
    )
    parser.add_argument(
        "--cjs-runs", type=int, default=None, help="Runs of check-jsonschema (default: --runs)."
    )
    parser.add_argument(
        "--commands",
        default="validate,check,render,diff",
        help="Which gsscb commands to time at each scale (comma-separated).",
    )
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="gsscb-bench-"))
    gsscb = gsscb_command()
    commands = existing_commands() & set(args.commands.split(","))
    print(f"gsscb commands timed: {sorted(commands)}; work folder {work}")
    load_before = os.getloadavg()
    peer = ajv_peer(work)
    peer_note = ""
    if peer is not None:
        peer_note = (
            f"{peer[2]}; a bad date in a $ref'd definition: {ajv_agrees(peer[0], peer[1], work)}"
        )
        print(f"ajv peer: {peer_note}")

    timings: list[Timing] = []
    sizes: dict[int, dict[str, int]] = {}
    ratios: dict[int, tuple[float, float]] = {}
    many = max(args.runs, 5)
    bundled = ["--data", "data", "--as-of", AS_OF, "--format", "text"]
    timings += measure_rounds(
        [
            ("python -c 'import typer, rich, yaml, jsonschema, jinja2'", "-",
             [sys.executable, "-c", IMPORTS], ROOT, None, None),
            ("gsscb --help", "-", [*gsscb, "--help"], ROOT, None, None),
            ("gsscb check (bundled data)", "bundled", [*gsscb, "check", *bundled], ROOT, None, None),
            ("gsscb validate (bundled data)", "bundled", [*gsscb, "validate", *bundled], ROOT,
             None, None),
        ],
        many,
    )  # fmt: skip
    cold_cache, warm_cache = work / "cache-cold", work / "cache-warm"
    for scale in scales:
        repo = make_repo(scale, work)
        sizes[scale] = count_records(repo / "data")
        print(f"scale {scale}: {sizes[scale]}")
        common = ["--data", "data", "--as-of", AS_OF]
        side_by_side: list[Spec] = []  # the commands a ratio compares, run in rounds
        if "validate" in commands:
            validate = [*gsscb, "validate", *common, "--format", "text"]
            side_by_side.append(("gsscb validate", scale, validate, repo, None, None))
        if "check" in commands:
            check = [*gsscb, "check", *common, "--format", "text"]

            def empty_cache(folder: Path = cold_cache) -> None:
                shutil.rmtree(folder, ignore_errors=True)

            side_by_side += [
                ("gsscb check", scale, check, repo, None, None),
                ("gsscb check (cold cache)", scale, check, repo,
                 {"GSSCB_CACHE_DIR": str(cold_cache)}, empty_cache),
                # its own folder, filled by its warm-up run and never emptied
                ("gsscb check (warm cache)", scale, check, repo,
                 {"GSSCB_CACHE_DIR": str(warm_cache / str(scale))}, None),
            ]  # fmt: skip
        if peer is not None:
            side_by_side.append(("js-yaml + ajv (node)", scale, peer[0], repo, peer[1], None))
        timings += measure_rounds(side_by_side, args.runs)
        plan: list[tuple[str, list[str]]] = []
        if "render" in commands:
            out = work / f"out-{scale}"
            out.mkdir(exist_ok=True)
            for fmt in ("md", "docx"):
                target = str(out / f"pack.{fmt}")
                plan.append(
                    (
                        f"gsscb render pack --format {fmt}",
                        ["render", "pack", *common, "--format", fmt, "--output", target],
                    )
                )
        if "diff" in commands:
            plan.append(("gsscb diff HEAD~1 HEAD", ["diff", "HEAD~1", "HEAD", *common]))
        for label, cmd in plan:
            timings.append(measure(label, scale, [*gsscb, *cmd], repo, args.runs))
        if check_jsonschema_argvs(repo) is not None:
            theirs = measure_check_jsonschema(repo, scale, args.cjs_runs or args.runs)
            timings.append(theirs)
            ours = next(t for t in timings if t.label == "gsscb validate" and t.scale == scale)
            ratios[scale] = (ours.median, theirs.median)
    profile = "" if args.no_profile else profile_check(work / f"scale-{max(scales)}" / "data")
    refcheck = refs_resolve_check(work)
    LOAD.extend([load_before, os.getloadavg()])
    text = report(timings, sizes, ratios, profile, refcheck, scales, args, peer_note)
    if args.out.exists():  # keep the hand-written analysis below the marker
        old = args.out.read_text(encoding="utf-8")
        if ANALYSIS in old:
            text += "\n" + old[old.index(ANALYSIS) :]
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(
    timings: list[Timing],
    sizes: dict[int, dict[str, int]],
    ratios: dict[int, tuple[float, float]],
    profile: str,
    refcheck: str,
    scales: list[int],
    args: argparse.Namespace,
    peer_note: str,
) -> str:
    def find(label: str, scale: int | str) -> Timing | None:
        return next((t for t in timings if t.label == label and t.scale == scale), None)

    out = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} by `python bench/run.py --scales {','.join(map(str, scales))} --runs {args.runs} --commands {args.commands}`",
        "(whole processes, after one warm-up run; median of the runs; peak resident memory of",
        "the process and the children it waited for; bytecode caching on, as when installed).",
        "The commands a ratio compares are run side by side, in rounds of one run each, the",
        "order reversed every other round (`measure_rounds`): the imports, `--help` and the",
        "bundled data; at each scale `validate`, `check`, the cold- and warm-cache `check` and",
        "the peer. Data: `bench/generate.py --scale N --seed 0` (its docstring",
        "gives the exact shape); every command runs with `--as-of " + AS_OF + "`.",
        "",
        "## Machine",
        "",
        *machine(),
        "",
        "## Sizes",
        "",
        "| scale | files | MB of YAML | lines |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for scale, size in sizes.items():
        out.append(
            f"| {scale} | {size['files']:,} | {size['bytes'] / 1e6:.1f} | {size['lines']:,} |"
        )
    out += [
        "",
        "## Times",
        "",
        "| command | scale | median s | min s | max s | peak MB | exit |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for t in timings:
        out.append(
            f"| {t.label} | {t.scale} | {t.median:.3f} | {min(t.walls):.3f} | {max(t.walls):.3f} | {t.peak_mb:.0f} | {','.join(map(str, sorted(t.exit_codes)))} |"
        )
    if ratios:
        out += [
            "",
            "## gsscb validate against check-jsonschema (same files, same schemas, same run)",
            "",
            "| scale | gsscb validate s | check-jsonschema s | ratio (<= 1.0 is the target) |",
            "| ---: | ---: | ---: | ---: |",
        ]
        for scale, (ours, theirs) in ratios.items():
            out.append(f"| {scale} | {ours:.3f} | {theirs:.3f} | {ours / theirs:.2f} |")
        out += [
            "",
            f"check-jsonschema resolves our relative `$ref`s (a bad date inside a `$ref`'d definition): {refcheck}",
        ]
    peer = "js-yaml + ajv (node)"
    if any(t.label == peer for t in timings):
        out += [
            "",
            "## Against js-yaml + ajv (same files, same schemas, same run)",
            "",
            f"The peer: {peer_note}.",
            "",
            "| scale | ajv s | validate s | validate / ajv | cold check s | cold check / ajv |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for scale in scales:
            ajv, val, chk = (
                find(peer, scale),
                find("gsscb validate", scale),
                find("gsscb check (cold cache)", scale),
            )
            if ajv is None:
                continue
            cells = [f"{ajv.median:.3f}"]
            for x in (val, chk):
                cells += [f"{x.median:.3f}", f"{x.median / ajv.median:.2f}"] if x else ["-", "-"]
            out.append(f"| {scale} | " + " | ".join(cells) + " |")
    out += [
        "",
        "## Linearity",
        "",
        "Cost is linear in the records when each step up in scale costs the same per",
        "record: the marginal seconds per 1,000 files between two scales (which cancels",
        "the fixed start-up cost) should stay about the same as the data grows.",
        "",
        "| command | "
        + " | ".join(f"s per 1,000 files, scale {a} to {b}" for a, b in itertools.pairwise(scales))
        + " |",
        "| --- |" + " ---: |" * (len(scales) - 1),
    ]
    for label in dict.fromkeys(t.label for t in timings if isinstance(t.scale, int)):
        cells = []
        for a, b in itertools.pairwise(scales):
            ta, tb = find(label, a), find(label, b)
            if ta is None or tb is None:
                cells.append("-")
                continue
            extra = sizes[b]["files"] - sizes[a]["files"]
            cells.append(f"{(tb.median - ta.median) / extra * 1000:.2f}")
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out += ["", "## Targets", ""]
    out += targets(find, ratios, scales)
    if profile:
        out += ["", f"## Profile: `gsscb check` at scale {max(scales)}", "", profile]
    return "\n".join(out) + "\n"


def targets(
    get: Callable[[str, int | str], Timing | None],
    ratios: dict[int, tuple[float, float]],
    scales: list[int],
) -> list[str]:
    """The issue's targets, each as a ratio of two figures of this one run."""
    rows = ["| measure | target | measured | met |", "| --- | ---: | ---: | --- |"]

    def median(label: str, scale: int | str) -> float | None:
        t = get(label, scale)
        return t.median if t else None

    def row(name: str, top: float | None, bottom: float | None, limit: float) -> None:
        if top is None or bottom is None:
            rows.append(f"| {name} | <= {limit:g} | not measured | - |")
            return
        value = top / bottom
        met = "yes" if value <= limit else "**NO**"
        rows.append(
            f"| {name} | <= {limit:g} | {value:.2f} ({top:.3f} s / {bottom:.3f} s) | {met} |"
        )

    big = max(scales)
    ajv = median("js-yaml + ajv (node)", big)
    imports = median("python -c 'import typer, rich, yaml, jsonschema, jinja2'", "-")
    cold = median("gsscb check (cold cache)", big)
    row(f"`validate` at scale {big} / js-yaml + ajv", median("gsscb validate", big), ajv, 0.5)
    row(f"cold `check` at scale {big} / js-yaml + ajv", cold, ajv, 1.0)
    row(
        f"warm `check` / cold `check`, scale {big}",
        median("gsscb check (warm cache)", big),
        cold,
        0.25,
    )
    row(
        "`check` on the bundled data / the imports",
        median("gsscb check (bundled data)", "bundled"),
        imports,
        1.0,
    )
    row("`gsscb --help` / the imports", median("gsscb --help", "-"), imports, 0.5)
    check = get("gsscb check (cold cache)", big)
    if check is not None:
        met = "yes" if check.peak_mb <= 150 else "**NO**"
        rows.append(
            f"| peak memory, `check` at scale {big} | <= 150 MB | {check.peak_mb:.0f} MB | {met} |"
        )
    if ratios.get(big):
        ours, theirs = ratios[big]
        rows.append(
            f"| (weak peer) `validate` / check-jsonschema, scale {big} | - | {ours / theirs:.2f} | - |"
        )
    return rows


if __name__ == "__main__":
    sys.exit(main())
