"""``words.fill`` and ``words.worded`` (from parsed pieces kept per text, wording only the
params a text names) give what ``string.Formatter.vformat`` over every worded param gave,
errors included: the algorithm as it was is written out here as the reference."""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from gsscb_cli import words
from gsscb_cli.findings import Param, Ref
from gsscb_cli.load import load
from gsscb_cli.model.types import Text
from gsscb_cli.rules import run_rules
from gsscb_cli.words import _FORMATTER, CatalogueError, catalogue, fill

ROOT = Path(__file__).resolve().parent.parent


def reference_fill(text: str, params: Mapping[str, str], key: str = "") -> str:
    """fill as it was: the formatter's own vformat."""
    try:
        return _FORMATTER.vformat(text, (), dict(params))
    except CatalogueError as exc:
        raise CatalogueError(f"{key}: {exc}") from None
    except (KeyError, IndexError, ValueError) as exc:
        raise CatalogueError(f"{key}: cannot be filled: {exc}") from None


def reference_worded(key: str, lang: str, params: Mapping[str, Param], detail: bool = True) -> str:
    """worded as it was (every param worded, then vformat)."""
    entry = words.catalogue().get(key)
    if entry is None:
        raise CatalogueError(f"catalogue.yaml: no entry '{key}'")
    if "use" in entry:
        return reference_worded(str(entry["use"]), lang, params, detail)
    text = words._text(entry, key, lang, params)
    extra = ""
    part = "detail" if detail else "brief"
    if part in entry:
        extra = _reference_words(
            words._text(entry[part], f"{key}.{part}", lang, params), params, key, lang
        )
    if "{detail}" not in text:
        return _reference_words(text, params, key, lang) + extra
    return _reference_words(text, {**params, "detail": words._Worded(extra)}, key, lang)


def _reference_words(text: str, params: Mapping[str, Param], key: str, lang: str) -> str:
    worded = {
        n: v if isinstance(v, words._Worded) else words.value(v, lang) for n, v in params.items()
    }
    text, formatted = words._date_formats(text, params, lang)
    worded.update(formatted)
    for _, name, _, _ in _FORMATTER.parse(text):
        sub = params.get(f"{name}_key") if name else None
        if isinstance(sub, str):
            rest = words.params_without(params, f"{name}_key")
            worded[str(name)] = reference_worded(sub, lang, rest)
    return reference_fill(text, worded, key)


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)


def _outcome(fn: Any, *args: Any) -> tuple[str, str]:
    try:
        return "ok", fn(*args)
    except (CatalogueError, ValueError) as exc:  # a malformed text: ValueError, as before
        return type(exc).__name__, str(exc)


def test_every_catalogue_text_is_filled_as_vformat_fills_it() -> None:
    count = filled = 0
    for entry in catalogue().values():
        for text in _texts(entry):
            names = [n for _, n, _, _ in string.Formatter().parse(text) if n]
            params = {name: f"<{name}>" for name in names}
            assert _outcome(fill, text, params, "k") == _outcome(reference_fill, text, params, "k")
            filled += _outcome(fill, text, params, "k")[0] == "ok"
            if names:  # one missing: the same error
                del params[names[-1]]
                assert _outcome(fill, text, params, "k") == _outcome(
                    reference_fill, text, params, "k"
                )
            count += 1
    assert count > 500 and filled > 400, (count, filled)


