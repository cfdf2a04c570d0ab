"""Anonymization of cases for the CEM packet (docs/ANONYMIZATION.md).

Pure functions: the vault's records in, generalized values out.  Nothing here
returns a name, an alias, a contact, an address, a document number, an exact
date, a folio or an organisation's name; the packet is built only from what
these functions return (plus the caseworker's summary for CEM, which the leak
scanner checks before anything is written).

Rules, one function each:

* **pseudonyms** per packet, consistent within it: every person gets one token
  ("A", "B", … "Z", "AA"… or random codes), the same wherever they appear;
* **roles instead of names** for linked persons ("Familiar de Persona A");
* **age bands** (:data:`AGE_BANDS`) at the session date, never a birth date;
* **month and year** for dates (year only when only the year is known);
* **place** as alcaldía or zone, per the session's ``place_granularity``;
* **organisation → category** (``organization_categories`` catalog);
* **measures that would locate a person** (catalog ``locating: true``) reduced
  to their type: their free-text details never leave the vault.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain import catalogs, measures
from mpi_desktop.domain.cases import Aggression, Case
from mpi_desktop.domain.people import Person

# --- age bands ---------------------------------------------------------------------------

#: (code, lowest age, highest age or None).  Wide on purpose: with profile,
#: place and month they must still describe many people (docs/ANONYMIZATION.md).
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("under_18", 0, 17),
    ("18_29", 18, 29),
    ("30_44", 30, 44),
    ("45_59", 45, 59),
    ("60_plus", 60, None),
)
AGE_UNKNOWN = "unknown"


def age_band(birth_date: date | None, on: date) -> str:
    if birth_date is None or birth_date > on:
        return AGE_UNKNOWN
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    for code, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return code
    return AGE_UNKNOWN


# --- dates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthYear:
    """A generalized date: month may be None when only the year is known."""

    year: int
    month: int | None = None

    @property
    def sort_key(self) -> tuple[int, int]:
        """Year-only dates sort before the months of their year."""
        return (self.year, self.month or 0)


def month_year(day: date, precision: str = "day") -> MonthYear:
    return MonthYear(day.year, None if precision == "year" else day.month)


# --- places ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A generalized place: a code of the ``alcaldias`` or ``zones`` catalog."""

    catalog: str
    code: str

    def label(self, lang: str = "es") -> str:
        return catalogs.get(self.catalog).label(self.code, lang)


def generalize_place(alcaldia: str | None, granularity: str) -> Place | None:
    if not alcaldia:
        return None
    if granularity == "zona":
        entry = catalogs.get("alcaldias").get(alcaldia)
        zone = entry.get("zone") if entry is not None else None
        return Place("zones", zone) if zone else None
    return Place("alcaldias", alcaldia)


# --- pseudonyms --------------------------------------------------------------------------------

#: Crockford-style alphabet without look-alikes (no I, L, O, U, 0, 1).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def letter_token(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA", 27 → "AB" (spreadsheet columns)."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


class Pseudonyms:
    """Tokens for the people of one packet: the same person, the same token.

    Letters follow the order people are first seen (agenda order, primary
    persons first); codes are random and unrelated to anything in the vault.
    """

    def __init__(self, style: str = "letters", *, taken: Iterable[str] = ()) -> None:
        self.style = style
        self._by_person: dict[str, str] = {}
        self._used: set[str] = set(taken)

    def token(self, person_id: str) -> str:
        existing = self._by_person.get(person_id)
        if existing is not None:
            return existing
        if self.style == "codes":
            while True:
                tok = "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
                if tok not in self._used:
                    break
        else:
            tok = letter_token(len(self._by_person))
            while tok in self._used:  # pragma: no cover - only with preset tokens
                tok = letter_token(len(self._used) + 1)
        self._used.add(tok)
        self._by_person[person_id] = tok
        return tok

    def get(self, person_id: str) -> str | None:
        return self._by_person.get(person_id)

    def mapping(self) -> dict[str, str]:
        """person id → token: kept only in the vault."""
        return dict(self._by_person)


# --- case facts in, anonymized view out ------------------------------------------------------


