"""The unlocked window: navigation between sections, menus, status bar, interview mode.

It exists only while the vault is unlocked: the controller builds it at unlock and
deletes it (with every section and model in it) at lock.  Sections come from
``ui.sections.all_sections()`` and are built the first time they are shown, so
unlocking costs one section, not all of them.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop import __version__
from mpi_desktop.i18n import translate
from mpi_desktop.ui.autolock import InactivityWatcher
from mpi_desktop.ui.data.menu import install as install_data_menu
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.prompt import PassphrasePrompt
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session

log = logging.getLogger(__name__)

#: How often the "locks in …" countdown is refreshed.
COUNTDOWN_REFRESH_MS = 2000
#: Short operations do not flash the busy indicator.
BUSY_DELAY_MS = 250


@dataclass(frozen=True)
class WindowState:
    """What survives rebuilding the window (a language switch)."""

    section: str | None = None
    case_id: str | None = None
    interview: bool = False


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, session: Session, *, specs: list[SectionSpec],
                 watcher: InactivityWatcher | None = None,
                 system_lock_sources: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.specs = specs
        self.watcher = watcher
        self.system_lock_sources = list(system_lock_sources or [])
        self.sections: dict[str, Section] = {}
        self.interview = False
        self._prompt: PassphrasePrompt | None = None

        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        # Export, import, backup, restore and the last-backup reminder (ui/data).
        self.data_menu = install_data_menu(self, session)
        session.runner.busy_changed.connect(self._busy_changed)
        self.resize(QSize(1200, 780))
        if specs:
            self.show_section(specs[0].key)

    # -- construction -------------------------------------------------------------------
    def _build_central(self) -> None:
        self.banner = QWidget(self)
        self.banner.setObjectName("interviewBanner")
        self.banner.setStyleSheet("#interviewBanner { background: #1f4e79; }"
                                  " #interviewBanner QLabel { color: white; font-weight: bold; }")
        self.banner_label = QLabel(self.banner)
        self.leave_interview = QPushButton(self.banner)
        self.leave_interview.setObjectName("leaveInterviewButton")
        self.leave_interview.clicked.connect(lambda: self.request_interview(False))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.leave_interview)
        self.banner.hide()

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.nav.setFont(nav_font)
        self.nav.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for spec in self.specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("sectionStack")

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    def _action(self, name: str, *, shortcut: str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.setObjectName("fileMenu")
        self.view_menu = QMenu(self)
        self.view_menu.setObjectName("viewMenu")
        self.help_menu = QMenu(self)
        self.help_menu.setObjectName("helpMenu")
        for menu in (self.file_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

        self.lock_action = self._action("actionLock", shortcut="Ctrl+L")
        # Application-wide: Ctrl+L also locks from inside a dialog.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.settings_action = self._action("actionSettings", shortcut="Ctrl+,")
        self.settings_action.triggered.connect(self.settings_requested)
        self.quit_action = self._action("actionQuit", shortcut="Ctrl+Q")
        self.quit_action.triggered.connect(self.quit_requested)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.section_actions: list[QAction] = []
        for number, spec in enumerate(self.specs, start=1):
            action = self._action(f"actionSection_{spec.key}",
                                  shortcut=spec.shortcut or f"Ctrl+{number}")
            action.triggered.connect(lambda _=False, key=spec.key: self.show_section(key))
            self.view_menu.addAction(action)
            self.section_actions.append(action)
        self.view_menu.addSeparator()
        self.interview_action = self._action("actionInterview", shortcut="Ctrl+Shift+E",
                                             checkable=True)
        self.interview_action.triggered.connect(self._interview_triggered)
        self.discreet_action = self._action("actionDiscreet", shortcut="Ctrl+Shift+D",
                                            checkable=True)
        self.discreet_action.setChecked(self.session.settings.discreet_mode)
        self.discreet_action.toggled.connect(self.set_discreet)
        self.view_menu.addAction(self.interview_action)
        self.view_menu.addAction(self.discreet_action)

        self.about_action = self._action("actionAbout")
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(
            lambda: self.busy.setVisible(self.session.runner.busy))
        self.demo_indicator = QLabel(self)
        self.demo_indicator.setObjectName("demoIndicator")
        self.demo_indicator.setStyleSheet("color: #b9770e; font-weight: bold;")
        self.demo_indicator.setVisible(self.session.demo)
        self.vault_indicator = QLabel(self)
        self.vault_indicator.setObjectName("vaultIndicator")
        self.vault_indicator.setStyleSheet("color: #1e8449; font-weight: bold;")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("lockCountdown")
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.demo_indicator)
        bar.addPermanentWidget(self.vault_indicator)
        bar.addPermanentWidget(self.countdown)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(COUNTDOWN_REFRESH_MS)
        self._countdown_timer.timeout.connect(self.update_countdown)
        self._countdown_timer.start()

    def retranslate(self) -> None:
        # Qt adds " — MPI Desktop" (the application's display name) to window titles.
        title = translate("MainWindow", "MPI Desktop")
        if self.session.demo:
            title = translate("MainWindow", "Demo vault")
        self.setWindowTitle(title)
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.lock_action.setText(translate("MainWindow", "&Lock vault"))
        self.settings_action.setText(translate("MainWindow", "&Settings…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        for action, spec in zip(self.section_actions, self.specs, strict=True):
            action.setText(spec.title())
        for row, spec in enumerate(self.specs):
            item = self.nav.item(row)
            if item is not None:
                item.setText(spec.title())
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        self.interview_action.setText(translate("MainWindow", "&Interview mode"))
        self.interview_action.setToolTip(translate(
            "MainWindow", "Show only the current case; leaving asks for the passphrase"))
        self.discreet_action.setText(translate("MainWindow", "&Discreet mode"))
        self.discreet_action.setToolTip(translate(
            "MainWindow", "Hide names in lists, for working where others can see the screen"))
        self.about_action.setText(translate("MainWindow", "&About MPI Desktop"))
        self.banner_label.setText(translate(
            "MainWindow", "Interview mode — only this case is visible"))
        self.leave_interview.setText(translate("MainWindow", "Leave interview mode…"))
        self.vault_indicator.setText(translate("MainWindow", "Encrypted vault"))
        self.vault_indicator.setToolTip(translate(
            "MainWindow", "Vault folder: {folder}").format(folder=self.session.folder))
        self.demo_indicator.setText(translate("MainWindow", "Demo vault — synthetic data"))
        self.update_countdown()

    # -- sections -----------------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_section_key(self) -> str | None:
        widget = self.stack.currentWidget()
        for key, section in self.sections.items():
            if section is widget:
                return key
        return None

    def current_section(self) -> Section | None:
        key = self.current_section_key()
        return self.sections.get(key) if key else None

    def section(self, key: str) -> Section | None:
        """The section for ``key``, built on first use (None if it failed to build)."""
        if key in self.sections:
            return self.sections[key]
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        try:
            section = spec.factory(self.session)
        except Exception as exc:  # a broken section must not take the window down
            show_error(self, exc)
            return None
        section.status_message.connect(self._status)
        section.navigate.connect(self._navigate)
        section.interview_requested.connect(self.request_interview)
        if self.interview:
            section.set_interview_mode(True)
        self.sections[key] = section
        self.stack.addWidget(section)
        return section

    def show_section(self, key: str) -> Section | None:
        if self.interview and key != self.current_section_key():
            return None
        section = self.section(key)
        if section is None:
            return None
        self.stack.setCurrentWidget(section)
        row = self.section_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return section

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_section(self.specs[row].key)

    def _navigate(self, key: str, case_id: str) -> None:
        if self.interview and key != self.current_section_key():
            return
        section = self.show_section(key)
        if section is not None and case_id:
            section.show_case(case_id)

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- state kept across a rebuild ------------------------------------------------------
    def state(self) -> WindowState:
        section = self.current_section()
        return WindowState(section=self.current_section_key(),
                           case_id=section.current_case_id() if section else None,
                           interview=self.interview)

    def restore(self, state: WindowState) -> None:
        if state.section:
            section = self.show_section(state.section)
            if section is not None and state.case_id:
                section.show_case(state.case_id)
        if state.interview:
            self.set_interview_mode(True)

    # -- modes --------------------------------------------------------------------------
    def _interview_triggered(self, checked: bool) -> None:
        # The action only reflects the mode; leaving goes through the passphrase.
        self.interview_action.setChecked(self.interview)
        self.request_interview(checked)

    def request_interview(self, on: bool) -> None:
        if on:
            self.set_interview_mode(True)
            return
        if not self.interview or self._prompt is not None:
            return
        prompt = PassphrasePrompt(
            self.session, parent=self,
            title=translate("MainWindow", "Leave interview mode"),
            message=translate("MainWindow",
                              "Enter the vault passphrase to show the other cases again."))
        prompt.succeeded.connect(lambda _: self.set_interview_mode(False))
        prompt.finished.connect(self._prompt_closed)
        self._prompt = prompt
        prompt.open()

    def _prompt_closed(self) -> None:
        if self._prompt is not None:
            self._prompt.deleteLater()
        self._prompt = None

    @property
    def interview_prompt(self) -> PassphrasePrompt | None:
        return self._prompt

    def set_interview_mode(self, on: bool) -> None:
        self.interview = on
        self.interview_action.setChecked(on)
        self.nav.setVisible(not on)
        self.banner.setVisible(on)
        for action in (*self.section_actions, self.settings_action, self.about_action):
            action.setEnabled(not on)
        self.data_menu.set_interview_mode(on)
        for section in self.sections.values():
            section.set_interview_mode(on)

    def refresh_sections(self) -> None:
        """Data changed behind the sections' backs (an import): every built one reloads."""
        for section in self.sections.values():
            section.refresh()

    def set_discreet(self, on: bool) -> None:
        self.session.settings.discreet_mode = on
        if self.discreet_action.isChecked() != on:
            self.discreet_action.setChecked(on)
        for section in self.sections.values():
            section.refresh()

    # -- status bar ----------------------------------------------------------------------
    def update_countdown(self) -> None:
        remaining = self.watcher.remaining_ms() if self.watcher is not None else None
        if remaining is None:
            text = translate("MainWindow", "Auto-lock off")
        elif remaining >= 60_000:
            text = translate("MainWindow", "Locks in {minutes} min").format(
                minutes=math.ceil(remaining / 60_000))
        else:
            text = translate("MainWindow", "Locks in {seconds} s").format(
                seconds=math.ceil(remaining / 1000))
        self.countdown.setText(text)
        self.countdown.setToolTip(translate(
            "MainWindow", "The vault locks after a while without keyboard or mouse input. "
            "Lock now with Ctrl+L."))

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start(BUSY_DELAY_MS)
        else:
            self._busy_timer.stop()
            self.busy.hide()

    # -- about ---------------------------------------------------------------------------
    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("MainWindow", "About MPI Desktop"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translate("MainWindow", "MPI Desktop {version}").format(version=__version__))
        lines = [
            translate("MainWindow",
                      "Case management for the Mecanismo de Protección Integral de Personas "
                      "Defensoras de Derechos Humanos y Periodistas de la Ciudad de México."),
            "",
            translate("MainWindow", "Vault folder: {folder}").format(folder=self.session.folder),
            translate("MainWindow",
                      "Everything in the vault is encrypted on disk (SQLCipher, AES-256). It is "
                      "opened with your passphrase; nobody else can open it."),
            "",
            translate("MainWindow",
                      "If you forget the passphrase, the recovery key written on paper when the "
                      "vault was created lets you set a new one (\"Forgot your passphrase?\" on "
                      "the unlock screen). Without the passphrase and without the recovery key "
                      "the data cannot be recovered by anyone."),
            "",
            self._lock_coverage(),
        ]
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def _lock_coverage(self) -> str:
        if self.system_lock_sources:
            return translate("MainWindow",
                             "The vault also locks when the computer's session locks or the "
                             "computer goes to sleep.")
        return translate("MainWindow",
                         "This system does not tell the app when the session locks; the vault "
                         "locks after the idle time set in Settings, or with Ctrl+L.")

    # -- lock / close --------------------------------------------------------------------
    def prepare_lock(self) -> None:
        """Every section saves its drafts now; the vault closes right after."""
        self._countdown_timer.stop()
        for key, section in self.sections.items():
            try:
                section.prepare_lock()
            except Exception as exc:  # locking must happen whatever a section does
                log.error("section %s failed to prepare for lock: %s", key,
                          type(exc).__name__)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window quits the app; the controller locks the vault first.
        event.ignore()
        self.quit_requested.emit()
