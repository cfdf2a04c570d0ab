"""The unlock screen: the only thing visible while the vault is locked.

KeePassXC's manners: the error is inline and says *which* failure it was (wrong
passphrase, damaged or missing key file, damaged database, newer vault), the field
is selected again so the person can retype at once, Caps Lock is warned about,
and the form is disabled with a busy bar while Argon2id runs on another thread.
Nothing about cases is shown or loaded here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import vault as vault_mod
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.data.restore_dialog import RestoreDialog, open_restore
from mpi_desktop.ui.folders import pick_folder
from mpi_desktop.ui.look import ERROR_STYLE, heading
from mpi_desktop.ui.passphrase import CapsLockLabel, PassphraseEdit
from mpi_desktop.ui.recovery import RecoveryPanel
from mpi_desktop.ui.runner import OpRunner


def unlock_job(folder: Path, passphrase: str) -> Vault:
    """Runs off the UI thread: the key file, the slow KDF, then the database."""
    keyfile = vault_mod.load_keyfile(folder)
    kek = keyfile.derive_passphrase_kek(passphrase)
    return Vault.unlock_with_kek(folder, keyfile, kek)


class UnlockPanel(QWidget):
    unlocked = Signal(object)
    forgot_requested = Signal()
    restore_requested = Signal()
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self.runner = runner
        self.folder = Path()
        self.last_error: BaseException | None = None

        self.title = heading(self)
        self.title.setObjectName("unlockTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("vaultFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "background: #fcf3cf; color: #7d6608; border: 1px solid #b7950b;"
            " padding: 8px; font-weight: bold;")
        self.demo_banner.hide()
        self.field_label = QLabel(self)
        self.field = PassphraseEdit(self)
        self.field.setObjectName("unlockPassphrase")
        self.field.returnPressed.connect(self.unlock)
        self.field_label.setBuddy(self.field)
        self.caps = CapsLockLabel(self.field, parent=self)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("unlockBusyLabel")
        self.busy_label.hide()
        self.button = QPushButton(self)
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.forgot = QPushButton(self)
        self.forgot.setObjectName("forgotPassphraseLink")
        self.forgot.setFlat(True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setStyleSheet("text-decoration: underline; color: palette(link);")
        self.forgot.clicked.connect(self.forgot_requested)
        self.restore = QPushButton(self)
        self.restore.setObjectName("restoreBackupLink")
        self.restore.setFlat(True)
        self.restore.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore.setStyleSheet("text-decoration: underline; color: palette(link);")
        self.restore.clicked.connect(self.restore_requested)
        self.open_other = QPushButton(self)
        self.open_other.setObjectName("openOtherVaultButton")
        self.open_other.clicked.connect(self.open_other_requested)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createVaultButton")
        self.create_button.clicked.connect(self.create_requested)

        links = QVBoxLayout()  # one under the other: neither is clipped at 150 %
        links.setSpacing(0)
        links.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        links.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addLayout(links)
        row.addStretch(1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        others = QHBoxLayout()
        others.addWidget(self.open_other)
        others.addWidget(self.create_button)
        others.addStretch(1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.demo_banner)
        layout.addSpacing(12)
        layout.addWidget(self.field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.caps)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addLayout(others)
        self.setTabOrder(self.field, self.button)
        self.setTabOrder(self.button, self.forgot)
        self.setTabOrder(self.forgot, self.restore)
        self.setTabOrder(self.restore, self.open_other)
        self.setTabOrder(self.open_other, self.create_button)
        self._demo_passphrase: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Unlock", "MPI Desktop"))
        self.subtitle.setText(translate(
            "Unlock", "The vault is locked. Enter your passphrase to open it."))
        self.folder_label.setText(translate("Unlock", "Vault: {folder}").format(
            folder=self.folder))
        self.field_label.setText(translate("Unlock", "&Passphrase:"))
        self.field.setAccessibleName(translate("Unlock", "Passphrase"))
        self.field.retranslate()
        self.button.setText(translate("Unlock", "&Unlock"))
        self.forgot.setText(translate("Unlock", "Forgot your passphrase?"))
        self.forgot.setToolTip(translate(
            "Unlock", "Set a new passphrase with the recovery key written on paper"))
        self.restore.setText(translate("Unlock", "Restore a backup…"))
        self.restore.setToolTip(translate(
            "Unlock", "Replace this vault with a backup file (for example on a new or "
            "repaired computer); the current vault is moved aside, not deleted"))
        self.open_other.setText(translate("Unlock", "&Open another vault…"))
        self.create_button.setText(translate("Unlock", "&Create a new vault…"))
        self.busy_label.setText(translate("Unlock", "Opening the vault…"))
        if self._demo_passphrase is not None:
            self.demo_banner.setText(translate(
                "Unlock", "Demo vault — synthetic data — passphrase: {passphrase}").format(
                    passphrase=self._demo_passphrase))
        if self.last_error is not None:
            self.error.setText(describe(self.last_error))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.retranslate()

    def set_demo(self, passphrase: str | None) -> None:
        """Mark the screen as the demo vault's and fill in its published passphrase."""
        self._demo_passphrase = passphrase
        self.demo_banner.setVisible(passphrase is not None)
        self.field.setText(passphrase or "")
        self.retranslate()

    @property
    def busy_now(self) -> bool:
        return self.busy.isVisible() or not self.button.isEnabled()

    def unlock(self) -> None:
        if not self.button.isEnabled():
            return
        passphrase = self.field.text()
        if not passphrase:
            self.show_error(None)
            return
        self._set_busy(True)
        folder = self.folder
        self.runner.run(lambda: unlock_job(folder, passphrase),
                        on_done=self._done, on_error=self.show_error)

    def _done(self, vault: object) -> None:
        self._set_busy(False)
        self.last_error = None
        self.error.hide()
        self.field.clear()
        self.unlocked.emit(vault)

    def show_error(self, exc: BaseException | None) -> None:
        self._set_busy(False)
        self.last_error = exc
        self.error.setText(translate("Unlock", "Enter the passphrase.") if exc is None
                           else describe(exc))
        self.error.show()
        # The typed text stays: select it so retyping replaces it at once.
        self.field.selectAll()
        self.field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (self.field, self.button, self.forgot, self.restore, self.open_other,
                       self.create_button):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()


