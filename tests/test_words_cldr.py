"""words/cldr.py answers as Babel does, and catalogue_data.py is the catalogue (issue 14).

A cold check words its findings without Babel or YAML: the months, lists and plural
categories of English and Welsh from cldr.py, the catalogue from catalogue_data.py. Both
must give exactly what Babel and the YAML give.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from gsscb_cli import words
from gsscb_cli.words import catalogue_data, cldr
from tests.conftest import ROOT

LOCALES = {"en": "en_GB", "cy": "cy"}


@pytest.mark.parametrize("lang", LOCALES)
def test_dates_as_babel_words_them(lang: str) -> None:
    locale = Locale.parse(LOCALES[lang])
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(366 * 3)]
    days += [dt.date(1, 1, 1), dt.date(999, 7, 4), dt.date(9999, 12, 31)]
    for day in days:
        for pattern in ("d MMMM y", "MMMM", "MMMM y"):
            assert cldr.date(day, pattern, lang) == format_date(day, pattern, locale=locale)
    assert (
        words.date(dt.date(2025, 11, 30), lang)
        == {
            "en": "30 November 2025",
            "cy": "30 Tachwedd 2025",
        }[lang]
    )


@pytest.mark.parametrize("lang", LOCALES)
def test_lists_as_babel_joins_them(lang: str) -> None:
    locale = Locale.parse(LOCALES[lang])
    items = ["Newport", "Caerphilly", "Torfaen", "Monmouthshire", "{0}", "Blaenau Gwent", "x"]
    for n in range(len(items) + 1):
        assert cldr.join(items[:n], lang) == format_list(items[:n], locale=locale)
    assert cldr.join(["a", "b", "c"], lang) == {"en": "a, b and c", "cy": "a, b, a(c) c"}[lang]


@pytest.mark.parametrize("lang", LOCALES)
def test_plural_categories_as_babel_gives_them(lang: str) -> None:
    locale = Locale.parse(LOCALES[lang])
    for n in range(-50, 2001):
        assert cldr.plural(lang, n) == locale.plural_form(n), n
    assert cldr.plural(lang, True) == locale.plural_form(True)
    assert [words.plural("cy", n) for n in range(8)] == [
        "zero",
        "one",
        "two",
        "few",
        "other",
        "other",
        "many",
        "other",
    ]


def test_what_cldr_py_does_not_know_goes_to_babel() -> None:
    assert cldr.plural("en", 1.0) is None and cldr.plural("fr", 1) is None
    assert cldr.date(dt.date(2025, 1, 2), "d MMM y", "en") is None
    assert cldr.date(dt.date(2025, 1, 2), "d MMMM y", "fr") is None
    assert cldr.join(["a", "b"], "fr") is None
    assert words.plural("en", 1.0) == Locale.parse("en_GB").plural_form(1.0)
    assert words.plural("fr", 1) == "one"


def test_catalogue_data_is_the_catalogue() -> None:
    text = words.CATALOGUE.read_text("utf-8")
    assert yaml.safe_load(text) == catalogue_data.DATA
    assert list(catalogue_data.DATA) == list(yaml.safe_load(text))  # the order too
    assert words._digest(words.CATALOGUE.read_bytes()) == catalogue_data.DIGEST, (
        "catalogue_data.py is stale: run python -m gsscb_cli.words"
    )
    written = Path(catalogue_data.__file__).read_text("utf-8")
    assert written == words.catalogue_data_text()


def test_an_edited_catalogue_is_read_from_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = tmp_path / "catalogue.yaml"
    text = words.CATALOGUE.read_text("utf-8")
    edited.write_text(text.replace("statudol", "statudol!", 1), "utf-8")
    monkeypatch.setattr(words, "CATALOGUE", edited)
    fresh = words.catalogue.__wrapped__()  # not the cached answer
    assert fresh["basis.statutory"]["cy"] == "statudol!"
    assert catalogue_data.DATA["basis.statutory"]["cy"] == "statudol"


def test_a_cold_check_words_its_findings_without_babel_or_yaml_for_the_catalogue() -> None:
    code = (
        "import sys\n"
        "from gsscb_cli import words\n"
        "words.catalogue(); words.date(__import__('datetime').date(2025, 1, 1), 'cy')\n"
        "words.plural('cy', 3); words.value(('a', 'b', 'c'), 'en')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('babel', 'yaml'))))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert proc.stdout.strip() == "[]"
