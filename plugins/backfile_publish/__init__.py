"""Publishing and offline browsing: atomic builds, link checks, the offline zip.

Also a Pelican plugin: `register()` makes Pelican replace output files instead of
writing through them, which is what lets a build start from a hard-linked copy of
the previous output (see `atomic` and `writer`).
"""

from __future__ import annotations


def register() -> None:
    # Pelican is imported here, not at the top: `invoke build` imports this package to stage
    # and swap the output, and importing all of Pelican there cost about 0.3 s before Pelican's
    # own process could start.
    from pelican import signals

    from backfile_publish.writer import connect

    connect(signals)
