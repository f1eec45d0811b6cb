"""``gsscb init``: a new board's project folder, valid from the start.

The folder holds ``data/`` (board.yaml from the answers given, people.yaml, the
requirements catalogue that ships with gsscb, the board's partnerships with the
obligations their kinds must produce, and a first scheduled meeting), ``schemas/``
(so every file's modeline resolves), the editor mapping (``.vscode/settings.json``)
and two GitHub workflows. Nothing is invented: what the answers do not give is left
out of board.yaml (not recorded) or recorded ``unknown``, and ``assumed`` says so.

The folder is built beside the target and renamed into place only once it validates,
so a failed init leaves nothing behind, and an existing file is never replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gsscb_cli.errors import UsageError
from gsscb_cli.scaffold import q

SHAPES = ("regional", "csp", "partnership")
"""A regional board overseeing partnerships (like the GSSCB); a community safety
partnership's strategic board; one partnership that wants its deadlines alone."""

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_QUORUM = re.compile(r"^(?:(\d+)|([1-9]\d*)/([1-9]\d*))$")


@dataclass
class Answers:
    """What the new board's record starts from (flags or prompts)."""

    name: str
    shape: str = "regional"
    board_id: str | None = None
    short_name: str | None = None
    reports_to: str | None = None
    administered_by: str | None = None
    area: str | None = None
    tor_document: str = "Terms of Reference"
    tor_agreed: dt.date | None = None
    review_months: int | None = None
    meetings_per_year: int = 4
    year_start: str = "04-01"
    quorum: str | None = None  # "5" (other members) or "1/3" (of the seats); None: unknown
    chair_counts: bool = False
    rounding: str = "up"
    papers_days: int | None = None
    retention_years: int | None = None
    seats: list[str] = field(default_factory=list)  # titles; the first is the Chair's
    partnerships: list[str] = field(default_factory=list)  # "id:kind"
    first_meeting: dt.date | None = None


@dataclass(frozen=True)
class Created:
    root: Path
    files: tuple[str, ...]
    next_steps: tuple[str, ...]


def slug(text: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")[:60] or "board"


def check(a: Answers) -> None:
    """Refuse answers that cannot make a valid record, with what to write instead."""
    if not a.name.strip():
        raise UsageError("--name must not be empty")
    if a.shape not in SHAPES:
        raise UsageError(f"unknown shape '{a.shape}': choose {', '.join(SHAPES)}")
    if a.board_id is not None and not _ID.fullmatch(a.board_id):
        raise UsageError(f"'{a.board_id}' is not a valid id: lower-case letters, digits, hyphens")
    if not 1 <= a.meetings_per_year <= 12:
        raise UsageError("--meetings-per-year must be 1 to 12")
    if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])", a.year_start):
        raise UsageError(f"--year-start '{a.year_start}': write MM-DD, day 01 to 28 (e.g. 04-01)")
    if a.quorum is not None and not _QUORUM.fullmatch(a.quorum):
        raise UsageError(
            f"--quorum '{a.quorum}': a number of members besides the one presiding (5) "
            "or a fraction of the seats (1/3)"
        )
    if a.rounding not in ("up", "down", "nearest"):
        raise UsageError("--rounding: up, down or nearest")
    for spec in a.partnerships:
        pid, _, kind = spec.partition(":")
        if not _ID.fullmatch(pid) or not kind:
            raise UsageError(
                f"--partnership '{spec}': write ID:KIND, e.g. safer-vale:community-safety-partnership"
            )


