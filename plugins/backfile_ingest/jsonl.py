"""Structured exports: one story a record, from JSON Lines (`*.jsonl`), a JSON array
(`*.json`) or a table (`*.csv`, `*.tsv`, with a header row).

Exports name their columns as the system that wrote them does: a CMS `body` or `content`, a
scraper `text` or `maintext`, a data set `headline_text` and `publish_date`, an API `title`,
`publishedAt` and `author`. Each part of a story is looked for under the names in `KEYS`
(case, spaces, `-` and `_` aside); `body` (or, failing that, a `description`) is required.
`date` is read in the forms a `Date:` field is (ISO 8601 with a time, RFC 2822, `March 3,
2004`, `29.11.2026`...). A bad record is reported with its file and line and skipped; the
other records are still ingested.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .fields import field_date
from .markup import to_labelled_text
from .partial_date import PartialDate, parse_partial_date
from .problems import IngestError, Problem

# Where each part of a story is found, first name first.
KEYS: dict[str, tuple[str, ...]] = {
    "body": ("body", "text", "content", "fulltext", "maintext", "articlebody", "articletext",
             "bodytext", "story", "article", "postcontent"),
    "summary": ("description", "shortdescription", "summary", "abstract", "lead", "standfirst",
                "excerpt", "postexcerpt"),
    "title": ("title", "headline", "headlinetext", "hed", "posttitle", "webtitle"),
    "date": ("date", "published", "publishdate", "publisheddate", "publishedat", "pubdate",
             "datepublish",  # (news-please's `date_publish`)
             "webpublicationdate",  # (the Guardian's API)
             "datepublished", "publicationdate", "datetime", "created", "createdat", "time",
             "postdate", "postdategmt"),
    "section": ("section", "category", "desk", "topic", "rubric", "sectionname"),
    "byline": ("byline", "author", "authors", "creator", "writer", "postauthor"),
    "url": ("url", "link", "permalink", "weburl", "canonicalurl", "articleurl"),  # (weburl:
    # the Guardian's)
    "tags": ("tags", "keywords", "subjects", "categories"),  # (WordPress: `A|B`)
}
# The same columns as exports in French, German, Spanish, Italian, Portuguese and Dutch name
# them (`titre`, `texte`; `Titel`, `Inhalt`; `título`, `texto`...), tried after English's.
_OTHER_LANGUAGES: dict[str, tuple[str, ...]] = {
    "body": ("texte", "contenu", "corps", "inhalt", "volltext", "texto", "contenido", "cuerpo",
             "testo", "contenuto", "conteudo", "corpo", "tekst", "inhoud"),
    "summary": ("resume", "r\u00e9sum\u00e9", "chapo", "zusammenfassung", "vorspann",
                "resumen", "entradilla", "sommario", "resumo", "samenvatting"),
    "title": ("titre", "titel", "titulo", "t\u00edtulo", "titolo", "\u00fcberschrift",
              "ueberschrift", "kop"),
    "date": ("datum", "fecha", "datedepublication", "publie", "publi\u00e9",
             "ver\u00f6ffentlicht", "publicado", "pubblicato", "gepubliceerd"),
    "section": ("rubrique", "ressort", "seccion", "secci\u00f3n", "sezione", "secao",
                "se\u00e7\u00e3o", "rubriek"),
    "byline": ("auteur", "auteurs", "autor", "autoren", "autores", "autore"),
    "url": ("lien", "enlace"),
    "tags": ("motscles", "motscl\u00e9s", "schlagworte", "schlagw\u00f6rter", "etiquetas",
             "etichette", "trefwoorden"),
}
KEYS = {part: (*names, *_OTHER_LANGUAGES[part]) for part, names in KEYS.items()}


@dataclass
class Record:
    """One story of an export, checked."""

    line: int
    raw: str
    body: list[str]                      # paragraphs
    title: str | None = None
    date: PartialDate | None = None
    section: str | None = None
    byline: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    last_line: int = 0                   # where a record over several lines ends
    cut_off: bool = False                # the export says text is missing (`[+2351 chars]`)

    @property
    def lines(self) -> tuple[int, int]:
        return self.line, max(self.line, self.last_line)


# A body in HTML, as CMS exports hold it (WordPress's `post_content`, an API's `content`).
_HTML = re.compile(r"</?(?:p|br|div|h[1-6]|li|blockquote|figure)\b[^<>]{0,300}>", re.IGNORECASE)
# NewsAPI cuts `content` off and says how much is missing: `... could not … [+2351 chars]`.
_CUT_OFF = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


def _paragraphs(body: str) -> list[str]:
    if _HTML.search(body):
        body = to_labelled_text(body)[0]
    body = _CUT_OFF.sub("\u2026", body)  # (`Record.cut_off` flags it)
    blocks = re.split(r"\n\s*\n", body.strip())
    if len(blocks) == 1:
        blocks = body.strip().split("\n")
    return [" ".join(b.split()) for b in blocks if b.strip()]


def _folded(key: str) -> str:
    return re.sub(r"[\s_\-]", "", key).lower()


def _text(value: object) -> object:
    """A value as text where an export wraps or lists it: WordPress's `{"rendered": ...}`,
    a person or section as an object with its name (schema.org's and many APIs' `{"@type":
    "Person", "name": ...}`), a list of authors (names or such objects)."""
    if isinstance(value, Mapping):
        for key in ("rendered", "name"):
            if isinstance(value.get(key), str):
                return value[key]
    if isinstance(value, list) and value:
        names = [_text(v) for v in value]
        if all(isinstance(v, str) for v in names):
            return ", ".join(v.strip() for v in names if isinstance(v, str) and v.strip())
    return value


def story_text_key(key: str) -> bool:
    """Whether a column or key of that name can hold a story's text."""
    return _folded(key) in (*KEYS["body"], *KEYS["summary"])


