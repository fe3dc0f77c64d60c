"""The tagger's entry point: a story's text in, its salient people, places and organisations out."""

from __future__ import annotations

import re

from backfile_ingest.model import Entities

from . import gazetteer as gz
from .evidence import event_place, is_junk, org_form, place_form, place_of
from .fiction import PLAY, TITLE
from .joined import split_joined
from .language import is_english, is_function_word
from .lexicon import FUNCTION_WORDS, SPORT_MIN_WORDS, SPORT_WORDS
from .mentions import Mention, find_mentions
from .openers import without_opener
from .peoples import without_people_word
from .products import without_products
from .resolve import ORG, PERSON, PLACE, Entity, Located, group
from .salience import select
from .surnames import join_peerage, join_surnames

# A word written in lower case in the story (not inside a web address: "amazon.co.uk" says
# nothing about "Amazon"). The look-behind is tried after the first letter, so the scan skips
# to the next lower-case letter without trying it at every character (a fifth faster).
LOWER_WORD = re.compile(
    r"([a-z](?<![\w'\u2019.-][a-z])[a-z]+)(?:['\u2019]s)?(?![\w'\u2019-]|\.\w)")


DECK_MAX_WORDS = 20
ACRONYM = re.compile(r"[A-Z]{2,6}")


def _title_case(title: str) -> bool:
    """ "Labour Plans Maternity Pay Rise", "President Taft Anxious": capitals say nothing about
    names in such a headline."""
    words = [w for w in title.split() if w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in words)
    return (len(words) >= 4 and capitals / len(words) > 0.6) or (
        len(words) == 3 and capitals == 3)


def _title_case_deck(paragraph: str) -> bool:
    """An old paper's deck kept above the text ("Executive Waits at White House for News of
    Maj. Butt."): a short line, no list in it, whose every lower-case word is a function word
    (a capital-heavy lede still has its verbs and nouns in lower case: "... met North Korean
    leader Kim Jong-un in Vladivostok"). Read like a Title Case headline."""
    if "," in paragraph:  # (most paragraphs: told before their words are split)
        return False
    words = [w.strip(".;:!?") for w in paragraph.split() if w[:1].isalpha()]
    return (3 <= len(words) <= DECK_MAX_WORDS
            and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in words))


def tag(title: str, paragraphs: list[str], *, dateline: str | None = None) -> Entities:
    """Salient entities of one story, canonical names by type, most salient first."""
    gazetteer = gz.load()
    found = candidates(title, paragraphs, dateline=dateline)
    if not is_english(paragraphs):
        found = [entity for entity in found if _known_without_prose(entity, gazetteer)]
    chosen = select(found, len(paragraphs), broad=gazetteer.continents)
    out = Entities()
    for entity in chosen:
        bucket = {PERSON: out.people, PLACE: out.places, ORG: out.organizations}[entity.type]
        bucket.append(entity.name)
        if entity.aliases:
            out.aliases[entity.name] = entity.aliases
    return out


def _known_without_prose(entity: Entity, gazetteer: gz.Gazetteer) -> bool:
    """What a story in another language still names for sure: its dateline, a place the
    gazetteer knows, a person whose first name is a known given name and no name word a
    function word ("Friedrich Merz", not "Les Sages"), an organisation written as an acronym
    ("CDU", "UGT"). Capitalised nouns and institutions written in the story's own language
    are left untagged rather than guessed."""
    words = entity.name.split()
    if entity.type == PLACE:
        return (place_of(entity.name, gazetteer) is not None
                or any(m.where == "dateline" for m in entity.mentions))
    if entity.type == PERSON:
        return (len(words) >= 2 and words[0].lower() in gazetteer.given_names
                and not any(is_function_word(w) for w in words))
    return len(words) == 1 and ACRONYM.fullmatch(entity.name) is not None


