"""The risk instrument as data: loader, validator and registry of versions.

Files live in ``resources/risk/instrument-v<N>.json`` (format in docs/RISK.md).
Several versions sit side by side: an assessment records the version it was
made with and is only ever scored with that version, so publishing ``-v2``
never changes what a signed ``-v1`` assessment says.  Released versions are
never edited; a change of items, weights or bands is a new version.

A file that fails validation raises :class:`~mpi_desktop.domain.catalogs.CatalogError`
naming the file and the entry, and :func:`check_all` runs at start-up so a broken
file stops the app before an interview, not during one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from mpi_desktop.domain.catalogs import LANGS, CatalogError, read_json
from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.paths import resource_path

INSTRUMENT_ID = "mpi-cdmx-riesgo"
FILE_RE = re.compile(r"^instrument-v(\d+)\.json$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
SCALE = (0, 1, 2, 3)
VULNERABILITY = "vulnerability"
CAPACITY = "capacity"


class UnknownInstrumentVersion(MpiError):
    """An assessment names an instrument version this installation does not have."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, version: int) -> None:
        super().__init__(f"risk instrument version {version} is not installed")
        self.version = version


@dataclass(frozen=True)
class Choice:
    """A coded option with labels and optional help text (objectives, channels, …)."""

    code: str
    labels: dict[str, str]
    helps: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str = "es") -> str:
        return self.labels.get(lang) or self.labels["es"]

    def help(self, lang: str = "es") -> str:
        return self.helps.get(lang) or self.helps.get("es", "")


@dataclass(frozen=True)
class Rating(Choice):
    weight: float = 1.0


@dataclass(frozen=True)
class ThreatKind(Choice):
    #: Multiplies the threat's score: a possible (inferred) threat weighs less.
    factor: float = 1.0


@dataclass(frozen=True)
class Level(Choice):
    #: Order of seriousness (1 = ordinario); trends and "risk rose" compare ranks.
    rank: int = 0


@dataclass(frozen=True)
class Item(Choice):
    group: str = ""
    #: VULNERABILITY or CAPACITY.
    kind: str = VULNERABILITY
    weight: float = 1.0


@dataclass(frozen=True)
class Group:
    code: str
    labels: dict[str, str]
    vulnerabilities: tuple[Item, ...]
    capacities: tuple[Item, ...]

    def label(self, lang: str = "es") -> str:
        return self.labels.get(lang) or self.labels["es"]


@dataclass(frozen=True)
class Band:
    level: str
    min: float
    requires_grave_imminent: bool = False


@dataclass(frozen=True)
class Instrument:
    version: int
    valid_from: date
    title: dict[str, str]
    path: str
    scale: tuple[Choice, ...]
    levels: tuple[Level, ...]
    threat_kinds: tuple[ThreatKind, ...]
    threat_ratings: tuple[Rating, ...]
    threat_objectives: tuple[Choice, ...]
    threat_channels: tuple[Choice, ...]
    threat_patterns: tuple[Choice, ...]
    groups: tuple[Group, ...]
    bands: tuple[Band, ...]
    capacity_offset: float
    #: Rating code → minimum value; a threat meeting all of them is grave and imminent.
    grave_imminent: dict[str, int]
    #: A grave and imminent threat keeps the level at least here (None: no floor).
    grave_imminent_floor: str | None
    notes: dict[str, str] = field(default_factory=dict)
    _items: dict[str, Item] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for group in self.groups:
            for item in (*group.vulnerabilities, *group.capacities):
                self._items[item.code] = item

    # --- lookups --------------------------------------------------------------------
    @property
    def items(self) -> list[Item]:
        return list(self._items.values())

    def item(self, code: str) -> Item | None:
        return self._items.get(code)

    def items_of(self, kind: str) -> list[Item]:
        return [i for i in self._items.values() if i.kind == kind]

    def level(self, code: str | None) -> Level | None:
        return next((lv for lv in self.levels if lv.code == code), None)

    def level_rank(self, code: str | None) -> int:
        found = self.level(code)
        return found.rank if found else 0

    def level_label(self, code: str | None, lang: str = "es") -> str:
        found = self.level(code)
        return found.label(lang) if found else (code or "")

    def rating(self, code: str) -> Rating | None:
        return next((r for r in self.threat_ratings if r.code == code), None)

    def threat_kind(self, code: str | None) -> ThreatKind | None:
        return next((k for k in self.threat_kinds if k.code == code), None)

    def choices(self, name: str) -> tuple[Choice, ...]:
        """'objectives', 'channels', 'patterns' or 'kinds'."""
        return {"objectives": self.threat_objectives, "channels": self.threat_channels,
                "patterns": self.threat_patterns, "kinds": self.threat_kinds}[name]

    def group(self, code: str) -> Group | None:
        return next((g for g in self.groups if g.code == code), None)


# --- parsing -------------------------------------------------------------------------------


