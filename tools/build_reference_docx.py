"""Build templates/reference.docx, the house style of the board's Word papers, reproducibly.

Starts from pandoc's own default reference document (so every style pandoc uses is
there) and sets, with python-docx:

* A4 pages with 2 cm margins;
* Arial throughout, dark blue headings, a Title and Subtitle for cover pages;
* tables with thin grey borders and a shaded, bold, repeating header row;
* a "Numbered Paragraph" style (hanging indent with a tab) for the 1.1, 1.2 ...
  paragraphs of the PSB report layout;
* British English (en-GB) as the document's default language (pandoc's default is
  en-US); ``gsscb render`` sets cy-GB for a Welsh paper;
* a header and footer holding the placeholder [MARKING], which ``gsscb render``
  replaces with each paper's security marking, and "Page X of Y" in the footer.

Run from the repository root (python-docx is in the test extra):

    /work/venv/bin/python tools/build_reference_docx.py

The output is byte-identical on every run with the same pandoc and python-docx.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "templates" / "reference.docx"
PLACEHOLDER = "[MARKING]"
FONT = "Arial"
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = "808080"
HEADER_FILL = "D9E2F3"
STAMP = (2025, 1, 1, 0, 0, 0)


def pandoc_default() -> bytes:
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    done = subprocess.run(
        [pandoc, "--print-default-data-file", "reference.docx"], capture_output=True, check=True
    )
    return done.stdout


def set_font(
    style: Any, size: float | None = None, bold: bool | None = None, color: RGBColor | None = None
) -> None:
    font = style.font
    font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color


def style_text(document: Any) -> None:
    styles = document.styles
    set_font(styles["Normal"], 11)
    for name in ("Body Text", "First Paragraph", "Compact"):
        set_font(styles[name], 11)
    # space above, none below: a paragraph after a list stands apart from it too
    for name in ("Body Text", "First Paragraph"):
        styles[name].paragraph_format.space_before = Pt(6)
        styles[name].paragraph_format.space_after = Pt(0)
    for level, size in ((1, 16), (2, 13), (3, 11.5), (4, 11)):
        style = styles[f"Heading {level}"]
        set_font(style, size, bold=True, color=NAVY)
        style.font.italic = False
        style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.keep_with_next = True
    set_font(styles["Title"], 24, bold=True, color=NAVY)
    styles["Title"].paragraph_format.space_before = Pt(96)
    styles["Title"].paragraph_format.space_after = Pt(12)
    set_font(styles["Subtitle"], 15, bold=False, color=NAVY)
    styles["Subtitle"].paragraph_format.space_after = Pt(24)

    numbered = styles.add_style("Numbered Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    numbered.base_style = styles["Body Text"]
    set_font(numbered, 11)
    fmt = numbered.paragraph_format
    fmt.left_indent = Cm(1.25)
    fmt.first_line_indent = Cm(-1.25)
    fmt.space_before = Pt(8)
    fmt.space_after = Pt(0)
    fmt.tab_stops.add_tab_stop(Cm(1.25))


def style_tables(document: Any) -> None:
    """Pandoc gives every table the "Table" style: borders, padding, a shaded header row."""
    table = document.styles["Table"].element
    tblpr = table.find(qn("w:tblPr"))
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), GREY)
        borders.append(line)
    tblpr.append(borders)
    margins = tblpr.find(qn("w:tblCellMar"))
    for edge in ("top", "bottom"):
        cell = margins.find(qn(f"w:{edge}"))
        cell.set(qn("w:w"), "40")
    first = table.find(qn("w:tblStylePr"))
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    first.insert(0, rpr)
    tcpr = first.find(qn("w:tcPr"))
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), HEADER_FILL)
    tcpr.append(shading)
    trpr = OxmlElement("w:trPr")
    trpr.append(OxmlElement("w:tblHeader"))
    first.insert(1, trpr)


def field(paragraph: Any, instruction: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "18")
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def marking_paragraph(paragraph: Any) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(PLACEHOLDER)
    run.bold = True
    run.font.name = FONT
    run.font.size = Pt(11)


def page_setup(document: Any) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    section.header_distance = Cm(1.0)
    section.footer_distance = Cm(1.0)
    header = section.header
    header.is_linked_to_previous = False
    marking_paragraph(header.paragraphs[0])
    footer = section.footer
    footer.is_linked_to_previous = False
    marking_paragraph(footer.paragraphs[0])
    pages = footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pages.add_run("Page ").font.size = Pt(9)
    field(pages, "PAGE")
    pages.add_run(" of ").font.size = Pt(9)
    field(pages, "NUMPAGES")


def sample_body(document: Any) -> None:
    """Replace pandoc's sample text with a note for whoever opens the file (pandoc ignores it)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    document.add_paragraph("House style for gsscb board papers", style="Title")
    document.add_paragraph(
        "gsscb render --format docx takes the styles, page set-up, header and footer of this "
        "document. The text [MARKING] in the header and footer is replaced by each paper's "
        "security marking; keep it if you restyle this file. See docs/papers.md.",
        style="Body Text",
    )
    document.add_paragraph("Heading 1", style="Heading 1")
    document.add_paragraph("Heading 2", style="Heading 2")
    document.add_paragraph(
        "1.1\tA numbered paragraph, as in the report to the Public Services Board.",
        style="Numbered Paragraph",
    )


def normalise(data: bytes) -> bytes:
    """Fixed timestamps and attributes, the original order: the same bytes on every build."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=STAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename), compresslevel=6)
    return out.getvalue()


def set_language(document: Any, tag: str = "en-GB") -> None:
    """The default language every style inherits (docDefaults), for screen readers and
    spelling checks (WCAG 3.1.1)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def build() -> bytes:
    document = docx.Document(io.BytesIO(pandoc_default()))
    set_language(document)
    style_text(document)
    style_tables(document)
    page_setup(document)
    sample_body(document)
    props = document.core_properties
    props.title = "gsscb house style"
    props.author = "gsscb"
    props.last_modified_by = "gsscb"
    props.revision = 1
    import datetime as dt

    props.created = dt.datetime(*STAMP)
    props.modified = dt.datetime(*STAMP)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise(buffer.getvalue())


def main() -> int:
    TARGET.write_bytes(build())
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
