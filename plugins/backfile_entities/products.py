"""Products and technologies are not organisations: "Windows programs", "the Macintosh
computer", "the BitTorrent network" name things, and an archive's organisation pages should not
fill with them.

A maker is written the same way ("Microsoft software", "Intel chips"), so a name counts as a
product only when one of its mentions stands before a product noun (not as an owner:
"Comair's computer") and none shows a body: it never speaks or acts ("Microsoft said", "Sony
has", "talks with Apple"), is never introduced by a title, a role or a noun ("the firm
Sybari"), defines no acronym and has no organisation word ("Sybari Software"); "a headset called
Vision Pro" names a product whatever description follows. Acronyms,
places and people named as people keep their type.
"""

from __future__ import annotations

from .evidence import is_acronym, org_form
from .resolve import PERSON, PLACE, Entity


def is_product(entity: Entity) -> bool:
    """True for a name the story only uses as a product or a technology."""
    mentions = [loc.mention for loc in entity.mentions]
    if (entity.type == PLACE or (entity.type == PERSON and not entity.weak)
            or is_acronym(entity.name) or not any(m.product for m in mentions)):
        return False
    return not any(
        org_form(m.tokens) or m.speech or m.stance or m.titled or m.cue or m.acronym_defined
        or m.source or (m.described and not m.product) or m.alias
        for m in mentions)


def without_products(entities: list[Entity]) -> list[Entity]:
    """The story's entities less its products, and less a short form that ends a product's
    name ("XP" after "Windows XP")."""
    products = [e for e in entities if is_product(e)]
    tails = {e.name.split()[-1] for e in products if " " in e.name}
    return [e for e in entities if e not in products and e.name not in tails]
