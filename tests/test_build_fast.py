"""The model's records made with plain stores (``records.open_twin``, ``load/build.py``)
are the records their classes' own ``__init__`` makes.

Each builder sets every field of its record on a class of the record's layout and then
gives it the record's class. Two kinds of test: documents whose every field has its own
value (and records that leave each default out) built and compared with the records the
ordinary constructors make of those values, written out by hand, so a field set from the
wrong value fails; and every record of the bundled data, the example and bench scale 1
compared with the one its ``__init__`` makes of its fields, so a field left unset, a
wrong class, hash or repr fails.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from gsscb_cli.findings import Location
from gsscb_cli.load import build, load
from gsscb_cli.load.parse import Document, parse_text
from gsscb_cli.model import types
from gsscb_cli.records import dataclass, open_twin
from tests.conftest import DATA, ROOT

# every record class a builder makes by plain stores, and where the data shows each
FAST = (
    types.Text,
    types.Post,
    types.Seat,
    types.Person,
    types.Partnership,
    types.Obligation,
    types.Meeting,
    types.Attendance,
    types.AttendanceEntry,
    types.AgendaItem,
    types.Decision,
    types.Action,
    types.Minutes,
    types.Priority,
    types.Milestone,
    types.Update,
    types.Funding,
)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    bench = tmp_path_factory.mktemp("bench")
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), "--scale", "1"]
    subprocess.run([*generate, "--out", str(bench)], check=True, capture_output=True)
    return [DATA, ROOT / "examples" / "safer-vale" / "data", bench]


def _records(value: object, out: list[Any]) -> None:
    """Every record in ``value``, depth first."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(value)
        for f in dataclasses.fields(value):
            _records(getattr(value, f.name), out)
    elif isinstance(value, dict):
        for child in value.values():
            _records(child, out)
    elif isinstance(value, (list, tuple)):
        for child in value:
            _records(child, out)


def _same_record(record: Any) -> None:
    cls = type(record)
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(cls)}  # all set
    made = cls(**values)  # by its own __init__
    assert type(record) is cls and record == made and repr(record) == repr(made)
    try:
        expected: object = hash(made)
    except TypeError as error:  # a record holding a mapping (a partnership's survey)
        expected = str(error)
        with pytest.raises(TypeError, match=expected):
            hash(record)
    else:
        assert hash(record) == expected
    for name, value in values.items():
        assert getattr(made, name) is value, (cls.__name__, name)
    assert dataclasses.replace(record) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, dataclasses.fields(cls)[0].name, None)


def test_every_record_is_the_one_its_init_makes(folders: list[Path]) -> None:
    seen: Counter[str] = Counter()
    for folder in folders:
        result = load(folder, cache=False)
        records: list[Any] = []
        _records(result.dataset, records)
        for record in records:
            if isinstance(record, FAST):
                _same_record(record)
                seen[type(record).__name__] += 1
    assert set(seen) == {cls.__name__ for cls in FAST}, seen  # each builder was tried
    assert seen["AttendanceEntry"] > 500 and seen["Meeting"] > 20, seen


def _doc(text: str) -> Document:
    doc, problems = parse_text(text, "x.yaml", None)
    assert doc is not None and not problems
    return doc


def _at(line: int, column: int) -> Location:
    return Location("x.yaml", line, column)


