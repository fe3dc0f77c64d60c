"""Group one story's mentions into entities, type them and pick a display name for each.

Coreference is by name parts: "Putin" joins "Vladimir Putin", "Mr Blair" joins "Tony Blair",
"MAC" joins "Mainland Affairs Council" once "(MAC)" defined it, and "US" joins "United States".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .evidence import is_acronym, org_form, person_evidence, place_form, place_of, romaji_name
from .gazetteer import SEATS_OF_GOVERNMENT as SEATS
from .gazetteer import Gazetteer
from .lexicon import (
    ARTICLE_PARTICLES,
    CLUB_WORDS,
    CONNECTORS,
    EVENT_WORDS,
    FUNCTION_WORDS,
    NAME_TITLES,
    OPEN_WATERS,
    ORG_SUFFIXES,
    PARTY_FORMS,
    PLACE_HEADS,
    PLACE_SUFFIXES,
    PLANETS,
    TITLES,
    WORK_NOUNS,
)
from .mentions import LEADING_PARTICLES, MEDIA_WORDS, PARTICLE, Mention, acronym_matches

PERSON, PLACE, ORG = "person", "place", "organization"
ARTICLES = frozenset(["the", "a", "an"])
# Cues from the noun before a name that said what it is ("news site X"): no person by its parts.
NAMING_CUES = frozenset(["org", "place", "work"])
# Words that make a capitalised run something other than a person's name.
CUE_WORDS = (ORG_SUFFIXES | PLACE_SUFFIXES | EVENT_WORDS | FUNCTION_WORDS | TITLES | WORK_NOUNS
             | MEDIA_WORDS | frozenset(["st", "saint"]))
# Words before a city that say the story is there, not that its government acts ("in Beijing").
LOCATIVES = frozenset(
    ["in", "at", "from", "to", "near", "outside", "across", "around", "into", "via", "of", "inside"]
)


@dataclass
class Located:
    """A mention and where it sits ("title", "dateline", "lede", "body"), order, paragraph."""

    mention: Mention
    where: str
    order: int
    paragraph: int = 0   # index of its paragraph; -1 for the headline


@dataclass
class Entity:
    """One story-level entity: its mentions, type, display name and other forms."""

    name: str
    type: str
    mentions: list[Located] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    weak: bool = False   # typed by default, with no evidence: must earn its place by frequency

    @property
    def first(self) -> int:
        return min(m.order for m in self.mentions)


def _name_parts(words: tuple[str, ...]) -> list[str]:
    """Name words without joiners or titles; "Pope Francis" keeps "Pope" (it is how he is named)."""
    return [w for w in words if w.lower() not in CONNECTORS
            and (w.lower() not in TITLES or w.lower() in NAME_TITLES)]


def _people(located: list[Located], gazetteer: Gazetteer) -> dict[str, list[Located]]:
    """Full person names (two words or more, with person evidence), by surface form."""
    people: dict[str, list[Located]] = {}
    # "Mr Simpson", "Tsutsumi said": a surname used alone like a person's (or the first of two
    # names, as Ethiopian, Burmese or Chinese names are used: "Mr. Ashenafi", "Ashenafi Hailu").
    surnames = {loc.mention.tokens[-1] for loc in located if len(loc.mention.tokens) == 1
                and (loc.mention.titled or loc.mention.speech or loc.mention.personal)}
    # A name the noun before it typed ("news site Seznam Zpravy") is no person for a word of it
    # said or told ("told Seznam"); a title still says person ("broadcaster X ... Mr X said").
    titled = {loc.mention.tokens[-1] for loc in located if loc.mention.titled}
    typed = {loc.mention.text for loc in located if loc.mention.cue in NAMING_CUES
             and not titled & set(loc.mention.tokens)}
    for loc in located:
        m = loc.mention
        if len(_name_parts(m.tokens)) < 2:
            continue
        if person_evidence(m, gazetteer) >= 2 or (
            (m.tokens[-1] in surnames or (len(m.tokens) == 2 and m.tokens[0] in surnames))
            and m.text not in typed
            and not org_form(m.tokens) and not place_form(m.tokens)
            and place_of(m.text, gazetteer) is None
        ):
            people.setdefault(m.text, []).append(loc)
    # "Jong-un Kim" style duplicates are rare; a name inside a longer one joins it.
    for short in sorted(people, key=len):
        for long in people:
            if short != long and f" {short} " in f" {long} " and short in people:
                people[long].extend(people.pop(short))
                break
    return people


def _match_person(words: tuple[str, ...], people: dict[str, list[Located]],
                  surname: bool = False, surnames: frozenset[str] = frozenset()) -> str | None:
    """The full name that a surname, given name or shorter form refers to, if just one does.
    `surname`: the form is "Mr Howard"; `surnames`: the story's other "Mr X" forms. "Mr
    Howard" is not "Howard Flight" when the story calls him "Mr Flight" (but "Mr Kim" is "Kim
    Yungmin", family name first, when nobody is "Mr Yungmin")."""
    parts = _name_parts(words)
    if not parts:
        return None
    wanted = set(parts)  # (split each name once, not once per part)
    hits = [name for name in people if wanted.issubset(name.split())]
    if surname and len(parts) == 1:
        hits = [name for name in hits
                if name.split()[-1] == parts[0] or name.split()[-1] not in surnames]
    if len(hits) > 1:  # prefer the name whose last part matches: "Kim" -> "Kim Jong-un" too
        last = [name for name in hits if name.split()[-1] == parts[-1]]
        hits = last or hits[:1]
    return hits[0] if hits else None


