"""The whole-pipeline fuzz target (fuzz/fuzz_pipeline.py): its crashes stay fixed, and the
harness itself notices an internal error (so a quiet fuzz run means something)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
import fuzz_pipeline

REGRESSIONS = sorted((ROOT / "fuzz" / "corpus" / "pipeline").glob("regression-*.seed"))
COMMANDS = (
    ["check", "--format", "json"],
    ["calendar"],
    ["map"],
    ["map", "--format", "mermaid"],
    ["diff", "HEAD", "--format", "text"],
    ["diff", "HEAD", "--format", "markdown"],
    ["diff", "HEAD", "--format", "json"],
)


@pytest.fixture(scope="module")
def pipeline() -> fuzz_pipeline.Pipeline:
    return fuzz_pipeline.Pipeline()


def test_the_seed_corpus_is_there() -> None:
    seeds = fuzz_pipeline.seeds()
    assert len(seeds) >= 20
    names = {seed.partition(b"\n")[0].decode() for seed in seeds}
    assert {"board.yaml", "people.yaml", "funding.yaml", "issues.yaml"} <= names
    assert any(b"::error" in seed for seed in seeds)  # the hostile corpus is in it


@pytest.mark.parametrize("seed", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_a_crash_the_fuzzer_found_stays_fixed(
    pipeline: fuzz_pipeline.Pipeline, seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # map: a board whose partnerships are all missing (max() of nothing);
    # diff: an invalid work file (funding.yaml...) had no kind to be listed under;
    # calendar: a board name holding a newline went into X-WR-CALNAME unescaped
    monkeypatch.setattr(pipeline, "commands", lambda data: [list(c) for c in COMMANDS])
    pipeline.check_one(seed.read_bytes())


def test_the_harness_reports_an_internal_error(
    pipeline: fuzz_pipeline.Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gsscb_cli.compliance

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(pipeline, "commands", lambda data: [["check"]])
    monkeypatch.setattr(gsscb_cli.compliance, "run_check", broken)
    target = b"board.yaml\n" + b"id: [broken\n"
    with pytest.raises(fuzz_pipeline.Crash, match="exit 3"):
        pipeline.check_one(target)
    # and the file it wrote is put back
    assert (pipeline.data / "board.yaml").read_bytes() == (
        fuzz_pipeline.BASE / "board.yaml"
    ).read_bytes()
