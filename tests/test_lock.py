"""The lock files pin every dependency pyproject.toml declares, inside its declared range,
with hashes: a fresh machine installs what CI tested (regenerate with tools/lock.sh)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)")


def pins(path: Path) -> dict[str, Version]:
    found: dict[str, Version] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        match = PIN.match(line)
        if match:
            name = canonicalize_name(match.group(1))
            found[name] = Version(match.group(2))
            following = lines[number + 1] if number + 1 < len(lines) else ""
            assert "--hash=sha256:" in following, f"{path.name}: {name} has no hash"
    return found


def declared(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(r) for r in project["dependencies"]]
    if extra:
        requirements += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return requirements


@pytest.mark.parametrize(("lock", "extra"), [("main.txt", None), ("test.txt", "test")])
def test_lock_pins_every_declared_dependency_in_range(lock: str, extra: str | None) -> None:
    locked = pins(ROOT / "requirements" / lock)
    for requirement in declared(extra):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is in pyproject.toml but not in {lock}: run tools/lock.sh"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"{lock} pins {name}=={locked[name]}, outside pyproject's {requirement.specifier}"
        )


def test_ci_and_readme_install_from_the_lock() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements/test.txt" in ci
    assert "--require-hashes -r requirements/main.txt" in readme
    assert "--require-hashes -r requirements/test.txt" in readme
