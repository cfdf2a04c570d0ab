"""Protection-plan measures on a real vault: life cycle with CEM references, urgent starts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mpi_desktop.domain import measures as dm
from mpi_desktop.storage import audit, history, plans
from mpi_desktop.storage.connection import DatabaseError
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.factories import case_for, person

CEM1 = {"cem_session_ref": "3a Sesión Ordinaria 2026", "cem_agreement_ref": "CEM/2026/03/07"}
CEM2 = {"cem_session_ref": "7a Sesión Ordinaria 2026", "cem_agreement_ref": "CEM/2026/07/02"}


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


@pytest.fixture
def ops(vault: Vault) -> PlanOps:
    return PlanOps(vault)


def new_case(records: Records, **kw: object) -> str:
    p = person()
    return records.open_case(case_for(p, **kw), [p]).id


def extraordinary_case(records: Records) -> str:
    return new_case(records, status="incorporado", procedure="extraordinario",
                    incorporated_on=date(2026, 2, 4))


def test_measure_from_proposal_to_conclusion_with_cem_references(
        records: Records, ops: PlanOps, vault: Vault) -> None:
    case_id = new_case(records)
    m = ops.propose(case_id, "rondines", details="Domicilio y redacción",
                    proposed_on=date(2026, 3, 1))
    assert (m.state, m.category, m.institution) == ("propuesta", "proteccion", "ssc")
    steps = [
        ("approve", date(2026, 3, 7), CEM1),
        ("implement", date(2026, 3, 9), {}),
        ("activate", date(2026, 3, 12), {}),
        ("evaluate", date(2026, 6, 12), {}),
        ("modify", date(2026, 7, 2), {**CEM2, "new_details": "Rondines nocturnos"}),
        ("activate", date(2026, 7, 6), {}),
        ("conclude", date(2026, 10, 30), {}),
    ]
    for action, day, extra in steps:
        m = ops.transition(m.id, action, effective_on=day,
                           reason=f"Motivo de {action}", **extra)
    assert (m.state, m.version, m.details) == ("concluida", 2, "Rondines nocturnos")
    assert (m.approved_on, m.implemented_on, m.ended_on) == \
        (date(2026, 3, 7), date(2026, 3, 12), date(2026, 10, 30))
    stored = ops.view(case_id).measures
    assert stored == [m]
    t = m.transitions
    assert [x.action for x in t] == ["propose", *[s[0] for s in steps]]
    assert [x.to_state for x in t] == ["propuesta", "aprobada", "en_implementacion",
                                       "vigente", "en_evaluacion", "modificada", "vigente",
                                       "concluida"]
    assert (t[1].cem_session_ref, t[1].cem_agreement_ref) == tuple(CEM1.values())
    assert (t[5].cem_session_ref, t[5].cem_agreement_ref) == tuple(CEM2.values())
    assert all(x.actor == "prueba" and x.at for x in t)
    with vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, entity="measure")]
        rows = history.for_entity(conn, "measure", m.id)
    assert actions[::-1] == ["measure.propose", *[f"measure.{s[0]}" for s in steps]]
    changed = {r.field for r in rows}
    assert {"state", "details", "version", "approved_on", "ended_on"} <= changed
    modify_rows = [r for r in rows if r.action == "modify" and r.field == "details"]
    assert json.loads(modify_rows[0].after or "null") == "Rondines nocturnos"


def test_invalid_transition_names_the_allowed_ones(records: Records, ops: PlanOps) -> None:
    m = ops.propose(new_case(records), "boton_panico")
    with pytest.raises(dm.InvalidTransition) as info:
        ops.transition(m.id, "conclude", reason="x")
    assert info.value.allowed == ["approve", "retire"]
    with pytest.raises(dm.TransitionIncomplete) as missing:
        ops.transition(m.id, "approve")
    assert [i.field for i in missing.value.issues] == ["cem_session_ref", "cem_agreement_ref"]
    assert ops.view(m.case_id).measures[0].state == "propuesta"


def test_urgent_measure_in_an_extraordinary_case_starts_before_approval(
        records: Records, ops: PlanOps, vault: Vault) -> None:
    case_id = extraordinary_case(records)
    m = ops.propose(case_id, "escolta", urgent_start=True,
                    reason="Amenaza de muerte con plazo de 24 horas")
    assert (m.state, m.pending_ratification, m.urgent_start) == \
        ("en_implementacion", True, True)
    assert [t.action for t in m.transitions] == ["propose", "urgent_implement"]
    m = ops.transition(m.id, "activate")
    with vault.read() as conn:
        pending = plans.measures_pending_ratification(conn)
    assert [(p.measure_id, p.state, p.code) for p in pending] == [(m.id, "vigente", "escolta")]
    m = ops.transition(m.id, "ratify", **CEM1)
    assert (m.state, m.pending_ratification) == ("vigente", False)
    assert m.transitions[-1].cem_agreement_ref == "CEM/2026/03/07"
    with vault.read() as conn:
        assert plans.measures_pending_ratification(conn) == []


def test_urgent_start_is_refused_outside_its_rule(records: Records, ops: PlanOps) -> None:
    ordinary = new_case(records, status="incorporado", procedure="ordinario",
                        incorporated_on=date(2026, 2, 4))
    with pytest.raises(dm.UrgentStartNotAllowed) as info:
        ops.propose(ordinary, "escolta", urgent_start=True, reason="x")
    assert info.value.problem == "not_extraordinary"
    with pytest.raises(dm.UrgentStartNotAllowed) as info:
        ops.propose(extraordinary_case(records), "rondines", urgent_start=True, reason="x")
    assert info.value.problem == "not_urgent"
    with pytest.raises(dm.TransitionIncomplete):
        ops.propose(extraordinary_case(records), "escolta", urgent_start=True)
    assert ops.view(ordinary).measures == []


def test_transitions_are_append_only_but_take_a_cem_session_id(
        records: Records, ops: PlanOps, vault: Vault) -> None:
    m = ops.propose(new_case(records), "cerraduras")
    m = ops.transition(m.id, "approve", **CEM1)
    approval = m.transitions[-1]
    for sql in ("UPDATE measure_transition SET cem_agreement_ref = 'otro' WHERE id = ?",
                "UPDATE measure_transition SET to_state = 'vigente' WHERE id = ?",
                "DELETE FROM measure_transition WHERE id = ?"):
        with pytest.raises(DatabaseError, match="append-only"), vault.write() as conn:
            conn.execute(sql, (approval.id,))
    session_id = "6f1c3b0e-7d2a-4e1b-9a55-0c9d8e7f6a5b"
    with vault.write() as conn:
        plans.link_cem_session(conn, transition_id=approval.id, cem_session_id=session_id,
                               actor="prueba")
    assert ops.view(m.case_id).measures[0].transitions[-1].cem_session_id == session_id


def test_only_proposals_can_be_deleted(records: Records, ops: PlanOps, vault: Vault) -> None:
    case_id = new_case(records)
    mistake = ops.propose(case_id, "alumbrado")
    assert ops.delete_proposal(mistake.id) == case_id
    kept = ops.transition(ops.propose(case_id, "alumbrado").id, "approve", **CEM1)
    with pytest.raises(dm.MeasureNotEditable):
        ops.delete_proposal(kept.id)
    with pytest.raises(DatabaseError, match="only a proposed measure"), vault.write() as conn:
        conn.execute("DELETE FROM measure WHERE id = ?", (kept.id,))
    assert [m.id for m in ops.view(case_id).measures] == [kept.id]


def test_follow_up_edits_and_overdue_reviews(records: Records, ops: PlanOps,
                                             vault: Vault) -> None:
    case_id = new_case(records)
    m = ops.propose(case_id, "boton_panico", proposed_on=date(2026, 3, 1))
    m = ops.transition(m.id, "approve", effective_on=date(2026, 3, 7), **CEM1)
    m = ops.transition(m.id, "activate", effective_on=date(2026, 3, 8),
                       next_review_on=date(2026, 6, 8))
    m = ops.update(m.id, evaluation_notes="La persona lo usa y funciona", accepted=True)
    assert (m.accepted, m.evaluation_notes) == (True, "La persona lo usa y funciona")
    with pytest.raises(dm.MeasureNotEditable):
        ops.update(m.id, details="Otro dispositivo")
    other = ops.propose(case_id, "taller_autoproteccion", next_review_on=date(2026, 12, 1))
    with vault.read() as conn:
        due = plans.overdue_reviews(conn, date(2026, 6, 9))
        not_yet = plans.overdue_reviews(conn, date(2026, 6, 8))
    assert [(d.kind, d.item_id, d.due_on) for d in due] == \
        [("measure", m.id, date(2026, 6, 8))]
    assert not_yet == []
    assert other.state == "propuesta"  # proposals are not followed up yet
    ops.transition(m.id, "conclude", reason="Ya no es necesaria")
    with vault.read() as conn:
        assert plans.overdue_reviews(conn, date(2027, 1, 1)) == []


def test_invalid_measures_are_refused(records: Records, ops: PlanOps) -> None:
    case_id = new_case(records)
    with pytest.raises(dm.MeasureInvalid) as info:
        ops.propose(case_id, "teletransporte")
    assert [i.field for i in info.value.issues] == ["code"]
    with pytest.raises(dm.MeasureInvalid) as info:
        ops.propose(case_id, "rondines", institution="hogwarts",
                    proposed_on=date(2099, 1, 1))
    assert {i.field for i in info.value.issues} == {"institution", "proposed_on"}


def test_case_deletion_erases_the_plan(records: Records, ops: PlanOps, vault: Vault) -> None:
    case_id = extraordinary_case(records)
    m = ops.propose(case_id, "escolta", urgent_start=True, reason="Urgente")
    ops.transition(m.id, "ratify", **CEM1)
    ops.transition(ops.propose(case_id, "rondines").id, "approve", **CEM1)
    records.delete_case(case_id)
    with vault.read() as conn:
        for table in ("measure", "measure_transition"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM field_history WHERE entity = 'measure'"
                            ).fetchone()[0] == 0
