"""Building blocks for sections' item schemas (JSON Schema draft 2020-12).

Patterns use ``[0-9]`` rather than ``\\d``: Python's ``re`` (which the validator
uses) lets ``\\d`` match any Unicode digit.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z$"
CODE_PATTERN = "^[a-z0-9][a-z0-9_]*$"
FOLIO_PATTERN = "^MPI-[0-9]{4}-[0-9]{4,6}$"
#: What each pattern means, for problem messages ("expected a date like …").
PATTERN_KINDS = {UUID_PATTERN: "uuid", DATE_PATTERN: "date", INSTANT_PATTERN: "instant",
                 CODE_PATTERN: "code", FOLIO_PATTERN: "folio"}


def nullable(schema: Schema) -> Schema:
    out = dict(schema)
    out["type"] = [schema["type"], "null"]
    return out


def uuid(description: str = "") -> Schema:
    s: Schema = {"type": "string", "pattern": UUID_PATTERN}
    if description:
        s["description"] = description
    return s


def date(description: str = "") -> Schema:
    s: Schema = {"type": "string", "pattern": DATE_PATTERN, "maxLength": 10}
    if description:
        s["description"] = description
    return s


def instant(description: str = "UTC instant, ISO 8601 with Z") -> Schema:
    return {"type": "string", "pattern": INSTANT_PATTERN, "maxLength": 27,
            "description": description}


def code(catalog: str) -> Schema:
    return {"type": "string", "pattern": CODE_PATTERN, "maxLength": 64,
            "description": f"code of the '{catalog}' catalog"}


def text(max_length: int, description: str = "") -> Schema:
    s: Schema = {"type": "string", "maxLength": max_length}
    if description:
        s["description"] = description
    return s


def boolean(description: str = "") -> Schema:
    s: Schema = {"type": "boolean"}
    if description:
        s["description"] = description
    return s


def array(items: Schema, *, max_items: int = 100, unique: bool = False) -> Schema:
    s: Schema = {"type": "array", "items": items, "maxItems": max_items}
    if unique:
        s["uniqueItems"] = True
    return s


def obj(properties: dict[str, Schema], *, required: tuple[str, ...] = (),
        title: str = "") -> Schema:
    """A closed object: unknown properties are errors (strict import)."""
    s: Schema = {"type": "object", "additionalProperties": False,
                 "required": list(required), "properties": properties}
    if title:
        s["title"] = title
    return s