def test_a_meeting_is_what_the_ordinary_constructors_make() -> None:
    """Every field of every record of a meeting, each from its own distinct value (and
    each default where the data leaves a field out), against the records the classes'
    own ``__init__`` make (checked by hand against the text below)."""
    meeting = build.build_meeting(_doc(_MEETING))
    expected = types.Meeting(
        id="m-2025-01-01",
        date=dt.date(2025, 1, 1),
        kind="ordinary",
        status="held",
        attendance=types.Attendance(
            recorded=True,
            members=(
                types.AttendanceEntry("chair", "present", "p-1", None, "in the chair", _at(19, 5)),
                types.AttendanceEntry(
                    seat="police",
                    status="deputised",
                    deputy=types.Deputy("A Deputy", True, False, "p-2"),
                    loc=_at(23, 5),
                ),
            ),
            guests=(types.Guest("A Guest", "p-3", "Org", "item 2"),),
            note="a note",
            loc=_at(15, 1),
        ),
        agenda=(
            types.AgendaItem(
                id="welcome",
                title=types.Text("Welcome"),
                lead="chair",
                paper="paper-1.docx",
                marking="OFFICIAL-SENSITIVE",
                decision_sought=True,
                impacted_partnerships=("csp",),
                summary=types.Text("Said", "Dywedwyd"),
                outcome=types.Text("Agreed"),
                loc=_at(32, 3),
            ),
            types.AgendaItem("aob", types.Text("Any other business"), loc=_at(41, 3)),
        ),
        title=types.Text("Board", "Bwrdd"),
        start="10:00",
        end="12:00",
        location="Online",
        cancellation_reason="none given",
        papers_circulated=dt.date(2024, 12, 20),
        declarations=(types.Declaration("police", "a grant", "welcome"),),
        decisions=(
            types.Decision("d1", types.Text("Agreed"), "welcome", _at(46, 3)),
            types.Decision("d2", types.Text("Noted", "Nodwyd"), loc=_at(49, 3)),
        ),
        actions=(
            types.Action(
                id="a1",
                meeting="m-2025-01-01",
                text=types.Text("Do it"),
                status="done",
                owner="p-1",
                due=dt.date(2025, 2, 1),
                completed=dt.date(2025, 1, 20),
                item="welcome",
                marking="OFFICIAL-SENSITIVE",
                priority="p1",
                loc=_at(52, 3),
            ),
            types.Action("a2", "m-2025-01-01", types.Text("Write"), "open", loc=_at(61, 3)),
        ),
        minutes=types.Minutes(
            dt.date(2025, 2, 1), dt.date(2025, 2, 10), "https://example.org/m", dt.date(2025, 3, 1)
        ),
        publish=True,
        source="tor.pdf, Quorum",
        assumed="dates",
        loc=_at(1, 1),
        locs={
            "title": _at(5, 1),
            "date": _at(2, 1),
            "status": _at(4, 1),
            "attendance": _at(15, 1),
            "declarations": _at(43, 1),
            "minutes": _at(64, 1),
            "papers_circulated": _at(10, 1),
            "agenda": _at(31, 1),
        },
    )
    _same(meeting, expected)
    bare = build.build_meeting(_doc(_BARE_MEETING))  # every default of a meeting
    _same(
        bare,
        types.Meeting(
            id="m-2025-02-01",
            date=dt.date(2025, 2, 1),
            kind="ordinary",
            status="planned",
            attendance=types.Attendance(recorded=False, loc=_at(5, 1)),
            agenda=(),
            loc=_at(1, 1),
            locs={
                "title": _at(1, 1),  # a key not written: the meeting's own place
                "date": _at(2, 1),
                "status": _at(4, 1),
                "attendance": _at(5, 1),
                "declarations": _at(1, 1),
                "minutes": _at(1, 1),
                "papers_circulated": _at(1, 1),
                "agenda": _at(7, 1),
            },
        ),
    )
    assert dataclasses.replace(bare, minutes=None) == bare


def _same(built: Any, expected: Any) -> None:
    """The same record: class, every field (also those not compared), hash, repr."""
    assert type(built) is type(expected)
    assert repr(built) == repr(expected)  # every field, also those left out of ==
    assert built == expected
    records: list[Any] = []
    _records(built, records)
    for record in records:
        if isinstance(record, FAST):
            _same_record(record)


