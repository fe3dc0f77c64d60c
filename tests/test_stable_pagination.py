"""Story listings count their pages from the oldest: adding today's stories leaves older pages be.

A numbered page keeps its stories (and its bytes) as the archive grows; the newest stories sit
on the front page, the listing's own URL. A numbered page cannot show whole-listing facts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from backfile_archive.pagination import FrozenPageError, StablePaginator
from pelican.settings import read_settings

from tests.sitebuild import copy_content, make_site, site_tree

COUNTS = re.compile(r"(\d+) files rewritten, (\d+)\s+rendered but unchanged, (\d+) not\s+rendered")
NEWEST = ("Title: Today's story\nDate: 2024-12-31\nCategory: Sport\nSlug: today\n"
          "People: Ada Lovelace;\nPlaces: London;\nTags: Ada Lovelace; London;\n"
          "Summary: Today.\n\nAda Lovelace was in London today.\n")


def _settings() -> dict:
    return read_settings()  # Pelican's defaults: page n of index.html is index{n}.html


def _listing(count: int) -> list[int]:
    return list(range(count, 0, -1))  # newest first, as Pelican sorts stories: 1 is the oldest


def test_pages_are_cut_from_the_oldest_end_and_the_front_takes_the_rest() -> None:
    paginator = StablePaginator("index.html", "index.html", _listing(45), _settings(), 20)
    assert paginator.num_pages == 2
    front, oldest = paginator.page(1), paginator.page(2)
    assert front.front and front.object_list == list(range(45, 20, -1))   # 25 newest
    assert not oldest.front and oldest.number == 1
    assert oldest.object_list == list(range(20, 0, -1))                   # the 20 oldest
    assert front.url == "index.html" and oldest.url == "index1.html"
    assert oldest.previous.url == front.url and front.next.url == oldest.url


def test_a_page_keeps_its_stories_when_newer_ones_arrive() -> None:
    before = StablePaginator("t.html", "t.html", _listing(65), _settings(), 20)
    after = StablePaginator("t.html", "t.html", _listing(85), _settings(), 20)
    old_pages = {p.number: (p.url, p.object_list) for p in map(before.page, range(2, 4))}
    new_pages = {p.number: (p.url, p.object_list) for p in map(after.page, range(2, 5))}
    assert all(new_pages[n] == page for n, page in old_pages.items())
    assert after.page(1).total == 85 and after.page(2).total is None


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("count", [0, 1, 20, 21, 39, 40])
def test_every_story_is_on_exactly_one_page(count: int, newest_first: bool) -> None:
    listing = _listing(count) if newest_first else _listing(count)[::-1]
    paginator = StablePaginator("t.html", "t.html", listing, _settings(), 20, newest_first)
    shown = [s for n in range(1, paginator.num_pages + 1) for s in paginator.page(n).object_list]
    assert shown == listing
    assert paginator.page(1).front
    assert sorted(paginator.page(n).url for n in range(1, paginator.num_pages + 1)) == sorted(
        {paginator.page(n).url for n in range(1, paginator.num_pages + 1)})  # no URL twice


def test_an_oldest_first_listing_keeps_pelican_numbering() -> None:
    paginator = StablePaginator("t.html", "t.html", _listing(45)[::-1], _settings(), 20, False)
    assert [paginator.page(n).url for n in (1, 2, 3)] == ["t.html", "t2.html", "t3.html"]
    assert paginator.page(3).object_list == [41, 42, 43, 44, 45]


def test_a_numbered_page_withholds_the_whole_listing() -> None:
    paginator = StablePaginator("t.html", "t.html", _listing(60), _settings(), 20)
    assert paginator.page(1).paginator is paginator
    with pytest.raises(FrozenPageError, match=r"page 1 of t\.html .* front"):
        _ = paginator.page(3).paginator


def _pelican(site: Path) -> tuple[int, int, int]:
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output", "-v"],
        cwd=site, check=True, capture_output=True, text=True)
    text = re.sub(r"\s+", " ", result.stdout + result.stderr)
    match = COUNTS.search(re.sub(r"\S+\.py:\d+", "", text))
    assert match, text[-2000:]
    rewritten, unchanged, skipped = map(int, match.groups())
    return rewritten, unchanged, skipped


def test_adding_the_newest_story_leaves_numbered_pages_alone(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=40)
    with open(site / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write("\nDEFAULT_PAGINATION = 5\n")
    _pelican(site)
    numbered = sorted((site / "output").glob("page-*.html"))
    assert len(numbered) == 7   # 40 stories, 5 a page: the front page and pages 1-7
    before = {p.name: p.read_bytes() for p in numbered}
    (site / "content" / "stories" / "today.md").write_text(NEWEST, encoding="utf-8")
    rewritten, unchanged, skipped = _pelican(site)
    after = {p.name: p.read_bytes() for p in (site / "output").glob("page-*.html")}
    assert before == after
    front = (site / "output" / "index.html").read_text(encoding="utf-8")
    assert "today.html" in front and "page-7.html" in front
    # Measured here: 10 rewritten, 2 rendered to the same bytes, 129 not rendered. Numbered
    # from the newest, every page of the index, the section and the two entities changed.
    assert unchanged <= 5, (rewritten, unchanged, skipped)
    assert (site / "output/archive/2024/page-2.html").is_file()   # 41 stories of 2024, 5 a page

    scratch = make_site(tmp_path / "scratch", stories=0)
    shutil.copy(site / "pelicanconf.py", scratch / "pelicanconf.py")
    copy_content(site, scratch)
    _pelican(scratch)
    assert site_tree(site) == site_tree(scratch)


def test_an_editors_retype_and_headline_edit_reach_every_page_of_a_listing(tmp_path: Path) -> None:
    """What a numbered page shows of its entity (its type) and what a front page shows of its
    listing (the first story's headline) are in their keys, so an incremental build equals a
    fresh one after an overrides edit and after a headline edit."""
    site = make_site(tmp_path / "site", stories=40)
    with open(site / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write("\nDEFAULT_PAGINATION = 5\n")
    _pelican(site)
    assert (site / "output/entities/london/page-1.html").is_file()
    (site / "content/entities.toml").write_text('[retype]\n"London" = "organization"\n',
                                                encoding="utf-8")
    _pelican(site)
    numbered = (site / "output/entities/london/page-1.html").read_text(encoding="utf-8")
    assert "Organisations" in numbered and ">Places<" not in numbered
    first = site / "content/stories/story-0.md"   # London's oldest story: its front page's "First"
    first.write_text(first.read_text(encoding="utf-8").replace(
        "Title: Story number 0", "Title: A corrected first headline"), encoding="utf-8")
    _pelican(site)
    assert "A corrected first headline" in (site / "output/entities/london.html").read_text(
        encoding="utf-8")

    scratch = make_site(tmp_path / "scratch", stories=0)
    shutil.copy(site / "pelicanconf.py", scratch / "pelicanconf.py")
    copy_content(site, scratch)
    _pelican(scratch)
    assert site_tree(site) == site_tree(scratch)


@pytest.mark.parametrize("change", ["remove the oldest", "edit one in the middle",
                                    "add an old one"])
def test_any_change_to_a_paged_list_equals_a_fresh_build(tmp_path: Path, change: str) -> None:
    """Removing or back-dating a story shifts the numbered pages after it; they must follow."""
    site = make_site(tmp_path / "site", stories=40)
    with open(site / "pelicanconf.py", "a", encoding="utf-8") as settings:
        settings.write("\nDEFAULT_PAGINATION = 5\n")
    _pelican(site)
    stories = site / "content" / "stories"
    if change == "remove the oldest":
        (stories / "story-0.md").unlink()
    elif change == "edit one in the middle":
        text = (stories / "story-20.md").read_text(encoding="utf-8")
        (stories / "story-20.md").write_text(text.replace("Title: Story number 20",
                                                          "Title: A corrected headline"))
    else:
        (stories / "old.md").write_text(NEWEST.replace("2024-12-31", "2023-06-01")
                                        .replace("Slug: today", "Slug: old"), encoding="utf-8")
    _pelican(site)
    scratch = make_site(tmp_path / "scratch", stories=0)
    shutil.copy(site / "pelicanconf.py", scratch / "pelicanconf.py")
    copy_content(site, scratch)
    _pelican(scratch)
    assert site_tree(site) == site_tree(scratch)
