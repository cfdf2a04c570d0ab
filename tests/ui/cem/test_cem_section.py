"""The "Sesiones CEM" section driven like a caseworker would, on a real encrypted vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import cem as dc
from mpi_desktop.storage import plans
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.ui.cem.acuerdo_dialog import AcuerdoDialog
from mpi_desktop.ui.cem.section import SPEC, CemSection
from mpi_desktop.ui.sections import all_sections
from mpi_desktop.ui.session import Session
from tests.storage.cem_world import World
from tests.ui.driving import WAIT_MS, settle

Make = Callable[[Session], CemSection]


def open_session(qtbot: QtBot, section: CemSection, session_id: str) -> None:
    section.refresh()
    settle(qtbot, section.session)
    for i in range(section.list.topLevelItemCount()):
        item = section.list.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == session_id:
            section.list.setCurrentItem(item)
    settle(qtbot, section.session)
    assert section.panel.view is not None and section.panel.view.session.id == session_id


def test_the_section_is_registered() -> None:
    assert SPEC.order == 30 and SPEC.key == "cem"
    assert "cem" in [s.key for s in all_sections()]


def test_new_session_in_one_click_then_edit_its_header(qtbot: QtBot, session: Session,
                                                       make_section: Make) -> None:
    section = make_section(session)
    assert section.list.topLevelItemCount() == 0
    assert section.stack.currentWidget() is section.empty
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert section.list.topLevelItemCount() == 1
    panel = section.panel
    assert panel.view is not None and panel.view.session.status == dc.PREPARING
    assert panel.title.text().startswith("Sesión ordinaria 1/")
    assert not panel.status_buttons[dc.CLOSED].isVisibleTo(panel)
    assert panel.status_buttons[dc.HELD].isVisibleTo(panel)
    panel.place.setCurrentIndex(panel.place.findData("zona"))
    first = panel.institutions.item(0)
    assert first.checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Unchecked)
    panel.notes.setPlainText("Sesión en la sala B")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    saved = CemOps(session.vault).session(panel.view.session.id)
    assert saved.place_granularity == "zona" and saved.notes == "Sesión en la sala B"
    assert str(first.data(Qt.ItemDataRole.UserRole)) not in saved.institutions
    # Delete it, confirming in a non-modal question.
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = panel.findChild(QMessageBox, "cemConfirmDelete")
    assert box is not None and box.isVisible()
    box.done(QMessageBox.StandardButton.Yes)
    settle(qtbot, session)
    assert section.list.topLevelItemCount() == 0
    assert section.stack.currentWidget() is section.empty


def test_agenda_from_suggestions_and_by_hand(qtbot: QtBot, session: Session, world: World,
                                             make_section: Make) -> None:
    section = make_section(session)
    open_session(qtbot, section, world.session.id)
    agenda = section.panel.agenda
    assert agenda.suggested.topLevelItemCount() == 3
    agenda.suggested.setCurrentItem(agenda.suggested.topLevelItem(0))
    qtbot.mouseClick(agenda.accept_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert agenda.items.topLevelItemCount() == 1
    assert agenda.suggested.topLevelItemCount() == 2
    qtbot.mouseClick(agenda.accept_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert agenda.items.topLevelItemCount() == 3
    assert agenda.suggested.topLevelItemCount() == 0
    # By hand: search a folio, pick the measure, add.
    agenda.search.setText(world.rising_case.folio[4:])
    agenda._search()
    settle(qtbot, session)
    assert agenda.case_combo.currentData() == world.rising_case.id
    settle(qtbot, session)
    agenda.topic.setCurrentIndex(agenda.topic.findData("modificacion"))
    agenda.measure.setCurrentIndex(agenda.measure.findData(world.patrols.id))
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert agenda.items.topLevelItemCount() == 4
    last = agenda.items.topLevelItem(3)
    assert last is not None and last.text(4) == "Rondines policiales"
    agenda.items.setCurrentItem(last)
    qtbot.mouseClick(agenda.up, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    moved = agenda.items.topLevelItem(2)
    assert moved is not None and moved.text(3) == "Modificación de medidas"
    agenda.items.setCurrentItem(moved)
    qtbot.mouseClick(agenda.remove, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert agenda.items.topLevelItemCount() == 3
    # The summaries tab lists the agenda's cases.
    assert section.panel.summaries.cases.count() == 3


def test_summary_is_saved_while_typing_and_checked(qtbot: QtBot, session: Session,
                                                  world: World, make_section: Make) -> None:
    ops = CemOps(session.vault)
    ops.accept(world.session.id, ops.suggestions(world.session.id))
    section = make_section(session)
    open_session(qtbot, section, world.session.id)
    tab = section.panel.summaries
    section.panel.tabs.setCurrentWidget(tab)
    tab.select_case(world.new_case.id)
    settle(qtbot, session)
    assert not tab.editor.isReadOnly()
    tab.editor.setPlainText("Se entrevistó a María José el 3 de marzo.")
    assert tab.dirty()
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert tab.findings.topLevelItemCount() == 2
    assert "«María José»" in (tab.findings.topLevelItem(0) or tab.findings).text(1)  # type: ignore[union-attr]
    assert tab.editor.textCursor().selectedText() == "María José"
    qtbot.waitUntil(lambda: not tab.dirty() and ops.summary(world.new_case.id) is not None,
                    timeout=WAIT_MS)
    settle(qtbot, session)
    tab.editor.setPlainText("La persona fue entrevistada en marzo.")
    # Switching case saves at once.
    tab.select_case(world.urgent_case.id)
    settle(qtbot, session)
    current = ops.summary(world.new_case.id)
    assert current is not None and current.text == "La persona fue entrevistada en marzo."
    assert current.version == 2 and current.session_id == world.session.id
    tab.select_case(world.new_case.id)
    settle(qtbot, session)
    assert tab.history.topLevelItemCount() == 2
    # Locking with unsaved text saves it first.
    tab.editor.setPlainText("Texto final.")
    section.prepare_lock()
    final = ops.summary(world.new_case.id)
    assert final is not None and final.text == "Texto final."


def test_packet_check_dismiss_generate_and_cancel(qtbot: QtBot, session: Session, world: World,
                                                  make_section: Make, tmp_path: Path) -> None:
    ops = CemOps(session.vault)
    ops.accept(world.session.id, ops.suggestions(world.session.id))
    ops.save_summary(world.new_case.id, "Reunión con la periodista Lupita en febrero.")
    section = make_section(session)
    open_session(qtbot, section, world.session.id)
    tab = section.panel.packet
    section.panel.tabs.setCurrentWidget(tab)
    tab.folder.setText(str(tmp_path))
    assert tab.recipients.count() == len(world.session.institutions) + 1
    for i in range(2, tab.recipients.count()):  # two institutions are enough here
        tab.recipients.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert tab.findings.topLevelItemCount() == 1
    row = tab.findings.topLevelItem(0)
    assert row is not None and row.text(0) == world.new_case.folio and row.text(4) == "Por corregir"
    # Generating is refused while the finding is open: nothing is written.
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert "No se generó" in tab.result.text()
    assert list(tmp_path.glob("*.pdf")) == []
    tab.findings.setCurrentItem(tab.findings.topLevelItem(0))
    tab.reason.setText("Es el nombre de una calle del barrio")
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    row = tab.findings.topLevelItem(0)
    assert row is not None and row.text(4) == "Descartado"
    assert "puede generar" in tab.result.text()
    # Cancel right away: nothing is written.
    tab.generate()
    tab.cancel()
    settle(qtbot, session)
    assert "cancel" in tab.result.text().lower()
    assert list(tmp_path.glob("*.pdf")) == [] and not tab.running
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    assert tab.running and tab.cancel_button.isEnabled()
    settle(qtbot, session)
    assert not tab.running
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert tab.progress.value() == tab.progress.maximum() == 1
    assert tab.copies.topLevelItemCount() == 2
    codes = {tab.copies.topLevelItem(i).text(3) for i in range(2)}  # type: ignore[union-attr]
    assert len(codes) == 2 and all(c.startswith("CEM-") for c in codes)


def test_acuerdos_after_the_session(qtbot: QtBot, session: Session, world: World,
                                    make_section: Make) -> None:
    ops = CemOps(session.vault)
    ops.accept(world.session.id, ops.suggestions(world.session.id))
    section = make_section(session)
    open_session(qtbot, section, world.session.id)
    tab = section.panel.acuerdos
    assert not tab.record_button.isEnabled()
    qtbot.mouseClick(section.panel.status_buttons[dc.HELD], Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert section.panel.view is not None and section.panel.view.session.status == dc.HELD
    assert tab.record_button.isEnabled()
    dialog = tab.record()
    assert isinstance(dialog, AcuerdoDialog) and dialog.isVisible()
    settle(qtbot, session)
    assert dialog.number.text() == "CEM/2026/03/01"
    dialog.item.setCurrentIndex(0)  # the ratification (first on the agenda)
    settle(qtbot, session)
    combo = dialog.findChild(QComboBox, f"cemDecision_{world.urgent.id}")
    assert combo is not None
    assert combo.findData("ratify") > 0 and combo.findData("approve") < 0
    combo.setCurrentIndex(combo.findData("ratify"))
    dialog.text.setPlainText("Se ratifica la escolta.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert dialog.result() == AcuerdoDialog.DialogCode.Accepted
    settle(qtbot, session)
    assert tab.list.topLevelItemCount() == 1
    item = tab.list.topLevelItem(0)
    assert item is not None and item.text(0) == "CEM/2026/03/01" and item.text(2) == "Ratificar"
    with session.vault.read() as conn:
        urgent = plans.get_measure(conn, world.urgent.id)
    assert not urgent.pending_ratification
    assert urgent.transitions[-1].cem_session_id == world.session.id
    # A refused decision keeps the dialog open with the error, and saves nothing.
    dialog = tab.record()
    assert dialog is not None
    settle(qtbot, session)
    dialog.item.setCurrentIndex(dialog.item.findData(next(
        r.item.id for r in section.panel.view.agenda  # type: ignore[union-attr]
        if r.item.case_id == world.rising_case.id)))
    settle(qtbot, session)
    combo = dialog.findChild(QComboBox, f"cemDecision_{world.patrols.id}")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("modify"))
    dialog.text.setPlainText("Se modifica.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no new details
    settle(qtbot, session)
    assert dialog.isVisible() and dialog.findChild(QMessageBox, "errorDialog") is not None
    dialog.reject()
    assert len(ops.view(world.session.id).acuerdos) == 1


def test_interview_mode_shows_no_session(qtbot: QtBot, session: Session, world: World,
                                         make_section: Make) -> None:
    ops = CemOps(session.vault)
    ops.accept(world.session.id, ops.suggestions(world.session.id))
    section = make_section(session)
    open_session(qtbot, section, world.session.id)
    section.set_interview_mode(True)
    settle(qtbot, session)
    assert section.outer.currentWidget() is section.hidden
    assert section.list.topLevelItemCount() == 0
    assert section.panel.agenda.items.topLevelItemCount() == 0
    section.refresh()
    settle(qtbot, session)
    assert section.list.topLevelItemCount() == 0
    section.set_interview_mode(False)
    settle(qtbot, session)
    assert section.outer.currentWidget() is section.splitter
    assert section.list.topLevelItemCount() == 2
    assert section.panel.agenda.items.topLevelItemCount() == 3


def test_every_screen_is_in_spanish(qtbot: QtBot, session: Session, world: World,
                                    make_section: Make) -> None:
    from tests.ui.visible_text import texts_of, untranslated

    ops = CemOps(session.vault)
    ops.accept(world.session.id, ops.suggestions(world.session.id))
    ops.set_status(world.session.id, dc.HELD)
    section = make_section(session)
    found = texts_of(section)
    open_session(qtbot, section, world.session.id)
    for i in range(section.panel.tabs.count()):
        section.panel.tabs.setCurrentIndex(i)
        settle(qtbot, session)
        found += texts_of(section)
    dialog = section.panel.acuerdos.record()
    assert dialog is not None
    settle(qtbot, session)
    found += texts_of(dialog)
    dialog.reject()
    assert untranslated(found) == []
    assert any(text == "Orden del día" for _where, text in found)
