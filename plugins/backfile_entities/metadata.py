"""How entities are written into a story page's header and read back.

Lists are "; "-separated and always contain ";" (a single item gets a trailing ";"), so Pelican
never splits a name on its comma. Aliases are one item per entity: the canonical name, " = ",
then its other forms separated by " | ":

    Aliases: Chiu Chui-cheng = Chiu | 邱垂正; Mainland Affairs Council = MAC;
"""

from __future__ import annotations

from backfile_ingest.model import Entities

ALIAS_SEP = " = "
FORM_SEP = " | "
TYPE_KEYS = {"people": "person", "places": "place", "organizations": "organization"}


def format_list(names: list[str]) -> str:
    return "; ".join(names) + ";" if names else ""


def parse_list(value: object) -> list[str]:
    """A header list back into names; accepts what Pelican hands over (str or list)."""
    items = value if isinstance(value, list) else str(value or "").split(";")
    return list(dict.fromkeys(str(i).strip() for i in items if str(i).strip()))


def format_aliases(aliases: dict[str, list[str]]) -> str:
    items = [name + ALIAS_SEP + FORM_SEP.join(forms) for name, forms in aliases.items() if forms]
    return format_list(items)


def parse_aliases(value: object) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in parse_list(value):
        name, _, forms = item.partition(ALIAS_SEP.strip())
        name = name.strip()
        if name:
            out[name] = [f.strip() for f in forms.split(FORM_SEP.strip()) if f.strip()]
    return out


def header_fields(entities: Entities) -> dict[str, str]:
    """The header keys the ingest writes for a story (empty lists are left out)."""
    fields = {
        "People": format_list(entities.people),
        "Places": format_list(entities.places),
        "Organizations": format_list(entities.organizations),
        "Tags": format_list(entities.tags),
        "Aliases": format_aliases(entities.aliases),
    }
    return {key: value for key, value in fields.items() if value}


def from_metadata(metadata: dict[str, object]) -> Entities:
    """Entities from a page's (lowercased) metadata, as Pelican read it."""
    return Entities(
        people=parse_list(metadata.get("people")),
        places=parse_list(metadata.get("places")),
        organizations=parse_list(metadata.get("organizations")),
        aliases=parse_aliases(metadata.get("aliases")),
    )
