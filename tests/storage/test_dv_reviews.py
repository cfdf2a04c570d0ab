"""Digital-violence reviews on a real vault: pause/resume, the gate, links, versions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mpi_desktop.domain import dv_protocol
from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.dv_protocol import Library
from mpi_desktop.paths import resource_path
from mpi_desktop.storage import audit, dv_reviews
from mpi_desktop.storage.dv_reviews import DvReviews
from mpi_desktop.storage.records import RecordNotFound, Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.factories import case_for, person


def new_case(vault: Vault, **kw: object) -> str:
    p = person()
    return Records(vault).open_case(case_for(p, **kw), [p]).id


def test_pause_and_resume_keeps_every_answer(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        case_id = new_case(vault)
        reviews = DvReviews(vault)
        review = reviews.start(case_id)
        reviews.set_item(review.id, "triage_physical_risk", answer=False,
                         notes="Sin riesgo físico por ahora")
        reviews.set_item(review.id, "triage_ongoing_attack", status=dr.NOT_APPLICABLE)
        reviews.set_item(review.id, "evidence_url", notes="Falta pedir el enlace")
        reviews.set_findings(review.id, types=["acoso", "amenazas"],
                             platforms=["x_twitter", "facebook"],
                             aggravating=["reiterada"], aggressor_type="particular",
                             aggressor_notes="@cuenta_hostil_01")
        reviews.set_details(review.id, notes="Sesión interrumpida", follow_up_on=None)
        reviews.set_position(review.id, "evidence")
        saved = reviews.get(review.id)
    # The app closes (lock); another day, another unlock.
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        resumed = DvReviews(vault).for_case(case_id)[0]
    assert resumed == saved
    assert resumed.current_step == "evidence"
    assert resumed.item("triage_physical_risk").answer is False
    assert resumed.item("triage_physical_risk").status == dr.DONE
    assert resumed.item("triage_ongoing_attack").status == dr.NOT_APPLICABLE
    assert resumed.item("evidence_url").status == dr.PENDING
    assert resumed.item("evidence_url").notes == "Falta pedir el enlace"
    # Stored in the protocol's order, whatever order they were ticked in.
    assert resumed.types == ("acoso", "amenazas")
    assert resumed.platforms == ("facebook", "x_twitter")
    progress = dr.overall_progress(dv_reviews.protocol_of(resumed), resumed)
    assert progress.answered == 2


def test_changes_are_audited_with_ids_and_field_names_only(vault: Vault) -> None:
    case_id = new_case(vault)
    reviews = DvReviews(vault)
    review = reviews.start(case_id)
    reviews.set_item(review.id, "evidence_url", notes="https://ejemplo.invalid/post/123")
    reviews.set_findings(review.id, aggressor_notes="@agresor_secreto")
    with vault.read() as conn:
        entries = audit.entries(conn, entity="dv_review", entity_id=review.id)
        history_rows = conn.execute("SELECT field FROM field_history WHERE entity_id = ?",
                                    (review.id,)).fetchall()
    actions = [e.action for e in entries]
    assert actions == ["dv_review.update", "dv_review.item", "dv_review.create"]
    dumped = json.dumps([e.details for e in entries])
    assert "ejemplo.invalid" not in dumped and "agresor_secreto" not in dumped
    assert entries[1].details["fields"] == ["items.evidence_url.notes"]
    assert {r[0] for r in history_rows} >= {"items.evidence_url.notes", "aggressor_notes"}


def test_unchanged_item_writes_nothing(vault: Vault) -> None:
    review = DvReviews(vault).start(new_case(vault))
    DvReviews(vault).set_item(review.id, "evidence_url", status=dr.DONE)
    with vault.read() as conn:
        before = audit.count(conn)
    change = DvReviews(vault).set_item(review.id, "evidence_url", status=dr.DONE)
    assert change.gate_fired is None
    with vault.read() as conn:
        assert audit.count(conn) == before


def test_answering_yes_to_physical_risk_fires_and_records_the_gate(vault: Vault) -> None:
    reviews = DvReviews(vault)
    review = reviews.start(new_case(vault))
    assert reviews.set_item(review.id, "triage_physical_risk", answer=False).gate_fired is None
    change = reviews.set_item(review.id, "triage_physical_risk", answer=True)
    assert change.gate_fired == "physical_risk"
    stored = reviews.get(review.id)
    assert [e.kind for e in stored.events] == [dr.GATE_FIRED]
    assert dr.open_gates(stored)[0].item_code == "triage_physical_risk"
    # Declining needs a reason; the reason stays with the review, not in the audit log.
    with pytest.raises(v.ValidationFailed):
        reviews.dismiss_gate(review.id, "  ")
    reviews.dismiss_gate(review.id, "Ya cuenta con medidas vigentes del mecanismo federal")
    stored = reviews.get(review.id)
    assert dr.open_gates(stored) == []
    assert stored.events[-1].notes.startswith("Ya cuenta")
    with vault.read() as conn:
        last = audit.entries(conn, entity="dv_review", limit=1)[0]
    assert last.action == "dv_review.gate_dismissed" and "Ya cuenta" not in json.dumps(
        last.details)


def test_invalid_changes_are_refused_and_nothing_is_written(vault: Vault) -> None:
    reviews = DvReviews(vault)
    review = reviews.start(new_case(vault))
    with pytest.raises(v.ValidationFailed):
        reviews.set_item(review.id, "no_existe", status=dr.DONE)
    with pytest.raises(v.ValidationFailed):
        reviews.set_item(review.id, "evidence_url", answer=True)  # not a question
    with pytest.raises(v.ValidationFailed):
        reviews.set_findings(review.id, types=["inventado"])
    with pytest.raises(v.ValidationFailed):
        reviews.set_position(review.id, "paso_inexistente")
    with pytest.raises(RecordNotFound):
        reviews.start("00000000-0000-0000-0000-000000000000")
    assert reviews.get(review.id).items == ()
    assert reviews.get(review.id).types == ()


def test_risk_item_hints_follow_the_latest_review(vault: Vault) -> None:
    case_id = new_case(vault)
    reviews = DvReviews(vault)
    assert reviews.risk_item_hints(case_id) == {}
    first = reviews.start(case_id)
    reviews.set_findings(first.id, types=["omisiones_actores_regulatorios"])
    assert reviews.risk_item_hints(case_id) == {
        "legal_v_impunity": ["omisiones_actores_regulatorios"]}
    second = reviews.start(case_id)
    reviews.set_findings(second.id, types=["monitoreo_acecho", "difusion_sin_consentimiento"])
    hints = reviews.risk_item_hints(case_id)
    assert hints["digital_v_personal_data_exposed"] == ["monitoreo_acecho",
                                                        "difusion_sin_consentimiento"]
    assert "legal_v_impunity" not in hints


def test_complete_and_reopen(vault: Vault) -> None:
    reviews = DvReviews(vault)
    review = reviews.start(new_case(vault))
    done = reviews.set_completed(review.id, True)
    assert done.status == dr.COMPLETED and done.completed_at
    again = reviews.set_completed(review.id, False)
    assert again.status == dr.IN_PROGRESS and again.completed_at == ""


def test_an_old_review_keeps_its_protocol_version(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "protocols"
    folder.mkdir()
    v1 = resource_path("protocols", "digital-violence-v1.json")
    shutil.copy(v1, folder / v1.name)
    dv_protocol.use_library(Library(folder))
    try:
        reviews = DvReviews(vault)
        case_id = new_case(vault)
        old = reviews.start(case_id)
        reviews.set_item(old.id, "evidence_hash", status=dr.DONE, notes="sha256 anotado")
        # A new protocol version is published: one more evidence item.
        doc = json.loads(v1.read_text(encoding="utf-8"))
        doc["version"] = 2
        doc["steps"][2]["items"].append({"code": "evidence_archive_org",
                                         "es": "Se archivó en un servicio de archivo web",
                                         "en": "Saved to a web archive service"})
        (folder / "digital-violence-v2.json").write_text(json.dumps(doc), encoding="utf-8")
        dv_protocol.use_library(Library(folder))
        reloaded = reviews.get(old.id)
        protocol = dv_reviews.protocol_of(reloaded)
        assert protocol.version == 1 and protocol.item("evidence_archive_org") is None
        assert dr.overall_progress(protocol, reloaded).total == 54
        # The v1 review keeps round-tripping under v1 rules...
        reviews.set_item(old.id, "evidence_url", status=dr.DONE)
        with pytest.raises(v.ValidationFailed):
            reviews.set_item(old.id, "evidence_archive_org", status=dr.DONE)
        with vault.write() as conn:
            again = dv_reviews.put_review(conn, reviews.get(old.id), actor="prueba")
        assert again.protocol_version == 1
        assert reviews.get(old.id).item("evidence_hash").notes == "sha256 anotado"
        # ...while a new review uses v2 and its new item.
        new = reviews.start(case_id)
        assert new.protocol_version == 2
        reviews.set_item(new.id, "evidence_archive_org", status=dr.DONE)
        assert dr.overall_progress(dv_reviews.protocol_of(reviews.get(new.id)),
                                   reviews.get(new.id)).total == 55
    finally:
        dv_protocol.use_library(None)


def test_put_review_round_trips_a_whole_review(vault: Vault) -> None:
    reviews = DvReviews(vault)
    review = reviews.start(new_case(vault))
    reviews.set_item(review.id, "triage_physical_risk", answer=True)
    reviews.set_findings(review.id, types=["extorsion"], platforms=["whatsapp"])
    full = reviews.get(review.id)
    with vault.write() as conn:
        conn.execute("DELETE FROM dv_review WHERE id = ?", (review.id,))
        dv_reviews.put_review(conn, full, actor="prueba", keep_times=True)
    assert reviews.get(review.id) == full


def test_case_deletion_removes_its_reviews(vault: Vault) -> None:
    case_id = new_case(vault)
    review = DvReviews(vault).start(case_id)
    DvReviews(vault).set_item(review.id, "triage_physical_risk", answer=True)
    Records(vault).delete_case(case_id)
    with vault.read() as conn:
        for table in ("dv_review", "dv_review_item", "dv_review_event"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


# --- links to the protection plan and the risk assessment ----------------------------------


def _plan_modules() -> None:
    pytest.importorskip("mpi_desktop.storage.plans")
    pytest.importorskip("mpi_desktop.storage.risk")


def test_escalation_proposes_urgent_measures_and_starts_an_assessment(vault: Vault) -> None:
    _plan_modules()
    reviews = DvReviews(vault)
    case_id = new_case(vault)
    review = reviews.start(case_id)
    reviews.set_item(review.id, "triage_physical_risk", answer=True)
    with pytest.raises(dv_reviews.NotAnUrgentMeasure):
        reviews.escalate(review.id, measure_codes=["boton_panico"], start_assessment=False,
                         reason="Riesgo físico")
    with pytest.raises(dv_reviews.NothingToEscalate):
        reviews.escalate(review.id, measure_codes=[], start_assessment=False, reason="x")
    with pytest.raises(v.ValidationFailed):
        reviews.escalate(review.id, measure_codes=["escolta"], start_assessment=True)
    result = reviews.escalate(review.id, measure_codes=["escolta"], start_assessment=True,
                              reason="Triage del protocolo de violencia digital")
    assert len(result.measure_ids) == 1 and result.assessment_id
    assert result.urgent_start is False  # ordinary procedure: goes to the CEM first
    stored = reviews.get(review.id)
    kinds = [e.kind for e in stored.events]
    assert kinds == [dr.GATE_FIRED, dr.URGENT_MEASURE_PROPOSED, dr.RISK_ASSESSMENT_STARTED]
    assert stored.events[1].refs == result.measure_ids
    assert stored.events[2].refs == (result.assessment_id,)
    assert dr.open_gates(stored) == []


def test_extraordinary_procedure_starts_urgent_measures_at_once(vault: Vault) -> None:
    _plan_modules()
    from datetime import date

    case_id = new_case(vault, status="incorporado", procedure="extraordinario",
                       incorporated_on=date(2026, 2, 4))
    reviews = DvReviews(vault)
    review = reviews.start(case_id)
    reviews.set_item(review.id, "triage_physical_risk", answer=True)
    result = reviews.escalate(review.id, measure_codes=["reubicacion_temporal"],
                              start_assessment=False, reason="Seguimiento en su domicilio")
    assert result.urgent_start is True and result.assessment_id is None
    with vault.read() as conn:
        from mpi_desktop.storage import plans

        measure = plans.get_measure(conn, result.measure_ids[0])
    assert measure.urgent_start and measure.pending_ratification
    assert dv_reviews.DvReviews(vault).plan_measure_codes(case_id) == {"reubicacion_temporal"}


def test_suggested_measures_are_added_in_one_transaction(vault: Vault) -> None:
    _plan_modules()
    reviews = DvReviews(vault)
    review = reviews.start(new_case(vault))
    reviews.set_findings(review.id, types=["suplantacion_identidad"])
    ids = reviews.propose_suggested(review.id, ["gestion_retiro_contenido",
                                                "recuperacion_cuentas"])
    assert len(ids) == 2
    stored = reviews.get(review.id)
    assert dv_reviews.already_proposed(stored) == {"gestion_retiro_contenido",
                                                   "recuperacion_cuentas"}
    # One bad code: nothing of the batch is written.
    with pytest.raises(v.ValidationFailed):
        reviews.propose_suggested(review.id, ["acompanamiento_denuncia", "no_existe"])
    assert dv_reviews.already_proposed(reviews.get(review.id)) == dv_reviews.already_proposed(
        stored)


def test_urgent_measures_come_from_the_catalog() -> None:
    codes = dv_reviews.urgent_measure_codes()
    assert "escolta" in codes and "reubicacion_temporal" in codes
    assert "boton_panico" not in codes

