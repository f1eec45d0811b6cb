"""docs/walkthrough.md runs as written, command by command, on a copy of the bundled data.

Each ``sh`` line of the page is one command: ``GSSCB_AS_OF=... gsscb ...``, with an optional
``# exit N`` comment (default 0). The real ``data/`` is never touched: ``GSSCB_DATA`` points
at a copy. After the last command the record says what the officer recorded, by hand-read
expectations (the ToR: Chair plus five others; minutes approved at the next meeting).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

from tests.conftest import DATA, ROOT, invoke

PAGE = ROOT / "docs" / "walkthrough.md"
_EXIT = re.compile(r"#\s*exit\s+(\d)")


def commands() -> list[tuple[dict[str, str], list[str], int]]:
    out = []
    for block in re.findall(r"```sh\n(.*?)```", PAGE.read_text("utf-8"), flags=re.S):
        for line in block.splitlines():
            if not line.strip():
                continue
            expected = _EXIT.search(line)
            words = shlex.split(line.split("#", 1)[0] if expected else line, comments=False)
            env = {}
            while words and "=" in words[0] and not words[0].startswith("-"):
                key, _, value = words.pop(0).partition("=")
                env[key] = value
            assert words[0] == "gsscb", line
            out.append((env, words[1:], int(expected.group(1)) if expected else 0))
    return out


def test_the_page_has_the_whole_cycle() -> None:
    used = {" ".join(args[:2]) for _, args, _ in commands()}
    for step in (
        "new meeting", "meeting reply", "meeting papers", "meeting held", "meeting declare",
        "meeting decide", "meeting action", "meeting minutes", "partnership chair",
        "obligation complete", "action done",
    ):  # fmt: skip
        assert step in used, step


def test_walkthrough_runs_command_by_command(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    before_real = {p: p.read_bytes() for p in DATA.rglob("*.yaml")}
    for env, args, expected in commands():
        result = invoke(*args, env={**env, "GSSCB_DATA": str(data)})
        assert result.exit_code == expected, (args, result)
        if expected == 1 and args[0] == "meeting":
            assert "meeting-held-future" in result.stderr and "was not changed" in result.stderr
    assert {p: p.read_bytes() for p in DATA.rglob("*.yaml")} == before_real  # data/ untouched

    text = (data / "meetings" / "gsscb-2026-12-10.yaml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/meeting.schema.json\n")
    assert "# Scaffolded by `gsscb new meeting`" in text  # comments kept
    assert "- seat: pcc  # Gwent Police and Crime Commissioner" in text
    m = yaml.safe_load(text)
    assert m["status"] == "held"
    assert str(m["papers_circulated"]) == "2026-12-03"
    status = {e["seat"]: e["status"] for e in m["attendance"]["members"]}
    assert set(status.values()) <= {"present", "apologies", "absent"}
    assert status["pcc"] == status["hmpps-pdu-head"] == status["la-newport"] == "present"
    assert status["swfrs-acfo"] == "absent" and status["la-torfaen"] == "apologies"
    assert status["abuhb-public-health"] == "absent"  # no reply
    newport = next(e for e in m["attendance"]["members"] if e["seat"] == "la-newport")
    assert newport["deputy"]["agreed_by_chair"] and newport["deputy"]["delegated_authority"]
    assert m["declarations"][0]["item"] == "community-cohesion"
    assert m["actions"][0]["status"] == "done" and str(m["actions"][0]["completed"]) == "2027-02-02"
    assert str(m["minutes"]["approved"]) == "2027-03-11"
    assert str(m["minutes"]["published"]) == "2027-03-18"
    assert {"file": "register of attendance, 10 Dec 2026"} in m["attendance"]["sources"]

    torfaen = yaml.safe_load((data / "partnerships" / "torfaen-csp.yaml").read_text("utf-8"))
    assert torfaen["chair"]["person"] == "torfaen-director"
    assert torfaen["chair"]["sources"] == [{"file": "email from the CSP manager, 20 Nov 2026"}]
    sna = next(o for o in torfaen["obligations"] if o["id"] == "strategic-needs-assessment")
    assert str(sna["last_completed"]) == "2026-11-20" and sna["every_months"] == 12

    # The next needs assessment is due a cycle later: 20 November 2027 (REQUIREMENTS.md,
    # CSP strategic assessment: every 12 months).
    late = invoke(
        "deadlines", "--kind", "needs-assessment", "--overdue", "--format", "json",
        env={"GSSCB_DATA": str(data), "GSSCB_AS_OF": "2027-12-01"},
    )  # fmt: skip
    assert "torfaen-csp" in late.stdout and "2027-11-20" in late.stdout, late

    check = invoke(
        "check", "--format", "json", env={"GSSCB_DATA": str(data), "GSSCB_AS_OF": "2027-03-18"}
    )
    import json

    found = {(f["rule"], f["subject"]) for f in json.loads(check.stdout)["findings"]}
    cycle = {"meeting:gsscb-2026-12-10", "meeting:gsscb-2027-03-11"}
    for rule in ("meeting-reply-status", "meeting-held-future", "minutes-unapproved",
                 "minutes-unpublished", "declarations-missing", "meeting-quorum"):  # fmt: skip
        assert not {s for r, s in found if r == rule} & cycle, rule
    for rule in ("minutes-unapproved", "minutes-unpublished"):  # approved 10 Dec, published
        assert (rule, "meeting:gsscb-2025-09-15") not in found, rule
    # the July 2025 minutes were never recorded approved at September's meeting: still reported
    assert ("minutes-unapproved", "meeting:gsscb-2025-07-15") in found
