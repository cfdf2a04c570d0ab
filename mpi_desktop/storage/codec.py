"""Small conversions between domain values and SQLite columns."""

from __future__ import annotations

import json
from datetime import date
from typing import Any


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dump_list(values: Any) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def load_list(text: str | None) -> list[Any]:
    if not text:
        return []
    value = json.loads(text)
    return value if isinstance(value, list) else []


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