_MEETING = """\
id: m-2025-01-01
date: 2025-01-01
kind: ordinary
status: held
title: {en: Board, cy: Bwrdd}
start: '10:00'
end: '12:00'
location: Online
cancellation_reason: none given
papers_circulated: 2024-12-20
publish: true
assumed: dates
sources:
- {file: tor.pdf, section: Quorum}
attendance:
  recorded: true
  note: a note
  members:
  - seat: chair
    status: present
    person: p-1
    note: in the chair
  - seat: police
    status: deputised
    deputy: {name: A Deputy, agreed_by_chair: true, delegated_authority: false, person: p-2}
  guests:
  - name: A Guest
    person: p-3
    organisation: Org
    purpose: item 2
agenda:
- id: welcome
  title: Welcome
  lead: chair
  paper: paper-1.docx
  marking: OFFICIAL-SENSITIVE
  decision_sought: true
  impacted_partnerships: [csp]
  summary: {en: Said, cy: Dywedwyd}
  outcome: Agreed
- id: aob
  title: Any other business
declarations:
- {seat: police, interest: a grant, item: welcome}
decisions:
- id: d1
  text: Agreed
  item: welcome
- id: d2
  text: {en: Noted, cy: Nodwyd}
actions:
- id: a1
  text: Do it
  status: done
  owner: p-1
  due: 2025-02-01
  completed: 2025-01-20
  item: welcome
  marking: OFFICIAL-SENSITIVE
  priority: p1
- id: a2
  text: Write
  status: open
minutes: {approved: 2025-02-01, published: 2025-02-10, url: 'https://example.org/m',
  retention_reviewed: 2025-03-01}
"""

_BARE_MEETING = """\
id: m-2025-02-01
date: 2025-02-01
kind: ordinary
status: planned
attendance:
  recorded: false
agenda: []
"""


def test_a_partnership_is_what_the_ordinary_constructors_make() -> None:
    partnership = build.build_partnership(_doc(_PARTNERSHIP))
    expected = types.Partnership(
        id="csp",
        name=types.Text("Safer Vale", "Bro Ddiogelach"),
        kind="community-safety-partnership",
        area="Vale",
        chair=types.Post(
            "filled", "p-1", dt.date(2024, 1, 1), dt.date(2026, 1, 1), "acting", _at(13, 1)
        ),
        vice_chair=types.Post("vacant", loc=_at(19, 1)),
        meets_status="active",
        meets_frequency="quarterly",
        meets_every_months=3,
        last_met=dt.date(2025, 11, 12),
        obligations=(
            types.Obligation(
                id="o1",
                partnership="csp",
                kind="strategy",
                title=types.Text("Strategy"),
                basis="statutory",
                status="completed",
                requirement="csp-strategy",
                due=dt.date(2025, 3, 31),
                last_completed=dt.date(2024, 3, 31),
                every_months=12,
                completed=dt.date(2025, 3, 1),
                verified=False,
                note="late",
                source="c.pdf, s1",
                loc=_at(27, 3),
            ),
            types.Obligation(
                "o2", "csp", "plan", types.Text("Plan"), "local", "unknown", loc=_at(41, 3)
            ),
        ),
        short_name="SV",
        legal_basis=({"act": "Crime and Disorder Act 1998"},),
        survey={"year": 2024},
        source="a.pdf; b.pdf, 2",
        loc=_at(1, 1),
        locs={"meets": _at(21, 1), "obligations": _at(26, 1)},
    )
    _same(partnership, expected)


_PARTNERSHIP = """\
id: csp
name: {en: Safer Vale, cy: Bro Ddiogelach}
short_name: SV
kind: community-safety-partnership
area: Vale
legal_basis:
- act: Crime and Disorder Act 1998
survey:
  year: 2024
sources:
- file: a.pdf
- {file: b.pdf, section: '2'}
chair:
  status: filled
  person: p-1
  since: 2024-01-01
  until: 2026-01-01
  note: acting
vice_chair:
  status: vacant
meets:
  status: active
  frequency: quarterly
  every_months: 3
  last_met: 2025-11-12
obligations:
- id: o1
  kind: strategy
  title: Strategy
  requirement: csp-strategy
  basis: statutory
  status: completed
  due: 2025-03-31
  last_completed: 2024-03-31
  every_months: 12
  completed: 2025-03-01
  verified: false
  note: late
  sources:
  - {file: c.pdf, section: s1}
- id: o2
  kind: plan
  title: Plan
  basis: local
  status: unknown
"""


