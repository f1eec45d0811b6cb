"""The words of findings, in English and Welsh: one catalogue keyed by rule and code.

``catalogue.yaml`` holds one entry per ``rule.code`` (and a few shared ones such as
``basis.statutory``), each with an ``en`` and a ``cy`` text. A text names its values as
``{name}`` placeholders filled from the finding's params; a text that depends on a count
is a mapping of CLDR plural categories (English: one, other; Welsh: zero, one, two, few,
many, other) with ``count:`` naming the param that chooses. Values are worded for the
language: dates through Babel ("30 November 2025", "30 Tachwedd 2025"), bilingual texts
in the language asked for, lists joined as the language joins them.

Placeholders are names only: ``{day.__class__}`` or ``{items[0]}`` is refused, so a
catalogue (or a user's copy of it) can never reach into Python objects.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsscb_cli.errors import UsageError
from gsscb_cli.findings import Finding, Param, Phrase, Ref
from gsscb_cli.words import cldr

if TYPE_CHECKING:
    from babel import Locale

LANGUAGES = ("en", "cy")
CATALOGUE = Path(__file__).with_name("catalogue.yaml")


class CatalogueError(UsageError):
    """A catalogue entry that is missing, or cannot be filled."""


@functools.cache
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse("en_GB" if lang == "en" else lang)


def plural(lang: str, n: int | float) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (Welsh has six)."""
    known = cldr.plural(lang, n)  # whole numbers in English and Welsh, without Babel
    return known if known is not None else str(_locale(lang).plural_form(n))


def _format_date(day: dt.date, pattern: str, lang: str) -> str:
    """``day`` in a CLDR date pattern for ``lang``: from cldr.py where it knows, else Babel."""
    known = cldr.date(day, pattern, lang)
    if known is not None:
        return known
    from babel.dates import format_date

    return str(format_date(day, format=pattern, locale=_locale(lang)))


def date(day: dt.date, lang: str) -> str:
    """A date as the language writes it: "30 November 2025", "30 Tachwedd 2025"."""
    return _format_date(day, "d MMMM y", lang)


def _join(items: list[str], lang: str) -> str:
    """Items as the language lists them: from cldr.py where it knows, else Babel."""
    known = cldr.join(items, lang)
    if known is not None:
        return known
    from babel.lists import format_list

    return str(format_list(items, locale=_locale(lang)))


Wording = Callable[[Param, str], str]
"""How a param is put into words for a language (``value``; a paper escapes as well)."""


def value(v: Param, lang: str, word: Wording | None = None) -> str:
    """One param in words for ``lang`` (each item of a list by ``word``, if given)."""
    kind = v.__class__  # the common kinds first: a check words some 20,000 params
    if kind is str:
        return v  # type: ignore[return-value]
    if kind is int:
        return str(v)
    if kind is dt.date:
        return date(v, lang)  # type: ignore[arg-type]
    from gsscb_cli.model.types import Text

    if kind is Text:
        return v.get(lang) or v.en  # type: ignore[union-attr]
    if isinstance(v, tuple):
        each = word or value
        return _join([each(x, lang) for x in v], lang)
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, dt.date):
        return date(v, lang)
    if isinstance(v, Text):
        return v.get(lang) or v.en
    if isinstance(v, Ref):
        return str(v)
    return "" if v is None else str(v)


class _NamesOnly(string.Formatter):
    """A formatter that fills ``{name}`` and nothing else: no attributes, no indexes, no
    conversions, no format specs (which could also reach into objects)."""

    def parse(self, format_string: str) -> Any:
        for literal, name, spec, conversion in super().parse(format_string):
            if name is not None and (not name.isidentifier() or spec or conversion):
                raise CatalogueError(f"placeholder '{{{name}}}' is not a plain name")
            yield literal, name, spec, conversion


_FORMATTER = _NamesOnly()


