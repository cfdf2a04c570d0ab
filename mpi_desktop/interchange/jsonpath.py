"""JSON paths for problem reports: ``$.cases[3].participants[0].person_id``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def render(parts: Iterable[str | int]) -> str:
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def join(base: str, *parts: str | int) -> str:
    return base + render(parts)[1:]


def from_dotted(base: str, dotted: str) -> str:
    """A domain issue's field (``contacts.1.value``) under an item's path."""
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in dotted.split(".") if p]
    return join(base, *parts)
