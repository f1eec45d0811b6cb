"""Security: YAML is loaded safely only, templates are sandboxed, outputs cannot land in
the data folder, no local variables reach any error output, and a symbolic link out of
the data folder is refused.
"""

from __future__ import annotations

import ast
import os
import shutil
from pathlib import Path

import pytest

from gsscb_cli.cli import app
from gsscb_cli.errors import UsageError
from gsscb_cli.load.parse import parse_text
from gsscb_cli.outputs import check_output_path
from tests.conftest import ROOT, invoke

MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
AS_OF = "2025-12-01"
PACKAGE = ROOT / "gsscb_cli"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def _has_command(name: str) -> bool:
    import typer.main

    return name in typer.main.get_command(app).commands  # type: ignore[attr-defined]


# ---------------------------------------------------------------- YAML


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/name:os.system",
        "!!python/module:os",
        "!!python/object:collections.OrderedDict {{}}",
    ],
)
def test_python_tags_are_refused_and_never_run(data: Path, tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "executed"
    path = data / "partnerships" / "test-csp.yaml"
    path.write_text(
        f"pwn: {tag.format(marker=marker)}\n" + path.read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "text")
    assert result.exit_code == 1, result
    assert "yaml-tag" in result.output and "is not allowed" in result.output
    assert "partnerships/test-csp.yaml:1:" in result.output
    assert not marker.exists(), "a YAML tag ran code"


def test_loader_refuses_tags_directly() -> None:
    doc, findings = parse_text("a: !!python/object/apply:os.getcwd []\n", "x.yaml")
    assert doc is None
    assert [f.rule for f in findings] == ["yaml-tag"]


def test_only_safe_yaml_calls_in_the_package() -> None:
    """Every PyYAML call in gsscb_cli is compose/parse with the strict safe loader, or safe_*."""
    allowed = {
        "compose",
        "parse",
        "safe_load",
        "safe_load_all",
        "safe_dump",
        "add_implicit_resolver",
    }
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "yaml":
                loaders = [ast.unparse(kw.value) for kw in node.keywords if kw.arg == "Loader"]
                # yaml.load only with a safe loader named in the call (libyaml's, for speed)
                safe_load = node.func.attr == "load" and loaders == ["yaml.CSafeLoader"]
                if node.func.attr not in allowed and not safe_load:
                    problems.append(f"{path.name}:{node.lineno}: yaml.{node.func.attr}")
                for kw in node.keywords:
                    if kw.arg == "Loader" and ast.unparse(kw.value) not in {
                        "StrictLoader",
                        "yaml.CSafeLoader",
                    }:
                        problems.append(
                            f"{path.name}:{node.lineno}: Loader={ast.unparse(kw.value)}"
                        )
        text = path.read_text(encoding="utf-8")
        for bad in ("yaml.Loader", "FullLoader", "UnsafeLoader", "unsafe_load", "full_load"):
            if bad in text:
                problems.append(f"{path.name}: mentions {bad}")
    assert not problems


def test_strict_loader_is_a_safe_loader() -> None:
    import yaml

    from gsscb_cli.load.pyyaml_path import StrictLoader

    safe = (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert issubclass(StrictLoader, safe)


# ---------------------------------------------------------------- templates


SSTI = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ range.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{% include '../../../../../../etc/passwd' %}",
]


@pytest.mark.skipif(not _has_command("render"), reason="gsscb render does not exist yet")
@pytest.mark.parametrize("payload", SSTI)
def test_templates_are_sandboxed(tmp_path: Path, payload: str) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "actions.md.j2").write_text(payload + "\n", encoding="utf-8")
    out = tmp_path / "out.md"
    result = invoke(
        "render", "actions", "--data", str(MINIMAL), "--as-of", AS_OF,
        "--templates", str(templates), "--output", str(out),
    )  # fmt: skip
    assert result.exit_code == 2, result
    assert "Traceback" not in result.output
    assert "sandbox" in result.output or "not found" in result.output
    assert "<class" not in result.output and "root:" not in result.output
    assert not out.exists() or "<class" not in out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- output paths


