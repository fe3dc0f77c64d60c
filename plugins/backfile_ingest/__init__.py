"""Ingest raw news dumps into one Markdown page per story (a Pelican plugin).

The skeleton only registers the plugin; the pipeline lands with issue 2.
"""

from pelican import signals


def register() -> None:
    signals.initialized.connect(lambda pelican: None)
