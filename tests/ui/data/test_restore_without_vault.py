"""Restoring a backup where there is no vault yet (a new or repaired computer) or from
the unlock screen: no throwaway vault, the restored vault then opens normally."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import backup
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.data.restore_dialog import RestoreDialog
from mpi_desktop.ui.first_run import PAGE_LOCATION
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE, snapshot
from tests.factories import case_for, person
from tests.ui.driving import find
from tests.ui.shell import WAIT_MS, unlock


def backed_up_case(vault_dir: Path, out: Path) -> str:
    """Open a case in the vault at ``vault_dir``, back the vault up to ``out``; the folio."""
    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="prueba")
    try:
        case = Records(vault).open_case(case_for(p := person(given_names="Xóchitl")), [p])
        backup.create_backup(vault, out)
    finally:
        vault.lock()
    return case.folio


def wrong_then(dialog: RestoreDialog, qtbot: QtBot, source: Path) -> None:
    """A wrong passphrase first: the error is inline and the dialog stays open."""
    dialog.set_source(source)
    dialog.passphrase.setText("no es la frase")
    qtbot.mouseClick(find(dialog, QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.running and dialog.error.isVisible(),
                    timeout=WAIT_MS)
    assert not dialog.done_ok and dialog.isVisible()
    assert find(dialog, QLabel, "restoreError").text()


def test_first_run_restores_a_backup_into_an_empty_data_folder(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings, vault_dir: Path) -> None:
    source = tmp_path / "memoria" / "respaldo.mpibak"
    source.parent.mkdir()
    folio = backed_up_case(vault_dir, source)
    target = tmp_path / "equipo nuevo" / "Bóveda MPI"
    app_settings.vault_dir = target
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and controller.unlock_window is None
    assert wizard.currentId() == PAGE_LOCATION
    assert Path(find(wizard, QLineEdit, "wizardFolder").text()) == target

    find(wizard, QRadioButton, "wizardModeRestore").setChecked(True)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled() and "respaldo" in next_button.text().replace("&", "")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_LOCATION  # the restore dialog takes over
    dialog = wizard.findChild(RestoreDialog, "restoreDialog")
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.folder == target.absolute()
    assert str(target.absolute()) in find(dialog, QLabel, "restoreWarning").text()

    # Wrong passphrase: nothing is written (no folder, no staging left behind).
    wrong_then(dialog, qtbot, source)
    assert not target.exists()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []

    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(find(dialog, QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.done_ok, timeout=WAIT_MS)
    assert dialog.moved_aside is None
    qtbot.mouseClick(find(dialog, QPushButton, "restoreClose"), Qt.MouseButton.LeftButton)

    # The unlock screen for the restored vault, remembered as the vault to open.
    screen = controller.unlock_window
    assert screen is not None and screen.isVisible() and controller.wizard is None
    assert screen.folder == target.absolute()
    assert app_settings.vault_dir == target.absolute()
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    unlock(controller, qtbot, PASSPHRASE)
    session = controller.session
    assert session is not None and session.vault.folder == target.absolute()
    assert Records(session.vault).case_by_folio(folio) is not None


def test_first_run_restore_needs_an_empty_folder(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir.parent / "otra"
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    find(wizard, QRadioButton, "wizardModeRestore").setChecked(True)
    find(wizard, QLineEdit, "wizardFolder").setText(str(vault_dir))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.restore_backup() is None


def test_unlock_screen_restores_a_backup_over_its_vault(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings, vault_dir: Path, recovery_text: str) -> None:
    source = tmp_path / "respaldo.mpibak"
    kept = backed_up_case(vault_dir, source)
    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="prueba")
    later = Records(vault).open_case(case_for(q := person(given_names="Tonatiuh")), [q]).folio
    vault.lock()
    before = snapshot(vault_dir)

    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    screen = controller.unlock_window
    assert screen is not None
    link = find(screen, QPushButton, "restoreBackupLink")
    assert link.isVisible() and link.text() == "Restaurar un respaldo…"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(RestoreDialog, "restoreDialog")
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.folder == vault_dir
    assert "se mueve" in find(dialog, QLabel, "restoreWarning").text()

    wrong_then(dialog, qtbot, source)
    assert snapshot(vault_dir) == before
    assert list(vault_dir.parent.glob("*before-restore*")) == []
    assert list(vault_dir.parent.glob(".*restoring*")) == []

    # With the recovery key this time.
    find(dialog, QRadioButton, "restoreUseRecovery").setChecked(True)
    find(dialog, QLineEdit, "restoreRecoveryKey").setText(recovery_text)
    qtbot.mouseClick(find(dialog, QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.done_ok, timeout=WAIT_MS)
    aside = dialog.moved_aside
    assert aside is not None and aside.exists() and snapshot(aside) == before
    qtbot.mouseClick(find(dialog, QPushButton, "restoreClose"), Qt.MouseButton.LeftButton)
    assert controller.unlock_window is screen and screen.folder == vault_dir

    unlock(controller, qtbot, PASSPHRASE)
    session = controller.session
    assert session is not None
    records = Records(session.vault)
    assert records.case_by_folio(kept) is not None
    assert records.case_by_folio(later) is None
