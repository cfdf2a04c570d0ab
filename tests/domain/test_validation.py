"""Table-driven domain validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cases import CaseParticipant
from mpi_desktop.domain.people import ContactChannel, IdentityDocument
from tests.factories import aggression, attention, case_for, person

TODAY = date(2026, 11, 28)
P = person()
C = case_for(P)


def codes(issues: list[v.Issue]) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in issues}


def test_valid_records_have_no_issues() -> None:
    assert v.validate_person(P, today=TODAY) == []
    assert v.validate_case(C, today=TODAY) == []
    assert v.validate_aggression(aggression(C.id), today=TODAY) == []
    assert v.validate_attention(attention(C.id), today=TODAY) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"given_names": "  "}, ("given_names", "required")),
    ({"given_names": "x" * 121}, ("given_names", "too_long")),
    ({"profile": "astronauta"}, ("profile", "unknown_code")),
    ({"alcaldia": "springfield"}, ("alcaldia", "unknown_code")),
    ({"birth_date": date(2027, 1, 1)}, ("birth_date", "future_date")),
    ({"birth_date": date(1850, 1, 1)}, ("birth_date", "implausible_date")),
    ({"consent": True, "consent_date": None}, ("consent_date", "required")),
    ({"arco_opposition": True}, ("opposition_date", "required")),
    ({"postal_code": "6000"}, ("postal_code", "invalid_postal_code")),
    ({"contacts": (ContactChannel("correo", "no-es-correo"),)}, ("contacts.0.value",
                                                                  "invalid_email")),
    ({"contacts": (ContactChannel("telefono_movil", "55 12"),)}, ("contacts.0.value",
                                                                   "invalid_phone")),
    ({"contacts": (ContactChannel("paloma", "x"),)}, ("contacts.0.kind", "unknown_code")),
    ({"documents": (IdentityDocument("curp", "ABC"),)}, ("documents.0.number", "invalid_curp")),
    ({"documents": (IdentityDocument("rfc", "XYZ"),)}, ("documents.0.number", "invalid_rfc")),
    ({"defence_topics": ("salud", "salud")}, ("defence_topics.1", "duplicate")),
    ({"aliases": ("",)}, ("aliases.0", "required")),
])
def test_person_rules(changes: dict[str, object], expected: tuple[str, str]) -> None:
    assert expected in codes(v.validate_person(replace(P, **changes), today=TODAY))


@pytest.mark.parametrize(("changes", "expected"), [
    ({"folio": "2026-42"}, ("folio", "invalid_folio")),
    ({"status": "archivado"}, ("status", "unknown_code")),
    ({"origin": "ciudad_refugio", "federal_folio": ""}, ("federal_folio", "required_for_refugio")),
    ({"status": "incorporado"}, ("procedure", "required_for_incorporation")),
    ({"status": "incorporado", "procedure": "ordinario"},
     ("incorporated_on", "required_for_incorporation")),
    ({"status": "concluido"}, ("closed_on", "required_for_closing")),
    ({"status": "concluido", "closed_on": date(2026, 3, 1)}, ("closing_reason", "required")),
    ({"closing_reason": "riesgo_superado"}, ("closing_reason", "only_when_closed")),
    ({"status": "concluido", "closed_on": date(2025, 1, 1), "closing_reason": "otra"},
     ("closed_on", "before_opening")),
    ({"opened_on": date(2027, 1, 1)}, ("opened_on", "future_date")),
    ({"participants": ()}, ("participants", "required")),
    ({"participants": (CaseParticipant("a", "familiar"),)}, ("participants", "one_primary")),
    ({"participants": (CaseParticipant("a", "familiar", True), CaseParticipant("a", "familiar"))},
     ("participants.1", "duplicate")),
])
def test_case_rules(changes: dict[str, object], expected: tuple[str, str]) -> None:
    assert expected in codes(v.validate_case(replace(C, **changes), today=TODAY))


def test_ciudad_refugio_with_federal_folio_is_fine() -> None:
    case = replace(C, origin="ciudad_refugio", federal_folio="MPF/123/2026")
    assert v.validate_case(case, today=TODAY) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"types": ()}, ("types", "required")),
    ({"types": ("amenazas", "volar")}, ("types.1", "unknown_code")),
    ({"aggressor_type": ""}, ("aggressor_type", "required")),
    ({"occurred_on": date(2030, 1, 1)}, ("occurred_on", "future_date")),
    ({"date_precision": "week"}, ("date_precision", "unknown_code")),
])
def test_aggression_rules(changes: dict[str, object], expected: tuple[str, str]) -> None:
    assert expected in codes(v.validate_aggression(replace(aggression(C.id), **changes),
                                                   today=TODAY))


def test_referral_needs_an_institution() -> None:
    att = attention(C.id, kind="canalizacion")
    assert ("institution", "required_for_referral") in codes(v.validate_attention(att,
                                                                                    today=TODAY))
    assert v.validate_attention(replace(att, institution="fgjcdmx"), today=TODAY) == []
