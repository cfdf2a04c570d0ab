"""Cases (expedientes) and their events: aggressions and attentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain.ids import new_id

DATE_PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class CaseParticipant:
    person_id: str
    role: str  # link_roles catalog
    is_primary: bool = False


@dataclass(frozen=True)
class Case:
    opened_on: date
    origin: str = "solicitud_directa"  # case_origins catalog
    status: str = "solicitud"  # case_statuses catalog
    id: str = field(default_factory=new_id)
    #: Assigned by storage on first save when empty.
    folio: str = ""
    procedure: str | None = None  # procedures catalog
    federal_folio: str = ""
    participants: tuple[CaseParticipant, ...] = ()
    caseworker: str = ""
    incorporated_on: date | None = None
    closed_on: date | None = None
    closing_reason: str | None = None
    closing_notes: str = ""
    #: The facts as told at intake (searchable).
    narrative: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def primary_person_id(self) -> str | None:
        for p in self.participants:
            if p.is_primary:
                return p.person_id
        return None

    @property
    def person_ids(self) -> list[str]:
        return [p.person_id for p in self.participants]


@dataclass(frozen=True)
class Aggression:
    case_id: str
    occurred_on: date
    types: tuple[str, ...]  # aggression_types catalog, at least one
    aggressor_type: str  # aggressor_types catalog
    id: str = field(default_factory=new_id)
    date_precision: str = "day"
    place: str = ""
    alcaldia: str | None = None
    description: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Attention:
    case_id: str
    kind: str  # attention_types catalog
    occurred_on: date
    id: str = field(default_factory=new_id)
    institution: str | None = None  # institutions catalog; required for canalización
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
