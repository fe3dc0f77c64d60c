"""Publishing and offline browsing: atomic builds, link checks, the offline zip.

Also a Pelican plugin: `register()` makes Pelican replace output files instead of
writing through them, which is what lets a build start from a hard-linked copy of
the previous output (see `atomic` and `writer`).
"""

from __future__ import annotations

from pelican import signals


def register() -> None:
    from backfile_publish.writer import connect

    connect(signals)
