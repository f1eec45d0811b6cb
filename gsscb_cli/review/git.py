"""The data folder at a git revision, read through ``git`` itself (no git library).

``find_repo`` locates the repository and the data folder's path inside it;
``resolve`` turns a revision name into a commit; ``export`` writes the data
folder as it was at that commit into a temporary directory, so that the
ordinary loader can read it.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from gsscb_cli.errors import UsageError

GIT_TIMEOUT_SECONDS = 120
_COPIED_SUFFIXES = (".yaml", ".yml")  # the loader reads nothing else


@dataclass(frozen=True)
class Repo:
    """A git working tree and where the data folder sits inside it."""

    top: Path
    data_rel: PurePosixPath  # relative to ``top``; PurePosixPath(".") when the data is the top

    @property
    def data_label(self) -> str:
        return "the repository root" if str(self.data_rel) == "." else f"{self.data_rel}/"


@dataclass
class Export:
    """What ``export`` wrote: whether the folder existed, and what it could not copy."""

    found: bool
    skipped: list[str] = field(default_factory=list)


def _git(
    args: list[str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
            env=env,
        )
    except FileNotFoundError:
        raise UsageError("gsscb diff needs git, and git was not found on PATH") from None
    except subprocess.TimeoutExpired:
        raise UsageError(
            f"git {args[0]} did not finish within {GIT_TIMEOUT_SECONDS} seconds"
        ) from None


def _stderr(proc: subprocess.CompletedProcess[bytes]) -> str:
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else f"exit status {proc.returncode}"


def find_repo(data: Path) -> Repo:
    """The repository holding ``data`` (which need not exist) and the data folder's path in it."""
    absolute = Path(os.path.abspath(data))
    probe = absolute
    while not probe.is_dir() and probe.parent != probe:
        probe = probe.parent
    proc = _git(["rev-parse", "--show-toplevel"], probe)
    if proc.returncode != 0:
        said = _stderr(proc)
        if "not a git repository" in said:
            raise UsageError(
                f"not a git repository: {data} (gsscb diff compares the data folder at git "
                "revisions; run it inside a clone, or pass --data DIR inside one)"
            )
        raise UsageError(f"git cannot use the repository holding {data}: {said}")
    top = Path(proc.stdout.decode("utf-8", "replace").strip())
    rel = os.path.relpath(absolute.resolve(), top.resolve())
    if rel == ".." or rel.startswith(".." + os.sep):
        raise UsageError(f"the data folder {data} is outside the git repository at {top}")
    return Repo(top=top, data_rel=PurePosixPath(Path(rel).as_posix()))


def resolve(repo: Repo, revision: str) -> str:
    """The commit a revision names; a clear usage error when there is none."""
    if not revision or revision.startswith("-"):
        raise UsageError(
            f"'{revision}' is not a revision (give a branch, tag or commit, e.g. HEAD~1)"
        )
    proc = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], repo.top)
    if proc.returncode != 0:
        raise UsageError(
            f"unknown revision '{revision}': no such branch, tag or commit in {repo.top} "
            "(in CI, check out with fetch-depth: 0 so the base branch is there)"
        )
    return proc.stdout.decode("ascii").strip()


def short(repo: Repo, commit: str) -> str:
    proc = _git(["rev-parse", "--short", commit], repo.top)
    return proc.stdout.decode("ascii").strip() if proc.returncode == 0 else commit[:12]


def _entries(repo: Repo, commit: str) -> list[tuple[str, str, str, str]]:
    """(mode, type, object, path) for everything under the data folder at ``commit``."""
    args = ["ls-tree", "-r", "-z", "--full-tree", commit]
    prefix = "" if str(repo.data_rel) == "." else f"{repo.data_rel}/"
    if prefix:
        args += ["--", prefix]
    proc = _git(args, repo.top)
    if proc.returncode != 0:
        raise UsageError(f"git ls-tree failed at {commit[:12]}: {_stderr(proc)}")
    out: list[tuple[str, str, str, str]] = []
    for record in proc.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, obj = meta.decode("ascii").split(" ")
        path = os.fsdecode(raw_path)
        if path.startswith(prefix):
            out.append((mode, kind, obj, path[len(prefix) :]))
    return out


def _read_blobs(repo: Repo, objects: list[str]) -> dict[str, bytes]:
    """The contents of several blobs with one ``git cat-file --batch``."""
    if not objects:
        return {}
    proc = _git(
        ["cat-file", "--batch"], repo.top, stdin="".join(f"{o}\n" for o in objects).encode()
    )
    if proc.returncode != 0:
        raise UsageError(f"git cat-file failed: {_stderr(proc)}")
    data = proc.stdout
    blobs: dict[str, bytes] = {}
    pos = 0
    for obj in objects:
        end = data.index(b"\n", pos)
        header = data[pos:end].decode("ascii").split(" ")
        if len(header) != 3:
            raise UsageError(f"git cat-file could not read object {obj}")
        size = int(header[2])
        blobs[obj] = data[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return blobs


def export(repo: Repo, commit: str, dest: Path) -> Export:
    """Write the data folder as it was at ``commit`` into ``dest`` (YAML files only)."""
    result = Export(found=False)
    wanted: list[tuple[str, str]] = []
    for mode, kind, obj, rel in _entries(repo, commit):
        result.found = True
        if kind != "blob" or mode == "120000":
            result.skipped.append(rel)  # a submodule or a symbolic link: not part of a record
        elif rel.endswith(_COPIED_SUFFIXES):
            wanted.append((obj, rel))
    blobs = _read_blobs(repo, sorted({obj for obj, _ in wanted}))
    root = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    for obj, rel in wanted:
        target = dest / rel
        if not target.resolve().is_relative_to(root):
            result.skipped.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blobs[obj])
    return result
