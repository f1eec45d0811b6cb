"""Markdown to Word through pandoc (pypandoc-binary), in the house style, deterministically.

* The house style is a reference document (``templates/reference.docx``, or one in the
  user's ``--templates`` folder): pandoc takes its styles, page set-up, header and footer.
* Its header and footer hold the placeholder ``[MARKING]``, which is replaced by the
  paper's security marking on every render (pandoc copies headers as they are).
* Other fixed words of the header and footer ("Page ", " of " around the page numbers)
  are replaced, run by run, by the paper's language's (``word.page``, ``word.of``), so a
  Welsh paper's footer reads "Tudalen 1 o 3".
* The same Markdown and date give the same bytes: pandoc runs with ``SOURCE_DATE_EPOCH``
  from ``--as-of``, and the package is rewritten with fixed timestamps and order.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import zipfile
from collections.abc import Mapping
from html import escape
from pathlib import Path

from gsscb_cli.errors import UsageError

REFERENCE_DOCX = "reference.docx"
PLACEHOLDER = "[MARKING]"
MARKDOWN_FORMAT = (
    "markdown-citations-tex_math_dollars-raw_tex-implicit_figures-yaml_metadata_block"
    "-auto_identifiers"
)
PANDOC_TIMEOUT = 120

_PARA = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
_PART = re.compile(r"word/(header|footer)\d*\.xml")
_DEFAULT_LANG = re.compile(r"(<w:docDefaults>.*?<w:lang\b[^>]*?\bw:val=\")([^\"]*)(\")", re.DOTALL)
_TITLE_PARA = re.compile(
    r"<w:p[ >](?:(?!</w:p>).)*?<w:pStyle w:val=\"(?:Title|Heading1)\"\s*/>.*?</w:p>", re.DOTALL
)
_DC_TITLE = re.compile(r"<dc:title>[^<]*</dc:title>|<dc:title\s*/>")
DOCUMENT_LANGS = {"en": "en-GB", "cy": "cy-GB"}
"""A paper's default language in Word (screen readers and spelling checks use it)."""


def reference_doc(dirs: list[Path]) -> Path:
    """The first reference.docx among the template folders (the user's, then the bundled);
    a link or a file outside its folder is refused, as for templates."""
    from gsscb_cli.render.limits import template_file

    for d in dirs:
        path = template_file(d, REFERENCE_DOCX)
        if path is not None:
            return path
    raise UsageError(f"no {REFERENCE_DOCX} in {', '.join(str(d) for d in dirs)}")


def pandoc_path() -> str:
    import pypandoc

    path: str = pypandoc.get_pandoc_path()
    return path


