"""Every kind of bad input named in issue 2 gives a clear message with file and line, never a traceback.

Each case mutates one file of the small fixture in tests/fixtures/minimal and states,
by hand, the rule, a fragment of the message, and the line it must point at.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, invoke

MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
PARTNERSHIP = "partnerships/test-csp.yaml"
MEETING = "meetings/tscb-2025-07-15.yaml"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def validate(data: Path, *extra: str) -> tuple[int, str]:
    # one finding a line: a terminal wide enough never to wrap
    result = invoke(
        "validate", "--data", str(data), "--format", "text", *extra, env={"COLUMNS": "100000"}
    )
    assert "Traceback" not in result.output
    return result.exit_code, result.output


Mutation = Callable[[Path], None]

CASES: list[tuple[str, str, Mutation, str, str, int]] = [
    # (name, file, mutation, rule, message fragment, line)
    (
        "bad indentation",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "  status: vacant\n", "  status: vacant\n   note: x\n"),
        "yaml-error",
        "invalid YAML",
        8,
    ),
    (
        "tab indentation",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "  status: vacant", "\tstatus: vacant"),
        "yaml-error",
        "tab character",
        7,
    ),
    (
        "unclosed quote",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "area: Testshire", 'area: "Testshire'),
        "yaml-error",
        "quoted string is not closed",
        5,
    ),
    (
        "duplicate key",
        PARTNERSHIP,
        lambda d: replace(
            d / PARTNERSHIP, "area: Testshire\n", "area: Testshire\narea: Otherton\n"
        ),
        "duplicate-key",
        "duplicate key 'area' (first at line 5)",
        6,
    ),
    (
        "no used where a boolean is expected",
        MEETING,
        lambda d: replace(d / MEETING, "decision_sought: true", "decision_sought: no"),
        "schema",
        "only true and false are booleans",
        16,
    ),
    (
        "impossible date",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "due: 2025-11-30", "due: 2025-02-30"),
        "schema",
        "'2025-02-30' is not a real date",
        18,
    ),
    (
        "date in another format",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "due: 2025-11-30", "due: 30/11/2025"),
        "schema",
        "'30/11/2025' is not an ISO date",
        18,
    ),
    (
        "wrong type",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "every_months: 3", "every_months: three"),
        "schema",
        "meets.every_months: expected a whole number, got the text 'three'",
        10,
    ),
    (
        "missing required field",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "kind: community-safety-partnership\n", ""),
        "schema",
        "required field 'kind' is missing",
        2,
    ),
    (
        "unknown field",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "area: Testshire\n", "area: Testshire\ncolour: blue\n"),
        "schema",
        "unknown field 'colour'",
        6,
    ),
    (
        "unknown reference",
        MEETING,
        lambda d: replace(d / MEETING, "      - test-csp", "      - nope-csp"),
        "unknown-reference",
        "unknown partnership 'nope-csp'",
        18,
    ),
    (
        "duplicate id",
        PARTNERSHIP,
        lambda d: replace(
            d / PARTNERSHIP,
            "sources:\n  - file: test fixture\n",
            "  - id: strategic-assessment\n    kind: strategy\n    title: Plan\n    basis: local\n"
            "    status: unknown\n    sources:\n      - file: test fixture\n"
            "sources:\n  - file: test fixture\n",
        ),
        "duplicate-id",
        "obligation 'strategic-assessment' appears more than once",
        21,
    ),
    (
        "id not matching the file name",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "id: test-csp", "id: other-csp"),
        "id-mismatch",
        "id 'other-csp' does not match the file name 'test-csp.yaml'",
        2,
    ),
    (
        "empty file",
        PARTNERSHIP,
        lambda d: (d / PARTNERSHIP).write_text(
            "# yaml-language-server: $schema=x\n\n", encoding="utf-8"
        ),
        "empty-file",
        "the file is empty",
        1,
    ),
    (
        "non-UTF-8 bytes",
        PARTNERSHIP,
        lambda d: (d / PARTNERSHIP).write_bytes(
            (d / PARTNERSHIP).read_bytes().replace(b"Testshire", b"Test\xe9shire")
        ),
        "encoding",
        "not UTF-8: byte 0xe9",
        5,
    ),
    (
        "alias",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "area: Testshire", "area: &a Testshire\nshort_name: *a"),
        "yaml-alias",
        "anchors (&a) are not allowed",
        5,
    ),
    (
        "merge key",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "meets:\n", "meets:\n  <<: {}\n"),
        "yaml-alias",
        "merge keys (<<) are not allowed",
        9,
    ),
    (
        "python tag",
        PARTNERSHIP,
        lambda d: replace(d / PARTNERSHIP, "area: Testshire", "area: !!python/object:os.system x"),
        "yaml-tag",
        "is not allowed",
        5,
    ),
    (
        "impossible date order",
        MEETING,
        lambda d: replace(
            d / MEETING, "papers_circulated: 2025-07-08", "papers_circulated: 2025-07-20"
        ),
        "impossible-date",
        "papers_circulated 2025-07-20 is after the meeting (2025-07-15)",
        6,
    ),
]


@pytest.mark.parametrize(
    ("name", "file", "mutate", "rule", "fragment", "line"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input_is_reported_with_file_and_line(
    data: Path, name: str, file: str, mutate: Mutation, rule: str, fragment: str, line: int
) -> None:
    mutate(data)
    code, output = validate(data)
    assert code == 1, output
    expected_file = (data / file).as_posix()
    matching = [
        ln for ln in output.splitlines() if f" {rule}" in ln and fragment in ln and f":{line}" in ln
    ]
    assert matching, f"no '{rule}' line at line {line} with {fragment!r} in:\n{output}"
    assert all(expected_file.split("/")[-1] in ln for ln in matching)


def test_json_output_gives_file_line_and_column(data: Path) -> None:
    replace(data / PARTNERSHIP, "due: 2025-11-30", "due: 2025-02-30")
    result = invoke("validate", "--data", str(data), "--format", "json", "--as-of", "2025-11-30")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["as_of"] == "2025-11-30"
    (finding,) = document["findings"]
    assert finding["rule"] == "schema"
    assert finding["severity"] == "error"
    assert finding["file"].endswith("partnerships/test-csp.yaml")
    assert (finding["line"], finding["column"]) == (18, 10)
    assert document["summary"]["errors"] == 1


def test_no_stays_text_where_text_is_expected(data: Path) -> None:
    replace(data / PARTNERSHIP, "area: Testshire", "area: no")
    code, output = validate(data)
    assert code == 0, output
    listed = invoke("list", "partnerships", "--data", str(data), "--format", "json")
    assert json.loads(listed.stdout)[0]["area"] == "no"


def test_oversized_file_is_refused(data: Path) -> None:
    path = data / PARTNERSHIP
    path.write_text(path.read_text() + "# padding\n" * 300_000, encoding="utf-8")
    code, output = validate(data)
    assert code == 1
    assert "file-too-large" in output and "test-csp.yaml" in output


def test_missing_data_folder_exits_2(tmp_path: Path) -> None:
    result = invoke("validate", "--data", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "data folder not found" in result.stderr
    assert "Traceback" not in result.output


def test_folder_that_is_not_a_data_folder_exits_2(tmp_path: Path) -> None:
    result = invoke("validate", "--data", str(tmp_path))
    assert result.exit_code == 2
    assert "is not a gsscb data folder" in result.stderr


def test_data_folder_without_board_yaml(data: Path) -> None:
    (data / "board.yaml").unlink()
    code, output = validate(data)
    assert code == 1
    assert "missing-file" in output and "no board.yaml" in output


def test_one_bad_file_does_not_stop_the_run(data: Path) -> None:
    replace(data / PARTNERSHIP, "area: Testshire", 'area: "Testshire')
    replace(data / MEETING, "decision_sought: true", "decision_sought: yes")
    code, output = validate(data)
    assert code == 1
    assert "test-csp.yaml:5" in output
    assert "tscb-2025-07-15.yaml:16" in output
    # the meeting's reference to the broken partnership is not reported as unknown
    assert "unknown partnership" not in output


def test_bad_as_of_is_a_usage_error(data: Path) -> None:
    result = invoke("validate", "--data", str(data), "--as-of", "30/11/2025")
    assert result.exit_code == 2
    assert "--as-of: '30/11/2025' is not a date" in result.stderr


def test_github_format_escapes_and_annotates(data: Path) -> None:
    replace(data / PARTNERSHIP, "every_months: 3", "every_months: three")
    result = invoke("validate", "--data", str(data), "--format", "github")
    assert result.exit_code == 1
    line = result.stdout.splitlines()[0]
    assert line.startswith("::error file=")
    assert ",line=10,col=17,title=schema::" in line


def test_auto_format_is_github_in_actions(data: Path) -> None:
    replace(data / PARTNERSHIP, "every_months: 3", "every_months: three")
    result = invoke("validate", "--data", str(data), env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error ")


def test_valid_fixture_passes(data: Path) -> None:
    code, output = validate(data)
    assert code == 0
    assert "No findings." in output


def test_a_seat_listed_twice_is_said_with_the_unknown_seats() -> None:
    """A repeated seat and unknown seats in one meeting: each is said, the repeat at
    its second listing."""
    import json

    from tests.bad_input_catalogue import M, fixture
    from tests.conftest import invoke

    with fixture() as data:
        text = (data / M).read_text(encoding="utf-8")
        text = text.replace("- seat: a001-health\n", "- seat: a001-police\n", 1)
        text = text.replace("- seat: a001-la-2\n", "- seat: a001-nobody\n", 1)
        text = text.replace("- seat: a001-la-3\n", "- seat: a001-none\n", 1)
        (data / M).write_text(text, encoding="utf-8")
        lines = text.splitlines()
        second = [i for i, x in enumerate(lines, 1) if x == "  - seat: a001-police"][1]
        result = invoke("validate", "--data", str(data), "--as-of", "2025-12-01", "-f", "json")
    said = [
        (f["rule"], f["line"], f["message"].split(";")[0])
        for f in json.loads(result.stdout)["findings"]
        if f["file"].endswith(M)
    ]
    assert result.exit_code == 1
    assert said == [
        ("duplicate-id", second, "seat 'a001-police' appears more than once"),
        ("unknown-reference", lines.index("  - seat: a001-nobody") + 1, "unknown seat 'a001-nobody'"),
        ("unknown-reference", lines.index("  - seat: a001-none") + 1, "unknown seat 'a001-none'"),
    ]  # fmt: skip
