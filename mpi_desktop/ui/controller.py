"""The app's life cycle: first run or unlock → unlocked window → lock → unlock …

One object owns the transitions so that a lock is always the same, complete
sequence (KeePassXC's rule: a lock that only hides a window is not a lock):

1. close every dialog and popup;
2. each section saves its drafts (``prepare_lock``);
3. queued storage work finishes; its results are no longer delivered;
4. the clipboard is cleared if it still holds something we copied;
5. ``vault.lock()`` closes the connection and zeroes the key;
6. the main window, its sections and models are deleted;
7. the unlock screen is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from mpi_desktop import i18n
from mpi_desktop.i18n import translate
from mpi_desktop.paths import demo_vault_dir
from mpi_desktop.storage import vault as vault_mod
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.autolock import InactivityWatcher, SystemLockMonitor
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.demo_start import DEMO_CASES, DEMO_PASSPHRASE, DemoBuilder
from mpi_desktop.ui.first_run import FirstRunWizard
from mpi_desktop.ui.kdf import Calibrator, default_calibrator
from mpi_desktop.ui.look import center_on_screen
from mpi_desktop.ui.main_window import MainWindow
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.sections import SectionSpec, all_sections
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from mpi_desktop.ui.settings_dialog import SettingsChange, SettingsDialog
from mpi_desktop.ui.unlock import UnlockWindow
from mpi_desktop.ui.windows import top_level_windows

log = logging.getLogger(__name__)


def _next_free_folder(base: Path) -> Path:
    """A sibling of ``base`` with no vault in it, to suggest for a second vault."""
    if not vault_mod.exists(base):
        return base
    for number in range(2, 100):
        candidate = base.with_name(f"{base.name}-{number}")
        if not candidate.exists():
            return candidate
    return base


class AppController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, settings: AppSettings, *, demo: bool = False,
                 calibrate: Calibrator = default_calibrator,
                 autolock_interval_ms: int | None = None,
                 demo_cases: int = DEMO_CASES,
                 sections: Callable[[], list[SectionSpec]] = all_sections,
                 quit_app: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.demo = demo
        self.calibrate = calibrate
        self.demo_cases = demo_cases
        self._sections = sections
        self._autolock_override = autolock_interval_ms
        self._quit_app = quit_app or QApplication.quit
        self.folder = demo_vault_dir() if demo else settings.vault_dir

        self.unlock_window: UnlockWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.main_window: MainWindow | None = None
        self.session: Session | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.demo_builder: DemoBuilder | None = None
        self._unlock_geometry: QByteArray | None = None
        self._main_geometry: QByteArray | None = None
        self.quitting = False

        self.watcher = InactivityWatcher(self.autolock_interval_ms(), self)
        self.watcher.timed_out.connect(self.lock)
        self.system_lock = SystemLockMonitor(self)
        self.system_lock.lock_now.connect(self.lock)

    # -- start ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.demo:
            builder = DemoBuilder(self.folder, cases=self.demo_cases, parent=self)
            builder.finished.connect(self._demo_ready)
            self.demo_builder = builder
            builder.start()
        elif vault_mod.exists(self.folder):
            self.show_unlock()
        else:
            self.show_first_run()

    def _demo_ready(self, ok: bool) -> None:
        if ok:
            self.show_unlock()
        else:
            self.quit()

    def is_demo_folder(self, folder: Path) -> bool:
        return self.demo and folder == demo_vault_dir()

    def autolock_interval_ms(self) -> int:
        if self._autolock_override is not None:
            return self._autolock_override if self.settings.autolock_minutes else 0
        return self.settings.autolock_minutes * 60_000

    # -- locked screens ---------------------------------------------------------------------
    def show_unlock(self) -> UnlockWindow:
        self._drop_wizard()
        if self.unlock_window is None:
            window = UnlockWindow(self.folder)
            window.unlocked.connect(self._unlocked)
            window.create_requested.connect(self.show_first_run)
            window.folder_chosen.connect(self._folder_chosen)
            window.close_requested.connect(self.quit)
            self.unlock_window = window
        window = self.unlock_window
        window.set_folder(self.folder)
        window.panel.set_demo(DEMO_PASSPHRASE if self.is_demo_folder(self.folder) else None)
        window.show_unlock()
        if self._unlock_geometry is not None:
            window.restoreGeometry(self._unlock_geometry)
        else:
            center_on_screen(window)
        window.show()
        window.raise_()
        window.activateWindow()
        window.panel.field.setFocus()
        return window

    def show_first_run(self) -> FirstRunWizard:
        self._drop_unlock()
        self._drop_wizard()
        wizard = FirstRunWizard(folder=_next_free_folder(self.settings.vault_dir),
                                target_ms=self.settings.kdf_target_ms, calibrate=self.calibrate)
        wizard.vault_ready.connect(self._created)
        wizard.cancelled.connect(self._wizard_cancelled)
        wizard.open_existing.connect(self._folder_chosen_from_wizard)
        wizard.restored.connect(self._folder_chosen_from_wizard)
        self.wizard = wizard
        center_on_screen(wizard)
        wizard.show()
        return wizard

    def _created(self, vault: object) -> None:
        assert isinstance(vault, Vault)
        wizard = self.wizard
        if wizard is not None:
            self.settings.vault_dir = vault.folder
            self.settings.kdf_target_ms = wizard.kdf_target_ms
        self.folder = vault.folder
        self.demo = False
        self._unlocked(vault)

    def _wizard_cancelled(self) -> None:
        self._drop_wizard()
        if vault_mod.exists(self.folder):
            self.show_unlock()
        else:
            self.quit()

    def _folder_chosen(self, folder: Path) -> None:
        self.folder = folder
        if not self.is_demo_folder(folder):
            self.settings.vault_dir = folder

    def _folder_chosen_from_wizard(self, folder: Path) -> None:
        self._folder_chosen(folder)
        self.show_unlock()

    def _drop_unlock(self) -> None:
        if self.unlock_window is not None:
            self._unlock_geometry = self.unlock_window.saveGeometry()
            self.unlock_window.hide()
            self.unlock_window.deleteLater()
            self.unlock_window = None

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    # -- unlocked -----------------------------------------------------------------------------
    def _unlocked(self, vault: object) -> None:
        assert isinstance(vault, Vault)
        recovered = (self.unlock_window is not None
                     and self.unlock_window.stack.currentWidget() is self.unlock_window.recovery)
        self._drop_unlock()
        self._drop_wizard()
        runner = OpRunner(self)
        clipboard = SensitiveClipboard(self.settings.clipboard_seconds, self)
        self.session = Session(vault=vault, records=Records(vault), runner=runner,
                               settings=self.settings, clipboard=clipboard,
                               demo=self.is_demo_folder(vault.folder))
        self.watcher.set_interval(self.autolock_interval_ms())
        self.watcher.start()
        window = self._build_main_window()
        if recovered:
            window.statusBar().showMessage(translate(
                "App", "A new passphrase was set with the recovery key. The recovery key stays "
                "valid: keep the paper."), 15000)
        self.unlocked.emit()

    def _build_main_window(self) -> MainWindow:
        assert self.session is not None
        window = MainWindow(self.session, specs=self._sections(), watcher=self.watcher,
                            system_lock_sources=self.system_lock.sources)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.open_settings)
        window.quit_requested.connect(self.quit)
        if self._main_geometry is not None and self.main_window is None:
            window.restoreGeometry(self._main_geometry)
        elif self.main_window is None:
            center_on_screen(window)
        self.main_window = window
        window.show()
        return window

    # -- lock ---------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.session is None:
            return
        self._teardown()
        self.locked.emit()
        if not self.quitting:
            self.show_unlock()

    def _teardown(self) -> None:
        """Steps 1–6 of the lock (see the module docstring)."""
        session, window = self.session, self.main_window
        self.watcher.stop()
        close_dialogs(keep=None)
        if window is not None:
            window.prepare_lock()
            self._main_geometry = window.saveGeometry()
        if session is not None:
            try:
                session.close()
            except Exception as exc:  # the key must go whatever failed before
                log.error("closing the session failed: %s", type(exc).__name__)
                session.vault.lock()
            session.runner.deleteLater()
            session.clipboard.deleteLater()
        if window is not None:
            window.hide()
            window.deleteLater()
        self.settings_dialog = None
        self.main_window = None
        self.session = None

    def quit(self) -> None:
        self.shutdown()
        self._quit_app()

    def shutdown(self) -> None:
        """Lock and close every window (also on logout, when Qt itself quits)."""
        self.quitting = True
        self._teardown()
        self._drop_wizard()
        if self.unlock_window is not None:
            self.unlock_window.hide()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        self.system_lock.blockSignals(True)

    # -- settings and language ------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog | None:
        if self.session is None or self.main_window is None:
            return None
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return self.settings_dialog
        dialog = SettingsDialog(self.session, calibrate=self.calibrate, parent=self.main_window)
        dialog.applied.connect(self._settings_applied)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = None

    def _settings_applied(self, change: object) -> None:
        assert isinstance(change, SettingsChange)
        session, window = self.session, self.main_window
        if session is None or window is None:
            return
        if change.autolock:
            self.watcher.set_interval(self.autolock_interval_ms())
            self.watcher.start()
            window.update_countdown()
        if change.clipboard:
            session.clipboard.seconds = self.settings.clipboard_seconds
        if change.discreet:
            window.set_discreet(self.settings.discreet_mode)
        if change.kdf:
            window.statusBar().showMessage(translate(
                "App", "The unlock cost was updated; it applies from the next unlock."), 10000)
        if change.language:
            # After the dialog has closed: the window it belongs to is rebuilt.
            QTimer.singleShot(0, lambda: self.set_language(self.settings.language))

    def set_language(self, language: str) -> None:
        """Apply a language now: new translators, and every visible screen rebuilt."""
        self.settings.language = language
        i18n.install(language)
        if self.unlock_window is not None:
            self.unlock_window.retranslate()
        if self.wizard is not None:
            self.wizard.retranslate()
        window = self.main_window
        if window is None or self.session is None:
            return
        state = window.state()
        close_dialogs(keep=None)
        window.prepare_lock()
        self._main_geometry = window.saveGeometry()
        window.hide()
        window.deleteLater()
        self.main_window = None
        self.settings_dialog = None
        new = self._build_main_window()
        new.restoreGeometry(self._main_geometry)
        new.restore(state)


def close_dialogs(*, keep: QWidget | None) -> None:
    """Close every open dialog, menu and popup (first step of a lock)."""
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
        if QApplication.activePopupWidget() is popup:
            popup.hide()
            break
    with top_level_windows() as windows:
        for widget in windows:
            if widget is keep or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
                widget.hide()
            elif isinstance(widget, QMenu):
                widget.close()