def group(located: list[Located], gazetteer: Gazetteer, *, sport: bool = False) -> list[Entity]:
    """Merge the story's mentions into typed entities. In a sports story a town's name that is
    not where something happens ("Chelsea beat Fulham") is its club, an organisation."""
    people = _people(located, gazetteer)
    acronyms = {loc.mention.alias: loc.mention.text for loc in located
                if loc.mention.acronym_defined and loc.mention.alias}
    # In a sports report a town named anywhere as an actor ("Chelsea beat Fulham") is its club.
    # A town named as the host of an event ("Sydney will host", "the Athens marathon") is the
    # place in all its mentions.
    venues = {loc.mention.text for loc in located if loc.mention.venue}
    clubs = {loc.mention.text for loc in located if sport and loc.mention.prev not in LOCATIVES
             and loc.mention.cue != "place" and loc.mention.text not in venues}
    # "Nokia's shares", "chief executive of Nokia": a company, even if a town has its name
    # (a country or region keeps its own: "Sri Lanka's revenue").
    companies = {loc.mention.text for loc in located if loc.mention.cue == "org"
                 and loc.mention.text.lower() not in gazetteer.place_stems}
    # "Rio Tinto plc" in the story: "Rio Tinto" is the company, not the town.
    registered = {" ".join(loc.mention.tokens[:-1]) for loc in located
                  if len(loc.mention.tokens) >= 2
                  and loc.mention.tokens[-1].lower().rstrip(".") in LEGAL_SUFFIXES}
    # "Mr Wright", "Mrs Dudley": a one-word name with an honorific is a person's surname in
    # every mention of the story, even where a town has the name (a country or region keeps it).
    surnames = {loc.mention.text for loc in located if loc.mention.honorific
                and len(loc.mention.tokens) == 1
                and loc.mention.text.lower() not in gazetteer.place_stems}
    honorific_surnames = frozenset(loc.mention.text for loc in located if loc.mention.surname)
    groups: dict[tuple[str, str | None], list[Located]] = {}
    for loc in located:
        m = loc.mention
        place = None if m.text in companies or m.text in surnames else place_of(m.text, gazetteer)
        if place in gazetteer.capitals:
            place = _metonym(place, m, located, gazetteer)
        named_thing = org_form(m.tokens) or place_form(m.tokens)
        person = None if named_thing else _match_person(m.tokens, people, m.surname,
                                                         honorific_surnames)
        strong_person = person_evidence(m, gazetteer) >= 2
        party = PARTY_FORMS.get(m.text.lower())
        if party and not m.titled:  # "the Tories", "Tory": the Conservative Party
            key: tuple[str, str | None] = (party, ORG)
        elif person and (place is None or strong_person or len(m.tokens) == 1):
            key = (person, PERSON)
        elif m.text in surnames:
            key = (m.text, PERSON)
        elif m.text in registered and not m.titled:
            key = (m.text, ORG)
        elif m.text in acronyms:
            key = (acronyms[m.text], None)
        elif (place and m.text in clubs and place.lower() not in gazetteer.place_stems
              and len(m.tokens) <= 2):  # "Bath", "St Helens"
            key = (m.text, ORG)
        elif place and not m.titled and (not org_form(m.tokens) or _named_city(m.text, place)):
            key = (place, PLACE)
        else:
            key = (m.text, None)
        groups.setdefault(key, []).append(loc)
    entities = [_typed(name, kind, locs, gazetteer) for (name, kind), locs in groups.items()]
    return _merge_parts(_merge_same_name([e for e in entities if e is not None]), gazetteer,
                        sport=sport)