_Piece = tuple[str, str | None, str]
"""A literal, the name of the placeholder after it (None: none), and the name of the param
that would name its sub-phrase (``{name}_key``)."""
_Pieces = tuple[tuple[_Piece, ...], tuple[type[Exception], tuple[Any, ...]] | None]


@functools.lru_cache(maxsize=4096)
def _pieces(text: str) -> _Pieces:
    """``text`` parsed as ``_FORMATTER`` parses it, kept per text: its pieces up to the
    first error, and that error (its type and arguments), to be raised where parsing
    meets it."""
    pieces: list[_Piece] = []
    try:
        for literal, name, _, _ in _FORMATTER.parse(text):
            pieces.append((literal, name, f"{name}_key" if name else ""))
    except (CatalogueError, ValueError) as exc:
        return tuple(pieces), (type(exc), exc.args)
    return tuple(pieces), None


def _raise(error: tuple[type[Exception], tuple[Any, ...]] | None) -> None:
    if error is not None:
        raise error[0](*error[1])


def fill(text: str, params: Mapping[str, str], key: str = "") -> str:
    """``text`` with its ``{name}`` placeholders filled from ``params`` (already words):
    what ``_FORMATTER.vformat(text, (), params)`` gives, from the pieces kept per text."""
    pieces, error = _pieces(text)
    out: list[str] = []
    try:
        for literal, name, _ in pieces:
            out.append(literal)
            if name is not None:
                out.append(format(params[name], ""))
        _raise(error)
    except CatalogueError as exc:
        raise CatalogueError(f"{key}: {exc}") from None
    except (KeyError, IndexError, ValueError) as exc:
        raise CatalogueError(f"{key}: cannot be filled: {exc}") from None
    return "".join(out)


@functools.cache
def catalogue() -> Mapping[str, Mapping[str, Any]]:
    """The bundled catalogue: key -> {"en": text or plural forms, "cy": ..., "count": name}.

    Read from ``catalogue_data.py``, the same values as Python (written by
    ``python -m gsscb_cli.words``), while its digest is that of ``catalogue.yaml``'s bytes;
    else from the YAML (an edited catalogue is never missed, only slower)."""
    raw = CATALOGUE.read_bytes()
    try:
        from gsscb_cli.words import catalogue_data
    except ImportError:  # pragma: no cover - a copy without it
        pass
    else:
        if _digest(raw) == catalogue_data.DIGEST:
            return catalogue_data.DATA
    return _parse_catalogue(CATALOGUE.read_text("utf-8"))


def _digest(raw: bytes) -> str:
    try:  # without hashlib's OpenSSL import
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b
    return blake2b(raw, digest_size=16).hexdigest()


def _parse_catalogue(text: str) -> dict[str, Any]:
    import yaml

    # libyaml's safe loader where installed (0.02 s against 0.17 s for the pure-Python one);
    # the same values (tests/test_startup.py)
    if hasattr(yaml, "CSafeLoader"):
        data = yaml.load(text, Loader=yaml.CSafeLoader)
    else:  # pragma: no cover - PyYAML without libyaml
        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise CatalogueError(f"{CATALOGUE.name}: not a mapping")
    return data


def catalogue_data_text() -> str:
    """The text of ``catalogue_data.py`` for the catalogue as it is now."""
    raw = CATALOGUE.read_bytes()
    data = _parse_catalogue(CATALOGUE.read_text("utf-8"))
    lines = [
        '"""catalogue.yaml as Python values, so a run need not parse YAML (issue 14).',
        "",
        "Written by ``python -m gsscb_cli.words`` from catalogue.yaml; do not edit: edit the",
        "YAML and run that again (while this file is stale the YAML is read).",
        '"""',
        "",
        "# fmt: off",
        "# ruff: noqa",
        "from typing import Any",
        "",
        f"DIGEST = {_digest(raw)!r}",
        "DATA: dict[str, Any] = {",
        *(f"    {key!r}: {value!r}," for key, value in data.items()),
        "}",
    ]
    return "\n".join(lines) + "\n"


