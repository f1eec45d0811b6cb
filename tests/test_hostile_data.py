"""No exit 3 from data (issue 13): hostile values are findings (exit 1) or usage errors (exit 2).

The root of the date and number crashes is that nothing bounded them: a date in year 1 or
9999, or a threshold of 99999999999 days, reached ``timedelta`` and ``date`` arithmetic and
overflowed. Now every number in the schemas has a maximum and every date lies in
``YEARS``, so the arithmetic cannot leave Python's dates; the tests below check the
construction (every bound exists) and then run every command on data sitting at the bounds.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gsscb_cli.model.types import YEARS
from tests.conftest import DATA, ROOT, invoke

SCHEMAS = ROOT / "schemas"
FIXTURE = ROOT / "tests" / "fixtures" / "render" / "data"

# Every command that reads the data, as it is run here (paths are filled in per test).
COMMANDS: list[list[str]] = [
    ["validate"],
    ["check"],
    ["check", "--format", "github"],
    ["check", "--format", "json"],
    ["deadlines"],
    ["compliance"],
    ["quorum", "next"],
    ["list", "meetings"],
    ["list", "partnerships"],
    ["list", "seats"],
    ["calendar"],
    *(
        ["render", paper]
        for paper in (
            "agenda",
            "pack",
            "minutes",
            "psb-update",
            "compliance",
            "actions",
            "forward-plan",
        )
    ),
]


def _numbers(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        kinds = node.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "integer" in kinds or "number" in kinds:
            out.append((path, node))
        for key, value in node.items():
            out += _numbers(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _numbers(value, f"{path}/{i}")
    return out


def _all_numbers() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        if path.name == "report.schema.json":
            continue  # describes gsscb's JSON report, not the data
        schema = json.loads(path.read_text("utf-8"))
        out += [(f"{path.name}{where}", node) for where, node in _numbers(schema)]
    return out


def test_every_number_in_the_schemas_is_bounded() -> None:
    numbers = _all_numbers()
    assert len(numbers) >= 15  # the walk finds them
    unbounded = [where for where, node in numbers if "minimum" not in node or "maximum" not in node]
    assert not unbounded, f"give these a minimum and a maximum: {unbounded}"


def test_the_date_pattern_allows_exactly_the_years() -> None:
    defs = json.loads((SCHEMAS / "defs.schema.json").read_text("utf-8"))
    pattern = re.compile(defs["definitions"]["date"]["pattern"])
    first, last = YEARS
    assert pattern.search(f"{first}-01-01") and pattern.search(f"{last}-12-31")
    assert not pattern.search(f"{first - 1}-12-31") and not pattern.search(f"{last + 1}-01-01")


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data


def _sub(path: Path, pattern: str, new: str | Callable[[re.Match[str]], str]) -> None:
    text = path.read_text("utf-8")
    changed, n = re.subn(pattern, new, text)
    assert n, f"{path}: {pattern} not found"
    path.write_text(changed, "utf-8")


# The commands whose date and threshold arithmetic crashed before the bounds.
ARITHMETIC = [["check"], ["deadlines"], ["calendar"], ["render", "agenda"], ["render", "pack"]]


def _run_all(
    data: Path, out: Path, as_of: str, commands: list[list[str]] = COMMANDS
) -> dict[str, tuple[int, str]]:
    codes: dict[str, tuple[int, str]] = {}
    for command in commands:
        extra: list[str] = []
        if command[0] == "render":
            extra = ["--output", str(out / f"{command[1]}.md")]
            if command[1] == "minutes" or command[1] in ("agenda", "pack"):
                meetings = sorted(p.stem for p in (data / "meetings").glob("*.yaml"))
                extra += ["--meeting", meetings[-1]]
        if command[0] == "calendar":
            extra = ["--output", str(out / "board.ics")]
        result = invoke(*command, *extra, "--data", str(data), "--as-of", as_of)
        codes[" ".join(command)] = (result.exit_code, result.stderr[-300:])
    return codes


def _at_the_bounds(data: Path, year: int) -> None:
    """Every number at its schema maximum, every date moved into ``year``."""
    maxima = {where.rsplit("/", 1)[-1]: node["maximum"] for where, node in _all_numbers()}
    keys = ("other_members", "papers_days_before", "minutes_retention_years",
            "priorities_review_months", "due_soon_days", "attendance_window",
            "minutes_publication_days", "priority_stale_days", "term_months",
            "review_cycle_months")  # fmt: skip
    for key in keys:
        _sub(data / "board.yaml", rf"(\n\s*{key}:) *\d+", rf"\g<1> {maxima[key]}")
    for path in (data / "partnerships").glob("*.yaml"):
        # obligations' cycles at their maximum (120 months); the meeting cadence at its own (24)
        lines, in_meets = [], False
        for line in path.read_text("utf-8").splitlines():
            if not line.startswith(" "):
                in_meets = line.startswith("meets:")
            cycle = 24 if in_meets else 120
            lines.append(re.sub(r"every_months: *\d+", f"every_months: {cycle}", line))
        path.write_text("\n".join(lines) + "\n", "utf-8")
    for path in data.rglob("*.yaml"):
        _sub_dates(path, year)


def _sub_dates(path: Path, year: int) -> None:
    text = path.read_text("utf-8")
    path.write_text(re.sub(r'(: *"?|- )20\d\d-(\d\d-\d\d)\b', rf"\g<1>{year}-\2", text), "utf-8")


@pytest.mark.parametrize("year", YEARS)
def test_every_command_at_the_date_and_number_bounds(tmp_path: Path, year: int) -> None:
    data = _copy(tmp_path)
    _at_the_bounds(data, year)
    as_of = f"{year}-01-01" if year == YEARS[0] else f"{year}-12-31"
    out = tmp_path / "out"
    out.mkdir()
    codes = _run_all(data, out, as_of)
    assert codes["validate"][0] in (0, 1), codes["validate"]
    crashed = {c: v for c, v in codes.items() if v[0] >= 3}
    assert not crashed, crashed


M = "meetings/gsscb-2026-02-05.yaml"


@pytest.mark.parametrize(
    ("rel", "pattern", "new", "key", "words"),
    [
        (M, r"\ndate: 2026-02-05", "\ndate: 9999-12-31", "date", "outside the years 1900 to 2199"),
        (M, r"\ndate: 2026-02-05", "\ndate: 0001-01-01", "date", "outside the years 1900 to 2199"),
        ("board.yaml", r"papers_days_before: 7", "papers_days_before: 99999999999",
         "  papers_days_before", "must be at most 365"),
        ("board.yaml", r"due_soon_days: 60", "due_soon_days: 9999999999999",
         "  due_soon_days", "must be at most 3660"),
        (M, r"\ndate: 2026-02-05\n", '\ndate: 2026-02-05\nstart: "10:00\\\\n"\n', "start",
         "is not a time"),
        (M, r"\nid: gsscb-2026-02-05\n", '\nid: "gsscb-2026-02-05\\\\n"\n', "id",
         "is not a valid id"),
    ],
    ids=["year-9999", "year-1", "huge-papers-days", "huge-due-soon", "time-newline", "id-newline"],
)  # fmt: skip
def test_a_hostile_value_is_a_finding_with_its_line(
    tmp_path: Path, rel: str, pattern: str, new: str, key: str, words: str
) -> None:
    data = _copy(tmp_path)
    _sub(data / rel, pattern, new)
    out = tmp_path / "out"
    out.mkdir()
    codes = _run_all(data, out, "2026-01-10", ARITHMETIC)
    crashed = {c: v for c, v in codes.items() if v[0] >= 3}
    assert not crashed, crashed
    result = invoke("validate", "--data", str(data), "--as-of", "2026-01-10", "--format", "json")
    assert result.exit_code == 1, result
    lines = (data / rel).read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.startswith(f"{key}:"))
    found = [
        (f["file"].endswith(rel), f["line"], f["rule"], words in f["message"])
        for f in json.loads(result.stdout)["findings"]
    ]
    assert (True, line, "schema", True) in found, found


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"])
def test_as_of_outside_the_years_is_a_usage_error(day: str) -> None:
    result = invoke("check", "--data", str(DATA), "--as-of", day)
    assert result.exit_code == 2, result
    assert "outside the years 1900 to 2199" in result.stderr


# --- an earlier calendar with a broken SEQUENCE ------------------------------------------


@pytest.mark.parametrize("sequence", ["abc", "-3", "9" * 30, "1;X=2", "", "2147483647"])
def test_a_broken_sequence_in_the_earlier_calendar_is_a_usage_error(
    tmp_path: Path, sequence: str
) -> None:
    first = tmp_path / "board.ics"
    assert invoke("calendar", "--data", str(FIXTURE), "--as-of", "2026-01-10",
                  "--output", str(first)).exit_code == 0  # fmt: skip
    text = first.read_bytes().decode("utf-8")
    broken = re.sub(r"SEQUENCE:\d+", f"SEQUENCE:{sequence}", text, count=1)
    assert broken != text
    first.write_bytes(broken.encode("utf-8"))
    result = invoke("calendar", "--data", str(FIXTURE), "--as-of", "2026-01-10",
                    "--previous", str(first))  # fmt: skip
    assert result.exit_code == 2, result
    assert "SEQUENCE" in result.stderr and "not a whole number" in result.stderr


def test_the_highest_sequence_read_back_still_counts_up(tmp_path: Path) -> None:
    first = tmp_path / "board.ics"
    invoke("calendar", "--data", str(FIXTURE), "--as-of", "2026-01-10", "--output", str(first))
    text = first.read_bytes().decode("utf-8")
    # the content hash changes too, so the event counts as changed: 2147483646 + 1
    changed = re.sub(r"SEQUENCE:\d+", "SEQUENCE:2147483646", text, count=1)
    changed = re.sub(r"X-GSSCB-HASH:\w+", "X-GSSCB-HASH:0", changed, count=1)
    first.write_bytes(changed.encode("utf-8"))
    result = invoke("calendar", "--data", str(FIXTURE), "--as-of", "2026-01-10",
                    "--previous", str(first))  # fmt: skip
    assert result.exit_code == 0, result
    assert "SEQUENCE:2147483647" in result.stdout


# --- where output goes ------------------------------------------------------------------


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize("command", [["calendar"], ["render", "agenda"]])
@pytest.mark.parametrize("kind", ["fifo", "device", "link-to-device"])
def test_output_is_only_a_regular_file_or_a_new_path(
    tmp_path: Path, command: list[str], kind: str
) -> None:
    if kind == "fifo":
        target = _fifo(tmp_path)  # opening it for writing would hang
    elif kind == "device":
        target = Path("/dev/full")
    else:
        target = tmp_path / "link.ics"
        target.symlink_to("/dev/full")
    before = os.stat(target).st_mode
    result = invoke(*command, "--data", str(FIXTURE), "--as-of", "2026-01-10",
                    "--output", str(target))  # fmt: skip
    assert result.exit_code == 2, result
    assert "not a regular file" in result.stderr
    assert os.stat(target).st_mode == before  # not replaced by a file
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_fifo_as_the_earlier_calendar_is_refused_not_read(tmp_path: Path) -> None:
    result = invoke("calendar", "--data", str(FIXTURE), "--as-of", "2026-01-10",
                    "--previous", str(_fifo(tmp_path)))  # fmt: skip
    assert result.exit_code == 2, result
    assert "not a regular file" in result.stderr


@pytest.mark.parametrize(
    ("where", "error"),
    [("mkstemp", errno.EACCES), ("write", errno.ENOSPC), ("replace", errno.EROFS)],
    ids=["unwritable-folder", "full-disk", "read-only"],
)
def test_a_failed_write_is_a_usage_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: int
) -> None:
    """Run as root here, so the failures are injected where the operating system raises them."""
    import tempfile as tempfile_module

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(error, os.strerror(error))

    if where == "mkstemp":
        monkeypatch.setattr(tempfile_module, "mkstemp", fail)
    elif where == "write":
        monkeypatch.setattr("gsscb_cli.outputs.os.fsync", fail)
    else:
        monkeypatch.setattr("gsscb_cli.outputs.os.replace", fail)
    target = tmp_path / "board.ics"
    result = invoke("calendar", "--data", str(FIXTURE), "--as-of", "2026-01-10",
                    "--output", str(target))  # fmt: skip
    assert result.exit_code == 2, result
    assert os.strerror(error) in result.stderr
    assert list(tmp_path.iterdir()) == []  # no half-written file, no temporary left


@pytest.mark.parametrize("command", [["validate"], ["check", "--format", "json"], ["calendar"],
                                     ["render", "agenda"], ["list", "meetings"]])  # fmt: skip
@pytest.mark.parametrize("unbuffered", [False, True])
def test_standard_output_on_a_full_device_is_a_usage_error(
    command: list[str], unbuffered: bool
) -> None:
    """Buffered (as in a user's shell) or not (PYTHONUNBUFFERED, as CI may set): a buffered
    stdout that could not be written was flushed again as the interpreter ended, which
    printed "Exception ignored ... OSError" and exited 120."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "gsscb_cli", *command, "--data", str(FIXTURE),
             "--as-of", "2026-01-10"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False, env=env,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "No space left on device" in done.stderr
    assert "internal error" not in done.stderr and "Exception ignored" not in done.stderr


# --- the data folder: numbers, links, FIFOs, names, folders, tags ------------------------


def _fixture_copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    return data


def _validate(data: Path) -> tuple[int, list[dict[str, Any]]]:
    """validate in a child process (a hang is a failure, not a stuck suite), JSON report."""
    done = subprocess.run(
        [sys.executable, "-m", "gsscb_cli", "validate", "--data", str(data),
         "--as-of", "2026-01-10", "--format", "json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)["findings"]


def _append(path: Path, text: str) -> int:
    """Append a line; return its line number."""
    before = path.read_text("utf-8")
    path.write_text(before + text + "\n", "utf-8")
    return before.count("\n") + 1


@pytest.mark.parametrize(
    ("line", "rule", "words"),
    [
        ("n: " + "9" * 5000, "yaml-error", "5,000 digits"),
        ("n: -1234567890123456789", "yaml-error", "19 digits"),
        ("n: 1.0e999", "yaml-error", "too large"),
        ("!foo name: x", "yaml-tag", "not allowed (on a key)"),
        ("? !!python/name:os.system x\n: 1", "yaml-tag", "not allowed (on a key)"),
    ],
    ids=["5000-digits", "19-digits", "infinite-float", "tag-on-key", "python-tag-on-key"],
)
def test_a_hostile_scalar_is_a_finding_with_its_line(
    tmp_path: Path, line: str, rule: str, words: str
) -> None:
    data = _fixture_copy(tmp_path)
    number = _append(data / "people.yaml", line)
    code, findings = _validate(data)
    assert code == 1
    assert [(f["rule"], f["line"], words in f["message"]) for f in findings] == [
        (rule, number, True)
    ], findings
    out = tmp_path / "out"
    out.mkdir()
    crashed = {c: v for c, v in _run_all(data, out, "2026-01-10", ARITHMETIC).items() if v[0] >= 3}
    assert not crashed, crashed


def test_symlink_loops_and_dangling_links_are_findings(tmp_path: Path) -> None:
    data = _fixture_copy(tmp_path)
    (data / "meetings" / "a.yaml").symlink_to("b.yaml")
    (data / "meetings" / "b.yaml").symlink_to("a.yaml")
    (data / "meetings" / "gone.yaml").symlink_to("nowhere.yaml")
    (data / "partnerships" / "up").symlink_to("..")  # a loop of folders: not followed
    code, findings = _validate(data)
    assert code == 1
    named = sorted((Path(f["file"]).name, f["rule"]) for f in findings)
    assert named == [("a.yaml", "symlink"), ("b.yaml", "symlink"), ("gone.yaml", "symlink")]


def test_a_fifo_in_the_data_folder_is_a_finding_not_a_hang(tmp_path: Path) -> None:
    data = _fixture_copy(tmp_path)
    os.mkfifo(data / "meetings" / "escb-2026-07-01.yaml")
    code, findings = _validate(data)
    assert code == 1
    assert [(Path(f["file"]).name, f["rule"]) for f in findings] == [
        ("escb-2026-07-01.yaml", "unreadable")
    ]
    assert "not a regular file" in findings[0]["message"]


def test_a_file_name_that_is_not_utf8_is_shown_and_never_crashes(tmp_path: Path) -> None:
    data = _fixture_copy(tmp_path)
    raw = os.fsencode(data / "meetings") + b"/caf\xe9.yaml"
    with open(raw, "wb") as handle:
        handle.write(b"id: cafe\n")
    code, findings = _validate(data)
    assert code == 1
    assert any(f["file"].endswith("meetings/caf\\xe9.yaml") for f in findings), findings
    for fmt in ("text", "github", "junit", "markdown"):
        done = subprocess.run(
            [sys.executable, "-m", "gsscb_cli", "check", "--data", str(data),
             "--as-of", "2026-01-10", "--format", fmt],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 1, (fmt, done.stderr)


def test_an_unreadable_subfolder_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as root, where permissions do not stop a read, so the refusal is injected."""
    data = _fixture_copy(tmp_path)
    real = os.scandir
    meetings = str(data / "meetings")

    def scandir(path: Any) -> Any:
        if str(path) == meetings:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), meetings)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = invoke("validate", "--data", str(data), "--as-of", "2026-01-10", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    said = [f for f in findings if f["rule"] == "unreadable"]
    assert said and said[0]["file"].endswith("meetings"), findings
    assert "Permission denied" in said[0]["message"]


@pytest.mark.parametrize("name", ["escb-2026-07-01.YAML", "escb-2026-07-01.Yaml", "x.YML"])
def test_a_yaml_file_with_the_wrong_case_is_said(tmp_path: Path, name: str) -> None:
    data = _fixture_copy(tmp_path)
    shutil.copy(data / "meetings" / "escb-2026-01-15.yaml", data / "meetings" / name)
    _, findings = _validate(data)
    assert [(Path(f["file"]).name, f["rule"], f["severity"]) for f in findings] == [
        (name, "unknown-file", "warning")
    ]
    assert "rename to .yaml" in findings[0]["message"]
