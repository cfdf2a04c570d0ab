"""Back up from the Data menu, then restore that backup over the unlock screen: the
restored vault opens, later changes are gone, the old vault was moved aside."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import backup
from mpi_desktop.storage.records import Records
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.data.backup import BackupReminder, age_days
from mpi_desktop.ui.data.restore_dialog import RestoreDialog
from mpi_desktop.ui.main_window import MainWindow
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.factories import case_for, person
from tests.ui.driving import find
from tests.ui.shell import WAIT_MS, unlock, wait_idle


def test_backup_then_restore_through_the_gui(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path, tmp_path: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    window = controller.main_window
    session = controller.session
    assert isinstance(window, MainWindow) and session is not None
    kept = Records(session.vault).open_case(case_for(p := person()), [p])
    wait_idle(qtbot, controller)
    reminder = window.findChild(BackupReminder, "lastBackupIndicator")
    assert isinstance(reminder, BackupReminder)
    qtbot.waitUntil(lambda: reminder.loaded, timeout=WAIT_MS)
    assert reminder.text() == "Sin respaldo todavía" and reminder.due

    out = tmp_path / "respaldos" / "boveda.mpibak"
    out.parent.mkdir()
    data = window.data_menu
    data.backups.write_to(out)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backupDoneDialog") is not None,
                    timeout=WAIT_MS)
    assert out.exists() and backup.read_backup(out) is not None
    wait_idle(qtbot, controller)
    assert reminder.text().startswith("Último respaldo:") and not reminder.due
    assert reminder.last is not None and age_days(reminder.last) == 0

    # Recorded after the backup: the restore takes the vault back to before it.
    later = Records(session.vault).open_case(case_for(q := person(given_names="Tonatiuh")),
                                             [q])
    wait_idle(qtbot, controller)
    box = data.ask_restore()
    qtbot.mouseClick(find(box, QPushButton, "confirmRestoreYes"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=WAIT_MS)
    assert not session.vault.is_open
    screen = controller.unlock_window
    assert screen is not None and screen.isVisible()
    dialog = screen.findChild(RestoreDialog, "restoreDialog")
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()

    click = find(dialog, QPushButton, "restoreButton")
    qtbot.mouseClick(click, Qt.MouseButton.LeftButton)
    assert "Primero elija" in find(dialog, QLabel, "restoreError").text()
    dialog.set_source(out)
    dialog.passphrase.setText("no es la frase")
    qtbot.mouseClick(click, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.running and dialog.error.isVisible(),
                    timeout=WAIT_MS)
    assert not dialog.done_ok
    assert list(vault_dir.parent.glob("*before-restore*")) == []

    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(click, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.done_ok, timeout=WAIT_MS)
    aside = dialog.moved_aside
    assert aside is not None and aside.exists() and aside != vault_dir
    assert str(aside) in find(dialog, QLabel, "restoreResult").text()
    qtbot.mouseClick(find(dialog, QPushButton, "restoreClose"), Qt.MouseButton.LeftButton)
    assert screen.folder == vault_dir

    unlock(controller, qtbot, PASSPHRASE)
    restored = controller.session
    assert restored is not None
    records = Records(restored.vault)
    assert records.case_by_folio(kept.folio) is not None
    assert records.case_by_folio(later.folio) is None
