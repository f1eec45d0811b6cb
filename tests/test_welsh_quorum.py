"""The quorum statement and reasons in the paper's language (gsscb_cli/render/quorum_words.py).

quorum.py words its results in English; Welsh papers put the same facts into words from
the catalogue. The English catalogue entries must rebuild quorum.py's sentences exactly,
for every branch, or the Welsh could say something the quorum check did not: checked
here over the bundled data, both paper fixtures and meetings written to reach each branch
(vice chair presiding, neither, at risk, not recorded, cancelled; chairs vacant, awaited,
absent with and without a seat, unknown; deputies refused for each reason).
"""

from __future__ import annotations

import datetime as dt

import pytest

from gsscb_cli import quorum
from gsscb_cli.load import load
from gsscb_cli.model.types import Dataset
from gsscb_cli.render import quorum_words
from gsscb_cli.render.context import Scope
from gsscb_cli.render.marking import Audience
from gsscb_cli.render.text import md
from tests.conftest import DATA, ROOT
from tests.fixtures.rules.harness import Case

AS_OF = dt.date(2025, 11, 30)

PARTNERSHIP = """\
id: {id}
name: {name}
kind: community-safety-partnership
area: Test
chair: {chair}
meets: {{status: active, every_months: 3, last_met: 2025-10-15}}
obligations: []
sources: [{{file: test}}]
"""

MEETINGS = {
    # held: the Chair absent, so the Vice Chair presides; two deputies refused
    "m-held": """\
id: m-held
date: 2025-10-20
kind: extraordinary
status: held
attendance:
  recorded: true
  members:
    - {seat: chair-seat, status: apologies}
    - {seat: vice-seat, status: present}
    - {seat: m1, status: present}
    - {seat: m2, status: present}
    - {seat: m3, status: present}
    - seat: m4
      status: present
      deputy: {name: Dee Puty, agreed_by_chair: false, delegated_authority: true}
    - seat: m5
      status: present
      deputy: {name: Dai Puty, agreed_by_chair: true, delegated_authority: false}
    - {seat: chair-alpha, status: absent}
    - seat: chair-gamma
      status: present
      deputy: {name: Di Puty, agreed_by_chair: true, delegated_authority: true}
declarations: []
agenda:
  - {id: i-alpha, title: Alpha item, decision_sought: true, impacted_partnerships: [alpha-csp]}
  - {id: i-gamma, title: Gamma item, decision_sought: true, impacted_partnerships: [gamma-csp]}
  - {id: i-eps, title: Epsilon item, decision_sought: true, impacted_partnerships: [epsilon-csp, delta-csp]}
  - {id: i-none, title: No partnership, decision_sought: true}
sources: [{file: test}]
""",
    # forecast at risk: members yet to reply could make it quorate
    "m-risk": """\
id: m-risk
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
    - {seat: m3, status: accepted}
    - {seat: m4, status: no-reply}
    - {seat: m5, status: no-reply}
    - {seat: chair-alpha, status: no-reply}
agenda:
  - {id: i-alpha, title: Alpha item, decision_sought: true, impacted_partnerships: [alpha-csp]}
  - {id: i-beta, title: Beta item, decision_sought: true, impacted_partnerships: [beta-apb]}
  - {id: i-eps, title: Epsilon item, decision_sought: true, impacted_partnerships: [epsilon-csp]}
  - {id: i-delta, title: Delta item, decision_sought: true, impacted_partnerships: [delta-csp]}
sources: [{file: test}]
""",
    # forecast: neither the Chair nor the Vice Chair has accepted
    "m-nochair": """\
id: m-nochair
date: 2025-12-11
kind: ordinary
status: scheduled
attendance:
  recorded: true
  members:
    - {seat: chair-seat, status: apologies}
    - {seat: vice-seat, status: apologies}
    - {seat: m1, status: accepted}
agenda:
  - {id: i-beta, title: Beta item, decision_sought: true, impacted_partnerships: [beta-apb]}
sources: [{file: test}]
""",
    # forecast quorate: everyone accepted
    "m-full": """\
id: m-full
date: 2025-12-12
kind: ordinary
status: scheduled
attendance:
  recorded: true
  members:
    - {seat: chair-seat, status: accepted}
    - {seat: vice-seat, status: accepted}
    - {seat: m1, status: accepted}
    - {seat: m2, status: accepted}
    - {seat: m3, status: accepted}
    - {seat: m4, status: accepted}
    - {seat: m5, status: accepted}
    - {seat: chair-alpha, status: accepted}
agenda:
  - {id: i-both, title: Both, decision_sought: true, impacted_partnerships: [alpha-csp, beta-apb]}
sources: [{file: test}]
""",
    # attendance not recorded (held and scheduled), and a cancelled meeting
    "m-unrec-held": """\
id: m-unrec-held
date: 2025-11-03
kind: extraordinary
status: held
attendance:
  recorded: false
declarations: []
agenda:
  - {id: i-gd, title: Gamma and delta, decision_sought: true, impacted_partnerships: [gamma-csp, delta-csp]}
sources: [{file: test}]
""",
    "m-unrec-sched": """\
id: m-unrec-sched
date: 2025-12-20
kind: extraordinary
status: scheduled
attendance:
  recorded: false
agenda:
  - {id: i-alpha, title: Alpha item, decision_sought: true, impacted_partnerships: [alpha-csp]}
sources: [{file: test}]
""",
    "m-cancelled": """\
id: m-cancelled
date: 2025-11-05
kind: extraordinary
status: cancelled
attendance:
  recorded: false
agenda: []
sources: [{file: test}]
""",
}