def board_text(a: Answers, as_of: dt.date, partnerships: list[tuple[str, str]]) -> str:
    """board.yaml: only what the answers give; the rest not recorded or unknown."""
    bid = a.board_id or slug(a.short_name or a.name)
    titles = a.seats or ["Chair"]
    seat_ids: list[str] = []
    for title in titles:
        base, n = slug(title), 2
        sid = base
        while sid in seat_ids:
            sid, n = f"{base}-{n}", n + 1
        seat_ids.append(sid)
    source = [f"  - file: {q(a.tor_document)}"]
    out = [
        "# yaml-language-server: $schema=../schemas/board.schema.json",
        f"# Written by `gsscb init` as of {as_of.isoformat()}: check each value against the",
        "# board's terms of reference and cite them in sources (docs/own-board.md).",
        f"id: {bid}",
        f"name: {q(a.name)}",
    ]
    if a.short_name:
        out.append(f"short_name: {q(a.short_name)}")
    if a.reports_to:
        out.append(f"reports_to: {q(a.reports_to)}")
    if a.administered_by:
        out.append(f"administered_by: {q(a.administered_by)}")
    out += ["sources:", *source]
    out.append(
        "assumed: Written by gsscb init from the answers given; what they did not give is "
        "not recorded (left out) or unknown."
    )
    out += ["", "terms_of_reference:", "  version: not recorded"]
    if a.tor_agreed:
        out.append(f"  agreed: {a.tor_agreed.isoformat()}")
    if a.review_months:
        out.append(f"  review_cycle_months: {a.review_months}")
    out += [f"  document: {q(a.tor_document)}", f"  file: {q(a.tor_document)}", ""]
    out += ["chair:", "  status: unknown", f"  seat: {seat_ids[0]}", ""]
    out += ["vice_chair:", "  status: unknown", ""]
    out.append("partnerships:" if partnerships else "partnerships: []")
    out += [f"  - {pid}" for pid, _ in partnerships]
    out += ["", "seats:"]
    # A partnership's own board: its Chair's seat is the partnership's chair (one fact, one
    # place: the holder comes from the partnership's record).
    own = partnerships[0][0] if a.shape != "regional" and len(partnerships) == 1 else None
    for i, (sid, title) in enumerate(zip(seat_ids, titles, strict=True)):
        out += [f"  - id: {sid}", f"    title: {q(title)}"]
        if i == 0 and own:
            out.append(f"    chair_of: {own}")
        else:
            out += ["    holder:", "      status: unknown"]
    out += ["", "quorum:"]
    match = _QUORUM.fullmatch(a.quorum) if a.quorum else None
    if match is None:
        out.append('  status: unknown  # or: other_members: 5, or fraction: "1/3"')
    else:
        out += ["  chair_or_vice_chair: true", "  impacted_chairs_for_decisions: false"]
        if match.group(1) is not None:
            out.append(f"  other_members: {int(match.group(1))}")
        else:
            out += [f'  fraction: "{match.group(2)}/{match.group(3)}"', f"  rounding: {a.rounding}"]
        if a.chair_counts:
            out.append("  chair_counts: true")
    out += ["", "administration:", f"  meetings_per_year: {a.meetings_per_year}"]
    out.append(f"  year_start: {a.year_start}")
    if a.papers_days is not None:
        out.append(f"  papers_days_before: {a.papers_days}")
    if a.retention_years is not None:
        out.append(f"  minutes_retention_years: {a.retention_years}")
    if a.area:
        out += ["", "psb_report:", f"  area: {q(a.area)}"]
    return "\n".join(out) + "\n"


def vscode_settings() -> str:
    """The editor mapping: each data file to its schema, derived from the data layout."""
    from gsscb_cli.load import FOLDERS, SINGLE_FILES

    mapping = {
        f"./schemas/{kind}.schema.json": f"data/{name}" for name, kind in SINGLE_FILES.items()
    }
    for folder, kind in FOLDERS.items():
        mapping[f"./schemas/{kind}.schema.json"] = f"data/{folder}/*.yaml"
    return json.dumps({"yaml.schemas": mapping}, indent=2) + "\n"


_SETUP = """\
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install gsscb
        run: python -m pip install "gsscb @ git+https://github.com/<your-org>/gsscb@v0.1.0"
"""
"""The steps every workflow starts with (set the repository gsscb is installed from)."""

