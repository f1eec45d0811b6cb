"""One whole JSON document (never one object per file), described by
``schemas/report.schema.json``."""

from __future__ import annotations

import json

from gsscb_cli.findings import Finding
from gsscb_cli.present import Report
from gsscb_cli.present.view import identity, kind, ref

SCHEMA_ID = "https://gsscb.invalid/schemas/report.schema.json"


def finding_dict(f: Finding) -> dict[str, object]:
    r = ref(f)
    return {
        "identity": identity(f),
        "rule": f.rule,
        "code": None,
        "severity": f.severity.value,
        "kind": kind(f),
        "message": f.message,
        "file": f.location.file,
        "line": f.location.line,
        "column": f.location.column,
        "subject": f.subject,
        "ref": {"kind": r.kind, "id": r.id, "part": r.part or None},
        "params": {},
        "due": f.due.isoformat() if f.due else None,
        "basis": f.basis,
        "citation": f.source,
        "source": f.source,
    }


def document(report: Report) -> dict[str, object]:
    counts = report.counts()
    return {
        "$schema": SCHEMA_ID,
        "as_of": report.as_of.isoformat(),
        "findings": [finding_dict(f) for f in report.findings],
        "summary": {
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "total": len(report.findings),
            "failing": len(report.failing()),
            "fail_on": report.fail_on,
        },
    }


def render(report: Report) -> str:
    return json.dumps(document(report), indent=2, ensure_ascii=False)
