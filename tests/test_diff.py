"""``gsscb diff`` end to end: a real git repository built in the test from the bundled data.

Each test commits the data, edits it as a pull request would, and checks the
plain-words lines and the findings introduced and resolved. Expected values
are read by hand from the data files (and the rules in DOMAIN.md), not copied
from the tool's output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DATA, Result, invoke

AS_OF = "2025-12-15"
TORFAEN = "Torfaen Community Safety Partnership"
GIT_ENV = {
    **os.environ,
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_DATE": "2025-12-01T12:00:00Z",
    "GIT_COMMITTER_DATE": "2025-12-01T12:00:00Z",
}


class Repo:
    """A throwaway git repository holding a data folder."""

    def __init__(self, root: Path, data_rel: str = "data") -> None:
        self.root = root
        self.data = root / data_rel
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        proc = subprocess.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
            cwd=self.root,
            env=GIT_ENV,
            capture_output=True,
            text=True,
            check=True,
        )
        return proc.stdout

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)

    def edit(self, rel: str, old: str, new: str, count: int = 1) -> None:
        path = self.data / rel
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == count, f"{rel}: expected {count} of {old!r}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def diff(self, *args: str, as_of: str = AS_OF) -> Result:
        return invoke("diff", *args, "--data", str(self.data), "--as-of", as_of)


@pytest.fixture()
def repo(tmp_path: Path) -> Repo:
    """The bundled data, committed once."""
    r = Repo(tmp_path / "clone")
    shutil.copytree(DATA, r.data)
    r.commit("the bundled data")
    return r


def lines(result: Result) -> list[str]:
    """The output's lines, stripped, with the column padding after "changed" etc. made two spaces."""
    return [
        re.sub(r"^(\w+( compared)?) {2,}", r"\1  ", line.strip())
        for line in result.stdout.splitlines()
    ]


def section(result: Result, title: str) -> list[str]:
    """The lines under a heading such as "Findings resolved (2)", up to the next blank line."""
    out = lines(result)
    start = next(i for i, line in enumerate(out) if line.startswith(title))
    block = []
    for line in out[start + 1 :]:
        if not line:
            break
        block.append(line)
    return block


# ---------------------------------------------------------------- the "done when"