def test_a_priority_is_what_the_ordinary_constructors_make() -> None:
    priority = build.build_priority(_doc(_PRIORITY))
    expected = types.Priority(
        id="p1",
        number=1,
        title=types.Text("Priority one"),
        agreed=dt.date(2025, 6, 2),
        status="in-progress",
        description=types.Text("Described", "Disgrifiwyd"),
        agreed_at="m-2025-06-02",
        requested_by="Welsh Government",
        lead="p-1",
        milestones=(
            types.Milestone(
                id="m1",
                priority="p1",
                title=types.Text("First"),
                status="completed",
                due=dt.date(2025, 10, 6),
                completed=dt.date(2025, 10, 1),
                at_meeting="m-2025-10-06",
                loc=_at(11, 3),
            ),
            types.Milestone("m2", "p1", types.Text("Second"), "in-progress", loc=_at(17, 3)),
        ),
        updates=(types.Update(dt.date(2025, 10, 1), types.Text("Progress", "Cynnydd")),),
        funding=(
            types.Funding("PCC", "Delivery", 6000, "six thousand", True),
            types.Funding("WG", "Other"),
        ),
        source="d.pdf",
        loc=_at(1, 1),
        locs={"updates": _at(20, 1), "lead": _at(8, 1), "agreed": _at(5, 1)},
    )
    _same(priority, expected)


_PRIORITY = """\
id: p1
number: 1
title: Priority one
description: {en: Described, cy: Disgrifiwyd}
agreed: 2025-06-02
agreed_at: m-2025-06-02
requested_by: Welsh Government
lead: p-1
status: in-progress
milestones:
- id: m1
  title: First
  status: completed
  due: 2025-10-06
  completed: 2025-10-01
  at_meeting: m-2025-10-06
- id: m2
  title: Second
  status: in-progress
updates:
- date: 2025-10-01
  text: {en: Progress, cy: Cynnydd}
funding:
- {funder: PCC, description: Delivery, amount_gbp: 6000, amount_text: six thousand, confirmed: true}
- {funder: WG, description: Other}
sources:
- file: d.pdf
"""


def test_seats_posts_and_people_are_what_the_ordinary_constructors_make() -> None:
    board = build.build_board(_doc(_BOARD))
    seats = (
        types.Seat(
            id="chair",
            title=types.Text("Chair", "Cadeirydd"),
            organisation="Council",
            holder=types.Post("filled", "p-1", dt.date(2024, 5, 1), None, "elected", _at(20, 5)),
            loc=_at(16, 3),
        ),
        types.Seat("csp-chair", types.Text("Chair of the CSP"), chair_of="csp", loc=_at(24, 3)),
    )
    _same(board.seats, seats)
    people = build.build_people(_doc(_PEOPLE))
    expected = {
        "p-1": types.Person("p-1", types.Text("Chair"), "A Name", "Org", _at(2, 3)),
        "p-2": types.Person("p-2", types.Text("Officer", "Swyddog"), loc=_at(6, 3)),
    }
    _same(people, expected)  # the first of a duplicated id is kept


_BOARD = """\
id: b
name: Board
terms_of_reference:
  version: '1'
chair:
  status: filled
  seat: chair
vice_chair:
  status: vacant
partnerships: [csp]
administration:
  meetings_per_year: 4
quorum:
  other_members: 3
seats:
- id: chair
  title: {en: Chair, cy: Cadeirydd}
  organisation: Council
  holder:
    status: filled
    person: p-1
    since: 2024-05-01
    note: elected
- id: csp-chair
  title: Chair of the CSP
  chair_of: csp
"""

_PEOPLE = """\
people:
- id: p-1
  role: Chair
  name: A Name
  organisation: Org
- id: p-2
  role: {en: Officer, cy: Swyddog}
- id: p-1
  role: Duplicate
"""


def test_a_record_made_on_its_twin_is_the_record() -> None:
    @dataclass(frozen=True, slots=True)
    class Pair:
        a: int
        b: str = "b"

    twin = open_twin(Pair)
    made: Any = twin()
    made.a = 1
    made.b = "b"
    made.__class__ = Pair
    assert type(made) is Pair and made == Pair(1) and hash(made) == hash(Pair(1))
    assert repr(made).endswith("Pair(a=1, b='b')")
    half: Any = twin()
    half.a = 1
    half.__class__ = Pair
    with pytest.raises(AttributeError):
        half.b  # noqa: B018  (a field left unset cannot be read: never a wrong value)