@dataclass(frozen=True)
class MeasureFacts:
    """One measure of the protection plan, as storage hands it over."""

    id: str
    code: str  # measures catalog
    state: str
    institution: str | None = None
    details: str = ""
    #: State-change date (proposed, approved, …); shown as month and year.
    since: date | None = None
    #: Started under the extraordinary procedure, awaiting the CEM's ratification.
    pending_ratification: bool = False


@dataclass(frozen=True)
class RiskFacts:
    level: str | None  # risk level code
    level_label: dict[str, str] = field(default_factory=dict)  # lang → label
    #: "rising", "falling", "stable" or None (first assessment).
    trend: str | None = None
    assessed_on: date | None = None
    history: tuple[str, ...] = ()  # level codes, oldest first


@dataclass(frozen=True)
class DvFacts:
    """Digital-violence findings: (type code, review date, protocol version)."""

    types: tuple[tuple[str, date, int], ...] = ()


@dataclass(frozen=True)
class CaseFacts:
    case: Case
    people: dict[str, Person]
    aggressions: tuple[Aggression, ...] = ()
    measures: tuple[MeasureFacts, ...] = ()
    risk: RiskFacts | None = None
    dv: DvFacts = DvFacts()
    summary: str = ""
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkedRef:
    """"Familiar 2 de Persona A": role code, ordinal among same-role links, owner token."""

    role: str
    of_token: str
    ordinal: int | None = None
    #: Set when this person is also a main person elsewhere in the packet.
    own_token: str | None = None


@dataclass(frozen=True)
class AggressionMonth:
    when: MonthYear
    types: tuple[str, ...]  # aggression_types codes
    aggressor_types: tuple[str, ...]


@dataclass(frozen=True)
class MeasureView:
    id: str
    code: str
    category: str | None
    state: str
    institution: str | None
    #: Free-text details, or None: locating measures never carry them.
    details: str | None
    since: MonthYear | None
    locating: bool
    pending_ratification: bool = False


@dataclass(frozen=True)
class DvType:
    code: str
    months: tuple[MonthYear, ...]
    #: Protocol version whose typology names the code (the latest review's).
    version: int = 1


@dataclass(frozen=True)
class AnonymizedCase:
    case_id: str
    agenda_no: int
    token: str
    topics: tuple[str, ...]
    profile: str | None
    age_band: str
    place: Place | None
    organization_category: str | None
    linked: tuple[LinkedRef, ...]
    aggressions: tuple[AggressionMonth, ...]
    risk: RiskFacts | None
    measures_in_force: tuple[MeasureView, ...]
    measures_proposed: tuple[MeasureView, ...]
    measures_other: tuple[MeasureView, ...]
    dv_types: tuple[DvType, ...]
    summary: str


#: Measure states grouped for the packet (the plan's life cycle, domain/measures.py):
#: approved counts as in force for the CEM (decided, being put in place).
IN_FORCE_STATES = frozenset({"aprobada", "en_implementacion", "vigente", "en_evaluacion",
                             "modificada"})
PROPOSED_STATES = frozenset({"propuesta"})


def is_locating(code: str) -> bool:
    """Catalog flag; an unknown code is treated as locating (fail closed)."""
    entry = measure_entry(code)
    return True if entry is None else bool(entry.get("locating", True))


def measure_entry(code: str) -> catalogs.Entry | None:
    return measures.catalog().entry(code)


def reduce_measure(m: MeasureFacts) -> MeasureView:
    entry = measure_entry(m.code)
    locating = is_locating(m.code)
    details = None if locating or not m.details.strip() else m.details.strip()
    return MeasureView(id=m.id, code=m.code,
                       category=entry.get("category") if entry else None,
                       state=m.state, institution=m.institution, details=details,
                       since=month_year(m.since) if m.since else None, locating=locating,
                       pending_ratification=m.pending_ratification)


def _aggression_months(aggs: Sequence[Aggression]) -> tuple[AggressionMonth, ...]:
    groups: dict[MonthYear, tuple[dict[str, None], dict[str, None]]] = {}
    for a in sorted(aggs, key=lambda x: x.occurred_on):
        key = month_year(a.occurred_on, a.date_precision)
        types, aggressors = groups.setdefault(key, ({}, {}))
        for t in a.types:
            types.setdefault(t, None)
        aggressors.setdefault(a.aggressor_type, None)
    return tuple(AggressionMonth(k, tuple(t), tuple(g))
                 for k, (t, g) in sorted(groups.items(), key=lambda kv: kv[0].sort_key))


