"""Small formatting helpers shared by the plugin and the templates (as Jinja filters)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from markupsafe import Markup

from .timeline import MONTH_NAMES


def human_date(when: date, precision: str = "day") -> str:
    """'14 September 2023', 'September 2023' or '2023', by what the source tells us."""
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return f"{MONTH_NAMES[when.month - 1]} {when.year}"
    return f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}"


def iso_date(when: date, precision: str = "day") -> str:
    """ISO 8601 cut to the known precision (2023-09-14, 2023-09 or 2023)."""
    return {"year": f"{when.year:04d}", "month": f"{when.year:04d}-{when.month:02d}"}.get(
        precision, when.isoformat())


def script_json(data: Any) -> Markup:
    """JSON safe inside <script>: '<', '>' and '&' are \\u-escaped so story text can
    never close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 story', '2 stories'."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count:,} {word}"
