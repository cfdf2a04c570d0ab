"""Forgotten passphrase: the recovery key sets a new one (and names a mistyped group)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from mpi_desktop import errors as e
from mpi_desktop.storage import audit, recovery_key
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, snapshot
from tests.ui.shell import WAIT_MS, find


def mistype(key: str, group: int) -> str:
    groups = key.split("-")
    g = groups[group - 1]
    first = recovery_key.ALPHABET[(recovery_key.ALPHABET.index(g[0]) + 1) % 32]
    groups[group - 1] = first + g[1:]
    return "-".join(groups)


def test_recovery_flow(make_controller: Callable[..., AppController], qtbot: QtBot,
                       app_settings: AppSettings, vault_dir: Path, recovery_text: str) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    window = controller.unlock_window
    assert window is not None
    find(window, type(window.panel.forgot), "forgotPassphraseLink").click()
    assert window.stack.currentWidget() is window.recovery
    panel = window.recovery
    key_input = find(window, QLineEdit, "recoveryKeyInput")
    status = find(window, QLabel, "recoveryKeyStatus")

    before = snapshot(vault_dir)
    key_input.setText(mistype(recovery_text, 3))
    assert "3" in status.text() and "mal escrito" in status.text()
    find(window, QLineEdit, "recoveryPassphrase").setText(NEW_PASSPHRASE)
    find(window, QLineEdit, "recoveryConfirm").setText(NEW_PASSPHRASE)
    panel.recover()
    assert not window.runner.busy  # nothing was tried
    assert isinstance(panel.last_error, e.RecoveryKeyMistyped)
    assert panel.last_error.group == 3
    assert snapshot(vault_dir) == before

    key_input.setText(recovery_text.lower().replace("-", " "))
    assert "bien formada" in status.text()
    panel.recover()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert controller.main_window is not None
    assert "recuperación" in controller.main_window.statusBar().currentMessage()
    session = controller.session
    assert session is not None
    with session.vault.read() as conn:
        actions = [(a.action, a.details.get("via") or a.details.get("method"))
                   for a in audit.entries(conn, limit=3)]
    assert ("vault.passphrase_change", "recovery") in actions
    controller.lock()

    with pytest.raises(e.WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, NEW_PASSPHRASE).lock()
    Vault.unlock_with_recovery(vault_dir, recovery_text).lock()  # still valid


def test_recovery_key_of_another_vault(make_controller: Callable[..., AppController],
                                       qtbot: QtBot, app_settings: AppSettings,
                                       vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.show_recovery()
    _, other_key = recovery_key.generate()
    window.recovery.key.setText(other_key)
    window.recovery.form.passphrase.setText(NEW_PASSPHRASE)
    window.recovery.form.confirm.setText(NEW_PASSPHRASE)
    before = snapshot(vault_dir)
    window.recovery.recover()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert isinstance(window.recovery.last_error, e.WrongRecoveryKey)
    assert not window.recovery.error.isHidden()
    assert controller.session is None
    assert snapshot(vault_dir) == before
    find(window, type(window.recovery.back), "recoveryBack").click()
    assert window.stack.currentWidget() is window.panel
