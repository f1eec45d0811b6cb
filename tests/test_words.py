"""The findings catalogue (gsscb_cli/words): every finding of the bundled record worded in
English and Welsh at two dates, no entry missing or unused, real plural rules, dates in
each language, and placeholders that can only be names."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from gsscb_cli import words
from gsscb_cli.findings import Finding
from gsscb_cli.load import load
from gsscb_cli.rules import all_rules, run_rules

ROOT = Path(__file__).resolve().parent.parent
DATES = (dt.date(2025, 11, 30), dt.date(2026, 11, 24))
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def bundled() -> list[Finding]:
    dataset = load(ROOT / "data").dataset
    return [f for day in DATES for f in run_rules(dataset, day)]


def used_keys(finding: Finding) -> set[str]:
    """The entry a finding is worded by, the entries it shares, and its sub-phrases."""
    out: set[str] = set()
    todo = [words.key_of(finding)] + [
        str(v) for k, v in finding.params if k.endswith("_key") and isinstance(v, str)
    ]
    while todo:
        key = todo.pop()
        out.add(key)
        use = words.catalogue()[key].get("use")
        if use:
            todo.append(str(use))
    return out


def test_every_bundled_finding_is_worded_in_both_languages() -> None:
    findings = bundled()
    assert len(findings) > 100
    for f in findings:
        for lang in words.LANGUAGES:
            text = words.say(f, lang)
            assert text.strip(), (f.rule, f.code, lang)
            assert not PLACEHOLDER.search(text), (f.rule, f.code, lang, text)
        assert f.message == words.say(f, "en")
    # the Welsh sentence is not the English one (a missing Welsh text is not an English copy)
    assert all(words.say(f, "cy") != f.message for f in findings)


def test_no_entry_is_missing_or_unused() -> None:
    catalogue = words.catalogue()
    codes = {f"{r.id}.{code}" for r in all_rules().values() for code in r.codes}
    missing = codes - set(catalogue)
    assert not missing, f"codes without words: {sorted(missing)}"
    for key, entry in catalogue.items():
        if "use" not in entry:
            assert set(words.LANGUAGES) <= set(entry), f"{key}: needs en and cy"
    reachable = set()
    for f in bundled():
        reachable |= used_keys(f)
    # entries the bundled record does not reach are used by a rule's code or shared phrase
    # families the rules choose between (the other bases, kinds, meeting frequencies,
    # quorum and decision phrases); anything else in the catalogue is dead.
    families = (
        "basis.",
        "caveat.",
        "brief.",
        "kind.",
        "meets.",
        "quorum.",
        "decision.",
        "deputy.problem.",
        "period.",
        "note.",
        "render.limit.",
        "template.",
        "diff.",
        "cli.",
        "quorum-cli.",
        "when.",
        "days.",
        "vice-chair.",
        "funding.",
        "at-meeting.",
        "obligation-state.",
        "obligation-kind.",
        "work-status.",
        "action.",
    )
    dead = {
        key
        for key in catalogue
        if key not in reachable
        and key not in codes
        and not key.startswith(families)
        and key not in ("empty", "basis-words", "cadence.cancelled", "cadence.scheduled",
                        "vice-chair.quorum")
    }  # fmt: skip
    assert not dead, f"entries nothing uses: {sorted(dead)}"
    # every rule's codes are reached by some finding or listed in its documentation
    for r in all_rules().values():
        assert r.codes, r.id


def test_welsh_plurals_have_six_forms_and_english_two() -> None:
    assert [words.plural("cy", n) for n in (0, 1, 2, 3, 6, 7)] == [
        "zero", "one", "two", "few", "many", "other"
    ]  # fmt: skip
    assert [words.plural("en", n) for n in (0, 1, 2)] == ["other", "one", "other"]
    assert words.phrase("days.late", "en", days_late=1) == "1 day"
    assert words.phrase("days.late", "en", days_late=2) == "2 days"
    assert words.phrase("days.late", "cy", days_late=2) == "2 ddiwrnod"  # soft mutation
    assert words.phrase("days.late", "cy", days_late=3) == "3 diwrnod"


def test_dates_in_each_language() -> None:
    day = dt.date(2025, 11, 30)
    assert words.date(day, "en") == "30 November 2025"
    assert words.date(day, "cy") == "30 Tachwedd 2025"


@pytest.mark.parametrize(
    "text", ["{day.__class__.__mro__}", "{items[0]}", "{day!r}", "{day:>999}", "{0}"]
)
def test_placeholders_are_names_only(text: str) -> None:
    with pytest.raises(words.CatalogueError):
        words.fill(text, {"day": "x", "items": "y"})


def test_a_name_fills() -> None:
    assert words.fill("on {day}", {"day": "1 May"}) == "on 1 May"


def test_a_paper_leaves_out_the_detail_its_columns_give() -> None:
    """Board papers show basis and source in columns of their own, and are not addressed to
    whoever edits the YAML: their sentences leave the catalogue's detail out, but keep that
    a cycle is unverified (seed 000 gives Newport's needs assessment no verified cadence)."""
    found = bundled()
    newport = next(
        f for f in found
        if f.rule == "obligation-overdue" and f.subject.id == "newport-csp"
    )  # fmt: skip
    assert newport.message.endswith("(status unknown); basis: statutory, unverified cadence")
    assert words.say(newport, "en", detail=False).endswith(
        "(status unknown); the cycle is not verified"
    )
    assert words.say(newport, "cy", detail=False).endswith(
        "(statws anhysbys); nid yw'r cylch wedi'i wirio"
    )
    for f in found:
        for lang in ("en", "cy"):
            paper = words.say(f, lang, detail=False)
            assert "basis:" not in paper and "sail:" not in paper, paper
            assert "(requirement " not in paper and "(gofyniad " not in paper, paper
            assert "the tool allows" not in paper and "declarations: []" not in paper, paper
    declarations = next(f for f in found if f.rule == "declarations-missing")
    assert declarations.message == (
        "declarations of interest are not recorded (write declarations: [] if none were declared)"
    )
    assert (
        words.say(declarations, "en", detail=False) == "declarations of interest are not recorded"
    )


@pytest.mark.parametrize(
    ("start", "end", "en", "cy"),
    [
        # a quarter of a board year from 1 April (the bundled board)
        ((2025, 10, 1), (2025, 12, 31), "October to December 2025",
         "rhwng mis Hydref a mis Rhagfyr 2025"),
        # a third of a year across the new year (Safer Vale, three a year)
        ((2023, 12, 1), (2024, 3, 31), "December 2023 to March 2024",
         "rhwng mis Rhagfyr 2023 a mis Mawrth 2024"),
        ((2026, 1, 1), (2026, 1, 31), "January 2026", "ym mis Ionawr 2026"),  # monthly
        # a year from 6 April (year_start: 04-06): not whole months, so the days
        ((2026, 4, 6), (2026, 7, 5), "6 April 2026 to 5 July 2026",
         "rhwng 6 Ebrill 2026 a 5 Gorffennaf 2026"),
    ],
)  # fmt: skip
def test_a_period_is_named_as_a_reader_names_it(
    start: tuple[int, int, int], end: tuple[int, int, int], en: str, cy: str
) -> None:
    from gsscb_cli.rules.cadence import Period

    first, last = dt.date(*start), dt.date(*end)
    period = Period(first, last, year_start=first, index=1, count=4)
    assert words.phrase(period.words_key, "en", start=first, end=last) == en
    assert words.phrase(period.words_key, "cy", start=first, end=last) == cy


def test_a_date_format_is_the_only_spec_a_text_may_use() -> None:
    day = dt.date(2025, 12, 31)
    assert words.fill("{a}", {"a": "x"}) == "x"
    with pytest.raises(words.CatalogueError):
        words._words("{end:>99}", {"end": day}, "test", "en")
    assert words._words("{end:month-year}, {end}", {"end": day}, "test", "cy") == (
        "Rhagfyr 2025, 31 Rhagfyr 2025"
    )


def test_papers_name_meetings_by_date_and_leave_tool_hints_out() -> None:
    """The minutes-unapproved and attendance-unrecorded findings, as `check` words them and
    as a board paper does (written by hand from the bundled meetings: July's minutes were
    due for approval on 15 September 2025; the 5 February 2026 meeting is unrecorded)."""
    dataset = load(ROOT / "data").dataset
    found = run_rules(dataset, dt.date(2026, 11, 24))
    unapproved = next(f for f in found if f.rule == "minutes-unapproved")
    assert unapproved.message == (
        "the minutes were due for approval at the next meeting (gsscb-2025-09-15, "
        "15 September 2025) and are not recorded as approved"
    )
    assert words.say(unapproved, "en", detail=False) == (
        "the minutes were due for approval at the next meeting (15 September 2025) and are "
        "not recorded as approved"
    )
    assert words.say(unapproved, "cy", detail=False) == (
        "roedd y cofnodion i fod i gael eu cymeradwyo yn y cyfarfod nesaf (15 Medi 2025) ac "
        "nid ydynt wedi'u cofnodi fel rhai a gymeradwywyd"
    )
    passed = next(f for f in found if f.code == "date-passed")
    assert passed.message == (
        "the meeting was scheduled for 5 February 2026, which has passed: record it as held "
        "(with its attendance) or as cancelled"
    )
    assert words.say(passed, "en", detail=False) == (
        "the meeting was scheduled for 5 February 2026, which has passed, and it is not "
        "recorded as held or cancelled"
    )
    assert words.say(passed, "cy", detail=False) == (
        "trefnwyd y cyfarfod ar gyfer 5 Chwefror 2026, sydd wedi mynd heibio, ac nid yw wedi'i "
        "gofnodi fel un a gynhaliwyd nac un a ganslwyd"
    )
    # no paper sentence of any bundled finding names a meeting by its id
    for f in bundled():
        for lang in words.LANGUAGES:
            paper = words.say(f, lang, detail=False)
            assert not any(mid in paper for mid in dataset.meetings), paper
            assert "record it as" not in paper and "cofnodwch" not in paper, paper


# the families of entries the tool's own code names (not a finding's rule.code)
CODE_FAMILIES = ("quorum.", "decision.", "deputy.problem.", "period.", "note.", "render.limit.",
                 "template.", "diff.", "cli.", "quorum-cli.")  # fmt: skip
KEY = re.compile(r"[a-z][a-z0-9-]*(\.[a-z0-9+-]+)+")


def keys_named_in_code() -> tuple[set[str], set[str]]:
    """Catalogue keys the package names: exact string literals, and the fixed starts of
    f-strings (f"quorum.{mode}.{verdict}" names every key starting "quorum.")."""
    import ast

    exact: set[str] = set()
    prefixes: set[str] = set()
    for path in (ROOT / "gsscb_cli").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if KEY.fullmatch(node.value) and node.value.startswith(CODE_FAMILIES):
                    exact.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and str(first.value).startswith(CODE_FAMILIES):
                    prefixes.add(str(first.value))
    return exact, prefixes


def test_every_key_the_code_names_is_in_the_catalogue_and_every_entry_is_named() -> None:
    catalogue = words.catalogue()
    exact, prefixes = keys_named_in_code()
    assert {"quorum.cancelled", "note.invalid", "diff.unknown-note", "template.link"} <= exact
    assert "quorum." in {p[: len("quorum.")] for p in prefixes}
    missing = sorted(k for k in exact if k not in catalogue)
    assert not missing, f"keys named in code without an entry: {missing}"
    for prefix in prefixes:
        assert any(k.startswith(prefix) for k in catalogue), f"no entry starts {prefix!r}"
    named = {k for k in catalogue if k in exact or k.startswith(tuple(prefixes))}
    reached = set().union(*(used_keys(f) for f in bundled()))
    unnamed = sorted(
        k for k in catalogue if k.startswith(CODE_FAMILIES) and k not in named | reached
    )
    assert not unnamed, f"entries no code names: {unnamed}"


def test_the_tools_own_messages_are_worded_in_both_languages() -> None:
    """The CLI's note, the render bounds and a refused template, from the catalogue."""
    from gsscb_cli.render.limits import RenderLimit, limit_words

    assert (
        words.phrase(
            "note.left-out", "en", n=2, files="a.yaml, b.yaml", out_of_key="note.out-of.calendar"
        )
        == "2 files do not validate, so their records are left out of the calendar: a.yaml, b.yaml"
    )
    assert (
        words.phrase("note.left-out", "cy", n=1, files="a.yaml", out_of_key="note.out-of.paper")
        == "nid yw 1 ffeil yn dilysu, felly mae ei chofnodion wedi'u gadael allan o'r papur: a.yaml"
    )
    assert words.phrase("note.kept", "en", kept=1, into_key="empty") == (
        "1 error in files that do validate (an unknown reference, a duplicate id) leaves their "
        "records in, as the files give them"
    )
    assert limit_words(RenderLimit("size")) == (
        "stopped: the output would pass 10,000,000 characters (a loop or a repetition that "
        "does not end?); nothing was written"
    )
    assert limit_words(RenderLimit("time"), "cy") == (
        "wedi stopio ar ôl 60 eiliad: nid yw'r templed yn gorffen (dolen nad yw'n dod i ben?); "
        "ni ysgrifennwyd dim"
    )
    assert words.phrase(
        "diff.unknown-note", "en", files="p/t.yaml", n_files=1, head="HEAD", base="main", n=1,
        findings_key="diff.findings", so_key="diff.unknown-so",
    ) == (
        "p/t.yaml does not validate at HEAD: 1 finding at main about its records cannot be "
        "judged there, so it is unknown, not resolved."
    )  # fmt: skip


def test_no_name_placeholder_where_welsh_would_mutate_it() -> None:
    """As in the papers' catalogue (tests/test_welsh_catalogue.py): a name filled in after
    "gan", "i", "drwy"... would need a mutation no template can make ("gan Bartneriaeth"),
    so the Welsh is worded around it; dates, numbers and words already mutated may follow."""
    unmutated = {
        # dates, counts, numbers and shares
        "completed", "end", "last", "since", "months", "agreed", "circulated", "need",
        "approved", "published", "share", "last_met", "due", "date", "as_of", "deadline", "more",
        # the kind.* entries, written to follow "i" (i bartneriaeth, i fwrdd)
        "applies_to",
        # file paths and git revisions, shown as typed
        "folder", "head", "base", "files",
    }  # fmt: skip
    mutating = re.compile(
        r"\b(i|gan|am|ar|o|dan|at|drwy|trwy|heb|hyd|a|neu|yn|ei|dau|dwy)\s+\{(\w+)(?::[\w-]+)?\}"
    )

    def welsh(entry: object) -> list[str]:
        if not isinstance(entry, dict):
            return []
        cy = entry.get("cy")
        texts = list(cy.values()) if isinstance(cy, dict) else [cy] if cy else []
        return [str(t) for t in texts] + welsh(entry.get("detail")) + welsh(entry.get("brief"))

    for key, entry in words.catalogue().items():
        for text in welsh(entry):
            for _, name in mutating.findall(text):
                assert name in unmutated, f"{key}: {text!r}"
    # the entries worded around a name (they said "gan {partnership}", "i {to}")
    name = "Partneriaeth Diogelwch Cymunedol y Gogledd"
    assert words.phrase("chair-vacant.chair", "cy", partnership=name) == (
        f"mae swydd cadeirydd {name} yn wag"
    )
    assert words.phrase(
        "return-overdue.not-recorded", "cy", to="Llywodraeth Cymru", what="Adroddiad",
        due=dt.date(2025, 6, 30), late="5 diwrnod",
    ) == (
        "roedd yr adroddiad ar gyfer Llywodraeth Cymru 'Adroddiad' yn ddyledus ar 30 Mehefin "
        "2025, 5 diwrnod yn ôl; nid yw'r cofnod yn dangos iddo gael ei anfon"
    )  # fmt: skip