def _named_city(text: str, place: str) -> bool:
    """ "Mexico City", "Kansas City": the gazetteer's own name for a place whose last word is
    also a club's ("Manchester City", which no gazetteer lists, stays an organisation)."""
    return text.lower() == place.lower() and len(text.split()) >= 2


def _metonym(place: str, mention: Mention, located: list[Located], gazetteer: Gazetteer) -> str:
    """ "Pyongyang has failed", "the Kremlin said": the country, when the story names it too."""
    country = gazetteer.capitals[place]
    if place in SEATS:
        return country
    named = any(place_of(loc.mention.text, gazetteer) == country for loc in located)
    if not named:
        return place
    # The story's own use decides for all its mentions: the country if the city ever speaks or
    # deals as its state ("Beijing said", "talks with Beijing"), else the city: a city and its
    # country are different places ("in London", "London's West End", "London is").
    acts = [loc.mention.stance for loc in located if loc.mention.text == mention.text]
    return country if any(acts) else place


def _typed(name: str, kind: str | None, locs: list[Located], gazetteer: Gazetteer
           ) -> Entity | None:
    words = tuple(name.split())
    mentions = [loc.mention for loc in locs]
    weak = False
    if kind is None:
        kind = _decide(words, mentions, gazetteer)
        weak = (kind == ORG and _weak_org(words, mentions, gazetteer)) or (
            kind == PERSON and max(person_evidence(m, gazetteer) for m in mentions) == 0)
    if kind is None:
        return None
    forms = Counter(m.text for m in mentions)
    if kind == PERSON:
        names = [f for f in forms if not org_form(tuple(f.split()))] or list(forms)
        name = max(names, key=lambda f: (len(f.split()), forms[f]))
    aliases = [f for f in forms if f != name]
    if name.startswith("The ") and name[4:] not in aliases:
        aliases.append(name[4:])  # "Sunday Telegraph" for "The Sunday Telegraph"
    aliases += [m.alias for m in mentions if m.alias and m.alias not in aliases and m.alias != name]
    return Entity(name=name, type=kind, mentions=locs, aliases=aliases, weak=weak)


