"""The CLDR facts the catalogue's English and Welsh need, without Babel (issue 14).

Babel takes a tenth of a cold ``gsscb check`` to import and to read its English locale
data, for three facts: the months' names, how a list is joined, and the plural category
of a count. For ``en`` (Babel's ``en_GB``) and ``cy``, whole-number counts and the date
formats the catalogue uses, they are here; anything else returns None and the caller asks
Babel. ``tests/test_words_cldr.py`` compares every answer with Babel's (every day of
several years, lists of 0 to 7 items, counts from -50 to 2,000), so a Babel upgrade that
changes CLDR's words fails there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

# CLDR months, format context, wide (Babel: Locale.months["format"]["wide"])
MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "cy": (
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ),
}
# CLDR list patterns, standard (Babel: Locale.list_patterns["standard"])
LISTS = {
    "en": {"start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0} and {1}", "2": "{0} and {1}"},
    "cy": {"start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0}, a(c) {1}", "2": "{0} a(c) {1}"},
}
# CLDR plural rules for whole numbers: English one (i = 1, v = 0); Welsh n = 0, 1, 2, 3, 6
_WELSH = {0: "zero", 1: "one", 2: "two", 3: "few", 6: "many"}


def date(day: dt.date, pattern: str, lang: str) -> str | None:
    """``day`` in the Babel pattern ``d MMMM y``, ``MMMM`` or ``MMMM y``; None for
    another pattern or language."""
    months = MONTHS.get(lang)
    if months is None:
        return None
    month = months[day.month - 1]
    if pattern == "d MMMM y":
        return f"{day.day} {month} {day.year}"
    if pattern == "MMMM":
        return month
    if pattern == "MMMM y":
        return f"{month} {day.year}"
    return None


def join(items: Sequence[str], lang: str) -> str | None:
    """The items as the language lists them ("a, b and c"); None for another language."""
    patterns = LISTS.get(lang)
    if patterns is None:
        return None
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return patterns["2"].format(*items)
    result = patterns["start"].format(items[0], items[1])
    for item in items[2:-1]:
        result = patterns["middle"].format(result, item)
    return patterns["end"].format(result, items[-1])


def plural(lang: str, n: object) -> str | None:
    """The plural category of a whole number; None for a fraction or another language."""
    if type(n) is not int and type(n) is not bool:
        return None
    count = abs(int(n))
    if lang == "en":
        return "one" if count == 1 else "other"
    if lang == "cy":
        return _WELSH.get(count, "other")
    return None