def story_body_key(key: str) -> bool:
    """Whether a key of that name holds a story's body (not only a description, as any
    tool's JSON settings file may have)."""
    return _folded(key) in KEYS["body"]


def _lookup(data: Mapping[str, object], part: str) -> tuple[str, object] | None:
    """The key and value that give `part`, if the record has a non-empty one: among its own
    keys first, then those of an object nested in it (the Guardian's API puts the text and
    byline under `"fields": {"bodyText": ..., "byline": ...}`)."""
    nested = [value for value in data.values() if isinstance(value, Mapping)]
    for mapping in (data, *nested):
        folded = {_folded(key): key for key in mapping}
        for name in KEYS[part]:
            key = folded.get(name)
            if key is not None and mapping[key] not in (None, "", []):
                return key, mapping[key]
    return None


def _date_like(data: Mapping[str, object]) -> tuple[str, object] | None:
    """A date under a name `KEYS` lacks but that says publication (`firstPublished`,
    `publishedOn`, `dateCreated`), not a later change (`updatedAt`, `lastModified`): the first
    such key, among the record's own and then a nested object's, whose value reads as a
    date."""
    nested = [value for value in data.values() if isinstance(value, Mapping)]
    for mapping in (data, *nested):
        for key, value in mapping.items():
            folded = _folded(str(key))
            if (isinstance(value, str) and ("publi" in folded or "date" in folded)
                    and not any(word in folded for word in ("update", "modif", "edit"))):
                try:
                    _date(value)
                except ValueError:
                    continue
                return str(key), value
    return None


def _date(value: str) -> PartialDate:
    """A date as an export writes it; ValueError says what is wrong."""
    try:
        return parse_partial_date(value[:10])
    except ValueError as error:
        found = field_date(value)
        if found is None:
            raise error from None
        return found


def record_from_mapping(data: object, number: int, raw: str, name: str,
                        warnings: list[Problem]) -> Record:
    """A `Record` from one exported object; `IngestError` says what is wrong with it."""
    if not isinstance(data, Mapping):
        raise IngestError(name, number, "each record must be an object {...}")
    found = _lookup(data, "body") or _lookup(data, "summary")
    body = _text(found[1]) if found else None
    if not isinstance(body, str) or not body.strip():
        keys = ", ".join(str(k) for k in data) or "none"
        raise IngestError(name, number, f"no story text: a `body` (or `text`, `content`...) is "
                          f"required and must be non-empty text (keys here: {keys})")
    record = Record(number, raw, _paragraphs(body), cut_off=bool(_CUT_OFF.search(body)))
    for part in ("title", "section", "byline", "url"):
        found = _lookup(data, part)
        if found is None:
            continue
        value = _text(found[1])
        if not isinstance(value, str):
            raise IngestError(name, number, f"`{found[0]}` must be text")
        setattr(record, part, " ".join(value.split()) or None)
    source = data.get("source")  # NewsAPI: `"source": {"name": "BBC News"}` and a title ending
    outlet = source.get("name") if isinstance(source, Mapping) else None
    if record.title and isinstance(outlet, str) and record.title.endswith(f" - {outlet}"):
        record.title = record.title[: -len(outlet) - 3].rstrip() or None  # ` - BBC News`
    found = _lookup(data, "date") or _date_like(data)
    if found is not None:
        try:
            record.date = _date(str(found[1]))
        except ValueError as error:
            warnings.append(Problem(name, number, f"{error}; using the next date source"))
    found = _lookup(data, "tags")
    tags = found[1] if found else []
    if isinstance(tags, str):
        tags = re.split(r"[;|]", tags)
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise IngestError(name, number, f"`{found[0] if found else 'tags'}` must be a list of "
                          "text or a `;`-separated text")
    record.tags = [t.strip() for t in tags if t.strip()]
    return record


def parse_jsonl(text: str, name: str) -> tuple[list[Record], list[Problem]]:
    """The good records of a JSON Lines export, and a problem for each bad line."""
    records: list[Record] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as error:
                raise IngestError(name, number,
                                  f"not JSON: {error.msg} (column {error.colno})") from None
            records.append(record_from_mapping(data, number, raw, name, problems))
        except IngestError as error:
            problems.append(error.problem)
    if not records and not problems:
        problems.append(Problem(name, None, "empty export: no JSON lines", "error"))
    return records, problems
