"""First run: the wizard creates the vault and hands over an unlocked main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.first_run import (
    PAGE_CALIBRATION,
    PAGE_CONFIRM,
    PAGE_PASSPHRASE,
    PAGE_RECOVERY,
    FirstRunWizard,
)
from mpi_desktop.ui.passphrase import StrengthMeter
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, find


def drive_to_passphrase(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_CALIBRATION
    qtbot.waitUntil(wizard.calibration.isComplete, timeout=WAIT_MS)
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE


def create_through_wizard(wizard: FirstRunWizard, qtbot: QtBot,
                          passphrase: str = PASSPHRASE) -> list[str]:
    """Drive every page by objectName; return the recovery key's groups."""
    drive_to_passphrase(wizard, qtbot)
    find(wizard, QLineEdit, "wizardPassphrase").setText(passphrase)
    find(wizard, QLineEdit, "wizardConfirm").setText(passphrase)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=WAIT_MS)
    text = find(wizard, QLabel, "recoveryKeyText").text()
    groups = text.split()
    find(wizard, QCheckBox, "recoveryWrittenCheck").setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    group_input = find(wizard, QLineEdit, "recoveryGroupInput")
    index = int(group_input.property("groupIndex"))
    group_input.setText(groups[index - 1].lower())
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    return groups


def test_first_run_creates_the_vault_and_opens_the_main_window(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings) -> None:
    folder = tmp_path / "bóveda nueva"
    app_settings.vault_dir = folder
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and controller.unlock_window is None
    assert Path(find(wizard, QLineEdit, "wizardFolder").text()) == folder
    groups = create_through_wizard(wizard, qtbot)

    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    session = controller.session
    assert session is not None and session.vault.is_open
    assert session.vault.folder == folder.absolute()
    assert app_settings.vault_dir == folder.absolute()
    assert controller.wizard is None
    # The key shown on screen really is this vault's recovery key.
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    controller.lock()
    recovered = Vault.unlock_with_recovery(folder, "-".join(groups))
    recovered.lock()


def test_passphrase_page_shows_policy_problems_and_meter(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings) -> None:
    app_settings.vault_dir = tmp_path / "v"
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    drive_to_passphrase(wizard, qtbot)
    field = find(wizard, QLineEdit, "wizardPassphrase")
    confirm = find(wizard, QLineEdit, "wizardConfirm")
    problems = find(wizard, QLabel, "wizardProblems")
    meter = find(wizard, StrengthMeter, "wizardStrength")
    commit = wizard.button(QWizard.WizardButton.CommitButton)

    field.setText("contraseña")
    confirm.setText("contraseña")
    assert not problems.isHidden() and "común" in problems.text()
    assert meter.score <= 1
    assert not commit.isEnabled()

    field.setText(PASSPHRASE)
    confirm.setText(PASSPHRASE[:-3] + "xyz")
    assert "no coinciden" in problems.text()
    assert not commit.isEnabled()
    confirm.setText(PASSPHRASE)
    assert problems.isHidden()
    assert meter.score >= 3
    assert commit.isEnabled()
    assert not (tmp_path / "v").exists()  # nothing created before the commit


def test_after_creation_the_key_pages_cannot_be_skipped(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings) -> None:
    app_settings.vault_dir = tmp_path / "v"
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    drive_to_passphrase(wizard, qtbot)
    find(wizard, QLineEdit, "wizardPassphrase").setText(PASSPHRASE)
    find(wizard, QLineEdit, "wizardConfirm").setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=WAIT_MS)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    key = find(wizard, QLabel, "recoveryKeyText")
    assert key.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not [b for b in wizard.findChildren(QPushButton)
                if "copy" in b.objectName().lower()]
    wizard.reject()  # Cancel / Escape: refused, the key must be seen through
    assert wizard.isVisible() and controller.wizard is wizard
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    find(wizard, QCheckBox, "recoveryWrittenCheck").setChecked(True)
    wizard.next()
    group_input = find(wizard, QLineEdit, "recoveryGroupInput")
    group_input.setText("ZZZZZ")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "no coincide" in find(wizard, QLabel, "recoveryGroupStatus").text()


def test_location_page_refuses_a_non_empty_folder(
        make_controller: Callable[..., AppController], tmp_path: Path,
        app_settings: AppSettings) -> None:
    busy = tmp_path / "ocupada"
    busy.mkdir()
    (busy / "otro.txt").write_text("x")
    app_settings.vault_dir = busy
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    assert not wizard.location.isComplete()
    assert find(wizard, QLabel, "wizardFolderError").text()
    find(wizard, QLineEdit, "wizardFolder").setText(str(tmp_path / "libre"))
    assert wizard.location.isComplete()
