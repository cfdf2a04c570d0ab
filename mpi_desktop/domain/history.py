"""Field-level history: what changed between two versions of a record."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

#: Bookkeeping fields that change on every save and carry no meaning.
IGNORED = {"created_at", "updated_at"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


def to_plain(value: Any) -> Any:
    """JSON-compatible form: dates as ISO text, dataclasses as dicts, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    return value


def diff(before: Any, after: Any) -> list[FieldChange]:
    """Changes between two versions of the same dataclass (``before`` may be None)."""
    changes = []
    for f in dataclasses.fields(after):
        if f.name in IGNORED or f.name == "id":
            continue
        new = to_plain(getattr(after, f.name))
        old = to_plain(getattr(before, f.name)) if before is not None else None
        if old != new and not (before is None and new in (None, "", [], False)):
            changes.append(FieldChange(f.name, old, new))
    return changes


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
