"""Run Pelican into a staging folder and swap the result in (see `atomic`).

Pelican runs in a child process so that a crash, a plugin error or Ctrl-C in it
cannot leave a half-written site behind: the child writes only into staging.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from backfile_publish.atomic import OutputSwapError, staged_output


class BuildError(RuntimeError):
    """Pelican failed, or its result could not be put in place; the previous output was kept."""


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into SystemExit so cleanup (`finally`, `except`) still runs."""

    def _exit(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_pelican(root: Path, settings: str, destination: Path,
                env: Mapping[str, str] | None = None, content: str = "content") -> None:
    """Render the site of the project in `root` (its `content` folder) into `destination`."""
    command = [sys.executable, "-m", "pelican", content, "-s", settings, "-o", str(destination)]
    result = subprocess.run(command, cwd=root, env={**os.environ, **(env or {})}, check=False)
    if result.returncode != 0:
        raise BuildError(f"pelican exited with status {result.returncode}; {destination.name} "
                         "was discarded and the previous output kept")
    if not (destination / "index.html").is_file():
        raise BuildError(f"pelican wrote no index.html (settings {settings}); "
                         "the previous output was kept")


def build_site(root: Path, settings: str = "pelicanconf.py", output: Path | None = None, *,
               env: Mapping[str, str] | None = None, seed: bool = False,
               detach_cleanup: bool = False) -> Path:
    """Build the site atomically into `output` (default `<root>/output`) and return it.
    `seed` and `detach_cleanup`: see `atomic.staged_output`."""
    output = (output or root / "output").absolute()
    try:
        with sigterm_raises(), staged_output(output, seed=seed,
                                             detach_cleanup=detach_cleanup) as staging:
            run_pelican(root, settings, staging, env)
    except OutputSwapError as error:
        raise BuildError(str(error)) from error
    return output
