"""People, cases, aggressions and attentions ↔ interchange items (JSON objects).

Item keys are exactly the domain dataclasses' field names, so a domain
validation issue on ``contacts.1.value`` maps to ``$.people[i].contacts[1].value``.
Dates are ISO 8601 calendar dates; ``created_at``/``updated_at`` are UTC instants.
Optional keys take the domain's defaults; the exporter always writes every key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cases import DATE_PRECISIONS, Aggression, Attention, Case, CaseParticipant
from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person
from mpi_desktop.domain.timeutil import iso_utc, parse_iso_utc
from mpi_desktop.interchange import schema_parts as s

T = TypeVar("T")
Item = dict[str, Any]


# --- item schemas ----------------------------------------------------------------------


def _times() -> dict[str, s.Schema]:
    return {"created_at": s.instant("when the record was created (UTC)"),
            "updated_at": s.instant("when the record last changed (UTC)")}


def person_schema() -> s.Schema:
    contact = s.obj({
        "kind": s.code("contact_channel_types"),
        "value": s.text(v.MAX_SHORT),
        "safe": s.boolean("the person says this channel is safe to use"),
        "notes": s.text(v.MAX_SHORT),
    }, required=("kind", "value"))
    document = s.obj({
        "kind": {"type": "string", "enum": ["curp", "rfc", "ine", "pasaporte", "otro"]},
        "number": s.text(64),
    }, required=("kind", "number"))
    return s.obj({
        "id": s.uuid(),
        "given_names": s.text(v.MAX_NAME),
        "first_surname": s.text(v.MAX_NAME),
        "second_surname": s.text(v.MAX_NAME),
        "profile": s.code("profiles"),
        "aliases": s.array(s.text(v.MAX_NAME), max_items=50),
        "sex": s.nullable(s.code("sexes")),
        "gender_identity": s.nullable(s.code("gender_identities")),
        "birth_date": s.nullable(s.date()),
        "nationality": s.nullable(s.code("nationalities")),
        "contacts": s.array(contact, max_items=50),
        "documents": s.array(document, max_items=20),
        "address": s.text(v.MAX_SHORT),
        "postal_code": s.text(5),
        "alcaldia": s.nullable(s.code("alcaldias")),
        "organization": s.text(v.MAX_SHORT),
        "organization_category": s.nullable(s.code("organization_categories")),
        "defence_topics": s.array(s.code("defence_topics"), max_items=100),
        "intersectional_factors": s.array(s.code("intersectional_factors"), max_items=100),
        "consent": s.boolean("privacy notice accepted"),
        "consent_date": s.nullable(s.date()),
        "arco_opposition": s.boolean("ARCO opposition: excluded from statistics and exports"),
        "opposition_date": s.nullable(s.date()),
        "notes": s.text(v.MAX_TEXT),
        **_times(),
    }, required=("id", "given_names", "profile"), title="Person")


def case_schema() -> s.Schema:
    participant = s.obj({
        "person_id": s.uuid("a person of the 'people' section or already in the vault"),
        "role": s.code("link_roles"),
        "is_primary": s.boolean("the case's main beneficiary (exactly one)"),
    }, required=("person_id", "role"))
    return s.obj({
        "id": s.uuid(),
        "folio": {"type": "string", "pattern": s.FOLIO_PATTERN, "maxLength": 16},
        "opened_on": s.date("date of the request"),
        "origin": s.code("case_origins"),
        "status": s.code("case_statuses"),
        "procedure": s.nullable(s.code("procedures")),
        "federal_folio": s.text(v.MAX_NAME),
        "participants": s.array(participant, max_items=200),
        "caseworker": s.text(v.MAX_NAME),
        "incorporated_on": s.nullable(s.date()),
        "closed_on": s.nullable(s.date()),
        "closing_reason": s.nullable(s.code("closing_reasons")),
        "closing_notes": s.text(v.MAX_TEXT),
        "narrative": s.text(v.MAX_TEXT),
        **_times(),
    }, required=("id", "folio", "opened_on", "participants"), title="Case")


def aggression_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "case_id": s.uuid("a case of the 'cases' section or already in the vault"),
        "occurred_on": s.date(),
        "date_precision": {"type": "string", "enum": list(DATE_PRECISIONS)},
        "types": s.array(s.code("aggression_types"), max_items=50),
        "aggressor_type": s.code("aggressor_types"),
        "place": s.text(v.MAX_SHORT),
        "alcaldia": s.nullable(s.code("alcaldias")),
        "description": s.text(v.MAX_TEXT),
        **_times(),
    }, required=("id", "case_id", "occurred_on", "types", "aggressor_type"),
        title="Aggression")


def attention_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "case_id": s.uuid("a case of the 'cases' section or already in the vault"),
        "kind": s.code("attention_types"),
        "occurred_on": s.date(),
        "institution": s.nullable(s.code("institutions")),
        "notes": s.text(v.MAX_TEXT),
        **_times(),
    }, required=("id", "case_id", "kind", "occurred_on"), title="Attention")


# --- domain → item ---------------------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def person_item(p: Person) -> Item:
    return {
        "id": p.id, "given_names": p.given_names, "first_surname": p.first_surname,
        "second_surname": p.second_surname, "profile": p.profile, "aliases": list(p.aliases),
        "sex": p.sex, "gender_identity": p.gender_identity, "birth_date": _d(p.birth_date),
        "nationality": p.nationality,
        "contacts": [{"kind": c.kind, "value": c.value, "safe": c.safe, "notes": c.notes}
                     for c in p.contacts],
        "documents": [{"kind": d.kind, "number": d.number} for d in p.documents],
        "address": p.address, "postal_code": p.postal_code, "alcaldia": p.alcaldia,
        "organization": p.organization, "organization_category": p.organization_category,
        "defence_topics": list(p.defence_topics),
        "intersectional_factors": list(p.intersectional_factors),
        "consent": p.consent, "consent_date": _d(p.consent_date),
        "arco_opposition": p.arco_opposition, "opposition_date": _d(p.opposition_date),
        "notes": p.notes, "created_at": p.created_at, "updated_at": p.updated_at,
    }


def case_item(c: Case) -> Item:
    return {
        "id": c.id, "folio": c.folio, "opened_on": _d(c.opened_on), "origin": c.origin,
        "status": c.status, "procedure": c.procedure, "federal_folio": c.federal_folio,
        "participants": [{"person_id": p.person_id, "role": p.role, "is_primary": p.is_primary}
                         for p in c.participants],
        "caseworker": c.caseworker, "incorporated_on": _d(c.incorporated_on),
        "closed_on": _d(c.closed_on), "closing_reason": c.closing_reason,
        "closing_notes": c.closing_notes, "narrative": c.narrative,
        "created_at": c.created_at, "updated_at": c.updated_at,
    }


def aggression_item(a: Aggression) -> Item:
    return {
        "id": a.id, "case_id": a.case_id, "occurred_on": _d(a.occurred_on),
        "date_precision": a.date_precision, "types": list(a.types),
        "aggressor_type": a.aggressor_type, "place": a.place, "alcaldia": a.alcaldia,
        "description": a.description, "created_at": a.created_at, "updated_at": a.updated_at,
    }


def attention_item(a: Attention) -> Item:
    return {
        "id": a.id, "case_id": a.case_id, "kind": a.kind, "occurred_on": _d(a.occurred_on),
        "institution": a.institution, "notes": a.notes, "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


# --- item → domain -----------------------------------------------------------------------------


@dataclass
class Decoded:
    """A converted item, or the problems (relative field path, code) that stopped it."""

    value: Any = None
    problems: list[tuple[str, str]] = field(default_factory=list)


class _Reader:
    """Pulls typed values out of a schema-valid item, noting impossible dates."""

    def __init__(self, item: Item) -> None:
        self.item = item
        self.problems: list[tuple[str, str]] = []
        self.now = iso_utc()

    def date(self, key: str) -> date | None:
        raw = self.item.get(key)
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.problems.append((key, "invalid_date"))
            return None

    def instant(self, key: str) -> str:
        raw = self.item.get(key)
        if raw is None:
            return self.now
        try:
            return iso_utc(parse_iso_utc(raw))
        except ValueError:
            self.problems.append((key, "invalid_instant"))
            return self.now

    def kwargs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return {k: self.item[k] for k in keys if k in self.item}


def _finish(reader: _Reader, build: Callable[[], T]) -> Decoded:
    value = build()
    return Decoded(None if reader.problems else value, reader.problems)


def person_from(item: Item) -> Decoded:
    r = _Reader(item)
    simple = r.kwargs(("id", "given_names", "first_surname", "second_surname", "profile", "sex",
                       "gender_identity", "nationality", "address", "postal_code", "alcaldia",
                       "organization", "organization_category", "consent",
                       "arco_opposition", "notes"))
    dates: dict[str, Any] = {k: r.date(k) for k in ("birth_date", "consent_date",
                                                    "opposition_date")}
    return _finish(r, lambda: Person(
        **simple, **dates,
        aliases=tuple(item.get("aliases", ())),
        contacts=tuple(ContactChannel(c["kind"], c["value"], c.get("safe", False),
                                      c.get("notes", "")) for c in item.get("contacts", ())),
        documents=tuple(IdentityDocument(d["kind"], d["number"])
                        for d in item.get("documents", ())),
        defence_topics=tuple(item.get("defence_topics", ())),
        intersectional_factors=tuple(item.get("intersectional_factors", ())),
        created_at=r.instant("created_at"), updated_at=r.instant("updated_at")))


def case_from(item: Item) -> Decoded:
    r = _Reader(item)
    simple = r.kwargs(("id", "folio", "origin", "status", "procedure", "federal_folio",
                       "caseworker", "closing_reason", "closing_notes", "narrative"))
    dates: dict[str, Any] = {k: r.date(k) for k in ("incorporated_on", "closed_on")}
    opened = r.date("opened_on")
    parts = [CaseParticipant(p["person_id"], p["role"], p.get("is_primary", False))
             for p in item["participants"]]
    # Storage lists the main beneficiary first; so must an identical incoming case.
    parts.sort(key=lambda p: not p.is_primary)
    return _finish(r, lambda: Case(
        **simple, **dates, opened_on=opened or date.min, participants=tuple(parts),
        created_at=r.instant("created_at"), updated_at=r.instant("updated_at")))


def aggression_from(item: Item) -> Decoded:
    r = _Reader(item)
    simple = r.kwargs(("id", "case_id", "date_precision", "aggressor_type", "place",
                       "alcaldia", "description"))
    occurred = r.date("occurred_on")
    return _finish(r, lambda: Aggression(
        **simple, occurred_on=occurred or date.min, types=tuple(item["types"]),
        created_at=r.instant("created_at"), updated_at=r.instant("updated_at")))


def attention_from(item: Item) -> Decoded:
    r = _Reader(item)
    simple = r.kwargs(("id", "case_id", "kind", "institution", "notes"))
    occurred = r.date("occurred_on")
    return _finish(r, lambda: Attention(
        **simple, occurred_on=occurred or date.min,
        created_at=r.instant("created_at"), updated_at=r.instant("updated_at")))
