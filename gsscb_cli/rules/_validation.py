"""Documentation for the findings that loading and validation report (``gsscb validate``,
and the first part of ``gsscb check``). They are not rules in the registry: the loader
produces them; this table lets ``gsscb rules`` list and ``gsscb explain`` explain them."""

from __future__ import annotations

from gsscb_cli.findings import Severity
from gsscb_cli.records import dataclass


@dataclass(frozen=True)
class ValidationDoc:
    id: str
    severity: Severity
    summary: str
    what: str
    example: str

    @property
    def doc(self) -> str:
        return (
            f"{self.summary}\n\nWhat it checks:\n    {self.what}\n\nWhy it matters:\n    "
            "The data folder is the board's record; a file that fails validation is left out "
            "of the model, so no rule can check it until it is fixed. Basis: the data "
            f"contract (schemas/*.schema.json and docs).\n\nExample:\n    {self.example}"
        )


def _v(
    id_: str, summary: str, what: str, example: str, sev: Severity = Severity.ERROR
) -> ValidationDoc:
    return ValidationDoc(id_, sev, summary, what, example)


VALIDATION: dict[str, ValidationDoc] = {
    d.id: d
    for d in (
        _v("yaml-error", "A file is not valid YAML.",
           "Each .yaml file must parse as YAML (tabs, unclosed quotes, bad indentation).",
           'board.yaml:12:3: "invalid YAML: found a tab character where indentation is expected"'),
        _v("yaml-alias", "YAML anchors, aliases and merge keys are refused.",
           "Anchors (&a), aliases (*a) and merge keys (<<) hide where a value comes from.",
           "people.yaml:8:5: a line using *default"),
        _v("yaml-tag", "A non-standard YAML tag is refused.",
           "Only plain values are read: a tag such as !!python/object is refused.",
           "meetings/x.yaml:4:7: date: !!timestamp 2025-07-15"),
        _v("duplicate-key", "A key appears twice in one mapping.",
           "PyYAML would let the second value silently win; the loader refuses it.",
           "partnerships/torfaen-csp.yaml:30:1: a second 'chair:' key"),
        _v("empty-file", "A file has no YAML content.",
           "Every record file must hold a mapping of fields.", "priorities/new.yaml:1:1"),
        _v("file-too-large", "A file is larger than the loader accepts (2 MB).",
           "Records are a few kilobytes; a huge file is refused rather than read.",
           "meetings/huge.yaml"),
        _v("unreadable", "A file cannot be read.", "The file exists but cannot be opened.",
           "board.yaml: permission denied"),
        _v("encoding", "A file is not UTF-8 text.",
           "Files must be UTF-8 text with no NUL bytes.", "people.yaml: a NUL byte"),
        _v("schema", "A value does not match the data contract (schemas/*.schema.json).",
           "Required fields, types, enumerations, date formats (YYYY-MM-DD) and unknown "
           "fields, with the file and line of the offending value.",
           "meetings/gsscb-2025-07-15.yaml:3:7: date '2025-7-15' is not a date (YYYY-MM-DD)"),
        _v("id-mismatch", "A record's id differs from its file name.",
           "partnerships/, meetings/ and priorities/ files hold one record each; its id "
           "must equal the file name without .yaml.",
           "partnerships/torfaen.yaml: id 'torfaen-csp' does not match the file name"),
        _v("duplicate-id", "An id is used twice where it must be unique.",
           "Seat, person, requirement, obligation, agenda item, decision, action and "
           "milestone ids must be unique in their list.",
           "board.yaml: seat 'la-newport' appears more than once"),
        _v("unknown-reference", "A reference names something that does not exist.",
           "Every partnership, seat, person, meeting, requirement and agenda item that a "
           "record refers to must exist in the data folder; a partnership's kind (and a "
           "requirement's applies_to) must be one of the requirements catalogue's kinds, "
           "which the message lists.",
           "board.yaml:129:5: unknown partnership 'gwent-apb'"),
        _v("impossible-date", "Dates that cannot all be true.",
           "Papers circulated after the meeting, minutes approved or published before it, "
           "an end time before the start, a completed obligation with no completion date, "
           "a completed milestone whose status is not completed.",
           "meetings/x.yaml: papers_circulated 2025-07-20 is after the meeting (2025-07-15)"),
        _v("missing-file", "A required file is missing.",
           "The data folder must have board.yaml.", "data/board.yaml"),
        _v("unknown-file", "A file outside the data layout is not checked.",
           "Only board.yaml, people.yaml, requirements.yaml and partnerships/, meetings/ "
           "and priorities/ *.yaml files are read; .yml files must be renamed.",
           "data/notes.yaml: not part of the data layout", Severity.WARNING),
        _v("catalogue-default", "The data folder has no requirements catalogue of its own.",
           "Without requirements.yaml, the catalogue that ships with gsscb (the kinds of "
           "partnership and what each must produce under the law in Wales) is used, and "
           "this note says so. Copy it into the folder (gsscb init does) to cite or change it.",
           "data/requirements.yaml: the data folder has no requirements.yaml: gsscb's own "
           "catalogue is used", Severity.INFO),
        _v("symlink", "A symbolic link pointing out of the data folder is refused.",
           "Links inside the folder are followed; links out of it are not.",
           "data/meetings/x.yaml -> /etc/passwd"),
    )
}  # fmt: skip
