"""The presenters: the terminal at 80 columns, each sink's escaper, and the machine
formats against their schemas."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from gsscb_cli.present import escape
from tests.conftest import ROOT, invoke

AS_OF = "2026-12-01"
WIDTH = 80
SCREEN = 24


def run(*args: str, columns: int = WIDTH) -> str:
    result = invoke(
        *args, "--data", str(ROOT / "data"), "--as-of", AS_OF, env={"COLUMNS": str(columns)}
    )
    assert result.exit_code in (0, 1), result
    return result.stdout


def counts() -> tuple[int, int, int]:
    """Errors, warnings and notes on the bundled data, from the JSON report."""
    summary = json.loads(run("check", "--format", "json"))["summary"]
    return summary["errors"], summary["warnings"], summary["info"]


def test_check_at_80_columns_shows_its_summary_first_and_fits() -> None:
    errors, warnings, notes = counts()
    lines = run("check").splitlines()
    too_wide = [line for line in lines if len(line) > WIDTH]
    assert not too_wide, too_wide[:3]
    first_screen = "\n".join(lines[:SCREEN])
    assert first_screen.startswith(
        f"gsscb check, as of 2026-12-01: {errors} errors, {warnings} warnings, {notes} notes."
    )
    block = lines[1 : lines.index("")]  # the summary ends at the first blank line
    lines_by = [line.rsplit(None, 1) for line in block]
    assert lines_by[0][0].strip() == "overdue"
    assert sum(int(n) for _, n in lines_by) == errors + warnings + notes  # each on one line
    # every finding keeps path:line:col at the start of its first line, for editors
    starts = [line for line in lines if line.startswith("  data/")]
    assert len(starts) == errors + warnings + notes


def test_check_statistics_counts_per_rule() -> None:
    errors, warnings, notes = counts()
    lines = run("check", "--statistics").splitlines()
    findings = json.loads(run("check", "--format", "json"))["findings"]
    by_rule: dict[tuple[str, str], int] = {}
    for f in findings:
        key = (f["rule"], f["severity"])
        by_rule[key] = by_rule.get(key, 0) + 1
    words = {"error": "error", "warning": "warning", "info": "note"}
    got = {(line.split()[1], line.split()[2]): int(line.split()[0]) for line in lines[:-1]}
    assert got == {(rule, words[sev]): n for (rule, sev), n in by_rule.items()}
    assert [int(line.split()[0]) for line in lines[:-1]] == sorted(got.values(), reverse=True)
    assert lines[-1] == f"{errors} errors, {warnings} warnings, {notes} notes."


def test_check_verbose_adds_basis_and_citation() -> None:
    plain = run("check")
    verbose = run("check", "--verbose")
    assert "basis: statutory" in " ".join(verbose.split())
    assert verbose.count("\n") > plain.count("\n")


@pytest.mark.parametrize(
    "args",
    [
        ("deadlines",),
        ("list", "seats"),
        ("list", "partnerships"),
        ("list", "people"),
        ("list", "meetings"),
        ("list", "priorities"),
    ],
)
def test_tables_fit_80_columns_and_never_cut_an_id(args: tuple[str, ...]) -> None:
    out = run(*args)
    too_wide = [line for line in out.splitlines() if len(line) > WIDTH]
    assert not too_wide, too_wide[:3]
    assert "…" not in out
    if args[0] == "list":
        listed = json.loads(run(*args, "--format", "json"))
        words = {w.strip(";") for w in out.split()}
        for item in listed:
            assert item["id"] in words, item["id"]
            for key in ("holder", "chair"):
                if item.get(key):
                    assert item[key] in words, item[key]
    else:
        listed = json.loads(run(*args, "--format", "json"))["deadlines"]
        assert len(listed) == out.count(" late  ") + out.count(" left  ") + out.count("due today")


def test_summary_categories_follow_kind_and_due() -> None:
    import datetime as dt

    from gsscb_cli.findings import Finding, Kind, Location, Ref, Severity
    from gsscb_cli.present.view import category

    day = dt.date(2026, 12, 1)

    def fact(kind: Kind, due: dt.date | None) -> Finding:
        where = Location("data/board.yaml", 1)
        return Finding("r", Severity.WARNING, "m", where, Ref("board", "b"), kind=kind, due=due)

    assert category(fact(Kind.BREACH, dt.date(2026, 11, 30)), day) == "overdue"
    assert category(fact(Kind.BREACH, None), day) == "other"
    assert category(fact(Kind.FORECAST, dt.date(2026, 12, 20)), day) == "due-soon"
    assert category(fact(Kind.FORECAST, None), day) == "at-risk"
    assert category(fact(Kind.GAP, dt.date(2026, 1, 1)), day) == "gap"


# --- each sink's escaper ----------------------------------------------------------

HOSTILE = "a\nb\r::error::x \x1b[2J \x9b \u202e %25 <h1> [/bold] ##[add-mask]"


def test_terminal_escaper_shows_every_control_character() -> None:
    shown = escape.terminal(HOSTILE)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    assert "\x9b" not in shown and "\u202e" not in shown
    assert "\\n" in shown and "\\x1b" in shown and "\\u202e" in shown and "\\x9b" in shown


def test_github_escapers() -> None:
    assert escape.github_data("50%\r\n::x") == "50%25%0D%0A::x"
    assert escape.github_property("a:b,c") == "a%3Ab%2Cc"
    line = escape.github_line("::stop-commands::tok\n::error::x")
    assert "\n" not in line and not line.startswith("::")
    assert "##[" not in escape.github_line("x ##[add-mask]y")


def test_markdown_escaper_keeps_data_inline_and_literal() -> None:
    text = escape.markdown("<img src=x onerror=alert(1)>\n## heading\n- item | cell *b* [l](u)")
    assert "<" not in text and ">" not in text and "\n" not in text
    assert "\\|" in text and "\\*" in text and "\\[" in text and "\\#\\#" in text
    code = escape.markdown_code("a`b|c")
    assert code.startswith("``") and "\\|" in code


def test_xml_escaper_removes_what_xml_forbids() -> None:
    text = escape.xml_text("a\x00b\x1bc\ufffed")
    ET.fromstring(f"<x>{text}</x>")  # parses
    assert text == "a\\x00b\\x1bc\\ufffed"


# --- machine formats ---------------------------------------------------------------


def test_json_report_validates_against_its_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    doc = json.loads(run("check", "--format", "json"))
    jsonschema.Draft7Validator(schema).validate(doc)
    assert len(doc["findings"]) == doc["summary"]["total"] > 0


def test_junit_parses_and_every_suite_has_errors() -> None:
    root = ET.fromstring(run("check", "--format", "junit").split("\n", 1)[1])
    suites = root.findall("testsuite")
    assert suites and all(s.get("errors") == "0" for s in suites)
    assert sum(int(s.get("tests", "0")) for s in suites) == sum(counts())


def test_github_format_every_line_is_a_command_or_safe(tmp_path: Path) -> None:
    out = run("check", "--format", "github")
    lines = out.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    # at most ten annotations of each severity (GitHub shows no more); the rest are lines
    assert len(commands) == sum(min(10, n) for n in counts())
    assert min(counts()) < 10 < max(counts())  # both sides of the cap are exercised
    for line in commands:
        assert line.split(" ", 1)[0] in ("::error", "::warning", "::notice")


def test_sarif_validates_against_the_sarif_2_1_0_schema() -> None:
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    doc = json.loads(run("check", "--format", "sarif"))
    jsonschema.Draft7Validator(schema).validate(doc)
    (run_,) = doc["runs"]
    results = run_["results"]
    assert len(results) == sum(counts())
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    prints = [r["partialFingerprints"]["gsscbIdentity/v1"] for r in results]
    json_doc = json.loads(run("check", "--format", "json"))
    assert prints == [f["identity"] for f in json_doc["findings"]]


def test_sarif_of_validation_findings_validates(data_copy: Path) -> None:
    (data_copy / "partnerships" / "empty.yaml").write_text("", "utf-8")
    (data_copy / "meetings" / "bad.yaml").write_text("id: [unclosed\n", "utf-8")
    result = invoke("validate", "--data", str(data_copy), "--as-of", AS_OF, "--format", "sarif")
    assert result.exit_code == 1, result
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    doc = json.loads(result.stdout)
    jsonschema.Draft7Validator(schema).validate(doc)
    assert {r["ruleId"] for r in doc["runs"][0]["results"]} >= {"yaml-error"}
