"""Skip rendering a page whose inputs did not change since the last build.

Comparing output bytes saves the upload but not the Jinja rendering. So before each write call
we fingerprint what the page is made from: the theme's templates, the settings, the output
name, and the values of exactly the variables its template (with everything it extends,
includes or imports) refers to, found with `jinja2.meta`. A page's own story is fingerprinted
by its source file stamp, its rendered HTML and its other attributes (so data a plugin
attaches, e.g. related stories, counts too); a story in a list or inside another's data by its
file and its tags' names (listings show a story's own fields, and feeds its entity names, which
the archive-wide entity pass and the editor's overrides set); lists, dicts and taxonomy objects
by their items; dataclasses by their fields, except a field declared with
`metadata={"fingerprint": False}` (bookkeeping no template shows, such as a story's position in
a list, which every added story shifts). If the fingerprint equals the last build's and the
files that call produced are still there, the call is skipped. A paginated call whose
fingerprint changed is fingerprinted again page by page (writer.py): a listing page counts by
its own stories and by which stories, in which order, the whole listing holds, so editing one
story re-renders the one listing page that shows it. An object may say what it is made of with
a `__fingerprint__()` method (backfile_archive's stable listing pages: a numbered page by its
own stories and neighbours, the front page by the whole listing). A template's `{% if
<list>_page.front %}` branches are read apart: a numbered page's key counts only what its
branch reads, so the live facts a front page shows (counts, the latest story) do not re-render
every older page when a story is added.

Anything we cannot fingerprint stably (an unknown object, a template with a dynamic include)
makes that page render every time: a miss costs time, never correctness.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import pickle
import re
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from jinja2 import meta, nodes
from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper

from backfile_speed.own_parts import OwnParts
from backfile_speed.story_keys import StoryKeys

CACHE_FILE = "backfile_pages.pickle"
MAX_DEPTH = 4  # nesting followed in full: story -> related story views -> their fields
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")  # object reprs: differ on every run
_SKIPPED_ATTRIBUTES = {"settings", "_context", "_content", "metadata", "_summary"}
# Settings left out of every page's key: OUTPUT_PATH, a new staging folder each build;
# DEFAULT_CONFIG, Pelican's defaults, which name the folder Pelican is installed in (the same
# site built with another virtualenv's Python re-rendered every page). A template that reads
# either still counts it, as one of the variables it uses.
_UNKEYED = frozenset({"OUTPUT_PATH", "DEFAULT_CONFIG"})
_WRAPPER_OWN = {"settings", "_name", "_slug", "_slug_from_name"}  # a URLWrapper's own state
_WRAPPER_BARE = _WRAPPER_OWN | {"name", "slug"}  # nothing attached but its frozen name, slug
# A dataclass field with metadata={"fingerprint": "listing"} is derived from the stories its
# owner lists (an entity's count, first and last story): counted where the owner is listed as
# an item, but not where it is attached to a tag or section whose pages are keyed by their own
# listing (see StablePage.__fingerprint__).
LISTING = "listing"
Variant = str | None  # "front", "frozen" (a stable listing's page) or None (any other call)
# Keyword arguments of a write call that shape the output even when the template does not name
# them: Pelican's own write_file parameters and the lists it paginates. Any other keyword only
# reaches the template's variables (e.g. generate_tags passes all_articles, the whole archive,
# to every tag page), so it counts only if the template reads it.
WRITE_PARAMETERS = frozenset({"relative_urls", "paginated", "template_name", "override_output",
                              "url", "articles", "dates", "page_name", "args"})


_PLAIN = (str, int, float, bool, date, datetime, type(None))  # described by their repr
_PLAIN_TYPES = frozenset(_PLAIN)  # the exact types, for a fast first check
_PLAIN_KIND: dict[type, bool] = {t: True for t in _PLAIN}  # type -> described by its repr
_OWN_KINDS = (*_PLAIN, tzinfo)  # a story's date (Pelican's SafeDatetime), its time zone
SHORT = 48  # a nested description up to this long is kept as is: hashing it costs more
Uses = dict[str, frozenset[str] | None]  # variable -> the attributes read, None: used whole
USES_FORMAT = 3  # bump when what `Uses` records changes (stored with the fingerprints)


def _uses(ast: Any, names: set[str]) -> Uses:
    """For each of `names`, the attributes the template reads of it (`x.a`), or None where it
    uses `x` itself (passes it to a macro or filter, loops over it, indexes it)."""
    attributes: dict[str, set[str]] = {n: set() for n in names}
    through_attribute: set[int] = set()
    for node in ast.find_all(nodes.Getattr):
        inner = node.node
        if isinstance(inner, nodes.Name) and inner.ctx == "load" and inner.name in names:
            attributes[inner.name].add(node.attr)
            through_attribute.add(id(inner))
    whole = {node.name for node in ast.find_all(nodes.Name)
             if node.ctx == "load" and node.name in names and id(node) not in through_attribute}
    return {n: None if n in whole else frozenset(attributes[n]) for n in names}


def _front_test(test: Any) -> bool | None:
    """True for `x_page.front`, False for `not x_page.front`, None for any other test."""
    negated = isinstance(test, nodes.Not)
    inner = test.node if negated else test
    if (isinstance(inner, nodes.Getattr) and inner.attr == "front"
            and isinstance(inner.node, nodes.Name) and inner.node.name.endswith("_page")):
        return not negated
    return None


def _prune(ast: Any, variant: Variant) -> None:
    """Keep only the branch of each `{% if x_page.front %}` that a page of `variant` takes."""
    if variant is None:
        return
    for node in ast.find_all(nodes.If):
        polarity = _front_test(node.test)
        if polarity is None or node.elif_:
            continue
        taken = node.body if polarity == (variant == "front") else node.else_
        node.test, node.body, node.else_ = nodes.Const(True), taken, []


def _merge(a: Uses, b: Uses) -> Uses:
    merged = dict(a)
    for name, attributes in b.items():
        if name not in merged:
            merged[name] = attributes
        elif merged[name] is None or attributes is None:
            merged[name] = None
        else:
            merged[name] = merged[name] | attributes  # type: ignore[operator]
    return merged


class Unstable(Exception):
    """A value with no stable fingerprint: the page must be rendered."""


class Fingerprints:
    """Per-build memo of value digests and per-template variable sets; the stored fingerprints."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.path = Path(settings["CACHE_PATH"]) / CACHE_FILE
        self.previous: dict[str, tuple[str, list[str]]] = {}
        stored_templates: tuple[str, dict[str, Uses | None]] = ("", {})
        stored_own: tuple[str, dict[str, tuple[str, str]]] = ("", {})
        stored_story_keys = None
        if settings.get("LOAD_CONTENT_CACHE") and self.path.exists():
            try:
                with open(self.path, "rb") as handle:
                    loaded = pickle.load(handle)
                # a cache saved before story keys were kept has three parts
                self.previous, stored_templates, stored_own = loaded[:3]
                stored_story_keys = loaded[3] if len(loaded) > 3 else None
            except (OSError, pickle.PickleError, EOFError, ValueError, TypeError):
                self.previous, stored_templates, stored_own = {}, ("", {}), ("", {})
                stored_story_keys = None
        self.current: dict[str, tuple[str, list[str]]] = {}
        self.settings_digest = settings_digest(settings)
        self.own_parts = OwnParts(stored_own, self.settings_digest)
        self.story_keys = StoryKeys(stored_story_keys, f"{USES_FORMAT}:{self.settings_digest}")
        self._memo: dict[tuple[int, int], tuple[Any, str]] = {}
        self._wrappers: dict[tuple[type, str, str], str] = {}  # see _bare_wrapper
        self._stamps: dict[str, str] = {}
        self._by_file: dict[tuple[type, str], str] = {}  # a listed story's description
        # id -> value(story, 1) for the build's stories (prepare), which stay alive all build
        self._listed: dict[int, str] = {}
        self._listed_stories: list[Any] = []
        self._variables: dict[tuple[str, Variant], Uses | None] = {}
        # one template's own reads and references: base.html and _macros.html are in every
        # page template's tree; parsed once per variant, not once per template using them
        self._parsed: dict[tuple[str, Variant], tuple[Uses, list[str | None]]] = {}
        self._theme: str | None = None
        # what every page of one template and call shape shares (see page_key's `shared`)
        self._shared: dict[tuple[int, str, Variant, frozenset[str]],
                           tuple[dict[str, Any], list[Any], str]] = {}
        self._stored_templates = stored_templates  # (theme digest, variables): parsing is slow

    # -- templates ---------------------------------------------------------------------------
    def variables(self, template: Any, variant: Variant = None) -> Uses | None:
        """What the template (with everything it extends, includes or imports) reads: each
        variable's attributes, or None for a variable it uses whole; None if unknown. For a
        stable listing's page (`variant`), only what its `x_page.front` branches read."""
        if not self._variables:
            theme, stored = self._stored_templates
            if theme == self._stored_theme_key(template.environment):
                self._variables.update(stored)
        slot = (template.name, variant)
        if slot not in self._variables:
            self._variables[slot] = self._collect(template.environment, template.name, set(),
                                                  variant)
        return self._variables[slot]

    def _collect(self, env: Any, name: str, seen: set[str],
                 variant: Variant = None) -> Uses | None:
        if name in seen:
            return {}
        seen.add(name)
        uses, references = self._parse(env, name, variant)
        for referenced in references:
            if referenced is None:
                return None
            more = self._collect(env, referenced, seen, variant)
            if more is None:
                return None
            uses = _merge(uses, more)
        return uses

    def _parse(self, env: Any, name: str, variant: Variant) -> tuple[Uses, list[str | None]]:
        """What one template reads itself, and the templates it names."""
        parsed = self._parsed.get((name, variant))
        if parsed is None:
            ast = env.parse(env.loader.get_source(env, name)[0])
            _prune(ast, variant)
            parsed = self._parsed[(name, variant)] = (
                _uses(ast, set(meta.find_undeclared_variables(ast))),
                list(meta.find_referenced_templates(ast)))
        return parsed

    def _stored_theme_key(self, env: Any) -> str:
        return f"{USES_FORMAT}:{self.theme_digest(env)}"

    # -- values ------------------------------------------------------------------------------
    def value(self, value: Any, depth: int = 0) -> str:
        kind = type(value)
        plain = _PLAIN_KIND.get(kind)
        if plain is None:
            plain = _PLAIN_KIND[kind] = issubclass(kind, _PLAIN)  # e.g. Markup, SafeDatetime
        if plain:  # most values: one lookup
            return repr(value)
        if kind is tuple and all(type(v) in _PLAIN_TYPES for v in value):
            return "(" + ",".join(map(repr, value)) + ")"  # e.g. (year, month): no digest
        if isinstance(value, tzinfo):
            return f"tz:{value}"
        if _IS_WRAPPER[kind] and value.__dict__.keys() <= _WRAPPER_BARE:
            return self._bare_wrapper(value)
        if depth > MAX_DEPTH:  # deep (possibly cyclic) object graphs: their surface only
            return _digest(self._shallow(value))
        slot = (id(value), depth)
        memo = self._memo.get(slot)
        if memo is not None and memo[0] is value:
            return memo[1]
        described = _compact(self._describe(value, depth))
        self._memo[slot] = (value, described)
        return described

    def _describe(self, value: Any, depth: int) -> str:
        kind = type(value)
        describe = _DESCRIBERS.get(kind)
        if describe is None:
            describe = _DESCRIBERS[kind] = _describer(kind)
        return describe(self, value, depth)

    def _url_wrapper(self, value: URLWrapper, depth: int) -> str:
        """Name and slug, and what plugins attached (an entity's type and aliases), less the
        facts derived from its stories, which its pages count by their own listing."""
        attached = ",".join(f"{k}={self._attached(v, depth)}"
                            for k, v in sorted(vars(value).items()) if k not in _WRAPPER_OWN)
        return f"{type(value).__name__}:{value.name}:{value.slug}:{attached}"

    def _bare_wrapper(self, value: URLWrapper) -> str:
        """A tag, section or author with nothing attached, by its name: Pelican gives every
        story its own such objects, so a memo by object missed ten times per story page."""
        slot = (type(value), value.name, value.slug)
        described = self._wrappers.get(slot)
        if described is None:
            described = self._wrappers[slot] = _compact(self._url_wrapper(value, 0))
        return described

    def _attached(self, value: Any, depth: int) -> str:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return self.value(value, depth + 1)
        return type(value).__name__ + "(" + ",".join(
            f"{f.name}={self.value(getattr(value, f.name), depth + 1)}"
            for f in dataclasses.fields(value)
            if f.metadata.get("fingerprint", True) not in (False, LISTING)) + ")"

    def _declared(self, value: Any, depth: int) -> str:
        """An object that says what it is made of (`__fingerprint__`)."""
        return f"{type(value).__name__}:{self.value(value.__fingerprint__(), depth)}"

    def _page(self, value: Page, depth: int) -> str:
        """One page of a listing: its own stories, by their files."""
        return (f"Page:{value.full_name}:{value.base_url}:{value.number}:"
                f"{self.value(value.object_list, 1)}:{self.value(value.paginator)}")

    def _paginator(self, value: Paginator, depth: int) -> str:
        # The whole listing by which stories, in what order (their paths), not by their
        # contents: editing a story re-renders only the listing page that shows it.
        # Other items (an A-Z page's entities) by their description: a repr would hold the
        # addresses of the stories they link to, new on every build.
        listed = _digest(*(getattr(a, "source_path", None) or self.value(a, 1)
                           for a in value.object_list))
        return (f"Paginator:{value.name}:{value.url}:{value.per_page}:{value.orphans}:"
                f"{listed}")

    def _sequence(self, value: list[Any] | tuple[Any, ...], depth: int) -> str:
        if all(type(v) in _PLAIN_TYPES for v in value):  # names, dates: no recursion
            return "[" + ",".join(map(repr, value)) + "]"
        # A story in a list (an index, a section, an entity page) is shown by its own
        # fields, which its file holds: it counts by its file, not by what plugins attach.
        if depth <= MAX_DEPTH:  # a list of the build's stories: their cards, as value() gives
            try:
                return "[" + ",".join(map(self._listed.__getitem__, map(id, value))) + "]"
            except KeyError:
                pass
        return "[" + ",".join(self.value(v, max(depth, 1) if isinstance(v, Content) else depth)
                              for v in value) + "]"

    def _mapping(self, value: dict[Any, Any], depth: int) -> str:
        return "{" + ",".join(f"{self.value(k, depth)}:{self.value(v, depth)}"
                              for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))) + "}"

    def _set(self, value: set[Any] | frozenset[Any], depth: int) -> str:
        return "{" + ",".join(sorted(self.value(v, depth) for v in value)) + "}"

    def _dataclass(self, value: Any, depth: int) -> str:
        return type(value).__name__ + "(" + ",".join(
            f"{name}={self.value(getattr(value, name), depth + 1)}"
            for name in _fingerprinted_fields(type(value))) + ")"

    def _other(self, value: Any, depth: int) -> str:
        if callable(value) and hasattr(value, "__qualname__"):  # filters, globals: code is in
            return f"code:{getattr(value, '__module__', '')}.{value.__qualname__}"  # the key
        raise Unstable(type(value).__name__)

    def _shallow(self, value: Any) -> str:
        """Primitive fields only: beyond MAX_DEPTH a graph is described by its surface."""
        if isinstance(value, Content):
            return self._content(value, 1)
        if isinstance(value, list | tuple | set | frozenset):
            return f"{type(value).__name__}#{len(value)}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = (getattr(value, name) for name in _fingerprinted_fields(type(value)))
            return type(value).__name__ + repr([f for f in fields if isinstance(
                f, str | int | float | bool | date | datetime | None)])
        return self._describe(value, 1) if isinstance(value, URLWrapper) else repr(
            value) if isinstance(value, str | int | float | bool | None) else type(value).__name__

    def _content(self, content: Content, depth: int) -> str:
        if depth:
            return self._card(content)
        source = getattr(content, "source_path", None) or ""
        parts = [self._own(content, source)]
        metadata = content.metadata
        for key, item in sorted(vars(content).items()):
            if (type(item) not in _PLAIN_TYPES and key not in _SKIPPED_ATTRIBUTES
                    and not _is_own(key, item, metadata)):
                parts.append(f"{key}={self._flat(item, depth + 1)}")
        return "|".join(parts)

    def _card(self, content: Content) -> str:
        """A story listed inside another page's data: its identity and stamp, and its tags'
        names: the archive's entity names, which another story or the editor's overrides can
        change while its file does not (a feed lists them). Once per story and build, however
        often and at whatever depth it is listed."""
        source = getattr(content, "source_path", None) or ""
        by_file = self._by_file.get((type(content), source))
        if by_file is None:
            tags = [tag.name for tag in getattr(content, "tags", None) or ()]
            by_file = _digest(f"{type(content).__name__}:{source}:{self._stamp(source)}",
                              *tags)
            self._by_file[type(content), source] = by_file
        return by_file

    def _flat(self, value: Any, depth: int) -> str:
        """What a page's own story has attached, written out in one text: lists, tuples and
        what an object declares (`__fingerprint__`) inline, with no digest or memo per level
        (each story's view is made for it alone); the stories and tags it links to as
        usual (a story by its file, a tag once per build)."""
        kind = type(value)
        if kind in _PLAIN_TYPES:
            return repr(value)
        if kind is list or kind is tuple:
            return "[" + ",".join([self._flat(v, depth) for v in value]) + "]"
        if kind is dict and all(type(k) is str for k in value):  # e.g. a story's entity
            return "{" + ",".join([f"{k!r}:{self._flat(v, depth)}"  # aliases, its header
                                   for k, v in sorted(value.items())]) + "}"
        flavour = _FLAT_KIND[kind]
        if flavour is _DECLARES:
            return f"{kind.__name__}:{self._flat(value.__fingerprint__(), depth)}"
        if flavour is _LINKED_STORY:  # by its card, straight from the per-build memo
            return self._card(value)
        return self.value(value, depth)

    def _own(self, content: Content, source: str) -> str:
        """A page's own story's text and plain attributes (title, date, slug...), which are
        made from its file and the settings: kept across builds while its stamp is unchanged,
        so an unchanged story is not described again (see own_parts.py)."""
        # The text's digest beside the stamp: a same-size edit within the clock's resolution
        stamp = f"{self._stamp(source)}:{_digest(content._content or '')}"
        kept = self.own_parts.get(source, stamp)
        if kept is not None:
            return kept
        metadata = content.metadata
        own = _digest(type(content).__name__, source, stamp, *(
            f"{key}={self.value(item, 1)}" for key, item in sorted(vars(content).items())
            if key not in _SKIPPED_ATTRIBUTES and _is_own(key, item, metadata)))
        self.own_parts.put(source, stamp, own)
        return own

    def prepare(self, stories: list[Any], tags: list[tuple[Any, Any]] | None = None) -> None:
        """Before the write phase forks: every story's stamp, own part and card, and every
        tag's description, in one pass, so the renderers inherit them, an unchanged story costs
        a lookup, and a story page whose links did not change keeps its key (story_keys.py)."""
        cards = {}
        for story in stories:
            source = getattr(story, "source_path", None)
            if source and isinstance(story, Content):
                self._own(story, source)
                cards[source] = card = self._card(story)
                if _describer(type(story)) is Fingerprints._content:  # as value(story, 1)
                    self._listed[id(story)] = _compact(card)
                    self._listed_stories.append(story)
        if tags is None:
            return
        described: dict[str, str | None] = {}
        seen: dict[str, Any] = {}
        for tag, _ in tags:
            name = getattr(tag, "name", None)
            if not isinstance(name, str):
                continue
            if name in seen:  # two tags of one name: a view's link is not known by its name
                described[name] = None if seen[name] is not tag else described[name]
                continue
            seen[name] = tag
            try:
                described[name] = self.value(tag, 1)  # as a view's link: _flat at depth 1
            except Unstable:
                described[name] = None
        self.story_keys.note_links(cards, described)

    def _stamp(self, source: str) -> str:
        stamp = self._stamps.get(source)
        if stamp is None:
            try:
                stat = os.stat(source)
                stamp = f"{stat.st_mtime_ns}:{stat.st_size}"
            except OSError:
                stamp = "?"
            self._stamps[source] = stamp  # one stat per story per build, however often listed
        return stamp

    # -- pages -------------------------------------------------------------------------------
    def page_key(self, name: str, template: Any, context: dict[str, Any],
                 kwargs: dict[str, Any], variant: Variant = None,
                 reuse: bool = True) -> str | None:
        """The fingerprint of one write call, or None if it cannot be had. `reuse`: the context
        is the build's shared one (not a copy made for this page), so what the call shares
        with others of its template is described once (see _shared_part)."""
        uses = self.variables(template, variant)
        if uses is None:
            return None
        story = kwargs.get("article")
        if (reuse and variant is None and self.story_keys.ready and "article" in uses
                and isinstance(story, Content)):
            return self._story_page_key(name, template, context, kwargs, uses, story)
        return self._page_key(name, template, context, kwargs, uses, variant, reuse)

    def _page_key(self, name: str, template: Any, context: dict[str, Any],
                  kwargs: dict[str, Any], uses: Uses, variant: Variant,
                  reuse: bool) -> str | None:
        try:
            parts = [name, self._shared_part(template, context, kwargs, uses, variant, reuse),
                     *self._call_parts(kwargs, uses)]
        except Unstable:
            return None
        return _digest("\n".join(parts))

    def _call_parts(self, kwargs: dict[str, Any], uses: Uses, skip: str = "") -> list[str]:
        """The write call's own arguments a page shows: those its template reads (as it reads
        them) and Pelican's write parameters, less `skip`."""
        return [f"{k}={self._used(v, uses[k])}" if k in uses else f"{k}={self.value(v)}"
                for k, v in sorted(kwargs.items())
                if k != skip and (k in uses or k in WRITE_PARAMETERS)]

    def _story_page_key(self, name: str, template: Any, context: dict[str, Any],
                        kwargs: dict[str, Any], uses: Uses, story: Content) -> str | None:
        """A story page's key: last build's when its signature and everything its view links
        to are unchanged (story_keys.py), else described in full."""
        try:
            own, tags, stories = self._story_signature(story)
            signature = _digest(
                name, self._shared_part(template, context, kwargs, uses, None, True), own,
                *self._call_parts(kwargs, uses, skip="article"))
        except Unstable:
            return self._page_key(name, template, context, kwargs, uses, None, True)
        key = self.story_keys.kept(name, signature, tags, stories)
        if key is None:
            key = self._page_key(name, template, context, kwargs, uses, None, True)
        if key is not None:
            self.story_keys.put(name, signature, key)
        return key

    def _story_signature(self, content: Content) -> tuple[str, list[str], list[str]]:
        """`_content(content, 0)` with the stories and tags that an attached view lists
        (`__signature__`) named instead of described: the text, and those names."""
        source = getattr(content, "source_path", None) or ""
        parts = [self._own(content, source)]
        tags: list[str] = []
        stories: list[str] = []
        metadata = content.metadata
        for key, item in sorted(vars(content).items()):
            if (type(item) in _PLAIN_TYPES or key in _SKIPPED_ATTRIBUTES
                    or _is_own(key, item, metadata)):
                continue
            signature = getattr(type(item), "__signature__", None)
            if signature is None:
                parts.append(f"{key}={self._flat(item, 1)}")
                continue
            plain, linked_tags, linked_stories = signature(item)
            parts.append(f"{key}:{type(item).__name__}:{plain!r}:{linked_tags!r}:"
                         f"{linked_stories!r}")
            tags += linked_tags
            stories += linked_stories
        return "|".join(parts), tags, stories

    def _shared_part(self, template: Any, context: dict[str, Any], kwargs: dict[str, Any],
                     uses: Uses, variant: Variant, reuse: bool) -> str:
        """What a page's key shares with every call of the same template, context and keyword
        names: the settings, the theme and the context variables the template reads that the
        call does not override. Described once per build, not once per page (10,000 story
        pages read the same dozen site-wide variables)."""
        names = [n for n in sorted(uses) if n in context and n not in kwargs]
        values = [context[n] for n in names]
        slot = (id(context), template.name, variant, frozenset(kwargs))
        kept = self._shared.get(slot) if reuse else None
        # the same objects under the same names (Pelican sets `localsiteurl` per page)
        if kept is not None and len(kept[1]) == len(values) and all(
                a is b for a, b in zip(kept[1], values, strict=True)):
            return kept[2]
        shared = _digest(
            template.name, self.settings_digest, self.theme_digest(template.environment),
            *(f"{n}={self._used(v, uses[n])}" for n, v in zip(names, values, strict=True)))
        if reuse:  # the objects are held, so their ids are not reused
            self._shared[slot] = (context, values, shared)
        return shared

    def _used(self, value: Any, attributes: frozenset[str] | None) -> str:
        """A variable as the template uses it: only the attributes it reads of a dataclass
        (e.g. the archive summary's story count, not every story it holds), else whole."""
        if attributes is None or not dataclasses.is_dataclass(value) or isinstance(value, type):
            return self.value(value)
        parts = []
        for attribute in sorted(attributes):
            item = getattr(value, attribute, None)
            if callable(item):  # a method call may read anything in the object
                return self.value(value)
            parts.append(f".{attribute}={self.value(item)}")
        return "".join(parts)

    def feed_key(self, context: dict[str, Any], elements: list[Any],
                 call: dict[str, Any]) -> str | None:
        """The fingerprint of one write_feed call."""
        try:
            # A feed shows each story's own fields (its source file), never what plugins
            # attach to it (related stories, neighbours): depth 1 describes a story by its file.
            parts = [self.settings_digest, self.value(elements, 1),
                     *(f"{k}={self.value(context.get(k))}"
                       for k in ("SITEURL", "SITENAME", "SITESUBTITLE", "FEED_DOMAIN")),
                     *(f"{k}={self.value(v)}" for k, v in sorted(call.items()))]
        except Unstable:
            return None
        return _digest("\n".join(parts))

    def theme_digest(self, env: Any) -> str:
        """Every template the environment can load: any theme edit re-renders everything."""
        if self._theme is None:
            sources = [f"{n}\n{env.loader.get_source(env, n)[0]}" for n in env.list_templates()]
            self._theme = _digest("\n".join(sources))
        return self._theme

    def unchanged(self, name: str, key: str | None, output_path: str) -> list[str] | None:
        """The files a call produced last time if its key is the same and they all exist."""
        if key is None or name not in self.previous:
            return None
        old_key, produced = self.previous[name]
        if old_key != key:
            return None
        paths = [os.path.join(output_path, p) for p in produced]
        return paths if all(os.path.isfile(p) for p in paths) else None

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        staging = self.path.with_suffix(".staging")
        with open(staging, "wb") as handle:
            theme = f"{USES_FORMAT}:{self._theme}" if self._theme else ""
            pickle.dump((self.current, (theme, self._variables), self.own_parts.stored(),
                         self.story_keys.stored()), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staging, self.path)


