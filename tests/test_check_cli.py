"""The commands of issue 4 end to end: check (selection, exit codes, formats), deadlines
(the needs-assessment acceptance), compliance and quorum. Every run pins --as-of."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import DATA, invoke
from tests.fixtures.rules.harness import BASE

AS_OF = "2025-11-30"


@pytest.fixture()
def base(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(BASE, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), "utf-8")


def check(data: Path, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return invoke("check", "--data", str(data), "--as-of", AS_OF, *args, env=env)


# ------------------------------------------------------------------ gsscb check


def test_clean_data_exits_0(base: Path) -> None:
    result = check(base)
    assert result.exit_code == 0, result
    assert result.stdout.strip() == "gsscb check, as of 2025-11-30: No findings."


def test_fail_on_levels(base: Path) -> None:
    # A warning (priority-no-lead) and nothing worse.
    edit(base / "priorities/p-one.yaml", "lead: p-chair\n", "")
    assert check(base).exit_code == 0
    assert check(base, "--fail-on", "warning").exit_code == 1
    # An error (a held meeting that was not quorate).
    edit(base / "meetings/m-2025-09-10.yaml", "    - {seat: m5, status: present}\n", "")
    edit(base / "meetings/m-2025-09-10.yaml", "    - {seat: m4, status: present}\n", "")
    edit(base / "meetings/m-2025-09-10.yaml", "    - {seat: chair-alpha, status: present}\n", "")
    result = check(base)
    assert result.exit_code == 1
    text = " ".join(result.stdout.split())  # findings wrap at the terminal's width
    assert "meeting m-2025-09-10" in text
    assert "error meeting-quorum: Present: the Chair, with 4 other" in text
    assert check(base, "--fail-on", "never").exit_code == 0


def test_unknown_rule_ids_are_usage_errors(base: Path) -> None:
    for option in ("--select", "--ignore"):
        result = check(base, option, "meeting-quorate")
        assert result.exit_code == 2, result
        assert f"{option}: unknown rule 'meeting-quorate'" in result.stderr
        assert "meeting-quorum" in result.stderr  # suggested
        assert "Traceback" not in result.output


def test_select_and_ignore(base: Path) -> None:
    edit(base / "priorities/p-one.yaml", "lead: p-chair\n", "")  # priority-no-lead
    edit(base / "meetings/m-2025-09-10.yaml", "declarations: []\n", "")  # declarations-missing
    both = check(base, "--format", "json")
    assert {f["rule"] for f in json.loads(both.stdout)["findings"]} == {
        "priority-no-lead",
        "declarations-missing",
    }
    only = check(base, "--select", "priority-no-lead", "--format", "json")
    assert [f["rule"] for f in json.loads(only.stdout)["findings"]] == ["priority-no-lead"]
    comma = check(base, "--select", "priority-no-lead,declarations-missing", "--format", "json")
    assert len(json.loads(comma.stdout)["findings"]) == 2
    ignored = check(base, "--ignore", "priority-no-lead", "--format", "json")
    assert [f["rule"] for f in json.loads(ignored.stdout)["findings"]] == ["declarations-missing"]


def test_validation_findings_show_unless_ignored(base: Path) -> None:
    # An invalid priority file: the schema finding shows even when selecting a rule.
    edit(base / "priorities/p-one.yaml", "status: in-progress", "status: ongoing")
    selected = check(base, "--select", "meeting-cadence", "--format", "json")
    assert [f["rule"] for f in json.loads(selected.stdout)["findings"]] == ["schema"]
    assert selected.exit_code == 1
    ignored = check(base, "--ignore", "schema", "--format", "json")
    rules = {f["rule"] for f in json.loads(ignored.stdout)["findings"]}
    # The priority is left out of the model, so priorities-review sees none agreed yet
    # (still within a year of the first meeting): no findings at all.
    assert rules == set()
    only = check(base, "--select", "schema", "--format", "json")
    assert [f["rule"] for f in json.loads(only.stdout)["findings"]] == ["schema"]


def test_json_is_one_document_with_basis_and_due(base: Path) -> None:
    # approved 2025-10-01 (at the board's next meeting), published within 42 days of it:
    # due 2025-11-12, not published by 2025-11-30
    edit(
        base / "meetings/m-2025-09-10.yaml",
        "  approved: 2025-10-20\n  published: 2025-10-22\n",
        "  approved: 2025-10-01\n",
    )
    doc = json.loads(check(base, "--format", "json").stdout)
    (finding,) = doc["findings"]
    assert finding["rule"] == "minutes-unpublished"
    assert finding["subject"] == "meeting:m-2025-09-10"
    assert finding["due"] == "2025-11-12" and finding["basis"] == "terms-of-reference"
    assert (
        finding["file"].endswith("meetings/m-2025-09-10.yaml") and finding["line"] == 21
    )  # minutes:
    assert doc["summary"]["warnings"] == 1 and doc["as_of"] == AS_OF


def test_github_format_annotates_and_writes_the_step_summary(base: Path, tmp_path: Path) -> None:
    edit(
        base / "partnerships/alpha-csp.yaml",
        "  status: filled\n  person: p-alpha\n",
        "  status: vacant\n",
    )
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", "utf-8")
    result = check(base, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 0, result  # warnings only
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert any(
        a.startswith("::warning file=")
        and "title=chair-vacant" in a
        and "partnership:alpha-csp" in a
        for a in annotations
    )
    text = summary.read_text("utf-8")
    assert text.startswith("# earlier step\n## gsscb check (as of 2025-11-30)")
    assert "| Warning | `chair-vacant` | partnership:alpha-csp |" in text


def test_auto_format_is_github_in_actions(base: Path) -> None:
    edit(base / "priorities/p-one.yaml", "lead: p-chair\n", "")
    result = check(base, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::warning file=")


def test_junit_and_markdown(base: Path) -> None:
    edit(base / "priorities/p-one.yaml", "lead: p-chair\n", "")
    junit = check(base, "--format", "junit")
    root = ET.fromstring(junit.stdout)
    assert "priority-no-lead" in ET.tostring(root, encoding="unicode")
    markdown = check(base, "--format", "markdown")
    assert "| Warning | `priority-no-lead` | priority:p-one |" in markdown.stdout


# ------------------------------------------------------------------ gsscb deadlines


def deadlines(*args: str, data: Path = DATA):  # type: ignore[no-untyped-def]
    return invoke("deadlines", "--data", str(data), *args)


def test_needs_assessment_acceptance_on_the_bundled_data() -> None:
    # Hand-checked: the earliest needs-assessment due date in data/ is Newport CSP's,
    # last completed March 2024 (recorded 2024-03-31) on the catalogue's 12-month cycle:
    # due 2025-03-31. Blaenau Gwent's own "by April 2026" (2026-04-30) is overdue by 2026-11-24.
    args = ("--kind", "needs-assessment", "--overdue", "--fail-on", "error")
    today = deadlines(*args, "--as-of", "2026-11-24")
    assert today.exit_code == 1, today
    rows = json.loads(deadlines(*args, "--as-of", "2026-11-24", "--format", "json").stdout)
    titles = [r["title"] for r in rows["deadlines"]]
    assert "New CSP Strategic Needs Assessment by April 2026" in titles
    assert {r["kind"] for r in rows["deadlines"]} == {"needs-assessment"}
    for day in ("2025-03-30", "2025-03-31"):
        before = deadlines(*args, "--as-of", day)
        assert before.exit_code == 0, before
        assert "none" in before.stdout
    assert deadlines(*args, "--as-of", "2025-04-01").exit_code == 1


def test_deadlines_soonest_first_with_days(base: Path) -> None:
    # alpha-csp's needs assessment is due 2026-04-01; p-one's milestone 2026-03-01.
    result = deadlines("--as-of", "2026-03-15", "--format", "json", data=base)
    rows = json.loads(result.stdout)["deadlines"]
    assert [(r["item"], r["due"], r["days_left"], r["severity"]) for r in rows] == [
        ("survey", "2026-03-01", -14, "warning"),
        ("needs-2025", "2026-04-01", 17, "info"),
    ]
    assert result.exit_code == 0  # --fail-on defaults to never
    text = deadlines("--as-of", "2026-03-15", data=base)
    assert text.stdout.index("14 days late") < text.stdout.index("17 days left")
    only = deadlines("--as-of", "2026-03-15", "--kind", "milestone", "--format", "json", data=base)
    assert [r["item"] for r in json.loads(only.stdout)["deadlines"]] == ["survey"]
    narrow = deadlines("--as-of", "2026-03-15", "--within", "10", "--format", "json", data=base)
    assert [r["item"] for r in json.loads(narrow.stdout)["deadlines"]] == ["survey"]
    overdue = deadlines("--as-of", "2026-03-15", "--overdue", "--fail-on", "warning", data=base)
    assert overdue.exit_code == 1


def test_deadlines_bad_options(base: Path) -> None:
    bad_kind = deadlines("--as-of", AS_OF, "--kind", "needs-assesment", data=base)
    assert bad_kind.exit_code == 2 and "unknown kind 'needs-assesment'" in bad_kind.stderr
    bad_within = deadlines("--as-of", AS_OF, "--within", "-1", data=base)
    assert bad_within.exit_code == 2


def test_deadlines_github_format(base: Path) -> None:
    result = deadlines(
        "--as-of", "2026-04-02", "--overdue", "--fail-on", "error", "--format", "github", data=base
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    # Soonest first: the milestone due 2026-03-01 (a warning), then the obligation due
    # 2026-04-01 (an error).
    assert lines[0].startswith("::warning file=") and "title=milestone-overdue" in lines[0]
    assert lines[1].startswith("::error file=") and "title=obligation-overdue" in lines[1]


# ------------------------------------------------------------------ gsscb compliance


def test_compliance_grouped_with_basis_and_source(base: Path) -> None:
    edit(
        base / "partnerships/alpha-csp.yaml",
        "  status: filled\n  person: p-alpha\n",
        "  status: vacant\n",
    )
    result = invoke("compliance", "--data", str(base), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result
    groups = {g["id"]: g for g in json.loads(result.stdout)["groups"]}
    assert list(groups) == ["alpha-csp", "beta-apb", "board"]
    assert [f["rule"] for f in groups["alpha-csp"]["findings"]] == ["chair-vacant"]
    assert groups["beta-apb"]["findings"] == []
    assert [f["rule"] for f in groups["board"]["findings"]] == ["seat-vacant"]
    # the fixture board names no ToR document: the citation says "Terms of Reference"
    assert groups["alpha-csp"]["findings"][0]["source"] == "Terms of Reference, Membership"
    text = invoke("compliance", "--data", str(base), "--as-of", AS_OF, "--partnership", "alpha-csp")
    assert "Alpha Community Safety Partnership (alpha-csp): 1 gap" in text.stdout
    assert "basis: terms-of-reference | source: Terms of Reference, Membership" in text.stdout
    assert "Test Safer Communities Board" not in text.stdout
    strict = invoke("compliance", "--data", str(base), "--as-of", AS_OF, "--fail-on", "warning")
    assert strict.exit_code == 1


def test_compliance_unknown_partnership(base: Path) -> None:
    result = invoke("compliance", "--data", str(base), "--as-of", AS_OF, "--partnership", "gamma")
    assert result.exit_code == 2 and "unknown partnership 'gamma'" in result.stderr


# ------------------------------------------------------------------ gsscb quorum

SCHEDULED = """\
id: m-2025-12-10
date: 2025-12-10
kind: ordinary
status: scheduled
attendance:
  recorded: true
  members:
    - {seat: chair-seat, status: accepted}
    - {seat: vice-seat, status: apologies}
    - {seat: m1, status: accepted}
    - {seat: m2, status: accepted}
    - {seat: m3, status: accepted, deputy: {name: Dee Deputy, agreed_by_chair: false, delegated_authority: true}}
    - {seat: m4, status: no-reply}
    - {seat: m5, status: no-reply}
  guests:
    - {name: Gwen Guest, organisation: Wales Violence Prevention Unit, purpose: item 2}
