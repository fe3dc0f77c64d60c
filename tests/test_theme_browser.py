"""Every page type in headless Chromium at 375 and 1280 px: axe-core, layout, keyboard, JS off.

Needs Debian's chromium (`apt-get install chromium`) and axe-core from npm
(`apt-get install nodejs npm`, then `npm ci`; `invoke test` runs it for you).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.archive_build import ROOT
from tests.browser_support import WIDTHS, chromium, chromium_path

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGE_TYPES = {
    "home": "index.html",
    "home, page 1": "page-1.html",
    "year, page 2": "archive/2024/page-2.html",
    "story": "stories/kim-and-putin-meet-at-cosmodrome.html",
    "truncated story": "stories/taiwan-tightens-residency-rules.html",
    "section": "sections/world.html",
    "sections": "sections/index.html",
    "entity": "entities/taiwan.html",
    "entity index": "entities/index.html",
    "A-Z letter": "entities/az/t.html",
    "entity type": "entities/types/places.html",
    "dates": "archive/index.html",
    "year": "archive/2024/index.html",
    "month": "archive/2024/03/index.html",
    "day": "archive/2023/09/13/index.html",
    "about": "about.html",
    "404": "404.html",
}
FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"


@pytest.fixture(scope="module")
def browser():
    if chromium_path() is None:
        pytest.skip("chromium not found: apt-get install chromium")
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip("axe-core not installed: apt-get install nodejs npm, then `npm ci` "
                    "(invoke test does this)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize(("width", "scheme"),
                         [*((w, "light") for w in WIDTHS), (WIDTHS[-1], "dark")])
def test_axe_finds_no_violations_and_nothing_overflows(browser, axe_source: str,
                                                       archive_site: Path, width: int,
                                                       scheme: str) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    failures = {}
    for name, rel in PAGE_TYPES.items():
        page.goto((archive_site / rel).as_uri())
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth")
        if violations or overflow > 0:
            failures[name] = {"axe": violations, "overflow_px": overflow}
    page.close()
    assert failures == {}


def test_keyboard_reaches_every_control_with_visible_focus(browser, archive_site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for rel in (PAGE_TYPES["story"], PAGE_TYPES["home"], PAGE_TYPES["day"]):
        page.goto((archive_site / rel).as_uri())
        wanted = page.evaluate(
            """(sel) => Array.from(document.querySelectorAll(sel))
                 .filter(e => e.getClientRects().length > 0 || e.closest('svg'))
                 .map((e, i) => (e.dataset.kb = i, i))""", FOCUSABLE)
        reached, outlines = [], []
        for _ in range(len(wanted) + 5):
            page.keyboard.press("Tab")
            info = page.evaluate(
                """() => { const e = document.activeElement;
                           const s = getComputedStyle(e);
                           return [e.dataset ? e.dataset.kb : undefined,
                                   s.outlineStyle !== 'none' && s.outlineWidth !== '0px'
                                   || e.closest('svg') !== null]; }""")
            if info[0] is not None:
                reached.append(int(info[0]))
                outlines.append(info[1])
        assert reached[0] == 0, f"{rel}: the skip link is not the first tab stop"
        assert sorted(set(reached)) == wanted, f"{rel}: not every control was reached"
        assert all(outlines), f"{rel}: a focused control has no visible outline"
    page.close()


def test_skip_link_moves_focus_to_main(browser, archive_site: Path) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto((archive_site / PAGE_TYPES["story"]).as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('main') !== null")
    page.close()


def test_pages_render_with_javascript_off(browser, archive_site: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375,
                                                                       "height": 800})
    page = context.new_page()
    for rel in PAGE_TYPES.values():
        page.goto((archive_site / rel).as_uri())
        assert page.locator("h1").first.is_visible(), rel
        assert page.locator("main a[href]").count() > 0, rel
        assert page.locator("#site-search-input").is_visible(), rel
    page.goto((archive_site / PAGE_TYPES["home"]).as_uri())
    page.locator("svg a").first.click()
    assert page.url.endswith("/archive/2022/09/index.html")
    context.close()


def test_axe_check_can_fail(browser, axe_source: str, archive_site: Path) -> None:
    """The axe run above really checks: a planted unlabelled input and low contrast are caught."""
    page = browser.new_page()
    page.goto((archive_site / PAGE_TYPES["story"]).as_uri())
    page.evaluate("""() => { const i = document.createElement('input');
                              document.querySelector('main').append(i);
                              document.querySelector('h1').style.color = '#f4f3f0'; }""")
    page.add_script_tag(content=axe_source)
    ids = page.evaluate("async () => (await axe.run()).violations.map(v => v.id)")
    page.close()
    assert {"label", "color-contrast"} <= set(ids)


@pytest.mark.parametrize(("width", "low"), [(1280, 45), (375, 35)])
def test_story_text_runs_45_to_75_characters_a_line(browser, archive_site: Path, width: int,
                                                    low: int) -> None:
    """Measured in the browser on a long paragraph of ordinary English set in the story
    body: characters over rendered lines. (A 375 px phone cannot hold 45 characters of
    readable text; there the floor is 35.)"""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto((archive_site / PAGE_TYPES["story"]).as_uri())
    per_line = page.evaluate(
        """() => { const p = document.createElement('p');
                   p.textContent = ('The council said on Tuesday that the new rules would ' +
                     'take effect next year, after a review of how the old ones had worked. ')
                     .repeat(12);
                   document.querySelector('.story-body').append(p);
                   const lines = p.getBoundingClientRect().height /
                                 parseFloat(getComputedStyle(p).lineHeight);
                   return p.textContent.length / Math.round(lines); }""")
    page.close()
    assert low <= per_line <= 75
