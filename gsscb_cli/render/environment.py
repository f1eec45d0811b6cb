"""The Jinja environment papers render in: sandboxed, strict, and with clear errors.

* ``SandboxedEnvironment``: a template (which may arrive in a pull request) can read
  the plain data it is given but cannot call into Python.
* ``StrictUndefined``: a missing variable is an error naming the template and line,
  never a blank in a board paper.
* Templates are looked up in the user's ``--templates`` folder first, then the bundled
  ``templates/``, so a user can override one file and keep the rest. A template is a
  regular file inside its folder, never a link, and a render is bounded in output size
  and time (``render/limits.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from gsscb_cli.errors import UsageError
from gsscb_cli.i18n import Catalogue
from gsscb_cli.render import tables
from gsscb_cli.render.text import date_words, gbp, marking_text, md, month_words

TEMPLATE_SUFFIX = ".md.j2"

PAGE_BREAK_DOCX = '\n\n```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n\n'
PAGE_BREAK_MD = "\n\n* * *\n\n"


def template_dirs(user_dir: Path | None) -> list[Path]:
    from gsscb_cli.resources import resource_dir

    bundled = resource_dir("templates")
    if user_dir is None:
        return [bundled]
    if not user_dir.is_dir():
        from gsscb_cli.words import phrase

        raise UsageError(phrase("template.not-a-folder", folder=str(user_dir)))
    return [user_dir, bundled]


_ENVIRONMENTS: dict[tuple[object, ...], Any] = {}


def make_environment(dirs: Sequence[Path], catalogue: Catalogue, lang: str, target: str) -> Any:
    """A sandboxed, strict environment with the papers' filters and globals.

    Environments are kept for the life of the process (keyed by everything they are built
    from), so templates compile once; a template file that changes is reloaded.
    """
    key = (tuple(dirs), id(catalogue), lang, target)
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS[key] = _build_environment(dirs, catalogue, lang, target)
    return _ENVIRONMENTS[key]


def sandbox_class() -> Any:
    """A sandboxed environment where ``x.items`` is the value under "items" when x is a
    dict, not the dict method (the papers' and the site's templates read plain dicts)."""
    from jinja2.sandbox import SandboxedEnvironment

    from gsscb_cli.render.limits import bounded_sandbox

    class PaperEnvironment(bounded_sandbox(SandboxedEnvironment)):  # type: ignore[misc]
        def getattr(self, obj: Any, attribute: str) -> Any:
            if isinstance(obj, dict) and attribute in obj:
                return obj[attribute]
            return super().getattr(obj, attribute)

    return PaperEnvironment


def _build_environment(dirs: Sequence[Path], catalogue: Catalogue, lang: str, target: str) -> Any:
    from jinja2 import StrictUndefined

    from gsscb_cli.render.limits import bound_filters, folder_loader

    env = sandbox_class()(
        loader=folder_loader(list(dirs)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters.update(
        {
            "date": lambda v: date_words(v, catalogue, lang),
            "weekday_date": lambda v: date_words(v, catalogue, lang, weekday=True),
            "month": lambda v: month_words(v, catalogue, lang),
            "gbp": gbp,
            "md": md,
            "marking_text": lambda v: marking_text(v, catalogue, lang),
        }
    )
    bound_filters(env.filters)

    def table(
        headers: Sequence[object],
        rows: Sequence[Sequence[object]],
        widths: Sequence[int] | None = None,
    ) -> str:
        if target == "docx":
            return tables.grid_table(headers, rows, widths)
        return tables.pipe_table(headers, rows)

    env.globals.update(
        {
            "t": lambda key, **params: catalogue.label(key, lang, **params),
            "tn": lambda key, n, **params: catalogue.count(key, n, lang, **params),
            "table": table,
            "page_break": lambda: PAGE_BREAK_DOCX if target == "docx" else PAGE_BREAK_MD,
            "target": target,
            "lang": lang,
        }
    )
    return env


def render_template(env: Any, name: str, context: dict[str, Any]) -> str:
    """Render one template; every template problem becomes a UsageError naming file and line."""
    from jinja2 import TemplateNotFound, TemplateSyntaxError

    from gsscb_cli.render.limits import RenderLimit, bounded, generate, limit_words
    from gsscb_cli.words import phrase

    try:
        with bounded():
            text = generate(env.get_template(name), context)
    except RenderLimit as exc:
        raise UsageError(f"{_where_from(exc.__traceback__, name)}: {limit_words(exc)}") from None
    except TemplateSyntaxError as exc:
        where = _where(exc.name or exc.filename or name, exc.lineno)
        said = phrase("template.syntax", where=where, what=_syntax_words(exc.message))
        raise UsageError(said) from None
    except TemplateNotFound as exc:
        raise UsageError(phrase("template.not-found", name=str(exc.name))) from None
    except UsageError as exc:
        raise UsageError(f"{_where_from(exc.__traceback__, name)}: {exc.message}") from None
    except Exception as exc:  # undefined variables, sandbox refusals, bad filter input
        raise UsageError(f"{_where_from(exc.__traceback__, name)}: {_describe(exc)}") from None
    return tidy(text)


def _describe(exc: Exception) -> str:
    from jinja2 import UndefinedError
    from jinja2.exceptions import SecurityError

    from gsscb_cli.words import phrase

    # Our words, not Jinja's: its messages change between releases.
    if isinstance(exc, UndefinedError):
        names = re.findall(r"'([^']+)'", exc.message or "")
        what = "template.undefined.named" if names else "template.undefined.a-value"
        return phrase("template.undefined", what_key=what, value=names[-1] if names else "")
    if isinstance(exc, SecurityError):
        return phrase("template.sandbox")
    return phrase("template.failed", error=type(exc).__name__)


def _syntax_words(message: str | None) -> str:
    """A Jinja syntax error in our words (the tag or token named comes from the template)."""
    from gsscb_cli.words import phrase

    text = message or ""
    tag = re.search(r"unknown tag '([^']+)'", text)
    if tag:
        return phrase("template.syntax.unknown-tag", tag=tag.group(1))
    if "end of template" in text:
        return phrase("template.syntax.open-block")
    token = re.search(r"unexpected '([^']+)'", text)
    if token:
        return phrase("template.syntax.unexpected", token=token.group(1))
    return phrase("template.syntax.malformed")


def _where(name: str, line: int | None) -> str:
    from gsscb_cli.words import phrase

    if line:
        return phrase("template.where-line", name=Path(name).name, line=line)
    return phrase("template.where", name=Path(name).name)


def _where_from(tb: TracebackType | None, fallback: str) -> str:
    """The innermost template frame in a traceback (Jinja maps them to template lines)."""
    found: tuple[str, int] | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or filename.endswith(".jinja"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    if found is None:
        return _where(fallback, None)
    return _where(*found)


_BLANKS = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
