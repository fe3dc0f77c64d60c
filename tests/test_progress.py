"""Progress on long runs: a line every 10% in logs, a bar redrawn in place on a terminal."""

from __future__ import annotations

import io

from backfile_ingest.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_gets_a_line_per_tenth() -> None:
    out = io.StringIO()
    progress = Progress(200, "Ingesting dumps", out)
    for _ in range(200):
        progress.advance()
    lines = out.getvalue().splitlines()
    assert lines[0] == "Ingesting dumps: 1/200 (0%)"
    assert lines[-1] == "Ingesting dumps: 200/200 (100%)"
    assert len(lines) == 11


def test_terminal_gets_a_bar_ending_in_a_newline() -> None:
    out = Terminal()
    progress = Progress(50, "Ingesting dumps", out)
    for _ in range(50):
        progress.advance()
    assert out.getvalue().startswith("\rIngesting dumps [")
    assert out.getvalue().endswith("[" + "#" * 30 + "] 50/50\n")


def test_disabled_progress_is_silent() -> None:
    out = io.StringIO()
    progress = Progress(500, "x", out, enabled=False)
    progress.advance(500)
    assert out.getvalue() == ""
