"""Helpers for the app-shell tests: controllers on real vaults, driven by objectName."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import crypto
from mpi_desktop.ui.controller import AppController

WAIT_MS = 20_000


def fast_calibrate(target_ms: int) -> crypto.Calibration:
    """The secure floor, without measuring (tests create many vaults)."""
    return crypto.Calibration(crypto.KdfParams.floor(), measured_ms=float(target_ms))


def find(root: QWidget, cls: type, name: str) -> QWidget:
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def unlock(controller: AppController, qtbot: QtBot, passphrase: str) -> None:
    window = controller.unlock_window
    assert window is not None
    window.panel.field.setText(passphrase)
    qtbot.mouseClick(window.panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)


def wait_idle(qtbot: QtBot, controller: AppController) -> None:
    session = controller.session
    if session is not None:
        qtbot.waitUntil(lambda: not session.runner.busy, timeout=WAIT_MS)
