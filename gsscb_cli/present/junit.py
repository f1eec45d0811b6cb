"""JUnit XML for CI systems other than GitHub: one test suite per rule, one test case
per finding. Every value passes ``escape.xml_text`` (characters XML 1.0 forbids are shown
visibly, so the file always parses); every ``<testsuite>`` has ``errors`` (always 0: a
finding is a failure, not an error of the run) as the common JUnit schema requires."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from gsscb_cli.findings import Finding
from gsscb_cli.present import Report, fails
from gsscb_cli.present.escape import xml_text


def _suite(parent: ET.Element, name: str, tests: int, failures: int) -> ET.Element:
    return ET.SubElement(
        parent,
        "testsuite",
        name=xml_text(name),
        tests=str(tests),
        failures=str(failures),
        errors="0",
        skipped="0",
    )


def render(report: Report) -> str:
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_rule[finding.rule].append(finding)
    failing = report.failing()
    suites = ET.Element(
        "testsuites",
        name=xml_text(report.title),
        tests=str(max(1, len(report.findings))),
        failures=str(len(failing)),
        errors="0",
    )
    if not report.findings:
        suite = _suite(suites, "gsscb", 1, 0)
        ET.SubElement(
            suite,
            "testcase",
            classname="gsscb",
            name=f"no findings as of {report.as_of.isoformat()}",
        )
    for rule in sorted(by_rule):
        items = by_rule[rule]
        n_fail = sum(1 for f in items if fails(f, report.fail_on))
        suite = _suite(suites, rule, len(items), n_fail)
        for f in items:
            subject = f.location.file if f.subject.kind == "file" else str(f.subject)
            case = ET.SubElement(
                suite,
                "testcase",
                classname=xml_text(rule),
                name=xml_text(f"{subject} @ {f.location}"),
            )
            message = xml_text(f.message)
            if fails(f, report.fail_on):
                node = ET.SubElement(case, "failure", type=f.severity.value, message=message)
                node.text = xml_text(f"{f.location}: {f.message}")
            else:
                node = ET.SubElement(case, "system-out")
                node.text = xml_text(f"{f.severity.value}: {f.location}: {f.message}")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")
