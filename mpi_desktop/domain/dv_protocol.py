"""The digital-violence protocol as data: versioned files, validated on load.

Files live in ``resources/protocols/digital-violence-v<N>.json`` (format in
docs/DIGITAL_VIOLENCE.md).  Every version found there is available side by
side: a new review uses the latest, an old review keeps the version it was made
with, so publishing ``-v2`` needs no code change and never rewrites history.

A file that fails validation raises :class:`~mpi_desktop.domain.catalogs.CatalogError`
naming the file and the entry.  Cross-references are checked too: every
suggested measure must exist in ``catalogs/measures.json`` and every risk item
in one of the risk instruments (``resources/risk/instrument-v*.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.catalogs import Catalog, CatalogError, Entry
from mpi_desktop.paths import resource_path

PROTOCOL_KEY = "mpi-cdmx-violencia-digital"
FILE_RE = re.compile(r"^digital-violence-v(\d+)\.json$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
#: Gates the app knows how to act on.  A file naming another gate is refused:
#: a gate without behaviour would silently do nothing in an emergency.
GATES = ("physical_risk",)
LANGS = catalogs.LANGS


@dataclass(frozen=True)
class ProtocolItem:
    code: str
    step: str
    labels: dict[str, str]
    helps: dict[str, str] = field(default_factory=dict)
    gate: str | None = None

    def label(self, lang: str = "es") -> str:
        return self.labels.get(lang) or self.labels["es"]

    def help(self, lang: str = "es") -> str:
        return self.helps.get(lang) or self.helps.get("es", "")

    @property
    def is_question(self) -> bool:
        """Gate items are yes/no questions; the answer decides whether the gate fires."""
        return self.gate is not None


@dataclass(frozen=True)
class ProtocolStep:
    code: str
    labels: dict[str, str]
    helps: dict[str, str]
    items: tuple[ProtocolItem, ...]

    def label(self, lang: str = "es") -> str:
        return self.labels.get(lang) or self.labels["es"]

    def help(self, lang: str = "es") -> str:
        return self.helps.get(lang) or self.helps.get("es", "")


@dataclass(frozen=True)
class Protocol:
    version: int
    valid_from: date
    titles: dict[str, str]
    types: Catalog
    aggravating: Catalog
    platforms: Catalog
    steps: tuple[ProtocolStep, ...]
    path: str = ""
    _items: dict[str, ProtocolItem] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._items.update({i.code: i for s in self.steps for i in s.items})

    def title(self, lang: str = "es") -> str:
        return self.titles.get(lang) or self.titles["es"]

    def step(self, code: str) -> ProtocolStep | None:
        return next((s for s in self.steps if s.code == code), None)

    def item(self, code: str) -> ProtocolItem | None:
        return self._items.get(code)

    def item_codes(self) -> list[str]:
        return [i.code for s in self.steps for i in s.items]

    def gate_items(self, gate: str) -> list[ProtocolItem]:
        return [i for i in self._items.values() if i.gate == gate]

    def risk_items(self, type_code: str) -> tuple[str, ...]:
        entry = self.types.get(type_code)
        return tuple(entry.get("risk_items", ())) if entry else ()

    def measures_for(self, type_code: str) -> tuple[str, ...]:
        entry = self.types.get(type_code)
        return tuple(entry.get("suggested_measures", ())) if entry else ()

    def suggested_measures(self, type_codes: Iterable[str]) -> list[tuple[str, list[str]]]:
        """(measure code, the types suggesting it), in protocol order, each measure once."""
        wanted = set(type_codes)
        found: dict[str, list[str]] = {}
        for entry in self.types.entries:
            if entry.code not in wanted:
                continue
            for measure in self.measures_for(entry.code):
                found.setdefault(measure, []).append(entry.code)
        return list(found.items())


# --- parsing ---------------------------------------------------------------------------


def _texts(raw: dict[str, Any], prefix: str, path: Path, where: str, *,
           required: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in LANGS:
        key = f"{prefix}{lang}"
        value = raw.get(key)
        if value is None and not required:
            continue
        if not isinstance(value, str) or not value.strip():
            raise CatalogError(path, where, f"missing '{key}' text")
        out[lang] = value
    return out


def _code_list(entry: Entry, attr: str, path: Path) -> list[str]:
    value = entry.get(attr, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogError(path, entry.code, f"'{attr}' must be a list of codes")
    if len(set(value)) != len(value):
        raise CatalogError(path, entry.code, f"'{attr}' repeats a code")
    return list(value)


def _parse_steps(raw: Any, path: Path) -> tuple[ProtocolStep, ...]:
    if not isinstance(raw, list) or not raw:
        raise CatalogError(path, None, "'steps' must be a non-empty list")
    steps: list[ProtocolStep] = []
    seen: set[str] = set()
    for i, step_raw in enumerate(raw):
        if not isinstance(step_raw, dict):
            raise CatalogError(path, f"steps #{i}", "step must be an object")
        code = step_raw.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            raise CatalogError(path, f"steps #{i}", "missing or invalid step code")
        if code in seen:
            raise CatalogError(path, code, "duplicate code")
        seen.add(code)
        labels = _texts(step_raw, "", path, code, required=True)
        helps = _texts(step_raw, "help_", path, code, required=False)
        items_raw = step_raw.get("items")
        if not isinstance(items_raw, list) or not items_raw:
            raise CatalogError(path, code, "'items' must be a non-empty list")
        items: list[ProtocolItem] = []
        for j, item_raw in enumerate(items_raw):
            where = f"{code} item #{j}"
            if not isinstance(item_raw, dict):
                raise CatalogError(path, where, "item must be an object")
            item_code = item_raw.get("code")
            if not isinstance(item_code, str) or not _CODE.match(item_code):
                raise CatalogError(path, where, "missing or invalid item code")
            if item_code in seen:
                raise CatalogError(path, item_code, "duplicate code")
            seen.add(item_code)
            gate = item_raw.get("gate")
            if gate is not None and gate not in GATES:
                raise CatalogError(path, item_code, f"unknown gate '{gate}' (known: "
                                   + ", ".join(GATES) + ")")
            items.append(ProtocolItem(
                code=item_code, step=code,
                labels=_texts(item_raw, "", path, item_code, required=True),
                helps=_texts(item_raw, "help_", path, item_code, required=False),
                gate=gate))
        steps.append(ProtocolStep(code=code, labels=labels, helps=helps, items=tuple(items)))
    return tuple(steps)


def parse(doc: Any, path: Path, *, measure_codes: set[str], risk_item_codes: set[str],
          expected_version: int | None = None) -> Protocol:
    """Validate one protocol document; raise CatalogError naming the first problem."""
    if not isinstance(doc, dict) or doc.get("protocol") != PROTOCOL_KEY:
        raise CatalogError(path, None, f"'protocol' must be '{PROTOCOL_KEY}'")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CatalogError(path, None, "'version' must be a positive integer")
    if expected_version is not None and version != expected_version:
        raise CatalogError(path, None, f"'version' is {version} but the file name says "
                           f"{expected_version}")
    try:
        valid_from = date.fromisoformat(str(doc.get("valid_from")))
    except ValueError as exc:
        raise CatalogError(path, None, "'valid_from' must be a date (YYYY-MM-DD)") from exc
    title = doc.get("title")
    if not isinstance(title, dict):
        raise CatalogError(path, None, "'title' must be an object with 'es' and 'en'")
    titles = _texts(title, "", path, "title", required=True)
    types = catalogs.parse_entries(doc.get("types"), path, "types")
    for entry in types:
        for measure in _code_list(entry, "suggested_measures", path):
            if measure not in measure_codes:
                raise CatalogError(path, entry.code,
                                   f"'suggested_measures' refers to unknown measure '{measure}'")
        for item in _code_list(entry, "risk_items", path):
            if item not in risk_item_codes:
                raise CatalogError(path, entry.code,
                                   f"'risk_items' refers to unknown risk item '{item}'")
    aggravating = catalogs.parse_entries(doc.get("aggravating_factors"), path,
                                         "aggravating_factors")
    platforms = catalogs.parse_entries(doc.get("platforms"), path, "platforms")
    steps = _parse_steps(doc.get("steps"), path)
    name = f"{PROTOCOL_KEY}-v{version}"
    return Protocol(version=version, valid_from=valid_from, titles=titles,
                    types=Catalog(f"{name}:types", version, types),
                    aggravating=Catalog(f"{name}:aggravating", version, aggravating),
                    platforms=Catalog(f"{name}:platforms", version, platforms),
                    steps=steps, path=str(path))


# --- cross-reference sources ------------------------------------------------------------


def default_measure_codes() -> set[str]:
    return set(catalogs.get("measures").codes(active_only=False))


def default_risk_item_codes() -> set[str]:
    """Every vulnerability and capacity code of every risk instrument version."""
    codes: set[str] = set()
    for path in sorted(resource_path("risk").glob("instrument-v*.json")):
        doc = catalogs.read_json(path)
        groups = doc.get("groups") if isinstance(doc, dict) else None
        if not isinstance(groups, list):
            raise CatalogError(path, None, "'groups' must be a list")
        for group in groups:
            for kind in ("vulnerabilities", "capacities"):
                for item in group.get(kind, []) if isinstance(group, dict) else []:
                    if isinstance(item, dict) and isinstance(item.get("code"), str):
                        codes.add(item["code"])
    return codes


# --- the library of versions ------------------------------------------------------------


class ProtocolFileError(CatalogError):
    """A protocol file failed validation (names the file and the entry)."""


class UnknownProtocolVersion(ProtocolFileError):
    def __init__(self, folder: Path, version: int) -> None:
        super().__init__(folder, f"v{version}", "no protocol file for this version")
        self.version = version


class Library:
    """Every protocol version in one folder, loaded and validated on first use."""

    def __init__(self, folder: Path, *,
                 measure_codes: Callable[[], set[str]] = default_measure_codes,
                 risk_item_codes: Callable[[], set[str]] = default_risk_item_codes) -> None:
        self.folder = folder
        self._measure_codes = measure_codes
        self._risk_item_codes = risk_item_codes
        self._loaded: dict[int, Protocol] = {}

    def files(self) -> dict[int, Path]:
        found: dict[int, Path] = {}
        for path in sorted(self.folder.glob("digital-violence-v*.json")):
            match = FILE_RE.match(path.name)
            if match:
                found[int(match.group(1))] = path
        return found

    def versions(self) -> list[int]:
        return sorted(self.files())

    def get(self, version: int) -> Protocol:
        if version not in self._loaded:
            path = self.files().get(version)
            if path is None:
                raise UnknownProtocolVersion(self.folder, version)
            try:
                self._loaded[version] = parse(
                    catalogs.read_json(path), path, measure_codes=self._measure_codes(),
                    risk_item_codes=self._risk_item_codes(), expected_version=version)
            except ProtocolFileError:
                raise
            except CatalogError as exc:
                raise ProtocolFileError(exc.path, exc.entry, exc.problem) from exc
        return self._loaded[version]

    def latest(self) -> Protocol:
        versions = self.versions()
        if not versions:
            raise ProtocolFileError(self.folder, None, "no digital-violence protocol file")
        return self.get(versions[-1])

    def check_all(self) -> list[int]:
        """Load every version now: a broken file stops the app at start, not mid-interview."""
        versions = self.versions()
        for version in versions:
            self.get(version)
        if not versions:
            self.latest()
        return versions


@cache
def _default_library() -> Library:
    return Library(resource_path("protocols"))


_override: Library | None = None


def library() -> Library:
    """The library the app uses: the packaged protocols unless one was installed."""
    return _override or _default_library()


def use_library(lib: Library | None) -> None:
    """Point the app at another protocol folder (tests, training setups); None restores."""
    global _override
    _override = lib


def get(version: int) -> Protocol:
    return library().get(version)


def latest() -> Protocol:
    return library().latest()
