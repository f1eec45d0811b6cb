"""Every case of the bad-input catalogue says what it should, and docs/bad-input.md is current."""

from __future__ import annotations

import pytest

from tests.bad_input_catalogue import CASES, DOC, Case, render, run_case
from tests.robustness_mutations import KINDS


@pytest.mark.parametrize("case", CASES, ids=[f"{c.kind}:{c.title}" for c in CASES])
def test_bad_input_case(case: Case) -> None:
    outcome = run_case(case)
    text = "\n".join(outcome.lines)
    assert outcome.exit_code == case.exit_code, text
    assert case.fragment in text, text
    assert "Traceback" not in text and "internal error" not in text
    if case.rule != "usage":
        assert f" {case.rule}: " in text, text
        assert any(line.startswith("data/") for line in outcome.lines), text


def test_every_kind_the_property_tests_try_has_a_catalogue_example() -> None:
    assert set(KINDS) <= {c.kind for c in CASES}


def test_docs_bad_input_is_current() -> None:
    expected = render()
    actual = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    assert actual == expected, (
        "docs/bad-input.md is stale: run `python -m tests.bad_input_catalogue` and commit it"
    )
