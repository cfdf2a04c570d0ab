"""Workshop and finding editors keep what was typed as a draft in the vault: a lock
never loses it, the section offers it back afterwards, saving removes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import arco, drafts
from mpi_desktop.storage.findings import FindingFilter, Findings
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.workshops import Workshops
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.indicators.finding_form import FindingDialog
from mpi_desktop.ui.indicators.findings import FindingsSection
from mpi_desktop.ui.indicators.workshop_form import WorkshopDialog
from mpi_desktop.ui.indicators.workshops import WorkshopsSection
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.helpers.killed import type_then_kill
from tests.storage.test_indicator_queries import Fixture
from tests.ui.driving import WAIT_MS, settle
from tests.ui.indicators import drafts_child

TITLE = "Autoprotección en coberturas de protesta"
SUMMARY = "Amenazas a una periodista de Iztapalapa tras su nota sobre el predio."


def test_workshop_typed_before_a_lock_is_offered_back_and_saved(
        session: Session, fx: Fixture, show: Callable[..., WorkshopsSection],
        qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    banner = section.form_drafts.banner
    assert banner.isHidden()
    section.findChild(QPushButton, "workshopNew").click()
    dialog = section.dialog
    assert isinstance(dialog, WorkshopDialog)
    dialog.findChild(QLineEdit, "workshop_held_on").setText("15/04/2026")
    dialog.findChild(QLineEdit, "workshop_title").setText(TITLE)
    dialog.findChild(QSpinBox, "workshop_anon_women").setValue(7)
    dialog.findChild(QListWidget, "workshop_topics").item(1).setCheckState(
        Qt.CheckState.Checked)
    # The lock comes before any autosave tick: what was typed must reach the vault now.
    section.prepare_lock()
    settle(qtbot, session)
    assert not dialog.isVisible()
    (info,) = drafts.list_drafts(session.vault, kind=drafts.EDIT_WORKSHOP)
    assert info.title == TITLE
    draft = drafts.load(session.vault, info.id)
    assert draft.payload["values"]["title"] == TITLE
    assert draft.payload["values"]["anonymous"]["women"] == 7

    # After the next unlock the section is built again and offers it.
    again = show(WorkshopsSection(session))
    banner = again.form_drafts.banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert TITLE in banner.findChild(QLabel, "draftTitle_0").text()
    banner.findChild(QPushButton, "recoverDraft_0").click()
    settle(qtbot, session)
    recovered = again.dialog
    assert isinstance(recovered, WorkshopDialog) and recovered.isVisible()
    assert recovered.findChild(QLineEdit, "workshop_title").text() == TITLE
    assert recovered.findChild(QSpinBox, "workshop_anon_women").value() == 7
    topics = recovered.findChild(QListWidget, "workshop_topics")
    assert topics.item(1).checkState() == Qt.CheckState.Checked
    assert recovered.findChild(QLabel, "workshopDraftNotice").isVisible()
    recovered.findChild(QPushButton, "workshopSave").click()
    settle(qtbot, session)
    assert not recovered.isVisible(), recovered.issues_label.text()
    assert drafts.list_drafts(session.vault, kind=drafts.EDIT_WORKSHOP) == []
    ops = Workshops(session.vault)
    saved = [w for w in (ops.get(r.id) for r in ops.rows(year=2026)) if w.title == TITLE]
    assert len(saved) == 1 and saved[0].anonymous.women == 7
    qtbot.waitUntil(banner.isHidden, timeout=WAIT_MS)


def test_closing_a_changed_editor_asks_and_discard_leaves_no_draft(
        session: Session, fx: Fixture, show: Callable[..., WorkshopsSection],
        qtbot: QtBot) -> None:
    section = show(WorkshopsSection(session))
    section.findChild(QPushButton, "workshopNew").click()
    dialog = section.dialog
    assert isinstance(dialog, WorkshopDialog)
    dialog.findChild(QLineEdit, "workshop_title").setText(TITLE)
    dialog.drafts.keeper.flush_sync()
    assert len(drafts.list_drafts(session.vault, kind=drafts.EDIT_WORKSHOP)) == 1
    dialog.reject()
    box = dialog.findChild(QMessageBox)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert dialog.isVisible()  # nothing lost by a stray Escape
    discard = next(b for b in box.buttons() if "Descartar" in b.text())
    discard.click()
    settle(qtbot, session)
    assert not dialog.isVisible()
    assert drafts.list_drafts(session.vault, kind=drafts.EDIT_WORKSHOP) == []


def test_finding_draft_survives_a_lock_without_its_summary_in_the_title(
        session: Session, fx: Fixture, show: Callable[..., FindingsSection],
        qtbot: QtBot) -> None:
    section = show(FindingsSection(session))
    section.findChild(QPushButton, "findingNew").click()
    dialog = section.dialog
    assert isinstance(dialog, FindingDialog)
    dialog.findChild(QLineEdit, "finding_found_on").setText("20/04/2026")
    combo = dialog.findChild(QComboBox, "finding_aggression_type")
    combo.setCurrentIndex(combo.findData("amenazas"))
    dialog.summary.edit.setPlainText(SUMMARY)
    section.prepare_lock()
    settle(qtbot, session)
    assert not dialog.isVisible()
    (info,) = drafts.list_drafts(session.vault, kind=drafts.EDIT_FINDING)
    assert "Iztapalapa" not in info.title and "20/04/2026" in info.title
    assert drafts.load(session.vault, info.id).payload["values"]["summary"] == SUMMARY

    again = show(FindingsSection(session))
    banner = again.form_drafts.banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    banner.findChild(QPushButton, "recoverDraft_0").click()
    settle(qtbot, session)
    recovered = again.dialog
    assert isinstance(recovered, FindingDialog)
    assert recovered.summary.edit.toPlainText() == SUMMARY
    assert recovered.aggression_type.value() == "amenazas"
    recovered.findChild(QPushButton, "findingSave").click()
    settle(qtbot, session)
    assert drafts.list_drafts(session.vault, kind=drafts.EDIT_FINDING) == []
    _rows, total = Findings(session.vault).rows(FindingFilter(text="Iztapalapa"))
    assert total >= 1


def test_a_finding_draft_linked_to_a_case_goes_with_its_arco_erasure(
        session: Session, fx: Fixture, show: Callable[..., FindingsSection],
        qtbot: QtBot) -> None:
    case_id = fx.cases["b"]
    section = show(FindingsSection(session))
    section.findChild(QPushButton, "findingNew").click()
    dialog = section.dialog
    assert isinstance(dialog, FindingDialog)
    dialog.summary.edit.setPlainText(SUMMARY)
    dialog.case.load(case_id)
    settle(qtbot, session)
    assert dialog.case.case_id() == case_id
    section.prepare_lock()
    settle(qtbot, session)
    (info,) = drafts.list_drafts(session.vault, kind=drafts.EDIT_FINDING)
    assert info.case_id == case_id
    primary = session.records.bundle(case_id).case.primary_person_id
    arco.cancel(session.vault, primary)
    assert drafts.list_drafts(session.vault, kind=drafts.EDIT_FINDING) == []


@pytest.mark.parametrize("kind", ["workshop", "finding"])
def test_an_editor_killed_mid_typing_is_offered_back(
        kind: str, qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    """SIGKILL leaves no chance to lock or ask: only the autosave stands between the
    caseworker and losing what was typed."""
    type_then_kill("tests.ui.indicators.drafts_child", kind, str(vault_dir),
                   str(tmp_path / "child.ini"))

    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="prueba")
    session = Session(vault=vault, records=Records(vault), runner=OpRunner(),
                      settings=AppSettings(tmp_path / "settings.ini"),
                      clipboard=SensitiveClipboard(5))
    try:
        section: WorkshopsSection | FindingsSection = (
            WorkshopsSection(session) if kind == "workshop" else FindingsSection(session))
        qtbot.addWidget(section)
        section.show()
        banner = section.form_drafts.banner
        qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
        banner.findChild(QPushButton, "recoverDraft_0").click()
        settle(qtbot, session)
        dialog = section.dialog
        assert dialog is not None and dialog.isVisible()
        if isinstance(dialog, WorkshopDialog):
            assert dialog.findChild(QLineEdit, "workshop_title").text() == \
                drafts_child.WORKSHOP_TITLE
        else:
            assert isinstance(dialog, FindingDialog)
            assert dialog.summary.edit.toPlainText() == drafts_child.FINDING_SUMMARY
    finally:
        session.runner.wait_idle()
        session.runner.detach()
        vault.lock()
