"""The build-time pass: consistent names across the archive, then the editor's overrides.

Runs on Pelican's `article_generator_pretaxonomy` signal, after every story page is read and
before tag pages are made. It reads People/Places/Organizations/Aliases from each page's header
(what the ingest wrote, or the editor's hand edit), canonicalises across all stories (canon.py),
applies content/entities.toml (overrides.py) and sets on each article:

- `tags`: Pelican Tag objects, one entity page each (entities/{slug}.html);
- `people`, `places`, `organizations`, `aliases`: the canonical header strings, in metadata and
  as attributes, in the page-header format (metadata.py), for the theme to read;
- `entity_aliases`: canonical name -> other forms seen (a dict).

It also puts `ENTITY_TYPES` (name -> type) and `ENTITY_ALIASES` (name -> forms, archive-wide)
into the template context, so entity pages can group by type and show aliases such as CJK forms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.urlwrappers import Tag

from . import canon, overrides
from .metadata import format_aliases, format_list, from_metadata

OVERRIDES_SETTING = "BACKFILE_ENTITY_OVERRIDES"
OVERRIDES_DEFAULT = "entities.toml"   # relative to the content folder (PATH)


def overrides_path(settings: dict[str, Any]) -> Path:
    configured = settings.get(OVERRIDES_SETTING) or OVERRIDES_DEFAULT
    path = Path(configured)
    return path if path.is_absolute() else Path(settings["PATH"]) / path


SOURCE_KEYS = ("people", "places", "organizations", "aliases")


def _source(article: Any) -> dict[str, Any]:
    """The entity header as read from the page, kept on the article: Pelican caches articles
    after this pass, so a cached article's metadata already holds the archive-wide names; an
    incremental build must start from what the page says, as a fresh build does."""
    source = getattr(article, "entities_source", None)
    if source is None:
        source = {key: article.metadata.get(key) for key in SOURCE_KEYS}
        article.entities_source = source
    return source


def apply_to_generator(generator: Any) -> None:
    """Rewrite every article's entity tags; see the module docstring."""
    settings = generator.settings
    articles = [*generator.articles, *generator.translations, *generator.hidden_articles,
                *generator.hidden_translations, *generator.drafts,
                *generator.drafts_translations]
    stories = [from_metadata(_source(a)) for a in articles]
    if not any(s.tags for s in stories):
        return  # no entity metadata: leave Pelican's own tags alone
    rules = overrides.load(overrides_path(settings))
    resolved = [overrides.apply(e, rules) for e in canon.canonicalise(stories)]
    types: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    tags: dict[str, Tag] = {}

    def tag(name: str) -> Tag:
        found = tags.get(name)  # not setdefault: it would build a Tag for every mention
        if found is None:
            found = tags[name] = Tag(name, settings)
        return found

    for article, entities in zip(articles, resolved, strict=True):
        for kind, names in (("person", entities.people), ("place", entities.places),
                            ("organization", entities.organizations)):
            for name in names:
                types.setdefault(name, kind)
        for name, forms in entities.aliases.items():
            known = aliases.setdefault(name, [])
            known.extend(f for f in forms if f not in known)
        fields = {"people": format_list(entities.people), "places": format_list(entities.places),
                  "organizations": format_list(entities.organizations),
                  "aliases": format_aliases(entities.aliases)}
        for key, value in fields.items():
            article.metadata[key] = value
            setattr(article, key, value)
        article.tags = [tag(n) for n in entities.tags]
        article.metadata["tags"] = article.tags
        article.entity_aliases = entities.aliases
    generator.context["ENTITY_TYPES"] = types
    generator.context["ENTITY_ALIASES"] = aliases
