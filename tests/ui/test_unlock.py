"""The unlock screen: inline errors that tell failures apart, no lost typing, Caps Lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop import errors as e
from mpi_desktop.messages import describe
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from mpi_desktop.ui.unlock import UnlockWindow
from tests.conftest import PASSPHRASE, snapshot
from tests.ui.shell import WAIT_MS, find, unlock


def start_locked(make_controller: Callable[..., AppController], app_settings: AppSettings,
                 folder: Path) -> tuple[AppController, UnlockWindow]:
    app_settings.vault_dir = folder
    controller = make_controller()
    controller.start()
    window = controller.unlock_window
    assert window is not None and controller.wizard is None
    return controller, window


def attempt(window: UnlockWindow, qtbot: QtBot, passphrase: str) -> None:
    window.panel.field.setText(passphrase)
    qtbot.mouseClick(find(window, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)


def test_wrong_then_right_passphrase(make_controller: Callable[..., AppController],
                                     qtbot: QtBot, app_settings: AppSettings,
                                     vault_dir: Path) -> None:
    controller, window = start_locked(make_controller, app_settings, vault_dir)
    # Nothing about cases exists before unlock.
    assert controller.main_window is None and controller.session is None
    assert not window.findChildren(QAbstractItemView)
    before = snapshot(vault_dir)
    wrong = "ciruelo barranca azul tejocote"
    window.panel.field.setText(wrong)
    window.panel.unlock()
    # While the key is derived the form is disabled and the busy bar shows.
    assert not window.panel.field.isEnabled() and not window.panel.button.isEnabled()
    assert not window.panel.busy.isHidden()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)

    error = find(window, QLabel, "unlockError")
    assert not error.isHidden()
    assert error.text() == describe(e.WrongPassphrase())
    assert "incorrecta" in error.text().lower()
    field = find(window, QLineEdit, "unlockPassphrase")
    assert field.text() == wrong and field.selectedText() == wrong
    assert field.isEnabled()
    assert isinstance(window.panel.last_error, e.WrongPassphrase)
    assert snapshot(vault_dir) == before

    unlock(controller, qtbot, PASSPHRASE)
    assert controller.unlock_window is None
    assert controller.session is not None and controller.session.vault.is_open


def failure_for(make_controller: Callable[..., AppController], qtbot: QtBot,
                app_settings: AppSettings, folder: Path) -> tuple[BaseException | None, str]:
    _, window = start_locked(make_controller, app_settings, folder)
    attempt(window, qtbot, PASSPHRASE)
    return window.panel.last_error, find(window, QLabel, "unlockError").text()


def test_damaged_key_file_is_not_a_wrong_passphrase(
        make_controller: Callable[..., AppController], qtbot: QtBot, app_settings: AppSettings,
        vault_dir: Path) -> None:
    keys = vault_dir / "vault.keys"
    data = bytearray(keys.read_bytes())
    data[len(data) // 2] ^= 0x01
    keys.write_bytes(bytes(data))
    before = snapshot(vault_dir)
    error, text = failure_for(make_controller, qtbot, app_settings, vault_dir)
    assert isinstance(error, e.KeyFileDamaged)
    assert text == describe(error)
    assert text != describe(e.WrongPassphrase())
    assert "dañad" in text
    assert snapshot(vault_dir) == before


def test_missing_key_file(make_controller: Callable[..., AppController], qtbot: QtBot,
                          app_settings: AppSettings, vault_dir: Path) -> None:
    (vault_dir / "vault.keys").unlink()
    error, text = failure_for(make_controller, qtbot, app_settings, vault_dir)
    assert isinstance(error, e.KeyFileMissing)
    assert text == describe(error)


def test_damaged_database(make_controller: Callable[..., AppController], qtbot: QtBot,
                          app_settings: AppSettings, vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    for offset in range(100, 140):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    error, text = failure_for(make_controller, qtbot, app_settings, vault_dir)
    assert isinstance(error, e.VaultDamaged)
    assert text == describe(error) and text != describe(e.WrongPassphrase())
    assert (vault_dir / "vault.db").read_bytes() == bytes(data)  # never "repaired"


def test_vault_from_a_newer_app(make_controller: Callable[..., AppController], qtbot: QtBot,
                                app_settings: AppSettings, vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with vault.write() as conn:
        conn.execute("PRAGMA user_version = 999")
    vault.lock()
    error, text = failure_for(make_controller, qtbot, app_settings, vault_dir)
    assert isinstance(error, e.SchemaTooNew)
    assert "999" in text and text == describe(error)


def test_empty_passphrase_is_reported_without_trying(
        make_controller: Callable[..., AppController], app_settings: AppSettings,
        vault_dir: Path) -> None:
    _, window = start_locked(make_controller, app_settings, vault_dir)
    window.panel.unlock()
    assert not window.runner.busy
    assert not window.panel.error.isHidden() and window.panel.error.text()


def test_caps_lock_warning_from_typed_letters(
        make_controller: Callable[..., AppController], qtbot: QtBot, app_settings: AppSettings,
        vault_dir: Path) -> None:
    _, window = start_locked(make_controller, app_settings, vault_dir)
    window.show()
    warning = find(window, QLabel, "capsLockWarning")
    field = window.panel.field
    assert warning.isHidden()
    qtbot.keyClick(field, "A")  # upper case without Shift: Caps Lock is on
    assert not warning.isHidden()
    assert "Bloq Mayús" in warning.text()
    qtbot.keyClick(field, "b")  # lower case without Shift: off again
    assert warning.isHidden()
    qtbot.keyClick(field, "c", Qt.KeyboardModifier.ShiftModifier)  # Shift gave lower case
    assert not warning.isHidden()
    qtbot.keyClick(field, "D", Qt.KeyboardModifier.ShiftModifier)
    assert warning.isHidden()


def test_open_another_vault_folder(make_controller: Callable[..., AppController],
                                   app_settings: AppSettings, vault_dir: Path,
                                   tmp_path: Path) -> None:
    controller, window = start_locked(make_controller, app_settings, vault_dir)
    empty = tmp_path / "vacía"
    empty.mkdir()
    assert not window.try_folder(empty)
    assert str(empty) in window.panel.error.text()
    assert window.folder == vault_dir
    other = tmp_path / "otra"
    vault_dir.rename(other)
    assert window.try_folder(other)
    assert window.folder == other and controller.folder == other
    assert app_settings.vault_dir == other
    assert str(other) in find(window, QLabel, "vaultFolderLabel").text()


def test_create_a_new_vault_from_the_unlock_screen(
        make_controller: Callable[..., AppController], app_settings: AppSettings,
        vault_dir: Path) -> None:
    controller, window = start_locked(make_controller, app_settings, vault_dir)
    find(window, QPushButton, "createVaultButton").click()
    wizard = controller.wizard
    assert wizard is not None and controller.unlock_window is None
    # The existing vault's folder is not offered for the new one.
    assert wizard.location.path() != vault_dir and wizard.location.isComplete()
    wizard.reject()
    assert controller.wizard is None and controller.unlock_window is not None
