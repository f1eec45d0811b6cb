"""Write a synthetic, schema-valid gsscb data folder N times the size of the Gwent board.

    python bench/generate.py --scale N --out DIR [--seed S] [--years Y]

The model has one board per data folder, so "N boards' worth" is one board made
of N *areas*, each shaped like Gwent. For scale N and Y years of history
(default 6, the minutes retention period) the folder holds exactly:

* board.yaml: 1 board with 1 + 22*N seats: the board chair's seat, then per
  area 10 member seats (police, health, five local authorities, fire,
  probation, voluntary sector) and 12 "Chair of partnership" seats;
* people.yaml: 1 + 34*N people (the board chair; per area the 10 member seat
  holders, 12 partnership chairs and 12 vice chairs);
* requirements.yaml: a fixed catalogue of 16 synthetic requirements (one per
  partnership kind and output);
* partnerships/: 12*N partnerships (per area 5 community safety partnerships,
  and one each of the other seven kinds), each with the 2 obligations its
  kind's requirements call for (24*N obligations);
* meetings/: 4*Y*N meetings: per area one ordinary meeting a quarter for Y
  years, the last of them scheduled after the reference day and the rest held.
  Each has full attendance (the board chair and the area's 22 seats: 23
  entries), papers circulated 10 days before, declarations (none), four agenda
  items (one seeking a decision that impacts one of the area's partnerships),
  one decision, two actions, and minutes approved and published;
* priorities/: 6*N priorities, each with 3 milestones, 2 progress updates and
  1 funding line.

Scale 1 is 1 + 1 + 1 + 12 + 24 + 6 = 45 files; scale 100 is 4,203 files. The
same --scale, --years and --seed always give byte-identical files. Dates are
relative to the reference day 2025-12-01 (run checks with --as-of 2025-12-01).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

REFERENCE_DAY = dt.date(2025, 12, 1)
MARKER = ".gsscb-bench"
SOURCE = [{"file": "bench/generate.py", "section": "synthetic data"}]

MEMBER_SEATS = [
    ("police", "Assistant Chief Constable", "Police"),
    ("health", "Executive Director of Public Health", "University Health Board"),
    ("la-1", "Local Authority Director (1)", "Council 1"),
    ("la-2", "Local Authority Director (2)", "Council 2"),
    ("la-3", "Local Authority Director (3)", "Council 3"),
    ("la-4", "Local Authority Director (4)", "Council 4"),
    ("la-5", "Local Authority Director (5)", "Council 5"),
    ("fire", "Assistant Chief Fire Officer", "Fire and Rescue Service"),
    ("probation", "Head of Probation Delivery Unit", "HM Prison and Probation Service"),
    ("voluntary", "Chief Executive, voluntary sector council", "County Voluntary Council"),
]

PARTNERSHIP_KINDS = [
    ("csp-1", "community-safety-partnership", "Community Safety Partnership 1"),
    ("csp-2", "community-safety-partnership", "Community Safety Partnership 2"),
    ("csp-3", "community-safety-partnership", "Community Safety Partnership 3"),
    ("csp-4", "community-safety-partnership", "Community Safety Partnership 4"),
    ("csp-5", "community-safety-partnership", "Community Safety Partnership 5"),
    ("apb", "area-planning-board", "Area Planning Board"),
    ("contest", "contest-board", "CONTEST Board"),
    ("safeguarding", "safeguarding-board", "Safeguarding Board"),
    ("soc", "serious-organised-crime-partnership", "Serious Organised Crime Partnership"),
    ("svd", "serious-violence-duty-group", "Serious Violence Duty Group"),
    ("cjb", "criminal-justice-board", "Criminal Justice Board"),
    ("vawdasv", "vawdasv-board", "VAWDASV Board"),
]

# (requirement id, partnership kind, obligation kind, cycle in months, basis)
REQUIREMENTS = [
    ("csp-needs-assessment", "community-safety-partnership", "needs-assessment", 12, "statutory"),
    ("csp-strategy", "community-safety-partnership", "strategy", 12, "statutory"),
    ("apb-needs-assessment", "area-planning-board", "needs-assessment", 36, "local"),
    ("apb-strategy", "area-planning-board", "strategy", 36, "guidance"),
    ("contest-plan", "contest-board", "delivery-plan", 12, "statutory+guidance"),
    ("contest-assurance", "contest-board", "assurance-statement", 12, "statutory+guidance"),
    ("safeguarding-plan", "safeguarding-board", "delivery-plan", 12, "statutory"),
    ("safeguarding-report", "safeguarding-board", "annual-report", 12, "statutory"),
    ("soc-profile", "serious-organised-crime-partnership", "needs-assessment", 12, "guidance"),
    ("soc-tor", "serious-organised-crime-partnership", "terms-of-reference", 12, "local"),
    ("svd-needs-assessment", "serious-violence-duty-group", "needs-assessment", 12, "statutory"),
    ("svd-strategy", "serious-violence-duty-group", "strategy", 12, "statutory"),
    ("cjb-tor", "criminal-justice-board", "terms-of-reference", 12, "local"),
    ("cjb-plan", "criminal-justice-board", "delivery-plan", 12, "local"),
    ("vawdasv-strategy", "vawdasv-board", "strategy", 60, "statutory"),
    ("vawdasv-needs-assessment", "vawdasv-board", "needs-assessment", 60, "guidance"),
]


class _Dumper(yaml.SafeDumper):
    """Plain (unquoted) ISO dates, as people write them; no anchors; block style throughout."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _dump(schema: str, data: dict[str, Any]) -> str:
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return f"# yaml-language-server: $schema={schema}\n# Synthetic data from bench/generate.py.\n{body}"