agenda:
  - id: plan
    title: Agree the plan
    decision_sought: true
    impacted_partnerships: [alpha-csp, beta-apb]
sources: [{file: test}]
"""


def test_quorum_forecast_text(base: Path) -> None:
    (base / "meetings/m-2025-12-10.yaml").write_text(SCHEDULED, "utf-8")
    result = invoke("quorum", "next", "--data", str(base), "--as-of", AS_OF)
    assert result.exit_code == 0, result
    out = " ".join(result.stdout.split())
    # Chair + m1 + m2 accepted = 2 others; m3's deputy is not agreed by the Chair; m4 and
    # m5 yet to reply (4 at best): not quorate. alpha-csp's chair has not been asked.
    assert "Meeting quorum: NOT QUORATE" in out
    assert "with 2 other members (at least 5 required)" in out
    assert "Dee Deputy for Member Three: not agreed by the Chair" in out
    assert "Gwen Guest (Wales Violence Prevention Unit, item 2)" in out
    assert "Yet to reply: Member Four, Member Five" in out
    assert "deputy: Dee Deputy (not approved)" in out
    assert "the chair of Alpha Community Safety Partnership is not expected" in out
    assert "via-holder" in out  # chair-beta: the Chair holds it too


def test_quorum_json_and_fail_on(base: Path) -> None:
    (base / "meetings/m-2025-12-10.yaml").write_text(SCHEDULED, "utf-8")
    result = invoke(
        "quorum", "m-2025-12-10", "--data", str(base), "--as-of", AS_OF, "--format", "json"
    )
    doc = json.loads(result.stdout)
    assert (doc["mode"], doc["verdict"], doc["others_count"]) == ("forecast", "not-quorate", 2)
    assert doc["yet_to_reply"] == ["m4", "m5"]
    (decision,) = doc["decisions"]
    assert decision["verdict"] == "not-quorate"
    assert decision["missing_chairs"] == ["alpha-csp"] and decision["present_chairs"] == [
        "beta-apb"
    ]
    assert {f["rule"] for f in doc["findings"]} == {
        "meeting-quorum",
        "decision-quorum",
        "deputy-authority",
    }
    failing = invoke(
        "quorum", "m-2025-12-10", "--data", str(base), "--as-of", AS_OF, "--fail-on", "warning"
    )
    assert failing.exit_code == 1


def test_quorum_unknown_meeting(base: Path) -> None:
    result = invoke("quorum", "m-1999-01-01", "--data", str(base), "--as-of", AS_OF)
    assert result.exit_code == 2 and "unknown meeting 'm-1999-01-01'" in result.stderr
    none = invoke("quorum", "next", "--data", str(base), "--as-of", AS_OF)
    assert none.exit_code == 2 and "no scheduled meeting on or after 2025-11-30" in none.stderr
