"""Indicator counts against a hand-built vault with known numbers in two periods.

Period P is bimester 2 of 2026 (1 March – 30 April); the comparison period Q is
bimester 1 (1 January – 28 February).  Every record below says where it counts.
Person D exercised ARCO opposition: nothing of theirs may count anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation
from mpi_desktop.storage import dv_reviews, plans
from mpi_desktop.storage import indicator_queries as iq
from mpi_desktop.storage.findings import Findings
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.workshops import Workshops
from tests.factories import aggression, attention, case_for, finding, person, workshop

P = di.Period.bimester(2026, 2)
Q = di.Period.bimester(2026, 1)
#: 23:30 on 30 April in Mexico City is already 1 May in UTC.
LAST_DAY_2330_LOCAL = "2026-05-01T05:30:00.000000Z"
#: 00:30 on 1 May in Mexico City: the day after the period.
NEXT_DAY_0030_LOCAL = "2026-05-01T06:30:00.000000Z"


@dataclass
class Fixture:
    vault: Vault
    people: dict[str, str]
    cases: dict[str, str]


def _assessment(vault: Vault, case_id: str, *, level: str, assessed_on: date,
                signed_at: str) -> None:
    import uuid

    with vault.write() as conn:
        conn.execute(
            "INSERT INTO risk_assessment (id, case_id, instrument_version, status, assessed_on,"
            " level, computed_level, signed_at, signed_by, created_at, updated_at)"
            " VALUES (?, ?, 1, 'signed', ?, ?, ?, ?, 'analista', ?, ?)",
            (str(uuid.uuid4()), case_id, assessed_on.isoformat(), level, level, signed_at,
             signed_at, signed_at))


def _review(vault: Vault, case_id: str, *, started_on: date, types: list[str],
            completed_at: str) -> None:
    ops = dv_reviews.DvReviews(vault)
    with vault.write() as conn:
        review = dv_reviews.start_review(conn, case_id=case_id, actor="prueba",
                                         started_on=started_on)
    ops.set_findings(review.id, types=types)
    ops.set_completed(review.id, True)
    with vault.write() as conn:
        conn.execute("UPDATE dv_review SET completed_at = ? WHERE id = ?",
                     (completed_at, review.id))


def _measure(vault: Vault, case_id: str, code: str, steps: list[tuple[str, date]], *,
             proposed_on: date, urgent: bool = False) -> None:
    cem = {"cem_session_ref": "1a Sesión Ordinaria 2026",
           "cem_agreement_ref": "CEM/2026/01/01", "reason": "Acordado por el CEM"}
    with vault.write() as conn:
        m = plans.propose_measure(conn, case_id=case_id, measure_code=code, actor="prueba",
                                  proposed_on=proposed_on, urgent_start=urgent,
                                  reason="Riesgo inminente" if urgent else "")
        for action, when in steps:
            m = plans.transition_measure(conn, measure_id=m.id, action=action, actor="prueba",
                                         effective_on=when, **cem)


def build(vault: Vault) -> Fixture:
    r = Records(vault)
    common = {"documents": (), "contacts": (), "aliases": ()}
    pa = person(given_names="Ana", profile="periodista", gender_identity="mujer_cis",
                alcaldia="coyoacan", **common)
    pb = person(given_names="Beto", profile="defensora", gender_identity="hombre_cis",
                sex="hombre", alcaldia="tlalpan", **common)
    pc = person(given_names="Cruz", profile="periodista", gender_identity="no_binaria",
                alcaldia="iztapalapa", **common)
    pd = person(given_names="Dulce", profile="colaboradora", gender_identity="mujer_cis",
                alcaldia="cuauhtemoc", arco_opposition=True,
                opposition_date=date(2026, 2, 1), **common)
    pe = person(given_names="Elena", profile="defensora", gender_identity=None, sex="mujer",
                alcaldia=None, **common)
    a = r.open_case(case_for(pa, opened_on=date(2026, 3, 5)), [pa])
    b = r.open_case(case_for(pb, opened_on=date(2025, 12, 1), status="incorporado",
                             procedure="ordinario", incorporated_on=date(2026, 3, 15)), [pb])
    c = r.open_case(case_for(pc, opened_on=date(2026, 1, 10), origin="ciudad_refugio",
                             federal_folio="SEGOB-2026-123", status="incorporado",
                             procedure="extraordinario", incorporated_on=date(2026, 4, 30)),
                    [pc])
    d = r.open_case(case_for(pd, opened_on=date(2026, 3, 20), status="incorporado",
                             procedure="ordinario", incorporated_on=date(2026, 3, 25)), [pd])
    e = r.open_case(case_for(pe, opened_on=date(2026, 2, 15), status="concluido",
                             procedure="ordinario", incorporated_on=date(2026, 2, 20),
                             closed_on=date(2026, 2, 25), closing_reason="riesgo_superado"),
                    [pe])
    # Attentions: P has A×2 (one on the last day) and C; Q has B and E.
    r.save_attention(attention(a.id, kind="asesoria", occurred_on=date(2026, 3, 5)))
    r.save_attention(attention(a.id, kind="canalizacion", institution="fgjcdmx",
                               occurred_on=date(2026, 4, 30)))
    r.save_attention(attention(c.id, kind="canalizacion", institution="ssc",
                               occurred_on=date(2026, 4, 1)))
    r.save_attention(attention(b.id, kind="accion_preventiva", occurred_on=date(2026, 5, 1)))
    r.save_attention(attention(b.id, kind="asesoria", occurred_on=date(2026, 2, 28)))
    r.save_attention(attention(e.id, kind="asesoria", occurred_on=date(2026, 2, 16)))
    r.save_attention(attention(d.id, kind="asesoria", occurred_on=date(2026, 3, 21)))
    # Aggressions: one in P (A), one in Q (B), D's never counts.
    r.save_aggression(aggression(a.id, occurred_on=date(2026, 3, 10),
                                 types=("amenazas", "hostigamiento"),
                                 aggressor_type="servidor_publico", alcaldia="coyoacan"))
    r.save_aggression(aggression(b.id, occurred_on=date(2026, 2, 27), types=("amenazas",),
                                 aggressor_type="desconocido", alcaldia="tlalpan"))
    r.save_aggression(aggression(d.id, occurred_on=date(2026, 3, 22)))
    # Risk: A signed at 23:30 on the last day (in force); B's later one is signed
    # after the period, so its earlier level is the one in force at the end of P.
    _assessment(vault, a.id, level="extraordinario", assessed_on=date(2026, 4, 30),
                signed_at=LAST_DAY_2330_LOCAL)
    _assessment(vault, b.id, level="ordinario", assessed_on=date(2026, 1, 15),
                signed_at="2026-01-15T18:00:00.000000Z")
    _assessment(vault, b.id, level="extremo", assessed_on=date(2026, 4, 30),
                signed_at=NEXT_DAY_0030_LOCAL)
    # Measures: A's in force in P; B's concluded in Q; C's urgent one started on the
    # last day of P (pending ratification).
    _measure(vault, a.id, "taller_autoproteccion", [("approve", date(2026, 3, 10)),
                                                    ("activate", date(2026, 3, 20))],
             proposed_on=date(2026, 3, 2))
    _measure(vault, b.id, "boton_panico", [("approve", date(2026, 1, 10)),
                                           ("activate", date(2026, 1, 12)),
                                           ("conclude", date(2026, 2, 10))],
             proposed_on=date(2026, 1, 5))
    _measure(vault, c.id, "reubicacion_temporal", [("activate", date(2026, 4, 30))],
             proposed_on=date(2026, 4, 30), urgent=True)
    # Digital violence: A's review completed at 23:30 on P's last day (counts in P,
    # and in Q where it started); C's completed at 00:30 after P (Q only).
    _review(vault, a.id, started_on=date(2026, 2, 20), types=["acoso", "amenazas"],
            completed_at=LAST_DAY_2330_LOCAL)
    _review(vault, c.id, started_on=date(2026, 2, 25), types=["extorsion"],
            completed_at=NEXT_DAY_0030_LOCAL)
    _review(vault, d.id, started_on=date(2026, 3, 3), types=["acoso"],
            completed_at=LAST_DAY_2330_LOCAL)
    # Workshops: two held in P (the opposing person attends one), one scheduled,
    # one held in Q.
    w = Workshops(vault)
    w.save(workshop(held_on=date(2026, 3, 12), participant_ids=(pa.id, pd.id)))
    w.save(workshop(held_on=date(2026, 4, 30), modality="individual",
                    topics=("analisis_riesgo_propio",), participant_ids=(pb.id,),
                    anonymous=AnonymousAttendance(),
                    evaluation=LearningEvaluation(evaluated=1, pre_score=2.0, post_score=8.0)))
    w.save(workshop(held_on=date(2026, 4, 20), status="programado",
                    evaluation=LearningEvaluation(), anonymous=AnonymousAttendance()))
    w.save(workshop(held_on=date(2026, 2, 10), anonymous=AnonymousAttendance(unspecified=4),
                    evaluation=LearningEvaluation()))
    # Findings: two in P (one on the last day), one the day after, one on D's case,
    # one in Q.
    f = Findings(vault)
    f.save(finding(found_on=date(2026, 3, 3)))
    f.save(finding(found_on=date(2026, 4, 30), source="medio_local",
                   aggression_type="desprestigio", alcaldia=None))
    f.save(finding(found_on=date(2026, 5, 1)))
    f.save(finding(found_on=date(2026, 3, 25), case_id=d.id))
    f.save(finding(found_on=date(2026, 2, 1), source="medio_nacional", alcaldia="tlalpan"))
    return Fixture(vault, {"a": pa.id, "b": pb.id, "c": pc.id, "d": pd.id, "e": pe.id},
                   {"a": a.id, "b": b.id, "c": c.id, "d": d.id, "e": e.id})


@pytest.fixture
def fx(vault: Vault) -> Fixture:
    return build(vault)


def counts(vault: Vault, period: di.Period) -> di.PeriodCounts:
    with vault.read() as conn:
        return iq.period_counts(conn, period)


EXPECTED_HEADLINES = {
    P: {"attentions": 3, "cases_attended": 2, "new_requests": 1, "incorporations": 2,
        "open_cases": 3, "measures_in_force": 2, "refugio_cases": 1, "dv_reviews": 1,
        "workshops": 2, "people_trained": 10, "findings": 2, "aggressions": 1},
    Q: {"attentions": 2, "cases_attended": 3, "new_requests": 2, "incorporations": 1,
        "open_cases": 3, "measures_in_force": 0, "refugio_cases": 1, "dv_reviews": 2,
        "workshops": 1, "people_trained": 4, "findings": 1, "aggressions": 1},
}

EXPECTED_CELLS = {
    P: {
        "attentions_by_kind": {("asesoria", ""): 1, ("canalizacion", ""): 2},
        "referrals_by_institution": {("fgjcdmx", ""): 1, ("ssc", ""): 1},
        "cases_by_profile_gender": {("periodista", "mujeres"): 1,
                                    ("periodista", "no_binarias"): 1},
        "cases_by_alcaldia": {("coyoacan", ""): 1, ("iztapalapa", ""): 1},
        "incorporations_by_procedure": {("ordinario", ""): 1, ("extraordinario", ""): 1},
        "open_cases_by_risk_level": {("extraordinario", ""): 1, ("ordinario", ""): 1,
                                     (di.UNKNOWN, ""): 1},
        "measures_by_state_category": {("vigente", "preventiva"): 1,
                                       ("vigente", "urgente"): 1},
        "dv_types": {("acoso", ""): 1, ("amenazas", ""): 1},
        "workshops_by_modality": {("colectivo", ""): 1, ("individual", ""): 1},
        "workshops_by_topic": {("autoproteccion_basica", ""): 1,
                               ("seguridad_digital", ""): 1,
                               ("analisis_riesgo_propio", ""): 1},
        "people_trained_by_gender": {("mujeres", ""): 6, ("hombres", ""): 4},
        "findings_by_aggression_type": {("amenazas", ""): 1, ("desprestigio", ""): 1},
        "findings_by_alcaldia": {("coyoacan", ""): 1, (di.UNKNOWN, ""): 1},
        "findings_by_source": {("red_social", ""): 1, ("medio_local", ""): 1},
        "aggressions_by_type": {("amenazas", ""): 1, ("hostigamiento", ""): 1},
        "aggressions_by_aggressor": {("servidor_publico", ""): 1},
        "aggressions_by_alcaldia": {("coyoacan", ""): 1},
    },
    Q: {
        "attentions_by_kind": {("asesoria", ""): 2},
        "cases_by_profile_gender": {("defensora", "hombres"): 1,
                                    ("periodista", "no_binarias"): 1,
                                    ("defensora", "mujeres"): 1},
        "cases_by_alcaldia": {("tlalpan", ""): 1, ("iztapalapa", ""): 1,
                              (di.UNKNOWN, ""): 1},
        "incorporations_by_procedure": {("ordinario", ""): 1},
        "open_cases_by_risk_level": {("ordinario", ""): 1, (di.UNKNOWN, ""): 2},
        "measures_by_state_category": {("concluida", "proteccion"): 1},
        "dv_types": {("acoso", ""): 1, ("amenazas", ""): 1, ("extorsion", ""): 1},
        "people_trained_by_gender": {("otra_no_especificada", ""): 4},
        "findings_by_source": {("medio_nacional", ""): 1},
    },
}


@pytest.mark.parametrize("period", [P, Q], ids=["P", "Q"])
def test_headlines_match_the_hand_counts(fx: Fixture, period: di.Period) -> None:
    got = counts(fx.vault, period)
    assert got.headlines == EXPECTED_HEADLINES[period]
    assert got.unavailable == ()


@pytest.mark.parametrize("period", [P, Q], ids=["P", "Q"])
def test_breakdowns_match_the_hand_counts(fx: Fixture, period: di.Period) -> None:
    got = counts(fx.vault, period)
    for table, cells in EXPECTED_CELLS[period].items():
        assert got.cells.get(table, {}) == cells, table


def test_workshop_scores_are_weighted_by_people(fx: Fixture) -> None:
    scores = counts(fx.vault, P).scores
    assert scores.evaluated == 7
    assert scores.pre == pytest.approx(26 / 7, abs=0.01)
    assert scores.post == pytest.approx(53 / 7, abs=0.01)
    assert counts(fx.vault, Q).scores.evaluated == 0


def test_every_table_adds_up_to_its_total(fx: Fixture) -> None:
    current, previous = counts(fx.vault, P), counts(fx.vault, Q)
    rows = {s.key: di.table_rows(s, current, previous) for s in di.BREAKDOWNS}
    cols = {s.key: di.table_cols(s, current, previous) for s in di.BREAKDOWNS}
    for c in (current, previous):
        assert di.inconsistencies(di.build_system(c, rows=rows, cols=cols)) == []


def test_period_boundaries(fx: Fixture) -> None:
    # An attention on the last day is in, the one on the next day is out.
    one_day = counts(fx.vault, di.Period(date(2026, 4, 30), date(2026, 4, 30)))
    assert one_day.headlines["attentions"] == 1
    next_day = counts(fx.vault, di.Period(date(2026, 5, 1), date(2026, 5, 1)))
    assert next_day.headlines["attentions"] == 1  # B's acción preventiva
    assert next_day.headlines["findings"] == 1
    # A review completed at 23:30 local on 30 April (05:30 UTC on 1 May) belongs to
    # 30 April; one completed at 00:30 local on 1 May belongs to 1 May.
    assert one_day.cells["dv_types"] == {("acoso", ""): 1, ("amenazas", ""): 1}
    assert next_day.cells["dv_types"] == {("extorsion", ""): 1}
    # The same with assessments: the level signed at 23:30 on 30 April is in force
    # at the end of that day; B's "extremo" only from 1 May.
    assert one_day.cells["open_cases_by_risk_level"][("extraordinario", "")] == 1
    assert ("extremo", "") not in one_day.cells["open_cases_by_risk_level"]
    assert next_day.cells["open_cases_by_risk_level"][("extremo", "")] == 1


def test_opposition_is_respected(fx: Fixture) -> None:
    before = counts(fx.vault, P).headlines
    records = Records(fx.vault)
    d = records.person(fx.people["d"])
    records.save_person(replace(d, arco_opposition=False, opposition_date=None))
    after = counts(fx.vault, P).headlines
    # D's attention, case, incorporation, aggression, review, workshop attendance
    # and linked finding now count.
    assert after["attentions"] == before["attentions"] + 1
    assert after["cases_attended"] == before["cases_attended"] + 1
    assert after["new_requests"] == before["new_requests"] + 1
    assert after["incorporations"] == before["incorporations"] + 1
    assert after["open_cases"] == before["open_cases"] + 1
    assert after["aggressions"] == before["aggressions"] + 1
    assert after["dv_reviews"] == before["dv_reviews"] + 1
    assert after["people_trained"] == before["people_trained"] + 1
    assert after["findings"] == before["findings"] + 1
    assert after["workshops"] == before["workshops"]  # the workshop itself always counted


def test_external_report_of_the_fixture(fx: Fixture) -> None:
    with fx.vault.read() as conn:
        current, previous = iq.report_counts(conn, P)
    report = di.build_report(current, previous, audience=di.EXTERNAL)
    assert report.previous_period == Q
    # Every figure of this small vault is below 5, except people trained (10).
    assert report.headline("attentions").current.text() == "*"
    assert report.headline("people_trained").current.text() == "10"
    gender = report.table("people_trained_by_gender")
    # 4 men must be hidden; hiding a zero next to it would not help (4 + 0 = 4 would
    # still say "fewer than 5"), so the 6 women are hidden too.  The total stays.
    assert gender.current[("hombres", "")].text() == "*"
    assert gender.current[("mujeres", "")].text() == "*"
    assert gender.current[("no_binarias", "")].text() == "0"
    assert gender.total().text() == "10"
    internal = di.build_report(current, previous, audience=di.INTERNAL)
    assert internal.headline("attentions").current.text() == "3"
    assert internal.headline("attentions").previous.text() == "2"
    assert internal.headline("attentions").change.text() == "1"


def test_dashboard(fx: Fixture) -> None:
    with fx.vault.read() as conn:
        data = iq.dashboard(conn, date(2026, 4, 30))
    assert data.bimester == P
    assert data.figures["attentions"] == 3
    assert data.figures["findings"] == 2
    assert data.workshops.held == 3 and data.workshops.scheduled == 1
    # C's urgent measure is waiting for ratification (C is open, extraordinary).
    assert [(i.kind, i.case_id) for i in data.ratifications] == [
        ("ratification", fx.cases["c"])]
    assert data.next_session is None
    assert data.unavailable == ()
