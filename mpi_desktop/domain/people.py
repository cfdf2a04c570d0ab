"""People: beneficiaries and linked persons."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain.ids import new_id

DOCUMENT_KINDS = ("curp", "rfc", "ine", "pasaporte", "otro")


@dataclass(frozen=True)
class ContactChannel:
    kind: str  # contact_channel_types catalog
    value: str
    #: The person says this channel is safe to use (e.g. Signal on a clean phone).
    safe: bool = False
    notes: str = ""


@dataclass(frozen=True)
class IdentityDocument:
    kind: str  # one of DOCUMENT_KINDS
    number: str


@dataclass(frozen=True)
class Person:
    given_names: str
    first_surname: str = ""
    second_surname: str = ""
    profile: str = "defensora"  # profiles catalog
    id: str = field(default_factory=new_id)
    aliases: tuple[str, ...] = ()
    sex: str | None = None
    gender_identity: str | None = None
    birth_date: date | None = None
    nationality: str | None = None
    contacts: tuple[ContactChannel, ...] = ()
    documents: tuple[IdentityDocument, ...] = ()
    address: str = ""
    postal_code: str = ""
    alcaldia: str | None = None
    organization: str = ""
    organization_category: str | None = None
    defence_topics: tuple[str, ...] = ()
    intersectional_factors: tuple[str, ...] = ()
    consent: bool = False
    consent_date: date | None = None
    #: ARCO opposition: excluded from statistics and exports.
    arco_opposition: bool = False
    opposition_date: date | None = None
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.first_surname, self.second_surname)
                        if p.strip())

    @property
    def initials(self) -> str:
        """For discreet mode: 'María José de la Cruz Peña' → 'M. J. C. P.'."""
        particles = {"de", "del", "la", "las", "los", "y", "da", "van", "von"}
        words = [w for w in self.full_name.replace("-", " ").split()
                 if w.lower() not in particles]
        return " ".join(f"{w[0].upper()}." for w in words if w)

    @property
    def sort_name(self) -> str:
        """Surnames first, folded: the order people expect in a Mexican list."""
        return fold(" ".join(p for p in (self.first_surname, self.second_surname,
                                         self.given_names) if p.strip()))

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()