def phrase(key: str, lang: str = "en", **params: Param) -> str:
    """The catalogue's text for ``key`` in ``lang``, filled with ``params``, with its detail."""
    return worded(key, lang, params)


def sentence(said: Phrase, lang: str = "en", *, word: Wording | None = None) -> str:
    """A phrase (a key and its params: a quorum statement, a reason) in ``lang``.

    ``word`` puts each param into words instead of ``value``: a paper passes one that
    escapes data for Markdown and marks a name with no text in the paper's language, and
    the catalogue's own text is then left as it is (it holds no Markdown).
    """
    return worded(said.key, lang, said.args, word=word)


def worded(
    key: str,
    lang: str,
    params: Mapping[str, Param],
    *,
    detail: bool = True,
    word: Wording | None = None,
) -> str:
    """The catalogue's text for ``key`` in ``lang``, filled with ``params``.

    An entry's ``detail`` is what a reader of a board paper does not need in the sentence
    because the paper says it elsewhere (its basis and source columns) or because it is
    addressed to whoever edits the data ("write declarations: [] ..."). It is filled at
    the text's ``{detail}`` placeholder, or after the text; ``detail=False`` puts the
    entry's ``brief`` there instead (or nothing), e.g. only that a cycle is unverified.
    """
    entry = catalogue().get(key)
    if entry is None:
        raise CatalogueError(f"{CATALOGUE.name}: no entry '{key}'")
    if "use" in entry:  # several codes worded alike share one entry
        return worded(str(entry["use"]), lang, params, detail=detail, word=word)
    text = _text(entry, key, lang, params)
    extra = ""
    part = "detail" if detail else "brief"  # brief: what a paper says instead of the detail
    if part in entry:
        extra = _words(_text(entry[part], f"{key}.{part}", lang, params), params, key, lang, word)
    if "{detail}" not in text:
        return _words(text, params, key, lang, word) + extra
    return _words(text, {**params, "detail": _Worded(extra)}, key, lang, word)


def _text(entry: Mapping[str, Any], key: str, lang: str, params: Mapping[str, Param]) -> str:
    """An entry's text in ``lang``: its plural form for the count it names, if it has forms."""
    text = entry.get(lang)
    if text is None:
        raise CatalogueError(f"{CATALOGUE.name}: entry '{key}' has no '{lang}' text")
    if isinstance(text, dict):
        count = params.get(str(entry.get("count", "n")))
        n = count if isinstance(count, int | float) and not isinstance(count, bool) else 0
        form = plural(lang, n)
        text = text.get(form, text.get("other"))
        if text is None:
            raise CatalogueError(f"{CATALOGUE.name}: entry '{key}' ({lang}) has no '{form}'")
    return str(text)


class _Worded(str):
    """Text already in words (a detail, a sub-phrase): filled in as it is."""


DATE_FORMATS = {"month": "MMMM", "month-year": "MMMM y"}
"""The formats a catalogue text may ask of a date param: ``{start:month}`` ("October",
"Hydref"), ``{end:month-year}`` ("December 2025"). Nothing else follows a colon."""


