"""SARIF 2.1.0 for GitHub code scanning: one run, the rules that fired as the driver's
rules, each finding a result with its location and ``partialFingerprints`` from the
finding's identity (so an alert survives a reworded message or a moved line)."""

from __future__ import annotations

import json

from gsscb_cli import __version__
from gsscb_cli.findings import Finding
from gsscb_cli.present import Report

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "gsscbIdentity/v1"


def _rule(rule_id: str) -> dict[str, object]:
    from gsscb_cli.rules._docs import catalogue

    entry = catalogue().get(rule_id)
    out: dict[str, object] = {"id": rule_id, "name": rule_id}
    if entry is not None:
        out["shortDescription"] = {"text": entry.summary or rule_id}
        out["fullDescription"] = {"text": entry.doc.strip() or rule_id}
        out["defaultConfiguration"] = {"level": LEVEL[entry.severity.value]}
    return out


def _location(f: Finding) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": {"uri": f.location.file}}
    if f.location.line is not None:
        region: dict[str, int] = {"startLine": f.location.line}
        if f.location.column is not None:
            region["startColumn"] = f.location.column
        physical["region"] = region
    return {"physicalLocation": physical}


def document(report: Report) -> dict[str, object]:
    rule_ids = sorted({f.rule for f in report.findings})
    index = {r: i for i, r in enumerate(rule_ids)}
    results = []
    for f in report.findings:
        properties: dict[str, object] = {
            "kind": f.kind.value,
            "basis": f.basis.value,
            "subject": str(f.subject),
        }
        if f.due is not None:
            properties["due"] = f.due.isoformat()
        if f.source:
            properties["citation"] = f.source
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVEL[f.severity.value],
                "message": {"text": f.message or f.rule},
                "locations": [_location(f)],
                "partialFingerprints": {FINGERPRINT: f.identity},
                "properties": properties,
            }
        )
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "gsscb",
                        "version": __version__,
                        "rules": [_rule(r) for r in rule_ids],
                    }
                },
                "results": results,
                "properties": {"as_of": report.as_of.isoformat()},
            }
        ],
    }


def render(report: Report) -> str:
    return json.dumps(document(report), indent=2, ensure_ascii=False)
