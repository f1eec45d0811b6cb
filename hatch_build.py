"""Build hook: compile ``gsscb_cli/load/_fastc.c``, the C form of the YAML fast path.

hatchling runs this for every wheel, editable installs included. It compiles the one C
file with the compiler and flags Python itself was built with (``sysconfig``'s
``LDSHARED`` and ``CCSHARED``; no setuptools). Where that fails (no compiler, no
Python headers) the build goes on without it and gsscb reads YAML with the
pure-Python ``load/fast.py``: the same values, slower. ``GSSCB_REQUIRE_NATIVE=1`` makes
a failed compile fail the build instead (CI sets it: what CI tests is the fast form).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("gsscb_cli") / "load" / "_fastc.c"


def extension_path(root: Path) -> Path:
    """Where the compiled module goes: beside its source, named as this Python imports it."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    return root / SOURCE.with_name("_fastc" + suffix)


def compile_extension(root: Path) -> Path:
    """Compile the extension in place; raise CalledProcessError or OSError on failure."""
    target = extension_path(root)
    linker = shlex.split(sysconfig.get_config_var("LDSHARED") or "cc -shared")
    shared = shlex.split(sysconfig.get_config_var("CCSHARED") or "-fPIC")
    include = sysconfig.get_paths()["include"]
    partial = target.with_name(target.name + ".part")
    source = root / SOURCE
    # the module knows which source it was built from (a test finds a stale build)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    command = [*linker, *shared, "-O2", f'-DSOURCE_DIGEST="{digest}"', "-I", include,
               str(source), "-o", str(partial)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, text=True)
    partial.replace(target)  # never a half-written module where Python would import it
    return target


def remove_stale(root: Path) -> None:
    """Remove a module an earlier build left beside the source (and any half-written one):
    after a failed compile, Python must not import a module built from another source."""
    target = extension_path(root)
    for path in (target, target.with_name(target.name + ".part")):
        path.unlink(missing_ok=True)


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        try:
            target = compile_extension(root)
        except (OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            remove_stale(root)
            if os.environ.get("GSSCB_REQUIRE_NATIVE") == "1":
                raise RuntimeError(f"gsscb: cannot compile {SOURCE}: {detail}") from exc
            print(
                f"gsscb: {SOURCE} not compiled, the pure-Python parser is used: {detail}",
                file=sys.stderr,
            )
            return
        if version != "editable":  # an editable install imports it from the source tree
            build_data["force_include"][str(target)] = str(target.relative_to(root))
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
