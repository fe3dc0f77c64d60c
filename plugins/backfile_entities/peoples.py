"""Take a people's word out of a run it was glued to: "in Czechia Poles are able" names
Czechia, and "racist abuse of Brazilian Dalbert" names Dalbert.

A run of capitalised words crosses a clause ("Czechia" ends a phrase, "Poles" starts the
next) or holds a nationality before a name the given-name list lacks ("Brazilian Dalbert"),
which the mention finder, seeing one paragraph, cannot tell from "British Airways". The story
can: the rest is a place, or a name it uses alone as a person's ("defender Dalbert").
"""

from __future__ import annotations

from dataclasses import replace

from .evidence import org_form, place_form, place_of
from .gazetteer import Gazetteer, is_demonym
from .mentions import Mention


def without_people_word(mention: Mention, gazetteer: Gazetteer,
                        people: frozenset[str]) -> Mention:
    """The mention without a leading or trailing nationality word that is no part of it.
    `people`: one-word names the story uses as a person's ("defender Dalbert", "Dalbert said")."""
    words = mention.tokens
    if len(words) < 2 or org_form(words) or place_of(mention.text, gazetteer) is not None:
        return mention
    if len(words) == 2 and words[1] in people and is_demonym(words[0], gazetteer):
        return replace(mention, text=words[1], tokens=words[1:], sentence_initial=False)
    # a people in the plural ("Poles"), not a place's own word ("Washington State")
    if words[-1].endswith("s") and not place_form(words) and is_demonym(words[-1], gazetteer):
        rest = words[:-1]
        if place_of(" ".join(rest), gazetteer) is not None:
            return replace(mention, text=" ".join(rest), tokens=rest)
    return mention
