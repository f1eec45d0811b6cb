"""hatch_build.py: a failed compile leaves no module from an earlier build behind.

An editable install imports ``gsscb_cli/load/_fastc*.so`` from the source tree. If a
later compile fails (no compiler, a broken ``_fastc.c``), the module an earlier build left
there would still be imported, built from another source than the ``fast.py`` beside it,
while the build said the Python form is used. hatchling is not installed in the test
environment (pip fetches it for the build), so its base class is stood in for.
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import sys
import sysconfig
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _hook_module(monkeypatch: pytest.MonkeyPatch) -> Any:
    names = ["hatchling", "hatchling.builders", "hatchling.builders.hooks",
             "hatchling.builders.hooks.plugin", "hatchling.builders.hooks.plugin.interface"]  # fmt: skip
    for name in names:
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    sys.modules[names[-1]].BuildHookInterface = object  # type: ignore[attr-defined]
    spec = importlib.util.spec_from_file_location("hatch_build_under_test", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _project(tmp_path: Path, source: str) -> Path:
    load = tmp_path / "gsscb_cli" / "load"
    load.mkdir(parents=True)
    (load / "_fastc.c").write_text(source, encoding="utf-8")
    return tmp_path


def _initialize(module: Any, root: Path) -> dict[str, Any]:
    hook = module.CustomBuildHook()
    hook.target_name, hook.root = "wheel", str(root)
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("standard", build_data)
    return build_data


@pytest.mark.parametrize("required", [False, True])
def test_a_failed_compile_removes_the_module_an_earlier_build_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, required: bool
) -> None:
    module = _hook_module(monkeypatch)
    root = _project(tmp_path, "this is not C\n")
    stale = module.extension_path(root)
    stale.write_bytes(b"an earlier build")
    stale.with_name(stale.name + ".part").write_bytes(b"half written")
    if required:
        monkeypatch.setenv("GSSCB_REQUIRE_NATIVE", "1")
        with pytest.raises(RuntimeError, match="cannot compile"):
            _initialize(module, root)
    else:
        monkeypatch.delenv("GSSCB_REQUIRE_NATIVE", raising=False)
        build_data = _initialize(module, root)
        assert build_data["force_include"] == {}  # a pure-Python wheel
    assert not stale.exists()
    assert not stale.with_name(stale.name + ".part").exists()


def test_a_good_compile_puts_the_module_in_the_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _hook_module(monkeypatch)
    compiler = shlex.split(sysconfig.get_config_var("LDSHARED") or "cc")[0]
    if shutil.which(compiler) is None and os.environ.get("CI") != "true":
        pytest.skip(f"no C compiler ({compiler}) here; CI has one")
    root = _project(tmp_path, (ROOT / "gsscb_cli" / "load" / "_fastc.c").read_text("utf-8"))
    build_data = _initialize(module, root)
    target = module.extension_path(root)
    assert target.is_file()
    assert build_data["force_include"] == {str(target): str(target.relative_to(root))}
    assert build_data["pure_python"] is False
