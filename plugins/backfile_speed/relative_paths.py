"""Work out each story's path relative to the content folder once per build, not per use.

Pelican's `Content.get_relative_source_path` runs `os.path.relpath` (two `abspath` calls,
normalising and splitting both paths) every time it is asked: when a story is made, when the
generator records its source, and inside `url_format`, which every `url` / `save_as` that is not
frozen yet formats again. At 10,000 stories that is about 55,000 calls, about a second of the
single-core read phase of every build, for 10,000 distinct answers. The answer depends only on
the content folder setting, the path asked about and, for relative paths, the working folder, so
it is memoised on exactly those; Pelican's own method computes it. Output is unchanged;
tests/test_speed_relative_paths.py checks it against Pelican's.
"""

from __future__ import annotations

import os
from typing import Any

from pelican.contents import Content

_original = Content.get_relative_source_path
_memo: dict[tuple[Any, ...], str | None] = {}
MAX_ENTRIES = 200_000  # bounded: a long-running process (livereload) must not grow forever


def _relative_source_path(self: Any, source_path: str | None = None) -> str | None:
    path = source_path or self.source_path
    if path is None:
        return None
    base = self.settings["PATH"]
    if not isinstance(path, str) or not isinstance(base, str):
        return _original(self, source_path)  # an unusual type: Pelican's own answer, unmemoised
    absolute = os.path.isabs(path) and os.path.isabs(base)
    key = (base, path, None if absolute else os.getcwd())
    found = _memo.get(key, key)
    if found is key:
        found = _original(self, source_path)
        if len(_memo) >= MAX_ENTRIES:
            _memo.clear()
        _memo[key] = found
    return found


def install() -> None:
    """Memoise Pelican's Content.get_relative_source_path (idempotent)."""
    if Content.get_relative_source_path is not _relative_source_path:
        Content.get_relative_source_path = _relative_source_path  # type: ignore[method-assign]
