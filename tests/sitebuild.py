"""Throwaway Backfile sites for build tests: our settings, theme and plugins, a few stories."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Tim Berners-Lee"]
PLACES = ["London", "Taipei", "Nairobi"]
SECTIONS = ["Politics", "Business", "Sport"]


def story_page(index: int, title: str | None = None, body: str | None = None) -> str:
    """A story page in the ingest's format (contract in the common brief)."""
    people = [PEOPLE[index % 4], PEOPLE[(index + 1) % 4]]
    place = PLACES[index % 3]
    tags = "; ".join([*people, place]) + ";"
    day = f"2024-0{1 + index % 3}-{10 + index % 18:02d}"
    title = title or f"Story number {index} about {people[0]}"
    body = body or (f"{people[0]} met {people[1]} in {place} on day {index}.\n\n"
                    f"A second paragraph for story {index}, with <script>alert(1)</script> text.")
    return (f"Title: {title}\nDate: {day}\nCategory: {SECTIONS[index % 3]}\n"
            f"Slug: story-{index}\nPeople: {'; '.join(people)};\nPlaces: {place};\n"
            f"Tags: {tags}\nSummary: Story {index} in brief.\n\n{body}\n")


def make_site(folder: Path, stories: int = 12, settings: str = "") -> Path:
    """A site folder holding copies of our settings and tasks, links to theme and plugins;
    `settings` (Python lines) is added to the end of its pelicanconf.py."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("pelicanconf.py", "publishconf.py", "tasks.py"):
        shutil.copy(ROOT / name, folder / name)
    if settings:
        with (folder / "pelicanconf.py").open("a", encoding="utf-8") as conf:
            conf.write(f"\n{settings}\n")
    for name in ("theme", "plugins"):
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    (folder / "content" / "dumps").mkdir(parents=True)
    pages = folder / "content" / "stories"
    pages.mkdir()
    for index in range(stories):
        (pages / f"story-{index}.md").write_text(story_page(index), encoding="utf-8")
    return folder


def build(folder: Path, settings: str = "pelicanconf.py") -> None:
    """Build the site the way `make build` does (`invoke build`)."""
    subprocess.run([sys.executable, "-m", "invoke", "build", "--settings", settings],
                   cwd=folder, check=True, capture_output=True)


def tree(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under folder."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def copy_content(source: Path, target: Path) -> None:
    """Give target site exactly source site's content (for a from-scratch build to compare)."""
    shutil.rmtree(target / "content")
    shutil.copytree(source / "content", target / "content")
    for path in (target / "content").rglob("*"):
        os.utime(path)


def edit_story(folder: Path, index: int, body: str) -> None:
    """Rewrite one story page's body, keeping its headline and metadata."""
    path = folder / "content" / "stories" / f"story-{index}.md"
    path.write_text(story_page(index, body=body), encoding="utf-8")


SEARCH_EXPORT = "search/"  # see site_tree


def site_tree(folder: Path) -> dict[str, str]:
    """tree() of a built site without its search export, which search_documents() compares.

    The export follows the Whoosh index's document numbers, and an index updated in place
    numbers documents differently from one built from scratch (new stories come last); the
    stories and fields it holds are what must match.
    """
    return {k: v for k, v in tree(folder / "output").items() if not k.startswith(SEARCH_EXPORT)}


def search_documents(folder: Path) -> dict[str, dict[str, object]]:
    """Every story in the site's Whoosh index: slug -> its stored fields."""
    from whoosh import index

    ix = index.open_dir(str(folder / "cache" / "search"))
    with ix.searcher() as searcher:
        return {doc["slug"]: doc for doc in searcher.all_stored_fields()}
