"""Settings: applied live, KDF re-wrap behind the passphrase, and never a secret on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from mpi_desktop import errors as e
from mpi_desktop import i18n
from mpi_desktop.storage import crypto
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from mpi_desktop.ui.settings_dialog import SettingsDialog
from tests import factories
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, find, unlock, wait_idle
from tests.ui.test_first_run import create_through_wizard


def open_dialog(controller: AppController) -> SettingsDialog:
    dialog = controller.open_settings()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_settings_apply_autolock_clipboard_discreet(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    dialog = open_dialog(controller)
    find(dialog, QSpinBox, "settingsAutolock").setValue(12)
    find(dialog, QSpinBox, "settingsClipboard").setValue(45)
    find(dialog, QCheckBox, "settingsDiscreet").setChecked(True)
    refreshed: list[str] = []
    window = controller.main_window
    assert window is not None
    for key, section in window.sections.items():
        section.refresh = lambda key=key: refreshed.append(key)
    dialog.apply()
    assert not dialog.isVisible()
    assert app_settings.autolock_minutes == 12
    assert controller.watcher.interval_ms == 12 * 60_000
    assert "12 min" in window.countdown.text()
    assert controller.session is not None and controller.session.clipboard.seconds == 45
    assert app_settings.discreet_mode and window.discreet_action.isChecked()
    assert refreshed


def test_kdf_change_rewraps_with_new_params_after_the_passphrase(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    stronger = crypto.KdfParams(time_cost=4, memory_kib=crypto.FLOOR_MEMORY_KIB)

    def calibrate(target_ms: int) -> crypto.Calibration:
        return crypto.Calibration(stronger, measured_ms=float(target_ms))

    app_settings.vault_dir = vault_dir
    controller = make_controller(calibrate=calibrate)
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    dialog = open_dialog(controller)
    find(dialog, QSpinBox, "settingsKdfTarget").setValue(1500)
    dialog.measure.click()
    wait_idle(qtbot, controller)
    assert dialog.pending_params == stronger
    dialog.apply()
    prompt = dialog.prompt
    assert prompt is not None and prompt.isVisible()
    prompt.field.setText("frase equivocada de verdad")
    prompt.check()
    qtbot.waitUntil(lambda: prompt.last_error is not None, timeout=WAIT_MS)
    assert isinstance(prompt.last_error, e.WrongPassphrase)
    assert dialog.isVisible()
    assert controller.session is not None
    assert controller.session.vault.keyfile.slots.passphrase.kdf == crypto.KdfParams.floor()

    prompt.field.setText(PASSPHRASE)
    prompt.check()
    qtbot.waitUntil(lambda: controller.settings_dialog is None, timeout=WAIT_MS)
    assert app_settings.kdf_target_ms == 1500
    assert controller.main_window is not None
    assert "costo de desbloqueo" in controller.main_window.statusBar().currentMessage()
    controller.lock()
    vault = Vault.unlock(vault_dir, PASSPHRASE)  # same passphrase, new parameters
    try:
        assert vault.keyfile.slots.passphrase.kdf == stronger
    finally:
        vault.lock()


def test_language_switch_is_live_and_keeps_the_section(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    window = controller.main_window
    assert window is not None
    window.show_section("audit")
    assert window.file_menu.title() == "&Archivo"
    dialog = open_dialog(controller)
    combo = find(dialog, QComboBox, "settingsLanguage")
    combo.setCurrentIndex(combo.findData("en"))
    dialog.apply()
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=WAIT_MS)
    try:
        new = controller.main_window
        assert new is not None
        assert i18n.current_language() == "en" and app_settings.language == "en"
        assert new.file_menu.title() == "&File"
        assert new.current_section_key() == "audit"
        titles = [new.nav.item(i).text() for i in range(new.nav.count())]
        assert "Audit log" in titles
        assert controller.session is not None and controller.session.vault.is_open
    finally:
        controller.set_language("es")
    assert controller.main_window is not None
    assert controller.main_window.file_menu.title() == "&Archivo"
    assert controller.main_window.current_section_key() == "audit"


def test_settings_file_never_holds_secrets(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings) -> None:
    folder = tmp_path / "bóveda"
    app_settings.vault_dir = folder
    controller = make_controller()
    controller.start()
    assert controller.wizard is not None
    groups = create_through_wizard(controller.wizard, qtbot)
    qtbot.waitUntil(lambda: controller.session is not None, timeout=WAIT_MS)
    session = controller.session
    assert session is not None
    person = factories.person(given_names="Xóchitl Guadalupe", first_surname="Tlapaltotoli")
    case = Records(session.vault).open_case(factories.case_for(person), [person])
    window = controller.main_window
    assert window is not None
    section = window.show_section("cases")
    assert section is not None
    section.show_case(case.id)
    session.clipboard.copy("Tlapaltotoli")
    dialog = open_dialog(controller)
    find(dialog, QSpinBox, "settingsAutolock").setValue(7)
    find(dialog, QCheckBox, "settingsDiscreet").setChecked(True)
    dialog.apply()
    wait_idle(qtbot, controller)
    controller.lock()
    unlock(controller, qtbot, PASSPHRASE)
    controller.quit()

    raw = app_settings.path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    assert "autolock_minutes=7" in text  # the file is the one in use
    for secret in (PASSPHRASE, *PASSPHRASE.split(), "Tlapaltotoli", "Xóchitl", case.id,
                   *groups):
        assert secret not in text and secret.encode() not in raw
    for other in app_settings.path.parent.rglob("*"):
        if other.is_file():
            assert PASSPHRASE.encode() not in other.read_bytes()
