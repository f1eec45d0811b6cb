"""``gsscb site``: the board's public record as a static, bilingual, accessible website.

* Built from the same data and the same public-audience filter as the papers
  (``site.pages`` calls the papers' context builders with ``Audience.public``): nothing
  above OFFICIAL, nor anything tied to such an item, reaches a page.
* Welsh and English: ``cy/`` and ``en/`` hold the same pages; the front page
  (``index.html``) offers both, Welsh first. Every page has ``lang`` set and a link to the
  same page in the other language.
* HTML only, readable without JavaScript; relative links, so it can be served from any
  folder; every data value is escaped by Jinja's autoescape.
* The same data and ``--as-of`` give the same bytes. The site is built in a temporary
  folder beside the target and moved into place: never half a site.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Finding
from gsscb_cli.i18n import Catalogue, default_catalogue
from gsscb_cli.model.types import Dataset

LANGS = ("cy", "en")
"""Welsh first, as the board publishes bilingually (see docs/welsh.md)."""
MARKER = ".gsscb-site"
"""A file in every built site: only a folder holding it is replaced by a new build."""
TEMPLATE_DIR = "site"
URL_SCHEMES = ("https://", "http://")


def _environment(catalogue: Catalogue, lang: str) -> Any:
    from jinja2 import StrictUndefined

    from gsscb_cli.render.environment import sandbox_class
    from gsscb_cli.render.limits import bound_filters, folder_loader
    from gsscb_cli.render.text import date_words, gbp
    from gsscb_cli.resources import resource_dir

    env = sandbox_class()(
        loader=folder_loader([resource_dir("templates") / TEMPLATE_DIR]),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        {
            "date": lambda v: date_words(v, catalogue, lang),
            "weekday_date": lambda v: date_words(v, catalogue, lang, weekday=True),
            "gbp": gbp,
            "safe_url": lambda v: v if isinstance(v, str) and v.startswith(URL_SCHEMES) else "",
        }
    )
    bound_filters(env.filters)
    env.globals.update(
        {
            "t": lambda key, **params: catalogue.label(key, lang, **params),
            "tn": lambda key, n, **params: catalogue.count(key, n, lang, **params),
            "lang": lang,
        }
    )
    return env


def _render(env: Any, name: str, context: dict[str, Any]) -> bytes:
    from gsscb_cli.render.environment import render_template

    text: str = render_template(env, name, context)
    return text.encode("utf-8")


def build_site(
    dataset: Dataset, as_of: dt.date, findings: tuple[Finding, ...] = ()
) -> dict[str, bytes]:
    """Every file of the site: relative path -> bytes."""
    from gsscb_cli import calendar as ical
    from gsscb_cli.resources import resource_dir
    from gsscb_cli.site.pages import CALENDAR_FILE, PAGES, SiteScope, page_contexts

    if dataset.board is None:
        raise UsageError(
            "the board's record (board.yaml) is missing or invalid; run gsscb validate"
        )
    catalogue = default_catalogue()
    files: dict[str, bytes] = {}
    contexts = {lang: page_contexts(SiteScope(dataset, as_of, lang, findings)) for lang in LANGS}
    for lang in LANGS:
        env = _environment(catalogue, lang)
        data = contexts[lang]
        other = LANGS[1 - LANGS.index(lang)]
        base = {
            **data,
            "as_of": as_of.isoformat(),
            "other_lang": other,
            "langs": LANGS,
            "calendar": f"../{CALENDAR_FILE}",
        }
        for page in PAGES:
            files[f"{lang}/{page}.html"] = _render(
                env,
                f"{page}.html.j2",
                {
                    **base,
                    "page": page,
                    "root": "../",
                    "here": "",
                    "switch": f"../{other}/{page}.html",
                },
            )
        for mid, meeting in data["meeting_pages"].items():
            files[f"{lang}/meetings/{mid}.html"] = _render(
                env,
                "meeting.html.j2",
                {
                    **base,
                    "page": "meetings",
                    "meeting": meeting,
                    "root": "../../",
                    "here": "../",
                    "switch": f"../../{other}/meetings/{mid}.html",
                    "calendar": f"../../{CALENDAR_FILE}",
                },
            )
        for name, svg in data["svgs"].items():
            files[f"{lang}/charts/{name}.svg"] = svg.encode("utf-8")
    env = _environment(catalogue, LANGS[0])
    files["index.html"] = _render(
        env,
        "choose.html.j2",
        {
            "board_cy": contexts["cy"]["board"],
            "board_en": contexts["en"]["board"],
            "as_of": as_of.isoformat(),
        },
    )
    files["style.css"] = (resource_dir("templates") / TEMPLATE_DIR / "style.css").read_bytes()
    files[CALENDAR_FILE] = ical.build(dataset, as_of)[0]
    files[MARKER] = b"built by gsscb site; this folder is replaced on the next build\n"
    return dict(sorted(files.items()))


def check_site_output(output: Path, data_dir: Path | None) -> Path:
    """The target folder: not inside the data folder, and if it exists, a site we built."""
    target = output.resolve()
    if data_dir is not None and data_dir.exists():
        data = data_dir.resolve()
        if target.is_relative_to(data) or data.is_relative_to(target):
            raise UsageError(
                f"refusing to write the site to {output}: it would overlap the data folder {data_dir}"
            )
    if target.exists():
        if not target.is_dir():
            raise UsageError(f"{output} is a file; give a folder for the site")
        if any(target.iterdir()) and not (target / MARKER).is_file():
            raise UsageError(
                f"{output} is a folder that gsscb did not build (no {MARKER}); "
                "give a new or empty folder"
            )
    if not target.parent.is_dir():
        raise UsageError(f"cannot write {output}: the folder {output.parent} does not exist")
    return target


def write_site(files: dict[str, bytes], target: Path) -> None:
    """Write into a temporary folder beside the target, then swap it in."""
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    old: Path | None = None
    try:
        for rel, content in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        os.chmod(staging, 0o755)
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.replace(target, old)
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        if old is not None and not target.exists():
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
