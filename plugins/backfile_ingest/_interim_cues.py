"""Interim line cues, used until the segmentation branch's `cues.py` lands (then deleted)."""

from __future__ import annotations

import re

from .sentences import ends_sentence

__all__ = ["dateline", "ends_sentence", "is_byline", "is_headline", "is_photo_credit",
           "is_signoff", "kicker"]

_KICKER = re.compile(
    r"^((?:[A-Z0-9][A-Z0-9&\u2019'.\-]*\s+){0,4}[A-Z0-9][A-Z0-9&\u2019'.\-]+:)\s+(?=\S)"
)
_DATELINE = re.compile(
    r"^([A-Z][A-Z.\u2019'\-]+(?:\s+[A-Z][A-Z.\u2019'\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"(?:\s*\([A-Za-z .&]+\))?\s*(?:-{1,2}|\u2013|—|:)\s+)(?=\S)"
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w\u2019'.\-]+(?:\s+[\w\u2019'.\-]+){0,8}$")
_CREDIT = re.compile(
    r"^(?:\(?(?:Photos?|Photograph|Picture|Image|Illustration|Graphic|Video)"
    r"(?:\s+(?:by|credit))?\s*[:\uff1a/]|.{0,80}/\s*(?:AFP|Reuters|AP|Getty Images|EPA)\)?$)",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    r"^(?:-+\s*)?\(?(?:Reuters?|REUTERS?|AP|AFP|UPI|dpa|PA|Xinhua|Bloomberg)\)?\.?$"
    r"|^\(?(?:Reporting|Editing|Additional reporting) by .{0,200}\)?$"
)


def kicker(text: str) -> str | None:
    """The `SECURITY: ` prefix of a line, if it has one."""
    match = _KICKER.match(text)
    return match.group(1) + " " if match and len(match.group(1)) <= 40 else None


def dateline(text: str) -> str | None:
    """The `TAIPEI, April 24 (Reuters) - ` prefix of a line, if it has one."""
    match = _DATELINE.match(text)
    return match.group(1) if match else None


def is_byline(text: str) -> bool:
    return bool(_BYLINE.match(text)) and len(text) <= 80


def is_photo_credit(text: str) -> bool:
    return len(text) <= 200 and bool(_CREDIT.match(text))


def is_signoff(text: str) -> bool:
    return len(text) <= 200 and bool(_SIGNOFF.match(text))


def is_headline(text: str, following: str) -> bool:
    """A first line short and unpunctuated enough to be a headline over `following`."""
    return (
        len(text) <= 150
        and len(text.split()) <= 25
        and not ends_sentence(text.rstrip("?"))
        and not text.endswith((",", ";", ":"))
        and len(following) >= len(text) // 2
        and not (dateline(text) or is_photo_credit(text) or is_byline(text) or is_signoff(text))
    )
