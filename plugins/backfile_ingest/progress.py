"""A small progress bar for long ingests (stdlib only): redrawn in place on a terminal,
a line every 10% elsewhere (CI logs)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts work done out of `total` and shows it on `stream` (stderr by default)."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None,
                 enabled: bool = True) -> None:
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.tty = self.stream.isatty()
        self._last_draw = 0.0
        self._last_tenth = -1

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled:
            return
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or self.done >= self.total:
                self._last_draw = now
                filled = 30 * self.done // self.total
                bar = "#" * filled + "." * (30 - filled)
                self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
                if self.done >= self.total:
                    self.stream.write("\n")
                self.stream.flush()
        else:
            tenth = 10 * self.done // self.total
            if tenth != self._last_tenth:
                self._last_tenth = tenth
                self.stream.write(f"{self.label}: {self.done}/{self.total} ({10 * tenth}%)\n")
                self.stream.flush()
