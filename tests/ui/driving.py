"""Helpers that drive the UI in tests: wait for background work, find widgets by
objectName, answer the non-blocking message boxes.

Windows are looked up with ``findChild`` under a known root (Qt matches class and name
on the C++ side, so only the match gets a Python wrapper) or among the top-level windows.
Never with ``QApplication.allWidgets()``: that wraps every widget of the process,
including children that earlier tests left to Qt's deferred deletion, and walking it once
crashed a CI run with a segmentation fault inside shiboken.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mpi_desktop.ui.session import Session
from mpi_desktop.ui.windows import top_level_windows

WAIT_MS = 30_000
W = TypeVar("W", bound=QWidget)


def settle(qtbot: QtBot, session: Session) -> None:
    """Wait until every queued storage operation ran and reported back."""
    def idle() -> bool:
        session.runner.wait_idle()
        QCoreApplication.processEvents()
        return not session.runner.busy
    qtbot.waitUntil(idle, timeout=WAIT_MS)
    QCoreApplication.processEvents()


def find(root: QWidget, cls: type[W], name: str) -> W:
    found = root.findChild(cls, name)
    assert isinstance(found, cls), f"no {cls.__name__} named {name!r}"
    return found


def shown_window(cls: type[W], name: str) -> W | None:
    """The visible top-level window (dialogs and message boxes are windows even with
    a parent) of this class and objectName, if one is open."""
    with top_level_windows() as windows:
        for widget in windows:
            if isinstance(widget, cls) and widget.objectName() == name and widget.isVisible():
                return widget
    return None


def message_box(qtbot: QtBot, name: str) -> QMessageBox:
    """The (non-blocking) message box with this objectName, once it is open."""
    qtbot.waitUntil(lambda: shown_window(QMessageBox, name) is not None, timeout=WAIT_MS)
    box = shown_window(QMessageBox, name)
    assert box is not None
    return box


def answer(qtbot: QtBot, name: str, button: QMessageBox.StandardButton) -> None:
    """Click ``button`` in the message box named ``name`` once it is open."""
    box = message_box(qtbot, name)
    box.button(button).click()
