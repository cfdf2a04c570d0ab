"""Identifiers: UUIDs for everything, human folios for cases (``MPI-2026-0042``)."""

from __future__ import annotations

import re
import uuid

FOLIO_RE = re.compile(r"^MPI-(\d{4})-(\d{4,6})$")


def new_id() -> str:
    return str(uuid.uuid4())


def is_uuid(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


def format_folio(year: int, seq: int) -> str:
    return f"MPI-{year:04d}-{seq:04d}"


def parse_folio(folio: str) -> tuple[int, int] | None:
    match = FOLIO_RE.match(folio.strip().upper())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