class _Parser:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, entry: str | None, problem: str) -> CatalogError:
        return CatalogError(self.path, entry, problem)

    def labels(self, raw: dict[str, Any], where: str, prefix: str = "") -> dict[str, str]:
        out = {}
        for lang in LANGS:
            text = raw.get(f"{prefix}{lang}")
            if not isinstance(text, str) or not text.strip():
                raise self.fail(where, f"missing '{prefix}{lang}' text")
            out[lang] = text
        return out

    def helps(self, raw: dict[str, Any], where: str) -> dict[str, str]:
        out = {}
        for lang in LANGS:
            text = raw.get(f"help_{lang}")
            if text is None:
                continue
            if not isinstance(text, str):
                raise self.fail(where, f"'help_{lang}' must be text")
            out[lang] = text
        return out

    def code(self, raw: Any, where: str) -> str:
        if not isinstance(raw, dict):
            raise self.fail(where, "entry must be an object")
        code = raw.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            raise self.fail(where, "missing or invalid code (lowercase ASCII snake_case)")
        return code

    def number(self, raw: dict[str, Any], key: str, where: str, *, default: float | None = None,
               minimum: float = 0.0, strict: bool = True, maximum: float | None = None
               ) -> float:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"'{key}' must be a number")
        if (value <= minimum if strict else value < minimum) or (
                maximum is not None and value > maximum):
            raise self.fail(where, f"'{key}' out of range: {value}")
        return float(value)

    def listing(self, doc: dict[str, Any], key: str) -> list[Any]:
        value = doc.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(key, f"'{key}' must be a non-empty list")
        return value

    def unique(self, codes: list[str], where: str) -> None:
        seen: set[str] = set()
        for code in codes:
            if code in seen:
                raise self.fail(code, f"duplicate code in '{where}'")
            seen.add(code)

    def choices(self, doc: dict[str, Any], key: str) -> tuple[Choice, ...]:
        out = []
        for i, raw in enumerate(self.listing(doc, key)):
            code = self.code(raw, f"{key}#{i}")
            out.append(Choice(code, self.labels(raw, code), self.helps(raw, code)))
        self.unique([c.code for c in out], key)
        return tuple(out)


