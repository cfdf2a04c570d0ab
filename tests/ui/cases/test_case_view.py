"""The case view: audited opening, edits saved with history, inline validation,
unsaved-changes prompt, events, people and drafts of edit forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.cases import Case
from mpi_desktop.storage import audit, drafts
from mpi_desktop.storage.records import Records
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.session import Session
from tests.factories import aggression, case_for, person
from tests.ui.driving import WAIT_MS, settle


def widget(root: QWidget, cls: type, name: str) -> QWidget:
    found = root.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} {name!r}"
    return found


def combo_pick(root: QWidget, name: str, code: str | None) -> None:
    combo = widget(root, QComboBox, name)
    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = root.findChild(QPushButton, name) or root.findChild(QToolButton, name)
    assert button is not None, name
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, root: QWidget, name: str, button: QMessageBox.StandardButton
           ) -> None:
    qtbot.waitUntil(lambda: root.findChild(QMessageBox, name) is not None, timeout=WAIT_MS)
    box = root.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    box.button(button).click()
    box.setObjectName("")  # answered; a later question gets a fresh box


def open_case(qtbot: QtBot, section: CasesSection, case_id: str) -> None:
    section.show_case(case_id)
    settle(qtbot, section.session)
    assert section.case_view.case_id == case_id
    assert section.case_view.tabs.count() >= 5


def new_case(session: Session, **kw: object) -> Case:
    p = person(**kw)
    return Records(session.vault).open_case(case_for(p), [p])


def test_opening_a_case_is_audited_and_shows_its_header(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session, given_names="Ximena", first_surname="Ortiz", second_surname="")
    open_case(qtbot, section, case.id)
    view = section.case_view
    assert case.folio in view.folio_label.text()
    assert "Ximena Ortiz" in view.name_label.text()
    with session.vault.read() as conn:
        views = [e for e in audit.entries(conn) if e.action == "case.view"]
    assert [e.entity_id for e in views] == [case.id]
    keys = [view.tabs.tabBar().tabData(i) for i in range(view.tabs.count())]
    assert keys[:4] == ["case", "people", "aggressions", "attentions"]
    assert keys[-1] == "history"


def test_case_edit_is_saved_and_shows_in_history(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("case")
    assert tab is not None
    save = widget(tab, QPushButton, "case_save")
    assert not save.isEnabled()  # nothing to save yet
    combo_pick(tab, "case_status", "en_analisis")
    narrative = widget(tab, QPlainTextEdit, "case_narrative")
    assert isinstance(narrative, QPlainTextEdit)
    narrative.setPlainText("Amenazas por mensajes; seguimiento en la colonia.")
    assert save.isEnabled()
    click(qtbot, tab, "case_save")
    assert not save.isEnabled()  # disabled while saving
    settle(qtbot, session)
    saved = Records(session.vault).bundle(case.id).case
    assert saved.status == "en_analisis"
    assert saved.narrative == "Amenazas por mensajes; seguimiento en la colonia."
    assert not save.isEnabled()
    assert "Risk analysis" in section.case_view.status_label.text()
    history = section.case_view.tab("history")
    assert history is not None
    table = widget(history, QTableWidget, "historyTable")
    assert isinstance(table, QTableWidget)
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    status_rows = [r for r in rows if r[4] == "Status"]
    assert status_rows and status_rows[0][5] == "Request"
    assert status_rows[0][6] == "Risk analysis"
    assert status_rows[0][1] == "prueba" and status_rows[0][2] == "Case file"


def test_inline_validation_shows_the_issue_by_the_field_and_saves_nothing(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("case")
    assert tab is not None
    combo_pick(tab, "case_status", "incorporado")  # needs a procedure
    opened = widget(tab, QLineEdit, "case_opened_on")
    assert isinstance(opened, QLineEdit)
    opened.setText("31/02/2026")  # not a date
    with session.vault.read() as conn:
        before = conn.execute("SELECT count(*) FROM field_history").fetchone()[0]
    click(qtbot, tab, "case_save")
    settle(qtbot, session)
    procedure_issue = widget(tab, QLabel, "case_procedure_issue")
    date_issue = widget(tab, QLabel, "case_opened_on_issue")
    assert procedure_issue.isVisible() and "incorporated" in procedure_issue.text()
    assert date_issue.isVisible() and "day/month/year" in date_issue.text()
    assert widget(tab, QComboBox, "case_procedure").property("invalid") is True
    assert section.findChild(QMessageBox, "errorDialog") is None  # no popup
    with session.vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM field_history").fetchone()[0] == before
    assert Records(session.vault).bundle(case.id).case.status == "solicitud"
    # Fixing the fields clears the issues and saves.
    combo_pick(tab, "case_procedure", "extraordinario")
    opened.setText("03/02/2026")
    click(qtbot, tab, "case_save")
    settle(qtbot, session)
    assert not procedure_issue.isVisible()
    assert Records(session.vault).bundle(case.id).case.procedure == "extraordinario"


def test_leaving_a_dirty_form_asks_first(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("case")
    assert tab is not None
    caseworker = widget(tab, QLineEdit, "case_caseworker")
    assert isinstance(caseworker, QLineEdit)
    caseworker.setText("Otra analista")
    click(qtbot, section.case_view, "backToList")
    answer(qtbot, section, "unsavedChangesDialog", QMessageBox.StandardButton.Cancel)
    assert section.current_page() is section.case_view  # stayed
    click(qtbot, section.case_view, "backToList")
    answer(qtbot, section, "unsavedChangesDialog", QMessageBox.StandardButton.Save)
    settle(qtbot, session)
    assert section.current_page() is section.list_page
    assert Records(session.vault).bundle(case.id).case.caseworker == "Otra analista"


def test_person_edit_role_and_copy_contact(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    view = section.case_view
    view.show_tab("people")
    tab = view.tab("people")
    assert tab is not None
    surname = widget(tab, QLineEdit, "person_second_surname")
    assert isinstance(surname, QLineEdit)
    surname.setText("Peña Ríos")
    click(qtbot, tab, "person_save")
    settle(qtbot, session)
    bundle = Records(session.vault).bundle(case.id)
    assert bundle.primary is not None and bundle.primary.second_surname == "Peña Ríos"
    assert "Peña Ríos" in view.name_label.text()  # the header followed
    click(qtbot, tab, "person_contacts_0_copy")
    assert QGuiApplication.clipboard().text() == "+52 (55) 1234-5678"
    session.clipboard.clear()
    assert QGuiApplication.clipboard().text() == ""


def test_adding_a_linked_person_and_making_them_primary(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("people")
    assert tab is not None
    click(qtbot, tab, "addPersonButton")
    dialog = widget(tab, QDialog, "newPersonDialog")
    given = widget(dialog, QLineEdit, "newPerson_given_names")
    assert isinstance(given, QLineEdit)
    given.setText("Tomás")
    combo_pick(dialog, "newPerson_role", "hijo_hija")
    click(qtbot, dialog, "newPerson_save")
    settle(qtbot, session)
    saved = Records(session.vault).bundle(case.id)
    assert len(saved.case.participants) == 2
    child = next(p for p in saved.case.participants if not p.is_primary)
    assert child.role == "hijo_hija" and saved.people[child.person_id].given_names == "Tomás"
    table = widget(tab, QTableWidget, "participantsTable")
    assert isinstance(table, QTableWidget) and table.rowCount() == 2
    table.setCurrentCell(1, 0)
    click(qtbot, tab, "makePrimaryButton")
    settle(qtbot, session)
    after = Records(session.vault).bundle(case.id)
    assert after.case.primary_person_id == child.person_id
    assert "Tomás" in section.case_view.name_label.text()


def test_linking_an_existing_person_from_another_case(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    other = new_case(session, given_names="Jacinta", first_surname="Ramírez")
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("people")
    assert tab is not None
    click(qtbot, tab, "linkPersonButton")
    dialog = widget(tab, QDialog, "linkPersonDialog")
    search = widget(dialog, QLineEdit, "linkSearch")
    assert isinstance(search, QLineEdit)
    qtbot.keyClicks(search, "jacinta ramirez")
    results = widget(dialog, QListWidget, "linkResults")
    assert isinstance(results, QListWidget)
    qtbot.waitUntil(lambda: results.count() == 1, timeout=WAIT_MS)
    assert other.folio in results.item(0).text()
    click(qtbot, dialog, "linkButton")
    settle(qtbot, session)
    saved = Records(session.vault).bundle(case.id)
    assert other.primary_person_id in saved.case.person_ids


def test_aggression_dialog_add_edit_delete(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("aggressions")
    assert tab is not None
    click(qtbot, tab, "addAggressionButton")
    dialog = widget(tab, QDialog, "aggressionDialog")
    assert not widget(dialog, QPushButton, "aggression_save").isEnabled()
    date_edit = widget(dialog, QLineEdit, "aggression_occurred_on")
    assert isinstance(date_edit, QLineEdit)
    date_edit.setText("15/01/2026")
    click(qtbot, dialog, "aggression_save")  # no type, no aggressor: inline issues
    settle(qtbot, session)
    assert widget(dialog, QLabel, "aggression_types_issue").isVisible()
    assert widget(dialog, QLabel, "aggression_aggressor_type_issue").isVisible()
    assert Records(session.vault).bundle(case.id).aggressions == []
    types = widget(dialog, QListWidget, "aggression_types")
    assert isinstance(types, QListWidget)
    types.item(0).setCheckState(Qt.CheckState.Checked)
    combo_pick(dialog, "aggression_aggressor_type", "servidor_publico")
    click(qtbot, dialog, "aggression_save")
    settle(qtbot, session)
    saved = Records(session.vault).bundle(case.id).aggressions
    assert len(saved) == 1 and saved[0].aggressor_type == "servidor_publico"
    table = widget(tab, QTableWidget, "aggressionsTable")
    assert isinstance(table, QTableWidget) and table.rowCount() == 1
    click(qtbot, tab, "deleteAggressionButton")
    answer(qtbot, tab, "confirmDelete", QMessageBox.StandardButton.Yes)
    settle(qtbot, session)
    assert Records(session.vault).bundle(case.id).aggressions == []
    assert table.rowCount() == 0


def test_a_referral_needs_its_institution(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    open_case(qtbot, section, case.id)
    tab = section.case_view.tab("attentions")
    assert tab is not None
    click(qtbot, tab, "addAttentionButton")
    dialog = widget(tab, QDialog, "attentionDialog")
    combo_pick(dialog, "attention_kind", "canalizacion")
    click(qtbot, dialog, "attention_save")
    settle(qtbot, session)
    issue = widget(dialog, QLabel, "attention_institution_issue")
    assert issue.isVisible() and "institution" in issue.text()
    assert Records(session.vault).bundle(case.id).attentions == []
    combo_pick(dialog, "attention_institution", "fgjcdmx")
    click(qtbot, dialog, "attention_save")
    settle(qtbot, session)
    saved = Records(session.vault).bundle(case.id).attentions
    assert [(a.kind, a.institution) for a in saved] == [("canalizacion", "fgjcdmx")]


def test_history_renders_catalog_labels_lists_and_deletions(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    case = new_case(session)
    records = Records(session.vault)
    types = ("amenazas", "vigilancia_seguimiento")
    agg = records.save_aggression(aggression(case.id, types=types))
    records.delete_aggression(agg.id)
    open_case(qtbot, section, case.id)
    history = section.case_view.tab("history")
    assert history is not None
    table = widget(history, QTableWidget, "historyTable")
    assert isinstance(table, QTableWidget)
    rows = [[table.item(r, c).text() for c in range(7)] for r in range(table.rowCount())]
    deleted = {r[4]: r for r in rows if r[3] == "Deleted"}
    labels = [catalogs.get("aggression_types").label(t, "en") for t in types]
    assert deleted["Types"][5] == ", ".join(labels)
    assert deleted["Date"][5] == "28/01/2026"
    assert any(r[4] == "(record created)" and r[2] == "Case file" for r in rows)


def test_lock_keeps_unsaved_edits_as_a_draft_offered_on_reopening(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    case = new_case(session)
    first = make_section(session)
    open_case(qtbot, first, case.id)
    tab = first.case_view.tab("case")
    assert tab is not None
    narrative = widget(tab, QPlainTextEdit, "case_narrative")
    assert isinstance(narrative, QPlainTextEdit)
    narrative.setPlainText("Texto escrito justo antes del bloqueo")
    first.prepare_lock()  # synchronously into the vault
    kept = drafts.list_drafts(session.vault, kind=drafts.EDIT_CASE, case_id=case.id)
    assert len(kept) == 1
    assert Records(session.vault).bundle(case.id).case.narrative != narrative.toPlainText()

    second = make_section(session)  # after unlocking again
    open_case(qtbot, second, case.id)
    tab2 = second.case_view.tab("case")
    assert tab2 is not None
    restored = widget(tab2, QPlainTextEdit, "case_narrative")
    assert isinstance(restored, QPlainTextEdit)
    assert restored.toPlainText() == "Texto escrito justo antes del bloqueo"
    assert widget(tab2, QLabel, "case_notice").isVisible()
    click(qtbot, tab2, "case_save")
    settle(qtbot, session)
    assert Records(session.vault).bundle(case.id).case.narrative == \
        "Texto escrito justo antes del bloqueo"
    assert drafts.list_drafts(session.vault, kind=drafts.EDIT_CASE) == []


def test_lock_with_an_open_aggression_dialog_reopens_it(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    case = new_case(session)
    first = make_section(session)
    open_case(qtbot, first, case.id)
    tab = first.case_view.tab("aggressions")
    assert tab is not None
    click(qtbot, tab, "addAggressionButton")
    dialog = widget(tab, QDialog, "aggressionDialog")
    place = widget(dialog, QLineEdit, "aggression_place")
    assert isinstance(place, QLineEdit)
    place.setText("Frente al mercado")
    first.prepare_lock()
    assert not dialog.isVisible()

    second = make_section(session)
    open_case(qtbot, second, case.id)
    tab2 = second.case_view.tab("aggressions")
    assert tab2 is not None
    dialog2 = widget(tab2, QDialog, "aggressionDialog")
    assert dialog2.isVisible()
    place2 = widget(dialog2, QLineEdit, "aggression_place")
    assert isinstance(place2, QLineEdit) and place2.text() == "Frente al mercado"
