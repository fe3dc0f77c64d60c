"""How `invoke build` runs Pelican: `python -m pelican`, plus two things around it.

- Before Pelican makes its generators it waits for the staging folder to be seeded (see
  `seeding`).
- After a build that went through, the process ends at once (`os._exit`, after the exit
  handlers Pelican and the plugins registered, such as log flushing): a build holds about a
  gigabyte of small objects, and tearing them down one by one took about a second of an
  everyday rebuild at 10,000 stories, with nothing to show for it. A failure (SystemExit from
  Pelican) still exits the ordinary way.
"""

from __future__ import annotations

import atexit
import os
import sys


def end_now() -> None:
    """Run the exit handlers, flush, and leave without tearing the heap down."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


def main() -> None:
    from pelican import main as pelican_main
    from pelican import signals

    from backfile_publish.seeding import wait_for_seed

    signals.get_generators.connect(wait_for_seed, weak=False)
    pelican_main()
    end_now()


if __name__ == "__main__":
    main()
