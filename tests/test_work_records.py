"""Funding, returns, initiatives, groups and the issues register (issue 15): loading,
references, and ``gsscb list KIND``.

Expected values are written from seed 000 (the late-2025 PSB update: 4. Funding, the
progress section, Appendix B's survey and Appendix C's SSSI overview), not from data/.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, invoke

AS_OF = "2025-11-30"


def listed(kind: str) -> list[dict[str, object]]:
    result = invoke("list", kind, "--data", str(DATA), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result
    items = json.loads(result.stdout)
    assert isinstance(items, list)
    return items


def by_id(items: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(x["id"]): x for x in items}


def test_funding_the_pcc_gave_100k_for_the_two_campaigns() -> None:
    # 4.1: "In total this year the PCC has provided an additional £100k"; the
    # background gives £50k for SSSI and progress (3) £50k for the Winter of Action.
    funding = by_id(listed("funding"))
    pcc = [
        f
        for f in funding.values()
        if f["funder"] == "Police and Crime Commissioner for Gwent" and f["year"] == "2025-26"
    ]
    assert sorted(str(f["id"]) for f in pcc) == [
        "pcc-sssi-fund-2025",
        "pcc-winter-of-action-fund-2025",
    ]
    assert sum(int(f["amount_low_gbp"]) for f in pcc) == 100_000  # type: ignore[call-overload]


def test_funding_psb_top_up_is_a_range_not_confirmed() -> None:
    # 4.1: "an additional £7-8k (exact TBC) from PSB funding ... (GSWAG)"
    psb = by_id(listed("funding"))["psb-winter-engagement-2025"]
    assert psb["funder"] == "Gwent Public Services Board"
    assert (psb["amount_low_gbp"], psb["amount_high_gbp"]) == (7000, 8000)
    assert psb["confirmed"] is False
    assert psb["amount_as_given"] == "£7-8k (exact TBC)"


def test_funding_the_other_seed_lines() -> None:
    funding = by_id(listed("funding"))
    # Appendix B, SVD: "Agreed intervention funding (£160k)"; funder not stated.
    assert funding["svd-intervention-funding"]["amount_low_gbp"] == 160_000
    assert funding["svd-intervention-funding"]["funder"] is None
    # Appendix C: "Operation Lockwood is supported by a £1m fund from the Home Office"
    assert funding["operation-lockwood"]["funder"] == "Home Office"
    assert funding["operation-lockwood"]["amount_low_gbp"] == 1_000_000
    # Appendix B, SVD: the post is "(funded until March 2026)"; nothing after it is known.
    post = funding["svd-partnership-manager-post"]
    assert post["end"] == "2026-03-31"
    assert post["after_end"] == "unknown"
    assert post["amount"] is None
    # No source says anything was spent or claimed.
    assert all(f["spent_gbp"] is None and f["claimed_gbp"] is None for f in funding.values())


def test_returns() -> None:
    returns = by_id(listed("returns"))
    # progress (3): "submitted to the GSSCB and Home Office at the end of November"
    plan = returns["winter-of-action-plan-home-office"]
    assert (plan["to"], plan["due"], plan["status"]) == ("Home Office", "2025-11-30", "unknown")
    # priorities (5): the ASB action plan "due to be submitted in April 2026"
    assert returns["asb-action-plan"]["due"] == "2026-04-30"
    # Appendix C: "the joint plans for SSSI were submitted to the Home Office at the start of June"
    assert returns["sssi-joint-plan-home-office"]["status"] == "sent"
    # seed 001 is dated 27/03/25, a report to the Gwent PSB
    assert returns["psb-report-2025-03"]["sent"] == "2025-03-27"


def test_initiatives_sssi_outcomes() -> None:
    initiatives = by_id(listed("initiatives"))
    sssi = initiatives["sssi-2025"]
    # Appendix C: "from 1st July through to the 30th of September"
    assert (sssi["start"], sssi["end"]) == ("2025-07-01", "2025-09-30")
    outcomes = {o["measure"]: o for o in sssi["outcomes"]}  # type: ignore[attr-defined]
    # "An additional 79 arrests and 14 fines issued"
    assert outcomes["Additional arrests"]["value"] == 79
    assert outcomes["Fines issued"]["value"] == 14
    assert "Monmouthshire" in outcomes["Home Office national highlight"]["text"]
    assert all(
        "Appendix C" in o["source"] or "3. Background" in o["source"] for o in outcomes.values()
    )
    winter = initiatives["winter-of-action-2025"]
    # Appendix C: "a Winter of Action from 1st December to 31st January"
    assert (winter["start"], winter["end"]) == ("2025-12-01", "2026-01-31")
    assert winter["priority"] == "winter-of-action"


def test_groups() -> None:
    groups = by_id(listed("groups"))
    assert set(groups) == {
        "business-managers-subgroup",
        "chairing-and-attendance-tfg",
        "data-and-analysis-tfg",
    }
    assert groups["chairing-and-attendance-tfg"]["priorities"] == ["chairing-and-attendance"]
    assert groups["data-and-analysis-tfg"]["kind"] == "task-and-finish"
    # "The first of the meetings of both groups is planned for late November."
    assert groups["data-and-analysis-tfg"]["meetings"] == [
        {
            "date": "2025-11-30",
            "status": "planned",
            "note": "First meeting planned for late November 2025.",
        }
    ]


def test_issues_register() -> None:
    issues = by_id(listed("issues"))
    # Analytical capacity or data: BG, Caerphilly, CJB, Safeguarding, SOC, SVD, VAWDASV,
    # Monmouthshire, Torfaen all raise it in "Current Issues" (six or more).
    assert len(issues["analytical-capacity"]["raised_by"]) >= 6  # type: ignore[arg-type]
    assert issues["analytical-capacity"]["answered_by"] == ["data-and-analysis"]
    # "Demand on board chairs ... lack of succession planning": APB, Safeguarding, VAWDASV
    assert {"gwent-apb", "gwent-safeguarding-board", "gwent-vawdasv-board"} <= set(
        issues["chair-succession"]["raised_by"]  # type: ignore[arg-type]
    )
    # Caerphilly: "grant funded year on year"; no priority answers it.
    assert "caerphilly-csp" in issues["short-term-funding"]["raised_by"]  # type: ignore[operator]
    assert issues["short-term-funding"]["answered_by"] == []
    assert issues["short-term-funding"]["status"] == "not-addressed"


def test_every_issue_quote_is_in_the_survey() -> None:
    seed = (Path(__file__).resolve().parent.parent.parent / "shared" / "seeds").joinpath(
        "000_c2e7e2e858a51b67.txt"
    )
    if not seed.exists():
        pytest.fail("the seeds are expected beside the repository (../shared/seeds)")
    text = " ".join(seed.read_text("utf-8").split())
    import yaml

    for issue in yaml.safe_load((DATA / "issues.yaml").read_text("utf-8"))["issues"]:
        for raiser in issue["raised_by"]:
            assert " ".join(raiser["quote"].split()) in text, (issue["id"], raiser["quote"])


def test_list_text_shows_each_kind() -> None:
    for kind, expect in (
        ("funding", "pcc-sssi-fund-2025"),
        ("returns", "asb-action-plan"),
        ("initiatives", "sssi-2025"),
        ("groups", "data-and-analysis-tfg"),
        ("issues", "analytical-capacity"),
    ):
        result = invoke("list", kind, "--data", str(DATA), "--as-of", AS_OF)
        assert result.exit_code == 0, result
        assert expect in result.stdout


def test_a_bad_reference_in_a_work_file_is_reported_with_its_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "groups.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("priorities: [chairing-and-attendance]", "priorities: [chairing]"))
    line = next(
        n for n, row in enumerate(path.read_text("utf-8").splitlines(), 1) if "[chairing]" in row
    )
    result = invoke("validate", "--data", str(data), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 1, result
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "unknown-reference"]
    assert [(f["file"].endswith("groups.yaml"), f["line"]) for f in found] == [(True, line)]
    assert "unknown priority 'chairing'" in found[0]["message"]


def test_a_folder_without_the_work_files_still_loads(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    for name in ("funding", "returns", "initiatives", "groups", "issues"):
        (data / f"{name}.yaml").unlink()
    result = invoke("list", "funding", "--data", str(data), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout) == []
