"""The "Violencia digital" tab: a full guided review, pause/resume, the triage gate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import dv_protocol
from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_protocol import Library
from mpi_desktop.paths import resource_path
from mpi_desktop.storage import plans
from mpi_desktop.storage.dv_reviews import DvReviews
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import case_tabs
from tests.ui.driving import find, settle
from tests.ui.protocol.conftest import new_case, open_tab


def test_the_tab_is_registered_in_the_case_view() -> None:
    spec = next(s for s in case_tabs() if s.key == "digital_violence")
    assert spec.order == 60


def test_a_full_review_walk_through(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    assert tab.checklist_holder.currentWidget() is tab.empty
    assert not tab.header.isVisible()
    assert tab.title() == "Violencia digital"
    qtbot.mouseClick(find(tab, QPushButton, "startFirstReviewButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert tab.header.isVisible()
    checklist = tab.checklist
    assert checklist is not None and tab.findings is not None
    assert tab.checklist_holder.currentWidget() is checklist
    protocol = dv_protocol.latest()
    visited = []
    for index, step in enumerate(protocol.steps):
        if index:
            qtbot.mouseClick(checklist.next_button, Qt.MouseButton.LeftButton)
        assert checklist.current_step() == step.code
        visited.append(step.code)
        for item in step.items:
            widget = checklist.item_widget(item.code)
            if item.is_question:
                widget.choose("no")
            elif item.code.endswith(("_2fa", "_feadle")):
                widget.choose("na")
            else:
                widget.choose("done")
        if step.code == "types_platforms":
            tab.findings.types.check("amenazas")
            tab.findings.types.check("difusion_sin_consentimiento")
            tab.findings.platforms.check("whatsapp")
            tab.findings.aggravating.check("reiterada")
        settle(qtbot, session)
        assert "✓" in checklist.step_list.item(index).text()
        assert checklist.step_progress.value() == len(step.items)
    note = checklist.item_widget("evidence_url").notes
    note.setPlainText("Enlace directo al hilo, capturado 14:05")
    note.flush()
    settle(qtbot, session)
    assert visited == [s.code for s in protocol.steps]
    assert not checklist.next_button.isEnabled()
    assert tab.overall.value() == tab.overall.maximum() == len(protocol.item_codes())
    assert tab.overall.text().startswith("100")
    stored = DvReviews(session.vault).for_case(case_id)[0]
    assert dr.overall_progress(protocol, stored).percent == 100
    assert stored.current_step == "follow_up"
    assert stored.types == ("amenazas", "difusion_sin_consentimiento")
    assert stored.item("evidence_url").notes == "Enlace directo al hilo, capturado 14:05"
    assert stored.item("account_2fa").status == dr.NOT_APPLICABLE
    assert stored.item("triage_physical_risk").answer is False
    assert not tab.gate.isVisible()
    qtbot.mouseClick(tab.complete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert DvReviews(session.vault).get(stored.id).status == dr.COMPLETED


def test_pause_and_resume_in_a_new_window(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    tab.start_review()
    settle(qtbot, session)
    assert tab.checklist is not None
    tab.checklist.item_widget("triage_safe_setting").choose("done")
    tab.checklist.go_to_step("evidence")
    notes = tab.checklist.item_widget("evidence_screenshot").notes
    notes.setPlainText("Faltan capturas del perfil falso")
    assert tab.has_unsaved_changes()
    tab.prepare_lock()  # what a lock does: flush and wait
    settle(qtbot, session)
    assert not tab.has_unsaved_changes()
    tab.close()
    again = open_tab(qtbot, session, case_id)
    assert again.checklist is not None
    assert again.checklist.current_step() == "evidence"
    assert again.checklist.item_widget("triage_safe_setting").buttons["done"].isChecked()
    assert again.checklist.item_widget("evidence_screenshot").notes.toPlainText() == \
        "Faltan capturas del perfil falso"
    assert again.overall.value() == 1


def test_physical_risk_prompts_escalation_and_records_it(qtbot: QtBot,
                                                         session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    tab.start_review()
    settle(qtbot, session)
    assert tab.checklist is not None
    assert not tab.gate.isVisible()
    tab.checklist.item_widget("triage_physical_risk").choose("yes")
    settle(qtbot, session)
    assert tab.gate.isVisible()
    measures = find(tab, QListWidget, "urgentMeasureList")
    codes = {measures.item(i).data(Qt.ItemDataRole.UserRole) for i in range(measures.count())}
    assert {"escolta", "reubicacion_temporal"} <= codes and "boton_panico" not in codes
    assert "CEM" in tab.gate.explanation.text()
    # Escalating without choosing anything is refused with a message, nothing written.
    tab.gate.assessment.setChecked(False)
    qtbot.mouseClick(tab.gate.escalate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert tab.findChild(QPushButton, "escalateButton").isEnabled()
    tab.gate.check_measure("escolta")
    tab.gate.assessment.setChecked(True)
    with qtbot.waitSignal(tab.changed, timeout=20_000):
        qtbot.mouseClick(tab.gate.escalate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert not tab.gate.isVisible()
    review = DvReviews(session.vault).for_case(case_id)[0]
    assert [e.kind for e in review.events] == [
        dr.GATE_FIRED, dr.URGENT_MEASURE_PROPOSED, dr.RISK_ASSESSMENT_STARTED]
    with session.vault.read() as conn:
        measure_codes = [m.code for m in plans.measures_for_case(conn, case_id)]
    assert measure_codes == ["escolta"]
    assert tab.follow_up.events.count() == 3


def test_declining_escalation_needs_a_reason(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    tab.start_review()
    settle(qtbot, session)
    assert tab.checklist is not None
    tab.checklist.item_widget("triage_physical_risk").choose("yes")
    settle(qtbot, session)
    qtbot.mouseClick(tab.gate.dismiss_button, Qt.MouseButton.LeftButton)
    assert tab.gate.dismiss_reason.isVisible()
    qtbot.mouseClick(tab.gate.confirm_dismiss, Qt.MouseButton.LeftButton)  # empty reason
    settle(qtbot, session)
    assert tab.gate.isVisible()
    tab.gate.dismiss_reason.setText("Cuenta con escolta del mecanismo federal")
    qtbot.mouseClick(tab.gate.confirm_dismiss, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert not tab.gate.isVisible()
    review = DvReviews(session.vault).for_case(case_id)[0]
    assert review.events[-1].kind == dr.GATE_DISMISSED
    # The gate does not come back for the same answer, and re-opening keeps it closed.
    tab.load()
    settle(qtbot, session)
    assert not tab.gate.isVisible()


def test_suggested_measures_added_in_one_step(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    tab.start_review()
    settle(qtbot, session)
    assert tab.findings is not None
    tab.findings.types.check("suplantacion_identidad")
    settle(qtbot, session)
    listed = [tab.measures.list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(tab.measures.list.count())]
    assert listed == list(dv_protocol.latest().measures_for("suplantacion_identidad"))
    assert not tab.measures.add_button.isEnabled()
    tab.measures.check("gestion_retiro_contenido")
    tab.measures.check("recuperacion_cuentas")
    with qtbot.waitSignal(tab.changed, timeout=20_000):
        qtbot.mouseClick(tab.measures.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    with session.vault.read() as conn:
        codes = sorted(m.code for m in plans.measures_for_case(conn, case_id))
    assert codes == ["gestion_retiro_contenido", "recuperacion_cuentas"]
    assert tab.measures.checked() == []
    disabled = [tab.measures.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(tab.measures.list.count())
                if not tab.measures.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert sorted(disabled) == codes


def test_an_old_review_renders_with_its_own_protocol_version(
        qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "protocols"
    folder.mkdir()
    v1 = resource_path("protocols", "digital-violence-v1.json")
    shutil.copy(v1, folder / v1.name)
    dv_protocol.use_library(Library(folder))
    try:
        case_id = new_case(session)
        old = DvReviews(session.vault).start(case_id)
        DvReviews(session.vault).set_item(old.id, "evidence_hash", status=dr.DONE)
        doc = json.loads(v1.read_text(encoding="utf-8"))
        doc["version"] = 2
        doc["steps"][2]["items"].append({"code": "evidence_archive_org", "es": "Archivado",
                                         "en": "Archived"})
        (folder / "digital-violence-v2.json").write_text(json.dumps(doc), encoding="utf-8")
        dv_protocol.use_library(Library(folder))
        tab = open_tab(qtbot, session, case_id)
        assert tab.checklist is not None and tab.protocol is not None
        assert tab.protocol.version == 1
        assert tab.findChild(object, "item_evidence_archive_org") is None
        assert tab.overall.maximum() == 54 and tab.overall.value() == 1
        tab.start_review()
        settle(qtbot, session)
        assert tab.protocol.version == 2
        assert tab.checklist.item_widget("evidence_archive_org") is not None
        assert tab.overall.maximum() == 55
        assert tab.review_combo.count() == 2
        tab.review_combo.setCurrentIndex(1)
        tab.review_combo.activated.emit(1)
        assert tab.protocol.version == 1
    finally:
        dv_protocol.use_library(None)


def test_follow_up_date_and_notes_are_saved(qtbot: QtBot, session: Session) -> None:
    from datetime import date

    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    tab.start_review()
    settle(qtbot, session)
    tab.sections.setCurrentWidget(tab.follow_up)
    tab.follow_up.set_follow_up(date(2031, 5, 20))
    tab.follow_up.notes.setPlainText("Acordamos revisar la respuesta de la plataforma")
    tab.follow_up.notes.flush()
    settle(qtbot, session)
    review = DvReviews(session.vault).for_case(case_id)[0]
    assert review.follow_up_on == date(2031, 5, 20)
    assert review.notes == "Acordamos revisar la respuesta de la plataforma"
    tab.follow_up.set_follow_up(None)
    settle(qtbot, session)
    assert DvReviews(session.vault).get(review.id).follow_up_on is None
