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
from backfile_publish.seeding import ENV as SEED_ENV
from backfile_publish.seeding import seeding

PLUGINS = Path(__file__).resolve().parent.parent
# `python -m pelican`, waiting for a seeding copy and ending quickly (see `pelican_process`)
PELICAN = (f"import sys; sys.path.insert(0, {str(PLUGINS)!r}); "
           "from backfile_publish.pelican_process import main; main()")


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
                env: Mapping[str, str] | None = None, content: str = "content",
                seed_fd: int | None = None) -> None:
    """Render the site of the project in `root` (its `content` folder) into `destination`.
    `seed_fd`: Pelican waits for EOF on it before making its generators (see `seeding`)."""
    command = [sys.executable, "-c", PELICAN, content, "-s", settings, "-o", str(destination)]
    env = {**os.environ, **(env or {})}
    if seed_fd is not None:
        env[SEED_ENV] = str(seed_fd)
    result = subprocess.run(command, cwd=root, env=env, check=False,
                            pass_fds=() if seed_fd is None else (seed_fd,))
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
        # seed: the staging folder is filled while Pelican starts (see `seeding`)
        with sigterm_raises(), staged_output(output, detach_cleanup=detach_cleanup) as staging, \
                seeding(output.resolve(), staging) if seed else \
                contextlib.nullcontext() as seed_fd:
            run_pelican(root, settings, staging, env, seed_fd=seed_fd)
    except OutputSwapError as error:
        raise BuildError(str(error)) from error
    return output
