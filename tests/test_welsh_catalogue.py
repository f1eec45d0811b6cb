"""The Welsh message catalogue: complete for every label papers use, and the established terms.

The expected Welsh below was checked by hand against what the bodies publish (the Senedd's
and Welsh councils' agendas and minutes, the OPCC for Gwent's and Welsh Government's Welsh
pages; see the comments in templates/messages.yaml and docs/welsh.md), not copied from
the catalogue.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from gsscb_cli.domain.meetings import STANDING_ITEMS
from gsscb_cli.i18n import Catalogue, catalogue_for, default_catalogue, load_catalogue
from gsscb_cli.render.marking import MARKINGS
from tests.conftest import ROOT

TEMPLATES = ROOT / "templates"
RENDER = ROOT / "gsscb_cli" / "render"

# keys built from a prefix and a value, in templates (t("x." ~ v)) and in Python
# (f"x.{v}"), with every value each prefix takes
DYNAMIC = {
    "action-status.": ["open", "done", "dropped"],
    "basis.": [
        "statutory",
        "statutory+guidance",
        "guidance",
        "local",
        "statutory-prospective",
        "terms-of-reference",
    ],
    "rag.": ["red", "amber", "green", "grey"],
    "issue-status.": ["open", "being-addressed", "not-addressed", "resolved"],
    "kind.": ["ordinary", "extraordinary"],
    "meeting-status.": ["held", "cancelled", "scheduled"],
    "milestone-status.": ["not-started", "in-progress", "completed", "unknown"],
    "priority-status.": ["not-started", "in-progress", "completed", "on-hold"],
    "severity.": ["error", "warning", "info"],
    "standing.": [s.id for s in STANDING_ITEMS],
    "verdict.": ["quorate", "not-quorate", "at-risk", "unknown"],
    "deadline.": ["obligation", "milestone"],
    "marking.": list(MARKINGS),
    "month.": [str(n) for n in range(1, 13)],
    "weekday.": [str(n) for n in range(1, 8)],
    "tor.rounding.": ["up", "down", "nearest"],
}
# filters and helpers that use labels without naming them in a template
IMPLIED = {"date.format", "date.weekday-format", "date.month-format", "time-range"}
PYTHON_NAMESPACES = ("welsh.", "person.", "bilingual.", "date.", "word.")


def used_keys() -> set[str]:
    """Every label key the templates and the render package can ask for."""
    found: set[str] = set(IMPLIED)
    for template in TEMPLATES.glob("*.j2"):
        text = template.read_text("utf-8")
        found |= set(re.findall(r"\btn?\(\s*[\"']([a-z0-9.+-]+)[\"']", text))
        if "marking_text" in text:
            found.add("marking.")
    for module in RENDER.glob("*.py"):
        text = module.read_text("utf-8")
        for literal in re.findall(
            r"f?[\"']([a-z][a-z0-9.+-]*\.[a-z0-9.+-]*(?:\{[^}]*\}[a-z0-9.+-]*)*)[\"']", text
        ):
            if literal.startswith(PYTHON_NAMESPACES) or literal.startswith(
                ("marking.{", "month.{")
            ):
                found.add(literal.split("{")[0])
        found |= {f"weekday.{n}" for n in range(1, 8)} if "weekday." in text else set()
    keys: set[str] = set()
    for key in found:
        prefix = next((p for p in DYNAMIC if key == p), None)
        if prefix is not None:
            keys |= {prefix + v for v in DYNAMIC[prefix]}
        else:
            assert not key.endswith((".", "-")), f"dynamic label prefix {key} not covered"
            keys.add(key)
    return keys


def missing_texts(
    messages: Mapping[str, Mapping[str, str]], keys: Iterable[str], lang: str
) -> list[str]:
    """Keys (or their .one/.other count forms) without a text in ``lang``."""
    missing = []
    for key in sorted(keys):
        forms = [key] if key in messages else [f"{key}.one", f"{key}.other"]
        missing += [f for f in forms if not (messages.get(f) or {}).get(lang)]
    return missing


def test_every_label_the_papers_use_has_english_and_welsh() -> None:
    keys = used_keys()
    messages = default_catalogue().messages
    assert len(keys) > 200
    assert missing_texts(messages, keys, "en") == []
    assert missing_texts(messages, keys, "cy") == []


def test_the_completeness_check_fails_when_a_welsh_text_is_missing() -> None:
    messages = dict(default_catalogue().messages)
    messages["standing.declarations"] = {"en": "Declarations of interest"}
    del messages["withheld.other"]
    assert missing_texts(messages, used_keys(), "cy") == [
        "standing.declarations",
        "withheld.other",
    ]


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    fmt = string.Formatter()
    for key, texts in default_catalogue().messages.items():
        assert set(texts) == {"en", "cy"}, key
        assert texts["en"].strip() and texts["cy"].strip(), key
        en = {name for _, name, _, _ in fmt.parse(texts["en"]) if name}
        cy = {name for _, name, _, _ in fmt.parse(texts["cy"]) if name}
        if key.endswith(".one"):  # Welsh may spell the one out ("un bartneriaeth")
            en, cy = en - {"n"}, cy - {"n"}
        assert en == cy, (key, en, cy)


@pytest.mark.parametrize(
    ("key", "welsh"),
    [
        ("minutes.apologies", "Ymddiheuriadau"),
        ("standing.declarations", "Datganiadau o fuddiant"),
        ("standing.previous-minutes", "Cofnodion y cyfarfod diwethaf"),
        ("paper.agenda", "Agenda"),
        ("minutes.decisions", "Penderfyniadau"),
        ("minutes.actions", "Camau gweithredu"),
        ("psb.recommendations", "Argymhellion"),
        ("psb.background", "Cefndir"),
        ("psb.purpose", "Diben yr adroddiad"),
        ("psb.funding", "Cyllid"),
        ("psb.areas", "Ardaloedd yr effeithir arnynt"),
        ("psb.default-body", "Bwrdd Gwasanaethau Cyhoeddus"),
        ("psb.tor", "Cylch Gorchwyl"),
        ("minutes.present", "Yn bresennol"),
        ("chair", "Cadeirydd"),
        ("marking.OFFICIAL", "SWYDDOGOL / OFFICIAL"),
        ("marking.OFFICIAL-SENSITIVE", "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"),
        ("welsh.missing", "[Testun Cymraeg heb ei ddarparu / Welsh text not supplied]"),
    ],
)
def test_established_welsh_terms(key: str, welsh: str) -> None:
    assert default_catalogue().label(key, "cy") == welsh


def test_months_and_days() -> None:
    cat = default_catalogue()
    months = (
        "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr"
    )
    assert [cat.label(f"month.{n}", "cy") for n in range(1, 13)] == months.split()
    days = ["Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul"]
    assert [cat.label(f"weekday.{n}", "cy") for n in range(1, 8)] == [f"dydd {d}" for d in days]


def test_a_decision_sought_label_mutates_correctly_after_am() -> None:
    # "am" takes a soft mutation: penderfyniad -> benderfyniad
    assert default_catalogue().label("decision-sought", "cy") == "Gofynnir am benderfyniad"


def test_no_name_placeholder_where_welsh_would_mutate_it() -> None:
    """A template cannot mutate a name ("i Fwrdd", "gan Gomisiynydd"), so no placeholder
    holding words follows a word that mutates the next; numbers, dates and times do not
    mutate and may."""
    numeric = {
        "date", "due", "agreed", "review", "next", "days", "years", "n", "months", "required",
        "open", "overdue", "closed", "errors", "warnings", "notes", "per_year", "start", "end",
        "day", "year", "letter",
        # counts in the charts' and site's words ("{done} o {total}", "a {grey} heb fod...")
        "of", "total", "grey", "ho",
        # a funding range's amounts ("£7,000 i £8,000"): figures do not mutate
        "high",
        # Welsh composed from this catalogue's own entries, which start unmutatable ("heb")
        "first", "second", "base", "reason", "who", "count", "need",
        # the board's record gives psb_report.area in Welsh as it reads after 'ar' (Went gyfan)
        "area",
    }  # fmt: skip
    mutating = re.compile(
        r"\b(i|gan|am|ar|o|dan|at|drwy|trwy|heb|hyd|a|neu|yn|ei|dau|dwy)\s+\{(\w+)\}"
    )
    for key, texts in default_catalogue().messages.items():
        for _, name in mutating.findall(texts["cy"]):
            assert name in numeric, f"{key}: {texts['cy']!r}"


def test_a_users_catalogue_replaces_only_what_it_holds(tmp_path: Path) -> None:
    (tmp_path / "messages.yaml").write_text(
        "paper.agenda: {en: Order of business, cy: Trefn y cyfarfod}\n", "utf-8"
    )
    cat = catalogue_for(tmp_path)
    assert cat.label("paper.agenda", "cy") == "Trefn y cyfarfod"
    assert cat.label("standing.aob", "cy") == "Unrhyw fater arall"  # from the bundled one
    assert isinstance(load_catalogue(tmp_path / "messages.yaml"), Catalogue)
