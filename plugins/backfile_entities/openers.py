"""Drop a sentence's capitalised first word from the name after it ("Injured Rio Ferdinand",
"Rival Sony", "Eventually Asimo").

A run of capitalised words at a sentence start takes in the sentence's first word, which is
capitalised only because it starts the sentence. When that word has the shape of an adverb or
participle ("-ly", "-ing", "-ed") and the rest is a name, the rest is the name. (A common word
of the story in general is not enough: "Athletics Kenya", "Universities Scotland" and
"Migration Watch" start with one.) Names whose own words say what
they are ("General Motors", "Downing Street", "Evening Standard") and given names ("Kelly
Holmes", "Will Young") keep their first word.
"""

from __future__ import annotations

from dataclasses import replace

from .evidence import is_acronym, org_form, place_form, place_of
from .gazetteer import Gazetteer
from .lexicon import FUNCTION_WORDS, ORG_SUFFIXES, PARTY_FORMS, PLACE_SUFFIXES
from .mentions import MEDIA_WORDS, Mention

OPENER_ENDINGS = ("ly", "ing", "ed")


def _opener(word: str, gazetteer: Gazetteer) -> bool:
    """A sentence's first word that is no part of a name: an adverb or participle, and no
    given name, place or body's word ("Kelly", "Reading", "United")."""
    low = word.lower()
    if not word.isalpha() or is_acronym(word) or low in gazetteer.given_names:
        return False
    if low in ORG_SUFFIXES or low in PLACE_SUFFIXES or low in gazetteer.places:
        return False
    return len(low) > 4 and low.endswith(OPENER_ENDINGS)


def without_opener(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """The mention without its sentence-opening word, when that word is no part of the name."""
    words = mention.tokens
    if (not mention.sentence_initial or len(words) < 2 or mention.titled
            or not words[1][:1].isupper() or words[1].lower() in FUNCTION_WORDS):
        return mention
    if (org_form(words) or place_form(words) or place_of(mention.text, gazetteer) is not None
            or mention.text.lower() in PARTY_FORMS or words[-1].lower() in MEDIA_WORDS):
        return mention
    if not _opener(words[0], gazetteer):
        return mention
    rest = words[1:]
    return replace(mention, text=" ".join(rest), tokens=rest, sentence_initial=False)