WORKFLOWS = {
    "gsscb-data.yml": """\
# Written by gsscb init: on every pull request that changes data/, validate the record
# and run every rule, as annotations and a step summary. Validation failures fail the job;
# the record's standing gaps do not (--fail-on never).
name: Board record
on:
  pull_request:
    paths: ["data/**"]
permissions:
  contents: read
jobs:
  check:
"""
    + _SETUP
    + """\
      - run: gsscb validate --format github
      - if: ${{ !cancelled() }}
        run: gsscb check --format github --fail-on never
""",
    "gsscb-deadlines.yml": """\
# Written by gsscb init: every Monday (and on demand), fail when a needs assessment is
# overdue, so that someone acts.
name: Overdue needs assessments
on:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch:
permissions:
  contents: read
jobs:
  deadlines:
"""
    + _SETUP
    + """\
      - run: gsscb deadlines --kind needs-assessment --overdue --fail-on error --format github
""",
}


def create(target: Path, a: Answers, as_of: dt.date) -> Created:
    """Build the project beside ``target``, check it like gsscb validate, then move it in."""
    from gsscb_cli.load import default_catalogue, display_path, load
    from gsscb_cli.resources import resource_dir
    from gsscb_cli.scaffold import meeting_text, partnership_text

    check(a)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{display_path(target)} already exists and is not empty; nothing written")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise UsageError(f"{display_path(parent)} does not exist")
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.init-", dir=parent))
    try:
        data = tmp / "data"
        for folder in ("partnerships", "meetings", "priorities"):
            (data / folder).mkdir(parents=True)
        shutil.copytree(resource_dir("schemas"), tmp / "schemas")
        shutil.copy(default_catalogue(), data / "requirements.yaml")
        (data / "people.yaml").write_text(
            "# yaml-language-server: $schema=../schemas/people.schema.json\n"
            "# The people named in a role on the board (no contact details).\npeople: []\n",
            "utf-8",
        )
        specs = [tuple(s.split(":", 1)) for s in a.partnerships]
        if not specs and a.shape in ("csp", "partnership"):
            kind = "community-safety-partnership"
            specs = [(slug(a.short_name or a.name), kind)]
        pairs = [(pid, kind) for pid, kind in specs]
        (data / "board.yaml").write_text(board_text(a, as_of, pairs), "utf-8")
        loaded = load(data)
        kinds = set(loaded.dataset.kinds)
        for pid, kind in pairs:
            if kind not in kinds:
                raise UsageError(
                    f"unknown partnership kind '{kind}': choose one of {', '.join(sorted(kinds))}"
                )
            name = a.name if len(pairs) == 1 and a.shape != "regional" else None
            text = partnership_text(loaded.dataset, pid, kind, name, a.area, as_of)
            (data / "partnerships" / f"{pid}.yaml").write_text(text, "utf-8")
        loaded = load(data)
        day = a.first_meeting or as_of + dt.timedelta(days=28)
        mid, text = meeting_text(loaded.dataset, day, "ordinary", as_of)
        (data / "meetings" / f"{mid}.yaml").write_text(text, "utf-8")
        (tmp / ".vscode").mkdir()
        (tmp / ".vscode" / "settings.json").write_text(vscode_settings(), "utf-8")
        (tmp / ".github" / "workflows").mkdir(parents=True)
        for name, body in WORKFLOWS.items():
            (tmp / ".github" / "workflows" / name).write_text(body, "utf-8")
        problems = [f for f in load(data).findings if f.severity.value != "info"]
        if problems:
            listed = "; ".join(f"{f.location}: {f.message}" for f in problems[:5])
            raise UsageError(
                f"internal: the new folder does not validate, nothing written: {listed}"
            )
        if target.exists():
            target.rmdir()  # empty (checked above); rmdir fails if something appeared since
        os.rename(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)
        raise
    files = tuple(
        sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    )
    steps = (
        f"cd {display_path(target)} and check board.yaml against the terms of reference: "
        "seats, chair, quorum, papers and minutes",
        "cite the terms in sources (terms_of_reference.file and section, the clauses' names)",
        f"record replies in meetings/{mid}.yaml, then: gsscb quorum next",
        "gsscb check, then gsscb render agenda",
    )
    return Created(target, tuple(f for f in files if not f.startswith("schemas/")), steps)
