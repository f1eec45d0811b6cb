"""JUnit XML for CI systems other than GitHub: one test case per rule and subject."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from gsscb_cli.findings import Finding
from gsscb_cli.reports import Report, fails


def render(report: Report) -> str:
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_rule[finding.rule].append(finding)
    failing = report.failing()
    suites = ET.Element(
        "testsuites",
        name=report.title,
        tests=str(max(1, len(report.findings))),
        failures=str(len(failing)),
    )
    if not report.findings:
        suite = ET.SubElement(suites, "testsuite", name="gsscb", tests="1", failures="0")
        ET.SubElement(
            suite,
            "testcase",
            classname="gsscb",
            name=f"no findings as of {report.as_of.isoformat()}",
        )
    for rule in sorted(by_rule):
        items = by_rule[rule]
        n_fail = sum(1 for f in items if fails(f, report.fail_on))
        suite = ET.SubElement(
            suites, "testsuite", name=rule, tests=str(len(items)), failures=str(n_fail)
        )
        for f in items:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=rule,
                name=f"{f.subject} @ {f.location}",
            )
            tag = "failure" if fails(f, report.fail_on) else "system-out"
            if tag == "failure":
                node = ET.SubElement(case, "failure", type=f.severity.value, message=f.message)
                node.text = f"{f.location}: {f.message}"
            else:
                node = ET.SubElement(case, "system-out")
                node.text = f"{f.severity.value}: {f.location}: {f.message}"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")
