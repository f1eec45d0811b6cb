"""Nothing marked above OFFICIAL reaches the public (issue 13, "Nothing leaks to the public").

A canary (a value holding the word CANARY) goes into every field the schema allows on
every record that can be marked or linked to a marked item: an OFFICIAL-SENSITIVE agenda
item, an action arising from it, an action on an OFFICIAL item marked OFFICIAL-SENSITIVE
itself, a decision and a declaration on the sensitive item. The fields are read from the
schemas, so a field added later gets a canary without editing this test. Every paper is
then rendered for the public in every format and language, with the calendar, and no
output may hold the canary. The board's versions must hold it (the canary is reachable,
so the test can fail).
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from gsscb_cli.render.papers import PAPERS
from tests.conftest import ROOT, invoke

FIXTURE = ROOT / "tests" / "fixtures" / "render" / "data"
AS_OF = "2026-01-12"
MEETINGS = ("escb-2025-10-02", "escb-2026-01-15", "escb-2026-04-16")
CANARY = re.compile("canary", re.IGNORECASE)
SENSITIVE_ITEM = "canary-item"
OFFICIAL_ITEM = "canary-official-item"

# Values that must be valid references or enums; every other field gets a canary.
FIXED: dict[str, Any] = {
    "marking": "OFFICIAL-SENSITIVE",
    "decision_sought": True,
    "impacted_partnerships": ["north-csp"],
    "status": "open",
    "seat": "police",
    "item": SENSITIVE_ITEM,
    "due": "2026-01-01",
    "completed": "2026-01-05",
    "priority": "mapping",  # the fixture's priority: a marked action must not reach its page
}


def _schema() -> dict[str, Any]:
    return json.loads((ROOT / "schemas" / "meeting.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]


def _fill(record: str, name: str, prop: dict[str, Any]) -> Any:
    if name in FIXED:
        return FIXED[name]
    ref = prop.get("$ref", "")
    tag = f"canary-{record}-{name}"
    if ref.endswith("/text"):
        return {"en": f"CANARY {record} {name} en", "cy": f"CANARY {record} {name} cy"}
    if ref.endswith("/id"):
        return tag
    if ref.endswith("/sources"):
        return [{"file": f"CANARY {record} source", "section": f"CANARY {record} section"}]
    if prop.get("type") == "string" or ref.endswith("/assumed"):
        return f"CANARY {record} {name}"
    raise AssertionError(f"{record}.{name}: say how to put a canary in this field ({prop})")


def _record(kind: str, record: str, **changes: Any) -> dict[str, Any]:
    """A record of one of the meeting schema's lists, a canary in every field it allows."""
    props = _schema()["properties"][kind]["items"]["properties"]
    out = {name: _fill(record, name, prop) for name, prop in props.items()}
    out.update(changes)
    return {k: v for k, v in out.items() if v is not None}


def _source_section_allowed() -> bool:
    defs = json.loads((ROOT / "schemas" / "defs.schema.json").read_text("utf-8"))
    return "section" in defs["definitions"]["source"].get("properties", {})


def _plant(data: Path) -> None:
    for meeting_id in MEETINGS:
        path = data / "meetings" / f"{meeting_id}.yaml"
        doc = yaml.safe_load(path.read_text("utf-8"))
        item = _record("agenda", "item", id=SENSITIVE_ITEM)
        official = {"id": OFFICIAL_ITEM, "title": "An open item", "marking": "OFFICIAL"}
        doc["agenda"] = [*doc.get("agenda", []), item, official]
        doc["actions"] = [
            *doc.get("actions", []),
            _record("actions", "linked-action", id="canary-linked", marking=None),
            _record("actions", "marked-action", id="canary-marked", item=OFFICIAL_ITEM),
        ]
        doc["decisions"] = [*doc.get("decisions", []), _record("decisions", "decision")]
        doc["declarations"] = [*(doc.get("declarations") or []), _record("declarations", "decl")]
        if not _source_section_allowed():
            for rec in (*doc["agenda"], *doc["actions"], *doc["decisions"]):
                for src in rec.get("sources") or []:
                    src.pop("section", None)
        path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), "utf-8")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("canary") / "data"
    shutil.copytree(FIXTURE, root)
    _plant(root)
    result = invoke("validate", "--data", str(root))
    assert result.exit_code == 0, result
    return root


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def _render(data: Path, tmp: Path, paper: str, fmt: str, lang: str, audience: str) -> str:
    meeting = ["--meeting", "escb-2025-10-02"] if paper == "minutes" else []
    out = tmp / f"{paper}-{lang}-{audience}.{fmt}"
    result = invoke(
        "render", paper, *meeting, "--data", str(data), "--as-of", AS_OF, "--format", fmt,
        "--lang", lang, "--audience", audience, "--output", str(out),
    )  # fmt: skip
    assert result.exit_code == 0, result
    return _docx_text(out) if fmt == "docx" else out.read_text("utf-8")


@pytest.mark.parametrize("lang", ["en", "cy", "bilingual"])
@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("paper", list(PAPERS))
def test_no_canary_in_public_papers(
    data: Path, tmp_path: Path, paper: str, fmt: str, lang: str
) -> None:
    public = _render(data, tmp_path, paper, fmt, lang, "public")
    leaked = [m.group(0) for m in _around(public)]
    assert not leaked, f"{paper} ({fmt}, {lang}) leaks to the public: {leaked}"


def _around(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r".{0,40}canary.{0,40}", text, re.IGNORECASE))


@pytest.mark.parametrize("paper", ["agenda", "pack", "minutes", "actions"])
def test_the_board_sees_the_canary(data: Path, tmp_path: Path, paper: str) -> None:
    """The canary is reachable: the board's version shows it, and is marked for it."""
    board = _render(data, tmp_path, paper, "md", "en", "board")
    assert CANARY.search(board)
    assert board.strip().splitlines()[0] == "**OFFICIAL-SENSITIVE**"
    public = _render(data, tmp_path, paper, "md", "en", "public")
    assert public.strip().splitlines()[0] == "**OFFICIAL**"
    assert "withheld" in public


def test_actions_are_withheld_by_their_item_or_their_own_marking(
    data: Path, tmp_path: Path
) -> None:
    board = _render(data, tmp_path, "actions", "md", "en", "board")
    assert "CANARY linked-action text en" in board  # arises from the sensitive item
    assert "CANARY marked-action text en" in board  # marked itself, on an OFFICIAL item
    public = _render(data, tmp_path, "actions", "md", "en", "public")
    # two canary actions per meeting, three meetings
    assert "6 items marked above OFFICIAL have been withheld" in public


def test_no_canary_in_the_calendar(data: Path) -> None:
    result = invoke("calendar", "--data", str(data), "--as-of", AS_OF)
    assert result.exit_code == 0, result
    assert not _around(result.stdout), [m.group(0) for m in _around(result.stdout)]