class _WrapperKinds(dict[type, bool]):
    """type -> whether it is a URLWrapper (a tag, section, author), found once per type."""

    def __missing__(self, kind: type) -> bool:
        self[kind] = issubclass(kind, URLWrapper)
        return self[kind]


_IS_WRAPPER = _WrapperKinds()
_DECLARES, _LINKED_STORY, _ANY = "declares", "story", "any"


class _FlatKinds(dict[type, str]):
    """type -> how `_flat` writes it out (the precedence of `_describer`), found once per type:
    most of what a story page's own story has attached is linked stories and tags."""

    def __missing__(self, kind: type) -> str:
        found = (_DECLARES if hasattr(kind, "__fingerprint__")
                 else _LINKED_STORY if issubclass(kind, Content) else _ANY)
        self[kind] = found
        return found


_FLAT_KIND = _FlatKinds()
Describer = Callable[[Fingerprints, Any, int], str]
_DESCRIBERS: dict[type, Describer] = {}  # per value type, found once (isinstance chains add up)


def _describer(kind: type) -> Describer:
    """How values of `kind` are described, in order of precedence."""
    if hasattr(kind, "__fingerprint__"):
        return Fingerprints._declared
    for base, describe in ((Content, Fingerprints._content),
                           (URLWrapper, Fingerprints._url_wrapper),
                           (Page, Fingerprints._page),
                           (Paginator, Fingerprints._paginator),
                           (list | tuple, Fingerprints._sequence),
                           (dict, Fingerprints._mapping),
                           (set | frozenset, Fingerprints._set)):
        if issubclass(kind, base):
            return describe
    if dataclasses.is_dataclass(kind):
        return Fingerprints._dataclass
    return Fingerprints._other


