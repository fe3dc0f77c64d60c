"""Drive Debian's chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
WIDTHS = (375, 1280)


def chromium_path() -> str | None:
    """The system chromium, or None (tests then skip: `apt-get install chromium`)."""
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")


@contextmanager
def chromium(**launch: Any) -> Iterator[Any]:
    """A headless chromium browser from Playwright's sync API."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError("chromium not found: apt-get install chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, **launch)
        try:
            yield browser
        finally:
            browser.close()


def screenshot_pages(site: Path, pages: dict[str, str], out: Path,
                     widths: tuple[int, ...] = WIDTHS) -> list[Path]:
    """Save `<name>-<width>.png` of each page (relative path in `site`) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with chromium() as browser:
        for width in widths:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for name, rel in pages.items():
                page.goto((site / rel).resolve().as_uri())
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                saved.append(target)
            page.close()
    return saved
