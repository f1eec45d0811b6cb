"""Board papers: the model -> plain data -> sandboxed Jinja -> Markdown -> (pandoc) Word.

``render_paper(dataset, request)`` is the one entry point; ``gsscb render`` parses
options, calls it and writes the result.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gsscb_cli.errors import UsageError
from gsscb_cli.render.marking import Audience

if TYPE_CHECKING:  # the papers and their context builders load only when rendering
    from gsscb_cli.findings import Finding
    from gsscb_cli.i18n import Catalogue
    from gsscb_cli.model.types import Dataset, Meeting
    from gsscb_cli.render.papers import Paper

LANGUAGES = ("en", "cy", "bilingual")
"""Languages papers can be rendered in: English, Welsh, or both in one paper."""

WORD_LANGUAGE_TAGS = {"cy": "cy-GB"}
"""Word marks Welsh text as Welsh (w:lang), so that its spelling and grammar checks use
Welsh; English text keeps the reference document's default."""

WORD_KEYS = ("word.page", "word.of")
"""Words of the reference document's footer put into the paper's first language."""

BILINGUAL = "bilingual"
BILINGUAL_ORDER = ("cy", "en")
"""A bilingual paper is the whole paper in Welsh, then the whole paper in English (on a new
page in Word): Welsh first, as the Welsh Language Commissioner advises, and each language
in one unbroken block, never mixed within a sentence or heading (see docs/welsh.md)."""

FORMATS = ("md", "docx")
FINDINGS_PAPERS = {"pack", "psb-update", "compliance"}


@dataclass(frozen=True)
class RenderRequest:
    paper: str
    as_of: dt.date
    meeting: str | None = None
    fmt: str = "md"
    audience: Audience = Audience.board
    lang: str = "en"
    templates: Path | None = None


@dataclass(frozen=True)
class Rendered:
    paper: str
    meeting: str | None
    marking: str
    withheld: int
    content: bytes
    fmt: str
    stem: str

    @property
    def default_name(self) -> str:
        """``<paper>-<meeting or as-of>[-public].<fmt>``: the file name when no --output is given."""
        return f"{self.stem}.{self.fmt}"


def get_paper(name: str) -> Paper:
    from gsscb_cli.render.papers import PAPERS

    paper = PAPERS.get(name)
    if paper is None:
        raise UsageError(
            f"unknown paper '{name}'; choose from: {', '.join(PAPERS)} (gsscb render --list)"
        )
    return paper


def choose_meeting(
    dataset: Dataset, paper: Paper, meeting_id: str | None, as_of: dt.date
) -> Meeting | None:
    """The meeting a paper is about: as given, else the next scheduled (or, for minutes, the last held)."""
    if paper.meeting == "none":
        if meeting_id is not None:
            raise UsageError(f"the {paper.id} paper is not about one meeting; leave out --meeting")
        return None
    if meeting_id is not None:
        meeting = dataset.meetings.get(meeting_id)
        if meeting is None:
            known = ", ".join(m.id for m in dataset.meetings_by_date()) or "none"
            raise UsageError(f"--meeting: no meeting '{meeting_id}' in the data (known: {known})")
    elif paper.meeting == "held":
        held = [m for m in dataset.meetings_by_date() if m.status == "held" and m.date <= as_of]
        if not held:
            raise UsageError(
                f"no meeting held on or before {as_of}; give --meeting ID (gsscb list meetings)"
            )
        meeting = held[-1]
    else:
        upcoming = [
            m for m in dataset.meetings_by_date() if m.status == "scheduled" and m.date >= as_of
        ]
        if not upcoming:
            raise UsageError(
                f"no scheduled meeting on or after {as_of}; give --meeting ID (gsscb list meetings)"
            )
        meeting = upcoming[0]
    if meeting.status == "cancelled":
        raise UsageError(
            f"meeting {meeting.id} was cancelled; there is no {paper.id} to render for it"
        )
    if paper.meeting == "held" and meeting.status != "held":
        raise UsageError(
            f"meeting {meeting.id} is {meeting.status}: minutes are drafted for a held meeting "
            "(record it as held, with its attendance, first)"
        )
    return meeting


