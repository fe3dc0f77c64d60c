"""A reader walks the archive from disk.

home -> section -> story -> entity -> day -> search -> result: Chromium opens
output/index.html through file:// (a build in a temporary folder), with no server.
Every step clicks a link the way a reader would, and the walk fails on any request for
a missing file or a folder, and on any JavaScript error. A step is skipped only while
the build has no page of that kind at all (its branch not merged yet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser_support import CHROMIUM_ARGS, chromium_path

pytestmark = pytest.mark.browser

SECTION = re.compile(r"(^|/)sections/(?!index\.html)[^/]+\.html$")
STORY = re.compile(r"(^|/)stories/[^/]+\.html$")
ENTITY = re.compile(r"(^|/)entities/(?!index\.html)[^/]+\.html$")
DAY = re.compile(r"(^|/)archive/\d{4}/\d{2}/\d{2}/index\.html$")


@pytest.fixture(scope="module")
def browser_page(offline_site: Path) -> Iterator[tuple[object, list[str]]]:
    chromium = chromium_path()
    if chromium is None:
        pytest.skip("Chromium is missing: `apt-get install chromium`")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(f"JavaScript error: {error}"))
        page.on("requestfailed", lambda request: errors.append(
            f"failed request: {request.url} ({request.failure})"))
        try:
            yield page, errors
        finally:
            browser.close()


def _built(site: Path, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(p.relative_to(site).as_posix()) for p in site.rglob("*.html"))


def _hrefs(page: object) -> list[str]:
    return page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")


def _follow(page: object, site: Path, pattern: re.Pattern[str], step: str,
            missing: str) -> str:
    """Click the first link on the page whose href matches the pattern."""
    matching = [h for h in _hrefs(page) if pattern.search(h.split("#")[0])]
    if not matching and not _built(site, pattern):
        pytest.skip(f"{step}: the build has no such page ({missing})")
    assert matching, f"{step}: no link to follow on {page.url}"
    page.click(f'a[href="{matching[0]}"]')
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and not page.url.endswith("/"), page.url
    assert pattern.search(page.url.split("#")[0]), (step, page.url)
    return page.url


def test_walk_home_section_story_entity_day_search_result(offline_site: Path,
                                                          browser_page: tuple) -> None:
    page, errors = browser_page
    page.goto((offline_site / "index.html").as_uri())
    assert page.title()

    _follow(page, offline_site, SECTION, "home -> section", "no stories: ingest not merged")
    story_url = _follow(page, offline_site, STORY, "section -> story", "no stories")
    headline = page.inner_text("h1").strip()
    assert headline

    _follow(page, offline_site, ENTITY, "story -> entity", "no entity tags: tagger missing")
    assert page.locator(f'a[href$="{story_url.rsplit("/", 1)[1]}"]').count() > 0, \
        "the entity page lists the story it was reached from"
    if not any(DAY.search(h) for h in _hrefs(page)):
        page.goto(story_url)  # this entity page lists no dates; take the story's own date
    _follow(page, offline_site, DAY, "entity -> day", "no day pages: date archive missing")
    assert any(STORY.search(h) for h in _hrefs(page)), "the day page lists its stories"

    if not (offline_site / "search.html").is_file():
        pytest.skip("day -> search: the build has no search.html (search not merged)")
    box = page.locator("#site-search-input")
    assert box.count() == 1, "the page header has the search box"
    query = max(re.findall(r"\w{4,}", headline), key=len)
    box.fill(query)
    box.press("Enter")
    page.wait_for_load_state("load")
    assert re.search(r"/search\.html\?(.*&)?q=", page.url), page.url
    page.wait_for_selector("main a[href*='stories/']", timeout=10_000)
    page.click("main a[href*='stories/']")
    page.wait_for_load_state("load")
    assert STORY.search(page.url.split("#")[0]), page.url
    assert page.inner_text("h1").strip()
    assert errors == []
