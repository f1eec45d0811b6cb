"""A real case for ``gsscb diff``: the draft terms of reference (seed 001, PSB 27 March 2025)
against the final ones (seed 000, Appendix A, agreed July 2025).

Compared line by line, the final text moved "Chair and/or Head of the Wales Safer
Communities Board and Network" from the invitees to the members required to attend
(seed 001 "Invites may be extended to ..." list; seed 000 "The list of partners
required to attend are" list), and qualified the first purpose bullet with "where
this doesn't conflict with other statutory duties".
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import DATA
from tests.test_diff import Repo, lines

WSCBN = "Chair and/or Head of the Wales Safer Communities Board and Network"
PURPOSE_OPENING = (
    "The purpose of the Board is to provide strategic oversight and support to the various "
    "boards and partnerships in Gwent that are focused on protecting communities, preventing "
    "crime, pursuing and reforming offenders, and protecting and supporting victims and the "
    "vulnerable. This Board will ensure that: SSCP arrangements are compliant with relevant UK "
    "and Welsh Government legislation and regional priorities, "
)
PURPOSE_CLOSING = (
    "and the collective work of the SSCPs is delivered in the most effective, efficient and "
    "joined-up way possible to maximise outcomes for communities."
)
# seed 001, draft ToR "Purpose"; seed 000, Appendix A "Purpose" (the source's own apostrophe)
DRAFT_PURPOSE = PURPOSE_OPENING + PURPOSE_CLOSING
FINAL_PURPOSE = (
    PURPOSE_OPENING + "where this doesn’t conflict with other statutory duties, " + PURPOSE_CLOSING
)
FINAL_TOR = (
    "  version: Final, agreed at the first meeting (July 2025)\n"
    "  agreed: 2025-07-15\n  last_reviewed: 2025-07-15\n"
)
DRAFT_TOR = (
    "  version: Draft (PSB, 27 March 2025)\n  agreed: 2025-03-27\n  last_reviewed: 2025-03-27\n"
)


def with_purpose(board: str, purpose: str) -> str:
    new, n = re.subn(r"^purpose: >-\n(?:  .*\n)+", f'purpose: "{purpose}"\n', board, flags=re.M)
    assert n == 1
    return new


def draft_of(board: str) -> str:
    """The bundled (final) board.yaml as the March 2025 draft had it."""
    out: list[str] = []
    skipping = False
    for line in board.splitlines(keepends=True):
        if line == "  - id: wscbn\n":
            skipping = True
            continue
        if skipping and (line.startswith("  - ") or not line.startswith("    ")):
            skipping = False
        if not skipping:
            out.append(line)
    text = "".join(out)
    assert "wscbn" not in text
    invitee = "  - UK Government Ministers or officials\n"
    assert text.count(invitee) == 1 and text.count(FINAL_TOR) == 1
    text = text.replace(invitee, f"{invitee}  - {WSCBN}\n").replace(FINAL_TOR, DRAFT_TOR)
    return with_purpose(text, DRAFT_PURPOSE)


def test_draft_to_final_terms_of_reference(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "clone")
    repo.data.mkdir()
    for name in ("people.yaml", "requirements.yaml"):
        shutil.copy(DATA / name, repo.data / name)
    shutil.copytree(DATA / "partnerships", repo.data / "partnerships")
    final = (DATA / "board.yaml").read_text(encoding="utf-8")
    (repo.data / "board.yaml").write_text(draft_of(final), encoding="utf-8")
    repo.commit("draft terms of reference (PSB, March 2025)")
    (repo.data / "board.yaml").write_text(with_purpose(final, FINAL_PURPOSE), encoding="utf-8")
    repo.commit("final terms of reference (July 2025)")

    result = repo.diff("HEAD~1", "HEAD")
    assert result.exit_code == 0, result
    out = lines(result)
    assert out[0].startswith("1 board changed, 1 seat added;"), out[0]
    board = "changed  Gwent Strategic Safer Communities Board"
    # people.yaml: wscn-head is the Head of the Wales Safer Communities Network
    assert f"added  seat {WSCBN} (holder: Head of the Wales Safer Communities Network)" in out
    assert f"{board}: invitees: removed {WSCBN}" in out
    assert (
        f'{board}: purpose: added "where this doesn’t conflict with other statutory duties,"' in out
    )
    assert (
        f"{board}: terms of reference version: Draft (PSB, 27 March 2025) -> "
        "Final, agreed at the first meeting (July 2025)"
    ) in out
    assert f"{board}: terms of reference agreed: 2025-03-27 -> 2025-07-15" in out
    # nothing else in the board's record differs between the two texts
    assert len([line for line in out if line.startswith(board)]) == 5, out
