"""The hostile corpus: one set of strings that attack every sink (newlines, workflow
commands, ``%``, HTML, Markdown, rich markup, control characters, bidi overrides, very
long and non-Latin text), put into every kind of text field the data has and into a
file name, run through every command in every output format; each sink's invariant is
checked on what comes out. A data value is never a command, a tag, markup or a cursor
movement, and no command ends in an internal error."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from tests.conftest import DATA, ROOT, Result, invoke

AS_OF = "2026-01-20"

# Each entry is written into YAML as a double-quoted scalar, so YAML escapes (\e, \x9b,
# \u202e) deliver the raw control characters to the tool.
CORPUS = (
    "x\\n::error file=evil.yaml,line=1::forged",
    "y\\r\\n::add-mask::secret\\n::stop-commands::tok",
    "100%25 %0A %",
    "<h1>big</h1><img src=x onerror=alert(1)><script>alert(2)</script>",
    "\\n## heading\\n- list item\\n> quote",
    "[/bold] [link=https://evil.example]click[/link] [red]",
    "\\e[2J\\e]8;;https://evil.example\\a\\x9b31m",
    "\\u202eevil\\u202c \\u2066iso\\u2069 \\u200f",
    "`code` | pipe | *em* _u_ ##[error]legacy {{ jinja }} {day.__class__}",
    "Gwent 日本語 العربية Ελληνικά Cymraeg: ŵ ŷ " + "W" * 400,
)
HOSTILE = " ".join(CORPUS)
HOSTILE_FILE = "evil\n::error::forged %0A <b>.yaml"

# (file, exact line, the key's indent and name) for each kind of text field
FIELDS = (
    (
        "partnerships/newport-csp.yaml",
        "name: Newport Community Safety Partnership (Safer Newport)\n",
        "name",
    ),
    (
        "partnerships/newport-csp.yaml",
        "    title: Community Safety Needs Assessment (strategic assessment)\n",
        "    title",
    ),
    ("priorities/winter-of-action.yaml", "title: Winter of Action\n", "title"),
    (
        "meetings/gsscb-2026-02-05.yaml",
        "title: Gwent Strategic Safer Communities Board, early 2026\n",
        "title",
    ),
    (
        "meetings/gsscb-2026-02-05.yaml",
        "    title: Safer places priority - review of progress and next steps\n",
        "    title",
    ),
    ("people.yaml", "    name: Sam Slater\n", "    name"),
    # the board's own name: the calendar's X-WR-CALNAME and PRODID, every paper's heading
    ("board.yaml", "name: Gwent Strategic Safer Communities Board\n", "name"),
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    data = root / "data"
    shutil.copytree(DATA, data)
    for rel, line, key in FIELDS:
        path = data / rel
        text = path.read_text("utf-8")
        assert line in text, (rel, line)
        path.write_text(text.replace(line, f'{key}: "{HOSTILE}"\n', 1), "utf-8")
    # a file whose name attacks: the loader reports it with its name
    (data / "meetings" / HOSTILE_FILE).write_text("id: [unclosed\n", "utf-8")
    return data


def run(data: Path, *args: str) -> Result:
    result = invoke(*args, "--data", str(data), "--as-of", AS_OF, env={"COLUMNS": "80"})
    assert result.exit_code in (0, 1, 2), result
    assert "internal error" not in result.stderr and "Traceback" not in result.output, result
    return result


# --- each sink's invariant ---------------------------------------------------------

RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u2028\u2029]"
)


def terminal_safe(text: str) -> None:
    """No control character but newline reaches the terminal, no bidi control, and the
    markup in the data is shown, not interpreted."""
    assert not RAW_CONTROL.findall(text), RAW_CONTROL.findall(text)[:5]


COMMAND = re.compile(r"^::(error|warning|notice) (?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*::")


def github_safe(text: str) -> None:
    """Every line is a command built by gsscb or a line that starts none."""
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("::"):
            assert COMMAND.match(stripped), line[:200]
            assert "\r" not in line
        assert "##[" not in line, line[:200]


def markdown_safe(text: str) -> None:
    """HTML from the data is text, and no value starts a block of its own (inside a code
    span nothing is HTML, so those are set aside first)."""
    prose = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", text)
    tags = re.findall(r"(?<!\\)<(?:h1|img|script|b)\b", prose)  # "\<img" is literal text
    assert not tags, tags
    for line in text.splitlines():
        assert not line.startswith(("## heading", "- list item", "> quote", "::")), line[:120]
    terminal_safe(text)


def xml_safe(text: str) -> None:
    body = text.split("\n", 1)[1]
    root = ET.fromstring(body)
    assert all(s.get("errors") is not None for s in root.iter("testsuite"))


def json_safe(text: str) -> object:
    return json.loads(text)


SARIF_SCHEMA = json.loads(
    (ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8")
)
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))

SINKS = {
    "text": terminal_safe,
    "github": github_safe,
    "markdown": markdown_safe,
    "junit": xml_safe,
    "json": lambda t: jsonschema.validate(json.loads(t), REPORT_SCHEMA),
    "sarif": lambda t: jsonschema.Draft7Validator(SARIF_SCHEMA).validate(json.loads(t)),
}


def test_the_corpus_reaches_the_findings(hostile: Path) -> None:
    doc = json.loads(run(hostile, "check", "--format", "json").stdout)
    assert any("::add-mask::" in f["message"] for f in doc["findings"])
    assert any("\x1b" in f["message"] for f in doc["findings"])
    assert any(HOSTILE_FILE in f["file"] for f in doc["findings"])


@pytest.mark.parametrize("fmt", sorted(SINKS))
@pytest.mark.parametrize("command", ["validate", "check"])
def test_reports_in_every_format(hostile: Path, command: str, fmt: str) -> None:
    result = run(hostile, command, "--format", fmt)
    assert result.exit_code == 1, result
    SINKS[fmt](result.stdout)
    terminal_safe(result.stderr)


@pytest.mark.parametrize("fmt", sorted(SINKS))
def test_deadlines_in_every_format(hostile: Path, fmt: str) -> None:
    result = run(hostile, "deadlines", "--format", fmt)
    if fmt in ("text", "json"):
        (terminal_safe if fmt == "text" else json_safe)(result.stdout)
    else:
        SINKS[fmt](result.stdout)


def test_github_step_summary_is_escaped(hostile: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = invoke(
        "check",
        "--data",
        str(hostile),
        "--as-of",
        AS_OF,
        "--format",
        "github",
        env={"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ACTIONS": "true"},
    )
    assert result.exit_code == 1, result
    github_safe(result.stdout)
    markdown_safe(summary.read_text("utf-8"))


@pytest.mark.parametrize("what", ["partnerships", "meetings", "priorities", "seats", "people"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_list(hostile: Path, what: str, fmt: str) -> None:
    result = run(hostile, "list", what, "--format", fmt)
    assert result.exit_code == 0, result
    if fmt == "json":
        json_safe(result.stdout)
        return
    terminal_safe(result.stdout)
    if what in ("partnerships", "priorities", "meetings", "people"):
        flat = "".join(result.stdout.split())
        assert "[/bold]" in flat and "[link=https://evil.example]" in flat  # shown, not markup
    assert all(len(line) <= 80 for line in result.stdout.splitlines() if "W" * 20 not in line)


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("command", [("compliance",), ("quorum", "gsscb-2026-02-05")])
def test_compliance_and_quorum(hostile: Path, command: tuple[str, ...], fmt: str) -> None:
    result = run(hostile, *command, "--format", fmt)
    (terminal_safe if fmt == "text" else json_safe)(result.stdout)


PAPERS = ("agenda", "pack", "minutes", "psb-update", "compliance", "actions", "forward-plan")


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("paper", PAPERS)
def test_markdown_papers(hostile: Path, paper: str, lang: str) -> None:
    args = ["render", paper, "--lang", lang]
    if paper in ("agenda", "pack"):
        args += ["--meeting", "gsscb-2026-02-05"]
    if paper == "minutes":
        args += ["--meeting", "gsscb-2025-09-15"]
    result = run(hostile, *args)
    assert result.exit_code == 0, result
    markdown_safe(result.stdout)


def test_calendar(hostile: Path) -> None:
    result = run(hostile, "calendar")
    assert result.exit_code in (0, 1), result
    text = result.stdout
    assert text.startswith("BEGIN:VCALENDAR")
    assert not RAW_CONTROL.findall(text.replace("\r\n", "\n"))
    for line in text.split("\r\n"):
        assert not line.startswith("::")


def test_diff_in_every_format(hostile: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(DATA, repo / "data")
    env = {"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "PATH": "/usr/bin:/bin"}

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
            cwd=repo,
            env=env,
            check=True,
            capture_output=True,
        )

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    shutil.rmtree(repo / "data")
    shutil.copytree(hostile, repo / "data")
    for fmt, sink in (("text", terminal_safe), ("markdown", markdown_safe), ("json", json_safe)):
        result = invoke(
            "diff", "HEAD", "--data", str(repo / "data"), "--as-of", AS_OF, "--format", fmt
        )
        assert result.exit_code in (0, 1), result
        sink(result.stdout)
