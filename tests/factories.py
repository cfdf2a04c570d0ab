"""Small builders of valid synthetic records for tests (never real people)."""

from __future__ import annotations

from datetime import date

from mpi_desktop.domain.cases import Aggression, Attention, Case, CaseParticipant
from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person


def person(**kw: object) -> Person:
    base: dict[str, object] = {
        "given_names": "María José", "first_surname": "de la Cruz", "second_surname": "Peña",
        "profile": "periodista", "aliases": ("La Cronista",), "sex": "mujer",
        "gender_identity": "mujer_cis", "birth_date": date(1986, 4, 12), "nationality": "mx",
        "contacts": (ContactChannel("telefono_movil", "+52 (55) 1234-5678"),
                  ContactChannel("correo", "MJ.Cruz@Ejemplo.org", safe=True)),
        "documents": (IdentityDocument("curp", "CUPM860412MDFRXR09"),),
        "address": "Calle Falsa 123, Col. Centro", "postal_code": "06000",
        "alcaldia": "cuauhtemoc",
        "organization": "Diario Ejemplo", "organization_category": "medio_digital",
        "defence_topics": ("libertad_expresion",), "consent": True,
        "consent_date": date(2026, 1, 10),
    }
    base.update(kw)
    return Person(**base)  # type: ignore[arg-type]


def case_for(*people: Person, **kw: object) -> Case:
    parts = tuple(CaseParticipant(p.id, "beneficiaria_principal" if i == 0 else "familiar",
                                  is_primary=(i == 0)) for i, p in enumerate(people))
    base: dict[str, object] = {"opened_on": date(2026, 2, 3), "participants": parts,
                                   "caseworker": "Analista 1",
                                   "narrative": "Amenazas tras publicar una investigación."}
    base.update(kw)
    return Case(**base)  # type: ignore[arg-type]


def aggression(case_id: str, **kw: object) -> Aggression:
    base: dict[str, object] = {"case_id": case_id, "occurred_on": date(2026, 1, 28),
                                   "types": ("amenazas",), "aggressor_type": "desconocido",
                                   "place": "Afuera de la redacción", "alcaldia": "cuauhtemoc",
                                   "description": "Mensajes intimidatorios en la puerta."}
    base.update(kw)
    return Aggression(**base)  # type: ignore[arg-type]


def attention(case_id: str, **kw: object) -> Attention:
    base: dict[str, object] = {"case_id": case_id, "kind": "asesoria",
                               "occurred_on": date(2026, 2, 3),
                               "notes": "Orientación sobre denuncia."}
    base.update(kw)
    return Attention(**base)  # type: ignore[arg-type]
