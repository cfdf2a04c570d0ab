"""Validation rules for the case records.  Pure functions: object in, issues out.

An issue names the field (a dotted path such as ``contacts.1.value``), a code the
UI and CLI turn into a sentence (``mpi_desktop/texts``), and parameters.  Saving
refuses an object with any issue; the UI shows each one next to its field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.cases import DATE_PRECISIONS, Aggression, Attention, Case
from mpi_desktop.domain.ids import FOLIO_RE
from mpi_desktop.domain.people import DOCUMENT_KINDS, Person
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.errors import ExitCode, MpiError

MAX_NAME = 120
MAX_SHORT = 300
MAX_TEXT = 20_000
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CURP_RE = re.compile(r"^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$")
RFC_RE = re.compile(r"^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$")
INE_RE = re.compile(r"^[A-Z0-9]{9,18}$")
POSTAL_RE = re.compile(r"^\d{5}$")
PHONE_KINDS = {"telefono_movil", "telefono_fijo", "whatsapp"}
EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True)
class Issue:
    field: str
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict)


class ValidationFailed(MpiError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, entity: str, issues: list[Issue]) -> None:
        super().__init__(f"{entity}: " + "; ".join(f"{i.field}: {i.code}" for i in issues))
        self.entity = entity
        self.issues = issues


class _Checker:
    def __init__(self, today: date) -> None:
        self.issues: list[Issue] = []
        self.today = today

    def add(self, where: str, problem: str, **params: Any) -> None:
        self.issues.append(Issue(where, problem, params))

    def required(self, field_: str, value: str) -> None:
        if not value.strip():
            self.add(field_, "required")

    def length(self, field_: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.add(field_, "too_long", limit=limit)

    def code(self, field_: str, value: str | None, catalog: str, *, required: bool = False
             ) -> None:
        if value is None or value == "":
            if required:
                self.add(field_, "required")
            return
        if value not in catalogs.get(catalog):
            self.add(field_, "unknown_code", code=value, catalog=catalog)

    def codes(self, field_: str, values: Iterable[str], catalog: str) -> None:
        seen = set()
        for i, value in enumerate(values):
            self.code(f"{field_}.{i}", value, catalog, required=True)
            if value in seen:
                self.add(f"{field_}.{i}", "duplicate", code=value)
            seen.add(value)

    def past_date(self, field_: str, value: date | None, *, required: bool = False) -> None:
        if value is None:
            if required:
                self.add(field_, "required")
            return
        if value > self.today:
            self.add(field_, "future_date")
        elif value < EARLIEST:
            self.add(field_, "implausible_date")


def normalize_document(number: str) -> str:
    return re.sub(r"[\s\-.]", "", number).upper()


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def validate_person(person: Person, *, today: date | None = None) -> list[Issue]:
    c = _Checker(today or today_local())
    c.required("given_names", person.given_names)
    for name in ("given_names", "first_surname", "second_surname"):
        c.length(name, getattr(person, name), MAX_NAME)
    c.code("profile", person.profile, "profiles", required=True)
    c.code("sex", person.sex, "sexes")
    c.code("gender_identity", person.gender_identity, "gender_identities")
    c.code("nationality", person.nationality, "nationalities")
    c.code("alcaldia", person.alcaldia, "alcaldias")
    c.code("organization_category", person.organization_category, "organization_categories")
    c.codes("defence_topics", person.defence_topics, "defence_topics")
    c.codes("intersectional_factors", person.intersectional_factors, "intersectional_factors")
    c.past_date("birth_date", person.birth_date)
    c.length("address", person.address, MAX_SHORT)
    c.length("organization", person.organization, MAX_SHORT)
    c.length("notes", person.notes, MAX_TEXT)
    if person.postal_code and not POSTAL_RE.match(person.postal_code):
        c.add("postal_code", "invalid_postal_code")
    for i, alias in enumerate(person.aliases):
        c.required(f"aliases.{i}", alias)
        c.length(f"aliases.{i}", alias, MAX_NAME)
    for i, contact in enumerate(person.contacts):
        c.code(f"contacts.{i}.kind", contact.kind, "contact_channel_types", required=True)
        c.required(f"contacts.{i}.value", contact.value)
        c.length(f"contacts.{i}.value", contact.value, MAX_SHORT)
        if contact.kind == "correo" and contact.value and not EMAIL_RE.match(contact.value):
            c.add(f"contacts.{i}.value", "invalid_email")
        if contact.kind in PHONE_KINDS and contact.value and not (
                8 <= len(phone_digits(contact.value)) <= 15):
            c.add(f"contacts.{i}.value", "invalid_phone")
    for i, doc in enumerate(person.documents):
        if doc.kind not in DOCUMENT_KINDS:
            c.add(f"documents.{i}.kind", "unknown_code", code=doc.kind, catalog="documents")
        number = normalize_document(doc.number)
        if not number:
            c.add(f"documents.{i}.number", "required")
        elif doc.kind == "curp" and not CURP_RE.match(number):
            c.add(f"documents.{i}.number", "invalid_curp")
        elif doc.kind == "rfc" and not RFC_RE.match(number):
            c.add(f"documents.{i}.number", "invalid_rfc")
        elif doc.kind == "ine" and not INE_RE.match(number):
            c.add(f"documents.{i}.number", "invalid_ine")
    if person.consent and person.consent_date is None:
        c.add("consent_date", "required")
    c.past_date("consent_date", person.consent_date)
    if person.arco_opposition and person.opposition_date is None:
        c.add("opposition_date", "required")
    c.past_date("opposition_date", person.opposition_date)
    return c.issues


def validate_case(case: Case, *, today: date | None = None) -> list[Issue]:
    c = _Checker(today or today_local())
    if case.folio and not FOLIO_RE.match(case.folio):
        c.add("folio", "invalid_folio")
    c.code("status", case.status, "case_statuses", required=True)
    c.code("origin", case.origin, "case_origins", required=True)
    c.code("procedure", case.procedure, "procedures")
    c.past_date("opened_on", case.opened_on, required=True)
    c.length("narrative", case.narrative, MAX_TEXT)
    c.length("closing_notes", case.closing_notes, MAX_TEXT)
    c.length("caseworker", case.caseworker, MAX_NAME)
    origin = catalogs.get("case_origins").get(case.origin)
    if origin is not None and origin.get("federal_folio_required") and not \
            case.federal_folio.strip():
        c.add("federal_folio", "required_for_refugio")
    if case.status == "incorporado":
        if case.procedure is None:
            c.add("procedure", "required_for_incorporation")
        if case.incorporated_on is None:
            c.add("incorporated_on", "required_for_incorporation")
    c.past_date("incorporated_on", case.incorporated_on)
    if case.incorporated_on and case.incorporated_on < case.opened_on:
        c.add("incorporated_on", "before_opening")
    if case.status == "concluido":
        if case.closed_on is None:
            c.add("closed_on", "required_for_closing")
        c.code("closing_reason", case.closing_reason, "closing_reasons", required=True)
    else:
        if case.closing_reason is not None:
            c.add("closing_reason", "only_when_closed")
        if case.closed_on is not None:
            c.add("closed_on", "only_when_closed")
    c.past_date("closed_on", case.closed_on)
    if case.closed_on and case.closed_on < case.opened_on:
        c.add("closed_on", "before_opening")
    if not case.participants:
        c.add("participants", "required")
    primaries = [p for p in case.participants if p.is_primary]
    if case.participants and len(primaries) != 1:
        c.add("participants", "one_primary")
    seen = set()
    for i, part in enumerate(case.participants):
        c.code(f"participants.{i}.role", part.role, "link_roles", required=True)
        if part.person_id in seen:
            c.add(f"participants.{i}", "duplicate")
        seen.add(part.person_id)
    return c.issues


def validate_aggression(agg: Aggression, *, today: date | None = None) -> list[Issue]:
    c = _Checker(today or today_local())
    c.past_date("occurred_on", agg.occurred_on, required=True)
    if agg.date_precision not in DATE_PRECISIONS:
        c.add("date_precision", "unknown_code", code=agg.date_precision, catalog="precision")
    if not agg.types:
        c.add("types", "required")
    c.codes("types", agg.types, "aggression_types")
    c.code("aggressor_type", agg.aggressor_type, "aggressor_types", required=True)
    c.code("alcaldia", agg.alcaldia, "alcaldias")
    c.length("place", agg.place, MAX_SHORT)
    c.length("description", agg.description, MAX_TEXT)
    return c.issues


def validate_attention(att: Attention, *, today: date | None = None) -> list[Issue]:
    c = _Checker(today or today_local())
    c.code("kind", att.kind, "attention_types", required=True)
    c.past_date("occurred_on", att.occurred_on, required=True)
    kind = catalogs.get("attention_types").get(att.kind)
    if kind is not None and kind.get("requires_institution") and not att.institution:
        c.add("institution", "required_for_referral")
    c.code("institution", att.institution, "institutions")
    c.length("notes", att.notes, MAX_TEXT)
    return c.issues


def ensure_valid(entity: str, issues: list[Issue]) -> None:
    if issues:
        raise ValidationFailed(entity, issues)
