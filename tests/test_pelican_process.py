"""Pelican as `invoke build` runs it: after a build that went through, the process runs its exit
handlers and ends without tearing its heap down; a failed build exits the ordinary way."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(pelican_body: str) -> subprocess.CompletedProcess[str]:
    """backfile_publish.pelican_process.main with Pelican's main replaced by `pelican_body`."""
    script = "\n".join([
        "import atexit, sys",
        f"sys.path.insert(0, {str(ROOT / 'plugins')!r})",
        "import pelican",
        "from backfile_publish import pelican_process",
        "import os",
        "class Heap:",  # says when it is torn down (a build's heap is a million such objects)
        "    def __del__(self, write=os.write):",
        "        write(1, b' torn down')",
        "def pelican_main():",
        textwrap.indent(textwrap.dedent(pelican_body).strip(), "    "),
        "pelican.main = pelican_main",
        "pelican_process.main()",
    ])
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)


def test_a_finished_build_runs_exit_handlers_and_skips_teardown() -> None:
    done = _run("""
        atexit.register(print, "exit handler ran", flush=True)
        global kept
        kept = Heap()  # freed at teardown only, which must not happen
        print("built", end="")  # left in the buffer: the fast exit must flush it
    """)
    assert done.returncode == 0
    assert done.stdout == "builtexit handler ran\n"


def test_a_failed_build_exits_with_its_status() -> None:
    failed = _run("""
        sys.exit(3)
    """)
    assert failed.returncode == 3
