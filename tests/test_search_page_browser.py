"""The search page works in Debian's chromium, opened from disk and served under a sub-path."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser_support import CHROMIUM_ARGS, chromium_path
from tests.support.site import build, write_story

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"

STORIES = [
    ("bank-rates", "Bank raises interest rates", "2005-03-01", "Business", "Mervyn King",
     "The Bank of England raised interest rates to 4.75%. Markets fell as the bank acted."),
    ("bank-holds", "Bank holds rates steady", "2004-06-10", "Business", "Mervyn King",
     "Interest rates were held by the bank this month, as inflation stayed low."),
    ("cup-final", "Cup final goes to extra time", "2005-05-21", "Sport", "Roy Keane",
     "The cup final went to extra time at the Millennium Stadium before penalties."),
    ("election-called", "Election called for May", "2005-04-05", "Politics", "Tony Blair",
     "The prime minister called a general election, with interest rates a campaign issue."),
    ("xss-story", "<script>window.__xss = 1</script> odd headline", "2004-01-02", "Tech",
     "Jane Doe", "A story quoting the markup &lt;img src=x onerror=alert(1)&gt; about rates."),
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("browser-site")
    for slug, title, date, section, person, body in STORIES:
        write_story(site / "content", slug, title, body, date=date, section=section, people=person)
    build(site)
    return site / "output"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium = chromium_path()
    if chromium is None:
        pytest.skip("Debian chromium is not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def served(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site under http://127.0.0.1:PORT/repo/ like a GitHub Pages project site."""
    docroot = tmp_path_factory.mktemp("docroot")
    shutil.copytree(site, docroot / "repo")
    handler = functools.partial(QuietHandler, directory=str(docroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    server.shutdown()


def open_page(browser, url: str):  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.set_default_timeout(90_000)  # the shared 2-core machine can be very slow
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    return page, errors, dialogs


def titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator(".bf-result h3").all_inner_texts()


def test_file_url_search_and_follow(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page, errors, _ = open_page(browser, (site / "search.html").as_uri() + "?q=interest+rates")
    page.wait_for_selector(".bf-result")
    found = titles(page)
    assert "Bank raises interest rates" in found and "Cup final goes to extra time" not in found
    assert page.locator(".bf-result mark").first.inner_text().lower() in {"interest", "rates"}
    assert "stories found" in page.locator("#bf-status").inner_text()
    page.locator(".bf-result h3 a").first.click()
    page.wait_for_url("**/stories/*.html")
    assert page.url.startswith("file://")
    assert not errors


def test_subpath_type_keyboard_history(browser, served: str) -> None:  # type: ignore[no-untyped-def]
    page, errors, _ = open_page(browser, served + "search.html")
    page.fill("#bf-search-input", "cup")
    page.wait_for_function("document.querySelectorAll('.bf-result').length === 1")
    assert titles(page) == ["Cup final goes to extra time"]
    page.press("#bf-search-input", "Enter")
    page.fill("#bf-search-input", "bank")
    page.press("#bf-search-input", "Enter")
    page.wait_for_function("document.querySelectorAll('.bf-result').length === 2")
    page.wait_for_url("**q=bank")  # the history entry follows the results' paint
    page.go_back()
    page.wait_for_function("document.querySelector('#bf-search-input').value === 'cup'")
    page.wait_for_function("document.querySelectorAll('.bf-result').length === 1")
    page.go_forward()
    page.wait_for_function("document.querySelectorAll('.bf-result').length === 2")
    page.focus("#bf-search-input")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('data-rank')")
    assert focused == "1"
    page.keyboard.press("Enter")
    page.wait_for_url(served + "stories/*.html")
    assert not errors


def test_facets_sort_and_did_you_mean(browser, served: str) -> None:  # type: ignore[no-untyped-def]
    page, errors, _ = open_page(browser, served + "search.html?q=rates")
    page.wait_for_selector(".bf-facets button")
    assert len(titles(page)) == 4
    page.locator(".bf-facets button", has_text="Business (2)").click()
    page.wait_for_function("document.querySelectorAll('.bf-result').length === 2")
    assert "section=Business" in page.url
    page.select_option("#bf-sort", "oldest")
    page.wait_for_function(
        "document.querySelector('.bf-result h3').textContent === 'Bank holds rates steady'")
    page.goto(served + "search.html?q=intrest")
    page.wait_for_selector("#bf-suggest a")
    assert page.locator("#bf-suggest a").first.inner_text() == "interest"
    assert not errors


@pytest.mark.parametrize("query", [XSS, '"unclosed', "AND OR NOT", "x" * 5000, "(((", "*"])
def test_hostile_queries_are_text(browser, served: str, query: str) -> None:  # type: ignore[no-untyped-def]
    page, errors, dialogs = open_page(browser, served + "search.html?q=" + quote(query))
    page.wait_for_function("document.querySelector('#bf-status').textContent.length > 0")
    assert page.input_value("#bf-search-input") == query[:5000]
    assert page.locator("#bf-search img").count() == 0
    page.wait_for_timeout(200)
    assert not dialogs and not errors


def test_story_markup_shown_as_text(browser, served: str) -> None:  # type: ignore[no-untyped-def]
    page, errors, dialogs = open_page(browser, served + "search.html?q=odd+headline")
    page.wait_for_selector(".bf-result")
    assert "<script>" in titles(page)[0]
    assert page.evaluate("window.__xss") is None
    assert page.locator("#bf-results script, #bf-results img").count() == 0
    assert not dialogs and not errors


def test_filters_in_the_url_apply_before_the_first_paint(browser, served: str) -> None:  # type: ignore[no-untyped-def]
    """A shared link with a year filter and date sort lists the right stories at once (facet
    and date files loaded before the results are drawn), and the counts cover every result."""
    page, errors, _ = open_page(browser, served + "search.html?q=rates&year=2004&sort=oldest")
    page.wait_for_selector(".bf-result")
    assert titles(page) == ["<script>window.__xss = 1</script> odd headline",
                            "Bank holds rates steady"]
    page.wait_for_selector(".bf-facets button")
    facets = page.locator(".bf-facets").inner_text()
    assert "Counts over all 4 results." in facets and "2005 (2)" in facets
    page.locator(".bf-facets button", has_text="2004 (2)").click()  # unpress: all four again
    page.wait_for_function("document.querySelectorAll('.bf-result').length === 4")
    assert "year=" not in page.url
    assert not errors


# Every change a search makes to the search section, one entry per MutationObserver callback:
# the ids of the elements changed, whether every change was a snippet written into its paragraph
# (or the list's aria-busy while snippets load), and the top of each result on the page then.
# Mutations made in one task, in one go, arrive in one callback; a status line, suggestion or
# facets written in another task arrive in another.
WATCH = """() => { window.__batches = [];
  const box = document.getElementById("bf-search");
  const idOf = (n) => { for (; n && n !== box; n = n.parentNode) {
    if (n.id && n.id !== "bf-search-input") return n.id; } return null; };
  const snippet = (r) => (r.type === "attributes" && r.attributeName === "aria-busy") ||
    !!(r.target.closest ? r.target : r.target.parentElement).closest(".bf-snippet");
  new MutationObserver((records) => {
    const ids = [...new Set(records.map((r) => idOf(r.target)).filter(Boolean))];
    if (ids.length) window.__batches.push({ ids: ids.sort(), snippets: records.every(snippet),
      tops: [...document.querySelectorAll(".bf-result")]
        .map((e) => e.getBoundingClientRect().top) });
  }).observe(box, { childList: true, subtree: true, characterData: true, attributes: true });
}"""


@pytest.mark.parametrize(("query", "expected"), [
    ("rates", {"bf-status", "bf-facets", "bf-results"}),
    ("intrest", {"bf-status", "bf-suggest"}),
])
def test_results_status_suggestions_and_facets_in_one_task(
        browser, served: str, query: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    """The frame that shows a search's results is its last but for snippets: the status line,
    "did you mean" and the facets are written in the same task as the list, not before or after
    it; a result listed from its card gets its snippet later, in a paragraph that keeps its
    height, so no result moves."""
    page, errors, _ = open_page(browser, served + "search.html")
    page.wait_for_function("performance.getEntriesByName('bf:ready').length > 0")
    page.evaluate(WATCH)
    page.fill("#bf-search-input", query)
    page.press("#bf-search-input", "Enter")
    page.wait_for_url(f"**q={query}")  # written after the results' paint
    page.wait_for_timeout(500)          # time for any later write to show up
    batches = page.evaluate("window.__batches")
    assert batches and expected <= set(batches[0]["ids"]), batches
    for later in batches[1:]:
        assert later["snippets"] and later["tops"] == batches[0]["tops"], batches
    assert page.locator("#bf-results[aria-busy]").count() == 0
    snippets = page.locator(".bf-snippet").all_inner_texts()
    assert all(text.strip() for text in snippets), snippets
    if query == "rates":
        assert page.locator(".bf-facets button").count() > 0 and len(titles(page)) == 4
    else:
        assert page.locator("#bf-suggest a").first.inner_text() == "interest"
    assert not errors
