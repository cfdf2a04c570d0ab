"""ARCO from the person tab: cancellation shows its plan, needs the typed name, erases
the person for good (no page of the vault holds them) and closes their case;
opposition is recorded with its date and withdrawn again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.storage import audit, people_repo
from mpi_desktop.storage.records import Records
from mpi_desktop.ui.cases.person_tab import PeopleTab
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.data.arco_dialogs import CancelDialog, OppositionDialog
from mpi_desktop.ui.data.export_dialog import ExportDialog
from mpi_desktop.ui.session import Session
from tests.helpers.pages import contains_any, plaintext_of_vault
from tests.interchange.helpers import Sample, fill
from tests.ui.driving import WAIT_MS, find, settle


def people_tab(qtbot: QtBot, session: Session, case_id: str) -> tuple[CasesSection, PeopleTab]:
    section = CasesSection(session)
    qtbot.addWidget(section)
    section.resize(1200, 900)
    section.show()
    settle(qtbot, session)
    section.show_case(case_id)
    settle(qtbot, session)
    tab = section.case_view.tab("people")
    assert isinstance(tab, PeopleTab)
    view = section.case_view
    view.tabs.setCurrentWidget(tab)
    settle(qtbot, session)
    return section, tab


def test_cancellation_through_the_gui_erases_the_person_and_closes_the_case(
        qtbot: QtBot, session: Session, vault_dir: Path) -> None:
    sample: Sample = fill(session.vault)
    case, ana, tono = sample.cases[0], sample.people[0], sample.people[1]
    section, tab = people_tab(qtbot, session, case.id)
    assert tab.person_id == ana.id  # the main beneficiary is selected first
    key = session.vault.data_key()
    assert contains_any(plaintext_of_vault(vault_dir, key), "sobre la constructora")

    qtbot.mouseClick(find(tab, QPushButton, "arcoCancelButton"), Qt.MouseButton.LeftButton)
    dialog = tab.arco_dialog
    assert isinstance(dialog, CancelDialog)
    settle(qtbot, session)
    plan = find(dialog, QLabel, "arcoCancelPlan").text()
    assert case.folio in plan.splitlines()[0]  # erased with her, as main beneficiary
    erase = find(dialog, QPushButton, "arcoCancelErase")
    confirm = find(dialog, QLineEdit, "arcoCancelConfirm")
    assert not erase.isEnabled()
    confirm.setText(tono.full_name)
    assert not erase.isEnabled()  # somebody else's name
    confirm.setText("  " + ana.full_name.upper() + " ")
    assert erase.isEnabled()
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert dialog.report is not None
    assert dialog.report.erased_folios == (case.folio,)
    assert "Se eliminó a" in find(dialog, QLabel, "arcoCancelResult").text()

    # The case view closed: the case went with her.
    assert section.case_view.case_id is None
    assert section.current_page() is section.list_page
    records = Records(session.vault)
    assert records.case_by_folio(case.folio) is None
    with session.vault.read() as conn:
        assert people_repo.get(conn, ana.id) is None
        assert people_repo.get(conn, tono.id) is not None  # on no case now, reported
        (entry,) = audit.entries(conn, action_prefix="arco.cancel")
    assert entry.entity_id == ana.id
    blob = plaintext_of_vault(vault_dir, key)
    assert not contains_any(blob, "sobre la constructora")
    assert not contains_any(blob, ana.full_name)
    dialog.reject()


def test_opposition_is_recorded_with_its_date_and_withdrawn(
        qtbot: QtBot, session: Session) -> None:
    sample = fill(session.vault)
    case, tono = sample.cases[0], sample.people[1]
    _section, tab = people_tab(qtbot, session, case.id)
    tab._select_person(tono.id)
    assert find(tab, QLabel, "arcoState").text() == ""
    # Opposition is not typed into the form: it goes through its dialog (audited).
    qtbot.mouseClick(find(tab, QPushButton, "arcoOppositionButton"),
                     Qt.MouseButton.LeftButton)
    dialog = tab.arco_dialog
    assert isinstance(dialog, OppositionDialog)
    assert "estadísticas" in find(dialog, QLabel, "arcoOppositionEffect").text()
    qtbot.mouseClick(find(dialog, QPushButton, "arcoOppositionApply"),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    person = Records(session.vault).person(tono.id)
    assert person.arco_opposition and person.opposition_date == today_local()
    qtbot.waitUntil(lambda: "Oposición registrada" in find(tab, QLabel, "arcoState").text(),
                    timeout=WAIT_MS)
    with session.vault.read() as conn:
        assert [e.entity_id for e in audit.entries(conn, action_prefix="arco.oppose")] == [
            tono.id]

    tab._select_person(tono.id)
    qtbot.mouseClick(find(tab, QPushButton, "arcoOppositionButton"),
                     Qt.MouseButton.LeftButton)
    again = tab.arco_dialog
    assert isinstance(again, OppositionDialog) and again is not dialog
    assert "Oposición registrada el" in find(again, QLabel, "arcoOppositionState").text()
    qtbot.mouseClick(find(again, QPushButton, "arcoOppositionApply"),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    person = Records(session.vault).person(tono.id)
    assert not person.arco_opposition and person.opposition_date is None


def test_access_export_comes_from_the_person_tab(
        qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    sample = fill(session.vault)
    case, ana = sample.cases[0], sample.people[0]
    _section, tab = people_tab(qtbot, session, case.id)
    qtbot.mouseClick(find(tab, QPushButton, "arcoAccessButton"), Qt.MouseButton.LeftButton)
    dialog = tab.arco_dialog
    assert isinstance(dialog, ExportDialog)
    assert ana.full_name in dialog.title.text()
    assert ana.first_surname not in dialog.suggested_name()  # never a name in a file name
    dialog.form.passphrase.setText("guayaba cometa silencio azotea")
    dialog.form.confirm.setText("guayaba cometa silencio azotea")
    out = tmp_path / "acceso.mpiexp"
    dialog.export_to(out)
    settle(qtbot, session)
    assert out.exists()
    with session.vault.read() as conn:
        (entry,) = audit.entries(conn, action_prefix="export.person")
    assert entry.entity_id == ana.id
