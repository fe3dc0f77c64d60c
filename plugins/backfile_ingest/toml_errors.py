"""The line a TOML syntax error is on, for messages that name the file and line.

Python 3.11's `tomllib.TOMLDecodeError` has no `lineno` attribute (3.14 adds one): its message
says "(at line N, column M)", or "(at end of document)" when the file ends inside a value, an
unclosed array or string, in which case the last line is where the reader must look.
"""

from __future__ import annotations

import re
import tomllib


def toml_error_line(error: tomllib.TOMLDecodeError, text: str) -> int:
    """The 1-based line `error` (raised while reading `text`) points at."""
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    found = re.search(r"line (\d+)", str(error))
    return int(found.group(1)) if found else max(1, len(text.splitlines()))
