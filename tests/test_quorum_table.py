"""Quorum, case by case, on the small board in fixtures/rules/base.

The board: Chair (p-chair), Vice Chair (p-vice), members m1-m5 (p1-p5), the chair of
alpha-csp (p-alpha) and the chair of beta-apb, who is the Chair herself (p-chair holds
two seats). Every expectation below is worked out by hand from the final ToR (seed 000,
Appendix A): "the Chair or Vice Chair, plus a minimum of five other members"; "the
Chair/s of the relevant partnership/s most impacted must also be in attendance";
deputies only "when agreed by the Chair" and "with the delegated decision-making
authority of the member"; guests are invited, not members; a member who chairs another
partnership "can represent multiple interests". Plus DOMAIN.md: the Vice Chair counts
as one of the five when the Chair attends; a vacant impacted chair makes a decision
inquorate; scheduled meetings are forecast from acceptances and apologies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from gsscb_cli.quorum import QuorumResult, assess
from gsscb_cli.words import sentence
from tests.fixtures.rules.harness import Case

ALL_SEATS = ("chair-seat", "vice-seat", "m1", "m2", "m3", "m4", "m5", "chair-alpha")
ALPHA_VACANT = (
    "partnerships/alpha-csp.yaml",
    "  status: filled\n  person: p-alpha\n",
    "  status: vacant\n",
)
BETA_CHAIRED_BY_P1 = ("partnerships/beta-apb.yaml", "person: p-chair", "person: p1")


def deputy(
    agreed: bool, authority: bool, name: str = "A Deputy", person: str | None = None
) -> dict[str, Any]:
    found = {"name": name, "agreed_by_chair": agreed, "delegated_authority": authority}
    return {"status": "present", "deputy": found | ({"person": person} if person else {})}  # fmt: skip


def everyone(status: str = "present", **changes: Any) -> dict[str, Any]:
    members: dict[str, Any] = {seat: status for seat in ALL_SEATS}
    for seat, value in changes.items():
        if value is None:
            members.pop(seat.replace("_", "-"))
        else:
            members[seat.replace("_", "-")] = value
    return members


@dataclass
class Row:
    name: str
    members: dict[str, Any]
    verdict: str
    presiding: str | None
    others: int
    status: str = "held"
    decisions: dict[str, str] = field(default_factory=dict)  # item -> verdict
    impacted: dict[str, list[str]] = field(default_factory=dict)  # item -> partnerships
    edits: tuple[tuple[str, str, str], ...] = ()
    guests: tuple[str, ...] = ()
    recorded: bool = True
    rejected: tuple[str, ...] = ()  # words in each rejected deputy's reason
    chairs: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # item -> kind -> pids


ROWS = [
    Row("chair absent, vice chair present with five others",
        everyone(chair_seat="apologies", chair_alpha=None), "quorate", "vice-chair", 5),
    Row("chair and vice chair both absent",
        everyone(chair_seat="apologies", vice_seat="absent"), "not-quorate", None, 6),
    Row("chair with exactly five others",
        everyone(vice_seat=None, chair_alpha=None), "quorate", "chair", 5),
    Row("chair with four others and a guest (guests never count)",
        everyone(vice_seat=None, chair_alpha=None, m5="apologies"), "not-quorate", "chair", 4,
        guests=("Director of the Wales Violence Prevention Unit",)),
    Row("vice chair counts as one of the five when the chair attends",
        everyone(chair_alpha=None, m5="apologies"), "quorate", "chair", 5),
    Row("one person in two seats counts once (the Chair also chairs beta-apb)",
        everyone(vice_seat=None, chair_alpha=None, m5="apologies", chair_beta="present"),
        "not-quorate", "chair", 4),
    Row("one member in two seats counts once (p1 also chairs beta-apb)",
        everyone(vice_seat=None, chair_alpha=None, m5="apologies", chair_beta="present"),
        "not-quorate", "chair", 4, edits=(BETA_CHAIRED_BY_P1,)),
    Row("deputy not agreed by the Chair does not count",
        everyone(vice_seat=None, chair_alpha=None, m5=deputy(False, True)), "not-quorate", "chair", 4,
        rejected=("not agreed by the Chair",)),
    Row("deputy agreed but without delegated authority does not count",
        everyone(vice_seat=None, chair_alpha=None, m5=deputy(True, False)), "not-quorate", "chair", 4,
        rejected=("without the member's delegated decision-making authority",)),
    Row("approved deputy counts as the member",
        everyone(vice_seat=None, chair_alpha=None, m5=deputy(True, True)), "quorate", "chair", 5),
    # One person counts once, whatever they fill (issue 13). The Chair with m1-m4 there is
    # four others; each row adds places that one person fills, so the count stays at five
    # at most and the meeting is quorate only when a second person really is there.
    Row("one person: a member in their own seat who also deputises for another counts once",
        everyone(vice_seat=None, chair_alpha=None, m5=deputy(True, True, "Paul One", "p1")),
        "not-quorate", "chair", 4),
    Row("one person: a deputy for two members counts once",
        everyone(vice_seat=None, chair_alpha=None, m4=deputy(True, True, "Aled Alpha", "p-alpha-vice"),
                 m5=deputy(True, True, "Aled Alpha", "p-alpha-vice")),
        "not-quorate", "chair", 4),
    Row("one person: a deputy for two members, recorded by name only, counts once",
        everyone(vice_seat=None, chair_alpha=None, m4=deputy(True, True, "Aled Alpha"),
                 m5=deputy(True, True, "aled alpha")),
        "not-quorate", "chair", 4),
    Row("one person: two different deputies for two members count twice",
        everyone(vice_seat=None, chair_alpha=None, m4=deputy(True, True, "Aled Alpha", "p-alpha-vice"),
                 m5=deputy(True, True, "Ann Other")),
        "quorate", "chair", 5),
    Row("one person: the Vice Chair deputising for a member still counts once",
        everyone(chair_alpha=None, m4="apologies", m5=deputy(True, True, "Vic Vice", "p-vice")),
        "not-quorate", "chair", 4),
    Row("one person: a deputy for both seats of one member counts once",
        everyone(chair_seat=deputy(True, True, "Aled Alpha", "p-alpha-vice"),
                 chair_beta=deputy(True, True, "Aled Alpha", "p-alpha-vice"), vice_seat="apologies",
                 chair_alpha=None, m5="apologies"),
        "not-quorate", None, 5),
    Row("deputy for a vacant seat does not count",
        everyone(vice_seat=None, m5="apologies", chair_alpha=deputy(True, True)), "not-quorate",
        "chair", 4, edits=(ALPHA_VACANT,), rejected=("vacant seat",)),
    Row("a vacant seat recorded as present does not count",
        everyone(vice_seat=None, m5="apologies"), "not-quorate", "chair", 4, edits=(ALPHA_VACANT,)),
    Row("the Chair's approved deputy counts as a member but does not preside",
        everyone(chair_seat=deputy(True, True), vice_seat="apologies"), "not-quorate", None, 7),
    Row("decision: impacted chair present",
        everyone(), "quorate", "chair", 7, decisions={"d1": "quorate"},
        impacted={"d1": ["alpha-csp"]}, chairs={"d1": {"present": ["alpha-csp"]}}),
    Row("decision: impacted chair absent",
        everyone(chair_alpha="apologies"), "quorate", "chair", 6, decisions={"d1": "not-quorate"},
        impacted={"d1": ["alpha-csp"]}, chairs={"d1": {"missing": ["alpha-csp"]}}),
    Row("decision: impacted chair vacant",
        everyone(chair_alpha=None), "quorate", "chair", 6, decisions={"d1": "not-quorate"},
        impacted={"d1": ["alpha-csp"]}, edits=(ALPHA_VACANT,), chairs={"d1": {"vacant": ["alpha-csp"]}}),
    Row("decision: impacted chair present in another seat (the Chair chairs beta-apb)",
        everyone(), "quorate", "chair", 7, decisions={"d1": "quorate", "d2": "quorate"},
        impacted={"d1": ["beta-apb"], "d2": []}),
    Row("decision in a meeting that is not quorate is not quorate",
        everyone(chair_seat="apologies", vice_seat="apologies"), "not-quorate", None, 6,
        decisions={"d1": "not-quorate"}, impacted={"d1": ["alpha-csp"]},
        chairs={"d1": {"present": ["alpha-csp"]}}),
    Row("scheduled: forecast quorate with apologies",
        everyone("accepted", vice_seat="apologies", chair_alpha="apologies"), "quorate", "chair", 5,
        status="scheduled"),
    Row("scheduled: at risk while members are yet to reply",
        everyone("accepted", vice_seat="apologies", chair_alpha="apologies", m4="no-reply", m5="no-reply"),
        "at-risk", "chair", 3, status="scheduled"),
    Row("scheduled: not quorate when neither chair nor vice chair will attend",
        everyone("accepted", chair_seat="apologies", vice_seat="apologies"), "not-quorate", None, 6,
        status="scheduled"),
    Row("scheduled: a reply still awaited from a person already counted cannot help",
        everyone("accepted", vice_seat=None, chair_alpha=None, m5="apologies", chair_beta="no-reply"),
        "not-quorate", "chair", 4, status="scheduled"),
    Row("scheduled: decision at risk while the impacted chair has not replied",
        everyone("accepted", chair_alpha="no-reply"), "quorate", "chair", 6, status="scheduled",
        decisions={"d1": "at-risk"}, impacted={"d1": ["alpha-csp"]},
        chairs={"d1": {"awaited": ["alpha-csp"]}}),
    Row("scheduled: decision cannot be quorate with a vacant impacted chair",
        everyone("accepted", chair_alpha=None), "quorate", "chair", 6, status="scheduled",
        decisions={"d1": "not-quorate"}, impacted={"d1": ["alpha-csp"]}, edits=(ALPHA_VACANT,)),
    Row("cancelled meeting is ignored",
        everyone(), "not-applicable", None, 0, status="cancelled"),
    Row("attendance not recorded: nothing claimed, but a vacant chair still shows",
        {}, "unknown", None, 0, recorded=False, decisions={"d1": "not-quorate", "d2": "unknown"},
        impacted={"d1": ["alpha-csp"], "d2": ["beta-apb"]}, edits=(ALPHA_VACANT,)),
]  # fmt: skip


def meeting_yaml(row: Row) -> str:
    attendance: dict[str, Any] = {"recorded": row.recorded}
    if row.recorded:
        attendance["members"] = [
            {"seat": seat, **(value if isinstance(value, dict) else {"status": value})}
            for seat, value in row.members.items()
        ]
    if row.guests:
        attendance["guests"] = [{"name": g} for g in row.guests]
    doc = {
        "id": "m-2025-11-20",
        "date": "2025-11-20",
        "kind": "ordinary",
        "status": row.status,
        "attendance": attendance,
        "agenda": [
            {
                "id": item,
                "title": f"Item {item}",
                "decision_sought": True,
                "impacted_partnerships": row.impacted.get(item, []),
            }
            for item in row.decisions
        ],
        "sources": [{"file": "test"}],
    }
    return yaml.safe_dump(doc, sort_keys=False)


def run(row: Row, tmp_path: Path) -> QuorumResult:
    case = Case(tmp_path)
    for edit in row.edits:
        case.edit(*edit)
    case.write("meetings/m-2025-11-20.yaml", meeting_yaml(row))
    dataset = case.load().dataset
    return assess(dataset.meetings["m-2025-11-20"], dataset)


def test_the_table_has_the_cases_the_issue_asks_for() -> None:
    assert len(ROWS) >= 15
    assert len({r.name for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_quorum(row: Row, tmp_path: Path) -> None:
    result = run(row, tmp_path)
    assert result.verdict == row.verdict
    assert result.presiding == row.presiding
    assert result.others_count == row.others
    assert {d.item.id: d.verdict for d in result.decisions} == row.decisions
    for item, kinds in row.chairs.items():
        (decision,) = [d for d in result.decisions if d.item.id == item]
        for kind, pids in kinds.items():
            assert list(getattr(decision, f"{kind}_chairs")) == pids, (item, kind)
    assert len(result.rejected_deputies) == len(row.rejected)
    for rejected, words in zip(result.rejected_deputies, row.rejected, strict=True):
        assert words in sentence(rejected.reason)


def test_one_person_in_two_seats_represents_both(tmp_path: Path) -> None:
    row = ROWS[2]  # the Chair with exactly five others; chair-beta is not listed
    result = run(row, tmp_path)
    by_seat = {s.seat.id: s for s in result.seats}
    assert by_seat["chair-beta"].counts and by_seat["chair-beta"].status == "via-holder"
    assert "Carys Chair (Chair)" not in result.others  # presiding, not one of the five


def test_statement_gives_the_count(tmp_path: Path) -> None:
    result = run(ROWS[0], tmp_path)
    assert sentence(result.statement) == (
        "Present: the Vice Chair (the Chair being absent), with 5 other members "
        "(at least 5 required): the meeting was quorate."
    )