def to_docx(
    markdown: str,
    reference: Path,
    marking: str,
    as_of: dt.date,
    words: Mapping[str, str] | None = None,
    lang: str = "en",
    resources: Path | None = None,
) -> bytes:
    """Convert Markdown to a .docx in the reference document's style, marked in header and
    footer, in the paper's language (en-GB or cy-GB) and titled in its properties.

    ``resources`` is a folder of pictures the Markdown refers to (the charts)."""
    epoch = int(dt.datetime(as_of.year, as_of.month, as_of.day, tzinfo=dt.UTC).timestamp())
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    command = [
        pandoc_path(),
        "--from",
        MARKDOWN_FORMAT,
        "--to",
        "docx",
        "--reference-doc",
        str(reference),
        "--output",
        "-",
        *(["--resource-path", str(resources)] if resources is not None else []),
    ]
    try:
        done = subprocess.run(
            command,
            input=markdown.encode("utf-8"),
            capture_output=True,
            env=env,
            timeout=PANDOC_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UsageError(
            f"pandoc did not finish converting the paper within {PANDOC_TIMEOUT} seconds"
        ) from None
    except OSError as exc:
        raise UsageError(
            f"cannot run pandoc ({command[0]}): {exc.strerror or 'it could not be started'}; "
            "reinstall pypandoc-binary"
        ) from None
    if done.returncode != 0:
        # pandoc's own text is not shown: its wording changes between releases
        raise UsageError(
            f"pandoc could not convert the paper to Word (exit {done.returncode}) with the house "
            f"style {reference.name}; check that it is a valid .docx (see docs/papers.md)"
        )
    return mark_and_normalise(done.stdout, marking, as_of, reference, words, lang)


def mark_and_normalise(
    docx: bytes,
    marking: str,
    as_of: dt.date,
    reference: Path,
    words: Mapping[str, str] | None = None,
    lang: str = "en",
) -> bytes:
    """Put the marking into every header and footer, set the document's language and title,
    and rewrite the zip deterministically."""
    try:
        source = zipfile.ZipFile(io.BytesIO(docx))
    except zipfile.BadZipFile:
        raise UsageError("pandoc did not produce a Word document") from None
    marked = {"header": False, "footer": False}
    out = io.BytesIO()
    stamp = (max(as_of.year, 1980), as_of.month, as_of.day, 0, 0, 0)
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        title = document_title(source.read("word/document.xml").decode("utf-8"))
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                data = set_language(
                    data.decode("utf-8"), DOCUMENT_LANGS.get(lang, "en-GB")
                ).encode()
            elif info.filename == "docProps/core.xml":
                data = set_title(data.decode("utf-8"), title).encode("utf-8")
            part = _PART.fullmatch(info.filename)
            if part is not None:
                text, found = fill_placeholder(data.decode("utf-8"), marking)
                data = replace_words(text, words or {}).encode("utf-8")
                marked[part.group(1)] |= found
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data, compresslevel=6)
    missing = [name for name, found in marked.items() if not found]
    if missing:
        raise UsageError(
            f"{reference}: the {' and '.join(missing)} must contain the text {PLACEHOLDER}, "
            "which is replaced by the paper's security marking (see docs/papers.md)"
        )
    return out.getvalue()


def fill_placeholder(xml: str, marking: str) -> tuple[str, bool]:
    """Replace the placeholder in each paragraph, even when Word split it across runs."""
    found = False

    def paragraph(match: re.Match[str]) -> str:
        nonlocal found
        para = match.group(0)
        texts = _TEXT.findall(para)
        joined = "".join(t[1] for t in texts)
        if PLACEHOLDER not in joined:
            return para
        found = True
        replaced = joined.replace(PLACEHOLDER, escape(marking, quote=False))
        first = True

        def run_text(m: re.Match[str]) -> str:
            nonlocal first
            value = replaced if first else ""
            first = False
            opening = m.group(1)
            if "xml:space" not in opening:
                opening = opening[:-1] + ' xml:space="preserve">'
            return f"{opening}{value}{m.group(3)}"

        return _TEXT.sub(run_text, para)

    return _PARA.sub(paragraph, xml), found


def replace_words(xml: str, words: Mapping[str, str]) -> str:
    """Replace the text of every run whose whole text is one of ``words``' keys."""
    if not words:
        return xml

    def run_text(m: re.Match[str]) -> str:
        text = m.group(2)
        if text not in words:
            return m.group(0)
        return f"{m.group(1)}{escape(words[text], quote=False)}{m.group(3)}"

    return _TEXT.sub(run_text, xml)


def set_language(styles: str, tag: str) -> str:
    """The document's default language (docDefaults), which every style inherits."""
    return _DEFAULT_LANG.sub(lambda m: f"{m.group(1)}{tag}{m.group(3)}", styles, count=1)


def document_title(document: str) -> str:
    """The text of the first Title (or, failing that, level-one heading) paragraph."""
    match = _TITLE_PARA.search(document)
    if match is None:
        return ""
    from html import unescape

    return unescape("".join(t[1] for t in _TEXT.findall(match.group(0)))).strip()


def set_title(core: str, title: str) -> str:
    """The title in the document's properties (what a screen reader announces, WCAG 2.4.2)."""
    element = f"<dc:title>{escape(title, quote=False)}</dc:title>"
    if _DC_TITLE.search(core):
        return _DC_TITLE.sub(lambda _: element, core, count=1)
    return core.replace("</cp:coreProperties>", f"{element}</cp:coreProperties>")
