"""gsscb render: choosing the meeting, markings and the public audience, template errors,
where papers are written, and the helpers (escaping, tables, the message catalogue).

Expected values are read from the fixture (tests/fixtures/render/data) and the sources,
not from the renderer's output: e.g. papers for 15 January 2026 circulated on 6 January
are 9 days ahead of the meeting, inside the ToR's seven days.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gsscb_cli.errors import UsageError
from gsscb_cli.i18n import Catalogue, default_catalogue, label, load_catalogue
from gsscb_cli.render.marking import Audience, for_audience, highest
from gsscb_cli.render.tables import grid_table, pipe_table
from gsscb_cli.render.text import md
from tests.conftest import DATA, ROOT, invoke

FIXTURE = ROOT / "tests" / "fixtures" / "render" / "data"
AS_OF = "2026-01-12"
SENSITIVE = ("Nightjar", "North Town station", "A relative works")


def render(*args: str, data: Path = FIXTURE, as_of: str = AS_OF) -> tuple[int, str, str]:
    result = invoke("render", *args, "--data", str(data), "--as-of", as_of)
    return result.exit_code, result.stdout, result.stderr


# --- listing and choosing the meeting --------------------------------------------


def test_list_names_every_paper() -> None:
    result = invoke("render", "--list")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == [
        "agenda",
        "pack",
        "minutes",
        "psb-update",
        "compliance",
        "actions",
        "forward-plan",
    ]


def test_agenda_defaults_to_the_next_scheduled_meeting() -> None:
    code, out, _ = render("agenda")
    assert code == 0
    assert "Thursday 15 January 2026" in out.split("## 1.")[0]
    # on the meeting day it is still "the next" meeting; the day after, April's is
    _, out_after, _ = render("agenda", as_of="2026-01-16")
    assert "Thursday 16 April 2026" in out_after.split("## 1.")[0]


def test_minutes_default_to_the_last_held_meeting() -> None:
    code, out, _ = render("minutes")
    assert code == 0
    assert "Thursday 2 October 2025" in out


def test_no_scheduled_meeting_is_a_clear_error() -> None:
    code, _, err = render("agenda", as_of="2026-05-01")
    assert code == 2
    assert "no scheduled meeting on or after 2026-05-01" in err
    assert "--meeting" in err


def test_unknown_meeting_lists_the_known_ones() -> None:
    code, _, err = render("agenda", "--meeting", "escb-2030-01-01")
    assert code == 2
    assert "no meeting 'escb-2030-01-01'" in err and "escb-2025-10-02" in err


def test_minutes_of_a_meeting_not_yet_held_are_refused() -> None:
    code, _, err = render("minutes", "--meeting", "escb-2026-01-15")
    assert code == 2
    assert "scheduled" in err and "held meeting" in err


def test_cancelled_meeting_has_no_agenda() -> None:
    code, _, err = render("agenda", "--meeting", "gsscb-2025-12-04", data=DATA)
    assert code == 2
    assert "cancelled" in err


def test_meeting_option_on_a_board_wide_paper_is_refused() -> None:
    code, _, err = render("psb-update", "--meeting", "escb-2026-01-15")
    assert code == 2
    assert "leave out --meeting" in err


def test_unknown_paper_and_language() -> None:
    code, _, err = render("budget")
    assert code == 2 and "unknown paper 'budget'" in err
    code, _, err = render("agenda", "--lang", "fr")
    assert code == 2 and "--lang" in err


# --- content checked against the fixture --------------------------------------------


def test_agenda_states_the_seven_day_rule_and_the_decision_quorum() -> None:
    _, out, _ = render("agenda")
    # 6 January to 15 January is 9 days: inside the ToR's 7
    assert "Papers circulated on 6 January 2026, 9 days before the meeting" in out
    assert "meets the 7-day rule" in out
    # the Serious Violence Working Group's chair is vacant: that decision cannot be quorate
    sv = out.split("Serious violence strategy sign-off")[1].split("##")[0]
    assert "Serious Violence Working Group (chair vacant)" in sv
    assert "cannot be quorate" in sv
    # standing items come first, in order
    heads = [line for line in out.splitlines() if line.startswith("## ")]
    assert heads[:4] == [
        "## 1. Welcome and apologies",
        "## 2. Declarations of interest",
        "## 3. Minutes of the last meeting",
        "## 4. Action log",
    ]


def test_late_papers_are_called_late(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    meeting = data / "meetings" / "escb-2026-01-15.yaml"
    meeting.write_text(
        meeting.read_text().replace(
            "papers_circulated: 2026-01-06", "papers_circulated: 2026-01-10"
        )
    )
    _, out, _ = render("agenda", data=data)
    assert "Papers circulated on 10 January 2026, 5 days before the meeting" in out
    assert "later than the 7 days" in out


def test_minutes_quorum_statement_comes_from_the_quorum_rule() -> None:
    from gsscb_cli.load import load
    from gsscb_cli.quorum import assess
    from gsscb_cli.words import sentence

    dataset = load(FIXTURE).dataset
    statement = sentence(assess(dataset.meetings["escb-2025-10-02"], dataset).statement)
    _, out, _ = render("minutes")
    assert md(statement) in out
    # by hand: the Chair presides; police, health (approved deputy), Rhian Evans (two seats,
    # counted once), South director, fire and the South CSP chair are six others
    assert "with 6 other members (at least 5 required): the meeting was quorate" in out
    assert "Sam Price, deputy for the Director of Public Health (agreed by the Chair" in out


def test_minutes_list_decisions_and_actions_with_owners_and_dates() -> None:
    _, out, _ = render("minutes")
    decisions = out.split("## Decisions")[1].split("## Actions")[0]
    assert "1. The board agreed its terms of reference. (Terms of reference)" in decisions
    actions = out.split("## Actions")[1]
    assert (
        "| Nominate a vice chair for South CSP | Chair of South Community Safety Partnership | 15 December 2025 | Open |"
        in actions
    )


# --- markings and the public audience -------------------------------------------------


def test_marking_is_the_highest_of_the_included_items() -> None:
    assert highest([]) == "OFFICIAL"
    assert highest(["OFFICIAL", "OFFICIAL-SENSITIVE"]) == "OFFICIAL-SENSITIVE"
    kept = for_audience(["a", "b"], ["OFFICIAL", "OFFICIAL-SENSITIVE"], Audience.public)
    assert kept.kept == ("a",) and kept.withheld == ("b",)


@pytest.mark.parametrize("paper", ["agenda", "pack", "minutes", "forward-plan", "compliance"])
def test_marking_top_and_bottom(paper: str) -> None:
    _, out, _ = render(paper)
    lines = out.strip().splitlines()
    assert lines[0] == lines[-1] == "**OFFICIAL-SENSITIVE**"


@pytest.mark.parametrize("paper", ["agenda", "pack", "minutes", "forward-plan", "compliance"])
def test_public_render_has_no_sensitive_text(paper: str) -> None:
    _, board, _ = render(paper)
    code, public, _ = render(paper, "--audience", "public")
    assert code == 0
    assert any(s in board for s in SENSITIVE)  # the board version has it ...
    for text in SENSITIVE:  # ... the public one does not
        assert text not in public
    lines = public.strip().splitlines()
    assert lines[0] == lines[-1] == "**OFFICIAL**"
    assert "This is the public version" in public and "withheld" in public


def test_actions_paper_is_official() -> None:
    _, out, _ = render("actions")
    assert out.startswith("**OFFICIAL**\n")


# --- templates: errors and the sandbox ---------------------------------------------


def write_template(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_missing_variable_names_template_and_line(tmp_path: Path) -> None:
    folder = write_template(
        tmp_path / "t",
        "agenda.md.j2",
        "# Agenda\n\n{{ meeting.date }}\n{{ meeting.chairperson }}\n",
    )
    code, out, err = render("agenda", "--templates", str(folder))
    assert code == 2 and out == ""
    assert "template agenda.md.j2, line 4" in err
    assert "chairperson" in err
    assert "Traceback" not in err


def test_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    folder = write_template(
        tmp_path / "t", "actions.md.j2", "# Actions\n\n{% for a in actions.open %}\n{{ a.text }\n"
    )
    code, _, err = render("actions", "--templates", str(folder))
    assert code == 2
    assert "template actions.md.j2, line 4: template syntax error" in err


def test_error_in_an_included_template_names_that_template(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "t", "_actions_body.md.j2", "line one\n{{ nothing_here }}\n")
    code, _, err = render("actions", "--templates", str(folder))
    assert code == 2
    assert "template _actions_body.md.j2, line 2" in err


def test_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    folder = write_template(
        tmp_path / "t", "actions.md.j2", "{{ board.__class__.__mro__[1].__subclasses__() }}\n"
    )
    code, out, err = render("actions", "--templates", str(folder))
    assert code == 2 and out == ""
    assert "template actions.md.j2, line 1" in err


def test_unknown_label_is_an_error(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "t", "actions.md.j2", "# {{ t('no-such-label') }}\n")
    code, _, err = render("actions", "--templates", str(folder))
    assert code == 2
    assert "no label 'no-such-label'" in err and "actions.md.j2, line 1" in err


def test_user_template_overrides_one_file_and_keeps_the_rest(tmp_path: Path) -> None:
    folder = write_template(
        tmp_path / "t", "actions.md.j2", "{{ t('paper.actions') }} for {{ board.short_name }}\n"
    )
    code, out, _ = render("actions", "--templates", str(folder))
    assert code == 0 and out == "Action log for ESCB\n"
    code, out, _ = render("agenda", "--templates", str(folder))  # not overridden
    assert code == 0 and "## 1. Welcome and apologies" in out


def test_missing_templates_folder(tmp_path: Path) -> None:
    code, _, err = render("actions", "--templates", str(tmp_path / "nope"))
    assert code == 2 and "is not a folder" in err


# --- where papers go --------------------------------------------------------------------


def test_markdown_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "agenda.md"
    code, out, err = render("agenda", "--output", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("**OFFICIAL-SENSITIVE**")
    assert "OFFICIAL-SENSITIVE" in err


def test_never_writes_inside_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    code, _, err = render("agenda", "--output", str(data / "agenda.md"), data=data)
    assert code == 2 and "inside the data folder" in err
    assert not (data / "agenda.md").exists()


def test_failed_render_leaves_no_file(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "t", "agenda.md.j2", "{{ undefined_thing }}\n")
    target = tmp_path / "out" / "agenda.md"
    target.parent.mkdir()
    code, _, _ = render("agenda", "--templates", str(folder), "--output", str(target))
    assert code == 2
    assert list(target.parent.iterdir()) == []


def test_docx_default_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = render("agenda", "--format", "docx", "--audience", "public")
    assert code == 0, err
    # into out/ (git-ignored), never loose in the working folder (often the repository)
    assert (tmp_path / "out" / "agenda-escb-2026-01-15-public.docx").is_file()
    assert "wrote out/agenda-escb-2026-01-15-public.docx" in err
    code, _, _ = render("actions", "--format", "docx")
    assert (tmp_path / "out" / f"actions-{AS_OF}.docx").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_default_output_folder_is_git_ignored() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "out/" in ignored


def test_markdown_is_deterministic() -> None:
    assert render("pack")[1] == render("pack")[1]


# --- helpers ----------------------------------------------------------------------------


def test_md_escapes_what_markdown_would_interpret() -> None:
    assert (
        md("a *b* _c_ [d](e) <f> | `g` #1 $5") == r"a \*b\* \_c\_ \[d\](e) \<f\> \| \`g\` \#1 \$5"
    )
    assert md("1. not a list") == r"1\. not a list"
    assert md("- not a bullet") == r"\- not a bullet"
    assert md("two\nlines") == "two lines"


def test_pipe_table_with_list_cells() -> None:
    text = pipe_table(["A", "B"], [["x", ["one", "two"]]])
    assert text.splitlines() == ["| A | B |", "|---|---|", "| x | • one<br>• two |"]


def test_grid_table_wraps_and_keeps_every_word() -> None:
    words = "alpha beta gamma delta epsilon zeta eta theta"
    text = grid_table(["Head", "List"], [[words, ["first item", "second"]]], [10, 12])
    lines = text.splitlines()
    assert len({len(line) for line in lines}) == 1  # a rectangle, as pandoc requires
    assert lines[0].startswith("+--") and lines[2].startswith("+==")
    body = " ".join(line.strip("|+ -=") for line in lines)
    for word in words.split():
        assert word in body
    assert "• first item" in text and "• second" in text


def test_catalogue_labels_and_counts() -> None:
    assert label("apologies.none-held") == "None."
    cat = default_catalogue()
    assert cat.count("withheld", 1).startswith("This is the public version: 1 item ")
    assert "2 items" in cat.count("withheld", 2)
    with pytest.raises(UsageError, match="no label"):
        cat.label("does-not-exist")
    with pytest.raises(UsageError, match="has no 'fr' text"):  # Welsh is there (issue 7)
        cat.label("apologies.none-held", "fr")


def test_catalogue_with_a_second_language_is_data(tmp_path: Path) -> None:
    path = tmp_path / "messages.yaml"
    path.write_text("apologies: {en: Apologies, cy: Ymddiheuriadau}\n", encoding="utf-8")
    cat = load_catalogue(path)
    assert cat.label("apologies", "cy") == "Ymddiheuriadau"
    assert cat.languages() == {"en", "cy"}
    assert isinstance(cat, Catalogue)


def test_malformed_catalogue_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "messages.yaml"
    path.write_text("apologies: Apologies\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"messages\.yaml:1: label 'apologies' must map"):
        load_catalogue(path)


def test_every_label_the_templates_use_exists() -> None:
    import json
    import re

    from gsscb_cli.domain.meetings import STANDING_ITEMS

    def enum(schema: str, *path: str) -> list[str]:
        node = json.loads((ROOT / "schemas" / f"{schema}.schema.json").read_text())
        for key in path:
            node = node[key]
        return list(node["enum"])

    meeting = ("properties", "actions", "items", "properties")
    priority = ("properties", "milestones", "items", "properties")
    # keys built in templates as prefix ~ value: the values each prefix takes
    values = {
        "action-status.": enum("meeting", *meeting, "status"),
        "basis.": [*enum("defs", "definitions", "basis"), "terms-of-reference"],
        "rag.": ["red", "amber", "green", "grey"],
        "kind.": enum("meeting", "properties", "kind"),
        "meeting-status.": enum("meeting", "properties", "status"),
        "milestone-status.": enum("priority", *priority, "status"),
        "priority-status.": enum("priority", "properties", "status"),
        "severity.": ["error", "warning", "info"],
        "standing.": [s.id for s in STANDING_ITEMS],
        "verdict.": ["quorate", "not-quorate", "at-risk", "unknown"],
        "deadline.": ["obligation", "milestone"],
        "tor.rounding.": enum("board", "properties", "quorum", "properties", "rounding"),
        "issue-status.": enum("issues", "properties", "issues", "items", "properties", "status"),
    }
    used: set[str] = set()
    for template in (ROOT / "templates").glob("*.j2"):
        text = template.read_text(encoding="utf-8")
        used |= set(re.findall(r"\btn?\(\"([a-z0-9.+-]+)\"", text))
    keys: set[str] = set()
    for key in used:
        if key.endswith("."):
            assert key in values, f"dynamic label prefix {key} not covered by this test"
            keys |= {key + v for v in values[key]}
        else:
            keys.add(key)
    catalogue = default_catalogue().messages
    plural = {k.rsplit(".", 1)[0] for k in catalogue if k.endswith((".one", ".other"))}
    missing = sorted(k for k in keys if k not in catalogue and k not in plural)
    assert len(keys) > 100 and missing == []
