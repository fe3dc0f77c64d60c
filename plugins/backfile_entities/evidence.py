"""What one mention says about its own type, before the story's mentions are grouped."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, is_demonym
from .lexicon import (
    ARTICLE_PARTICLES,
    CAPITALS_LEAD_IN,
    COMMON_ACRONYMS,
    EVENT_WORDS,
    FUNCTION_WORDS,
    NAME_TITLES,
    ORG_CORE_WORDS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTY_FORMS,
    PLACE_HEADS,
    PLACE_SUFFIXES,
    SITE_HEADS,
    SKIP_WORDS_EXTRA,
    STATION_HEADS,
    STORM_WORDS,
    THING_HEADS,
    TITLES,
    UNITS,
)
from .mentions import CJK, INITIALS, LETTERS_AND_NUMBER, Mention

ACRONYM_MAX = 7
CROWN_WORDS = frozenset(["royal"])
# A word made only of Hepburn syllables ("Hirobumi", "Komatsu", "Rion", "Sumiyoshi"): a
# romanised Japanese name, whose given names no name list holds in full and whose family names
# are often also towns or companies ("Komatsu", "Honda").
ROMAJI_WORD = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrwyjf])?[aiueo]n?|n)+(?<!n)n?", re.IGNORECASE)
ROMAJI_MIN_LETTERS = 3



def is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= ACRONYM_MAX and letters.isalpha() and letters.isupper()


def place_of(text: str, gazetteer: Gazetteer) -> str | None:
    """The canonical place a surface form names, if the gazetteer knows it."""
    if text in gazetteer.state_codes:  # "NSW", "Qld": by exact form ("the Act" is a law)
        return gazetteer.state_codes[text]
    low = text.lower()
    if low.startswith("the "):
        low = low[4:]
    return gazetteer.places.get(low)


def _plural_title(word: str) -> bool:
    """ "governors", "senators": a title's plural names a group, not someone ("Lords", "Kings"
    may name a body or a club, so titles that are part of a name are left out)."""
    return word.endswith("s") and word[:-1] in TITLES and word[:-1] not in NAME_TITLES


# Laws are named in the singular ("Mental Capacity Bill"): "the Buffalo Bills" is a team.
LAW_WORDS = frozenset(["bill", "act"])


def is_junk(mention: Mention, lowercase_words: frozenset[str], gazetteer: Gazetteer,
            surnames: frozenset[str] = frozenset()) -> bool:
    """Bare titles, generic words, demonyms and common words that happen to be capitalised.
    `surnames`: last words of the story's titled or cued person names ("champion Marat Safin"),
    which stay names even when they look like a demonym ("Safin", as if of Safi)."""
    words = mention.tokens
    mention.common_tail = _common_noun(words[-1].lower(), lowercase_words)
    mention.common_word = mention.common_tail or any(  # (not a joiner: "Osama bin Laden")
        _common_noun(w.lower(), lowercase_words) for w in words[:-1] if not w.islower())
    lows = [w.lower() for w in words]
    if all(w in TITLES or w in SKIP_WORDS_EXTRA or _plural_title(w) for w in lows):
        return True  # "President", "Photo"; "Governors", "Senators" as a plural common noun
    if len(words) == 1:
        low = lows[0]
        if words[0] in gazetteer.state_codes:
            return False  # "ACT" (a state's code), though "Act" would be a law: an event word
        if low in COMMON_ACRONYMS or _acronym_plural(words[0]):
            return True  # "TV", "MPs"
        if low in UNITS and mention.prev.replace(",", "").replace(".", "").isdigit():
            return True  # "40 GB": a unit after a number
        if low in FUNCTION_WORDS and (not is_acronym(words[0]) or (
                mention.sentence_initial and low in CAPITALS_LEAD_IN)):
            return True  # "However", and a newspaper's capitals lead-in: "THE council voted"
        if ((low in ORG_SUFFIXES or low in PLACE_SUFFIXES) and not is_acronym(words[0])
                and low not in PARTY_FORMS):  # "Conservatives" is a party
            return True
        if len(low) < 2 or (any(ch.isdigit() for ch in low)
                            and not LETTERS_AND_NUMBER.fullmatch(words[0])):
            return True  # "3G", "2004"; not "G7", "ITV1"
    # (a given name after a title or a role noun makes it a surname: "publicist Wendy Day",
    # not "best supporting actress Academy Award")
    if (lows[-1] in EVENT_WORDS or (lows[-1].endswith("s") and lows[-1][:-1] in EVENT_WORDS
                                    and lows[-1][:-1] not in LAW_WORDS)) \
            and not (len(words) >= 2 and (mention.titled or mention.cue == "person")
                     and lows[0] in gazetteer.given_names):
        return True  # "Athens Olympics", "Golden Globe", "Mental Capacity Bill", "Grand Slams"
    if len(words) >= 2 and (lows[0] in STORM_WORDS or (
            lows[0] == "series" and len(words) == 2 and len(words[1]) == 1)):
        return True  # "Typhoon Kristine": a storm; "Series B": a funding round
    if (len(words) >= 2 and lows[-1] in THING_HEADS and not (mention.titled or mention.cue)
            and not (len(words) == 2 and lows[0] in gazetteer.given_names)):
        return True  # "James Webb Space Telescope", "Mars Reconnaissance Orbiter": a thing
    if mention.work and not org_form(words) and place_of("the " + mention.text, gazetteer) is None \
            and person_evidence(mention, gazetteer) < 2:
        return True  # "The Aviator", "The Polar Express": a title, not a name
    if (len(words) > 1 and mention.common_tail and not org_form(words)
            and not place_form(words) and place_of(mention.text, gazetteer) is None
            and person_evidence(mention, gazetteer) < 2 and mention.cue != "org"):
        return True  # "Naval Strike Missiles", "Film Festival": a capitalised common noun
        # (but "Dutch firm Tulip Computers": a noun before it says it is a body)
    # (a place by its own words and its context keeps its last word: "Washington State")
    site = mention.cue == "place" and place_form(words)
    # "Royal Scots", "Royal Irish": the Crown's word before a people names a regiment or body
    crown = len(words) == 2 and lows[0] in CROWN_WORDS
    if words[-1] not in surnames and not crown and (is_demonym(mention.text, gazetteer) or (
            is_demonym(words[-1], gazetteer) and not site)):
        return place_of(mention.text, gazetteer) is None
    if (len(words) == 1 and mention.sentence_initial and lows[0].endswith("s")
            and lows[0][:-1] in PLACE_SUFFIXES and not (
                mention.cue or mention.speech or mention.honorific or mention.personal)):
        return True  # "Rivers burst their banks": a plural kind of place (not Rivers State)
    # "Spy satellites ..." at a sentence start: the word also occurs in lower case.
    if (len(words) == 1 and not is_acronym(words[0]) and not mention.honorific
            and lows[0] in lowercase_words and place_of(words[0], gazetteer) is None):
        return True
    return bool(any(CJK.search(w) for w in words))


def _acronym_plural(word: str) -> bool:
    """ "MPs", "PCs": an acronym with a lower-case plural "s". An all-capitals one ending in S
    is a name of its own ("NHS", "EDS", "RBS", "CBS"): news never writes a plural that way."""
    return word.endswith("s") and is_acronym(word[:-1])


def event_place(mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """ "Qatar Open", "Athens Olympics", "Berlin Film Festival": an event named after the place
    where it is held (the longest leading place name); the place is part of the story even
    though the event is not an entity."""
    words = mention.tokens
    if len(words) < 2 or words[-1].lower() not in EVENT_WORDS:
        return None
    for k in range(len(words) - 1, 0, -1):
        place = " ".join(words[:k])
        if place_of(place, gazetteer) is not None:
            return Mention(place, words[:k], mention.sentence_initial, cue="place",
                           prev=mention.prev, venue=True)  # holds the event: not a club
    return None


def _common_noun(low: str, lowercase_words: frozenset[str]) -> bool:
    """The word, or its singular or plural, also occurs in lower case in the story."""
    return (low in lowercase_words or low + "s" in lowercase_words
            or (low.endswith("s") and low[:-1] in lowercase_words))


def person_evidence(mention: Mention, gazetteer: Gazetteer) -> int:
    """How strongly the mention itself says "person" (0 = not at all)."""
    words = mention.tokens
    if mention.titled or mention.cue == "person":
        return 3
    if (mention.cue == "people" and len(words) >= 2 and place_of(mention.text, gazetteer) is None
            and not org_form(words)):
        return 2  # one of a group of people ("champions South Africa" is a team)
    if mention.cue in ("org", "place", "work"):
        return 0  # "news outlet RIA Novosti": the noun before it said what it is
    if mention.prev == "the" and not mention.attributive:
        # "the Royal Highland Fusiliers and", "the Coral Consortium,": a body's name (a person
        # only takes "the" as a modifier: "the Ray Charles biopic")
        return 0
    if mention.personal and mention.cue is None:
        return 3  # "McAdoo was fired", "Ndlovu died"
    if len(words) >= 2 and place_of(mention.text, gazetteer) is None and not org_form(words):
        if (words[0].lower() in gazetteer.given_names and not words[0].isupper()
                and words[0].lower() not in ARTICLE_PARTICLES
                and words[0].lower() not in CROWN_WORDS  # "Royal Scots": a regiment
                and not is_demonym(words[0], gazetteer)
                and not words[-1].isupper()
                and not place_form(words)):
            # "Go Digital", "Marshall Plan": a given name before a common noun is weaker.
            return 1 if mention.common_tail else 2
        if len(words) <= 3 and "-" in words[-1] and words[-1].split("-", 1)[1][:1].islower():
            return 2  # "Kim Jong-un", "Chiu Chui-cheng": romanised East Asian given names
        if (all(INITIALS.fullmatch(w) for w in words[:-1]) and words[-1].isalpha()
                and not words[-1].isupper()
                and not any(place_of(w, gazetteer) for w in words[:-1])):
            return 2  # "J.K. Rowling", "H. G. Wells"; not "U.S. Treasury": a place's initials
    return 0


def romaji_name(words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Given and family name, both romanised Japanese, the given name no place or common
    capitalised word ("Tokyo Sumiyoshi", "Kobe Osaka" are no one)."""
    return (len(words) == 2 and words[0].lower() not in gazetteer.places
            and words[0].lower() not in FUNCTION_WORDS and words[0].lower() not in TITLES
            and all(len(w) >= ROMAJI_MIN_LETTERS and w[:1].isupper() and w[1:].islower()
                    and ROMAJI_WORD.fullmatch(w) for w in words))


