"""The project's own workflows: code checks on pull requests, a weekly run against the
newest allowed dependencies, and the release tag that the pre-commit `rev:` names."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT
from tests.test_check_workflows import triggers, workflow


def runs(doc: dict[object, object]) -> str:
    jobs = doc["jobs"]
    assert isinstance(jobs, dict)
    return "\n".join(str(step.get("run", "")) for job in jobs.values() for step in job["steps"])


def test_code_workflow_runs_the_ci_script_on_code_pull_requests() -> None:
    doc = workflow("code.yml")
    on = triggers(doc)
    assert "data/**" in on["pull_request"]["paths-ignore"]
    assert "bash .ci/run" in runs(doc)


def test_newest_dependencies_weekly_without_the_lock() -> None:
    doc = workflow("newest.yml")
    on = triggers(doc)
    assert on["schedule"] and "workflow_dispatch" in on
    script = runs(doc)
    assert '--upgrade --upgrade-strategy eager -e ".[test]"' in script
    assert "requirements/" not in script  # the point: not what the lock says
    assert "python -m pytest" in script and "mypy" in script


def test_release_tags_the_version_the_readme_names() -> None:
    script = runs(workflow("release.yml"))
    assert 'git tag "v$version"' in script
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"rev: v{version}" in readme
