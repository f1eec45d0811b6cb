"""The GitHub workflows: their triggers, and the exact gsscb command lines they contain,
run here with a pinned date (GSSCB_AS_OF) and the exit codes the jobs rely on."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, invoke

WORKFLOWS = ROOT / ".github" / "workflows"


def workflow(name: str) -> dict[Any, Any]:
    doc = yaml.safe_load((WORKFLOWS / name).read_text("utf-8"))
    assert isinstance(doc, dict)
    return doc


def triggers(doc: dict[Any, Any]) -> dict[str, Any]:
    on = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` key as true
    assert isinstance(on, dict)
    return on


def gsscb_lines(doc: dict[Any, Any]) -> list[list[str]]:
    """Every command line starting with gsscb in the workflow's run steps, as arguments."""
    lines = []
    for job in doc["jobs"].values():
        for step in job["steps"]:
            for line in str(step.get("run", "")).splitlines():
                if line.strip().startswith("gsscb "):
                    args = shlex.split(line)[1:]
                    if ">>" in args:  # the shell redirection to the step summary
                        args = args[: args.index(">>")]
                    lines.append(args)
    return lines


def run_in_checkout(args: list[str], as_of: str, summary: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)  # the jobs run from the repository root: --data defaults to data/
    return invoke(*args, env={"GSSCB_AS_OF": as_of, "GITHUB_STEP_SUMMARY": str(summary)})


def test_pull_request_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = workflow("pr.yml")
    assert triggers(doc)["pull_request"]["paths"] == ["data/**"]
    lines = gsscb_lines(doc)
    assert [a[0] for a in lines] == ["validate", "check", "diff"]
    assert all("github" in a for a in lines[:2])
    base = "${{ github.event.pull_request.base.sha }}"
    assert lines[2] == ["diff", base, "--format", "markdown"]
    summary = tmp_path / "summary.md"
    expected = {"validate": 0, "check": 0}  # valid data; the record's gaps do not block a PR
    for args in lines[:2]:
        result = run_in_checkout(args, "2025-11-30", summary, monkeypatch)
        assert result.exit_code == expected[args[0]], (args, result)
    check = run_in_checkout(lines[1], "2025-11-30", summary, monkeypatch)
    assert "title=chair-vacant" in check.stdout
    text = summary.read_text("utf-8")
    assert "## gsscb validate (as of 2025-11-30)" in text
    assert "## gsscb check (as of 2025-11-30)" in text
    # the review step, against this checkout's own HEAD (a clean tree compares equal)
    review = run_in_checkout(["diff", "HEAD", *lines[2][2:]], "2025-11-30", summary, monkeypatch)
    assert review.exit_code == 0, review
    assert review.stdout.lstrip().startswith("#"), review.stdout[:200]


def test_needs_assessment_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = workflow("needs-assessments.yml")
    on = triggers(doc)
    assert "workflow_dispatch" in on and on["schedule"][0]["cron"] == "0 7 * * 1"
    (args,) = gsscb_lines(doc)
    assert args == [
        "deadlines", "--kind", "needs-assessment", "--overdue", "--fail-on", "error", "--format", "github",
    ]  # fmt: skip
    summary = tmp_path / "summary.md"
    # 2026-11-24: several needs assessments are overdue (see test_check_golden notes).
    late = run_in_checkout(args, "2026-11-24", summary, monkeypatch)
    assert late.exit_code == 1, late
    assert late.stdout.startswith("::error file=data/partnerships/")
    assert "title=obligation-overdue" in late.stdout
    assert "| Error | `obligation-overdue` |" in summary.read_text("utf-8")
    # 2025-03-30: before the first needs-assessment due date (Newport CSP, 2025-03-31).
    early = run_in_checkout(args, "2025-03-30", summary, monkeypatch)
    assert early.exit_code == 0, early


def test_site_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = workflow("site.yml")
    on = triggers(doc)
    assert "workflow_dispatch" in on and on["push"]["branches"] == ["main"]
    (args,) = gsscb_lines(doc)
    assert args == ["site", "--output", "_site"]
    steps = [s.get("uses", "") for job in doc["jobs"].values() for s in job["steps"]]
    assert "actions/upload-pages-artifact@v3" in steps and "actions/deploy-pages@v4" in steps
    monkeypatch.chdir(tmp_path)  # the job's _site is beside the checkout's data/
    built = invoke(*args, "--data", str(ROOT / "data"), env={"GSSCB_AS_OF": "2025-11-30"})
    assert built.exit_code == 0, built
    assert (tmp_path / "_site" / "cy" / "index.html").is_file()
