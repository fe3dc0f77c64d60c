"""Make Pelican replace output files instead of writing through them.

Pelican opens an existing output file with mode "w", which truncates it in place
(static copies are handled in `static_copies`). When a build starts from a
hard-linked copy of the previous output (incremental builds, see
`atomic.staged_output(seed=True)`) that would also change the previous, still-served
site. Unlinking such a file before Pelican writes it breaks the hard link: Pelican
then creates a new file and the previous output keeps its own. Files with a single
link (an ordinary in-place build) are left to Pelican as they are.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import IO

from pelican.writers import Writer

from backfile_publish.static_copies import guard_static_copies


def break_hard_link(path: Path) -> None:
    """Unlink `path` if it is a file that shares its data with another name."""
    try:
        if path.is_file() and not path.is_symlink() and path.stat().st_nlink > 1:
            path.unlink()
    except FileNotFoundError:
        pass


class ReplacingWriter(Writer):
    """Pelican's Writer, but a hard-linked output file gets a new inode before writing."""

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> IO[str]:
        if filename not in self._written_files:  # a later write is Pelican's own business
            break_hard_link(Path(filename))
        return super()._open_w(filename, encoding, override)


def replacing_writer(pelican: object) -> type[Writer] | None:
    """Answer Pelican's get_writer signal, unless another plugin supplies a writer.

    Pelican uses only one writer; a plugin that brings its own (e.g. one that skips
    unchanged pages) must itself replace files rather than write through them.
    """
    from pelican.plugins.signals import get_writer

    others = [r for r in get_writer.receivers_for(pelican) if r is not replacing_writer]
    return None if others else ReplacingWriter


def connect(signals: ModuleType) -> None:
    """Hook the writer and the static-file guard into Pelican's signals.

    Named functions, not lambdas: blinker holds receivers by weak reference.
    """
    signals.get_writer.connect(replacing_writer)
    signals.all_generators_finalized.connect(guard_static_copies)
