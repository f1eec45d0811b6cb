"""The calendar checked independently of the library that wrote it.

Two checks that do not use ``icalendar``: the ``ical`` package (a separate,
strict RFC 5545 implementation, the one Home Assistant imports calendars with),
and a hand-written reading of the RFC's syntax rules (section 3.1: CRLF line
ends, lines folded at 75 octets; section 3.6: BEGIN/END nesting; section 3.6.1:
the properties every VEVENT must have).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gsscb_cli.calendar import Entry, to_ical
from tests.conftest import invoke

AS_OF = "2025-11-30"


def line_problems(content: bytes) -> list[str]:
    """Breaches of RFC 5545's content-line rules, by hand."""
    problems: list[str] = []
    if not content.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    if content.replace(b"\r\n", b"").count(b"\n") or content.replace(b"\r\n", b"").count(b"\r"):
        problems.append("a bare LF or CR")
    physical = content.split(b"\r\n")[:-1]
    for number, line in enumerate(physical, start=1):
        if len(line) > 75:
            problems.append(f"line {number} is {len(line)} octets (over 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number} splits a UTF-8 character")
    # Unfold, then check nesting and the VEVENT's required properties.
    logical: list[str] = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            logical[-1] += line[1:].decode("utf-8", "replace")
        else:
            logical.append(line.decode("utf-8", "replace"))
    stack: list[str] = []
    props: dict[str, int] = {}
    for line in logical:
        name = line.split(":", 1)[0].split(";", 1)[0].upper()
        if ":" not in line:
            problems.append(f"not a content line: {line!r}")
        elif name == "BEGIN":
            stack.append(line.split(":", 1)[1])
            if stack[-1] == "VEVENT":
                props = {}
        elif name == "END":
            component = line.split(":", 1)[1]
            if not stack or stack.pop() != component:
                problems.append(f"END:{component} does not close the open component")
            elif component == "VEVENT":
                for required in ("UID", "DTSTAMP", "DTSTART"):
                    if props.get(required) != 1:
                        problems.append(f"a VEVENT has {props.get(required, 0)} {required}")
        elif stack and stack[-1] == "VEVENT":
            props[name] = props.get(name, 0) + 1
    if stack:
        problems.append(f"unclosed components: {stack}")
    if not logical or logical[0] != "BEGIN:VCALENDAR" or logical[-1] != "END:VCALENDAR":
        problems.append("the file is not one VCALENDAR")
    return problems


@pytest.fixture(scope="module")
def ics(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from tests.conftest import DATA

    out = tmp_path_factory.mktemp("cal") / "board.ics"
    result = invoke("calendar", "--data", str(DATA), "--as-of", AS_OF, "--output", str(out))
    assert result.exit_code == 0, result
    return out.read_bytes()


def test_hand_written_rfc5545_line_check(ics: bytes) -> None:
    assert line_problems(ics) == []


def test_line_check_catches_what_it_should() -> None:
    good = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    assert line_problems(good) == []
    assert line_problems(good.replace(b"\r\n", b"\n"))
    assert line_problems(good.replace(b"UID:a", b"UID:" + b"a" * 80))
    assert line_problems(good.replace(b"END:VEVENT\r\n", b""))
    assert line_problems(good.replace(b"UID:a\r\n", b""))


def test_second_parser_reads_every_event(ics: bytes) -> None:
    from ical.calendar_stream import IcsCalendarStream
    from icalendar import Calendar

    calendar = IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))
    ours = {str(e["uid"]) for e in Calendar.from_ical(ics).walk("VEVENT")}
    assert {e.uid for e in calendar.events} == ours
    assert [tz.tz_id for tz in calendar.timezones] == ["Europe/London"]
    by_uid = {e.uid: e for e in calendar.events}
    meeting = by_uid["meeting-gsscb-2025-07-15@gsscb"]
    assert isinstance(meeting.dtstart, dt.datetime)
    assert meeting.dtstart.utcoffset() == dt.timedelta(hours=1)  # 15 July 2025: BST
    assert by_uid["meeting-gsscb-2025-12-04@gsscb"].status is not None
    assert str(by_uid["meeting-gsscb-2025-12-04@gsscb"].status.value) == "CANCELLED"
    papers = by_uid["papers-gsscb-2025-07-15@gsscb"]
    assert papers.dtstart == dt.date(2025, 7, 8)  # seven days before (ToR, Administration)


welsh_text = st.lists(
    st.sampled_from([*"abcwyŵŷâêîôûäëïöü ,;:\\\"'\n", "ddŵr", "Cymraeg", "😀"]), max_size=120
).map("".join)


@settings(max_examples=40, deadline=None)
@given(summary=welsh_text.filter(lambda s: s.strip() != ""), description=welsh_text)
def test_any_text_folds_and_round_trips(summary: str, description: str) -> None:
    from ical.calendar_stream import IcsCalendarStream
    from icalendar import Calendar

    entry = Entry(
        uid="milestone-p-m@gsscb",
        summary=summary,
        description=description,
        start=dt.date(2026, 1, 31),
        end=dt.date(2026, 2, 1),
    )
    content = to_ical([entry], dt.date(2025, 11, 30))
    assert line_problems(content) == []
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["summary"]) == summary
    assert str(event["description"]) == description
    other = IcsCalendarStream.calendar_from_ics(content.decode("utf-8")).events[0]
    assert other.summary == summary


def test_stdout_keeps_crlf(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import DATA

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "gsscb_cli",
            "calendar",
            "--data",
            str(DATA),
            "--as-of",
            AS_OF,
            "--include",
            "meetings",
        ],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert line_problems(proc.stdout) == []
