"""``gsscb diff``: what a change to the data folder changes, in plain words."""

from __future__ import annotations

import sys
from enum import Enum

import typer

from gsscb_cli.errors import EXIT_FINDINGS, EXIT_OK
from gsscb_cli.options import (
    DEFAULT_DATA,
    AsOfOpt,
    Color,
    ColorOpt,
    DataOpt,
    FailOn,
    NoCacheOpt,
    console,
    resolve_as_of,
    resolve_data,
)


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


def diff(
    base: str = typer.Argument(
        ..., help="Compare from this git revision: a branch, tag or commit (origin/main, HEAD~1)."
    ),
    head: str | None = typer.Argument(
        None,
        help="Compare to this revision (default: the working tree, uncommitted edits included).",
    ),
    data: DataOpt = DEFAULT_DATA,
    as_of: AsOfOpt = None,
    fmt: DiffFormat = typer.Option(
        DiffFormat.text,
        "--format",
        "-f",
        help="text, markdown (a PR comment or job summary) or json.",
    ),
    fail_on: FailOn = typer.Option(
        FailOn.never,
        "--fail-on",
        help="Exit 1 when the change introduces a finding this severe or worse (default: never).",
    ),
    color: ColorOpt = Color.auto,
    no_cache: NoCacheOpt = False,
) -> None:
    """Compare the data folder at two git revisions, in plain words.

    Says which records were added, removed or changed (each changed field with its
    old and new value), and which findings of the full check (validation and every
    rule, at the same --as-of) the change introduces and resolves, under a one-line
    verdict. Reads the revisions with git itself. Exit 2 outside a git repository
    or for an unknown revision.
    """
    from gsscb_cli.present import fails
    from gsscb_cli.review import review
    from gsscb_cli.review.render import to_json, to_markdown, to_text

    day = resolve_as_of(as_of)
    result = review(base, head, resolve_data(data), day, cache=not no_cache)
    if fmt is DiffFormat.text:
        console(color).print(to_text(result), soft_wrap=True)
    else:
        output = to_json(result) if fmt is DiffFormat.json else to_markdown(result)
        sys.stdout.write(output + "\n")
    failing = [f for f in result.introduced if fails(f, fail_on.value)]
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)
