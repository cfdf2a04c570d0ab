"""Catalogs: versioned lists of codes with Spanish and English labels.

Files live in ``resources/catalogs/<name>.json``::

    {"catalog": "<name>", "version": 1,
     "entries": [{"code": "...", "es": "...", "en": "...", ...extra attributes}]}

Codes are stable; labels may change.  ``"active": false`` retires an entry: it
is no longer offered for new data but still displays in old records.  The app
keeps working when a catalog grows (new codes appear) and shows an unknown code
as itself rather than failing, so data from a newer catalog never breaks a view.

A file that fails validation raises :class:`CatalogError` naming the file and
the entry; the app refuses to start with a clear message instead of guessing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mpi_desktop.errors import MpiError
from mpi_desktop.paths import resource_path

_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
LANGS = ("es", "en")


class CatalogError(MpiError):
    def __init__(self, path: Path | str, entry: str | None, problem: str) -> None:
        super().__init__(f"{path}: {entry or '-'}: {problem}")
        self.path = str(path)
        self.entry = entry
        self.problem = problem


@dataclass(frozen=True)
class Entry:
    code: str
    labels: dict[str, str]
    descriptions: dict[str, str] = field(default_factory=dict)
    attrs: dict[str, Any] = field(default_factory=dict)
    active: bool = True

    def label(self, lang: str = "es") -> str:
        return self.labels.get(lang) or self.labels["es"]

    def description(self, lang: str = "es") -> str:
        return self.descriptions.get(lang) or self.descriptions.get("es", "")

    def get(self, attr: str, default: Any = None) -> Any:
        return self.attrs.get(attr, default)


@dataclass(frozen=True)
class Catalog:
    name: str
    version: int
    entries: tuple[Entry, ...]
    _by_code: dict[str, Entry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({e.code: e for e in self.entries})

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str | None) -> Entry | None:
        return self._by_code.get(code) if code is not None else None

    def label(self, code: str | None, lang: str = "es") -> str:
        if code is None:
            return ""
        entry = self._by_code.get(code)
        return entry.label(lang) if entry else code

    def codes(self, *, active_only: bool = True) -> list[str]:
        return [e.code for e in self.entries if e.active or not active_only]

    def choices(self, lang: str = "es", *, include: str | None = None) -> list[tuple[str, str]]:
        """(code, label) pairs to offer; a retired ``include`` code stays selectable."""
        return [(e.code, e.label(lang)) for e in self.entries if e.active or e.code == include]

    def where(self, attr: str, value: Any) -> list[str]:
        return [e.code for e in self.entries if e.attrs.get(attr) == value]


def parse_entry(raw: Any, path: Path | str, index: int) -> Entry:
    where = f"#{index}"
    if not isinstance(raw, dict):
        raise CatalogError(path, where, "entry must be an object")
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise CatalogError(path, where, "missing or invalid code (lowercase ASCII snake_case)")
    labels = {}
    for lang in LANGS:
        text = raw.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise CatalogError(path, code, f"missing '{lang}' label")
        labels[lang] = text
    descriptions = {lang: str(raw[f"description_{lang}"]) for lang in LANGS
                    if isinstance(raw.get(f"description_{lang}"), str)}
    active = raw.get("active", True)
    if not isinstance(active, bool):
        raise CatalogError(path, code, "'active' must be true or false")
    reserved = {"code", "active", *LANGS, *(f"description_{x}" for x in LANGS)}
    attrs = {k: v for k, v in raw.items() if k not in reserved}
    return Entry(code=code, labels=labels, descriptions=descriptions, attrs=attrs, active=active)


def parse_entries(raw: Any, path: Path | str, key: str = "entries") -> tuple[Entry, ...]:
    if not isinstance(raw, list) or not raw:
        raise CatalogError(path, None, f"'{key}' must be a non-empty list")
    entries = tuple(parse_entry(item, path, i) for i, item in enumerate(raw))
    seen: set[str] = set()
    for e in entries:
        if e.code in seen:
            raise CatalogError(path, e.code, "duplicate code")
        seen.add(e.code)
    return entries


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(path, None, "file not found") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(path, None, f"not valid JSON: {exc}") from exc


def load_file(path: Path, name: str) -> Catalog:
    doc = read_json(path)
    if not isinstance(doc, dict) or doc.get("catalog") != name:
        raise CatalogError(path, None, f"'catalog' must be '{name}'")
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise CatalogError(path, None, "'version' must be a positive integer")
    return Catalog(name=name, version=version, entries=parse_entries(doc.get("entries"), path))


@cache
def get(name: str) -> Catalog:
    return load_file(resource_path("catalogs", f"{name}.json"), name)


#: Catalogs the case records use; checked at start-up by :func:`check_all`.
CASE_CATALOGS = (
    "alcaldias", "zones", "profiles", "sexes", "gender_identities", "aggression_types",
    "aggressor_types", "attention_types", "institutions", "case_statuses", "procedures",
    "case_origins", "closing_reasons", "defence_topics", "intersectional_factors",
    "contact_channel_types", "organization_categories", "link_roles", "nationalities",
)


def check_all(extra: tuple[str, ...] = ()) -> None:
    """Load every catalog now, so a broken file stops the app at start, not mid-interview."""
    folder = resource_path("catalogs")
    names = {p.stem for p in folder.glob("*.json")} | set(CASE_CATALOGS) | set(extra)
    for name in sorted(names - {"measures"}):
        get(name)
    references = {
        "institutions": ("alcaldia", "alcaldias"),
        "alcaldias": ("zone", "zones"),
    }
    for name, (attr, target) in references.items():
        for entry in get(name).entries:
            value = entry.get(attr)
            if value is not None and value not in get(target):
                raise CatalogError(resource_path("catalogs", f"{name}.json"), entry.code,
                                   f"'{attr}' refers to unknown {target} code '{value}'")