def org_form(words: tuple[str, ...]) -> bool:
    """ "Mainland Affairs Council", "Bank of England": the words themselves say organisation."""
    last = words[-1].lower().rstrip(".")
    if last in ORG_SUFFIXES or (last + ".") in ORG_SUFFIXES:
        return True
    if "&" in words and all(len(w) > 1 for w in words if w != "&"):
        return True  # "Marks & Spencer", not "R & B"
    if len(words) >= 3 and any(w.lower() in ORG_CORE_WORDS for w in words[:-1]):
        return True  # "Royal Academy of Arts", "Bank of England"
    return len(words) >= 3 and words[0].lower() in ORG_HEADS and words[1].lower() == "of"


def place_form(words: tuple[str, ...]) -> bool:
    """ "Luzon Strait", "Gulf of Mexico": the words themselves say place."""
    if len(words) >= 2 and words[-1].lower() in PLACE_SUFFIXES:
        return True
    if len(words) == 2 and words[0].lower() in STATION_HEADS:
        return True  # "RAF Coningsby": an air station
    of = words.index("of") if "of" in words[1:-1] else 0
    # "Gulf of Mexico", "Isle of Man"; a site: "Hollywood Walk of Fame", "Statue of Liberty"
    return of > 0 and ((words[0].lower() in PLACE_HEADS and of == 1)
                       or words[of - 1].lower() in SITE_HEADS)
