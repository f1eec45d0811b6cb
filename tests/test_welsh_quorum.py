"""The quorum statement and reasons, in English and Welsh, from the one words catalogue.

gsscb_cli/quorum.py returns facts (a ``Phrase``: a catalogue key and its params) and
``gsscb_cli.words`` words them: `gsscb quorum`, the findings and the papers in both
languages say the same sentence from the same entry. Checked here over the bundled data,
both paper fixtures and meetings written to reach each branch (vice chair presiding,
neither, at risk, not recorded, cancelled; chairs vacant, awaited, absent with and without
a seat, unknown; deputies refused for each reason). The expected sentences are written by
hand from the ToR's tests and the catalogue's grammar, not copied from the output.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from gsscb_cli import quorum, words
from gsscb_cli.findings import Phrase
from gsscb_cli.load import load
from gsscb_cli.model.types import Dataset
from gsscb_cli.render.context import Scope
from gsscb_cli.render.marking import Audience
from gsscb_cli.render.text import md
from tests.conftest import DATA, ROOT, invoke
from tests.fixtures.rules.harness import Case

AS_OF = dt.date(2025, 11, 30)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

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


def phrases(result: quorum.QuorumResult) -> list[Phrase]:
    """Every phrase a quorum result holds: its statement, reasons, seat notes, deputies."""
    out = [result.statement]
    out += [r for d in result.decisions for r in d.all_reasons]
    out += [s.note for s in result.seats if s.note is not None]
    out += [r.reason for r in result.rejected_deputies]
    return out


def english(branches: Dataset, meeting: str) -> tuple[str, dict[str, list[str]], list[str]]:
    """A meeting's statement, each decision's reasons and the refused deputies, in English."""
    result = quorum.assess(branches.meetings[meeting], branches)
    reasons = {d.item.id: [words.sentence(r) for r in d.all_reasons] for d in result.decisions}
    refused = [words.sentence(r.reason) for r in result.rejected_deputies]
    return words.sentence(result.statement), reasons, refused


def test_branches_are_reached(branches: Dataset) -> None:
    """The hand-written meetings reach what they are meant to (else the checks are idle)."""
    results = {m.id: quorum.assess(m, branches) for m in branches.meetings.values()}
    assert results["m-held"].presiding == "vice-chair" and results["m-held"].mode == "recorded"
    assert results["m-risk"].verdict == "at-risk"
    assert results["m-nochair"].presiding is None
    assert results["m-full"].verdict == "quorate"
    assert results["m-unrec-held"].mode == "not-recorded"
    assert results["m-cancelled"].mode == "cancelled"
    keys = {p.key for res in results.values() for p in phrases(res)}
    assert keys >= {
        "decision.vacant", "decision.awaited", "decision.missing.held",
        "decision.missing.forecast", "decision.seatless.forecast", "decision.unknown",
        "decision.meeting.not-quorate", "decision.meeting.at-risk", "decision.meeting.unknown",
        "deputy.problem.not-agreed", "deputy.problem.no-authority",
        "deputy.problem.vacant-seat",
    }, keys  # fmt: skip


def test_every_phrase_is_in_the_catalogue_in_both_languages(branches: Dataset) -> None:
    checked = 0
    for dataset in every_dataset(branches):
        for meeting in dataset.meetings.values():
            for said in phrases(quorum.assess(meeting, dataset)):
                en, cy = words.sentence(said, "en"), words.sentence(said, "cy")
                assert en and cy and en != cy, (said, en, cy)
                assert not PLACEHOLDER.search(en + cy), (said, en, cy)
                checked += 1
    assert checked >= 50


def test_a_missing_entry_fails_never_falls_back(
    branches: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = quorum.assess(branches.meetings["m-held"], branches)
    entries = dict(words.catalogue())
    del entries["quorum.recorded.not-quorate"]
    monkeypatch.setattr(words, "catalogue", lambda: entries)
    with pytest.raises(words.CatalogueError, match=r"no entry 'quorum\.recorded\.not-quorate'"):
        scope(branches, "cy").say(held.statement)
    entries["quorum.recorded.not-quorate"] = {"en": "Present: {presiding}."}  # no Welsh
    with pytest.raises(words.CatalogueError, match="has no 'cy' text"):
        scope(branches, "cy").say(held.statement)


def test_english_statements_and_reasons(branches: Dataset) -> None:
    """In English, by hand: m-held has the Vice Chair and m1-m3 in person (the Chair sent
    apologies; two deputies refused, the Gamma deputy stands for a vacant chair's seat)."""
    statement, reasons, refused = english(branches, "m-held")
    assert statement == (
        "Present: the Vice Chair (the Chair being absent), with 3 other members "
        "(at least 5 required): the meeting was NOT quorate."
    )
    # a decision its chairs already make not quorate gets no reason from the meeting
    assert reasons["i-alpha"] == [
        "the chair of Alpha Community Safety Partnership is not in attendance"
    ]
    assert reasons["i-gamma"] == [
        "the chair of Gamma Community Safety Partnership is vacant, so this decision cannot "
        "be quorate"
    ]
    assert reasons["i-none"] == ["the meeting itself is not quorate"]
    assert reasons["i-eps"] == [
        "the chair of Epsilon Community Safety Partnership is not in attendance (it has no "
        "seat on the board)",
        "who chairs Delta Community Safety Partnership is not recorded, and it has no seat on "
        "the board",
    ]
    assert refused == [
        "not agreed by the Chair",
        "without the member's delegated decision-making authority",
        "for a vacant seat: there is no member to deputise for",
    ]
    statement, reasons, _ = english(branches, "m-risk")
    assert statement == (
        "Forecast: the Chair expected, with 3 other members (at least 5 required); quorate "
        "only if enough of 3 members yet to reply attend."
    )
    assert reasons["i-alpha"] == [
        "the chair of Alpha Community Safety Partnership has not replied yet",
        "the meeting itself is quorate only if members yet to reply attend",
    ]
    assert reasons["i-delta"] == [
        "who chairs Delta Community Safety Partnership is not recorded, and it has no seat on "
        "the board",
        "the meeting itself is quorate only if members yet to reply attend",
    ]
    assert english(branches, "m-nochair")[0] == (
        "Forecast: neither the Chair nor the Vice Chair expected, with 1 other member "
        "(at least 5 required): the meeting will not be quorate on the replies received."
    )
    assert english(branches, "m-unrec-held")[0] == (
        "Attendance was not recorded, so it cannot be shown that the meeting was quorate."
    )
    assert english(branches, "m-unrec-held")[1]["i-gd"] == [
        "the chair of Gamma Community Safety Partnership is vacant, so this decision cannot "
        "be quorate"
    ]
    assert english(branches, "m-unrec-sched")[0] == (
        "No expected attendance is recorded yet, so quorum cannot be forecast."
    )
    assert english(branches, "m-unrec-sched")[1]["i-alpha"] == [
        "attendance is not recorded, so the meeting's quorum cannot be shown"
    ]


def test_one_member_yet_to_reply_is_one(branches: Dataset) -> None:
    result = quorum.assess(branches.meetings["m-risk"], branches)
    one = replace(result, uncertain=result.uncertain[:1])
    assert words.sentence(one.statement).endswith(
        "; quorate only if the 1 member yet to reply attends."
    )
    assert words.sentence(one.statement, "cy").endswith(
        "; bydd yn gworwm dim ond os daw'r 1 aelod sydd heb ateb eto."
    )


def test_both_deputy_problems_are_one_reason(branches: Dataset) -> None:
    result = quorum.assess(branches.meetings["m-held"], branches)
    one = next(r for r in result.rejected_deputies if r.code == "not-agreed")
    both = replace(one, code="not-agreed-no-authority")
    assert scope(branches, "en").say(both.reason) == (
        "not agreed by the Chair and without the member's delegated decision-making authority"
    )
    assert scope(branches, "cy").say(both.reason) == (
        "heb gytundeb y Cadeirydd a heb awdurdod dirprwyedig yr aelod i wneud penderfyniadau"
    )


def test_welsh_statements_and_reasons(branches: Dataset) -> None:
    """Welsh written by hand from the catalogue's grammar, for three branches."""
    cy = scope(branches, "cy")
    risk = quorum.assess(branches.meetings["m-risk"], branches)
    # the Chair and three others accepted; m4, m5 and the Alpha chair have not replied
    assert cy.say(risk.statement) == (
        "Rhagolwg: disgwylir y Cadeirydd, gyda 3 aelod arall (mae angen o leiaf 5); "
        "bydd yn gworwm dim ond os daw digon o'r 3 aelod sydd heb ateb eto."
    )
    by_item = {d.item.id: [cy.say(r) for r in d.all_reasons] for d in risk.decisions}
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
    assert cy.say(held.statement) == (
        "Yn bresennol: yr Is-gadeirydd (gan fod y Cadeirydd yn absennol), gyda 3 aelod arall "
        "(mae angen o leiaf 5): NID oedd y cyfarfod yn gworwm."
    )
    assert [cy.say(r.reason) for r in held.rejected_deputies][-1] == (
        "ar ran sedd wag: nid oes aelod i ddirprwyo ar ei ran"
    )
    cancelled = quorum.assess(branches.meetings["m-cancelled"], branches)
    assert cy.say(cancelled.statement) == (
        "Cafodd y cyfarfod ei ganslo; nid yw'r cworwm yn berthnasol."
    )


def test_english_papers_escape_data_not_words(branches: Dataset) -> None:
    """A paper escapes the names it fills in for Markdown, as it escapes all data."""
    from gsscb_cli.model.types import Text

    said = Phrase.of("decision.awaited", awaited=Text(en="*Bold* [CSP]"))
    assert scope(branches, "en").say(said) == (
        "the chair of \\*Bold\\* \\[CSP\\] has not replied yet"
    )
    result = quorum.assess(branches.meetings["m-risk"], branches)
    assert scope(branches, "en").say(result.statement) == md(words.sentence(result.statement))


def test_the_welsh_minutes_say_the_catalogues_welsh() -> None:
    """A Welsh paper's quorum statement is the catalogue's Welsh, and no English."""
    fixture = ROOT / "tests" / "fixtures" / "welsh" / "data"
    run = invoke("render", "minutes", "--data", str(fixture), "--as-of", "2026-01-12",
                 "--lang", "cy")  # fmt: skip
    assert run.exit_code == 0, run
    dataset = load(fixture).dataset
    held = [m for m in dataset.meetings.values() if m.status == "held"]
    statement = quorum.assess(max(held, key=lambda m: m.date), dataset).statement
    welsh = words.sentence(statement, "cy")
    assert welsh.startswith("Yn bresennol: ") and welsh in run.stdout
    assert words.sentence(statement, "en") not in run.stdout
    assert "Present: " not in run.stdout and "quorate" not in run.stdout


def test_the_cli_says_the_same_english(branches: Dataset) -> None:
    """`gsscb quorum` (its JSON) and the meeting-quorum finding word the statement from the
    same entry as the papers."""
    import json

    from gsscb_cli.commands.quorum_cmd import as_dict

    result = quorum.assess(branches.meetings["m-held"], branches)
    data = as_dict(result, branches, [])
    assert data["statement"] == words.sentence(result.statement)
    assert data["rejected_deputies"][0]["reason"] == "not agreed by the Chair"
    assert json.dumps(data)  # plain data
    entry = words.catalogue()["meeting-quorum.not-quorate"]
    assert entry == {"use": "quorum.recorded.not-quorate"}
