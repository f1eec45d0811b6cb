"""An action may name the board priority it serves (issue 15): the reference is checked,
and papers show it with the action and under the priority."""

from __future__ import annotations

from pathlib import Path

from gsscb_cli.load import load
from tests.conftest import ROOT, invoke

FIXTURE = ROOT / "tests" / "fixtures" / "render" / "data"


def test_an_unknown_priority_is_an_unknown_reference(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    meeting = data / "meetings" / "escb-2025-10-02.yaml"
    text = meeting.read_text("utf-8")
    meeting.write_text(text.replace("priority: mapping}", "priority: maping}"), "utf-8")
    (finding,) = [f for f in load(data).findings if f.rule == "unknown-reference"]
    assert finding.message.startswith("unknown priority 'maping'")
    assert finding.location.file.endswith("meetings/escb-2025-10-02.yaml")
    assert finding.location.line == 54  # the action's line


def test_the_psb_update_lists_the_actions_serving_a_priority() -> None:
    out = invoke("render", "psb-update", "--data", str(FIXTURE), "--as-of", "2026-01-20")
    assert out.exit_code == 0, out
    section = out.stdout.split("Map the partnerships", 1)[1]
    assert section.index("Board actions serving this priority:") < section.index(
        "- Send the detailed mapping survey to every partnership (owner: Jo Bloggs"
    )
    log = invoke("render", "actions", "--data", str(FIXTURE), "--as-of", "2026-01-20")
    assert "Send the detailed mapping survey to every partnership (priority 1)" in log.stdout