def parse(doc: Any, path: Path) -> Instrument:
    """Validate a whole instrument document; raise CatalogError on the first problem."""
    p = _Parser(path)
    if not isinstance(doc, dict) or doc.get("instrument") != INSTRUMENT_ID:
        raise p.fail(None, f"'instrument' must be '{INSTRUMENT_ID}'")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise p.fail("version", "'version' must be a positive integer")
    named = FILE_RE.match(path.name)
    if named and int(named.group(1)) != version:
        raise p.fail("version", f"file name says version {named.group(1)}, content {version}")
    try:
        valid_from = date.fromisoformat(str(doc.get("valid_from")))
    except ValueError as exc:
        raise p.fail("valid_from", "'valid_from' must be an ISO date") from exc
    title = p.labels(doc.get("title") or {}, "title")
    scale = p.listing(doc, "scale")
    if [s.get("value") if isinstance(s, dict) else None for s in scale] != list(SCALE):
        raise p.fail("scale", "the scale must list the values 0, 1, 2, 3 in order")
    scale_choices = tuple(Choice(str(s["value"]), p.labels(s, f"scale {s['value']}"))
                          for s in scale)

    levels = []
    for i, raw in enumerate(p.listing(doc, "levels")):
        code = p.code(raw, f"levels#{i}")
        rank = raw.get("rank")
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise p.fail(code, "'rank' must be a positive integer")
        levels.append(Level(code, p.labels(raw, code), p.helps(raw, code), rank=rank))
    p.unique([lv.code for lv in levels], "levels")
    if sorted({lv.rank for lv in levels}) != [lv.rank for lv in levels]:
        raise p.fail("levels", "levels must be listed by strictly increasing rank")
    level_codes = {lv.code for lv in levels}

    kinds = []
    for i, raw in enumerate(p.listing(doc, "threat_kinds")):
        code = p.code(raw, f"threat_kinds#{i}")
        kinds.append(ThreatKind(code, p.labels(raw, code), p.helps(raw, code),
                                factor=p.number(raw, "factor", code, maximum=1.0)))
    p.unique([k.code for k in kinds], "threat_kinds")

    ratings = []
    for i, raw in enumerate(p.listing(doc, "threat_ratings")):
        code = p.code(raw, f"threat_ratings#{i}")
        ratings.append(Rating(code, p.labels(raw, code), p.helps(raw, code),
                              weight=p.number(raw, "weight", code, default=1.0)))
    p.unique([r.code for r in ratings], "threat_ratings")

    groups = []
    all_items: list[str] = []
    for i, raw in enumerate(p.listing(doc, "groups")):
        gcode = p.code(raw, f"groups#{i}")
        parts: dict[str, list[Item]] = {}
        for key, kind in (("vulnerabilities", VULNERABILITY), ("capacities", CAPACITY)):
            entries = raw.get(key)
            if not isinstance(entries, list) or not entries:
                raise p.fail(gcode, f"'{key}' must be a non-empty list")
            items = []
            for j, item_raw in enumerate(entries):
                code = p.code(item_raw, f"{gcode}.{key}#{j}")
                items.append(Item(code, p.labels(item_raw, code), p.helps(item_raw, code),
                                  group=gcode, kind=kind,
                                  weight=p.number(item_raw, "weight", code, default=1.0)))
            parts[key] = items
            all_items.extend(it.code for it in items)
        groups.append(Group(gcode, p.labels(raw, gcode), tuple(parts["vulnerabilities"]),
                            tuple(parts["capacities"])))
    p.unique([g.code for g in groups], "groups")
    p.unique(all_items, "items")

    scoring = doc.get("scoring")
    if not isinstance(scoring, dict):
        raise p.fail("scoring", "'scoring' must be an object")
    if scoring.get("method") != "threats_x_vulnerabilities_over_capacities":
        raise p.fail("scoring", "unknown scoring 'method'")
    offset = p.number(scoring, "capacity_offset", "scoring")
    grave = scoring.get("grave_imminent")
    if not isinstance(grave, dict) or not grave:
        raise p.fail("scoring", "'grave_imminent' must map rating codes to minimum values")
    rating_codes = {r.code for r in ratings}
    for code, minimum in grave.items():
        if code not in rating_codes:
            raise p.fail("scoring", f"'grave_imminent' names unknown rating '{code}'")
        if isinstance(minimum, bool) or minimum not in SCALE:
            raise p.fail("scoring", f"'grave_imminent' minimum for '{code}' must be 0–3")
    floor = scoring.get("grave_imminent_floor")
    if floor is not None and floor not in level_codes:
        raise p.fail("scoring", f"'grave_imminent_floor' names unknown level '{floor}'")

    bands = []
    for i, raw in enumerate(p.listing(doc, "bands")):
        where = f"bands#{i}"
        if not isinstance(raw, dict) or raw.get("level") not in level_codes:
            raise p.fail(where, "'level' must name one of the levels")
        requires = raw.get("requires_grave_imminent", False)
        if not isinstance(requires, bool):
            raise p.fail(where, "'requires_grave_imminent' must be true or false")
        bands.append(Band(str(raw["level"]), p.number(raw, "min", where, strict=False),
                          requires))
    if bands[0].min != 0.0:
        raise p.fail("bands#0", "the first band must start at 0")
    rank = {lv.code: lv.rank for lv in levels}
    for before, after in pairwise(bands):
        if after.min <= before.min or rank[after.level] <= rank[before.level]:
            raise p.fail(after.level, "bands must rise in both 'min' and level rank")
    if bands[0].requires_grave_imminent:
        raise p.fail("bands#0", "the first band cannot have requirements")

    notes = doc.get("notes")
    return Instrument(
        version=version, valid_from=valid_from, title=title, path=str(path),
        scale=scale_choices, levels=tuple(levels), threat_kinds=tuple(kinds),
        threat_ratings=tuple(ratings),
        threat_objectives=p.choices(doc, "threat_objectives"),
        threat_channels=p.choices(doc, "threat_channels"),
        threat_patterns=p.choices(doc, "threat_patterns"),
        groups=tuple(groups), bands=tuple(bands), capacity_offset=offset,
        grave_imminent={str(k): int(v) for k, v in grave.items()},
        grave_imminent_floor=floor,
        notes=p.labels(notes, "notes") if isinstance(notes, dict) else {},
    )


def load_file(path: Path) -> Instrument:
    return parse(read_json(path), path)


# --- the registry of versions ---------------------------------------------------------------


@dataclass(frozen=True)
class Registry:
    folder: str
    versions: dict[int, Instrument]

    def get(self, version: int) -> Instrument:
        found = self.versions.get(version)
        if found is None:
            raise UnknownInstrumentVersion(version)
        return found

    def has(self, version: int) -> bool:
        return version in self.versions

    def current(self, today: date | None = None) -> Instrument:
        """The newest version already in force (``valid_from`` reached)."""
        ordered = sorted(self.versions.values(), key=lambda i: i.version)
        if today is not None:
            in_force = [i for i in ordered if i.valid_from <= today]
            if in_force:
                return in_force[-1]
        return ordered[-1]


def instrument_folder() -> Path:
    return resource_path("risk")


@cache
def _load_folder(folder: str) -> Registry:
    base = Path(folder)
    versions: dict[int, Instrument] = {}
    for path in sorted(base.glob("instrument-v*.json")):
        if not FILE_RE.match(path.name):
            raise CatalogError(path, None, "instrument files are named instrument-v<N>.json")
        instrument = load_file(path)
        versions[instrument.version] = instrument
    if not versions:
        raise CatalogError(base / "instrument-v1.json", None, "file not found")
    return Registry(folder=folder, versions=versions)


def registry() -> Registry:
    """Every installed version (cached per folder)."""
    return _load_folder(str(instrument_folder()))


def get(version: int) -> Instrument:
    return registry().get(version)


def current(today: date | None = None) -> Instrument:
    return registry().current(today)


def check_all() -> None:
    """Load every instrument version and the measure catalog now (start-up check)."""
    from mpi_desktop.domain import measures

    registry()
    measures.catalog()
