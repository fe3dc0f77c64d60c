"""Writing the export's files safely: whole new files only, never an existing file changed in place.

The build seeds its staging output with hard links to the previous output, so writing into an
existing file would also change the published copy. Every file is written under a temporary name
and renamed over its target, which replaces the link instead of writing through it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

CALLBACK = "BackfileSearch"   # global object whose methods the data files call


def js_call(call: str, *args: Any) -> str:
    """A classic script calling CALLBACK.call(args...) (JSON arguments, one line)."""
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"{CALLBACK}.{call}({body});\n"


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
