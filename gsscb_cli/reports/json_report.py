"""One whole JSON document (never one object per file)."""

from __future__ import annotations

import json

from gsscb_cli.reports import Report


def render(report: Report) -> str:
    counts = report.counts()
    document = {
        "as_of": report.as_of.isoformat(),
        "findings": [f.as_dict() for f in report.findings],
        "summary": {
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "total": len(report.findings),
            "failing": len(report.failing()),
            "fail_on": report.fail_on,
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False)
