"""The Word papers' accessibility basics (PSBAR 2018 applies WCAG 2.2 AA to documents on
the OPCC's website): the document's language (en-GB, or cy-GB for a Welsh paper), a title
in its properties, header rows on every table, alt text on every picture, and headings in
order (none skips a level). The PSB update and the pack carry charts, with alt text."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import zipfile

import pytest

from gsscb_cli.load import load
from gsscb_cli.render import RenderRequest, render_paper
from gsscb_cli.render.marking import Audience
from tests.conftest import DATA

AS_OF = dt.date(2025, 11, 30)
PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")


def parts(paper: str, lang: str = "en") -> dict[str, str]:
    dataset = load(DATA).dataset
    rendered = render_paper(
        dataset, RenderRequest(paper, AS_OF, None, "docx", Audience.public, lang)
    )
    with zipfile.ZipFile(io.BytesIO(rendered.content)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def heading_levels(document: str) -> list[int]:
    styles = re.findall(r'<w:pStyle w:val="(Title|Heading(\d))"\s*/>', document)
    return [0 if name == "Title" else int(level) for name, level in styles]


@pytest.mark.parametrize("paper", PAPERS)
def test_word_paper_basics(paper: str) -> None:
    xml = parts(paper)
    styles, document = xml["word/styles.xml"], xml["word/document.xml"]
    defaults = styles[styles.index("<w:docDefaults>") : styles.index("</w:docDefaults>")]
    assert 'w:val="en-GB"' in defaults and "en-US" not in defaults
    title = re.search(r"<dc:title>([^<]+)</dc:title>", xml["docProps/core.xml"])
    assert title and title.group(1).strip(), "no document title in the properties"
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.DOTALL)
    for table in tables:
        first_row = re.search(r"<w:tr[ >].*?</w:tr>", table, re.DOTALL)
        assert first_row and "<w:tblHeader" in first_row.group(0), "a table without a header row"
    for descr in re.findall(r"<wp:docPr[^>]*?descr=\"([^\"]*)\"", document):
        assert descr.strip(), "a picture without alt text"
    assert document.count("<wp:docPr") == len(re.findall(r"<wp:docPr[^>]*descr=", document))
    levels = heading_levels(document)
    assert levels and levels[0] in (0, 1)
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading level {before} is followed by {after}"


@pytest.mark.parametrize("paper", ["psb-update", "pack"])
def test_psb_update_and_pack_carry_charts_with_alt_text(paper: str) -> None:
    document = parts(paper)["word/document.xml"]
    alts = re.findall(r"<wp:docPr[^>]*?descr=\"([^\"]+)\"", document)
    assert len(alts) == 2
    if paper == "psb-update":  # the compliance matrix: 1 red (Safer Newport's needs assessment)
        assert alts[0].startswith("12 partnerships against 16 kinds of obligation: 1 red")
    assert "Priorities: 6, with 8 milestones" in alts[-1]


def test_a_welsh_paper_is_welsh() -> None:
    xml = parts("psb-update", "cy")
    styles = xml["word/styles.xml"]
    defaults = styles[styles.index("<w:docDefaults>") : styles.index("</w:docDefaults>")]
    assert 'w:val="cy-GB"' in defaults
    alts = re.findall(r"<wp:docPr[^>]*?descr=\"([^\"]+)\"", xml["word/document.xml"])
    assert alts and alts[0].startswith("12 partneriaeth yn erbyn 16 math o rwymedigaeth")


def test_markdown_papers_carry_the_chart_as_words_and_a_table() -> None:
    dataset = load(DATA).dataset
    md = render_paper(dataset, RenderRequest("psb-update", AS_OF)).content.decode()
    assert "**Compliance by partnership and kind of obligation.** 12 partnerships" in md
    assert "| Partnership | Needs assessment |" in md
    assert ".png" not in md
