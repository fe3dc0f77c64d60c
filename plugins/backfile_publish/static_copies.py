"""Copy static files by replacing changed ones only, never writing through a hard link.

Pelican copies theme files (every build) and static files (e.g. the raw dumps) over
the existing output files with `shutil.copyfile`, which truncates and rewrites them in
place. In a build seeded with hard links to the previous output (see `atomic`) that
would rewrite the previous, still-served site, and it rewrites unchanged files too.
Here a file whose bytes did not change is left alone (same inode and mtime), and a
changed one is replaced by rename. Pelican still decides what goes where: its own
copy runs into a scratch folder inside the output, which is then synced.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import tempfile
from pathlib import Path
from typing import Any

from pelican.generators import StaticGenerator


def sync_file(source: Path, target: Path) -> bool:
    """Move `source` over `target` unless they hold the same bytes; True if moved."""
    if target.is_file() and filecmp.cmp(source, target, shallow=False):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    return True


def sync_tree(scratch: Path, output: Path) -> None:
    """Move every file under `scratch` to the same place under `output` (see `sync_file`)."""
    for source in scratch.rglob("*"):
        if source.is_file():
            sync_file(source, output / source.relative_to(scratch))


def guard(generator: StaticGenerator) -> None:
    """Route this StaticGenerator's copies through a scratch folder and `sync_tree`."""
    copy_paths = generator._copy_paths
    copy_staticfile = generator._copy_staticfile

    def guarded_copy_paths(paths: list[str], source: str, destination: str,
                           output_path: str, final_path: str | None = None) -> None:
        with tempfile.TemporaryDirectory(prefix=".static-", dir=output_path) as scratch:
            copy_paths(paths, source, destination, scratch, final_path)
            sync_tree(Path(scratch), Path(output_path))

    def guarded_copy_staticfile(static: Any) -> None:
        source = Path(generator.path) / static.source_path
        target = Path(generator.output_path) / static.save_as
        if target.is_file() and filecmp.cmp(source, target, shallow=False):
            return
        with contextlib.suppress(FileNotFoundError):
            target.unlink()  # Pelican's copy then makes a new file instead of writing through
        copy_staticfile(static)

    generator._copy_paths = guarded_copy_paths  # type: ignore[method-assign]
    generator._copy_staticfile = guarded_copy_staticfile  # type: ignore[method-assign]


def guard_static_copies(generators: list[Any]) -> None:
    """all_generators_finalized receiver: guard every StaticGenerator of the build."""
    for generator in generators:
        if isinstance(generator, StaticGenerator):
            guard(generator)
