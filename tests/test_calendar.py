"""``gsscb calendar``: an RFC 5545 file that calendar clients import, and re-import as updates.

Expected values are worked out by hand from the Terms of Reference (seed 000,
Appendix A: papers go out seven days before a meeting) and from the bundled
meetings (the December 2025 meeting "had to be cancelled", seed 000 section 3),
not copied from the tool's output.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import invoke

AS_OF = "2025-11-30"
CANCELLED = "meeting-gsscb-2025-12-04@gsscb"


def make(data: Path, out: Path, *extra: str, as_of: str = AS_OF) -> bytes:
    result = invoke("calendar", "--data", str(data), "--as-of", as_of, "--output", str(out), *extra)
    assert result.exit_code == 0, result
    return out.read_bytes()


def events(content: bytes) -> dict[str, Any]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(content)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture()
def ics(data_copy: Path, tmp_path: Path) -> bytes:
    return make(data_copy, tmp_path / "board.ics")


def test_calendar_has_every_required_property(ics: bytes) -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical(ics)
    assert calendar["version"] == "2.0"
    assert str(calendar["prodid"]).startswith("-//")
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/London"]
    found = events(ics)
    assert found, "no events"
    for uid, event in found.items():
        for prop in ("uid", "dtstamp", "dtstart", "dtend", "summary", "sequence", "status"):
            assert prop in event, f"{uid} lacks {prop}"
        assert re.fullmatch(
            r"(meeting|papers|obligation|milestone|return|funding)-[a-z0-9-]+@gsscb", uid
        ), uid
        stamp = event.decoded("dtstamp")
        assert stamp == dt.datetime(2025, 11, 30, tzinfo=dt.UTC), "DTSTAMP is --as-of at 00:00 UTC"


def test_meetings_are_timed_in_london_and_deadlines_all_day(ics: bytes) -> None:
    found = events(ics)
    meeting = found["meeting-gsscb-2025-09-15@gsscb"]
    start, end = meeting.decoded("dtstart"), meeting.decoded("dtend")
    assert isinstance(start, dt.datetime)
    assert str(start.tzinfo) == "Europe/London"
    # No time in the record: 10:00-12:00 is shown and said to be assumed.
    assert (start.hour, start.minute, end.hour) == (10, 0, 12)
    assert start.utcoffset() == dt.timedelta(hours=1)  # September: British Summer Time
    assert "Time assumed" in str(meeting["description"])
    assert b"DTSTART;TZID=Europe/London:20250915T100000\r\n" in ics
    # Papers: seven days before the meeting (ToR, Administration), all day.
    papers = found["papers-gsscb-2025-09-15@gsscb"]
    assert papers.decoded("dtstart") == dt.date(2025, 9, 8)
    assert papers.decoded("dtend") == dt.date(2025, 9, 9)
    assert b"DTSTART;VALUE=DATE:20250908\r\n" in ics
    for uid, event in found.items():
        if not uid.startswith("meeting-"):
            start = event.decoded("dtstart")
            assert type(start) is dt.date, uid
            assert event.decoded("dtend") == start + dt.timedelta(days=1), uid


def test_cancelled_meeting_and_its_papers_are_cancelled(ics: bytes) -> None:
    found = events(ics)
    assert str(found[CANCELLED]["status"]) == "CANCELLED"
    assert str(found["papers-gsscb-2025-12-04@gsscb"]["status"]) == "CANCELLED"
    assert str(found["meeting-gsscb-2025-09-15@gsscb"]["status"]) == "CONFIRMED"
    assert b"STATUS:CANCELLED\r\n" in ics


def test_recorded_times_obligations_and_milestones(data_copy: Path, tmp_path: Path) -> None:
    edit(
        data_copy / "meetings" / "gsscb-2026-02-05.yaml",
        "status: scheduled\n",
        'status: scheduled\nstart: "14:00"\nend: "15:30"\n',
    )
    edit(
        data_copy / "partnerships" / "torfaen-csp.yaml",
        "    status: not-started\n    verified: false\n    note: >-\n      A long-term priority (",
        "    status: not-started\n    due: 2026-03-31\n    verified: false\n    note: >-\n      A long-term priority (",
    )
    found = events(make(data_copy, tmp_path / "c.ics"))
    meeting = found["meeting-gsscb-2026-02-05@gsscb"]
    start, end = meeting.decoded("dtstart"), meeting.decoded("dtend")
    assert (start.hour, start.minute, end.hour, end.minute) == (14, 0, 15, 30)
    assert start.utcoffset() == dt.timedelta(0)  # February: Greenwich Mean Time
    assert "Time assumed" not in str(meeting["description"])
    assert "partly assumed" not in str(meeting["description"])
    ob = found["obligation-torfaen-csp-strategic-needs-assessment@gsscb"]
    assert ob.decoded("dtstart") == dt.date(2026, 3, 31)
    assert ob.decoded("dtend") == dt.date(2026, 4, 1)
    assert "Torfaen" in str(ob["summary"])
    assert "unverified" in str(ob["description"])  # the catalogue marks the CSP cadence unverified
    milestones = [uid for uid in found if uid.startswith("milestone-")]
    assert milestones, "the bundled priorities have milestones with due dates"


def test_include_selects_kinds(data_copy: Path, tmp_path: Path) -> None:
    only_meetings = events(make(data_copy, tmp_path / "m.ics", "--include", "meetings"))
    assert {u.split("-")[0] for u in only_meetings} == {"meeting", "papers"}
    deadlines = make(data_copy, tmp_path / "d.ics", "--include", "deadlines,milestones")
    # deadlines include the returns owed to other bodies and funding that ends (issue 15)
    assert {u.split("-")[0] for u in events(deadlines)} == {
        "obligation",
        "milestone",
        "return",
        "funding",
    }
    assert b"BEGIN:VTIMEZONE" not in deadlines  # no timed event, no time zone needed
    bad = invoke(
        "calendar", "--data", str(data_copy), "--as-of", AS_OF, "--include", "meetings,agenda"
    )
    assert bad.exit_code == 2
    assert "'agenda'" in bad.stderr and "Traceback" not in bad.output


def test_same_data_gives_the_same_bytes(data_copy: Path, tmp_path: Path) -> None:
    first = make(data_copy, tmp_path / "one.ics")
    second = make(data_copy, tmp_path / "two.ics")
    assert first == second
    stdout = invoke("calendar", "--data", str(data_copy), "--as-of", AS_OF)
    assert stdout.exit_code == 0
    assert stdout.stdout.encode("utf-8") == first


def test_reimport_after_a_change_keeps_uids_and_raises_sequence(
    data_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "board.ics"
    before = events(make(data_copy, out))
    edit(
        data_copy / "meetings" / "gsscb-2026-02-05.yaml",
        "status: scheduled\n",
        "status: scheduled\nlocation: Microsoft Teams\n",
    )
    after_bytes = make(
        data_copy, out, as_of="2025-12-10"
    )  # the existing output is the previous version
    after = events(after_bytes)
    assert set(after) == set(before), "the same UIDs: a client updates, not duplicates"
    changed = "meeting-gsscb-2026-02-05@gsscb"
    assert int(after[changed]["sequence"]) == int(before[changed]["sequence"]) + 1
    assert str(after[changed]["location"]) == "Microsoft Teams"
    assert after[changed].decoded("dtstamp") == dt.datetime(2025, 12, 10, tzinfo=dt.UTC)
    for uid in set(after) - {changed}:
        assert int(after[uid]["sequence"]) == int(before[uid]["sequence"]), uid
        assert after[uid].decoded("dtstamp") == before[uid].decoded("dtstamp"), uid
    # Nothing changed since: the same bytes again.
    assert make(data_copy, out, as_of="2025-12-10") == after_bytes
    # A second change raises it again; --previous names the old file explicitly.
    edit(
        data_copy / "meetings" / "gsscb-2026-02-05.yaml",
        "location: Microsoft Teams\n",
        "location: Cwmbran\n",
    )
    third = events(
        make(data_copy, tmp_path / "new.ics", "--previous", str(out), as_of="2025-12-11")
    )
    assert int(third[changed]["sequence"]) == int(before[changed]["sequence"]) + 2


def test_refusals(data_copy: Path, tmp_path: Path) -> None:
    inside = invoke(
        "calendar", "--data", str(data_copy), "--as-of", AS_OF, "-o", str(data_copy / "c.ics")
    )
    assert inside.exit_code == 2 and "inside the data folder" in inside.stderr
    other = tmp_path / "notes.ics"
    other.write_text("my notes, not a calendar\n", encoding="utf-8")
    refused = invoke("calendar", "--data", str(data_copy), "--as-of", AS_OF, "-o", str(other))
    assert refused.exit_code == 2 and "not an iCalendar file" in refused.stderr
    assert other.read_text(encoding="utf-8") == "my notes, not a calendar\n"
    missing = invoke(
        "calendar",
        "--data",
        str(data_copy),
        "--as-of",
        AS_OF,
        "--previous",
        str(tmp_path / "none.ics"),
    )
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    assert "Traceback" not in inside.output + refused.output + missing.output


def test_official_sensitive_items_are_not_listed(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "meetings" / "gsscb-2026-02-05.yaml"
    edit(path, "    marking: OFFICIAL\n", "    marking: OFFICIAL-SENSITIVE\n")
    found = events(make(data_copy, tmp_path / "s.ics"))
    description = str(found["meeting-gsscb-2026-02-05@gsscb"]["description"])
    assert "Safer places priority" not in description
    assert "1 item marked above OFFICIAL not listed" in description
