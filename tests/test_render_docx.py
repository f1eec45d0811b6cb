"""Word papers: read back with python-docx, byte-identical twice, the marking in the header
and footer, and (where LibreOffice is installed) opened by a real word processor.

In CI (the CI environment variable set) LibreOffice must be there: the conversion test
fails instead of skipping, so a missing package cannot pass silently.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from gsscb_cli.errors import UsageError
from gsscb_cli.render.word import PLACEHOLDER, fill_placeholder, mark_and_normalise
from tests.conftest import DATA, ROOT, invoke

docx = pytest.importorskip("docx")

FIXTURE = ROOT / "tests" / "fixtures" / "render" / "data"
AS_OF = "2026-01-12"
PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")


def render_docx(
    tmp_path: Path, paper: str, *extra: str, data: Path = FIXTURE, as_of: str = AS_OF
) -> Path:
    target = tmp_path / f"{paper}{'-'.join(extra)}.docx"
    result = invoke(
        "render",
        paper,
        "--format",
        "docx",
        "--output",
        str(target),
        "--data",
        str(data),
        "--as-of",
        as_of,
        *extra,
    )
    assert result.exit_code == 0, result
    return target


@pytest.fixture(scope="module")
def fixture_papers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docx")
    return {paper: render_docx(folder, paper) for paper in PAPERS}


def header_footer_text(document: object) -> tuple[str, str]:
    section = document.sections[0]  # type: ignore[attr-defined]
    header = " ".join(p.text for p in section.header.paragraphs)
    footer = " ".join(p.text for p in section.footer.paragraphs)
    return header, footer


def body_text(document: object) -> str:
    parts = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.mark.parametrize("paper", PAPERS)
def test_marking_in_header_and_footer(fixture_papers: dict[str, Path], paper: str) -> None:
    document = docx.Document(str(fixture_papers[paper]))
    header, footer = header_footer_text(document)
    expected = "OFFICIAL" if paper in ("actions", "psb-update") else "OFFICIAL-SENSITIVE"
    assert header.split() == [expected]
    assert footer.startswith(expected + " ") and "Page" in footer
    assert PLACEHOLDER not in header + footer


def test_agenda_has_real_headings(fixture_papers: dict[str, Path]) -> None:
    document = docx.Document(str(fixture_papers["agenda"]))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", "Example Safer Communities Board: Agenda") in headings
    assert ("Heading 2", "1. Welcome and apologies") in headings
    assert ("Heading 2", "7. Operation Nightjar outcome") in headings


def test_minutes_have_real_tables(fixture_papers: dict[str, Path]) -> None:
    document = docx.Document(str(fixture_papers["minutes"]))
    header_rows = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["Seat", "Member"] in header_rows
    assert ["Action", "Owner", "Due", "Status"] in header_rows
    actions = next(t for t in document.tables if t.rows[0].cells[0].text == "Action")
    assert len(actions.rows) == 4  # header and the three actions of 2 October 2025
    assert actions.rows[2].cells[2].text == "15 December 2025"


def test_psb_update_numbers_its_paragraphs(fixture_papers: dict[str, Path]) -> None:
    document = docx.Document(str(fixture_papers["psb-update"]))
    numbered = [p.text for p in document.paragraphs if p.style.name == "Numbered Paragraph"]
    assert [t.split("\t")[0] for t in numbered[:3]] == ["1.1", "1.2", "2.1"]
    assert numbered[0].split("\t")[1].startswith("Geographically")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    for section in (
        "1 Areas Affected",
        "2 Purpose of Report",
        "3 Background",
        "4 Funding",
        "5 Recommendations",
    ):
        assert section in headings
    appendices = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert appendices[:4] == [
        "Report to the Example Public Services Board",
        "Appendix A: Terms of Reference",
        "Appendix B: Partnerships’ survey: priorities, performance and issues",
        "Appendix C: Priorities progress",
    ]
    survey = next(  # the survey table (the compliance chart's table also starts "Partnership")
        t
        for t in document.tables
        if [c.text for c in t.rows[0].cells[:2]] == ["Partnership", "Current priorities"]
    )
    assert survey.rows[1].cells[0].text == "North Community Safety Partnership"
    assert "• Refresh the strategic assessment" in survey.rows[1].cells[1].text


def test_pack_cover_and_page_breaks(fixture_papers: dict[str, Path]) -> None:
    document = docx.Document(str(fixture_papers["pack"]))
    assert document.paragraphs[0].style.name == "Title"
    xml = zipfile.ZipFile(fixture_papers["pack"]).read("word/document.xml").decode()
    assert (
        xml.count('w:type="page"') == 5
    )  # cover | agenda | compliance | priorities | actions | supplied


def test_word_is_byte_identical_on_two_renders(
    tmp_path: Path, fixture_papers: dict[str, Path]
) -> None:
    again = render_docx(tmp_path, "pack")
    assert again.read_bytes() == fixture_papers["pack"].read_bytes()


def test_word_changes_with_the_date(tmp_path: Path, fixture_papers: dict[str, Path]) -> None:
    later = render_docx(tmp_path, "actions", as_of="2026-01-13")
    assert later.read_bytes() != fixture_papers["actions"].read_bytes()


def test_public_word_paper_has_no_sensitive_text(tmp_path: Path) -> None:
    path = render_docx(tmp_path, "pack", "--audience", "public")
    document = docx.Document(str(path))
    text = body_text(document)
    for secret in ("Nightjar", "North Town station"):
        assert secret not in text
    assert "This is the public version: 1 item marked above OFFICIAL has been withheld." in text
    assert header_footer_text(document)[0] == "OFFICIAL"


def test_placeholder_split_across_runs_is_filled() -> None:
    xml = (
        "<w:hdr><w:p><w:r><w:t>[MAR</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>KING]</w:t></w:r>"
        "</w:p><w:p><w:r><w:t>other</w:t></w:r></w:p></w:hdr>"
    )
    out, found = fill_placeholder(xml, "OFFICIAL-SENSITIVE")
    assert found
    assert '<w:t xml:space="preserve">OFFICIAL-SENSITIVE</w:t>' in out
    assert "KING]" not in out and "<w:t>other</w:t>" in out


def test_reference_without_placeholder_is_refused(tmp_path: Path) -> None:
    """An officer's own house template must keep [MARKING] in its header and footer."""
    reference = ROOT / "templates" / "reference.docx"
    source = zipfile.ZipFile(reference)
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/footer1.xml":
                data = data.replace(PLACEHOLDER.encode(), b"Company footer")
            target.writestr(info, data)
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "reference.docx").write_bytes(out.getvalue())
    result = invoke(
        "render", "actions", "--format", "docx", "--output", str(tmp_path / "a.docx"),
        "--data", str(FIXTURE), "--as-of", AS_OF, "--templates", str(folder),
    )  # fmt: skip
    assert result.exit_code == 2
    assert "the footer must contain the text [MARKING]" in result.stderr
    assert not (tmp_path / "a.docx").exists()
    with pytest.raises(UsageError):
        mark_and_normalise(
            b"not a zip", "OFFICIAL", __import__("datetime").date(2026, 1, 1), folder
        )


def test_reference_docx_is_built_by_the_script() -> None:
    """templates/reference.docx is what tools/build_reference_docx.py makes (no hand edits)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_reference", ROOT / "tools" / "build_reference_docx.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (ROOT / "templates" / "reference.docx").read_bytes()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def test_libreoffice_opens_every_paper(tmp_path: Path, fixture_papers: dict[str, Path]) -> None:
    """A real word processor opens our files: each converts to a PDF with pages."""
    office = soffice()
    if office is None:
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail("LibreOffice (soffice) is not installed, but CI must run this test")
        pytest.skip("LibreOffice is not installed (set CI=true to make this a failure)")
    bundled = [
        render_docx(tmp_path, p, data=DATA, as_of="2026-01-20") for p in ("pack", "psb-update")
    ]
    sources = [*fixture_papers.values(), *bundled]
    outdir = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
        ]
        + [str(s) for s in sources],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for source in sources:
        pdf = outdir / f"{source.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {source.name}"
        pages = pdf_pages(pdf.read_bytes())
        assert pages > 0, source.name


def pdf_pages(data: bytes) -> int:
    """The page count of a PDF, from its page tree (no PDF library needed)."""
    import re

    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts, default=0)