ODD = [
    "plain",
    "",
    "{a} and {b}",
    "{{literal}} {a}",
    "a {b} c}",
    "tail {",
    "{a.b}",
    "{0}",
    "{}",
    "{a!r}",
    "{a:>3}",
    "{missing} {a.b}",
    "{a.b} {missing}",
    "{a} }{ {b}",
    "{a}{b}{a}",
    "{day:month} {day:month-year} {a}",
    "{a:month}",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_texts_fill_or_fail_as_vformat_does(text: str) -> None:
    params = {"a": "A", "b": "B"}
    for _ in range(2):  # the second time from the pieces kept
        assert _outcome(fill, text, params, "k") == _outcome(reference_fill, text, params, "k")


@pytest.mark.parametrize("text", ODD)
def test_odd_texts_are_worded_or_fail_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text with sub-phrases, dates, lists and a param it does not name, once and twice."""
    table = {"odd": {"en": text, "cy": text}, "sub": {"en": "[{a} {b}]", "cy": "[{b}]"}}
    monkeypatch.setattr(words, "catalogue", lambda: table)
    params: dict[str, Param] = {
        "a": ("x", "y", "z"),
        "b_key": "sub",
        "day": dt.date(2025, 11, 30),
        "unused": Text("en", "cy"),
    }
    for lang in ("en", "cy"):
        for _ in range(2):
            assert _outcome(words.worded, "odd", lang, params) == _outcome(
                reference_worded, "odd", lang, params
            )


def _sample(name: str) -> Param:
    """A value for a placeholder named ``name``, of the kind its name suggests."""
    if name.startswith("n_") or name in ("n", "count", "days", "present", "meetings"):
        return 3
    if name in ("due", "date", "start", "end", "first", "last", "as_of", "since", "until"):
        return dt.date(2026, 2, 1)
    return Text(f"<{name}>", f"<{name} cy>")


def test_every_entry_is_worded_as_before_with_each_kind_of_value() -> None:
    checked = 0
    for key, entry in catalogue().items():
        names = {n for text in _texts(entry) for _, n, _, _ in string.Formatter().parse(text) if n}
        base: dict[str, Param] = {n: _sample(n) for n in names}
        variants: list[dict[str, Param]] = [
            base,
            {**base, "extra": ("a", "b")},
            {n: (f"{n}1", f"{n}2") for n in names},
            {n: Ref("seat", n) for n in names},
            {n: i % 3 == 0 for i, n in enumerate(sorted(names))},
        ]
        for params in variants:
            for lang in words.LANGUAGES:
                for detail in (True, False):
                    got = _outcome(
                        functools.partial(words.worded, detail=detail), key, lang, params
                    )
                    assert got == _outcome(reference_worded, key, lang, params, detail), key
                    checked += 1
    assert checked > 2000, checked


def test_every_finding_is_worded_as_before() -> None:
    """The bundled record's findings at two dates and bench-like params, both languages."""
    dataset = load(ROOT / "data").dataset
    findings = [
        f for day in (dt.date(2025, 11, 30), dt.date(2026, 11, 24)) for f in run_rules(dataset, day)
    ]
    assert len(findings) > 100
    for f in findings:
        for lang in words.LANGUAGES:
            for detail in (True, False):
                assert words.say(f, lang, detail=detail) == reference_worded(
                    words.key_of(f), lang, f.args, detail
                ), (f.rule, f.code, lang)


def test_plain_sub_phrases_are_worded_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sub-phrase whose entry is one plain text (kept per text) or is not (a detail, a
    plural, a shared entry, a placeholder, a malformed text, none): the same as before."""
    table: dict[str, Any] = {
        "top": {"en": "<{a}|{b}>", "cy": "<{b}|{a}>"},
        "plain": {"en": "plain {{braces}}: x", "cy": "plaen"},
        "detailed": {"en": "plain", "cy": "plaen", "detail": {"en": " {n}", "cy": " {n}"}},
        "counted": {"en": {"one": "one", "other": "many"}, "cy": "plaen", "count": "n"},
        "shared": {"use": "plain"},
        "named": {"en": "named {n}", "cy": "enwir {n}"},
        "broken": {"en": "broken {", "cy": "ok"},
        "no-welsh": {"en": "english only"},
    }
    monkeypatch.setattr(words, "catalogue", lambda: table)
    subs = [k for k in table if k != "top"] + ["missing"]
    for a in subs:
        for b in subs:
            params: dict[str, Param] = {"a_key": a, "b_key": b, "n": 2}
            for lang in ("en", "cy"):
                for _ in range(2):  # the second time from what is kept
                    assert _outcome(words.worded, "top", lang, params) == _outcome(
                        reference_worded, "top", lang, params
                    ), (a, b, lang)
