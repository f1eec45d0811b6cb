"""Welsh and bilingual papers: golden Markdown, the missing-Welsh notice, Word read back.

The fixture tests/fixtures/welsh/data is the render fixture with Welsh texts, some left out
on purpose (the Serious Violence Working Group's name, the Operation Nightjar summary,
the Head of Strategy's role). The golden files are read by eye; after an intended change:

    GSSCB_REGEN=1 /work/venv/bin/pytest tests/test_welsh_papers.py
    git diff tests/golden/papers/welsh
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, invoke

WELSH = ROOT / "tests" / "fixtures" / "welsh" / "data"
ENGLISH_ONLY = ROOT / "tests" / "fixtures" / "render" / "data"
GOLDEN = ROOT / "tests" / "golden" / "papers" / "welsh"
AS_OF = "2026-01-12"
PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")
MISSING = r"\[Testun Cymraeg heb ei ddarparu / Welsh text not supplied\]"
GOLDENS = [("agenda", "cy"), ("agenda", "bilingual"), ("minutes", "cy"), ("psb-update", "cy")]


def render(paper: str, *extra: str, data: Path = WELSH, as_of: str = AS_OF) -> str:
    result = invoke("render", paper, "--data", str(data), "--as-of", as_of, *extra)
    assert result.exit_code == 0, result
    return result.stdout


@pytest.mark.parametrize(("paper", "lang"), GOLDENS, ids=[f"{p}-{lang}" for p, lang in GOLDENS])
def test_golden(paper: str, lang: str) -> None:
    text = render(paper, "--lang", lang)
    golden = GOLDEN / f"{paper}-{lang}.md"
    if os.environ.get("GSSCB_REGEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run GSSCB_REGEN=1 pytest {__file__}"
    assert text == golden.read_text(encoding="utf-8")


def test_welsh_agenda_uses_welsh_labels_and_welsh_data_texts() -> None:
    out = render("agenda", "--lang", "cy")
    assert out.startswith("**SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE**\n")
    assert "# Bwrdd Cymunedau Mwy Diogel Enghreifftiol: Agenda" in out
    assert "**Dyddiad:** dydd Iau 15 Ionawr 2026" in out
    assert "## 1. Croeso ac ymddiheuriadau" in out
    assert "## 2. Datganiadau o fuddiant" in out
    assert "## 6. Cymeradwyo'r strategaeth trais difrifol" in out  # the item's cy title
    assert "- **Gofynnir am benderfyniad:** Ie" in out
    # 6 to 15 January is 9 days, inside the ToR's 7
    assert "Dosbarthwyd y papurau ar 6 Ionawr 2026, 9 diwrnod cyn y cyfarfod" in out
    for english in ("Welcome and apologies", "Decision sought", "Serious violence strategy"):
        assert english not in out


def test_missing_welsh_is_said_before_the_english_never_silently() -> None:
    out = render("agenda", "--lang", "cy")
    # the Nightjar summary and the working group's name have no Welsh in the fixture
    assert (
        f"{MISSING} Arrests and safeguarding referrals from the North Town station operation."
        in out
    )
    assert f"{MISSING} Serious Violence Working Group (swydd y cadeirydd yn wag)" in out
    assert f"Jo Bloggs ({MISSING} Head of Strategy)" in out
    # texts that have Welsh carry no notice
    assert f"{MISSING} Cymeradwyo" not in out and f"{MISSING} Priorities" not in out
    # with no Welsh in the data at all, every item title says so
    bare = render("agenda", "--lang", "cy", data=ENGLISH_ONLY)
    titles = [line for line in bare.splitlines() if line.startswith("## ")]
    own = [t for t in titles if t.split(". ", 1)[0] in ("## 5", "## 6", "## 7")]
    assert len(own) == 3 and all(MISSING in t for t in own), own


def test_bilingual_markdown_is_welsh_first_then_english() -> None:
    out = render("agenda", "--lang", "bilingual")
    welsh = out.index("# Bwrdd Cymunedau Mwy Diogel Enghreifftiol: Agenda")
    english = out.index("# Example Safer Communities Board: Agenda")
    assert welsh < english
    assert out.index("Croeso ac ymddiheuriadau") < out.index("Welcome and apologies")
    assert out.index("_Mae'r fersiwn Saesneg yn dilyn y fersiwn Gymraeg._") < welsh
    # the English half is the English paper, unchanged
    alone = render("agenda")
    assert out[english:] == alone[alone.index("# Example Safer Communities Board: Agenda") :]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", ["cy", "bilingual"])
def test_every_paper_renders_in_welsh_and_bilingual(paper: str, lang: str) -> None:
    """Every label every paper uses has its Welsh (a missing one is an error, exit 2)."""
    for data in (WELSH, DATA):
        out = render(paper, "--lang", lang, data=data, as_of="2026-01-20")
        assert "SWYDDOGOL" in out.splitlines()[0]


@pytest.mark.parametrize("paper", PAPERS)
def test_welsh_texts_in_the_data_do_not_change_the_english_paper(paper: str) -> None:
    assert render(paper) == render(paper, data=ENGLISH_ONLY)


def test_public_welsh_paper_withholds_and_says_so() -> None:
    out = render("agenda", "--lang", "cy", "--audience", "public")
    assert "Nightjar" not in out and "Arrests" not in out
    assert (
        "_Dyma'r fersiwn gyhoeddus: mae 1 eitem a farciwyd yn uwch na SWYDDOGOL wedi'i hatal._"
        in out
    )
    assert out.startswith("**SWYDDOGOL / OFFICIAL**\n")


def test_unknown_language_lists_the_choices() -> None:
    result = invoke("render", "agenda", "--data", str(WELSH), "--as-of", AS_OF, "--lang", "fr")
    assert result.exit_code == 2
    assert "choose from: en, cy, bilingual" in result.stderr


# --- Word -------------------------------------------------------------------------------------

docx = pytest.importorskip("docx")


def render_docx(tmp_path: Path, paper: str, lang: str, name: str | None = None) -> Path:
    target = tmp_path / (name or f"{paper}-{lang}.docx")
    result = invoke(
        "render", paper, "--data", str(WELSH), "--as-of", AS_OF, "--format", "docx",
        "--lang", lang, "--output", str(target),
    )  # fmt: skip
    assert result.exit_code == 0, result
    return target


@pytest.fixture(scope="module")
def bilingual_agenda(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_docx(tmp_path_factory.mktemp("welsh-docx"), "agenda", "bilingual")


def test_bilingual_agenda_in_word_has_the_welsh_heading_first(bilingual_agenda: Path) -> None:
    document = docx.Document(str(bilingual_agenda))
    paragraphs = document.paragraphs
    headings = [(i, p.text) for i, p in enumerate(paragraphs) if p.style.name == "Heading 1"]
    assert [text for _, text in headings] == [
        "Bwrdd Cymunedau Mwy Diogel Enghreifftiol: Agenda",
        "Example Safer Communities Board: Agenda",
    ]
    texts = [p.text for p in paragraphs]
    # the first item heading of each language, Welsh first
    assert texts.index("1. Croeso ac ymddiheuriadau") < texts.index("1. Welcome and apologies")
    # the English starts on a new page
    body = zipfile.ZipFile(bilingual_agenda).read("word/document.xml").decode("utf-8")
    assert (
        body.index("Croeso ac ymddiheuriadau")
        < body.index('w:type="page"')
        < body.index("Welcome and apologies")
    )


def test_bilingual_word_agenda_says_where_welsh_is_missing(bilingual_agenda: Path) -> None:
    text = "\n".join(p.text for p in docx.Document(str(bilingual_agenda)).paragraphs)
    notice = "[Testun Cymraeg heb ei ddarparu / Welsh text not supplied]"
    assert f"{notice} Arrests and safeguarding referrals" in text
    assert text.index(notice) < text.index("Example Safer Communities Board: Agenda")


def test_word_header_and_footer_carry_the_welsh_marking(bilingual_agenda: Path) -> None:
    section = docx.Document(str(bilingual_agenda)).sections[0]
    header = " ".join(p.text for p in section.header.paragraphs)
    footer = " ".join(p.text for p in section.footer.paragraphs)
    assert header == "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"
    # the page numbers are fields (python-docx reads them as empty): "Tudalen 1 o 3"
    assert footer == "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE Tudalen  o "


def test_welsh_text_is_marked_as_welsh_for_the_spelling_checker(bilingual_agenda: Path) -> None:
    body = zipfile.ZipFile(bilingual_agenda).read("word/document.xml").decode("utf-8")
    english_start = body.index("Example Safer Communities Board: Agenda")
    assert 'w:val="cy-GB"' in body[:english_start]
    assert 'w:val="cy-GB"' not in body[english_start:]


def test_welsh_word_papers_are_byte_identical_and_named_by_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = render_docx(tmp_path, "minutes", "cy", "a.docx").read_bytes()
    second = render_docx(tmp_path, "minutes", "cy", "b.docx").read_bytes()
    assert first == second
    monkeypatch.chdir(tmp_path)
    result = invoke("render", "agenda", "--data", str(WELSH), "--as-of", AS_OF,
                    "--format", "docx", "--lang", "bilingual")  # fmt: skip
    assert result.exit_code == 0, result
    assert (tmp_path / "out" / "agenda-escb-2026-01-15-bilingual.docx").is_file()


def test_welsh_findings_mark_a_name_without_welsh_and_give_no_item_id() -> None:
    """A finding in a Welsh paper shows data without Welsh after the notice, as every other
    text of the paper does (the working group's name has no Welsh in the fixture), and names
    an agenda item by its title, not its id."""
    out = render("psb-update", "--lang", "cy")
    assert (
        f"eitem 'Cymeradwyo'r strategaeth trais difrifol': mae swydd cadeirydd {MISSING} "
        "Serious Violence Working Group yn wag, felly ni all y penderfyniad hwn fod yn gworwm"
    ) in out
    assert "sv-strategy" not in out