def _is_own(key: str, item: Any, metadata: dict[str, Any]) -> bool:
    """Whether a story's attribute is made from its own file and the settings (own_parts.py):
    a plain value, or a value read from its file's metadata that links to nothing else (a
    tag, a section or another story may carry data from the rest of the archive)."""
    if type(item) in _PLAIN_TYPES or isinstance(item, _OWN_KINDS):
        return True
    if metadata.get(key) is not item:
        return False
    if isinstance(item, list | tuple):
        return not any(isinstance(v, URLWrapper | Content) for v in item)
    return not isinstance(item, URLWrapper | Content)


@functools.cache
def _fingerprinted_fields(kind: type) -> tuple[str, ...]:
    """A dataclass's field names, less those declared `metadata={"fingerprint": False}`."""
    return tuple(f.name for f in dataclasses.fields(kind)
                 if f.metadata.get("fingerprint", True) is not False)


def _compact(description: str) -> str:
    """A nested value's stand-in inside its parent's description: short ones as they are,
    length-prefixed so that no two structures read alike; longer ones by their digest."""
    if len(description) <= SHORT:
        return f"{len(description)}'{description}"
    return _digest(description)


def _digest(*texts: str) -> str:
    return hashlib.blake2b("\0".join(texts).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def settings_digest(settings: dict[str, Any]) -> str:
    """The settings (less those named in _UNKEYED) and every plugin's source, as one digest."""
    return _digest(
        _ADDRESS.sub("", repr(sorted(
            (k, repr(v)) for k, v in settings.items() if k.isupper() and k not in _UNKEYED))),
        _plugins_digest(settings))


_PLUGIN_SOURCES: dict[tuple[tuple[str, int, int], ...], str] = {}  # file stamps -> digest


def _plugins_digest(settings: dict[str, Any]) -> str:
    """Every plugin's source: a change to how pages are computed re-renders them. Read once
    per process while no file's stamp changed (the page keys and the URL memo both ask)."""
    paths = [path for folder in settings.get("PLUGIN_PATHS") or []
             for path in sorted(Path(folder).rglob("*.py")) if "__pycache__" not in path.parts]
    stamps = tuple((str(p), (s := p.stat()).st_mtime_ns, s.st_size) for p in paths)
    found = _PLUGIN_SOURCES.get(stamps)
    if found is None:
        parts = []
        for path in paths:
            parts += [str(path), path.read_bytes().decode("utf-8", "replace")]
        found = _PLUGIN_SOURCES[stamps] = _digest(*parts)
    return found
