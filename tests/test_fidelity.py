"""docs/fidelity.md is current, and every fact it lists is still where it says.

The facts were read from the seeds by hand (tools/fidelity.py). If this fails because a
data file changed, check the fact against its seed, then run ``python -m tools.fidelity``.
"""

from __future__ import annotations

from tools import fidelity


def test_every_fact_is_still_in_the_record() -> None:
    lost = [(f.file, f.anchor) for f in fidelity.missing()]
    assert lost == [], "facts lost from the record (see tools/fidelity.py)"


def test_fidelity_doc_is_current() -> None:
    assert fidelity.DOC.read_text("utf-8") == fidelity.render(), (
        "docs/fidelity.md is stale: run `python -m tools.fidelity` and commit it"
    )


def test_no_fact_is_left_open() -> None:
    assert {f.status for f in fidelity.all_facts()} <= set(fidelity.STATUS)
    # every fact not held in data says why
    assert all(f.file or f.note for f in fidelity.all_facts())
