"""``gsscb new meeting`` and ``gsscb new partnership``: records that validate, written safely.

Expected values are worked out by hand: the final Terms of Reference (seed 000,
Appendix A) list 23 seats' worth of members (eleven named roles, counting the five
local authority directors, the chairs of eleven partnerships, and the Wales Safer
Communities Board and Network); papers go out seven days before; quorum is the
Chair or Vice Chair plus five other members. The catalogue rows come from
REQUIREMENTS.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest
import typer.main

from gsscb_cli.cli import app
from gsscb_cli.load import load
from gsscb_cli.quorum import assess
from gsscb_cli.words import sentence
from tests.conftest import invoke

AS_OF = "2025-11-30"
NEW = "gsscb-2026-03-19"

OTHER_MEMBERS = [
    "acc-gwent-police",
    "abuhb-public-health",
    "la-newport",
    "swfrs-acfo",
    "hmpps-pdu-head",
]


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def new_meeting(data: Path, *args: str, as_of: str = AS_OF) -> object:
    return invoke("new", "meeting", "--data", str(data), "--as-of", as_of, *args)


def set_replies(path: Path, replies: dict[str, str], everyone_else: str | None = None) -> None:
    """Edit the scaffolded YAML as an officer would, seat by seat."""
    text = path.read_text(encoding="utf-8")
    if everyone_else is not None:
        text = text.replace("      status: no-reply\n", f"      status: {everyone_else}\n")
    for seat, status in replies.items():
        text, count = re.subn(
            rf"(    - seat: {re.escape(seat)}(?:  #[^\n]*)?\n      status: )[a-z-]+\n",
            rf"\g<1>{status}\n",
            text,
        )
        assert count == 1, seat
    path.write_text(text, encoding="utf-8")


# ------------------------------------------------------------------- meeting


def test_new_meeting_validates_and_lists_every_seat(data_copy: Path) -> None:
    before = snapshot(data_copy)
    result = new_meeting(data_copy, "--date", "2026-03-19")
    assert result.exit_code == 0, result
    path = data_copy / "meetings" / f"{NEW}.yaml"
    assert str(path) in result.stdout and "Next:" in result.stdout
    after = snapshot(data_copy)
    assert set(after) - set(before) == {f"meetings/{NEW}.yaml"}, "only the new file is written"
    assert {k: v for k, v in after.items() if k in before} == before, "nothing else changes"

    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/meeting.schema.json\n")
    assert "2026-03-12" in text  # papers: seven days before 19 March 2026

    validated = invoke("validate", "--data", str(data_copy), "--as-of", AS_OF, "--format", "json")
    assert validated.exit_code == 0, validated.stdout
    assert NEW not in validated.stdout

    dataset = load(data_copy).dataset
    meeting = dataset.meetings[NEW]
    assert (meeting.status, meeting.kind, meeting.date) == (
        "scheduled",
        "ordinary",
        dt.date(2026, 3, 19),
    )
    assert dataset.board is not None
    seats = [e.seat for e in meeting.attendance.members]
    assert len(seats) == 23
    assert seats == [s.id for s in dataset.board.seats]
    assert {e.status for e in meeting.attendance.members} == {"no-reply"}
    # the standing items under the ids the papers know (domain/meetings.py)
    assert [a.id for a in meeting.agenda] == [
        "apologies",
        "declarations",
        "previous-minutes",
        "action-log",
        "aob",
    ]
    minutes = meeting.agenda[2]
    assert minutes.summary is not None and "15 September 2025" in str(
        minutes.summary
    )  # the last held meeting
    assert "Appendix A, Administration" in (meeting.source or "")


def test_extraordinary_meeting_has_no_routine_items(data_copy: Path) -> None:
    result = new_meeting(data_copy, "--date", "2026-03-19", "--kind", "extraordinary")
    assert result.exit_code == 0, result
    meeting = load(data_copy).dataset.meetings[NEW]
    assert meeting.kind == "extraordinary"
    assert [a.id for a in meeting.agenda] == ["apologies", "declarations"]
    assert (
        "Extraordinary meetings may be convened if necessary"
        in (data_copy / "meetings" / f"{NEW}.yaml").read_text()
    )


def test_forecast_once_attendance_is_filled_in(data_copy: Path) -> None:
    assert new_meeting(data_copy, "--date", "2026-03-19").exit_code == 0
    path = data_copy / "meetings" / f"{NEW}.yaml"

    def forecast() -> tuple[str, str]:
        result = load(data_copy)
        result_q = assess(result.dataset.meetings[NEW], result.dataset)
        return result_q.verdict, sentence(result_q.statement)

    # Nobody has replied: a forecast, but the outcome is open.
    verdict, statement = forecast()
    assert verdict == "at-risk" and statement.startswith("Forecast:")
    # The Chair (the Commissioner) and four others accept, one has not replied, the rest
    # send apologies: one reply could still make it quorate.
    accepted = {"pcc": "accepted", **{seat: "accepted" for seat in OTHER_MEMBERS[:4]}}
    set_replies(path, {**accepted, "hmpps-pdu-head": "no-reply"}, everyone_else="apologies")
    assert forecast()[0] == "at-risk"
    # That member sends apologies: the Chair plus four others is short by one.
    set_replies(path, {"hmpps-pdu-head": "apologies"})
    verdict, statement = forecast()
    assert verdict == "not-quorate", statement
    # They accept after all: the Chair plus five other members is quorate.
    set_replies(path, {"hmpps-pdu-head": "accepted"})
    verdict, statement = forecast()
    assert verdict == "quorate", statement
    assert "the Chair expected, with 5 other members" in statement


def test_quorum_command_forecasts_the_new_meeting(data_copy: Path) -> None:
    assert "quorum" in typer.main.get_group(app).commands
    assert new_meeting(data_copy, "--date", "2026-03-19").exit_code == 0
    set_replies(
        data_copy / "meetings" / f"{NEW}.yaml",
        {"pcc": "accepted", **{s: "accepted" for s in OTHER_MEMBERS}},
    )
    result = invoke("quorum", NEW, "--data", str(data_copy), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result
    report = json.loads(result.stdout)
    assert (report["mode"], report["verdict"]) == ("forecast", "quorate")
    assert (report["presiding"], report["others_count"]) == ("chair", 5)


def test_meeting_on_the_as_of_day_is_allowed(data_copy: Path) -> None:
    assert new_meeting(data_copy, "--date", AS_OF).exit_code == 0
    assert (data_copy / "meetings" / f"gsscb-{AS_OF}.yaml").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "2025-11-29"), "is in the past (as of 2025-11-30)"),
        (
            ("--date", "2026-02-05"),
            "a meeting on 2026-02-05 already exists: gsscb-2026-02-05 (scheduled)",
        ),
        (("--date", "2025-12-04"), "already exists: gsscb-2025-12-04 (cancelled)"),
        (("--date", "2026-02-30"), "'2026-02-30' is not a date"),
        (("--date", "19/03/2026"), "is not a date"),
        (("--date", "2026-03-19", "--kind", "special"), "unknown meeting kind 'special'"),
    ],
)
def test_new_meeting_refusals(data_copy: Path, args: tuple[str, ...], message: str) -> None:
    before = snapshot(data_copy)
    result = new_meeting(
        data_copy, *args, as_of="2025-11-30" if "2025-12-04" not in args else "2025-12-01"
    )
    assert result.exit_code == 2, result
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(data_copy) == before, "nothing is written"


def test_existing_file_is_never_overwritten(data_copy: Path) -> None:
    from gsscb_cli.errors import UsageError
    from gsscb_cli.scaffold import create_file

    path = data_copy / "meetings" / "gsscb-2026-02-05.yaml"
    original = path.read_bytes()
    with pytest.raises(UsageError, match="already exists"):
        create_file(path, "id: replaced\n")
    assert path.read_bytes() == original
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")], (
        "no temporary file left"
    )


# --------------------------------------------------------------- partnership


def new_partnership(data: Path, *args: str) -> object:
    return invoke("new", "partnership", "--data", str(data), "--as-of", AS_OF, *args)


def test_new_csp_has_the_catalogue_obligations(data_copy: Path) -> None:
    before = snapshot(data_copy)
    result = new_partnership(
        data_copy,
        "test-csp",
        "--kind",
        "community-safety-partnership",
        "--name",
        "Test CSP",
        "--area",
        "Gwent",
    )
    assert result.exit_code == 0, result
    assert set(snapshot(data_copy)) - set(before) == {"partnerships/test-csp.yaml"}
    validated = invoke("validate", "--data", str(data_copy), "--as-of", AS_OF)
    assert validated.exit_code == 0, validated.stdout
    p = load(data_copy).dataset.partnerships["test-csp"]
    assert (str(p.name), p.area, p.kind) == ("Test CSP", "Gwent", "community-safety-partnership")
    assert (p.chair.status, p.meets_status) == ("unknown", "unknown")
    obligations = {o.kind: o for o in p.obligations}
    # REQUIREMENTS.md: the CSP rows that name an obligation kind.
    assert set(obligations) == {
        "needs-assessment",
        "strategy",
        "information-sharing-agreement",
        "scrutiny",
        "review-arrangements",
        "asb-case-review",
        "asb-case-review-data",
    }
    assert {o.status for o in p.obligations} == {"unknown"}
    assert obligations["needs-assessment"].verified is False  # "unverified" in the table
    assert obligations["scrutiny"].verified is True
    assert obligations["information-sharing-agreement"].basis == "guidance"
    assert obligations["needs-assessment"].basis == "statutory"
    assert obligations["needs-assessment"].requirement == "csp-strategic-assessment"
    assert obligations["needs-assessment"].every_months == 12


def test_new_safeguarding_board(data_copy: Path) -> None:
    result = new_partnership(data_copy, "test-safeguarding-board", "--kind", "safeguarding-board")
    assert result.exit_code == 0, result
    text = (data_copy / "partnerships" / "test-safeguarding-board.yaml").read_text(encoding="utf-8")
    assert text.startswith(
        "# yaml-language-server: $schema=../../schemas/partnership.schema.json\n"
    )
    p = load(data_copy).dataset.partnerships["test-safeguarding-board"]
    # Annual plan by 31 March, annual report by 31 July (Social Services and Well-being (Wales) Act 2014 s.136).
    assert sorted(o.kind for o in p.obligations) == ["annual-report", "delivery-plan"]
    assert "YYYY-03-31" in text and "YYYY-07-31" in text
    assert str(p.name) == "Test Safeguarding Board"  # derived from the id, and said so
    assert "derived from the id" in text
    assert p.area == "unknown"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("torfaen-csp", "--kind", "community-safety-partnership"),
            "a partnership 'torfaen-csp' already exists",
        ),
        (
            ("Torfaen CSP", "--kind", "community-safety-partnership"),
            "'Torfaen CSP' is not a valid id",
        ),
        (("-x", "--kind", "community-safety-partnership"), "No such option"),
        (("new-board", "--kind", "csp"), "unknown partnership kind 'csp': choose one of"),
        (("new-board", "--kind", "vawdasv-board", "--name", " "), "--name must not be empty"),
    ],
)
def test_new_partnership_refusals(data_copy: Path, args: tuple[str, ...], message: str) -> None:
    before = snapshot(data_copy)
    result = new_partnership(data_copy, *args)
    assert result.exit_code == 2, result
    assert message in result.output
    assert "Traceback" not in result.output
    assert snapshot(data_copy) == before


# ------------------------------------------------------------------- one vocabulary (issue 13)


def _agenda(data: Path, meeting: str = NEW) -> str:
    result = invoke("render", "agenda", "--data", str(data), "--as-of", AS_OF, "--meeting", meeting)
    assert result.exit_code == 0, result
    return result.stdout


def _headings(markdown: str) -> list[str]:
    return [
        re.sub(r"^## \d+\. ", "", line) for line in markdown.splitlines() if line.startswith("## ")
    ]


def test_a_new_meetings_agenda_shows_each_standing_item_once(data_copy: Path) -> None:
    # main's scaffold wrote declarations-of-interest, minutes-of-last-meeting and
    # any-other-business, which the agenda printed again as business items
    assert new_meeting(data_copy, "--date", "2026-03-19").exit_code == 0
    headings = _headings(_agenda(data_copy))
    for title in (
        "Welcome and apologies",
        "Declarations of interest",
        "Minutes of the last meeting",
        "Action log",
        "Any other business",
        "Date of next meeting",
    ):
        assert headings.count(title) == 1, (title, headings)
    assert len(headings) == 6, headings  # no business items yet
    # the minutes item's summary from the scaffold is shown under its standing heading
    assert "15 September 2025" in _agenda(data_copy)


def test_older_standing_ids_are_read_as_the_standing_item(data_copy: Path) -> None:
    assert new_meeting(data_copy, "--date", "2026-03-19").exit_code == 0
    path = data_copy / "meetings" / f"{NEW}.yaml"
    text = path.read_text(encoding="utf-8")
    for new, old in (
        ("declarations", "declarations-of-interest"),
        ("previous-minutes", "minutes-of-last-meeting"),
        ("aob", "any-other-business"),
    ):
        text = text.replace(f"  - id: {new}\n", f"  - id: {old}\n")
    path.write_text(text, encoding="utf-8")
    headings = _headings(_agenda(data_copy))
    assert len(headings) == 6 and headings.count("Declarations of interest") == 1, headings


def test_aob_has_one_default_for_the_scaffold_and_the_papers(data_copy: Path) -> None:
    # board.yaml records aob_at_chair_discretion: true; without it, neither the scaffold
    # nor the agenda says AOB is at the Chair's discretion (main: the scaffold said yes)
    board = data_copy / "board.yaml"
    board.write_text(
        board.read_text(encoding="utf-8").replace("  aob_at_chair_discretion: true\n", ""),
        encoding="utf-8",
    )
    assert new_meeting(data_copy, "--date", "2026-03-19").exit_code == 0
    text = (data_copy / "meetings" / f"{NEW}.yaml").read_text(encoding="utf-8")
    assert 'title: "Any other business"' in text or "title: Any other business\n" in text, text
    agenda = _agenda(data_copy)
    assert "Any other business.\n" in agenda and "discretion of the Chair" not in agenda


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_users_umask(data_copy: Path, umask: int, mode: int) -> None:
    import os
    import stat

    old = os.umask(umask)
    try:
        assert new_meeting(data_copy, "--date", "2026-03-19").exit_code == 0
    finally:
        os.umask(old)
    path = data_copy / "meetings" / f"{NEW}.yaml"
    assert stat.S_IMODE(path.stat().st_mode) == mode  # main: always 0600 (mkstemp)


def test_an_open_obligation_has_one_definition() -> None:
    import dataclasses

    from gsscb_cli.model.types import Obligation, Text

    ob = Obligation("x", "p", "needs-assessment", Text("x"), "statutory", "not-started")
    states = {
        status: dataclasses.replace(ob, status=status).open
        for status in ("not-started", "in-progress", "unknown", "completed", "standing")
    }
    assert states == {
        "not-started": True,
        "in-progress": True,
        "unknown": True,
        "completed": False,
        "standing": False,
    }
    # a cyclic obligation's completion starts its next cycle: open again
    again = dataclasses.replace(
        ob, status="completed", every_months=12, completed=dt.date(2025, 1, 1)
    )
    assert again.open and not again.done
