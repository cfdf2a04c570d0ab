"""Anonymization rules for the CEM packet, table-driven (docs/ANONYMIZATION.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mpi_desktop.domain import anonymize as an
from mpi_desktop.domain.anonymize import CaseFacts, DvFacts, MeasureFacts, MonthYear, Place
from mpi_desktop.domain.cases import CaseParticipant
from tests.factories import aggression, case_for, person

ON = date(2026, 3, 12)


@pytest.mark.parametrize(("born", "band"), [
    (date(2010, 3, 13), "under_18"),      # 15
    (date(2008, 3, 13), "under_18"),      # turns 18 the day after the session
    (date(2008, 3, 12), "18_29"),         # 18 on the session date
    (date(1996, 3, 13), "18_29"),         # 29
    (date(1996, 3, 12), "30_44"),         # 30
    (date(1981, 3, 13), "30_44"),         # 44
    (date(1981, 3, 12), "45_59"),         # 45
    (date(1966, 3, 12), "60_plus"),       # 60
    (date(1930, 1, 1), "60_plus"),
    (None, "unknown"),
    (date(2027, 1, 1), "unknown"),        # a birth date after the session is not an age
])
def test_age_bands(born: date | None, band: str) -> None:
    assert an.age_band(born, ON) == band


@pytest.mark.parametrize(("day", "precision", "expected"), [
    (date(2026, 1, 28), "day", MonthYear(2026, 1)),
    (date(2026, 1, 1), "month", MonthYear(2026, 1)),
    (date(2025, 1, 1), "year", MonthYear(2025, None)),
])
def test_dates_become_month_and_year(day: date, precision: str, expected: MonthYear) -> None:
    assert an.month_year(day, precision) == expected


@pytest.mark.parametrize(("alcaldia", "granularity", "expected"), [
    ("cuauhtemoc", "alcaldia", Place("alcaldias", "cuauhtemoc")),
    ("cuauhtemoc", "zona", Place("zones", "centro")),
    ("coyoacan", "zona", Place("zones", "sur")),
    ("azcapotzalco", "zona", Place("zones", "norte")),
    (None, "zona", None),
])
def test_place_generalization(alcaldia: str | None, granularity: str,
                              expected: Place | None) -> None:
    assert an.generalize_place(alcaldia, granularity) == expected


@pytest.mark.parametrize(("index", "token"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"),
                                              (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"),
                                              (702, "AAA")])
def test_letter_tokens(index: int, token: str) -> None:
    assert an.letter_token(index) == token


def test_pseudonyms_are_consistent_and_codes_are_random() -> None:
    p = an.Pseudonyms()
    assert [p.token("x"), p.token("y"), p.token("x")] == ["A", "B", "A"]
    assert p.mapping() == {"x": "A", "y": "B"}
    codes = an.Pseudonyms("codes")
    first = codes.token("x")
    assert first == codes.token("x") and len(first) == 4
    assert set(first) <= set(an.CODE_ALPHABET)
    assert len({an.Pseudonyms("codes").token("x") for _ in range(20)}) > 1


@pytest.mark.parametrize(("code", "details", "shown", "locating"), [
    ("rondines", "Rondines en Calle Falsa 123 de 20 a 22 h", None, True),
    ("escolta", "Escolta: patrulla 4521", None, True),
    ("camaras_videovigilancia", "2 cámaras en la azotea", None, True),
    ("boton_panico", "IMEI 356938035643809", None, True),
    ("telefono_seguro", "Número nuevo 55 1111 2222", None, True),
    ("apoyo_psicologico", "Terapia semanal", "Terapia semanal", False),
    ("apoyo_psicologico", "   ", None, False),
    ("codigo_que_no_existe", "lo que sea", None, True),  # unknown → treated as locating
])
def test_locating_measures_keep_only_their_type(code: str, details: str, shown: str | None,
                                                locating: bool) -> None:
    view = an.reduce_measure(MeasureFacts(id="m", code=code, state="vigente",
                                          details=details, since=date(2026, 2, 10)))
    assert view.details == shown
    assert view.locating is locating
    assert view.code == code and view.since == MonthYear(2026, 2)


def _facts(**kw: object) -> CaseFacts:
    main = person(birth_date=date(1986, 4, 12), alcaldia="coyoacan",
                  organization="Diario Ejemplo", organization_category="medio_digital")
    kin1 = person(given_names="Juan", first_surname="Pérez", profile="familiar")
    kin2 = person(given_names="Ana", first_surname="Pérez", profile="familiar")
    colleague = person(given_names="Luis", first_surname="Mora", profile="vinculada")
    case = case_for(main, kin1, kin2, colleague)
    case = replace(case, participants=(*case.participants[:3],
                                       CaseParticipant(colleague.id, "colega")))
    base: dict[str, object] = {
        "case": case, "people": {p.id: p for p in (main, kin1, kin2, colleague)},
        "aggressions": (aggression(case.id, occurred_on=date(2026, 1, 28)),
                        aggression(case.id, occurred_on=date(2026, 1, 3),
                                   types=("hostigamiento",), aggressor_type="servidor_publico"),
                        aggression(case.id, occurred_on=date(2025, 6, 1),
                                   date_precision="year"),
                        # A year-only date and a month of the same year sort together.
                        aggression(case.id, occurred_on=date(2025, 1, 1),
                                   date_precision="year", types=("acoso",))),
        "measures": (MeasureFacts("m1", "escolta", "vigente", "ssc", "Escolta 24 h",
                                  date(2026, 2, 1)),
                     MeasureFacts("m2", "apoyo_psicologico", "propuesta", "sedesa",
                                  "Terapia semanal", date(2026, 2, 20)),
                     MeasureFacts("m3", "cerraduras", "suspendida", None, "", None)),
        "dv": DvFacts((("amenazas", date(2026, 2, 3), 1), ("amenazas", date(2026, 2, 20), 1),
                       ("acoso", date(2026, 3, 1), 1))),
        "summary": "  Resumen.  ", "topics": ("evaluacion_plan",),
    }
    base.update(kw)
    return CaseFacts(**base)  # type: ignore[arg-type]


def test_a_case_is_generalized() -> None:
    facts = _facts()
    [case], pseudonyms = an.anonymize_packet([facts], on=ON, granularity="zona")
    assert case.token == "A" and case.agenda_no == 1
    assert case.age_band == "30_44"
    assert case.place == Place("zones", "sur")
    assert case.organization_category == "medio_digital"
    assert case.profile == "periodista"
    # Roles instead of names; two of the same role are numbered.
    assert [(r.role, r.ordinal, r.of_token) for r in case.linked] == [
        ("familiar", 1, "A"), ("familiar", 2, "A"), ("colega", None, "A")]
    # Aggressions grouped by month, types and aggressors merged, year-only kept as year.
    assert [(a.when, a.types) for a in case.aggressions] == [
        (MonthYear(2025, None), ("acoso", "amenazas")),
        (MonthYear(2026, 1), ("hostigamiento", "amenazas"))]
    assert case.aggressions[1].aggressor_types == ("servidor_publico", "desconocido")
    assert [m.code for m in case.measures_in_force] == ["escolta"]
    assert case.measures_in_force[0].details is None
    assert [m.details for m in case.measures_proposed] == ["Terapia semanal"]
    assert [m.state for m in case.measures_other] == ["suspendida"]
    assert [(d.code, d.months) for d in case.dv_types] == [
        ("amenazas", (MonthYear(2026, 2),)), ("acoso", (MonthYear(2026, 3),))]
    assert case.summary == "Resumen."
    # Every person is in the vault-only map, the main person first.
    assert list(pseudonyms.mapping().values()) == ["A", "B", "C", "D"]


def test_the_same_person_keeps_one_pseudonym_across_cases() -> None:
    first = _facts()
    main_id = first.case.primary_person_id
    assert main_id is not None
    other = person(given_names="Rosa", first_surname="Ríos")
    second_case = case_for(other, first.people[main_id])
    second = _facts(case=second_case, people={other.id: other, main_id: first.people[main_id]})
    cases, pseudonyms = an.anonymize_packet([first, second], on=ON, granularity="alcaldia")
    assert [c.token for c in cases] == ["A", "B"]
    # In case 2 the main person of case 1 appears as a link, and is recognisable as A.
    assert [(r.role, r.of_token, r.own_token) for r in cases[1].linked] == [
        ("familiar", "B", "A")]
    assert pseudonyms.token(main_id) == "A"


def test_missing_data_stays_missing() -> None:
    bare = person(birth_date=None, alcaldia=None, organization="", organization_category=None)
    facts = CaseFacts(case=case_for(bare), people={bare.id: bare})
    [case], _ = an.anonymize_packet([facts], on=ON, granularity="alcaldia")
    assert (case.age_band, case.place, case.organization_category, case.linked) == (
        "unknown", None, None, ())
    assert case.aggressions == () and case.dv_types == () and case.risk is None


def test_year_only_and_month_dates_sort_together() -> None:
    facts = _facts(aggressions=(
        aggression("c", occurred_on=date(2025, 3, 1)),
        aggression("c", occurred_on=date(2025, 1, 1), date_precision="year"),
        aggression("c", occurred_on=date(2024, 12, 1), date_precision="month")))
    [case], _ = an.anonymize_packet([facts], on=ON, granularity="alcaldia")
    assert [a.when for a in case.aggressions] == [MonthYear(2024, 12), MonthYear(2025, None),
                                                 MonthYear(2025, 3)]
