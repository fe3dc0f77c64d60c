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


def js_call(call: str, *args: Any) -> str:
    """A classic script calling CALLBACK.call(args...), one line.

    Objects and arrays go in as `JSON.parse('...')` of their JSON text, not as JavaScript
    literals: the browser then only scans a string where it parsed and compiled a literal of
    hundreds of keys, and JSON.parse builds the objects faster than the literal's code does (V8
    documents this for data over 10 kB; a term shard or chunk evaluates in about half the time
    under Node, 0.1% more bytes). Strings and numbers stay JSON literals.
    """
    body = ",".join(_js_arg(a) for a in args)
    return f"{CALLBACK}.{call}({body});\n"


def _js_arg(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if not isinstance(value, dict | list):
        return text
    return "JSON.parse('" + text.replace("\\", "\\\\").replace("'", "\\'") + "')"


def js_call_args(script: str) -> list[Any]:
    """The arguments of a script js_call wrote, as Python values (for tests and tools)."""
    body = script[script.index("(") + 1:script.rindex(")")]
    out, i = [], 0
    while i < len(body):
        start = i
        if body.startswith("JSON.parse('", i):
            i = end = i + len("JSON.parse('")
            while body[end] != "'":
                end += 2 if body[end] == "\\" else 1
            out.append(re.sub(r"\\(.)", r"\1", body[i:end], flags=re.S))
            i = end + 2  # past the quote and the parenthesis
            continue
        if body[i] == '"':  # a JSON string: to its closing quote, over escaped characters
            i += 1
            while body[i] != '"':
                i += 2 if body[i] == "\\" else 1
        i += 1
        out.append(body[start:i])
    return json.loads("[" + "".join(out) + "]")


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