def _area(a: int) -> str:
    return f"a{a:03d}"


def _quarter_starts(years: int) -> Iterator[dt.date]:
    """Financial-year quarter starts, the last one holding the reference day."""
    last = dt.date(REFERENCE_DAY.year, ((REFERENCE_DAY.month - 1) // 3) * 3 + 1, 1)
    months = last.year * 12 + last.month - 1
    for q in range(4 * years - 1, -1, -1):
        m = months - 3 * q
        yield dt.date(m // 12, m % 12 + 1, 1)


def meeting_dates(rng: random.Random, years: int) -> list[dt.date]:
    """One day per quarter: the last after the reference day (scheduled), the rest before it."""
    dates = []
    starts = list(_quarter_starts(years))
    for i, start in enumerate(starts):
        if i == len(starts) - 1:
            dates.append(REFERENCE_DAY + dt.timedelta(days=rng.randint(14, 28)))
        else:
            dates.append(start + dt.timedelta(days=rng.randint(14, 60)))
    return dates


def board(scale: int, first_meeting: str) -> dict[str, Any]:
    seats: list[dict[str, Any]] = [
        {
            "id": "board-chair",
            "title": "Board Chair (Police and Crime Commissioner)",
            "organisation": "Office of the Police and Crime Commissioner",
            "holder": {"status": "filled", "person": "board-chair"},
        }
    ]
    partnerships = []
    for a in range(1, scale + 1):
        area = _area(a)
        for key, title, org in MEMBER_SEATS:
            seats.append(
                {
                    "id": f"{area}-{key}",
                    "title": f"{title}, area {a}",
                    "organisation": f"{org}, area {a}",
                    "holder": {"status": "filled", "person": f"{area}-{key}-holder"},
                }
            )
        for key, _kind, name in PARTNERSHIP_KINDS:
            pid = f"{area}-{key}"
            partnerships.append(pid)
            seats.append(
                {"id": f"chair-{pid}", "title": f"Chair of {name}, area {a}", "chair_of": pid}
            )
    since = REFERENCE_DAY - dt.timedelta(days=150)
    return {
        "id": "synthetic-board",
        "name": {
            "en": "Synthetic Safer Communities Board",
            "cy": "Bwrdd Cymunedau Mwy Diogel Synthetig",
        },
        "short_name": "SSCB",
        "reports_to": "Synthetic Public Services Board",
        "administered_by": "Office of the Police and Crime Commissioner",
        "sources": SOURCE,
        "terms_of_reference": {
            "version": "Synthetic v1",
            "agreed": since.isoformat(),
            "last_reviewed": since.isoformat(),
            "review_cycle_months": 12,
        },
        "chair": {"status": "filled", "seat": "board-chair"},
        "vice_chair": {
            "status": "filled",
            "seat": f"{_area(1)}-police",
            "since": since.isoformat(),
            "term_months": 12,
        },
        "partnerships": partnerships,
        "seats": seats,
        "quorum": {
            "chair_or_vice_chair": True,
            "other_members": 5,
            "impacted_chairs_for_decisions": True,
        },
        "deputies": {"chair_agreement_required": True, "delegated_authority_required": True},
        "administration": {
            "meetings_per_year": 4,
            "first_meeting": first_meeting,
            "papers_days_before": 7,
            "declarations_before_each_meeting": True,
            "minutes_retention_years": 6,
            "minutes_published_on": "OPCC website",
            "meetings_public": False,
        },
        "priorities_review_months": 12,
    }


def people(scale: int) -> dict[str, Any]:
    out: list[dict[str, Any]] = [
        {"id": "board-chair", "role": "Police and Crime Commissioner", "sources": SOURCE}
    ]
    for a in range(1, scale + 1):
        area = _area(a)
        for key, title, org in MEMBER_SEATS:
            out.append(
                {
                    "id": f"{area}-{key}-holder",
                    "role": f"{title}, area {a}",
                    "organisation": f"{org}, area {a}",
                    "sources": SOURCE,
                }
            )
        for key, _kind, name in PARTNERSHIP_KINDS:
            for post in ("chair", "vice-chair"):
                out.append(
                    {
                        "id": f"{area}-{key}-{post}",
                        "name": f"Person {area.upper()} {key.upper()} {post.replace('-', ' ')}",
                        "role": f"{post.replace('-', ' ').capitalize()}, {name}, area {a}",
                        "sources": SOURCE,
                    }
                )
    return {"people": out}


def requirements() -> dict[str, Any]:
    return {
        "sources": SOURCE,
        "requirements": [
            {
                "id": rid,
                "applies_to": kind,
                "output": f"Synthetic {ob_kind.replace('-', ' ')}",
                "obligation_kind": ob_kind,
                "due_rule": {"type": "cycle", "months": months},
                "cadence": f"every {months} months",
                "source": "Synthetic benchmark catalogue",
                "basis": basis,
                "verified": True,
            }
            for rid, kind, ob_kind, months, basis in REQUIREMENTS
        ],
    }


def partnership(rng: random.Random, a: int, key: str, kind: str, name: str) -> dict[str, Any]:
    area = _area(a)
    pid = f"{area}-{key}"
    obligations = []
    for rid, req_kind, ob_kind, months, basis in REQUIREMENTS:
        if req_kind != kind:
            continue
        last = REFERENCE_DAY - dt.timedelta(days=rng.randint(30, 28 * months))
        obligations.append(
            {
                "id": rid,
                "kind": ob_kind,
                "title": f"{ob_kind.replace('-', ' ').capitalize()} for {name}, area {a}",
                "requirement": rid,
                "basis": basis,
                "status": "in-progress",
                "last_completed": last.isoformat(),
                "every_months": months,
                "verified": True,
                "sources": SOURCE,
            }
        )
    last_met = REFERENCE_DAY - dt.timedelta(days=rng.randint(7, 80))
    return {
        "id": pid,
        "name": f"{name}, area {a}",
        "kind": kind,
        "area": f"Area {a}",
        "sources": SOURCE,
        "chair": {"status": "filled", "person": f"{pid}-chair"},
        "vice_chair": {"status": "filled", "person": f"{pid}-vice-chair"},
        "meets": {
            "status": "active",
            "frequency": "quarterly",
            "every_months": 3,
            "last_met": last_met.isoformat(),
        },
        "obligations": obligations,
    }


def meeting(rng: random.Random, a: int, date: dt.date, held: bool) -> dict[str, Any]:
    area = _area(a)
    mid = f"{area}-{date.isoformat()}"
    seats = ["board-chair"]
    seats += [f"{area}-{key}" for key, _t, _o in MEMBER_SEATS]
    seats += [f"chair-{area}-{key}" for key, _k, _n in PARTNERSHIP_KINDS]
    status = "present" if held else "accepted"
    impacted = f"{area}-{rng.choice(PARTNERSHIP_KINDS)[0]}"
    items = [
        {
            "id": "welcome",
            "title": "Welcome, apologies and declarations of interest",
            "lead": "board-chair",
        },
        {
            "id": "minutes",
            "title": "Minutes of the last meeting and action log",
            "lead": "board-chair",
        },
        {
            "id": "partnership-update",
            "title": f"Partnership update: {impacted}",
            "lead": f"chair-{impacted}",
            "paper": f"{mid}-paper-1.docx",
            "decision_sought": True,
            "impacted_partnerships": [impacted],
        },
        {"id": "aob", "title": "Any other business", "lead": "board-chair"},
    ]
    record: dict[str, Any] = {
        "id": mid,
        "date": date.isoformat(),
        "start": "10:00",
        "end": "12:00",
        "location": "Microsoft Teams",
        "kind": "ordinary",
        "status": "held" if held else "scheduled",
        "papers_circulated": (date - dt.timedelta(days=10)).isoformat(),
        "attendance": {"recorded": True, "members": [{"seat": s, "status": status} for s in seats]},
        "agenda": items,
        "sources": SOURCE,
    }
    if held:
        record["declarations"] = []
        record["decisions"] = [
            {
                "id": "d1",
                "item": "partnership-update",
                "text": f"The board endorsed the update from {impacted}.",
            }
        ]
        record["actions"] = [
            {
                "id": f"a{i}",
                "text": f"Report back on item {i} at the next meeting",
                "owner": f"{area}-{rng.choice(MEMBER_SEATS)[0]}",
                "due": (date + dt.timedelta(days=rng.randint(30, 90))).isoformat(),
                "status": "done" if date + dt.timedelta(days=120) < REFERENCE_DAY else "open",
            }
            for i in (1, 2)
        ]
        record["minutes"] = {
            "approved": (date + dt.timedelta(days=21)).isoformat(),
            "published": (date + dt.timedelta(days=28)).isoformat(),
            "url": f"https://example.org/minutes/{mid}",
        }
    return record


def priority(rng: random.Random, a: int, n: int) -> dict[str, Any]:
    area = _area(a)
    agreed = REFERENCE_DAY - dt.timedelta(days=rng.randint(60, 300))
    milestones = []
    for m in (1, 2, 3):
        due = agreed + dt.timedelta(days=120 * m + rng.randint(0, 30))
        done = due < REFERENCE_DAY
        entry: dict[str, Any] = {
            "id": f"m{m}",
            "title": f"Milestone {m} of priority {n}, area {a}",
            "due": due.isoformat(),
            "status": "completed" if done else "in-progress",
        }
        if done:
            entry["completed"] = due.isoformat()
        milestones.append(entry)
    return {
        "id": f"{area}-priority-{n}",
        "number": (a - 1) * 6 + n,
        "title": f"Priority {n}, area {a}",
        "description": f"Synthetic priority {n} for area {a}.",
        "agreed": agreed.isoformat(),
        "lead": f"{area}-{MEMBER_SEATS[n % len(MEMBER_SEATS)][0]}",
        "status": "in-progress",
        "milestones": milestones,
        "updates": [
            {
                "date": (REFERENCE_DAY - dt.timedelta(days=d)).isoformat(),
                "text": f"Progress update {i}.",
            }
            for i, d in enumerate((rng.randint(60, 90), rng.randint(5, 50)), start=1)
        ],
        "funding": [
            {
                "funder": "PCC",
                "amount_gbp": 1000 * rng.randint(5, 50),
                "confirmed": True,
                "description": "Delivery",
            }
        ],
        "sources": SOURCE,
    }


def generate(scale: int, out: Path, seed: int = 0, years: int = 6) -> int:
    """Write the folder; returns the number of files written."""
    if scale < 1 or years < 1:
        raise ValueError("--scale and --years must be at least 1")
    rng = random.Random(seed)
    files: dict[str, str] = {}
    first: tuple[dt.date, str] | None = None
    for a in range(1, scale + 1):
        for key, kind, name in PARTNERSHIP_KINDS:
            record = partnership(rng, a, key, kind, name)
            files[f"partnerships/{record['id']}.yaml"] = _dump(
                "../../schemas/partnership.schema.json", record
            )
        dates = meeting_dates(rng, years)
        for i, date in enumerate(dates):
            record = meeting(rng, a, date, held=i < len(dates) - 1)
            files[f"meetings/{record['id']}.yaml"] = _dump(
                "../../schemas/meeting.schema.json", record
            )
            if first is None or (date, record["id"]) < first:
                first = (date, record["id"])
        for n in range(1, 7):
            record = priority(rng, a, n)
            files[f"priorities/{record['id']}.yaml"] = _dump(
                "../../schemas/priority.schema.json", record
            )
    assert first is not None
    files["board.yaml"] = _dump("../schemas/board.schema.json", board(scale, first[1]))
    files["people.yaml"] = _dump("../schemas/people.schema.json", people(scale))
    files["requirements.yaml"] = _dump("../schemas/requirements.schema.json", requirements())

    if out.exists():
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise SystemExit(
                f"refusing to overwrite {out}: not empty and not made by bench/generate.py"
            )
        shutil.rmtree(out)
    for folder in ("partnerships", "meetings", "priorities"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text(f"scale={scale} seed={seed} years={years}\n", encoding="utf-8")
    for rel, text in sorted(files.items()):
        (out / rel).write_text(text, encoding="utf-8")
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=int, required=True, help="How many Gwent-sized areas (1, 10, 100...)."
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="Output folder (replaced if made by this script)."
    )
    parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")
    parser.add_argument(
        "--years", type=int, default=6, help="Years of quarterly meetings (default 6)."
    )
    args = parser.parse_args(argv)
    count = generate(args.scale, args.out, args.seed, args.years)
    print(
        f"wrote {count} files to {args.out} (scale {args.scale}, seed {args.seed}, {args.years} years)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