def _date_formats(text: str, params: Mapping[str, Param], lang: str) -> tuple[str, dict[str, str]]:
    """``text`` with each ``{name:format}`` of a date param (DATE_FORMATS) replaced by a
    plain placeholder, and that placeholder's words. Any other spec is left in place, for
    ``fill`` to refuse."""
    if ":" not in text:
        return text, {}
    out: list[str] = []
    extra: dict[str, str] = {}
    for literal, name, spec, conversion in string.Formatter().parse(text):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        day = params.get(name)
        if spec in DATE_FORMATS and not conversion and isinstance(day, dt.date):
            plain = f"{name}__{spec.replace('-', '_')}"
            extra[plain] = _format_date(day, DATE_FORMATS[spec], lang)
            out.append(f"{{{plain}}}")
        else:
            out.append(
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
    return "".join(out), extra


_NO_WORDS: Mapping[str, str] = {}  # a text without {name:format}


def _words(
    text: str, params: Mapping[str, Param], key: str, lang: str, word: Wording | None = None
) -> str:
    """``text`` filled: each param worded for ``lang``, each sub-phrase from its key.

    Only the params the text names are worded (a sub-phrase's words, else a date's
    ``{name:format}``, else the param itself); what ``fill`` gives with every param
    worded, errors included, from the pieces kept per text."""
    formatted: Mapping[str, str] = _NO_WORDS
    if ":" in text:
        text, formatted = _date_formats(text, params, lang)
    pieces, error = _pieces(text)
    if error is not None:  # a malformed text: its sub-phrases are worded (and fail) first
        for _, name, name_key in pieces:
            sub = params.get(name_key) if name else None
            if isinstance(sub, str):
                worded(sub, lang, params_without(params, name_key), word=word)
        _raise(error)
    each = word or value
    out: list[str] = []
    missing: str | None = None  # the first name without a param: raised once all are worded
    for literal, name, name_key in pieces:
        out.append(literal)
        if not name:
            continue
        # a sub-phrase: {basis} worded by the entry a param basis_key names (basis.local);
        # only the placeholders this text uses are worded, each with the other params
        sub = params.get(name_key)
        if isinstance(sub, str):
            plain = _plain_entry(sub, lang)
            if plain is None:
                plain = worded(sub, lang, params_without(params, name_key), word=word)
            out.append(plain)
        elif name in formatted:
            out.append(formatted[name])
        elif name in params:
            v = params[name]
            out.append(str(v) if isinstance(v, _Worded) else each(v, lang))
        elif missing is None:
            missing = name
    if missing is not None:
        raise CatalogueError(f"{key}: cannot be filled: {KeyError(missing)}")
    return "".join(out)


def _plain_entry(key: str, lang: str) -> str | None:
    """What ``worded(key, lang, ...)`` gives whatever the params, for an entry that is one
    text with no placeholder, no detail and no plural forms (a basis, a caveat, a kind:
    most sub-phrases); None for any other entry (``worded`` says it, or refuses it)."""
    entry = catalogue().get(key)
    if entry is None or "use" in entry or "detail" in entry:
        return None
    text = entry.get(lang)
    return _plain_text(text) if isinstance(text, str) else None


@functools.lru_cache(maxsize=1024)
def _plain_text(text: str) -> str | None:
    """``text`` filled with nothing, when it has no placeholder and parses; else None."""
    pieces, error = _pieces(text)
    if error is not None or any(name is not None for _, name, _ in pieces):
        return None
    return "".join(literal for literal, _, _ in pieces)


def params_without(params: Mapping[str, Param], name: str) -> dict[str, Param]:
    return {k: v for k, v in params.items() if k != name}


def key_of(finding: Finding) -> str:
    return _key(finding.rule, finding.code)


def _key(rule: str, code: str) -> str:
    return f"{rule}.{code}" if code else rule


def say(
    finding: Finding, lang: str = "en", *, detail: bool = True, word: Wording | None = None
) -> str:
    """A finding's sentence in ``lang``. Validation findings say their own detail.
    ``detail=False`` leaves out what a board paper says in its own columns (see phrase);
    ``word`` puts the params into words, as for ``sentence``."""
    said = say_fact(finding.rule, finding.code, finding.subject, finding.args, lang, detail, word)
    return finding.message if said is None else said


def say_fact(
    rule: str,
    code: str,
    subject: Ref,
    params: Mapping[str, Param],
    lang: str = "en",
    detail: bool = True,
    word: Wording | None = None,
) -> str | None:
    """``say`` for a finding's parts (before the finding is made): None for a file's
    finding the catalogue has no entry for (it says its own message)."""
    key = _key(rule, code)
    if key not in catalogue() and subject.kind == "file":
        return None
    return worded(key, lang, params, detail=detail, word=word)