def test_output_inside_the_data_folder_is_refused(data: Path, tmp_path: Path) -> None:
    for inside in (
        data / "x.md",
        data / "meetings" / "x.md",
        data / ".." / data.name / "x.md",
        tmp_path / "elsewhere" / ".." / "data" / "meetings" / "x.md",
    ):
        with pytest.raises(UsageError, match="inside the data folder"):
            check_output_path(inside, data)
    assert check_output_path(tmp_path / "x.md", data) == (tmp_path / "x.md").resolve()


def test_output_through_a_symlink_into_the_data_folder_is_refused(
    data: Path, tmp_path: Path
) -> None:
    link = tmp_path / "innocent"
    link.symlink_to(data / "meetings", target_is_directory=True)
    with pytest.raises(UsageError, match="inside the data folder"):
        check_output_path(link / "x.md", data)


@pytest.mark.parametrize(
    "args",
    [
        ["calendar", "--output", "{data}/board.ics"],
        ["calendar", "--output", "{data}/meetings/board.ics"],
        ["render", "actions", "--output", "{data}/actions.md"],
        ["render", "actions", "--format", "docx", "--output", "{data}/partnerships/a.docx"],
    ],
)
def test_commands_refuse_to_write_into_the_data_folder(data: Path, args: list[str]) -> None:
    assert _has_command(args[0]), f"gsscb {args[0]} is missing"
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    filled = [a.format(data=data) for a in args]
    result = invoke(*filled, "--data", str(data), "--as-of", AS_OF)
    assert result.exit_code == 2, result
    assert "inside the data folder" in result.output
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before


# ---------------------------------------------------------------- error output


def test_no_local_variables_or_traceback_in_an_internal_error(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(_: Path, **_options: object) -> None:
        password = "hunter2-local-secret"  # must never be printed
        raise RuntimeError(f"simulated bug near {len(password)} characters")

    monkeypatch.setattr("gsscb_cli.commands._common.load_data", boom)
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF)
    assert result.exit_code == 3
    assert "internal error" in result.output
    assert "hunter2" not in result.output
    assert "Traceback" not in result.output and "locals" not in result.output.lower()


def test_typer_never_prints_locals() -> None:
    assert app.pretty_exceptions_enable is False or app.pretty_exceptions_show_locals is False


def test_error_messages_do_not_dump_the_record(data: Path) -> None:
    """A schema error quotes the bad value briefly, not the whole file or mapping."""
    path = data / "partnerships" / "test-csp.yaml"
    secret = "S" * 500
    path.write_text(path.read_text(encoding="utf-8") + f"area2: {secret}\n", encoding="utf-8")
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "text")
    assert result.exit_code == 1
    assert secret not in result.output


# ---------------------------------------------------------------- symbolic links


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_symlinked_file_out_of_the_data_folder_is_refused(data: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("secret: do-not-read\n", encoding="utf-8")
    (data / "partnerships" / "evil.yaml").symlink_to(outside)
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "text")
    assert result.exit_code == 1, result
    assert "symlink" in result.output and "out of the data folder is refused" in result.output
    assert "evil.yaml" in result.output
    assert "do-not-read" not in result.output


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_symlinked_folder_out_of_the_data_folder_is_refused(data: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "evil.yaml").write_text("id: evil\nsecret: do-not-read\n", encoding="utf-8")
    shutil.rmtree(data / "priorities")
    (data / "priorities").symlink_to(outside, target_is_directory=True)
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "text")
    assert result.exit_code == 1, result
    text = " ".join(result.output.split())  # findings wrap at the terminal's width
    assert "priorities" in text and "out of the data folder is refused" in text
    assert "do-not-read" not in result.output and "evil" not in result.output


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_symlink_to_etc_passwd_is_not_read(data: Path) -> None:
    (data / "meetings" / "passwd.yaml").symlink_to("/etc/passwd")
    result = (
        invoke("check", "--data", str(data), "--as-of", AS_OF, "--format", "text")
        if _has_command("check")
        else invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "text")
    )
    assert result.exit_code == 1
    assert "out of the data folder is refused" in result.output
    assert "root:" not in result.output


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_symlink_inside_the_data_folder_is_allowed(data: Path) -> None:
    """A link that stays inside the folder is not a security problem and is not refused."""
    (data / "notes").mkdir()
    (data / "notes" / "link.txt").symlink_to(data / "board.yaml")
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "text")
    assert "out of the data folder is refused" not in result.output
