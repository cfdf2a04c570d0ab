"""Acuerdos apply the measure decisions through the plan, citing the session, all at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cem import Acuerdo, AgendaItem, MeasureDecision
from mpi_desktop.domain.measures import TransitionIncomplete
from mpi_desktop.storage import audit, plans
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.storage.vault import Vault
from tests.storage.cem_world import HELD_ON, World, build


@pytest.fixture
def world(vault: Vault) -> World:
    return build(vault)


@pytest.fixture
def ops(vault: Vault, world: World) -> CemOps:
    o = CemOps(vault)
    o.accept(world.session.id, o.suggestions(world.session.id))
    return o


def measure(vault: Vault, measure_id: str) -> plans.Measure:
    with vault.read() as conn:
        return plans.get_measure(conn, measure_id)


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    with vault.read() as conn:
        return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1")]
                for t in ("measure", "measure_transition", "cem_acuerdo", "audit_log")}


def test_acuerdos_wait_for_the_session_to_be_held(world: World, ops: CemOps) -> None:
    with pytest.raises(dc.AcuerdosNeedHeldSession):
        ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.new_case.id,
                                   number="", text="Se incorpora el caso."))


def test_decisions_move_measures_citing_the_session(world: World, ops: CemOps,
                                                    vault: Vault) -> None:
    sid = world.session.id
    ops.set_status(sid, dc.HELD)
    item = next(r.item for r in ops.view(sid).agenda if r.item.case_id == world.urgent_case.id)
    first = ops.record_acuerdo(Acuerdo(
        session_id=sid, case_id=world.urgent_case.id, agenda_item_id=item.id, number="",
        text="Se ratifica la escolta otorgada por procedimiento extraordinario.",
        decisions=(MeasureDecision(world.urgent.id, "ratify"),)))
    assert first.number == "CEM/2026/03/01"
    second = ops.record_acuerdo(Acuerdo(
        session_id=sid, case_id=world.new_case.id, number="",
        text="Se aprueba la atención psicológica.",
        decisions=(MeasureDecision(world.therapy.id, "approve"),)))
    assert second.number == "CEM/2026/03/02"
    third = ops.record_acuerdo(Acuerdo(
        session_id=sid, case_id=world.rising_case.id, number="CEM/2026/03/07",
        text="Se modifican los rondines por el aumento del riesgo.",
        decisions=(MeasureDecision(world.patrols.id, "modify",
                                   new_details="Rondines cada 4 horas"),)))
    urgent = measure(vault, world.urgent.id)
    assert not urgent.pending_ratification and urgent.state == "en_implementacion"
    therapy = measure(vault, world.therapy.id)
    assert therapy.state == "aprobada" and therapy.approved_on == HELD_ON
    patrols = measure(vault, world.patrols.id)
    assert patrols.state == "modificada" and patrols.details == "Rondines cada 4 horas"
    for m, acuerdo in ((urgent, first), (therapy, second), (patrols, third)):
        t = m.transitions[-1]
        assert t.cem_session_id == sid
        assert t.cem_agreement_ref == acuerdo.number
        assert t.cem_session_ref == "Sesión ordinaria 3/2026"
        assert t.effective_on == HELD_ON
    # The modification's reason defaults to the acuerdo's text.
    assert patrols.transitions[-1].reason == third.text
    assert [a.number for a in ops.view(sid).acuerdos] == ["CEM/2026/03/01", "CEM/2026/03/02",
                                                           "CEM/2026/03/07"]
    assert ops.next_acuerdo_number(sid) == "CEM/2026/03/08"
    with vault.read() as conn:
        entry = audit.entries(conn, action_prefix="cem.acuerdo_record", limit=1)[0]
    assert entry.details["actions"] == ["modify"] and "text" not in entry.details


def test_a_refused_decision_rolls_back_the_whole_acuerdo(world: World, ops: CemOps,
                                                         vault: Vault) -> None:
    ops.set_status(world.session.id, dc.HELD)
    before = snapshot(vault)
    acuerdo = Acuerdo(session_id=world.session.id, case_id=world.rising_case.id, number="",
                      text="Se suspende y se vuelve a aprobar.",
                      decisions=(MeasureDecision(world.patrols.id, "suspend"),
                                 MeasureDecision(world.patrols.id, "approve")))
    with pytest.raises(v.ValidationFailed):  # the same measure twice
        ops.record_acuerdo(acuerdo)
    other = plans.PlanOps(vault).propose(world.rising_case.id, "alumbrado")
    before = snapshot(vault)
    bad = Acuerdo(session_id=world.session.id, case_id=world.rising_case.id, number="",
                  text="Se suspenden los rondines y se ratifica el alumbrado.",
                  decisions=(MeasureDecision(world.patrols.id, "suspend"),
                             MeasureDecision(other.id, "ratify")))  # not pending: refused
    with pytest.raises(dc.DecisionFailed) as info:
        ops.record_acuerdo(bad)
    assert info.value.measure_id == other.id and info.value.action == "ratify"
    assert snapshot(vault) == before  # the suspension did not stay either
    assert measure(vault, world.patrols.id).state == "vigente"


def test_decisions_are_checked_against_the_case_and_the_plan(world: World, ops: CemOps,
                                                             vault: Vault) -> None:
    ops.set_status(world.session.id, dc.HELD)
    with pytest.raises(dc.MeasureNotInCase):
        ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.new_case.id,
                                   number="", text="x",
                                   decisions=(MeasureDecision(world.urgent.id, "ratify"),)))
    with pytest.raises(v.ValidationFailed):  # a modification needs the new details
        ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.rising_case.id,
                                   number="", text="x",
                                   decisions=(MeasureDecision(world.patrols.id, "modify"),)))
    with pytest.raises(dc.DecisionFailed) as info:  # approving a measure in force
        ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.rising_case.id,
                                   number="", text="x",
                                   decisions=(MeasureDecision(world.patrols.id, "approve"),)))
    assert not isinstance(info.value.cause, TransitionIncomplete)
    assert info.value.exit_code == info.value.cause.exit_code
    with pytest.raises(v.ValidationFailed):
        ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.new_case.id,
                                   number="ACUERDO-7", text="Texto"))
    ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.new_case.id,
                               number="CEM/2026/03/09", text="Se toma conocimiento."))
    with pytest.raises(dc.AcuerdoNumberTaken):
        ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.new_case.id,
                                   number="CEM/2026/03/09", text="Otro"))


def test_acuerdo_text_can_be_corrected_until_closing(world: World, ops: CemOps,
                                                     vault: Vault) -> None:
    sid = world.session.id
    ops.set_status(sid, dc.HELD)
    plain = ops.record_acuerdo(Acuerdo(session_id=sid, case_id=world.new_case.id, number="",
                                       text="Se toma conocimento."))
    moved = ops.record_acuerdo(Acuerdo(session_id=sid, case_id=world.urgent_case.id,
                                       number="", text="Se ratifica.",
                                       decisions=(MeasureDecision(world.urgent.id, "ratify"),)))
    assert ops.update_acuerdo_text(plain.id, "Se toma conocimiento.").text == \
        "Se toma conocimiento."
    with pytest.raises(dc.AcuerdoHasDecisions):
        ops.delete_acuerdo(moved.id)
    ops.delete_acuerdo(plain.id)
    ops.set_status(sid, dc.CLOSED)
    with pytest.raises(dc.SessionClosed):
        ops.update_acuerdo_text(moved.id, "Otro texto")
    with pytest.raises(dc.SessionClosed):
        ops.record_acuerdo(Acuerdo(session_id=sid, case_id=world.new_case.id, number="",
                                   text="Tarde."))
    with pytest.raises(dc.SessionClosed):
        ops.delete_session(sid)
    later = ops.create_session(dc.CemSession(number=9, year=2026, kind="extraordinaria",
                                             held_on=HELD_ON))
    ops.add_item(AgendaItem(session_id=later.id, case_id=world.new_case.id, topic="otro"))
    ops.set_status(later.id, dc.HELD)
    ops.record_acuerdo(Acuerdo(session_id=later.id, case_id=world.new_case.id, number="",
                               text="Se toma nota."))
    with pytest.raises(dc.SessionHasAcuerdos):
        ops.delete_session(later.id)


def test_failures_read_as_sentences_in_spanish(world: World, ops: CemOps,
                                               qapp: QApplication) -> None:
    from mpi_desktop import i18n
    from mpi_desktop.messages import describe

    before = i18n.current_language()
    i18n.install("es")
    try:
        ops.set_status(world.session.id, dc.HELD)
        with pytest.raises(dc.DecisionFailed) as info:
            ops.record_acuerdo(Acuerdo(session_id=world.session.id,
                                       case_id=world.rising_case.id, number="", text="x",
                                       decisions=(MeasureDecision(world.patrols.id,
                                                                  "approve"),)))
        text = describe(info.value)
        assert "no se guardó nada del acuerdo" in text and "Aprobar" in text
        with pytest.raises(dc.StatusChangeRefused) as refused:
            ops.set_status(world.session.id, dc.HELD)
        assert describe(refused.value) == "Una sesión «Celebrada» no puede pasar a «Celebrada»."
        with pytest.raises(v.ValidationFailed) as invalid:
            ops.record_acuerdo(Acuerdo(session_id=world.session.id, case_id=world.new_case.id,
                                       number="7", text=""))
        assert describe(invalid.value).startswith("No se guardó: Número: use la forma")
    finally:
        i18n.install(before)
