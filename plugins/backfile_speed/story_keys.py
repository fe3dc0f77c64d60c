"""Story page keys kept from one build to the next while nothing the page links to changed.

An everyday rebuild (a dump of 20 added, one story edited) leaves almost every story page as it
was, but skip.py used to find that out by describing each page again: its own story, and its
view of the archive (neighbours, related stories, entity groups), written out link by link.
That was most of the write phase's work (about 1 CPU s of every 10,000-story rebuild).

Instead, each story page's key is stored with a signature: a digest of everything the key is
made of, except that the stories and tags its view links to count only by their names (the
story's source path, the tag's name), which the view lists as plain tuples
(`StoryView.__signature__`). Before the write phase forks, every story's card (its file's
stamp and its tags' names) and every tag's description are worked out once and compared with
last build's; a page whose signature is unchanged and whose linked stories and tags all describe
themselves as last build keeps last build's key without being described. Anything else (a
changed signature, a linked story or tag that changed, was added or is ambiguous) is described
in full as before.
"""

from __future__ import annotations

from collections.abc import Iterable

Stored = tuple[str, dict[str, tuple[str, str]], dict[str, str], dict[str, str]]


class StoryKeys:
    """Last build's story page keys and linked descriptions, and this build's."""

    def __init__(self, stored: Stored | None, salt: str) -> None:
        self.salt = salt
        if stored is None or stored[0] != salt:
            stored = (salt, {}, {}, {})
        _, self.previous, self._previous_cards, self._previous_tags = stored
        self.current: dict[str, tuple[str, str]] = {}  # page name -> (signature, key)
        self._cards: dict[str, str] = {}
        self._tags: dict[str, str] = {}
        self._clean_stories: frozenset[str] = frozenset()
        self._clean_tags: frozenset[str] = frozenset()
        self.ready = False
        self.kept_count = 0  # pages that kept their key undescribed (the build's summary line)

    def note_links(self, cards: dict[str, str], tags: dict[str, str | None]) -> None:
        """This build's card of every story and description of every tag (None: a name two
        tags share), and so which of them are as they were last build."""
        self._cards = cards
        self._tags = {name: text for name, text in tags.items() if text is not None}
        self._clean_stories = frozenset(
            s for s, card in cards.items() if self._previous_cards.get(s) == card)
        self._clean_tags = frozenset(
            n for n, text in self._tags.items() if self._previous_tags.get(n) == text)
        self.ready = True

    def kept(self, name: str, signature: str, tags: Iterable[str],
             stories: Iterable[str]) -> str | None:
        """Last build's key for the page, if its signature and everything it links to are
        unchanged; None if it must be described."""
        found = self.previous.get(name)
        if (found is None or found[0] != signature or not self._clean_tags.issuperset(tags)
                or not self._clean_stories.issuperset(stories)):
            return None
        self.kept_count += 1
        return found[1]

    def put(self, name: str, signature: str, key: str) -> None:
        self.current[name] = (signature, key)

    def stored(self) -> Stored:
        """What to keep for the next build (only once the links were noted: a build that wrote
        no page keeps nothing, and the next one describes every page)."""
        if not self.ready:
            return (self.salt, {}, {}, {})
        return (self.salt, self.current, self._cards, self._tags)
