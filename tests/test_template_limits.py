"""Templates from a pull request: a link or a file outside the templates folder is refused,
and a render that would run forever or produce gigabytes stops with our message, leaving
no output behind (issue 13, "Templates and the catalogue")."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gsscb_cli.render import limits
from tests.conftest import ROOT, invoke

MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
AS_OF = "2025-12-01"


def _render(templates: Path, out: Path, paper: str = "actions", fmt: str = "md") -> object:
    return invoke(
        "render", paper, "--data", str(MINIMAL), "--as-of", AS_OF, "--format", fmt,
        "--templates", str(templates), "--output", str(out),
    )  # fmt: skip


@pytest.fixture()
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder


@pytest.fixture()
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("CANARY-SECRET root:x:0:0\n", encoding="utf-8")
    return path


def _refused(result: object, out: Path, *words: str) -> None:
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    output: str = result.output  # type: ignore[attr-defined]
    assert "Traceback" not in output and "CANARY-SECRET" not in output
    for word in words:
        assert word in output, output
    assert not out.exists()


def test_a_template_that_is_a_symlink_is_refused(
    templates: Path, secret: Path, tmp_path: Path
) -> None:
    (templates / "actions.md.j2").symlink_to(secret)
    out = tmp_path / "out.md"
    _refused(_render(templates, out), out, "actions.md.j2", "symbolic link")


def test_an_included_symlink_to_a_file_outside_is_refused(
    templates: Path, secret: Path, tmp_path: Path
) -> None:
    (templates / "actions.md.j2").write_text("{% include 'leak.md.j2' %}\n", encoding="utf-8")
    (templates / "leak.md.j2").symlink_to(secret)
    out = tmp_path / "out.md"
    _refused(_render(templates, out), out, "leak.md.j2", "symbolic link")


def test_a_link_to_a_bundled_template_is_refused_too(templates: Path, tmp_path: Path) -> None:
    # even a link to a harmless file: a template is a regular file in its folder
    (templates / "actions.md.j2").symlink_to(ROOT / "templates" / "actions.md.j2")
    out = tmp_path / "out.md"
    _refused(_render(templates, out), out, "symbolic link")


def test_a_template_in_a_linked_subfolder_is_refused(
    templates: Path, secret: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.md.j2").write_text("CANARY-SECRET\n", encoding="utf-8")
    (templates / "sub").symlink_to(outside, target_is_directory=True)
    (templates / "actions.md.j2").write_text("{% include 'sub/x.md.j2' %}\n", encoding="utf-8")
    out = tmp_path / "out.md"
    _refused(_render(templates, out), out, "symbolic link")


def test_a_parent_path_in_an_include_is_not_followed(templates: Path, tmp_path: Path) -> None:
    (tmp_path / "x.md.j2").write_text("CANARY-SECRET\n", encoding="utf-8")
    (templates / "actions.md.j2").write_text("{% include '../x.md.j2' %}\n", encoding="utf-8")
    out = tmp_path / "out.md"
    result = _render(templates, out)
    assert result.exit_code == 2 and "CANARY-SECRET" not in result.output  # type: ignore[attr-defined]
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_template_is_refused_without_hanging(templates: Path, tmp_path: Path) -> None:
    os.mkfifo(templates / "actions.md.j2")
    out = tmp_path / "out.md"
    _refused(_render(templates, out), out, "not a regular file")


def test_a_linked_catalogue_is_refused(templates: Path, secret: Path, tmp_path: Path) -> None:
    (templates / "messages.yaml").symlink_to(secret)
    out = tmp_path / "out.md"
    _refused(_render(templates, out), out, "messages.yaml", "symbolic link")


def test_a_linked_reference_document_is_refused(
    templates: Path, secret: Path, tmp_path: Path
) -> None:
    (templates / "reference.docx").symlink_to(secret)
    out = tmp_path / "out.docx"
    result = _render(templates, out, fmt="docx")
    if "pandoc" in result.output.lower() and "reference.docx" not in result.output:  # type: ignore[attr-defined]
        if os.environ.get("CI") == "true":  # pypandoc-binary is in the lock: CI has pandoc
            pytest.fail(f"pandoc is not available: {result.output}")  # type: ignore[attr-defined]
        pytest.skip("pandoc is not available here")
    _refused(result, out, "reference.docx", "symbolic link")


def test_a_plain_user_template_still_renders(templates: Path, tmp_path: Path) -> None:
    (templates / "actions.md.j2").write_text(
        "{% include '_part.md.j2' %} {{ 'x' * 3 }} {{ '%5s' % 'y' }}\n", encoding="utf-8"
    )
    (templates / "_part.md.j2").write_text("part", encoding="utf-8")
    out = tmp_path / "out.md"
    result = _render(templates, out)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert out.read_text(encoding="utf-8") == "part xxx     y\n"


# ---------------------------------------------------------------- size and time

GIGABYTES = [
    "{% for a in range(100000) %}{% for b in range(100000) %}xxxxxxxxxx{% endfor %}{% endfor %}",
    "{{ 'x' * 1000000000 }}",
    "{{ 'x' * 100000 * 100000 }}",
    "{{ 'x'|center(1000000000) }}",
    "{{ 'x'|indent(1000000000, true, true) }}",
    "{{ '%1000000000s' % 'x' }}",
    "{{ '%*s' % (1000000000, 'x') }}",
    "{{ '%1000000000s'|format('x') }}",
    "{{ '{:>1000000000}'.format('x') }}",
    "{{ '{:>{}}'.format('x', 1000000000) }}",
    "{{ 'x'.ljust(1000000000) }}",
    "{{ 2 ** 1000000000 }}",
    "{{ [1]|batch(1000000000, 0)|list }}",
    "{% macro grow(s) %}{{ grow(s ~ s) }}{% endmacro %}{{ grow('xxxxxxxx') }}",
    "{% set xs = [] %}{% for a in range(100000) %}{% for b in range(1000) %}"
    "{{ xs.append(a) or '' }}{% endfor %}{% endfor %}{{ xs|length }}",
    # ``~`` is compiled to a join the sandbox never sees: doubling a namespace's text, or
    # the same set repeated, built 134 MB (as far as memory lasts) and nothing checked it
    "{% set ns = namespace(x='xxxxxxxx') %}{% for i in range(24) %}"
    "{% set ns.x = ns.x ~ ns.x %}{% endfor %}{% if ns.x %}done{% endif %}",
    "{% set x = 'xxxxxxxx' %}" + "{% set x = x ~ x %}" * 24 + "{% if x %}done{% endif %}",
    # a list that holds one list twice, 24 times over: 40 objects, 16 million strings
    # once it is made text (printed, ``string``, ``tojson``, ``~``, ``%``, ``format``)
    *(
        "{% set ns = namespace(x=['xxxxxxxx']) %}{% for i in range(24) %}"
        "{% set ns.x = [ns.x, ns.x] %}{% endfor %}" + use
        for use in (
            "{{ ns.x }}",
            "{{ ns.x|string|length }}",
            "{{ ns.x|tojson|length }}",
            "{{ ns.x|join|length }}",
            "{{ (ns.x ~ '')|length }}",
            "{{ ('%s' % (ns.x,))|length }}",
            "{{ '{}'.format(ns.x)|length }}",
            "{{ '%s'|format(ns.x)|length }}",
        )
    ),
]


@pytest.mark.parametrize("body", GIGABYTES)
def test_a_render_that_would_build_gigabytes_stops(
    templates: Path, tmp_path: Path, body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_OUTPUT_CHARS", 100_000)
    monkeypatch.setattr(limits, "MAX_SECONDS", 20.0)
    (templates / "actions.md.j2").write_text(body + "\n", encoding="utf-8")
    out = tmp_path / "out.md"
    started = time.monotonic()
    result = _render(templates, out)
    assert time.monotonic() - started < 20
    _refused(result, out, "template actions.md.j2", "stopped", "nothing was written")


FOREVER = [
    # prints nothing and calls nothing: only the timer can stop it
    "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "{% for a in range(100000) %}{% for b in range(100000) %}{{ a|string|length }}"
    "{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("body", FOREVER)
def test_a_render_that_runs_forever_stops(
    templates: Path, tmp_path: Path, body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_SECONDS", 1.0)
    monkeypatch.setattr(limits, "MAX_OUTPUT_CHARS", 10**12)
    (templates / "actions.md.j2").write_text(body + "\n", encoding="utf-8")
    out = tmp_path / "out.md"
    started = time.monotonic()
    result = _render(templates, out)
    assert time.monotonic() - started < 15
    _refused(result, out, "stopped after 1 seconds", "nothing was written")


def test_an_existing_output_is_left_as_it_was(
    templates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_OUTPUT_CHARS", 1000)
    (templates / "actions.md.j2").write_text(
        "{% for a in range(100000) %}line {{ a }}\n{% endfor %}\n", encoding="utf-8"
    )
    out = tmp_path / "out.md"
    out.write_text("the earlier paper\n", encoding="utf-8")
    result = _render(templates, out)
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert out.read_text(encoding="utf-8") == "the earlier paper\n"


def test_the_timer_is_put_back_after_a_render(templates: Path, tmp_path: Path) -> None:
    import signal

    (templates / "actions.md.j2").write_text("ok\n", encoding="utf-8")
    before = signal.getsignal(signal.SIGALRM)
    assert _render(templates, tmp_path / "out.md").exit_code == 0  # type: ignore[attr-defined]
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) or before is not signal.SIG_DFL


def test_the_real_papers_are_far_inside_the_bounds() -> None:
    # the bundled board's largest paper, against the bound the docs give
    result = invoke("render", "pack", "--data", str(ROOT / "data"), "--as-of", "2025-11-30")
    assert result.exit_code == 0, result.output
    assert len(result.output) * 20 < limits.MAX_OUTPUT_CHARS


# ---------------------------------------------------------------- the catalogue


@pytest.mark.parametrize(
    "text", ["{n.__class__.__mro__}", "{n.__class__.__init__.__globals__}", "{n[0]}", "{n!r}"]
)
def test_a_users_catalogue_cannot_reach_into_python(
    templates: Path, tmp_path: Path, text: str
) -> None:
    # a label filled with a value: names only, never attributes or indexes
    (templates / "messages.yaml").write_text(
        f'withheld.other:\n  en: "{text}"\n  cy: "{text}"\n', encoding="utf-8"
    )
    (templates / "actions.md.j2").write_text('{{ t("withheld.other", n=5) }}\n', encoding="utf-8")
    out = tmp_path / "out.md"
    result = _render(templates, out)
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert "<class" not in result.output and "__builtins__" not in result.output  # type: ignore[attr-defined]
    assert "withheld.other" in result.output  # type: ignore[attr-defined]
    assert not out.exists()