def render_paper(dataset: Dataset, request: RenderRequest) -> Rendered:
    """Render one paper to Markdown or Word bytes."""
    from gsscb_cli.i18n import catalogue_for
    from gsscb_cli.render.context import Scope
    from gsscb_cli.render.environment import make_environment, render_template, template_dirs
    from gsscb_cli.render.papers import context_for

    paper = get_paper(request.paper)
    if request.lang not in LANGUAGES:
        raise UsageError(
            f"--lang: '{request.lang}' is not available; choose from: {', '.join(LANGUAGES)}"
        )
    if request.fmt not in FORMATS:
        raise UsageError(f"--format: choose from {', '.join(FORMATS)}")
    if dataset.board is None:
        raise UsageError(
            "the board's record (board.yaml) is missing or invalid; run gsscb validate"
        )
    meeting = choose_meeting(dataset, paper, request.meeting, request.as_of)
    findings: tuple[Finding, ...] = ()
    if paper.id in FINDINGS_PAPERS:
        from gsscb_cli.rules import run_rules

        findings = tuple(run_rules(dataset, request.as_of))
    dirs = template_dirs(request.templates)
    catalogue = catalogue_for(request.templates)
    languages = BILINGUAL_ORDER if request.lang == BILINGUAL else (request.lang,)
    parts: list[str] = []
    for lang in languages:
        scope = Scope(
            dataset, dataset.board, request.as_of, request.audience, lang, findings, catalogue
        )
        context = context_for(paper, scope, meeting)
        env = make_environment(dirs, catalogue, lang, request.fmt)
        parts.append(tag_language(render_template(env, paper.template, context), lang, request.fmt))
    # The header and footer show the marking in the paper's first language (in Welsh,
    # with the English marking beside it).
    marking = catalogue.label(f"marking.{context['marking']}", languages[0])
    markdown = parts[0] if len(parts) == 1 else join_languages(parts, catalogue, marking, request)
    if request.fmt == "docx":
        from gsscb_cli.render.word import reference_doc, to_docx

        pairs = [(catalogue.label(k, "en"), catalogue.label(k, languages[0])) for k in WORD_KEYS]
        words = {en: text for en, text in pairs if en != text}
        with chart_pictures(dataset, request.as_of, markdown) as resources:
            content = to_docx(
                markdown,
                reference_doc(dirs),
                marking,
                request.as_of,
                words,
                languages[0],
                resources,
            )
    else:
        content = markdown.encode("utf-8")
    stem = "-".join(
        [paper.id, meeting.id if meeting else request.as_of.isoformat()]
        + ([request.lang] if request.lang != "en" else [])
        + (["public"] if request.audience is Audience.public else [])
    )
    return Rendered(
        paper.id,
        meeting.id if meeting else None,
        context["marking"],
        context["withheld"],
        content,
        request.fmt,
        stem,
    )


@contextlib.contextmanager
def chart_pictures(dataset: Dataset, as_of: dt.date, markdown: str) -> Iterator[Path | None]:
    """The PNGs of the charts a Word paper refers to, in a temporary folder for pandoc."""
    import re
    import tempfile

    from gsscb_cli.charts import ChartScope, build_chart, to_png

    wanted = sorted(set(re.findall(r"gsscb-chart-([a-z]+)-([a-z]{2})\.png", markdown)))
    if not wanted:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="gsscb-charts-") as tmp:
        for name, lang in wanted:
            chart = build_chart(name, ChartScope(dataset, as_of, lang))
            (Path(tmp) / f"gsscb-chart-{name}-{lang}.png").write_bytes(to_png(chart.svg))
        yield Path(tmp)


def tag_language(markdown: str, lang: str, fmt: str) -> str:
    """In Word, a fenced div with a ``lang`` attribute, which pandoc writes as w:lang."""
    tag = WORD_LANGUAGE_TAGS.get(lang)
    if fmt != "docx" or tag is None:
        return markdown
    return f":::::: {{lang={tag}}}\n\n{markdown}\n::::::\n"


def join_languages(
    parts: list[str], catalogue: Catalogue, marking: str, request: RenderRequest
) -> str:
    """One paper from its language versions (Welsh first), the next starting on a new page.

    A note at the top, in each language, says that the English version follows; in
    Markdown it goes under the marking line, which stays the paper's first line.
    """
    from gsscb_cli.render.environment import PAGE_BREAK_DOCX, PAGE_BREAK_MD, tidy
    from gsscb_cli.render.text import md

    note = "\n\n".join(
        f"_{md(catalogue.label('bilingual.english-follows', lang))}_" for lang in BILINGUAL_ORDER
    )
    first = parts[0]
    marking_line = f"**{marking}**\n"
    if request.fmt == "md" and first.startswith(marking_line):
        first = f"{marking_line}\n{note}\n\n{first[len(marking_line) :]}"
    else:
        first = f"{note}\n\n{first}"
    brk = PAGE_BREAK_DOCX if request.fmt == "docx" else PAGE_BREAK_MD
    return tidy(brk.join([first, *parts[1:]]))
