"""One whole JSON document (never one object per file), described by
``schemas/report.schema.json``."""

from __future__ import annotations

import datetime as dt
import json

from gsscb_cli.findings import Finding, Param, Ref
from gsscb_cli.present import Report

SCHEMA_ID = "https://gsscb.invalid/schemas/report.schema.json"


def param(value: Param) -> object:
    """A parameter as JSON: dates as YYYY-MM-DD, records as ``kind:id``, lists as arrays."""
    if isinstance(value, tuple):
        return [param(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # a bilingual Text (its English) or a Ref


def finding_dict(f: Finding) -> dict[str, object]:
    r: Ref = f.subject
    citation = f.citation
    return {
        "identity": f.identity,
        "rule": f.rule,
        "code": f.code or None,
        "severity": f.severity.value,
        "kind": f.kind.value,
        "message": f.message,
        "file": f.location.file,
        "line": f.location.line,
        "column": f.location.column,
        "subject": str(r),
        "ref": {"kind": r.kind, "id": r.id, "part": list(r.part)},
        "params": {name: param(value) for name, value in f.params},
        "due": f.due.isoformat() if f.due else None,
        "basis": f.basis.value,
        "citation": None
        if citation is None
        else {"document": citation.document, "clause": citation.clause},
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
