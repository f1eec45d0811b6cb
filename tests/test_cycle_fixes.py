"""The quorum and papers errors of issue 18, each checked by hand against the ToR.

- "Yet to reply" lists only seats someone could still reply for: not a vacant seat, and
  not the second seat of a person who has already replied (the Chair also chairs
  beta-apb in the test board, so her acceptance covers both seats).
- An interest declared on a decision item is part of that decision's quorum result.
- The minutes list a vacant seat as vacant, not as "Absent", and keep the standing items.
- The pack's Word table of supplied papers keeps its item numbers ("5.", not an empty list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gsscb_cli.quorum import assess
from tests.conftest import ROOT, invoke
from tests.fixtures.rules.harness import Case

ALPHA_VACANT = (
    "partnerships/alpha-csp.yaml",
    "  status: filled\n  person: p-alpha\n",
    "  status: vacant\n",
)


def _meeting(status: str, members: dict[str, str], extra: str = "") -> str:
    rows = "".join(f"    - seat: {seat}\n      status: {st}\n" for seat, st in members.items())
    return (
        f"id: m-2025-11-20\ndate: 2025-11-20\nkind: ordinary\nstatus: {status}\n"
        f"attendance:\n  recorded: true\n  members:\n{rows}"
        "agenda:\n  - id: d1\n    title: Item d1\n    decision_sought: true\n"
        "    impacted_partnerships: [beta-apb]\n"
        f"{extra}sources: [{{file: test}}]\n"
    )


def test_yet_to_reply_leaves_out_vacant_seats_and_a_second_seat(tmp_path: Path) -> None:
    case = Case(tmp_path).edit(*ALPHA_VACANT)
    members = {
        "chair-seat": "accepted",
        "chair-beta": "no-reply",  # held by the Chair, who has accepted
        "chair-alpha": "no-reply",  # vacant: nobody to reply
        "m1": "no-reply",
        "m2": "accepted",
    }
    case.write("meetings/m-2025-11-20.yaml", _meeting("scheduled", members))
    dataset = case.load().dataset
    result = assess(dataset.meetings["m-2025-11-20"], dataset)
    assert result.uncertain == ("m1",)
    out = invoke("quorum", "m-2025-11-20", "--data", str(case.data), "--as-of", "2025-11-10")
    assert "Yet to reply: Member One\n" in out.stdout, out


def test_interest_on_a_decision_item_reaches_its_quorum(tmp_path: Path) -> None:
    case = Case(tmp_path)
    members = {s: "present" for s in ("chair-seat", "vice-seat", "m1", "m2", "m3", "m4")}
    extra = "declarations:\n  - seat: m1\n    item: d1\n    interest: Employed by Beta APB\n"
    case.write("meetings/m-2025-11-20.yaml", _meeting("held", members, extra))
    dataset = case.load().dataset
    (decision,) = assess(dataset.meetings["m-2025-11-20"], dataset).decisions
    assert [(i.seat, i.interest) for i in decision.interests] == [("m1", "Employed by Beta APB")]
    out = invoke("quorum", "m-2025-11-20", "--data", str(case.data), "--as-of", "2025-11-30")
    assert "Interest declared on this item: Member One: Employed by Beta APB" in out.stdout, out
    js = invoke(
        "quorum", "m-2025-11-20", "--data", str(case.data), "--as-of", "2025-11-30",
        "--format", "json",
    )  # fmt: skip
    assert '"interest": "Employed by Beta APB"' in js.stdout


def test_minutes_list_a_vacant_seat_as_vacant_and_keep_standing_items(tmp_path: Path) -> None:
    case = Case(tmp_path).edit(*ALPHA_VACANT)
    members = {s: "present" for s in ("chair-seat", "vice-seat", "m1", "m2", "m3", "m4", "m5")}
    case.write("meetings/m-2025-11-20.yaml", _meeting("held", members, "declarations: []\n"))
    out = invoke(
        "render", "minutes", "--meeting", "m-2025-11-20", "--data", str(case.data),
        "--as-of", "2025-11-30",
    )  # fmt: skip
    assert out.exit_code == 0, out
    text = out.stdout
    vacant = text.split("## Vacant seats", 1)[1].split("##", 1)[0]
    assert "- Chair of Alpha CSP" in vacant
    assert "## Absent" not in text  # every other seat was present (chair-beta via the Chair)
    for number, title in enumerate(
        ("Welcome and apologies", "Declarations of interest", "Minutes of the last meeting",
         "Action log"), start=1,
    ):  # fmt: skip
        assert f"### {number}. {title}" in text
    assert "### 5. Item d1" in text


def test_pack_word_table_keeps_item_numbers(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    target = tmp_path / "pack.docx"
    out = invoke(
        "render", "pack", "--format", "docx", "--output", str(target),
        "--data", str(ROOT / "tests" / "fixtures" / "render" / "data"), "--as-of", "2026-01-12",
    )  # fmt: skip
    assert out.exit_code == 0, out
    document = docx.Document(str(target))
    tables = [t for t in document.tables if t.rows[0].cells[0].text.strip() == "Item"]
    assert tables, "no table of supplied papers"
    numbers = [row.cells[0].text.strip() for row in tables[-1].rows[1:]]
    # escb-2026-01-15: papers on items 5, 6 and 7 (after the four standing items); the
    # standing items supply none, and each number must survive into Word.
    assert numbers and all(n.endswith(".") and n[:-1].isdigit() for n in numbers), numbers


def test_old_progress_text_is_shown_with_its_date() -> None:
    # Progress written on 28 November 2025, read a year later (issue 18): older than the
    # 90 days of thresholds.progress_dated_days, so the paper says when it was reported.
    old = invoke("render", "psb-update", "--data", str(ROOT / "data"), "--as-of", "2026-11-24")
    assert old.exit_code == 0, old
    assert "planned for late November. (as reported on 28 November 2025)" in old.stdout
    fresh = invoke("render", "psb-update", "--data", str(ROOT / "data"), "--as-of", "2026-01-20")
    assert "as reported on" not in fresh.stdout
