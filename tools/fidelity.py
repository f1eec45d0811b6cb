"""Write docs/fidelity.md: every fact of the seeds the record should hold, where the
record holds it (data file and line) and its status.

The facts below were read from the seeds by hand, clause by clause and cell by cell;
the line of each is found by its anchor (a phrase of the data file), so the document
follows the data as lines move. Regenerate with::

    python -m tools.fidelity

tests/test_fidelity.py fails when the document is stale or an anchor is no longer in
its file (a fact has been lost from the record).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "fidelity.md"

S0, S1, S2, S3, S4 = "000", "001", "002", "003", "004"

STATUS = {
    "held": "held: the record holds it as the seed says",
    "fixed": "fixed in issue 15 (was wrong, partial or missing)",
    "added": "added in issue 15 (a new record type)",
    "paper": "in the papers' wording (templates/messages.yaml), not data",
    "not-held": "deliberately not held (the reason is given)",
}


@dataclass(frozen=True)
class Fact:
    seed: str
    place: str
    fact: str
    file: str  # a data file, relative to data/ ("" when not held in data)
    anchor: str  # a phrase of that file on the line that holds the fact
    status: str
    note: str = ""


def csp_cells(pid: str, name: str, cells: list[tuple[str, str, str]]) -> list[Fact]:
    return [
        Fact(S0, f"Appendix B, {name}, {col}", fact, f"partnerships/{pid}.yaml", anchor, status)
        for col, fact, anchor, status in ((c[0], c[1], c[2], "held") for c in cells)
    ]


FACTS: list[Fact] = [
    # --- seed 000: the report ----------------------------------------------------------
    Fact(
        S0,
        "header",
        "Subject 'Safer Places priority update', by Sam Slater, Head of Strategy, Gwent OPCC",
        "returns.yaml",
        "what: Safer Places priority update",
        "added",
    ),
    Fact(S0, "header", "Sam Slater, Head of Strategy", "people.yaml", "id: sam-slater", "held"),
    Fact(
        S0,
        "1.1",
        "Geographically, the whole of Gwent and all PSB member organisations",
        "",
        "",
        "paper",
        "psb.areas-geography",
    ),
    Fact(
        S0,
        "1.2",
        "Thematically, the Wellbeing Plan priority 'everyone lives in a place they feel safe'",
        "",
        "",
        "paper",
        "psb.areas-theme",
    ),
    Fact(
        S0,
        "2.1",
        "The GSSCB was introduced in July 2025, from the PSB-commissioned Community Safety Review",
        "board.yaml",
        "following the introduction of the new Gwent Strategic Safer Communities Board",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "The PSB agreed the terms of reference in March 2025",
        "board.yaml",
        'quote: "the PSB agreed to the new terms of reference for the GSSCB in March 2025"',
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "First meeting July 2025, chaired by the Police and Crime Commissioner",
        "meetings/gsscb-2025-07-15.yaml",
        "chaired by the Police and Crime Commissioner.",
        "held",
        "the day (15th) is assumed",
    ),
    Fact(
        S0,
        "3.9",
        "The first meeting was well attended (no attendance list)",
        "meetings/gsscb-2025-07-15.yaml",
        "recorded: false",
        "held",
        "recorded as attendance not recorded",
    ),
    Fact(
        S0,
        "3.9",
        "Final adjustments to the ToR agreed at the first meeting",
        "meetings/gsscb-2025-07-15.yaml",
        "id: tor-final-adjustments",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Additional members added",
        "meetings/gsscb-2025-07-15.yaml",
        "id: additional-members",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Short review/survey of the partnerships agreed, for the summer",
        "meetings/gsscb-2025-07-15.yaml",
        "id: survey-partnerships",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Survey reported to the second meeting, September 2025",
        "meetings/gsscb-2025-09-15.yaml",
        "id: partnership-survey-results",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "SSSI announced by the Home Office in late spring; PCCs to lead planning",
        "initiatives.yaml",
        "id: sssi-2025",
        "added",
    ),
    Fact(
        S0,
        "3.9",
        "The Commissioner provided £50k to community safety partners for SSSI",
        "funding.yaml",
        "id: pcc-sssi-fund-2025",
        "added",
    ),
    Fact(
        S0,
        "3.9",
        "SSSI ran July to September: patrols, enforcement, engagement",
        "initiatives.yaml",
        "start: 2025-07-01",
        "added",
    ),
    Fact(
        S0,
        "3.9",
        "Monmouthshire business engagement, PCC-funded, a Home Office national highlight",
        "initiatives.yaml",
        "id: national-highlight",
        "added",
    ),
    Fact(
        S0,
        "3.9",
        "SSSI output and learning included in the September planning",
        "meetings/gsscb-2025-09-15.yaml",
        "id: sssi-learning",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Briefing by the Head of the Wales Safer Communities Network on legislative changes",
        "meetings/gsscb-2025-09-15.yaml",
        "id: legislative-changes-briefing",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Priority 1: survey and map the partnerships",
        "priorities/partnership-mapping.yaml",
        "number: 1",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Priority 2: review chairing and attendance",
        "priorities/chairing-and-attendance.yaml",
        "number: 2",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Priority 3: review data and analysis requirements",
        "priorities/data-and-analysis.yaml",
        "number: 3",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Priority 4: Winter of Action",
        "priorities/winter-of-action.yaml",
        "number: 4",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Priority 5: support Gwent Police's ASB action plan, due April 2026",
        "priorities/asb-action-plan.yaml",
        "number: 5",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "Priority 6: community cohesion, requested by the September PSB",
        "priorities/community-cohesion.yaml",
        "number: 6",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "A subgroup of the partnerships' business managers or coordinators coordinates progress",
        "groups.yaml",
        "id: business-managers-subgroup",
        "added",
    ),
    Fact(
        S0,
        "3.9 progress (1)",
        "A follow-up detailed survey to subgroup members",
        "priorities/partnership-mapping.yaml",
        "id: follow-up-survey",
        "held",
        "the due date (end of 2025) is assumed",
    ),
    Fact(
        S0,
        "3.9 progress (2)",
        "Task and finish group: chairing and attendance",
        "groups.yaml",
        "id: chairing-and-attendance-tfg",
        "added",
    ),
    Fact(
        S0,
        "3.9 progress (2)",
        "Task and finish group: data and analysis",
        "groups.yaml",
        "id: data-and-analysis-tfg",
        "added",
    ),
    Fact(
        S0,
        "3.9 progress (2)",
        "First meetings of both groups planned for late November",
        "priorities/chairing-and-attendance.yaml",
        "id: task-and-finish-first-meeting",
        "held",
    ),
    Fact(
        S0,
        "3.9 progress (3)",
        "The Commissioner provided an additional £50k for the Winter of Action",
        "funding.yaml",
        "id: pcc-winter-of-action-fund-2025",
        "added",
    ),
    Fact(
        S0,
        "3.9 progress (3)",
        "Topped up with PSB funding for engagement; Gwent Police lead operational planning",
        "funding.yaml",
        "id: psb-winter-engagement-2025",
        "added",
    ),
    Fact(
        S0,
        "3.9 progress (3)",
        "The overall plan to the GSSCB and the Home Office at the end of November",
        "returns.yaml",
        "id: winter-of-action-plan-home-office",
        "added",
        "whether it was sent: unknown",
    ),
    Fact(
        S0,
        "3.9 progress (4)",
        "Gwent Police have just initiated planning for the ASB action plan",
        "returns.yaml",
        "id: asb-action-plan",
        "added",
    ),
    Fact(
        S0,
        "3.9 progress (5)",
        "Outline cohesion presentation for the next GSSCB in early December",
        "priorities/community-cohesion.yaml",
        "at_meeting: gsscb-2025-12-04",
        "fixed",
        "the milestone now names the meeting, and findings say it was cancelled",
    ),
    Fact(
        S0,
        "3.9",
        "The December meeting had to be cancelled",
        "meetings/gsscb-2025-12-04.yaml",
        "status: cancelled",
        "held",
    ),
    Fact(
        S0,
        "3.9",
        "The next meeting will be in early 2026",
        "meetings/gsscb-2026-02-05.yaml",
        "status: scheduled",
        "held",
        "the day (5 February) is assumed",
    ),
    Fact(
        S0,
        "4.1",
        "Resourcing by the partnerships' members, coordinated by the OPCC",
        "",
        "",
        "not-held",
        "a statement of how the work is resourced, not a funding line",
    ),
    Fact(
        S0,
        "4.1",
        "In total this year the PCC has provided an additional £100k",
        "funding.yaml",
        "In total this year the PCC has provided an additional £100k",
        "added",
        "a total of the two £50k lines (2025-26); the PSB update computes it",
    ),
    Fact(
        S0,
        "4.1",
        "£7-8k (exact TBC) from PSB funding, agreed through GSWAG",
        "funding.yaml",
        'amount_text: "£7-8k (exact TBC)"',
        "added",
    ),
    Fact(
        S0,
        "5.1",
        "No recommendations other than to note the report",
        "returns.yaml",
        "There are no recommendations for the PSB other than to note",
        "added",
    ),
    # --- seed 000, Appendix A: the final ToR -----------------------------------------
    Fact(
        S0,
        "Appendix A, Purpose",
        "The purpose of the Board (first sentence)",
        "board.yaml",
        "The purpose of the Board is to provide strategic oversight",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Purpose",
        "SSCPs as the name of the boards and partnerships",
        "board.yaml",
        "Strategic Safer Communities Partnerships",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Purpose",
        "The Board will ensure compliance ... where this doesn't conflict with other statutory duties",
        "board.yaml",
        "where this doesn't conflict with other statutory duties",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Purpose",
        "... collective work delivered in the most effective, efficient and joined-up way",
        "board.yaml",
        "the most effective, efficient and joined-up way possible",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Purpose",
        "Acts on behalf of, and provides assurance to, the PSB ('Safer Places')",
        "board.yaml",
        "provide assurance to, the Gwent Public Service Board",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Purpose",
        "By working better, together ... better outcomes",
        "board.yaml",
        "By working better, together",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Key Roles and Responsibilities",
        "The nine responsibilities (with the four ways of effective partnership working)",
        "board.yaml",
        "key_roles:",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Key Roles and Responsibilities",
        "Not responsible for discharging the statutory requirements of agencies and partnerships",
        "board.yaml",
        "The Board is not responsible for discharging",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Relevant SSCPs",
        "The twelve connected partnerships",
        "board.yaml",
        "partnerships:",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Relevant SSCPs",
        "This list will be subject to review",
        "board.yaml",
        "This list will be subject to review.",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Strategic Priorities",
        "Agreed annually; the work plan published",
        "board.yaml",
        "priorities_review_months: 12",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Strategic Priorities",
        "Priorities identify issues to resolve and long-term objectives",
        "board.yaml",
        "identify those specific issues the Board will seek to resolve",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Board Approach",
        "No direct statutory remit over the SSCPs other than through the members",
        "board.yaml",
        "This Board has no direct statutory remit",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Board Approach",
        "The eight expectations of the Board and its members",
        "board.yaml",
        "approach:",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Preamble: chairs of SSCPs and Director-level stakeholders required; why",
        "board.yaml",
        "Engaging partners at the appropriate level is crucial",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Gwent Police and Crime Commissioner",
        "board.yaml",
        "id: pcc",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Assistant Chief Constable, Gwent Police",
        "board.yaml",
        "id: acc-gwent-police",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Executive Director of Public Health, ABUHB",
        "board.yaml",
        "id: abuhb-public-health",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Five Local Authority Director Level Representatives",
        "board.yaml",
        "id: la-blaenau-gwent",
        "held",
        "one seat per council is assumed",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Assistant Chief Fire Officer, SWFRS",
        "board.yaml",
        "id: swfrs-acfo",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Head of HMPPS Probation Delivery Unit for Gwent",
        "board.yaml",
        "id: hmpps-pdu-head",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Chief Executive of GAVO",
        "board.yaml",
        "id: gavo-chief-executive",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Chairs of the five CSPs, APB, CONTEST, Safeguarding, SOC, CJB, VAWDASV (not SVD)",
        "board.yaml",
        "id: chair-blaenau-gwent-csp",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Chair and/or Head of the Wales Safer Communities Board and Network",
        "board.yaml",
        "id: wscbn",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "A member holding several roles represents them all",
        "",
        "",
        "held",
        "quorum.py counts a person once for every seat they hold (README, Quorum)",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Deputies only in exceptional circumstances, agreed by the Chair, with delegated authority",
        "board.yaml",
        "chair_agreement_required: true",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Invites: WG and UKG ministers or officials, WVPU Director, third sector, guest speakers",
        "board.yaml",
        "invitees:",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Membership",
        "Invites are for specific purposes and ad hoc",
        "board.yaml",
        "These invites will be extended for specific purposes and will be ad hoc.",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Quorum",
        "Chair or Vice Chair plus five; chairs most impacted for decisions",
        "board.yaml",
        "other_members: 5",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Chair",
        "The PCC chairs (Police Reform and Social Responsibility Act 2011)",
        "board.yaml",
        "The Chair of the Board will be the Police and Crime Commissioner",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Chair",
        "The Vice Chair rotates annually, by majority vote",
        "board.yaml",
        "term_months: 12",
        "held",
        "no Vice Chair is named in any source (status unknown)",
    ),
    Fact(
        S0,
        "Appendix A, Chair",
        "Chair and Vice Chair: relevant experience, impartiality",
        "board.yaml",
        "expected to possess relevant experience in the priority areas and maintain impartiality",
        "fixed",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "Administration by the OPCC",
        "board.yaml",
        "administered_by: Office of the Police and Crime Commissioner for Gwent",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "Quarterly meetings",
        "board.yaml",
        "meetings_per_year: 4",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "Papers seven days before",
        "board.yaml",
        "papers_days_before: 7",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "AOB at the Chair's discretion",
        "board.yaml",
        "aob_at_chair_discretion: true",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "Extraordinary meetings may be convened",
        "board.yaml",
        "extraordinary_meetings: true",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "Declarations before each meeting",
        "board.yaml",
        "declarations_before_each_meeting: true",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Administration",
        "Not public; minutes on the OPCC website for six years",
        "board.yaml",
        "minutes_retention_years: 6",
        "held",
    ),
    Fact(
        S0,
        "Appendix A, Review",
        "Reviewed annually",
        "board.yaml",
        "review_cycle_months: 12",
        "held",
    ),
    # --- seed 000, Appendix C: SSSI ----------------------------------------------------
    Fact(
        S0,
        "Appendix C, Summary",
        "Renamed from Keeping Town Centres Safe This Summer; Home Office led; July to September 2025",
        "initiatives.yaml",
        "also_called: Keeping Town Centres Safe This Summer",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Outline",
        "The Home Secretary's letter of April 2025; 1 July to 30 September",
        "initiatives.yaml",
        "The Home Secretary wrote to Police and Crime Commissioners",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Outline",
        "The three aims",
        "initiatives.yaml",
        "Strengthen neighbourhood policing",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Outline",
        "Seven designated town centres",
        "initiatives.yaml",
        "designated: [Newport City Centre",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Outline",
        "Seven further towns with some additional activity",
        "initiatives.yaml",
        "additional: [Abertillery",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Outline",
        "Joint plans submitted to the Home Office at the start of June",
        "returns.yaml",
        "id: sssi-joint-plan-home-office",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Outline",
        "No dedicated Home Office funding; the PCC's £50,000 fund for CSPs to bid into",
        "funding.yaml",
        "No dedicated Home Office funding accompanied the initiative",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Local Plans",
        "Operation Lockwood, a £1m Home Office fund for hotspots",
        "funding.yaml",
        "id: operation-lockwood",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Local Plans",
        "All five local authorities submitted proposals",
        "funding.yaml",
        "All five local authorities",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Local Plans",
        "The four themes of local plans with their examples",
        "initiatives.yaml",
        "theme: Community & Business Engagement",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Delivery Highlights",
        "An additional 79 arrests and 14 fines",
        "initiatives.yaml",
        "value: 79",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Delivery Highlights",
        "The six delivery highlights",
        "initiatives.yaml",
        "highlights:",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Challenges",
        "The four challenges (including the initial report to the Home Office)",
        "initiatives.yaml",
        "challenges:",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Challenges",
        "The initial report to the Home Office was a projected overview",
        "returns.yaml",
        "id: sssi-initial-report-home-office",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Summary",
        "The Winter of Action, 1 December to 31 January",
        "initiatives.yaml",
        "id: winter-of-action-2025",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Recommendations",
        "The five recommendations for future initiatives",
        "initiatives.yaml",
        "recommendations:",
        "added",
    ),
    Fact(
        S0,
        "Appendix C, Authors",
        "Natalie Jones and Sam Slater, OPCC",
        "initiatives.yaml",
        "authors: Natalie Jones",
        "added",
    ),
    # --- seed 000, Appendix B: issues that cut across the returns ------------------------
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Analytical capacity or data (nine partnerships)",
        "issues.yaml",
        "id: analytical-capacity",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Chairs and succession",
        "issues.yaml",
        "id: chair-succession",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Attendance and engagement of key partners",
        "issues.yaml",
        "id: partner-attendance",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Capacity of partners to engage",
        "issues.yaml",
        "id: partner-capacity",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Short-term and fragmented funding",
        "issues.yaml",
        "id: short-term-funding",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Complicated governance",
        "issues.yaml",
        "id: complicated-governance",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Current Issues",
        "Uncertain national strategy and reform",
        "issues.yaml",
        "id: national-policy-uncertainty",
        "added",
    ),
    Fact(
        S0,
        "Appendix B, Blaenau Gwent, Current Issues",
        "Request that CSP targets be considered by the board",
        "issues.yaml",
        "id: csp-targets",
        "added",
    ),
    # --- seed 001 ----------------------------------------------------------------------
    Fact(
        S1,
        "header",
        "PSB report of 27 March 2025 with the draft ToR",
        "returns.yaml",
        "id: psb-report-2025-03",
        "added",
    ),
    Fact(
        S1,
        "2.1",
        "The new structure was a recommendation agreed by the PSB in September 2024",
        "board.yaml",
        "recommendation agreed by the PSB in September 2024",
        "fixed",
    ),
    Fact(
        S1,
        "3",
        "Regional scrutiny of the report and ToR on 19 March 2025",
        "board.yaml",
        "regional scrutiny on 19/03/25",
        "fixed",
    ),
    Fact(
        S1,
        "draft ToR",
        "Draft ToR, 27 March 2025 (superseded), and its differences from the final",
        "board.yaml",
        "version: Draft (PSB, 27 March 2025)",
        "held",
    ),
    Fact(
        S1,
        "Annex A",
        "The legal basis of each partnership",
        "partnerships/gwent-contest-board.yaml",
        "instrument: CONTEST, the UK counter-terrorism strategy",
        "held",
        "one legal_basis per partnership file",
    ),
    # --- seed 002 ----------------------------------------------------------------------
    Fact(
        S2,
        "2",
        "In December 2021 the PSB agreed a governance review of community safety",
        "board.yaml",
        "In December 2021 the Gwent PSB agreed a comprehensive governance review",
        "fixed",
    ),
    Fact(
        S2,
        "header",
        "Phase one report to the PSB, 15 December 2022",
        "board.yaml",
        "GWENT COMMUNITY SAFETY REVIEW – PHASE ONE REPORT",
        "fixed",
    ),
    Fact(
        S2,
        "6.4",
        "Recommendation: Community Safety Partnerships in all 5 local authority areas",
        "board.yaml",
        "The formation of Community Safety Partnerships in all 5 x LA areas",
        "fixed",
    ),
    Fact(
        S2,
        "6.1",
        "Recommendation: analytical capacity (in kind, realigned, or SVD funding)",
        "board.yaml",
        "The need for analytical capacity",
        "fixed",
    ),
    # --- seeds 003 and 004 -------------------------------------------------------------
    Fact(
        S3,
        "whole",
        "Background on Welsh community safety governance (WASPI, Wales Safer Communities Board)",
        "",
        "",
        "not-held",
        "background; the WASPI review is an obligation of each CSP (requirements.yaml)",
    ),
    Fact(
        S4,
        "whole",
        "The Safer Vale Partnership: a five-year strategy beside yearly assessment and plan",
        "requirements.yaml",
        "the Safer Vale strategy",
        "fixed",
        "the catalogue's note; the Vale board is issue 16's example",
    ),
    # --- the statutory catalogue (REQUIREMENTS.md) ------------------------------------
    Fact(
        "REQ",
        "strategy group row",
        "SI 2007/3076 reg 3, as substituted by SI 2011/2702",
        "requirements.yaml",
        "reg 3, as substituted by SI 2011/2702",
        "fixed",
    ),
    Fact(
        "REQ",
        "DHR row",
        "DVCVA 2004 s.9; in Wales the SUSR; guidance timescales",
        "requirements.yaml",
        "in Wales, the Single Unified Safeguarding Review (SUSR) guidance",
        "fixed",
    ),
    Fact(
        "REQ",
        "VAWDASV rows",
        "VAWDASV (Wales) Act 2015 s.13 annual progress report",
        "requirements.yaml",
        "id: vawdasv-annual-progress-report",
        "fixed",
    ),
    Fact(
        "REQ",
        "VAWDASV rows",
        "The needs assessment rests on draft guidance: not verified",
        "requirements.yaml",
        "The guidance is a draft, so the entry is not verified.",
        "fixed",
    ),
    Fact(
        "REQ",
        "PSPO row",
        "PSPOs, ASBCPA 2014 ss.59-61, three years at most",
        "requirements.yaml",
        "id: csp-pspo-review",
        "fixed",
    ),
    Fact(
        "REQ",
        "CONTEST rows",
        "The Prevent and Channel duties fall on the specified authorities",
        "requirements.yaml",
        "falls on the specified authorities, not on the board",
        "fixed",
    ),
]

SURVEY: list[Fact] = [
    *csp_cells(
        "blaenau-gwent-csp",
        "Blaenau Gwent CSP",
        [
            (
                "priorities",
                "Re-establish the CSP; nominate a Chair and Deputy Chair",
                "Re-establish the BG CSP",
            ),
            (
                "priorities",
                "Refresh the Strategic Needs Assessment and the Strategy / Plan-on-a-page",
                "Refresh the Strategic Needs Assessment",
            ),
            (
                "performance",
                "SNA 2024/25 completed; strategy 2024-25, draft 2025-26; Business Crime Plan 2025-26",
                "id: business-crime-plan-2025-26",
            ),
            ("performance", "WASPI ISA #428, last review 6.4.2023", "id: waspi-isa-428-review"),
            (
                "performance",
                "DHR arrangements via the Safeguarding Board's SUSR",
                "id: dhr-arrangements",
            ),
            (
                "performance",
                "ASB case review arrangements; data published; promoted",
                "id: asb-case-review",
            ),
            ("performance", "Democratic scrutiny of CSP business", "id: democratic-scrutiny"),
            (
                "performance",
                "Annual Monitoring Report 2024; ASB Task Force March 2024; National Best Practice Award",
                "National Best Practice Award",
            ),
            (
                "issues",
                "Meetings to be re-established; chair to be considered",
                "status: needs-re-establishing",
            ),
            (
                "issues",
                "No analytical capacity for a new SNA by April 2026",
                "id: strategic-needs-assessment-2026",
            ),
            (
                "issues",
                "Annual Monitoring Report 2025 due by Q1 2026-27",
                "id: annual-monitoring-report-2025",
            ),
        ],
    ),
    *csp_cells(
        "caerphilly-csp",
        "Caerphilly CSP",
        [
            ("priorities", "Recruit a new Vice Chair", "Recruit new CSP Vice Chair"),
            (
                "priorities",
                "Develop the Serious Violence Action Plan",
                "id: serious-violence-action-plan",
            ),
            ("priorities", "Renew the PSPOs for ASB", "id: pspo-renewal"),
            (
                "priorities",
                "Operation Bang; review of policies; localised Prevent group; longer-term funding",
                "Operation Bang",
            ),
            (
                "priorities",
                "New strategic assessment and updated partnership plan",
                "id: strategic-assessment",
            ),
            (
                "performance",
                "Meets quarterly; sub groups; LEAD, five CAPs, Hub, commissioned projects",
                "Community Alcohol Partnerships",
            ),
            (
                "issues",
                "Lack of analytical capacity; grant funded year on year",
                "grant funded year on year",
            ),
        ],
    ),
    *csp_cells(
        "gwent-apb",
        "Gwent APB",
        [
            (
                "priorities",
                "Short-term (12 months) and longer-term priorities, recommissioning from 1 April 2027",
                "id: adult-substance-use-recommissioning",
            ),
            (
                "performance",
                "WG KPIs; DRD and ARD panels; no outcomes framework",
                "Drug Related Death",
            ),
            (
                "issues",
                "Attendance, capacity, chairs, Team Leader vacant, WG strategy out of date, budget, complexity",
                "APB Team Leader post currently vacant",
            ),
        ],
    ),
    *csp_cells(
        "gwent-contest-board",
        "Gwent CONTEST Board",
        [
            (
                "priorities",
                "TBC: under review, due to report in March 2026 (the only cell)",
                "priorities:",
            ),
            ("priorities", "The review reports in March 2026", "id: contest-review"),
        ],
    ),
    *csp_cells(
        "gwent-criminal-justice-board",
        "Gwent CJB",
        [
            (
                "priorities",
                "Publish the new Justice Strategy by end of 2025",
                "id: justice-strategy",
            ),
            (
                "priorities",
                "Victims Code compliance monitoring and scrutiny",
                "id: victims-code-monitoring",
            ),
            (
                "performance",
                "Revised ToR agreed; subgroups; highlight reports; adult rape outcomes",
                "Revised GCJB Terms of Reference",
            ),
            (
                "issues",
                "Capacity incl. analytical support; remote evidence site; reform; diversity data; Victims Code; CJB Wales reset",
                "Absence of diversity data",
            ),
        ],
    ),
    *csp_cells(
        "gwent-safeguarding-board",
        "Gwent Safeguarding Board",
        [
            (
                "priorities",
                "Three joint strategic priorities; new 3-year strategic plan; outcomes framework",
                "id: three-year-strategic-plan",
            ),
            ("performance", "Annual reporting; audit; 14 statutory duties", "14 statutory duties"),
            (
                "issues",
                "Attendance; limited data; capacity; chairs; SUSR implementation",
                "over-reliance on some agencies",
            ),
        ],
    ),
    *csp_cells(
        "gwent-soc-partnership",
        "Gwent SOC Partnership",
        [
            ("priorities", "A new meeting, held every 6 months", "These are held every 6 months."),
            ("priorities", "The eight objectives", "Objective 8"),
            (
                "priorities",
                "Local profile presented on 4 July 2025",
                "presented to partners at the Gwent SOC partnership meeting on 4 July 2025",
            ),
            (
                "priorities",
                "Respect Rhymney CHB learning; Newport a priority area",
                "Respect Rhymney",
            ),
            (
                "performance",
                "Escalation; local meetings bimonthly, chaired by the SOC DCI; agenda; OCGs; PAIR form",
                "The PAIR form",
            ),
            (
                "issues",
                "Long-term aspiration for strategic governance through the CSPs",
                "The long term aspiration",
            ),
            (
                "issues",
                "Not always the right people; data for the SOC profiles",
                "Data for the SOC profiles is a big issue",
            ),
        ],
    ),
    *csp_cells(
        "gwent-svd-working-group",
        "Gwent SVD Working Group",
        [
            (
                "priorities",
                "Established 2023; first regional SNA 2018-2023; SNA reviewed March 2025",
                "id: strategic-needs-assessment",
            ),
            (
                "priorities",
                "Partnership Manager post funded until March 2026",
                "funded until March 2026",
            ),
            (
                "priorities",
                "£160k intervention funding arrangements",
                "Agreed intervention funding (£160k)",
            ),
            (
                "performance",
                "SVD integrated into CSPs and boards; outcomes",
                "Night Ambassador Scheme",
            ),
            (
                "issues",
                "Analytical support; funding distribution; turnover; future of SVD",
                "Analytical support is inconsistent",
            ),
        ],
    ),
    *csp_cells(
        "gwent-vawdasv-board",
        "Gwent VAWDASV Board",
        [
            ("priorities", "Needs assessment; new strategy (end of 2026)", "id: strategy"),
            (
                "performance",
                "National Training Framework compliance",
                "id: national-training-framework",
            ),
            (
                "issues",
                "Attendance; data; resources; grants in isolation; commissioning; chairs; IDVA and MARAC",
                "Heavily focused on sustainability of services",
            ),
        ],
    ),
    *csp_cells(
        "monmouthshire-csp",
        "Monmouthshire CSP",
        [
            ("priorities", "SNA by November 2025", "id: strategic-needs-assessment-2025"),
            (
                "priorities",
                "SMG direction by January 2026; SMG plan and framework by April 2026; subgroup plan by July 2026",
                "id: subgroup-plan",
            ),
            (
                "performance",
                "Five subgroups; hotspots; PSB initiative; Op Lumley; downward ASB trend",
                "Op Lumley",
            ),
            (
                "issues",
                "Police chair; cancelled meetings; partner missing; capacity; governance; funding; data",
                "Cancelled SMG meetings",
            ),
        ],
    ),
    *csp_cells(
        "newport-csp",
        "Newport CSP",
        [
            (
                "priorities",
                "SNA completed March 2024",
                "A Community Safety Needs Assessment (SNA) was completed in March 2024, identifying",
            ),
            ("priorities", "Four key priorities 2024-2029", "Four key priorities for 2024-2029"),
            (
                "priorities",
                "The Safer Newport 2024-2025 Delivery Plan",
                "id: delivery-plan-2024-25",
            ),
            (
                "priorities",
                "Objectives for 2024-2025",
                "Objective 2024-2025: establish relevant and reliable data sets",
            ),
            (
                "performance",
                "Progress made: data, funding, collaboration, engagement",
                "Data collection and analysis: a new data subgroup",
            ),
            (
                "issues",
                "Areas of challenge: missed targets, attendance, relationships",
                "Some targets have been missed",
            ),
        ],
    ),
    *csp_cells(
        "torfaen-csp",
        "Torfaen CSP",
        [
            (
                "priorities",
                "Serious violence sub-group and local SV reduction strategy",
                "id: serious-violence-strategy",
            ),
            ("priorities", "Community Safety SNA and strategy", "id: community-safety-strategy"),
            ("performance", "ASB sub-group; trends; SV initiatives; vaping; cohesion", "vaping"),
            (
                "issues",
                "Lack of Chair; health colleagues; DHR sign-off; no capacity for SNA",
                "id: dhr-sign-off",
            ),
        ],
    ),
]

FIXED_SURVEY = {
    ("gwent-contest-board", "priorities:"),
    ("gwent-soc-partnership", "These are held every 6 months."),
    (
        "gwent-soc-partnership",
        "presented to partners at the Gwent SOC partnership meeting on 4 July 2025",
    ),
    ("gwent-soc-partnership", "Respect Rhymney"),
    ("gwent-soc-partnership", "The long term aspiration"),
    (
        "newport-csp",
        "A Community Safety Needs Assessment (SNA) was completed in March 2024, identifying",
    ),
    ("newport-csp", "Four key priorities for 2024-2029"),
    ("newport-csp", "id: delivery-plan-2024-25"),
    ("caerphilly-csp", "id: serious-violence-action-plan"),
    ("caerphilly-csp", "id: pspo-renewal"),
    ("torfaen-csp", "id: serious-violence-strategy"),
    ("gwent-svd-working-group", "funded until March 2026"),
}


def line_of(fact: Fact, data: Path) -> int | None:
    if not fact.file:
        return None
    path = data / fact.file
    if not path.is_file():
        return None
    for number, text in enumerate(path.read_text("utf-8").splitlines(), 1):
        if fact.anchor in text:
            return number
    return None


def all_facts() -> list[Fact]:
    out = list(FACTS)
    for f in SURVEY:
        pid = f.file.removeprefix("partnerships/").removesuffix(".yaml")
        status = "fixed" if (pid, f.anchor) in FIXED_SURVEY else f.status
        out.append(Fact(f.seed, f.place, f.fact, f.file, f.anchor, status, f.note))
    return out


def missing(data: Path = ROOT / "data") -> list[Fact]:
    """Facts whose anchor is no longer in their data file (lost from the record)."""
    return [f for f in all_facts() if f.file and line_of(f, data) is None]


def render(data: Path = ROOT / "data") -> str:
    facts = all_facts()
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.status] = counts.get(f.status, 0) + 1
    lines = [
        "# Fidelity: what the seeds say and where the record holds it",
        "",
        "Every fact of the source documents (`../shared/seeds/`, by number: 000 the late-2025",
        "PSB update with the final ToR at Appendix A, the survey at Appendix B and SSSI at",
        "Appendix C; 001 the March 2025 PSB report with the draft ToR; 002 the 2022 Community",
        "Safety Review; 003 the Welsh Government programme report; 004 the Vale of Glamorgan",
        "strategy; REQ the project's REQUIREMENTS.md) that the record should hold, clause by",
        "clause and cell by cell, with the data file and line that holds it. Written by reading",
        "the seeds; generated by `python -m tools.fidelity`, which finds each line by a phrase",
        "of it, so `tests/test_fidelity.py` fails when a fact is lost from the record.",
        "",
        "Status: " + "; ".join(f"**{k}**: {v}" for k, v in STATUS.items()) + ".",
        "",
        "Totals: "
        + ", ".join(f"{counts.get(k, 0)} {k}" for k in STATUS)
        + f" ({len(facts)} facts).",
        "No fact is open: every one is held, fixed, added, in the papers' wording, or",
        "deliberately not held with its reason. What a source leaves unknown is recorded as",
        "unknown, and each record's `assumed` says what had to be read into it.",
        "",
        "| seed | place | fact | data file:line | status | note |",
        "|---|---|---|---|---|---|",
    ]
    for f in facts:
        line = line_of(f, data)
        where = (
            f"`{f.file}:{line}`"
            if f.file and line
            else ("" if not f.file else f"`{f.file}`: NOT FOUND")
        )
        lines.append(f"| {f.seed} | {f.place} | {f.fact} | {where} | {f.status} | {f.note} |")
    lines += [
        "",
        "## Known problems fixed (issue 15)",
        "",
        "- Survey cells in the wrong column: CONTEST's single cell is its priorities; SOC's",
        '  description ("These are held every 6 months"), objectives, 4 July 2025 profile and',
        "  Respect Rhymney are its priorities and its governance aspiration an issue; Newport's",
        "  needs assessment, 2024-2029 priorities and 2024-2025 Delivery Plan are its priorities.",
        "- The ToR clauses that were absent or partial are in `board.yaml` `terms_of_reference.text`",
        "  and Appendix A of the PSB update.",
        "- History: the December 2021 commission, the December 2022 phase one report and its",
        "  recommendations (seed 002), the PSB's September 2024 agreement and the regional",
        "  scrutiny of 19 March 2025 (seed 001) are in `board.yaml` `history`.",
        "- Newport's 2024-2025 Delivery Plan is its partnership plan: the false",
        "  `obligation-missing` is gone. Caerphilly's SV action plan and PSPO renewal, Torfaen's",
        "  SV strategy recorded.",
        "- The SV Duty post is funding that ends (`funding-ending`), not an obligation to settle.",
        "- The catalogue cites the principal instruments as amended (see the REQ rows).",
        "- A milestone due at a cancelled meeting says so; a quarter heading for no held",
        "  meeting is forecast before it ends (`meeting-cadence`, code `forecast`).",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    lost = missing()
    for f in lost:
        print(f"not found: {f.file}: {f.anchor!r} ({f.fact})", file=sys.stderr)
    DOC.write_text(render(), "utf-8")
    print(f"wrote {DOC.relative_to(ROOT)} ({len(all_facts())} facts, {len(lost)} not found)")
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
