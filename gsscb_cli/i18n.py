"""The message catalogue: every fixed label a paper prints ("Apologies", "Decision sought"...).

The catalogue is data, ``templates/messages.yaml``: one entry per key, one text per
language::

    apologies:
      en: Apologies
      cy: Ymddiheuriadau

Templates reach it through ``t('apologies')`` (and ``tn('items-withheld', n)`` for
counts), so adding a language means adding entries, not editing templates. A label
may hold ``{name}`` placeholders filled from keyword arguments. A missing key, or a
key without the language asked for, is an error: a paper never shows a blank label.

The bundled catalogue has English (``en``) and Welsh (``cy``) for every key; a user's
``messages.yaml`` (``--templates DIR``) replaces the entries it holds and keeps the rest.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from gsscb_cli.errors import UsageError

CATALOGUE_FILE = "messages.yaml"
DEFAULT_LANG = "en"
WELSH = "cy"


class MissingLabel(UsageError):
    """A label the catalogue does not hold (in the language asked for)."""


@dataclass(frozen=True)
class Catalogue:
    """Labels by key, then by language code."""

    messages: Mapping[str, Mapping[str, str]]
    origin: str = CATALOGUE_FILE

    def languages(self) -> set[str]:
        return {lang for texts in self.messages.values() for lang in texts}

    def over(self, base: Catalogue) -> Catalogue:
        """This catalogue's entries, and ``base``'s for the keys this one does not hold."""
        return Catalogue({**base.messages, **self.messages}, origin=self.origin)

    def label(self, key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
        texts = self.messages.get(key)
        if texts is None:
            raise MissingLabel(f"{self.origin}: no label '{key}'")
        text = texts.get(lang)
        if text is None:
            raise MissingLabel(f"{self.origin}: label '{key}' has no '{lang}' text")
        if not params:
            return text
        from gsscb_cli.words import CatalogueError, fill

        try:  # the findings catalogue's formatter: {name} only, no attributes or indexes
            return fill(text, {k: str(v) for k, v in params.items()}, key)
        except CatalogueError as exc:
            raise MissingLabel(f"{self.origin}: label '{key}' ({lang}): {exc}") from None

    def count(self, key: str, n: int, lang: str = DEFAULT_LANG, **params: object) -> str:
        """A label for a count, by the language's CLDR plural category (``<key>.one``,
        ``<key>.two``, ``<key>.few`` ... in Welsh), falling back to ``<key>.other``."""
        from gsscb_cli.words import plural

        form = plural(lang if lang in ("en", "cy") else "en", n)
        texts = self.messages.get(f"{key}.{form}")
        if texts is None or lang not in texts:
            form = "one" if n == 1 and f"{key}.one" in self.messages else "other"
        return self.label(f"{key}.{form}", lang, n=n, **params)


def load_catalogue(path: Path) -> Catalogue:
    """Read a catalogue file strictly; a malformed file is a usage error naming it."""
    from gsscb_cli.load.parse import load_file

    doc, problems = load_file(path, str(path))
    if problems or doc is None:
        detail = problems[0].message if problems else "empty"
        where = f"{path}:{problems[0].line}" if problems and problems[0].line else str(path)
        raise UsageError(f"{where}: cannot read the message catalogue: {detail}")
    messages: dict[str, dict[str, str]] = {}
    for key, texts in doc.data.items():
        line = doc.location((key,)).line
        if not isinstance(texts, dict) or not texts:
            raise UsageError(f"{path}:{line}: label '{key}' must map language codes to texts")
        for lang, text in texts.items():
            if not isinstance(text, str):
                raise UsageError(f"{path}:{line}: label '{key}' ({lang}) must be text")
        messages[str(key)] = dict(texts)
    return Catalogue(messages, origin=path.name)


@functools.cache
def default_catalogue() -> Catalogue:
    from gsscb_cli.resources import resource_dir

    return load_catalogue(resource_dir("templates") / CATALOGUE_FILE)


def catalogue_for(templates: Path | None) -> Catalogue:
    """The catalogue beside a user's templates over the bundled one, else the bundled one.

    A user's file need only hold the entries it changes; a label it lacks comes from the
    bundled catalogue (so an older copy keeps working when labels are added).
    """
    from gsscb_cli.render.limits import template_file

    path = template_file(templates, CATALOGUE_FILE) if templates is not None else None
    if path is not None:
        return _user_catalogue(path)
    return default_catalogue()


_USER: dict[tuple[Path, float], Catalogue] = {}


def _user_catalogue(path: Path) -> Catalogue:
    """Read once per file version, so the environments keyed by catalogue are reused."""
    key = (path.resolve(), path.stat().st_mtime)
    if key not in _USER:
        _USER[key] = load_catalogue(path).over(default_catalogue())
    return _USER[key]


def label(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """The bundled catalogue's text for ``key`` in ``lang``."""
    return default_catalogue().label(key, lang, **params)