def _dv_types(dv: DvFacts) -> tuple[DvType, ...]:
    months: dict[str, dict[MonthYear, None]] = {}
    versions: dict[str, int] = {}
    for code, day, version in dv.types:
        months.setdefault(code, {}).setdefault(month_year(day), None)
        versions[code] = max(version, versions.get(code, version))
    return tuple(DvType(code, tuple(sorted(m, key=lambda x: x.sort_key)), versions[code])
                 for code, m in months.items())


def _place_of(facts: CaseFacts, primary: Person | None, granularity: str) -> Place | None:
    if primary is not None and primary.alcaldia:
        return generalize_place(primary.alcaldia, granularity)
    for agg in sorted(facts.aggressions, key=lambda a: a.occurred_on, reverse=True):
        if agg.alcaldia:
            return generalize_place(agg.alcaldia, granularity)
    return None


def assign_tokens(cases: Sequence[CaseFacts], pseudonyms: Pseudonyms) -> None:
    """Main persons first, in agenda order; then everyone else they are linked to."""
    for facts in cases:
        pid = facts.case.primary_person_id
        if pid is not None:
            pseudonyms.token(pid)
    for facts in cases:
        for part in facts.case.participants:
            pseudonyms.token(part.person_id)


def anonymize_case(facts: CaseFacts, *, agenda_no: int, pseudonyms: Pseudonyms,
                   on: date, granularity: str, main_people: frozenset[str] = frozenset()
                   ) -> AnonymizedCase:
    """The generalized view of one case; ``main_people`` are primaries in the packet."""
    primary_id = facts.case.primary_person_id
    primary = facts.people.get(primary_id) if primary_id else None
    token = pseudonyms.token(primary_id) if primary_id else pseudonyms.token(facts.case.id)
    linked: list[LinkedRef] = []
    by_role: dict[str, int] = {}
    for part in facts.case.participants:
        if not part.is_primary:
            by_role[part.role] = by_role.get(part.role, 0) + 1
    seen_role: dict[str, int] = {}
    for part in facts.case.participants:
        if part.is_primary:
            continue
        seen_role[part.role] = seen_role.get(part.role, 0) + 1
        ordinal = seen_role[part.role] if by_role[part.role] > 1 else None
        own = pseudonyms.token(part.person_id) if part.person_id in main_people else None
        linked.append(LinkedRef(part.role, token, ordinal, own))
        pseudonyms.token(part.person_id)  # mapped in the vault even when not shown
    views = [reduce_measure(m) for m in facts.measures]
    return AnonymizedCase(
        case_id=facts.case.id, agenda_no=agenda_no, token=token, topics=facts.topics,
        profile=primary.profile if primary else None,
        age_band=age_band(primary.birth_date if primary else None, on),
        place=_place_of(facts, primary, granularity),
        organization_category=primary.organization_category if primary else None,
        linked=tuple(linked), aggressions=_aggression_months(facts.aggressions),
        risk=facts.risk,
        measures_in_force=tuple(v for v in views if v.state in IN_FORCE_STATES),
        measures_proposed=tuple(v for v in views if v.state in PROPOSED_STATES),
        measures_other=tuple(v for v in views if v.state not in IN_FORCE_STATES
                             and v.state not in PROPOSED_STATES),
        dv_types=_dv_types(facts.dv), summary=facts.summary.strip(),
    )


def anonymize_packet(cases: Sequence[CaseFacts], *, on: date, granularity: str,
                     style: str = "letters") -> tuple[list[AnonymizedCase], Pseudonyms]:
    """Every case of a packet, numbered in order, with one pseudonym table."""
    pseudonyms = Pseudonyms(style)
    assign_tokens(cases, pseudonyms)
    mains = frozenset(pid for f in cases if (pid := f.case.primary_person_id))
    out = [anonymize_case(f, agenda_no=i + 1, pseudonyms=pseudonyms, on=on,
                          granularity=granularity, main_people=mains)
           for i, f in enumerate(cases)]
    return out, pseudonyms
