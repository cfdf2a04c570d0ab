"""The Data menu in the running app: where it sits, interview mode, and a workshop
typed before a lock that is offered back after unlocking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import drafts
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.indicators.workshop_form import WorkshopDialog
from mpi_desktop.ui.indicators.workshops import WorkshopsSection
from mpi_desktop.ui.main_window import MainWindow
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, unlock, wait_idle


def start(make_controller: Callable[..., AppController], qtbot: QtBot,
          app_settings: AppSettings, folder: Path) -> AppController:
    app_settings.vault_dir = folder
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    wait_idle(qtbot, controller)
    return controller


def test_data_menu_sits_after_file_and_steps_aside_in_interview_mode(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    controller = start(make_controller, qtbot, app_settings, vault_dir)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Archivo", "&Datos", "&Ver"]
    data = window.data_menu
    assert [a.objectName() for a in data.menu.actions() if not a.isSeparator()] == [
        "actionExportAll", "actionImport", "actionBackup", "actionRestore"]
    assert all(a.text() and a.isEnabled() for a in data.actions)
    window.set_interview_mode(True)
    assert not any(a.isEnabled() for a in data.actions)
    window.set_interview_mode(False)
    assert all(a.isEnabled() for a in data.actions)


def test_workshop_typed_when_the_vault_locks_is_announced_after_unlock(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    controller = start(make_controller, qtbot, app_settings, vault_dir)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    section = window.show_section("workshops")
    assert isinstance(section, WorkshopsSection)
    wait_idle(qtbot, controller)
    new = section.findChild(QPushButton, "workshopNew")
    assert new is not None
    new.click()
    dialog = section.dialog
    assert isinstance(dialog, WorkshopDialog)
    title = dialog.findChild(QLineEdit, "workshop_title")
    assert title is not None
    title.setText("Protocolos de seguridad para colectivas")
    window.lock_requested.emit()  # Ctrl+L, idle timeout or the session lock
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=WAIT_MS)

    unlock(controller, qtbot, PASSPHRASE)
    window = controller.main_window
    session = controller.session
    assert isinstance(window, MainWindow) and session is not None
    (info,) = drafts.list_drafts(session.vault, kind=drafts.EDIT_WORKSHOP)
    assert info.title == "Protocolos de seguridad para colectivas"
    qtbot.waitUntil(lambda: "un taller (Talleres)" in window.statusBar().currentMessage(),
                    timeout=WAIT_MS)
