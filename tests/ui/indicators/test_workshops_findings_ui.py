"""The Talleres and Hallazgos sections, driven like a caseworker would (no modal loops)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import workshops as dw
from mpi_desktop.storage.findings import FindingFilter, Findings
from mpi_desktop.storage.workshops import Workshops
from mpi_desktop.ui.indicators.finding_form import FindingDialog
from mpi_desktop.ui.indicators.findings import FindingsSection
from mpi_desktop.ui.indicators.workshop_form import WorkshopDialog
from mpi_desktop.ui.indicators.workshops import WorkshopsSection
from mpi_desktop.ui.session import Session
from tests.storage.test_indicator_queries import Fixture
from tests.ui.driving import WAIT_MS, settle
from tests.ui.test_accessibility import unnamed_inputs


def _year(section: WorkshopsSection, qtbot: QtBot, session: Session, year: int) -> None:
    combo = section.findChild(QComboBox, "workshopsYear")
    assert combo is not None
    combo.setCurrentIndex(combo.findData(year))
    settle(qtbot, session)


def test_workshop_list_and_progress(session: Session, show: Callable[..., WorkshopsSection],
                                    qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    _year(section, qtbot, session, 2026)
    table = section.findChild(QTableView, "workshopsTable")
    assert table is not None and table.model().rowCount() == 4
    bar = section.findChild(QProgressBar, "workshopsProgress")
    assert bar is not None and (bar.value(), bar.maximum()) == (3, 10)
    label = section.findChild(QLabel, "workshopsProgressLabel")
    assert label is not None and "3 de 10" in label.text() and "faltan 7" in label.text()
    assert "1 programados" in label.text()
    first = table.model().index(0, 0)
    assert first.data() == "30/04/2026"
    assert not unnamed_inputs(section)


def test_new_workshop_through_the_form(session: Session, fx: Fixture,
                                       show: Callable[..., WorkshopsSection],
                                       qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    section.findChild(QPushButton, "workshopNew").click()
    dialog = section.dialog
    assert isinstance(dialog, WorkshopDialog) and dialog.isVisible()
    assert not unnamed_inputs(dialog)
    dialog.findChild(QLineEdit, "workshop_held_on").setText("15/04/2026")
    dialog.findChild(QLineEdit, "workshop_title").setText("Seguridad digital básica")
    topics = dialog.findChild(QListWidget, "workshop_topics")
    topics.item(1).setCheckState(Qt.CheckState.Checked)
    # Add a registered person by typing part of a name and pressing Enter.
    search = dialog.findChild(QLineEdit, "workshopPersonSearch")
    qtbot.keyClicks(search, "Ana")
    results = dialog.findChild(QListWidget, "workshopPersonResults")
    qtbot.waitUntil(lambda: results.count() > 0, timeout=WAIT_MS)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    attendees = dialog.findChild(QListWidget, "workshopAttendees")
    assert attendees.count() == 1 and "Ana" in attendees.item(0).text()
    dialog.findChild(QSpinBox, "workshop_anon_women").setValue(7)
    dialog.findChild(QSpinBox, "workshop_anon_unspecified").setValue(2)
    assert "10" in dialog.findChild(QLabel, "workshopTotal").text()
    dialog.findChild(QSpinBox, "workshop_evaluated").setValue(8)
    dialog.pre.setValue(3.5)
    dialog.post.setValue(8.0)
    assert "+4.5" in dialog.findChild(QLabel, "workshopGain").text()
    dialog.findChild(QPushButton, "workshopSave").click()
    settle(qtbot, session)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = [r for r in Workshops(session.vault).rows(year=2026)
              if r.title == "Seguridad digital básica"]
    assert len(stored) == 1 and stored[0].attendees == 10 and stored[0].evaluated == 8
    full = Workshops(session.vault).get(stored[0].id)
    assert full.participant_ids == (fx.people["a"],)
    table = section.findChild(QTableView, "workshopsTable")
    assert table.model().rowCount() == 5


def test_form_shows_problems_and_saves_nothing(session: Session,
                                               show: Callable[..., WorkshopsSection],
                                               qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    section.new()
    dialog = section.dialog
    assert dialog is not None
    dialog.findChild(QLineEdit, "workshop_held_on").setText("31/02/2026")
    dialog.findChild(QPushButton, "workshopSave").click()
    settle(qtbot, session)
    issues = dialog.findChild(QLabel, "workshopIssues").text()
    assert "No es una fecha" in issues
    assert "Temas" in issues  # no topic chosen
    assert "al menos una asistencia" in issues
    assert dialog.isVisible()
    assert len(Workshops(session.vault).rows()) == 4


def test_edit_and_delete(session: Session, show: Callable[..., WorkshopsSection],
                         qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    _year(section, qtbot, session, 2026)
    table = section.findChild(QTableView, "workshopsTable")
    table.selectRow(0)  # 30/04/2026, the individual one
    section.edit_selected()
    settle(qtbot, session)
    dialog = section.dialog
    assert dialog is not None and dialog.modality.value() == dw.INDIVIDUAL
    assert dialog.findChild(QListWidget, "workshopAttendees").count() == 1
    dialog.findChild(QLineEdit, "workshop_place").setText("Oficinas del MPI")
    dialog.save()
    settle(qtbot, session)
    assert Workshops(session.vault).rows(year=2026)[0].id == section.model.rows[0].id
    table.selectRow(0)
    section.findChild(QPushButton, "workshopDelete").click()
    box = section.findChild(QMessageBox, "workshopDeleteConfirm")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, session)
    assert table.model().rowCount() == 3


def test_new_finding_linked_to_a_case(session: Session, fx: Fixture,
                                      show: Callable[..., FindingsSection],
                                      qtbot: QtBot) -> None:
    section = show(FindingsSection(session))
    table = section.findChild(QTableView, "findingsTable")
    assert table is not None and table.model().rowCount() == 5
    assert not unnamed_inputs(section)
    section.findChild(QPushButton, "findingNew").click()
    dialog = section.dialog
    assert isinstance(dialog, FindingDialog)
    assert not unnamed_inputs(dialog)
    dialog.findChild(QLineEdit, "finding_found_on").setText("20/04/2026")
    dialog.findChild(QLineEdit, "finding_url").setText("https://ejemplo.org/nota")
    combo = dialog.findChild(QComboBox, "finding_aggression_type")
    combo.setCurrentIndex(combo.findData("hostigamiento"))
    dialog.summary.edit.setPlainText("Hostigamiento a una reportera durante una cobertura.")
    picker = dialog.case
    folio = Records_folio(session, fx.cases["b"])
    qtbot.keyClicks(picker.search, folio[4:])
    qtbot.waitUntil(lambda: picker.results.count() > 0 and picker.results.item(0).data(
        Qt.ItemDataRole.UserRole) is not None, timeout=WAIT_MS)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.case_id() == fx.cases["b"]
    assert folio in dialog.findChild(QLabel, "casePickerCurrent").text()
    dialog.findChild(QPushButton, "findingSave").click()
    settle(qtbot, session)
    rows, total = Findings(session.vault).rows(FindingFilter(aggression_type="hostigamiento"))
    assert total == 1 and rows[0].case_id == fx.cases["b"] and rows[0].folio == folio
    assert table.model().rowCount() == 6
    # "Open case" goes to the case.
    seen: list[tuple[str, str]] = []
    section.navigate.connect(lambda key, case_id: seen.append((key, case_id)))
    row = next(i for i, r in enumerate(section.model.rows) if r.case_id == fx.cases["b"])
    table.selectRow(row)
    section.findChild(QPushButton, "findingOpenCase").click()
    assert seen == [("cases", fx.cases["b"])]


def Records_folio(session: Session, case_id: str) -> str:
    return session.records.bundle(case_id).case.folio


def test_finding_filters(session: Session, show: Callable[..., FindingsSection],
                         qtbot: QtBot) -> None:
    section = show(FindingsSection(session))
    section.findChild(QLineEdit, "findingsFilter_first").setText("01/03/2026")
    section.findChild(QLineEdit, "findingsFilter_last").setText("30/04/2026")
    section.refresh()
    settle(qtbot, session)
    assert section.model.rowCount() == 3
    count = section.findChild(QLabel, "findingsCount")
    assert count is not None and count.text() == "3 hallazgos."
    combo = section.findChild(QComboBox, "findingsFilter_aggression_type")
    combo.setCurrentIndex(combo.findData("desprestigio"))
    section.refresh()
    settle(qtbot, session)
    assert section.model.rowCount() == 1
    assert section.model.index(0, 0).data() == "30/04/2026"


def test_bad_url_is_shown_next_to_the_field(session: Session,
                                            show: Callable[..., FindingsSection],
                                            qtbot: QtBot) -> None:
    section = show(FindingsSection(session))
    section.new()
    dialog = section.dialog
    assert dialog is not None
    dialog.findChild(QLineEdit, "finding_url").setText("ejemplo.org")
    dialog.summary.edit.setPlainText("Texto")
    dialog.save()
    url = dialog.findChild(QLineEdit, "finding_url")
    assert url.property("invalid") is True
    assert "https://" in dialog.findChild(QLabel, "findingIssues").text()


def test_interview_mode_covers_and_closes_forms(session: Session,
                                                show: Callable[..., WorkshopsSection],
                                                qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    section.new()
    assert section.dialog is not None and section.dialog.isVisible()
    section.set_interview_mode(True)
    assert not section.dialog.isVisible()
    table = section.findChild(QTableView, "workshopsTable")
    assert not table.isVisible()
    section.new()  # refused while covered
    assert not section.dialog.isVisible()
    section.set_interview_mode(False)
    assert table.isVisible()
    assert date.today()  # the section stays usable after leaving the mode
