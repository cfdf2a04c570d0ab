"""Keyboard and screen-reader basics, and layouts that stay readable at 150 %."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.ui.shell import unlock

ROOT = Path(__file__).resolve().parents[2]


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader would announce without a name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QSpinBox | QComboBox | QPlainTextEdit):
            continue
        if (isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
                or widget.objectName().startswith("qt_")):
            continue  # the editor inside a spin box or combo box; Qt's own internals
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def focus_chain(start: QWidget, count: int) -> list[str]:
    names, widget = [], start
    while len(names) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName()):
            names.append(widget.objectName())
    return names


def test_unlock_screen_keyboard_and_names(make_controller: Callable[..., AppController],
                                          app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.show()
    assert not unnamed_inputs(window.panel)
    assert not unnamed_inputs(window.recovery)
    assert focus_chain(window.panel.field, 5) == [
        "unlockButton", "forgotPassphraseLink", "restoreBackupLink", "openOtherVaultButton",
        "createVaultButton"]
    label = window.panel.field_label
    assert label.buddy() is window.panel.field and "&" in label.text()
    assert window.panel.button.isDefault()  # Enter unlocks
    for button in (window.panel.button, window.panel.open_other, window.panel.create_button):
        assert "&" in button.text()  # Alt+letter mnemonics


def test_wizard_settings_and_prompt_inputs_are_named(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path, tmp_path: Path) -> None:
    app_settings.vault_dir = tmp_path / "nueva"
    controller = make_controller()
    controller.start()
    assert controller.wizard is not None
    assert not unnamed_inputs(controller.wizard)
    buddies = [label for label in controller.wizard.findChildren(QLabel) if label.buddy()]
    assert len(buddies) >= 4
    controller.wizard.reject()

    app_settings.vault_dir = vault_dir
    other = make_controller()
    other.start()
    unlock(other, qtbot, PASSPHRASE)
    dialog = other.open_settings()
    assert dialog is not None and not unnamed_inputs(dialog)
    dialog.reject()
    window = other.main_window
    assert window is not None
    audit = window.show_section("audit")
    assert audit is not None and not unnamed_inputs(audit)
    window.request_interview(True)
    window.request_interview(False)
    assert window.interview_prompt is not None
    assert not unnamed_inputs(window.interview_prompt)


def test_nothing_is_clipped_at_150_percent(tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "tests.ui.scale_probe", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 1.5
    assert report["checked"] > 100
    assert report["problems"] == {}
