"""Errors and warnings that name the file (and line) they are about.

Bad input never stops the whole archive: the pipeline catches `IngestError` per dump (or per
JSON Lines record), records it as a `Problem`, and carries on with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One message for the user: where it is and what is wrong."""

    path: str
    line: int | None
    message: str
    level: str = "warning"  # "warning" or "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"


class IngestError(Exception):
    """Input the ingest cannot use, with the file and line that made it fail."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.problem = Problem(path, line, message, "error")
        super().__init__(str(self.problem))
