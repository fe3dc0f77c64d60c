"""The published 404 page's in-page links stay on the 404 page.

GitHub Pages serves 404.html at any missing address, so the published page carries a `<base>`
of the site's root, and every relative link resolves against it. The skip link `#main` then
meant the home page's `#main`: a keyboard user skipping the header left the page.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin


def test_in_page_links_of_the_published_404_resolve_to_itself(published_site: Path) -> None:
    page = (published_site / "404.html").read_text(encoding="utf-8")
    base = re.search(r'<base href="([^"]+)">', page).group(1)
    fragments = [h for h in re.findall(r'href="([^"]*#[^"]*)"', page)
                 if not h.startswith(("http:", "https:"))]
    assert fragments, "the 404 page has its skip link"
    for href in fragments:
        assert urljoin(base, href).split("#")[0] == urljoin(base, "404.html"), href


def test_the_local_404_keeps_a_plain_skip_link(archive_site: Path) -> None:
    page = (archive_site / "404.html").read_text(encoding="utf-8")
    assert "<base" not in page and 'class="skip-link" href="#main"' in page