@pytest.fixture(scope="module")
def branches(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The rules' base board, with partnerships and meetings that reach every branch."""
    case = Case(tmp_path_factory.mktemp("quorum-words"))
    case.edit(
        "board.yaml",
        "  - beta-apb\n",
        "  - beta-apb\n  - gamma-csp\n  - delta-csp\n  - epsilon-csp\n",
    )
    case.edit(
        "board.yaml",
        "    chair_of: beta-apb\n",
        "    chair_of: beta-apb\n  - id: chair-gamma\n    title: Chair of Gamma CSP\n"
        "    chair_of: gamma-csp\n",
    )
    chairs = {
        "gamma-csp": ("Gamma Community Safety Partnership", "{status: vacant}"),
        "delta-csp": ("Delta Community Safety Partnership", "{status: unknown}"),
        "epsilon-csp": ("Epsilon Community Safety Partnership", "{status: filled, person: p5}"),
    }
    for pid, (name, chair) in chairs.items():
        case.write(f"partnerships/{pid}.yaml", PARTNERSHIP.format(id=pid, name=name, chair=chair))
    for mid, text in MEETINGS.items():
        case.write(f"meetings/{mid}.yaml", text)
    result = load(case.data)
    assert not [f for f in result.findings if f.severity.value == "error"], result.findings
    return result.dataset


def every_dataset(branches: Dataset) -> list[Dataset]:
    fixtures = [ROOT / "tests" / "fixtures" / name / "data" for name in ("render", "welsh")]
    return [branches, *(load(path).dataset for path in (DATA, *fixtures))]


def scope(dataset: Dataset, lang: str) -> Scope:
    assert dataset.board is not None
    return Scope(dataset, dataset.board, AS_OF, Audience.board, lang)


def test_branches_are_reached(branches: Dataset) -> None:
    """The hand-written meetings reach what they are meant to (else the comparison is idle)."""
    results = {m.id: quorum.assess(m, branches) for m in branches.meetings.values()}
    assert results["m-held"].presiding == "vice-chair" and results["m-held"].mode == "recorded"
    assert results["m-risk"].verdict == "at-risk"
    assert results["m-nochair"].presiding is None
    assert results["m-full"].verdict == "quorate"
    assert results["m-unrec-held"].mode == "not-recorded"
    assert results["m-cancelled"].mode == "cancelled"
    reasons = " | ".join(
        r for res in results.values() for d in res.decisions for r in d.all_reasons
    )
    for phrase in (
        "is vacant", "has not replied yet", "is not in attendance", "is not expected",
        "(it has no seat on the board)", "who chairs Delta", "the meeting itself is not quorate",
        "the meeting itself is quorate only if", "attendance is not recorded",
    ):  # fmt: skip
        assert phrase in reasons, phrase
    refused = {r.reason for res in results.values() for r in res.rejected_deputies}
    assert refused == {
        "not agreed by the Chair",
        "without the member's delegated decision-making authority",
        "for a vacant seat: there is no member to deputise for",
    }


def test_english_entries_rebuild_quorum_py_word_for_word(branches: Dataset) -> None:
    checked = 0
    for dataset in every_dataset(branches):
        en = scope(dataset, "en")
        for meeting in dataset.meetings.values():
            result = quorum.assess(meeting, dataset)
            assert quorum_words.compose_statement(en, result) == result.statement
            for decision in result.decisions:
                expected = [md(r) for r in decision.all_reasons]
                assert quorum_words.compose_reasons(en, result, decision) == expected
            for rejected in result.rejected_deputies:
                assert quorum_words.compose_deputy_reason(en, rejected) == md(rejected.reason)
            checked += 1
    assert checked >= 15


def test_both_deputy_problems_are_joined_as_quorum_py_joins_them(branches: Dataset) -> None:
    from dataclasses import replace

    result = quorum.assess(branches.meetings["m-held"], branches)
    one = next(r for r in result.rejected_deputies if r.reason == "not agreed by the Chair")
    both = replace(one, deputy=replace(one.deputy, delegated_authority=False))
    assert quorum_words.compose_deputy_reason(scope(branches, "en"), both) == (
        "not agreed by the Chair and without the member's delegated decision-making authority"
    )
    assert quorum_words.compose_deputy_reason(scope(branches, "cy"), both) == (
        "heb gytundeb y Cadeirydd a heb awdurdod dirprwyedig yr aelod i wneud penderfyniadau"
    )


def test_welsh_statements_and_reasons(branches: Dataset) -> None:
    """Welsh written by hand from the catalogue's grammar, for three branches."""
    cy = scope(branches, "cy")
    risk = quorum.assess(branches.meetings["m-risk"], branches)
    # the Chair and three others accepted; m4, m5 and the Alpha chair have not replied
    assert quorum_words.statement(cy, risk) == (
        "Rhagolwg: disgwylir y Cadeirydd, gyda 3 aelod arall (mae angen o leiaf 5); "
        "bydd yn gworwm dim ond os daw digon o'r 3 aelod sydd heb ateb eto."
    )
    by_item = {d.item.id: quorum_words.decision_reasons(cy, risk, d) for d in risk.decisions}
    missing = "\\[Testun Cymraeg heb ei ddarparu / Welsh text not supplied\\]"
    assert by_item["i-alpha"] == [
        f"nid yw cadeirydd {missing} Alpha Community Safety Partnership wedi ateb eto",
        "bydd y cyfarfod ei hun yn gworwm dim ond os daw aelodau sydd heb ateb eto",
    ]
    assert by_item["i-eps"] == [
        f"ni ddisgwylir cadeirydd {missing} Epsilon Community Safety Partnership "
        "(nid oes ganddi sedd ar y bwrdd)"
    ]
    held = quorum.assess(branches.meetings["m-held"], branches)
    assert quorum_words.statement(cy, held) == (
        "Yn bresennol: yr Is-gadeirydd (gan fod y Cadeirydd yn absennol), gyda 3 aelod arall "
        "(mae angen o leiaf 5): NID oedd y cyfarfod yn gworwm."
    )
    cancelled = quorum.assess(branches.meetings["m-cancelled"], branches)
    assert quorum_words.statement(cy, cancelled) == (
        "Cafodd y cyfarfod ei ganslo; nid yw'r cworwm yn berthnasol."
    )


def test_reasons_that_cannot_be_matched_are_shown_in_english_marked(
    branches: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = quorum.assess(branches.meetings["m-risk"], branches)
    decision = next(d for d in result.decisions if d.item.id == "i-alpha")
    monkeypatch.setattr(quorum_words, "compose_reasons", lambda *a: [])
    shown = quorum_words.decision_reasons(scope(branches, "cy"), result, decision)
    assert shown == [f"\\[Saesneg yn unig / English only\\] {md(r)}" for r in decision.all_reasons]


def test_english_papers_use_quorum_py_itself(branches: Dataset) -> None:
    result = quorum.assess(branches.meetings["m-risk"], branches)
    assert quorum_words.statement(scope(branches, "en"), result) == md(result.statement)
