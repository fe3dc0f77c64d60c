"""Story cards rendered once per build and address depth, then reused on every listing.

A story's card (`story_item` in theme/templates/_macros.html) appears on the front page, its
section's pages, each of its names' pages, its day, month and year pages and other stories'
"related" lists: a dozen or more renders of the same macro with the same arguments, a third of
a full build's template time. The `card` filter renders it the first time and hands back the
same Markup afterwards.

A card depends only on its story, the macro's arguments and the addresses its links are made
relative to: the page's `SITEURL` (links the template writes) and the story's own site URL
(Pelican rewrites links inside the summary against it). All of them are in the key, so a card
is reused only where rendering it again would give the same bytes; the Markup is the macro's
own output, escaped exactly as before. The cache lives on the Jinja environment, which Pelican
makes anew for every build, and the story itself is kept beside its card, so an id reused by
another object can never match.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from jinja2 import Environment, pass_context
from jinja2.runtime import Context, Macro
from markupsafe import Markup

# Cards kept per rendering process: about 1 KB each with their keys, so at most ~20 MB; a
# 10,000-story build renders ~50,000 distinct cards per process, a 50,000-story one five
# times that, which unbounded would cost the 3 GB peak-memory target its margin.
MAX_CARDS = 20_000

_Key = tuple[Any, ...]
_caches: WeakKeyDictionary[Environment, dict[_Key, tuple[Any, Markup]]] = WeakKeyDictionary()


@pass_context
def card(context: Context, macro: Macro, story: Any, *args: Any) -> Markup:
    """`{{ story_item|card(a, heading, ...) }}`: macro(a, heading, ...), rendered once per key."""
    cache = _caches.get(context.environment)
    if cache is None:
        cache = _caches[context.environment] = {}
    get_siteurl = getattr(story, "get_siteurl", None)
    key = (id(story), macro.name, args, context.get("SITEURL"),
           get_siteurl() if get_siteurl is not None else None)
    hit = cache.get(key)
    if hit is not None and hit[0] is story:
        return hit[1]
    rendered = macro(story, *args)
    if len(cache) >= MAX_CARDS:
        cache.clear()
    cache[key] = (story, rendered)
    return rendered
