"""ARCO cancellation redacts the person's identifiers in text the app cannot rectify:
signed assessments of other cases, transition reasons, CEM summaries and acuerdos,
and the registers no folio leads to (workshops, findings)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.cem import Acuerdo, CemSession
from mpi_desktop.domain.people import Person
from mpi_desktop.storage import arco, audit, history
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.storage.connection import DatabaseError
from mpi_desktop.storage.dv_reviews import DvReviews
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.storage.vault import Vault
from tests.factories import case_for, person, risk_answers, risk_threat
from tests.helpers.pages import contains_any, plaintext_of_vault
from tests.storage.test_arco import TARGET

CEM = {"cem_session_ref": "Sesión ordinaria 2/2026", "cem_agreement_ref": "CEM/2026/02/01"}
#: The identifiers as the texts below write them (cases, accents and spacing vary).
# Digits alone ("9876") would also match hex hashes and ids by chance: the whole number.
GONE = ["Xiuhnelli", "Quetzalmina", "Zazuetaxo", "Ybarrondoz", "Zorzalita", "9876 4321",
        "xiuhnelli.zz", "ZAYX860412MDFZBX09", "Tlacuachito"]
FIGURES = ("status", "instrument_version", "assessed_on", "threat_score",
           "vulnerability_score", "capacity_score", "index_value", "computed_level", "level",
           "grave_imminent", "result", "signed_at", "signed_by", "updated_at")


@dataclass
class World:
    target: Person
    other_case: str
    assessment: str
    measure: str
    acuerdo: str
    #: The target's own case (erased by the cancellation).
    target_case: str


@pytest.fixture
def world(vault: Vault) -> World:
    r, risk, plans, cem = Records(vault), RiskOps(vault), PlanOps(vault), CemOps(vault)
    target = person(**TARGET)
    target_case = r.open_case(case_for(target, narrative="Amenazas recibidas."), [target]).id
    ana = person(given_names="Ana", first_surname="López", aliases=(), contacts=(),
                 documents=(), address="", organization="")
    other = r.open_case(case_for(ana, narrative="Ana fue seguida a la salida."), [ana]).id
    draft = risk.start(other, "Nueva agresión contra xiuhnelli zazuetaxo, su colega")
    signed = risk.save_and_sign(replace(
        draft, threats=(risk_threat(
            facts="Amenazaron a Xiuhnelli Zazuetaxo frente al Callejon  Tlacuachito 77.",
            feasibility_conclusion="Conocen el correo XIUHNELLI.ZZ@ejemplo.org y el"
                                   " teléfono +52 55 9876 4321."),),
        answers=risk_answers(2, 1), assessed_on=date(2026, 3, 2),
        summary="Riesgo para Ana y para La Zorzalita (CURP ZAYX860412MDFZBX09)."))
    m = plans.propose(other, "cerraduras")
    m = plans.transition(m.id, "approve", reason="Lo pidió Xiuhnelli Quetzalmina Zazuetaxo"
                         " Ybarrondoz en la reunión.", **CEM)
    session = cem.create_session(CemSession(number=1, year=2026, kind="ordinaria",
                                            held_on=date(2026, 3, 12)))
    cem.save_summary(other, "Ana y Xiuhnelli Zazuetaxo fueron vigiladas.")
    cem.save_summary(other, "Ana fue vigilada.")  # the old version stays, naming her
    cem.set_status(session.id, dc.HELD)
    acuerdo = cem.record_acuerdo(Acuerdo(
        session_id=session.id, case_id=other, number="",
        text="Se acuerda dar seguimiento a Ana y a La Zorzalita."))
    cem.set_status(session.id, dc.CLOSED)
    return World(target, other, signed.id, m.id, acuerdo.id, target_case)


def _assessment(vault: Vault, assessment_id: str) -> dict[str, Any]:
    with vault.read() as conn:
        cur = conn.execute("SELECT * FROM risk_assessment WHERE id = ?", (assessment_id,))
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone(), strict=True))


def test_signed_and_append_only_text_loses_their_names_and_nothing_else(
        vault: Vault, vault_dir: Path, world: World) -> None:
    key = vault.data_key()
    assert all(contains_any(plaintext_of_vault(vault_dir, key), s) for s in GONE)
    before, ratings = _assessment(vault, world.assessment), _ratings(vault, world)
    plan = arco.plan_cancellation(vault, world.target.id)
    assert plan.mentions == ()  # nothing editable to rectify: the rest is redacted
    report = arco.cancel(vault, world.target.id)
    assert report.texts_redacted == {"risk_assessment": 1, "risk_threat": 1,
                                     "measure_transition": 1, "cem_summary": 1,
                                     "cem_acuerdo": 1}
    assert report.texts_redacted_total == 5 and report.compacted
    after = _assessment(vault, world.assessment)
    assert {f: after[f] for f in FIGURES} == {f: before[f] for f in FIGURES}
    assert after["reason"] == "Nueva agresión contra [ARCO], su colega"
    assert after["summary"] == "Riesgo para Ana y para [ARCO] (CURP [ARCO])."
    with vault.read() as conn:
        threat = conn.execute("SELECT facts, feasibility_conclusion, ratings FROM risk_threat"
                              " WHERE assessment_id = ?", (world.assessment,)).fetchone()
        reason = conn.execute("SELECT reason FROM measure_transition"
                              " WHERE measure_id = ? AND action = 'approve'",
                              (world.measure,)).fetchone()
        summaries = [r[0] for r in conn.execute(
            "SELECT text FROM cem_summary WHERE case_id = ? ORDER BY version",
            (world.other_case,))]
        acuerdo = conn.execute("SELECT text FROM cem_acuerdo WHERE id = ?",
                               (world.acuerdo,)).fetchone()[0]
        redactions = [(h.entity, h.field, h.before, h.after)
                      for h in history.for_case(conn, world.other_case) if h.action == "redact"]
        (entry,) = audit.entries(conn, action_prefix="arco.cancel")
        gate = conn.execute("SELECT count(*) FROM arco_redaction").fetchone()[0]
    assert threat[0] == "Amenazaron a [ARCO] frente al [ARCO]."
    assert threat[1] == "Conocen el correo [ARCO] y el teléfono [ARCO]."
    assert threat[2] == ratings
    assert reason[0] == "Lo pidió [ARCO] en la reunión."
    assert summaries == ["Ana y [ARCO] fueron vigiladas.", "Ana fue vigilada."]
    assert acuerdo == "Se acuerda dar seguimiento a Ana y a [ARCO]."
    assert sorted(redactions) == sorted([
        ("risk_assessment", "reason", None, None), ("risk_assessment", "summary", None, None),
        ("risk_threat", "facts", None, None),
        ("risk_threat", "feasibility_conclusion", None, None),
        ("measure_transition", "reason", None, None), ("cem_summary", "text", None, None),
        ("cem_acuerdo", "text", None, None)])
    assert entry.details["redacted_risk_threat"] == 1 and gate == 0
    blob = plaintext_of_vault(vault_dir, key)
    assert [s for s in GONE if contains_any(blob, s)] == []


def _ratings(vault: Vault, world: World) -> str:
    with vault.read() as conn:
        return str(conn.execute("SELECT ratings FROM risk_threat WHERE assessment_id = ?",
                                (world.assessment,)).fetchone()[0])


def test_triggers_open_for_the_text_columns_only_during_redaction(
        vault: Vault, world: World) -> None:
    refused = (
        "UPDATE risk_assessment SET summary = 'otro' WHERE id = :a",
        "UPDATE risk_threat SET facts = 'otro' WHERE assessment_id = :a",
        "UPDATE measure_transition SET reason = 'otro' WHERE measure_id = :m",
    )
    for sql in refused:
        with pytest.raises(DatabaseError, match=r"immutable|append-only"), \
                vault.write() as conn:
            conn.execute(sql, {"a": world.assessment, "m": world.measure})
    never = (
        "UPDATE risk_assessment SET index_value = 0.99 WHERE id = :a",
        "UPDATE risk_assessment SET level = 'bajo', summary = 'x' WHERE id = :a",
        "UPDATE risk_assessment SET status = 'draft' WHERE id = :a",
        "UPDATE risk_threat SET ratings = '{}' WHERE assessment_id = :a",
        "UPDATE measure_transition SET to_state = 'vigente' WHERE measure_id = :m",
    )
    for sql in never:
        with pytest.raises(DatabaseError, match=r"immutable|append-only"), \
                vault.write() as conn:
            conn.execute("INSERT INTO arco_redaction (id) VALUES (1)")
            conn.execute(sql, {"a": world.assessment, "m": world.measure})
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM arco_redaction").fetchone()[0] == 0
    before = _assessment(vault, world.assessment)
    assert before["summary"].startswith("Riesgo para Ana")


def test_editable_text_is_listed_to_rectify_first(vault: Vault, world: World) -> None:
    plans, reviews = PlanOps(vault), DvReviews(vault)
    m = plans.propose(world.other_case, "rondines",
                      details="Rondines en el domicilio de Xiuhnelli Zazuetaxo")
    other = Records(vault).bundle(world.other_case).case.folio
    assert arco.plan_cancellation(vault, world.target.id).mentions == (other,)
    plans.update(m.id, details="Rondines en el domicilio")
    assert arco.plan_cancellation(vault, world.target.id).mentions == ()
    review = reviews.start(world.other_case)
    reviews.set_item(review.id, "evidence_url", notes="Pedir capturas a La Zorzalita")
    assert arco.plan_cancellation(vault, world.target.id).mentions == (other,)


def test_workshop_and_finding_registers_lose_their_names(
        vault: Vault, vault_dir: Path, world: World) -> None:
    """No folio leads to a workshop or an unlinked finding, so nobody would rectify
    them: cancellation redacts their text itself; other fields and figures stay."""
    from mpi_desktop.storage.findings import Findings
    from mpi_desktop.storage.workshops import Workshops
    from tests.factories import finding, workshop

    w = Workshops(vault).save(workshop(
        place="Domicilio de Xiuhnelli Zazuetaxo", notes="Vino La Zorzalita con su hermana.",
        facilitator="Ana López"))
    f_free = Findings(vault).save(finding(
        summary="Publicación que expone el domicilio de XIUHNELLI  zazuetaxo.",
        url="https://red.example/xiuhnelli.zz@ejemplo.org", outlet="Cuenta anónima"))
    f_linked = Findings(vault).save(finding(
        summary="Amenaza a La Zorzalita en un foro.", case_id=world.target_case))
    report = arco.cancel(vault, world.target.id)
    assert report.texts_redacted["workshop"] == 1
    assert report.texts_redacted["finding"] == 2
    kept = Workshops(vault).get(w.id)
    assert kept.place == "Domicilio de [ARCO]"
    assert kept.notes == "Vino [ARCO] con su hermana."
    assert kept.facilitator == "Ana López" and kept.anonymous.women == 5
    free, linked = Findings(vault).get(f_free.id), Findings(vault).get(f_linked.id)
    assert free.summary == "Publicación que expone el domicilio de [ARCO]."
    assert free.url == "https://red.example/[ARCO]"
    assert free.aggression_type == "amenazas" and free.found_on == date(2026, 3, 3)
    assert linked.summary == "Amenaza a [ARCO] en un foro." and linked.case_id is None
    with vault.read() as conn:
        rows = conn.execute("SELECT entity, field, before, after FROM field_history"
                            " WHERE action = 'redact' AND entity IN ('workshop', 'finding')"
                            ).fetchall()
    assert sorted(rows) == sorted([
        ("workshop", "place", None, None), ("workshop", "notes", None, None),
        ("finding", "summary", None, None), ("finding", "url", None, None),
        ("finding", "summary", None, None)])
    blob = plaintext_of_vault(vault_dir, vault.data_key())
    assert [s for s in GONE if contains_any(blob, s)] == []
