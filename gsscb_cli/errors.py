"""One base exception for domain errors, and the exit codes.

Exit codes (documented in README and ``gsscb --help``):

* 0: nothing at or above the failing severity;
* 1: findings at or above the failing severity;
* 2: usage error, or the data folder (or an output path) cannot be used.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class GsscbError(Exception):
    """A problem the user can fix; the CLI prints the message and exits with ``exit_code``."""

    exit_code: int = EXIT_USAGE

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class DataFolderError(GsscbError):
    """The data folder is missing or unreadable."""


class UsageError(GsscbError):
    """Arguments that do not make sense together, an unknown id, a bad date."""
