"""Writing the export's files safely: whole new files only, never an existing file changed in place.

The build seeds its staging output with hard links to the previous output, so writing into an
existing file would also change the published copy. Every file is written under a temporary name
and renamed over its target, which replaces the link instead of writing through it.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

CALLBACK = "BackfileSearch"   # global object whose methods the data files call
# In a single-quoted JavaScript string: backslash and quote, and the two line separators (JSON
# allows them raw; an old JavaScript string did not).
_TO_JS = str.maketrans({"\\": "\\\\", "'": "\\'", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_FROM_JS = re.compile(r"\\(\\|'|u2028|u2029)")
_UNESCAPED = {"\\": "\\", "'": "'", "u2028": "\u2028", "u2029": "\u2029"}
_CALL = re.compile(r"^" + CALLBACK + r"\.(\w+)\.apply\(" + CALLBACK + r",JSON\.parse\('(.*)'\)\);$")


def js_call(call: str, *args: Any) -> str:
    """A classic script calling CALLBACK.call(args...), one line: the arguments are one JSON
    text in a string literal the script hands to JSON.parse. Chromium parses a data file before
    the page's callback can run, and a string is parsed about twice as fast as the same data
    written as object and array literals (the bench: half the parse CPU per query)."""
    text = json.dumps(list(args), ensure_ascii=False, separators=(",", ":"))
    return f"{CALLBACK}.{call}.apply({CALLBACK},JSON.parse('{text.translate(_TO_JS)}'));\n"


def call_args(text: str) -> list[tuple[str, list[Any]]]:
    """(callback name, arguments) of each call in a data file js_call wrote, in order."""
    out = []
    for line in filter(None, text.split("\n")):  # not splitlines(): JSON keeps U+0085 raw
        m = _CALL.match(line)
        if m is None:
            raise ValueError(f"not a search data call: {line[:80]!r}")
        json_text = _FROM_JS.sub(lambda e: _UNESCAPED[e.group(1)], m.group(2))
        out.append((m.group(1), json.loads(json_text)))
    return out


def replace_file(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temporary file and a rename; False if it already held it."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)
    return True
