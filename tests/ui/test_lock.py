"""Locking really drops the vault: idle timeout, Ctrl+L, session lock, menu."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.autolock import InactivityWatcher
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.main_window import MainWindow
from mpi_desktop.ui.settings import AppSettings
from mpi_desktop.ui.windows import top_level_windows
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, unlock


def unlocked(make_controller: Callable[..., AppController], qtbot: QtBot,
             app_settings: AppSettings, folder: Path, **kw: object
             ) -> tuple[AppController, Vault, MainWindow]:
    app_settings.vault_dir = folder
    controller = make_controller(**kw)
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    assert controller.session is not None and controller.main_window is not None
    return controller, controller.session.vault, controller.main_window


def assert_dropped(controller: AppController, vault: Vault) -> None:
    assert not vault.is_open
    assert vault._conn is None
    assert vault._key == bytearray()
    assert controller.session is None and controller.main_window is None
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()


def test_idle_timeout_locks_and_drops_the_vault(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller(autolock_interval_ms=400)
    controller.start()
    events: list[str] = []
    vaults: list[Vault] = []
    controller.unlocked.connect(lambda: events.append("unlocked"))
    controller.unlocked.connect(lambda: vaults.append(controller.session.vault))
    controller.locked.connect(lambda: events.append("locked"))
    window = controller.unlock_window
    assert window is not None
    window.panel.field.setText(PASSPHRASE)
    window.panel.unlock()
    qtbot.waitUntil(lambda: events == ["unlocked", "locked"], timeout=WAIT_MS)
    assert_dropped(controller, vaults[0])
    # The unlock screen works again afterwards (auto-lock off now, so no race).
    app_settings.autolock_minutes = 0
    unlock(controller, qtbot, PASSPHRASE)
    assert controller.session is not None and controller.session.vault.is_open


def test_input_resets_the_idle_countdown(qtbot: QtBot) -> None:
    watcher = InactivityWatcher(60_000)
    watcher.start()
    try:
        time.sleep(0.05)
        waited = watcher.remaining_ms()
        assert waited is not None and waited < 60_000
        receiver = QApplication.instance()
        assert receiver is not None
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(3, 3), QPointF(3, 3),
                           Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(receiver, move)
        after = watcher.remaining_ms()
        assert after is not None and after > waited
        watcher.set_interval(0)
        assert watcher.remaining_ms() is None
    finally:
        watcher.stop()


def test_autolock_off_never_locks(make_controller: Callable[..., AppController], qtbot: QtBot,
                                  app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.autolock_minutes = 0
    controller, vault, window = unlocked(make_controller, qtbot, app_settings, vault_dir,
                                         autolock_interval_ms=100)
    qtbot.wait(400)
    assert vault.is_open and controller.main_window is window
    window.update_countdown()
    assert window.countdown.text() == "Bloqueo automático desactivado"


def test_ctrl_l_locks(make_controller: Callable[..., AppController], qtbot: QtBot,
                      app_settings: AppSettings, vault_dir: Path) -> None:
    controller, vault, window = unlocked(make_controller, qtbot, app_settings, vault_dir)
    action = window.findChild(QAction, "actionLock")
    assert action is not None
    assert action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_dropped(controller, vault)


def test_lock_closes_dialogs_and_clears_the_clipboard(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    controller, vault, window = unlocked(make_controller, qtbot, app_settings, vault_dir)
    assert controller.session is not None
    controller.session.clipboard.copy("CUPM860412MDFRXR09")
    dialog = controller.open_settings()
    about = window.show_about()
    assert dialog is not None and dialog.isVisible() and about.isVisible()
    prepared: list[str] = []
    for key in window.section_keys():
        section = window.section(key)
        assert section is not None
        section.prepare_lock = lambda key=key: prepared.append(key)
    controller.lock()
    assert_dropped(controller, vault)
    assert sorted(prepared) == sorted(window.section_keys())
    assert QGuiApplication.clipboard().text() != "CUPM860412MDFRXR09"
    qtbot.wait(10)
    with top_level_windows() as windows:
        assert not [w for w in windows if isinstance(w, QDialog) and w.isVisible()]


def test_session_lock_signal_locks(make_controller: Callable[..., AppController], qtbot: QtBot,
                                   app_settings: AppSettings, vault_dir: Path) -> None:
    controller, vault, _ = unlocked(make_controller, qtbot, app_settings, vault_dir)
    controller.system_lock.on_screensaver_active(False)
    assert vault.is_open
    controller.system_lock.on_prepare_for_sleep(True)
    assert_dropped(controller, vault)
    unlock(controller, qtbot, PASSPHRASE)
    assert controller.session is not None
    controller.system_lock.on_session_lock()
    assert controller.session is None


def test_menu_lock_and_quit(make_controller: Callable[..., AppController], qtbot: QtBot,
                            app_settings: AppSettings, vault_dir: Path) -> None:
    quits: list[int] = []
    controller, vault, window = unlocked(make_controller, qtbot, app_settings, vault_dir,
                                         quit_app=lambda: quits.append(1))
    action = window.findChild(QAction, "actionLock")
    assert action is not None
    action.trigger()
    assert_dropped(controller, vault)
    unlock(controller, qtbot, PASSPHRASE)
    assert controller.session is not None
    second = controller.session.vault
    controller.main_window.close()
    assert quits == [1] and not second.is_open


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
                    reason="no D-Bus tools to run a private session bus")
def test_screensaver_signal_on_a_real_session_bus() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(["dbus-run-session", "--", sys.executable, "-m", "tests.ui.dbus_probe"],
                          cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert any("ScreenSaver" in source for source in report["sources"])
    assert report["locks"] == 1
