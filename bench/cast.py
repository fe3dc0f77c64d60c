"""A synthetic cast of people, places and organisations whose fame follows Zipf's law.

Names are combined from small lists of common name parts, so they look like news names
(and exercise the tagger's cues) without being anyone in particular.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from functools import lru_cache


def _names(text: str) -> list[str]:
    return text.split()


FIRST = _names("""
James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty
Mark Sandra Paul Ashley Steven Kimberly Andrew Emily Kenneth Donna Joshua Michelle Kevin Carol
Brian Amanda George Melissa Timothy Deborah Ronald Stephanie Jason Rebecca Jeffrey Laura Ryan
Sharon Jacob Cynthia Gary Kathleen Nicholas Amy Eric Angela Wei Li Ahmed Fatima Hiroshi Yuki
Olga Ivan Priya Rahul Chen Mei Carlos Lucia Kwame Amara Sven Ingrid Pierre Amelie Hans Greta""")
LAST = _names("""
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Chen Wang Zhang Liu
Yamamoto Tanaka Kim Park Singh Patel Okafor Mensah Ivanov Petrov Muller Schmidt Dubois Moreau
Rossi Bianchi Larsen Nielsen Kowalski Novak Haddad Khan Silva Santos Costa Oliveira""")
PLACES = _names("""
London Paris Berlin Madrid Rome Lisbon Dublin Brussels Amsterdam Vienna Prague Warsaw
Budapest Athens Stockholm Oslo Helsinki Copenhagen Moscow Kyiv Istanbul Ankara Cairo Lagos Nairobi
Johannesburg Accra Addis_Ababa Dakar Tunis Beijing Shanghai Tokyo Osaka Seoul Taipei Manila Jakarta
Bangkok Hanoi Singapore Mumbai Delhi Karachi Dhaka Tehran Baghdad Riyadh Dubai Doha Jerusalem
Beirut Damascus Sydney Melbourne Auckland Toronto Montreal Vancouver Chicago Boston Houston Miami
Seattle Denver Atlanta Washington Mexico_City Bogota Lima Santiago Buenos_Aires Sao_Paulo Caracas
Havana Glasgow Edinburgh Cardiff Belfast Manchester Liverpool Leeds Birmingham Bristol Geneva
Zurich Milan Naples Barcelona Seville Porto Lyon Marseille Hamburg Munich Frankfurt Krakow""")
COUNTRIES = _names("""
France Germany Spain Italy Portugal Ireland Belgium Netherlands Austria Poland Greece
Sweden Norway Finland Denmark Russia Ukraine Turkey Egypt Nigeria Kenya Ghana Ethiopia China Japan
Taiwan Philippines Indonesia Thailand Vietnam India Pakistan Bangladesh Iran Iraq Israel Lebanon
Syria Australia Canada Mexico Brazil Argentina Chile Peru Colombia Cuba Scotland Wales""")
ORG_WORDS = _names("""
National United Central Global Royal Federal Atlantic Pacific Northern Southern Eastern
Western Metropolitan Continental Allied General Standard Union Imperial Capital Liberty Heritage
Pioneer Summit Horizon Harbour Crown Anchor Beacon Meridian Sterling Phoenix Vanguard""")
ORG_KINDS = _names("""
Bank Group Holdings Corp Ltd plc Inc Airlines Motors Energy Telecom Media Insurance
Council Ministry Commission Agency Party Association Union Foundation Institute University
Hospital FC United Authority Bureau""")
SECTIONS = ["Politics", "Business", "World", "Sport", "Technology", "Culture", "Science",
            "Health", "Environment", "Opinion"]


@dataclass(frozen=True)
class Cast:
    """Names by type, most famous first, with Zipf weights for sampling."""

    people: list[str]
    places: list[str]
    organizations: list[str]

    def pick(self, rng: random.Random, kind: str, k: int) -> list[str]:
        """Up to k distinct names of one kind, the famous ones far more often."""
        if k == 0:
            return []
        names = getattr(self, kind)
        chosen = rng.choices(names, cum_weights=_zipf_cum_weights(len(names)), k=k * 2)
        return list(dict.fromkeys(chosen))[:k]


@lru_cache(maxsize=8)
def _zipf_cum_weights(n: int, exponent: float = 1.07) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (rank ** exponent) for rank in range(1, n + 1)))


@lru_cache(maxsize=4)
def build_cast(seed: int, people: int = 6000, organizations: int = 1500) -> Cast:
    """A deterministic cast: `people` full names, every place and country, `organizations` names."""
    rng = random.Random(f"cast-{seed}")
    full_names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(full_names)
    places = [p.replace("_", " ") for p in PLACES + COUNTRIES]
    rng.shuffle(places)
    orgs = sorted({f"{a} {b}" for a in ORG_WORDS + LAST for b in ORG_KINDS})
    rng.shuffle(orgs)
    return Cast(full_names[:people], places, orgs[:organizations])
