"""The archive's stories in dump order, read from the ingest cache only when needed."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from .cache import Brief
from .model import Entities, Story


class ArchiveStories(Sequence[Story]):
    """Every story of the archive in dump order, each with its brief (see `cache.Brief`).

    The stories of a dump whose brief came from the cache are read back from its cached result
    only when one of them is asked for (`[i]`); the archive-wide steps (tags, slugs, which pages
    to write) work on the briefs, with each story's slug and tags kept here until it is read.
    """

    def __init__(self) -> None:
        self._stories: list[Story | None] = []
        self.briefs: list[Brief] = []
        self.slugs: list[str] = []
        self.entities: dict[int, Entities] = {}
        # a story not read yet -> its dump's first story, how many it has, and their reader
        self._pending: dict[int, tuple[int, int, Callable[[], list[Story]]]] = {}

    def add(self, stories: list[Story], briefs: list[Brief]) -> None:
        self._stories.extend(stories)
        self.briefs.extend(briefs)

    def add_later(self, briefs: list[Brief], load: Callable[[], list[Story]]) -> None:
        """A dump's stories, read by `load` when one of them is first asked for."""
        first = len(self._stories)
        self._stories.extend([None] * len(briefs))
        self.briefs.extend(briefs)
        for index in range(first, first + len(briefs)):
            self._pending[index] = (first, len(briefs), load)

    def set_entities(self, index: int, entities: Entities) -> None:
        self.entities[index] = entities
        if (story := self._stories[index]) is not None:
            story.entities = entities

    def set_slugs(self, slugs: list[str]) -> None:
        self.slugs = slugs
        for story, slug in zip(self._stories, slugs, strict=True):
            if story is not None:
                story.slug = slug

    def __len__(self) -> int:
        return len(self._stories)

    def __getitem__(self, index: int) -> Story:  # type: ignore[override]
        story = self._stories[index]
        if story is None:
            first, count, load = self._pending[index]
            stories = load()
            if len(stories) != count:
                raise RuntimeError("a cached dump no longer matches its brief")
            for at, loaded in enumerate(stories, start=first):
                self._pending.pop(at)
                if at < len(self.slugs):
                    loaded.slug = self.slugs[at]
                if at in self.entities:
                    loaded.entities = self.entities[at]
                self._stories[at] = loaded
            story = self._stories[index]
            assert story is not None
        return story

    def __iter__(self) -> Iterator[Story]:
        return (self[i] for i in range(len(self)))


    def slug_and_entities(self, index: int) -> tuple[str, Entities]:
        """What a story's page is named and tagged with, without reading the story."""
        story = self._stories[index]
        if story is not None:
            return story.slug, story.entities
        return self.slugs[index], self.entities.get(index) or Entities()
