"""Each story's own part of its page fingerprint, kept from one build to the next.

A story page's fingerprint (skip.py) counts its text and plain attributes (title, date, slug,
summary...), which Pelican and the plugins make from the story's file and the settings, and
the objects attached to it (its view of the archive: neighbours, related stories, entities),
which any other story can change. Describing the first part again for each of 10,000 unchanged
stories was much of an everyday rebuild's fingerprinting; it is kept here by the file's stamp
(modification time and size) and its text's digest, for one settings-and-plugins digest: a
story whose stamp and text are unchanged keeps its own part, and only what is attached to it
is described again.

Contract for plugins: an attribute of plain type (str, number, date, None) on a story, and one
Pelican read from its file's metadata that holds no tag, section or story, is made from its
file and the settings; anything that depends on the rest of the archive is attached as an
object (a dataclass, a list), which is described on every build.
"""

from __future__ import annotations

from importlib.metadata import version


class OwnParts:
    """source path -> (stamp, own part): last build's, and this build's as it is computed."""

    def __init__(self, stored: tuple[str, dict[str, tuple[str, str]]], salt: str) -> None:
        self.salt = f"{salt}:{version('pelican')}"  # Pelican makes the attributes too
        self.previous = stored[1] if stored[0] == self.salt else {}
        self.current: dict[str, tuple[str, str]] = {}

    def get(self, source: str, stamp: str) -> str | None:
        """The own part kept for this file at this stamp, if any."""
        found = self.current.get(source) or self.previous.get(source)
        if found is None or found[0] != stamp or stamp.startswith("?"):
            return None
        self.current[source] = found
        return found[1]

    def put(self, source: str, stamp: str, own: str) -> None:
        self.current[source] = (stamp, own)

    def stored(self) -> tuple[str, dict[str, tuple[str, str]]]:
        """What to keep for the next build: the parts of the stories this build saw."""
        return self.salt, self.current