def candidates(title: str, paragraphs: list[str], *, dateline: str | None = None
               ) -> list[Entity]:
    """Every typed entity the story names, before salience picks the few it is about."""
    gazetteer = gz.load()
    lowercase_words = frozenset(LOWER_WORD.findall(" ".join([title, *paragraphs])))
    located: list[Located] = []
    junk_acronyms: set[str] = set()   # "NSM" when "Naval Strike Missiles (NSM)" is not a name
    order = 0

    paragraph_mentions = [find_mentions(paragraph) for paragraph in paragraphs]
    headline = find_mentions(title) if title else []
    # Names the story gives on their own, headline included ("Berlin celebrates ..." over a
    # story on the "Berlin Film Festival": the festival's city is part of the story).
    named = {m.text for mentions in [*paragraph_mentions, headline] for m in mentions}
    surnames = frozenset(m.tokens[-1] for mentions in paragraph_mentions for m in mentions
                         if len(m.tokens) >= 2 and (m.titled or m.cue == "person"))

    # "At La Fenice Viotti was": the venue and the surname, run together.
    alone: dict[str, list[Mention]] = {}
    for mentions in paragraph_mentions:
        for m in mentions:
            alone.setdefault(m.text, []).append(m)
    paragraph_mentions = [
        split_joined(mentions, surnames, alone, lambda name: place_of(name, gazetteer) is not None
                     and name.split()[0].lower() not in gazetteer.given_names)  # not "David"
        for mentions in paragraph_mentions]

    # "defender Dalbert", "Dalbert said": one-word names used as a person's.
    people = frozenset(m.text for mentions in paragraph_mentions for m in mentions
                       if len(m.tokens) == 1 and (m.titled or m.cue == "person" or m.speech
                                                  or m.personal))
    sport = len(SPORT_WORDS & lowercase_words) >= SPORT_MIN_WORDS

    def add(mentions: list[Mention], where: str, paragraph: int) -> None:
        nonlocal order
        for mention in mentions:
            mention = without_people_word(without_opener(mention, gazetteer), gazetteer, people)
            held = event_place(mention, gazetteer)
            if held is not None and held.text in named:
                mention = held  # "Qatar Open" in a story that names Qatar on its own too
            if mention.term or _fiction(mention, sport, gazetteer):
                junk_acronyms.add(mention.text)  # every mention of a title or character goes
                # (and of a term: "GDP" after "gross domestic product (GDP)")
            elif not is_junk(mention, lowercase_words, gazetteer, surnames):
                located.append(Located(mention, where, order, paragraph))
            elif mention.acronym_defined and mention.alias:
                junk_acronyms.add(mention.alias)
            elif mention.work:
                junk_acronyms.add(mention.text)  # "The Aviator" once: "Aviator" is a title
            order += 1

    # "Frankfurt/Main", "Halle/Saale": the city, then its river or region (none in "/")
    place = (dateline or "").strip().split("/")[0].strip().title()
    if place:
        add([Mention(place, tuple(place.split()), False, cue="place")], "dateline", 0)
    decks = [i for i, paragraph in enumerate(paragraphs) if _title_case_deck(paragraph)]
    for i, mentions in enumerate(paragraph_mentions):
        if i not in decks:
            add(mentions, "lede" if i == 0 else "body", i)
    body = list(located)
    known = {loc.mention.text for loc in body}
    for i in decks:  # only the names the text names too
        add([m for m in paragraph_mentions[i] if m.text in known], "body", i)
    if _title_case(title):
        headline = [m for m in headline if m.text in known]
    add(headline, "title", -1)
    located = [loc for loc in located if loc.mention.text not in junk_acronyms]
    return without_products(join_peerage(join_surnames(group(located, gazetteer, sport=sport),
                                                       gazetteer)))


def _fiction(mention: Mention, sport: bool, gazetteer: gz.Gazetteer) -> bool:
    """A work or a fictional character by its context (see fiction.py); a name that is a
    place or says organisation by its own words ("Parliament", "The Times") stays."""
    if mention.fiction is None or (mention.fiction == PLAY and sport):
        return False
    return (mention.fiction == TITLE or mention.fiction == PLAY) and not (
        org_form(mention.tokens) or place_form(mention.tokens)
        or place_of(mention.text, gazetteer) is not None)