def _weak_org(words: tuple[str, ...], mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """An organisation only because nothing else fits: no suffix, no cue, no definition."""
    return not (org_form(words) or is_acronym(" ".join(words))
                or any(m.acronym_defined or m.cue == "org" for m in mentions))


def _decide(words: tuple[str, ...], mentions: list[Mention], gazetteer: Gazetteer) -> str | None:
    """Type of a group no name rule has placed yet, or None when it is not a name."""
    cues = Counter(m.cue for m in mentions if m.cue)
    if all(m.cue == "modifier" for m in mentions):
        # Words before a title ("Trade Secretary", "Russian President") count only if they name.
        if org_form(words) or is_acronym(" ".join(words)):
            return ORG
        return PLACE if place_of(" ".join(words), gazetteer) else None
    if org_form(words) or any(m.acronym_defined for m in mentions) or cues["org"]:
        return ORG
    if (cues["person"] and len(words) >= 2 and words[0].lower() in gazetteer.given_names
            and place_of(" ".join(words), gazetteer) is None):
        return PERSON  # "analyst Mike Lake": a title or role noun outweighs a place-like ending
    if (cues["person"] and len(words) == 1 and any(m.titled for m in mentions)
            and words[0].lower() not in gazetteer.place_stems):
        return PERSON  # "President Taft": a title before one name outweighs a small town's name
    if (place_of(" ".join(words), gazetteer) or place_form(words) or cues["place"]
            or _natural_place(words, mentions, gazetteer)):
        return PLACE
    evidence = max(person_evidence(m, gazetteer) for m in mentions)
    if (evidence >= 1 and len(words) >= 2) or evidence >= 3:
        return PERSON
    if _name_shaped(words, mentions, gazetteer):
        return PERSON
    if any(m.within and place_of(m.within, gazetteer) for m in mentions):
        return PLACE  # "at Coningsby in Lincolnshire": a place the gazetteer is too coarse for
    if is_acronym(" ".join(words)):
        return ORG
    if len(words) == 1 and all(m.sentence_initial and not m.body_role for m in mentions):
        return None  # only ever capitalised because it starts a sentence ("Ladbrokes
        # spokesman X" is a body's name there too)
    return ORG


def _natural_place(words: tuple[str, ...], mentions: list[Mention], gazetteer: Gazetteer
                   ) -> bool:
    """ "Earth", "Mars" (never speaking: "Mars said" is the confectioner; nor a given name:
    "Venus" in a tennis report), "the Mediterranean": places no gazetteer lists."""
    if len(words) != 1:
        return False
    low = words[0].lower()
    if low in PLANETS:
        return low not in gazetteer.given_names and not any(m.speech or m.source
                                                            for m in mentions)
    return low in OPEN_WATERS and any(m.prev == "the" for m in mentions)


def _name_shaped(words: tuple[str, ...], mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """ "Lleyton Hewitt", "Praful Patel": two or three capitalised words, none of them a common
    word of the story or a plural, with no sign of an organisation or place, are most often
    a person whose given name the name list lacks."""
    # (a joiner inside counts for nothing: "Ruud van Nistelrooy", "Jeroen van der Veer")
    inner = [w for k, w in enumerate(words) if not (
        0 < k < len(words) - 1 and w.islower() and w in LEADING_PARTICLES)]
    return (2 <= len(inner) <= 3 and not any(m.common_word for m in mentions)
            and inner[0].lower() not in ARTICLE_PARTICLES
            and all((w[:1].isupper() or (k > 0 and PARTICLE.match(w) is not None))
                    and not w.isupper() and w.replace("-", "").isalpha()
                    for k, w in enumerate(inner))
            and not (words[-1].endswith("s") and not words[-1].endswith("ss")
                     and not _given_surname(inner, gazetteer))  # "LeBron James", no plural
            and not any(m.prev in ARTICLES for m in mentions)  # "the Takeover Panel"
            and not any(w.lower() in CUE_WORDS for w in inner)
            # "Hirobumi Komatsu", "Rion Sumiyoshi": a romanised Japanese name keeps the
            # shape though its family name is also a town (and no list holds its given name)
            and (romaji_name(words, gazetteer)
                 or (not any(w.lower() in gazetteer.places for w in inner[:-1])
                 and (inner[-1].lower() not in gazetteer.places
                      or _given_surname(inner, gazetteer)))))


def _given_surname(words: list[str], gazetteer: Gazetteer) -> bool:
    """ "LeBron James", "Marcus Lincoln": a family name that is a given name too (most
    such names are also some town's) is a person's after a given name that names no place
    ("San Sebastian", "Stade de France", "Tods Murray" stay what they are)."""
    first = words[0]
    return (len(words) == 2 and words[-1].lower() in gazetteer.given_names
            and (first.lower() in gazetteer.given_names or INTERCAPPED.fullmatch(first) is not None)
            and first.lower() not in gazetteer.places and first.lower() not in PLACE_HEADS)


# Given names written with an inner capital: "LeBron", "DeShawn", "LaToya" (not "McCain":
# "Mc" and "Mac" start family names).
INTERCAPPED = re.compile(r"(?!Ma?c)[A-Z][a-z]{1,2}[A-Z][a-z]{2,}")


LEGAL_SUFFIXES = frozenset(["co", "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "nv"])


def _singular(entity: Entity) -> str:
    """ "Tories" and "Tory", "Liberal Democrats" and "Liberal Democrat": one organisation (the
    key two display names of one organisation share). Case is the writer's ("WorldCom" and
    "Worldcom" are one company), except in an acronym ("ICO" is not the game "Ico")."""
    name = entity.name
    if is_acronym(name):
        return name.replace(".", "") if "." in name else name  # "G.E." and "GE"
    if entity.type != ORG:
        return name.casefold()
    words = name.split()
    if len(words) >= 3:  # "Economic and Social Research Council", "Economic Social ...", "Marks
        # and Spencer", "Marks & Spencer": the joiners are the writer's choice
        name = " ".join(w for w in words if w.lower() not in ("and", "&", "the"))
    name = name.casefold()
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def _merge_same_name(entities: list[Entity]) -> list[Entity]:
    """Two groups that ended with the same display name are one entity."""
    by_name: dict[str, Entity] = {}
    for entity in sorted(entities, key=lambda e: -len(e.mentions)):
        key = _singular(entity)
        if key in by_name:
            kept = by_name[key]
            kept.mentions.extend(entity.mentions)
            kept.aliases.extend(a for a in [entity.name, *entity.aliases]
                                if a not in kept.aliases)
        else:
            by_name[key] = entity
    for entity in by_name.values():
        entity.aliases = [a for a in entity.aliases if a != entity.name]
    return list(by_name.values())


CLIPPED_MAX = 4  # a clipped first word: "Fed", "Govt" (not "Islam" for "Islamic ...")


def _merge_parts(entities: list[Entity], gazetteer: Gazetteer, *, sport: bool = False
                 ) -> list[Entity]:
    """ "Deccan" joins "Air Deccan", "Stansted" joins "Stansted Airport", "LSE" joins "London
    Stock Exchange": when just one longer organisation or place name fits (a city is not the
    paper named after it: "Los Angeles" stays apart from "Los Angeles Times"). In a sports
    report a town read as a club is the one club named after it: "Kansas City" joins "Kansas
    City Chiefs", "Buffalo" the "Buffalo Bills"."""
    longer = [e for e in entities if e.type in (ORG, PLACE) and len(e.name.split()) >= 2]
    out: list[Entity] = []
    for entity in entities:
        target = None
        if sport and entity.type == ORG and place_of(entity.name, gazetteer) is not None:
            hits = [e for e in longer if e.type == ORG and _club_of(entity.name, e)]
            target = hits[0] if len(hits) == 1 else None
        elif entity.type != PERSON and " " not in entity.name and entity.name not in [
                e.name for e in longer]:
            if is_acronym(entity.name):
                short = entity.name.replace(".", "").replace("&", "")  # "M&S": "Marks & Spencer"
                hits = [e for e in longer if short in _initials(e.name)] or [
                    e for e in longer if e.type == ORG and _corporate_tail(entity.name, e.name)]
            elif place_of(entity.name, gazetteer) is None:
                hits = [e for e in longer
                        if entity.name in (e.name.split()[0], e.name.split()[-1])]
                if not hits and entity.type == ORG and 3 <= len(entity.name) <= CLIPPED_MAX:
                    hits = [e for e in longer if e.type == ORG  # "Fed": "Federal Reserve"
                            and e.name.split()[0].startswith(entity.name)
                            and len(e.name.split()[0]) > len(entity.name) + 1]
                if not hits and _word_acronym(entity.name):  # "Icann", "Nato", "Opec"
                    hits = [e for e in longer if e.type == ORG
                            and acronym_matches(entity.name, tuple(e.name.split()))]
            else:
                hits = []
            if len(hits) > 1:  # "Lords": "House of Lords", not "Lords Campaign"
                hits = [e for e in hits if _of_tail(entity.name, e.name)] or hits
            target = hits[0] if len(hits) == 1 else None
        elif entity.type != PERSON and " " in entity.name:
            hits = [e for e in longer if e is not entity and (
                e.type == entity.type or _venue_of(entity, e)) and (
                not _head_dropped(entity.name, e.name) or _inside_sentence(e)) and (
                _abbreviates(entity.name, e.name) or _generic_tail(entity.name, e.name)
                or _owner_prefix(entity.name, e.name) or _head_dropped(entity.name, e.name))]
            target = hits[0] if len(hits) == 1 else None
        if target is None:
            out.append(entity)
            continue
        target.mentions.extend(entity.mentions)
        target.aliases.extend(a for a in [entity.name, *entity.aliases]
                              if a not in target.aliases and a != target.name)
    return out


def _club_of(town: str, club: Entity) -> bool:
    """ "Kansas City Chiefs", "Buffalo Bills", "Leicester City": the town and a team's word, a
    plural nickname or "United", "City", "Rovers"... (not an outlet, "Liverpool Echo", nor a
    person, "Johnston McEvoy"), named in full inside a sentence ("Fellow Bath" only takes in
    a sentence's first word)."""
    rest = club.name[len(town) + 1:] if club.name.startswith(town + " ") else ""
    nickname = rest.lower() in CLUB_WORDS or (
        rest.endswith("s") and not rest.endswith("ss") and rest.lower() not in CUE_WORDS)
    return (nickname and rest.isalpha() and rest[:1].isupper() and not rest.isupper()
            and _inside_sentence(club))


def _of_tail(short: str, full: str) -> bool:
    """ "House of Lords", "Bank of the South": the short name is what the institution is "of",
    the usual short form of it (where "Lords Campaign" only uses the word as a modifier)."""
    words = full.split()
    return (len(words) >= 3 and words[-1] == short
            and (words[-2] == "of" or (words[-2] == "the" and words[-3] == "of")))


def _word_acronym(name: str) -> bool:
    """ "Icann", "Nato", "Unicef": an acronym written as a word, as British news writes them."""
    return 3 <= len(name) <= 7 and name[:1].isupper() and name[1:].islower() and name.isalpha()


def _venue_of(short: Entity, full: Entity) -> bool:
    """ "La Fenice" (a company, by what it does) and "La Fenice Theatre" (a place): a venue is
    named as a body and as a site, one entity either way."""
    return (short.type == ORG and full.type == PLACE
            and full.name.split()[-1].lower() in VENUE_HEADS
            and _generic_tail(short.name, full.name))


# Kinds of site that are also run as a body ("La Fenice", "Old Trafford" hire staff and sign
# deals); not "Cinema", which ends film companies' names ("New Line Cinema").
VENUE_HEADS = frozenset(["theatre", "theater", "stadium", "arena"])


def _generic_tail(short: str, full: str) -> bool:
    """ "PC Pro" for "PC Pro Magazine": the name without its last, generic word (but "Thames
    Valley" is a place of its own, not "Thames Valley Police")."""
    if place_form(tuple(short.split())):
        return False
    return full.startswith(short + " ") and len(full.split()) == len(short.split()) + 1 and (
        full.split()[-1].lower() in ORG_SUFFIXES or full.split()[-1].lower() in PLACE_SUFFIXES)


# A company's words after its trading name: "WMC Resources", "BT Group", "HSBC Holdings" (not
# "BBC News" nor "BBC Radio": an outlet of the body is not the body).
CORPORATE_TAILS = frozenset(["group", "holdings", "resources", "corporation", "company",
                             "enterprises", "industries"])


def _corporate_tail(short: str, full: str) -> bool:
    """ "WMC" for "WMC Resources": an acronym that is a company's trading name."""
    head, _, rest = full.partition(" ")
    tail = rest.lower().rstrip(".")
    return head == short and (tail in CORPORATE_TAILS or tail in LEGAL_SUFFIXES)


def _owner_prefix(short: str, full: str) -> bool:
    """ "Radio 1" for "BBC Radio 1", "Marine Corps" for "US Marine Corps": the name without
    the acronym of its owner or country before it."""
    head, _, rest = full.partition(" ")
    return rest == short and is_acronym(head)


def _head_dropped(short: str, full: str) -> bool:
    """ "Arms Park" for "Cardiff Arms Park", "Roosevelt Hotel" for "Hollywood Roosevelt Hotel":
    a site or body named without its first words, ending in the word that says what it is
    (a party is not its local branch: "Labour Party" is not "Stevenage Labour Party")."""
    a, b = short.split(), full.split()
    head = b[:len(b) - len(a)]
    return (2 <= len(a) < len(b) and b[-len(a):] == a
            and (a[-1].lower() in PLACE_SUFFIXES or a[-1].lower() in ORG_SUFFIXES)
            and short.lower() not in PARTY_FORMS and a[-1].lower() != "party"
            and all(w.isalpha() and w[:1].isupper() and w.lower() not in CUE_WORDS
                    and w.lower() not in CONNECTORS for w in head))


def _inside_sentence(entity: Entity) -> bool:
    """Named in full somewhere other than at a sentence start ("Holders Manchester United",
    "Initially Visual Radio" take in the sentence's first word)."""
    return any(loc.mention.text == entity.name and not loc.mention.sentence_initial
               for loc in entity.mentions)


def _initials(name: str) -> tuple[str, ...]:
    """ "LSE" for "London Stock Exchange" (joiners skipped): how an undefined acronym must match;
    a looser match is only trusted when the text defines it, "Naval Strike Missiles (NSM)".
    A legal suffix may be left out: "GE" and "GEC" for "General Electric Co", "SAIC" for
    "Shanghai Automotive Industry Corp"."""
    words = [w for w in name.split() if w.lower() not in CONNECTORS]
    full = "".join(w[0] for w in words).upper()
    if len(words) > 2 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
        return full, full[:-1]
    return (full,)


def _abbreviates(short: str, full: str) -> bool:
    """ "Lib Dems" for "Liberal Democrats": word by word, each a shorter start of the other."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or short == full:
        return False
    return all(y.lower().startswith(x.lower().rstrip(".")[:3]) and len(x) <= len(y)
               for x, y in zip(a, b, strict=True))

