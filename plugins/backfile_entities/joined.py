"""Split two names run together after an opening phrase that lost its comma.

"At La Fenice Viotti was widely acclaimed", "In Pyongyang Kim Jong-un visited a factory": the
run is a place or venue and then a person, each of which the story names on its own ("director
of La Fenice", "Conductor Marcello Viotti"). Read as one name it made a person "La Fenice
Viotti" or "Pyongyang Kim Jong-un" (which swallowed the city). A run is split only when it
follows a place preposition, its first words are a name the story uses on its own (or a place
the gazetteer knows) and never for a person, and the rest is a person: a name the story uses on
its own as a person's, or the surname of a person it names in full with a title or role noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .mentions import LOCATIVES, Mention


def _personal(m: Mention) -> bool:
    return m.titled or m.honorific or m.speech or m.personal or m.cue == "person"


def _split_at(mention: Mention, surnames: frozenset[str], alone: dict[str, list[Mention]],
              is_place: Callable[[str], bool]) -> int:
    """Where the run splits into a place and a person (0: it does not)."""
    tokens = mention.tokens
    for k in range(1, len(tokens)):
        head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
        if head in alone:
            if any(_personal(m) for m in alone[head]):
                continue
        elif not is_place(head):
            continue
        if (k == len(tokens) - 1 and tokens[-1] in surnames) or any(
                _personal(m) for m in alone.get(tail, ())):
            return k
    return 0


def split_joined(mentions: list[Mention], surnames: frozenset[str],
                 alone: dict[str, list[Mention]], is_place: Callable[[str], bool]
                 ) -> list[Mention]:
    """The paragraph's mentions with each such run replaced by its two names.
    `surnames`: last words of the story's titled or cued full person names; `alone`: every
    mention of the story by its text; `is_place`: whether the gazetteer knows a name."""
    out: list[Mention] = []
    for mention in mentions:
        k = 0
        if (len(mention.tokens) >= 2 and mention.prev in LOCATIVES
                and len(alone.get(mention.text, ())) == 1):
            k = _split_at(mention, surnames, alone, is_place)
        if not k:
            out.append(mention)
            continue
        head, tail = mention.tokens[:k], mention.tokens[k:]
        out.append(replace(mention, text=" ".join(head), tokens=head, speech=False,
                           alias=None, acronym_defined=False, source=False, actor=False,
                           stance=False, described=False, personal=False))
        out.append(replace(mention, text=" ".join(tail), tokens=tail, sentence_initial=False,
                           cue=None, titled=False, honorific=False, prev=head[-1].lower(),
                           work=False, attributive=False, venue=False))
    return out
