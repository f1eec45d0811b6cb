"""The comparison itself, without git: plain-words lines, renames, finding identity."""

from __future__ import annotations

from gsscb_cli.findings import Finding, Location, Ref, Severity
from gsscb_cli.review.compare import compare_entities, compare_findings, describe, find_renames
from gsscb_cli.review.facts import Entity, Facts

PARENT = {"obligation": "partnership", "action": "meeting", "milestone": "priority"}


def entity(kind: str, key: str, label: str, facts: Facts) -> Entity:
    """A record; one inside a partnership, meeting or priority lives in that record's file."""
    return Entity(kind, key, label, facts, (PARENT.get(kind, kind), key.split("/")[0]))


def finding(rule: str, subject: str, message: str, line: int) -> Finding:
    kind, _, key = subject.partition(":")
    return Finding(
        rule, Severity.WARNING, message, Location("data/x.yaml", line, 1), subject=Ref(kind, key)
    )


def test_scalar_list_and_not_recorded() -> None:
    assert describe("status", "scheduled", "held") == ["status: scheduled -> held"]
    assert describe("papers circulated", None, "2026-02-03") == [
        "papers circulated: not recorded -> 2026-02-03"
    ]
    assert describe("invitees", ("a", "b"), ("b", "c")) == [
        "invitees: added c",
        "invitees: removed a",
    ]
    assert describe("guests", None, ("Ann", "Bob")) == ["guests: added Ann; Bob"]
    assert describe("declarations of interest", "none declared", ("pcc: a grant",)) == [
        "declarations of interest: none declared -> pcc: a grant"
    ]


def test_long_text_says_which_words_changed() -> None:
    old = "SSCP arrangements are compliant with relevant UK and Welsh Government legislation and regional priorities, and the collective work"
    new = old.replace(
        "priorities, and",
        "priorities, where this doesn't conflict with other statutory duties, and",
    )
    assert describe("purpose", old, new) == [
        'purpose: added "where this doesn\'t conflict with other statutory duties,"'
    ]
    # when most of it changed, both values in full
    other = "Something else entirely, written from scratch by a different author for another board."
    assert describe("purpose", old, other) == [f"purpose: {old} -> {other}"]


def test_completed_is_one_line_and_fields_keep_their_order() -> None:
    old = entity(
        "obligation", "p/sna", "P: obligation sna", {"status": "in-progress", "due": "2026-03-31"}
    )
    new = entity(
        "obligation",
        "p/sna",
        "P: obligation sna",
        {"title": "SNA", "status": "completed", "due": "2026-03-31", "completed": "2026-03-30"},
    )
    [change] = compare_entities(
        {("obligation", "p/sna"): old}, {("obligation", "p/sna"): new}, {}, set(), set(), "A", "B"
    )
    assert change.change == "changed"
    assert change.lines == ("completed 2026-03-30 (was in-progress)", "title: not recorded -> SNA")


def test_rename_by_name_carries_the_children_and_the_findings() -> None:
    base = {
        ("partnership", "old"): entity("partnership", "old", "Torfaen CSP", {"area": "Torfaen"}),
        ("obligation", "old/sna"): entity(
            "obligation", "old/sna", "Torfaen CSP: obligation sna", {"status": "a"}
        ),
    }
    head = {
        ("partnership", "new"): entity("partnership", "new", "Torfaen CSP", {"area": "Torfaen"}),
        ("obligation", "new/sna"): entity(
            "obligation", "new/sna", "Torfaen CSP: obligation sna", {"status": "b"}
        ),
    }
    renames = find_renames(base, head)
    assert renames == {
        ("partnership", "old"): ("partnership", "new"),
        ("obligation", "old/sna"): ("obligation", "new/sna"),
    }
    changes = compare_entities(base, head, renames, set(), set(), "A", "B")
    assert [(c.kind, c.change, c.lines) for c in changes] == [
        ("partnership", "renamed", ("id: old -> new",)),
        ("obligation", "changed", ("status: a -> b",)),
    ]


def test_added_parent_counts_its_children_and_broken_files_are_not_compared() -> None:
    head = {
        ("meeting", "m"): entity("meeting", "m", "meeting of 2026-02-05", {"status": "scheduled"}),
        ("action", "m/a1"): entity("action", "m/a1", "meeting of 2026-02-05: action a1", {}),
        ("action", "m/a2"): entity("action", "m/a2", "meeting of 2026-02-05: action a2", {}),
        ("priority", "p"): entity("priority", "p", "Priority 1: X", {"status": "in-progress"}),
    }
    changes = compare_entities({}, head, {}, {("priority", "p")}, set(), "base", "head")
    assert [(c.kind, c.change, c.label, c.lines) for c in changes] == [
        ("meeting", "added", "meeting of 2026-02-05 (status: scheduled), with 2 actions", ()),
        (
            "priority",
            "not compared",
            "Priority 1: X",
            ("not compared: its file does not validate at base (see the findings)",),
        ),
    ]


def test_findings_are_matched_by_identity_not_line_and_counted() -> None:
    base = [
        finding("chair-vacant", "partnership:a", "A has no chair", 40),
        finding("papers-late", "meeting:m", "2 days", 7),
        finding("papers-late", "meeting:m", "2 days", 7),
    ]
    head = [
        finding("chair-vacant", "partnership:a", "A has no chair", 52),  # moved down the file
        finding("papers-late", "meeting:m", "2 days", 7),
        finding("seat-vacant", "seat:s", "vacant", 3),
    ]
    introduced, resolved = compare_findings(base, head)
    assert [f.rule for f in introduced] == ["seat-vacant"]
    assert [(f.rule, str(f.subject)) for f in resolved] == [("papers-late", "meeting:m")]
