"""Extension contract: each feature contributes the collections it owns.

A document is ``{"format": "mpi-desktop-interchange", "version": 1, ...,
<section name>: [items...]}``.  The engine (export/import modules) walks the
registered sections in dependency order.  A feature (risk, digital violence,
CEM, workshops) adds itself to :func:`all_sections` and never edits the engine.

What a section may rely on (docs/INTERCHANGE.md, "Adding a section"):

* ``export_items`` gets a *resolved* scope: ``case_ids`` and ``person_ids`` list
  exactly the cases and people whose data may appear in this document (ARCO
  opposition already applied).  Export only items of those cases/people.
* ``check_items`` runs after the whole document passed the JSON Schema, inside
  the import's single write transaction; report problems with ``ctx.error``
  using JSON paths (``$.<section>[i].<field>``).  Decide duplicates with
  ``ctx.duplicate(...)`` so the report and the write agree.
* ``import_items`` runs only if no section reported an error; it writes the
  items ``ctx.should_write`` allows.  Anything it raises rolls back everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from mpi_desktop.interchange.errors import ImportIssue
from mpi_desktop.storage.connection import Connection

__all__ = ["ExportScope", "ImportContext", "ImportIssue", "InterchangeSection", "all_sections"]

#: Duplicate policies (``--on-duplicate``).
ON_DUPLICATE = ("skip", "replace", "fail")


@dataclass(frozen=True)
class ExportScope:
    """What to export.  ``kind``: 'all', 'case' or 'person' (ARCO access)."""

    kind: str
    case_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()
    #: Leave out people who exercised ARCO opposition (and their cases).
    respect_opposition: bool = True

    @cached_property
    def case_set(self) -> frozenset[str]:
        return frozenset(self.case_ids)

    @cached_property
    def person_set(self) -> frozenset[str]:
        return frozenset(self.person_ids)


@dataclass
class ImportContext:
    """Shared state of one import: collected errors, duplicate report, id maps."""

    actor: str
    #: 'skip' (same UUID already present: keep ours), 'replace', or 'fail'.
    on_duplicate: str = "skip"
    errors: list[ImportIssue] = field(default_factory=list)
    #: (section, uuid, what happened: 'skipped' | 'replaced' | 'identical')
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    #: UUIDs of each section's items in the file (filled by the engine before any
    #: check).  A reference is valid if it is here or already in the vault.
    known_ids: dict[str, set[str]] = field(default_factory=dict)
    #: Items written per section (created + replaced), filled by ``import_items``.
    counts: dict[str, int] = field(default_factory=dict)
    #: Scratch space sections share during one import (e.g. timestamps to restore).
    state: dict[str, Any] = field(default_factory=dict)
    _outcomes: dict[tuple[str, str], str] = field(default_factory=dict)

    def error(self, path: str, code: str, detail: str = "", /, **params: Any) -> None:
        self.errors.append(ImportIssue(path, code, detail, params))

    def duplicate(self, section: str, uuid: str, *, identical: bool, path: str) -> None:
        """Record how an item whose UUID is already in the vault is handled."""
        if identical:
            outcome = "identical"
        elif self.on_duplicate == "fail":
            self.error(path, "duplicate_refused", uuid=uuid)
            return
        else:
            outcome = "replaced" if self.on_duplicate == "replace" else "skipped"
        self._outcomes[(section, uuid)] = outcome
        self.duplicates.append((section, uuid, outcome))

    def should_write(self, section: str, uuid: str) -> bool:
        return self._outcomes.get((section, uuid), "new") in ("new", "replaced")

    def is_new(self, section: str, uuid: str) -> bool:
        return (section, uuid) not in self._outcomes

    def wrote(self, section: str, n: int = 1) -> None:
        self.counts[section] = self.counts.get(section, 0) + n


class InterchangeSection(Protocol):
    #: Top-level key of the document, e.g. "people", "cases", "risk_assessments".
    name: str
    #: Sections whose items this one references (imported first).
    depends_on: tuple[str, ...]

    def item_schema(self) -> dict[str, Any]:
        """JSON Schema (draft 2020-12) of one item of this section."""
        ...

    def export_items(self, conn: Connection, scope: ExportScope) -> list[dict[str, Any]]:
        ...

    def check_items(self, conn: Connection, items: list[dict[str, Any]],
                    ctx: ImportContext) -> None:
        """Semantic checks after schema validation: report via ``ctx.error``."""
        ...

    def import_items(self, conn: Connection, items: list[dict[str, Any]],
                     ctx: ImportContext) -> None:
        """Write the items (inside the engine's single transaction)."""
        ...


def all_sections() -> list[InterchangeSection]:
    """Every registered section.  Each feature adds its import here."""
    from mpi_desktop.interchange import core_sections
    from mpi_desktop.interchange.cem_sections import SECTIONS as CEM_SECTIONS
    from mpi_desktop.interchange.dv_sections import SECTIONS as DV_SECTIONS
    from mpi_desktop.interchange.indicator_sections import SECTIONS as INDICATOR_SECTIONS
    from mpi_desktop.interchange.risk_sections import SECTIONS as RISK_SECTIONS

    return [*core_sections.SECTIONS, *RISK_SECTIONS, *DV_SECTIONS, *CEM_SECTIONS,
            *INDICATOR_SECTIONS]