class UnlockWindow(QWidget):
    """Top-level window while locked: the unlock panel, or the recovery panel."""

    unlocked = Signal(object)
    create_requested = Signal()
    folder_chosen = Signal(Path)
    close_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.runner = OpRunner(self)
        self.panel = UnlockPanel(self.runner, self)
        self.recovery = RecoveryPanel(self.runner, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.recovery)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.stack)
        column.addStretch(2)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.stack.setMinimumWidth(420)
        self.stack.setMaximumWidth(560)

        self.panel.unlocked.connect(self.unlocked)
        self.panel.forgot_requested.connect(self.show_recovery)
        self.panel.restore_requested.connect(self.open_restore)
        self.panel.open_other_requested.connect(self.choose_folder)
        self.panel.create_requested.connect(self.create_requested)
        self.recovery.recovered.connect(self.unlocked)
        self.recovery.back_requested.connect(self.show_unlock)
        self.set_folder(folder)
        self.retranslate()
        self.resize(QSize(720, 560))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Unlock", "Unlock the vault"))
        self.panel.retranslate()
        self.recovery.retranslate()

    @property
    def folder(self) -> Path:
        return self.panel.folder

    def set_folder(self, folder: Path) -> None:
        self.panel.set_folder(folder)
        self.recovery.folder = folder

    def show_unlock(self) -> None:
        self.recovery.reset()
        self.stack.setCurrentWidget(self.panel)
        self.panel.field.setFocus()

    def show_recovery(self) -> None:
        self.recovery.reset()
        self.stack.setCurrentWidget(self.recovery)
        self.recovery.key.setFocus()

    def open_restore(self) -> RestoreDialog:
        """Restore a backup into this screen's vault folder; then unlock the restored vault
        here (its passphrase is the one it had when the backup was made)."""
        return open_restore(self.folder, self, on_restored=self.try_folder)

    def choose_folder(self) -> None:
        pick_folder(self, title=translate("Unlock", "Open a vault folder"),
                    start=self.folder, on_chosen=self._folder_picked)

    def _folder_picked(self, folder: Path) -> None:
        self.try_folder(folder)

    def try_folder(self, folder: Path) -> bool:
        """Switch to ``folder`` if it holds a vault; otherwise say so inline."""
        if not vault_mod.exists(folder):
            self.panel.error.setText(translate(
                "Unlock", "There is no vault in {folder}.").format(folder=folder))
            self.panel.error.show()
            return False
        self.panel.error.hide()
        self.panel.last_error = None
        self.set_folder(folder)
        self.panel.set_demo(None)
        self.folder_chosen.emit(folder)
        self.show_unlock()
        return True

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        # An unlock in flight would hand an open vault to nobody: let it finish.
        if not self.runner.busy:
            self.close_requested.emit()