def test_torfaen_given_a_chair_says_so_in_one_line_and_resolves_chair_vacant(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.edit(
        "partnerships/torfaen-csp.yaml",
        "chair:\n  status: vacant\n",
        "chair:\n  status: filled\n  person: torfaen-director\n",
    )
    monkeypatch.chdir(repo.root)
    result = invoke("diff", "HEAD", "--as-of", AS_OF)  # as the issue runs it: data/ by default
    assert result.exit_code == 0, result
    out = lines(result)
    # people.yaml: torfaen-director has no name, so the role is the label
    expected = f"changed  {TORFAEN}: chair: vacant -> Local Authority Director Level Representative, Torfaen"
    assert [line for line in out if "chair:" in line] == [expected]
    assert out[0].startswith("1 partnership changed; resolves ")
    assert "chair-vacant" in out[0] and out[0].endswith("introduces none")
    resolved = section(result, "Findings resolved")
    assert any(line.startswith("chair-vacant") and TORFAEN in line for line in resolved), resolved
    assert not any("introduced (" in line for line in out)


# ---------------------------------------------------------------- the commits a PR would bring


def test_meeting_held_with_attendance(repo: Repo) -> None:
    meeting = "meetings/gsscb-2026-02-05.yaml"
    repo.edit(meeting, "status: scheduled\n", "status: held\npapers_circulated: 2026-02-03\n")
    repo.edit(
        meeting,
        "attendance:\n  recorded: false\n",
        "attendance:\n  recorded: true\n  members:\n"
        + "".join(
            f"    - seat: {seat}\n      status: {status}\n"
            for seat, status in [
                ("pcc", "present"),
                ("acc-gwent-police", "present"),
                ("abuhb-public-health", "present"),
                ("la-newport", "present"),
                ("la-torfaen", "present"),
                ("swfrs-acfo", "present"),
                ("gavo-chief-executive", "apologies"),
            ]
        ),
    )
    repo.edit(
        meeting, "  note: No acceptances or apologies", "  # note: No acceptances or apologies"
    )
    result = repo.diff("HEAD", as_of="2026-02-20")
    assert result.exit_code == 0, result
    label = "meeting of 2026-02-05"
    out = lines(result)
    assert out[0].startswith("1 meeting changed;")
    assert f"changed  {label}: status: scheduled -> held" in out
    assert f"changed  {label}: papers circulated: not recorded -> 2026-02-03" in out
    assert f"changed  {label}: attendance: not recorded -> recorded (6 present, 1 apologies)" in out
    present = next(line for line in out if line.startswith(f"changed  {label}: present: added "))
    assert "Gwent Police and Crime Commissioner" in present and "Chief Executive" not in present
    assert (
        f"changed  {label}: apologies: added Chief Executive of Gwent Association of Voluntary Organisations"
        in out
    )
    introduced = section(result, "Findings introduced")
    # papers two days before, not seven (ToR); a held meeting must record its declarations
    assert any(line.startswith("papers-late") for line in introduced), introduced
    assert any(line.startswith("declarations-missing") for line in introduced), introduced
    assert "papers-late" in out[0] and "declarations-missing" in out[0]


def test_obligation_completed_resolves_the_overdue_finding(repo: Repo) -> None:
    # Monmouthshire's needs assessment was due by 30 November 2025 (seed 000, Appendix B)
    repo.edit(
        "partnerships/monmouthshire-csp.yaml",
        "    status: unknown\n    due: 2025-11-30\n",
        "    status: completed\n    due: 2025-11-30\n    completed: 2025-11-28\n",
    )
    result = repo.diff("HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    name = "Monmouthshire Community Safety Partnership"
    assert (
        f"changed  {name}: obligation strategic-needs-assessment-2025: completed 2025-11-28 (was unknown)"
        in out
    )
    assert out[0].startswith("1 obligation changed; resolves ")
    resolved = section(result, "Findings resolved")
    assert any(line.startswith("obligation-overdue") for line in resolved), resolved
    assert "Findings introduced: none" in out


def test_partnership_renamed_in_place(repo: Repo) -> None:
    repo.edit(
        "partnerships/torfaen-csp.yaml", f"name: {TORFAEN}\n", "name: Safer Torfaen Partnership\n"
    )
    result = repo.diff("HEAD")
    out = lines(result)
    assert (
        f"changed  Safer Torfaen Partnership: name: {TORFAEN} -> Safer Torfaen Partnership" in out
    )
    # the board refers to it by id: one change, not three
    assert out[0].startswith("1 partnership changed;")


def test_partnership_file_renamed_with_its_id(repo: Repo) -> None:
    old = repo.data / "partnerships/torfaen-csp.yaml"
    repo.git("mv", str(old), str(old.with_name("safer-torfaen.yaml")))
    for path in repo.data.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(
            re.sub(r"(?<![\w-])torfaen-csp(?![\w-])", "safer-torfaen", text), encoding="utf-8"
        )
    result = repo.diff("HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    # the board's list and the chair's seat name it by id, so they change too; so do the
    # work records that name it (funding.yaml: 3 lines' recipients; initiatives.yaml: 2;
    # issues.yaml: 3 issues raised by it)
    assert out[0] == (
        "1 board changed, 1 seat changed, 1 partnership renamed, 3 funding lines changed, "
        "2 initiatives changed, 3 issues changed; resolves none, introduces none"
    )
    seat = f"changed  seat Chair of {TORFAEN}: held by the chair of: torfaen-csp -> safer-torfaen"
    assert seat in out
    assert f"renamed  {TORFAEN}: id: torfaen-csp -> safer-torfaen" in out
    # its obligations moved with it: nothing was added or removed
    assert not any(line.startswith(("added", "removed")) for line in out), out


def test_file_deleted(repo: Repo) -> None:
    (repo.data / "priorities/winter-of-action.yaml").unlink()
    result = repo.diff("HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    assert out[0].startswith("1 priority removed;")
    removed = [line for line in out if line.startswith("removed")]
    assert len(removed) == 1
    assert removed[0].startswith("removed  Priority 4: Winter of Action (status: in-progress;")
    assert removed[0].endswith("with 3 milestones")
    # its plan was due at the end of November 2025 and is still in progress
    resolved = section(result, "Findings resolved")
    assert any(line.startswith("milestone-overdue") for line in resolved), resolved


def test_deleted_file_still_referenced_introduces_a_reference_error(repo: Repo) -> None:
    (repo.data / "partnerships/torfaen-csp.yaml").unlink()
    result = repo.diff("HEAD", "--fail-on", "error")
    assert result.exit_code == 1, result  # board.yaml still names it
    out = lines(result)
    assert any(
        line.startswith(f"removed  {TORFAEN} (kind: community-safety-partnership") for line in out
    )
    introduced = section(result, "Findings introduced")
    assert any(
        line.startswith("unknown-reference") and "torfaen-csp" in line for line in introduced
    )


def test_invalid_base_is_a_note_and_still_compared(repo: Repo) -> None:
    # the base commit has a date that does not exist; the pull request fixes it
    meeting = "meetings/gsscb-2026-02-05.yaml"
    repo.edit(meeting, "date: 2026-02-05\n", "date: 2026-02-30\n")
    repo.commit("a bad date")
    repo.edit(meeting, "date: 2026-02-30\n", "date: 2026-02-05\n")
    repo.edit("partnerships/torfaen-csp.yaml", f"name: {TORFAEN}\n", "name: Safer Torfaen\n")
    result = repo.diff("HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    assert (
        f"changed  Safer Torfaen: name: {TORFAEN} -> Safer Torfaen" in out
    )  # what loads is compared
    assert any(
        line.startswith("not compared")
        and "meeting of 2026-02-05: not compared: its file does not validate at HEAD" in line
        for line in out
    ), out
    notes = section(result, "Notes")
    assert notes and "has 1 validation error under today's schemas" in notes[0]
    assert "gsscb-2026-02-30" not in notes[0] and "2026-02-30" in notes[0]
    assert notes[0].endswith(
        "Records in "
        + str(repo.data / "meetings/gsscb-2026-02-05.yaml")
        + " could not be read there and are not compared."
    )
    resolved = section(result, "Findings resolved")
    assert any("gsscb-2026-02-05.yaml" in line and "2026-02-30" in line for line in resolved), (
        resolved
    )
    assert "gsscb-diff-" not in result.output  # no temporary path leaks into the report


def test_base_with_an_older_schema(repo: Repo) -> None:
    # an older layout: a field today's partnership schema does not know
    repo.edit(
        "partnerships/torfaen-csp.yaml", "area: Torfaen\n", "area: Torfaen\nchair_name: none\n"
    )
    repo.commit("older layout")
    repo.edit("partnerships/torfaen-csp.yaml", "chair_name: none\n", "")
    result = repo.diff("HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    assert any(
        line.startswith("not compared") and TORFAEN in line and "does not validate at HEAD" in line
        for line in out
    ), out
    assert any("chair_name" in note for note in section(result, "Notes"))
    assert any(line.startswith("schema") for line in section(result, "Findings resolved"))


def test_edited_file_invalid_on_both_sides_is_reported(repo: Repo) -> None:
    meeting = "meetings/gsscb-2026-02-05.yaml"
    repo.edit(meeting, "date: 2026-02-05\n", "date: 2026-02-30\n")
    repo.commit("a bad date")
    repo.edit(meeting, "date: 2026-02-30\n", "date: 2026-02-31\n")
    out = lines(repo.diff("HEAD"))
    assert any(
        "meetings/gsscb-2026-02-05.yaml: edited, but not compared: its file does not validate on either side"
        in line
        for line in out
    ), out


def test_new_invalid_file_and_fail_on(repo: Repo) -> None:
    (repo.data / "meetings/gsscb-2026-05-01.yaml").write_text(
        "id: gsscb-2026-05-01\n", encoding="utf-8"
    )
    result = repo.diff("HEAD", "--fail-on", "error")
    assert result.exit_code == 1, result
    out = lines(result)
    assert "added  meetings/gsscb-2026-05-01.yaml (it does not validate at the working tree)" in out
    assert any(line.startswith("schema") for line in section(result, "Findings introduced"))
    assert repo.diff("HEAD").exit_code == 0  # --fail-on defaults to never


def test_no_changes(repo: Repo) -> None:
    result = repo.diff("HEAD")
    assert result.exit_code == 0
    assert lines(result)[0] == "no change to the record; resolves none, introduces none"


# ---------------------------------------------------------------- revisions and folders


def test_base_without_a_data_folder(tmp_path: Path) -> None:
    r = Repo(tmp_path / "clone")
    (r.root / "README.md").write_text("a project before its data\n", encoding="utf-8")
    r.commit("no data yet")
    shutil.copytree(DATA, r.data)
    r.commit("the data")
    result = r.diff("HEAD~1", "HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    assert out[0].startswith("1 board added, ")
    assert "12 partnerships added" in out[0] and "6 priorities added" in out[0]
    notes = section(result, "Notes")
    assert any(n.startswith("- HEAD~1 (") and "has no data folder at data/" in n for n in notes), (
        notes
    )
    # the reverse: a head revision without the folder removes everything
    back = r.diff("HEAD", "HEAD~1")
    assert lines(back)[0].startswith("1 board removed, ")


def test_data_folder_below_the_top_and_two_revisions(tmp_path: Path) -> None:
    r = Repo(tmp_path / "clone", data_rel="records/gsscb")
    shutil.copytree(DATA, r.data)
    r.commit("data in a subfolder")
    r.edit("partnerships/torfaen-csp.yaml", "area: Torfaen\n", "area: Torfaen County Borough\n")
    r.commit("area")
    result = r.diff("HEAD~1", "HEAD")
    assert result.exit_code == 0, result
    assert f"changed  {TORFAEN}: area: Torfaen -> Torfaen County Borough" in lines(result)
    assert lines(result)[1].startswith("Compared HEAD~1 (") and " with HEAD (" in lines(result)[1]


def test_unknown_revision_is_a_usage_error(repo: Repo) -> None:
    result = repo.diff("no-such-branch")
    assert result.exit_code == 2
    assert "unknown revision 'no-such-branch'" in result.stderr
    assert "Traceback" not in result.output


def test_not_a_git_repository_is_a_usage_error(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    result = invoke(
        "diff",
        "HEAD",
        "--data",
        str(tmp_path / "data"),
        "--as-of",
        AS_OF,
        env={"GIT_CEILING_DIRECTORIES": str(tmp_path)},
    )
    assert result.exit_code == 2
    assert "not a git repository" in result.stderr


# ---------------------------------------------------------------- formats


def test_markdown_and_json(repo: Repo) -> None:
    repo.edit(
        "partnerships/torfaen-csp.yaml",
        "chair:\n  status: vacant\n",
        "chair:\n  status: filled\n  person: torfaen-director\n",
    )
    md = repo.diff("HEAD", "--format", "markdown")
    assert md.exit_code == 0
    text = md.stdout
    assert text.startswith("### Data changes: HEAD (")
    assert "**1 partnership changed; resolves" in text
    # data text is escaped for the job summary: ">" is an entity, so it can open no tag
    assert f"- **changed** {TORFAEN}: chair: vacant -&gt; Local Authority Director" in text
    assert re.search(r"^\| `chair-vacant` \| warning \| .*Torfaen", text, re.M), text
    assert "#### Findings introduced: none" in text
    assert "#### Findings still open (" in text

    js = repo.diff("HEAD", "--format", "json")
    doc = json.loads(js.stdout)
    assert doc["as_of"] == AS_OF and doc["head"] == "the working tree"
    [change] = doc["changes"]
    assert change["kind"] == "partnership" and change["key"] == "torfaen-csp"
    chair = next(f for f in change["fields"] if f["field"] == "chair")
    assert chair["old"] == "vacant" and chair["new"].startswith("Local Authority Director")
    assert "chair-vacant" in {f["rule"] for f in doc["findings"]["resolved"]}
    assert doc["findings"]["introduced"] == []


def test_output_is_deterministic(repo: Repo) -> None:
    (repo.data / "priorities/winter-of-action.yaml").unlink()
    first = repo.diff("HEAD", "--format", "json").stdout
    assert first == repo.diff("HEAD", "--format", "json").stdout


def test_rename_reword_and_moved_lines_are_not_news(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Identity is not wording: a record's new display name, lines moved down its file
    and a rule's reworded sentence introduce and resolve nothing; its findings stay open."""
    before = json.loads(repo.diff("HEAD", "--format", "json").stdout)
    open_before = {f["identity"] for f in before["findings"]["still_open"]}
    torfaen = "partnerships/torfaen-csp.yaml"
    repo.edit(torfaen, f"name: {TORFAEN}\n", "name: Safer Torfaen Partnership\n")
    repo.edit(torfaen, "id: torfaen-csp\n", "# three comment lines\n#\n#\nid: torfaen-csp\n")
    from gsscb_cli.findings import Finding

    original = Finding.__init__

    def reworded(
        self: Finding, rule: str, severity: object, message: str, *a: object, **k: object
    ) -> None:
        # only the head (the working tree under clone/) is reworded: the base is read
        # from a temporary copy, so the two sides' sentences differ
        where = a[0] if a else k["location"]
        if "/clone/" in str(where):
            message = f"reworded: {message}"
        original(self, rule, severity, message, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(Finding, "__init__", reworded)
    result = repo.diff("HEAD", "--format", "json")
    assert result.exit_code == 0, result
    doc = json.loads(result.stdout)
    assert doc["findings"]["introduced"] == [] and doc["findings"]["resolved"] == []
    still_open = doc["findings"]["still_open"]
    assert {f["identity"] for f in still_open} == open_before
    torfaen_findings = [f for f in still_open if f["file"].endswith(torfaen)]
    assert torfaen_findings, "the renamed partnership has findings to keep"
    assert all(f["message"].startswith("reworded: ") for f in torfaen_findings)
    assert "resolves none, introduces none" in doc["verdict"]


# ---------------------------------------------------------------- trust (issue 13)


def test_a_file_that_becomes_invalid_leaves_its_findings_unknown_not_resolved(repo: Repo) -> None:
    # at the base Torfaen's chair is vacant (chair-vacant); the pull request breaks the file
    repo.edit("partnerships/torfaen-csp.yaml", "area: Torfaen\n", "area: Torfaen\nbogus: 1\n")
    result = repo.diff("HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    resolved = (
        section(result, "Findings resolved")
        if any(line.startswith("Findings resolved (") for line in out)
        else []
    )
    assert not any("chair-vacant" in line for line in resolved), resolved
    unknown = section(result, "Findings unknown")
    assert any(line.startswith("chair-vacant") and TORFAEN in line for line in unknown), unknown
    assert out[0].startswith("1 partnership not compared; resolves none, ")
    assert out[0].endswith(" findings unknown (a file no longer validates)"), out[0]
    # the seat that takes its holder from Torfaen's file is unknown too, not resolved
    assert any(line.startswith("seat-vacant") and TORFAEN in line for line in unknown), unknown
    notes = section(result, "Notes")
    assert any(
        note.startswith("- " + str(repo.data / "partnerships/torfaen-csp.yaml"))
        and "does not validate at the working tree" in note
        and "cannot be judged there, so they are unknown, not resolved" in note
        for note in notes
    ), notes
    # the schema error itself is introduced, and the record is "not compared"
    assert any(line.startswith("schema") for line in section(result, "Findings introduced"))
    assert any(line.startswith("not compared") and TORFAEN in line for line in out), out
    doc = json.loads(repo.diff("HEAD", "--format", "json").stdout)
    assert any(f["rule"] == "chair-vacant" for f in doc["findings"]["unknown"])
    assert not any(f["rule"] == "chair-vacant" for f in doc["findings"]["resolved"])
    md = repo.diff("HEAD", "--format", "markdown").stdout
    assert "#### Findings unknown: their file no longer validates, so not resolved (" in md
