"""Know when a build would change nothing, so `invoke build` can stop before starting Pelican.

A build is a function of the content folder (dumps, story pages, sidecars, the entities file),
the settings, the theme, the plugins, the locked dependencies and the BACKFILE_* environment. We
digest all of them by name, size and modification time (no file is read but the small settings
and lock files), plus the identity of the output folder the last build swapped in. If the digest
equals the one recorded after the last successful build into the same output, that output is
still exactly what a build would produce. `invoke build --force` ignores the record.

The record is taken after the build, so a file edited while a build runs counts as built: run
`invoke build --force` after editing during a build (the ingest writes story pages during the
build too, so the digest cannot be taken before it).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

STAMP_FOLDER = "cache"
WATCHED = ("content", "theme", "plugins")
FILES = ("pelicanconf.py", "publishconf.py", "requirements.lock", "tasks.py")


def _tree(folder: Path, digest: Any) -> None:  # a hashlib object
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode(
                "utf-8", "surrogateescape"))


def input_digest(root: Path, settings: str, output: Path) -> str:
    """Digest of everything a build of `root` with `settings` into `output` depends on."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version}\0{settings}\0{output.absolute()}\n".encode())
    for name in sorted(os.environ):
        if name.startswith("BACKFILE_") and name != "BACKFILE_TIMINGS":
            digest.update(f"{name}={os.environ[name]}\n".encode("utf-8", "surrogateescape"))
    for name in sorted({settings, *FILES}):
        path = root / name
        digest.update(path.read_bytes() if path.is_file() else b"-")
    for name in WATCHED:
        _tree(root / name, digest)
    try:
        stat = os.stat(output / "index.html")  # the swap gives each build's output new files
        digest.update(f"{stat.st_ino}\0{stat.st_mtime_ns}".encode())
    except OSError:
        return ""  # no output yet: never fresh
    return digest.hexdigest()


def _stamp(root: Path, settings: str, output: Path) -> Path:
    key = hashlib.sha256(f"{settings}\0{output.absolute()}".encode()).hexdigest()[:16]
    return root / STAMP_FOLDER / f"build-{key}.stamp"


def is_fresh(root: Path, settings: str, output: Path) -> bool:
    """True when the last successful build into `output` saw exactly today's inputs."""
    stamp = _stamp(root, settings, output)
    current = input_digest(root, settings, output)
    return bool(current) and stamp.is_file() and stamp.read_text("ascii") == current


def record(root: Path, settings: str, output: Path) -> None:
    """After a successful build: remember what it was built from."""
    stamp = _stamp(root, settings, output)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    staging = stamp.with_suffix(".staging")
    staging.write_text(input_digest(root, settings, output), "ascii")
    os.replace(staging, stamp)


def forget(root: Path, settings: str, output: Path) -> None:
    """Before a build: a build that fails half-way must not leave an old record standing."""
    _stamp(root, settings, output).unlink(missing_ok=True)
