"""Small builders of valid synthetic records for tests (never real people)."""

from __future__ import annotations

from datetime import date

from mpi_desktop.domain.cases import Aggression, Attention, Case, CaseParticipant
from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person
from mpi_desktop.domain.risk import Threat
from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation, Workshop


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


# --- risk assessments and measures -----------------------------------------------------------


def risk_threat(**kw: object) -> Threat:
    """A complete threat (every field the instrument needs to sign)."""
    base: dict[str, object] = {
        "facts": "Llamadas anónimas advirtiendo que dejara de publicar.",
        "kind": "declarada", "first_on": date(2026, 1, 20), "last_on": date(2026, 2, 1),
        "source_type": "desconocido", "objective": "silenciar", "channel": "telefonica",
        "pattern": "repetida",
        "ratings": {"seriousness": 2, "imminence": 2, "feasibility": 2, "source_capacity": 2},
        "feasibility_conclusion": "Conocen su domicilio y las llamadas se repiten.",
    }
    base.update(kw)
    return Threat(**base)  # type: ignore[arg-type]


def risk_answers(vulnerability: int = 2, capacity: int = 1, *, version: int = 1,
                 **overrides: int) -> dict[str, int]:
    """An answer for every item of an instrument version (uniform values + overrides)."""
    from mpi_desktop.domain import risk_instrument

    instrument = risk_instrument.get(version)
    answers = {i.code: (vulnerability if i.kind == "vulnerability" else capacity)
               for i in instrument.items}
    answers.update(overrides)
    return answers


# --- case screens: many synthetic cases at once -------------------------------------


def bulk_cases(vault: object, count: int, *, seed: int = 7) -> list[str]:
    """``count`` valid synthetic cases (Faker es_MX names) in one transaction; their ids.

    Statuses, procedures, alcaldías and profiles cycle so filters have something to
    find; dates spread over two years.  No audit rows (a test fixture, not a user).
    """
    from datetime import timedelta

    from faker import Faker

    from mpi_desktop.storage import records
    from mpi_desktop.storage.vault import Vault

    assert isinstance(vault, Vault)
    fake = Faker("es_MX")
    fake.seed_instance(seed)
    alcaldias = ("cuauhtemoc", "iztapalapa", "coyoacan", "tlalpan", "benito_juarez",
                 "gustavo_a_madero", "xochimilco")
    profiles = ("defensora", "periodista", "colaboradora")
    start = date(2024, 6, 1)
    ids = []
    with vault.write() as conn:
        for i in range(count):
            p = Person(given_names=fake.first_name(), first_surname=fake.last_name(),
                       second_surname=fake.last_name(), profile=profiles[i % 3],
                       alcaldia=alcaldias[i % len(alcaldias)])
            opened = start + timedelta(days=i % 700)
            kind = i % 4
            extra: dict[str, object] = {}
            if kind == 1:
                extra = {"status": "en_analisis"}
            elif kind == 2:
                extra = {"status": "incorporado", "procedure": "ordinario" if i % 8 == 2
                         else "extraordinario", "incorporated_on": opened}
            elif kind == 3:
                extra = {"status": "concluido", "closed_on": opened,
                         "closing_reason": "riesgo_superado"}
            c = Case(opened_on=opened, participants=(
                CaseParticipant(p.id, "beneficiaria_principal", is_primary=True),),
                narrative=fake.sentence(), **extra)  # type: ignore[arg-type]
            records.put_person(conn, p, actor="prueba", log=False)
            records.put_case(conn, c, actor="prueba", log=False)
            ids.append(c.id)
    return ids


# --- workshops and findings --------------------------------------------------------------------


def workshop(**kw: object) -> Workshop:
    base: dict[str, object] = {
        "held_on": date(2026, 3, 12), "modality": "colectivo", "status": "realizado",
        "topics": ("autoproteccion_basica", "seguridad_digital"),
        "title": "Autoprotección para reporteras de campo", "place": "Casa de cultura",
        "alcaldia": "coyoacan", "facilitator": "Facilitadora MPI", "duration_minutes": 180,
        "anonymous": AnonymousAttendance(women=5, men=3),
        "evaluation": LearningEvaluation(evaluated=6, pre_score=4.0, post_score=7.5,
                                         note="Identificaron rutas seguras."),
    }
    base.update(kw)
    return Workshop(**base)  # type: ignore[arg-type]


def finding(**kw: object) -> Finding:
    base: dict[str, object] = {
        "found_on": date(2026, 3, 3), "source": "red_social", "outlet": "Cuenta anónima",
        "url": "https://ejemplo.org/publicacion/1",
        "summary": "Publicación que amenaza a una reportera local tras su nota.",
        "aggression_type": "amenazas", "alcaldia": "coyoacan", "profile": "periodista",
    }
    base.update(kw)
    return Finding(**base)  # type: ignore[arg-type]
