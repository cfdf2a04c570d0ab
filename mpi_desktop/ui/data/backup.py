"""Backups from the app: one encrypted file, written atomically, read back to verify;
and the gentle reminder of when the last one was made.

The date of the last backup is read from the audit log (``vault.backup``), not
kept in the settings file: settings are plaintext and hold nothing about the
vault's contents or habits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.cases.labels import fmt_instant
from mpi_desktop.ui.data import ops
from mpi_desktop.ui.data.common import backup_filters, choose_save
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session

#: After this many days the reminder turns amber.
REMIND_AFTER_DAYS = 7


def age_days(instant: str, *, now: datetime | None = None) -> int:
    when = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    return max(0, ((now or datetime.now(UTC)) - when) // timedelta(days=1))


class BackupReminder(QLabel):
    """Status-bar text: when the vault was last backed up (amber when it is time)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lastBackupIndicator")
        self.session = session
        self.last: str | None = None
        self.loaded = False

    def refresh(self) -> None:
        vault = self.session.vault
        asyncops.run(self.session, self, lambda: ops.last_backup(vault),
                     on_done=self.show_last, on_error=lambda _exc: None)

    def show_last(self, instant: str | None) -> None:
        self.last = instant
        self.loaded = True
        if instant is None:
            self.setText(translate("DataBackup", "No backup yet"))
            due = True
        else:
            self.setText(translate("DataBackup", "Last backup: {when}").format(
                when=fmt_instant(instant)))
            due = age_days(instant) >= REMIND_AFTER_DAYS
        self.setStyleSheet("color: #b9770e; font-weight: bold;" if due else "")
        self.setToolTip(translate(
            "DataBackup", "Back up the vault regularly to another medium (Data → Back up the "
            "vault…). Without a backup, a lost or broken computer loses every case file."))

    @property
    def due(self) -> bool:
        return self.last is None or age_days(self.last) >= REMIND_AFTER_DAYS


class BackupRunner(QObject):
    """Choose where, write the backup off the UI thread, say how it went."""

    finished = Signal(bool)

    def __init__(self, session: Session, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.running = False
        self.box: QMessageBox | None = None

    def start(self) -> None:
        if self.running:
            return
        name = translate("DataBackup", "vault-backup-{date}").format(
            date=today_local().isoformat()) + ops.BACKUP_SUFFIX
        choose_save(self.window, name="backupSaveDialog",
                    title=translate("DataBackup", "Save the backup as"), suggested=name,
                    filters=backup_filters(), on_chosen=self.write_to)

    def write_to(self, out: Path) -> None:
        """Write the backup (the save dialog's answer; tests call it directly)."""
        if self.running:
            return
        self.running = True
        self.window.statusBar().showMessage(
            translate("DataBackup", "Backing up the vault…"))
        vault = self.session.vault
        asyncops.run(self.session, self, lambda: ops.make_backup(vault, out),
                     on_done=self._done, on_error=self._failed)

    def _done(self, done: ops.BackupDone) -> None:
        self.running = False
        self.window.statusBar().clearMessage()
        box = QMessageBox(self.window)
        box.setObjectName("backupDoneDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("DataBackup", "Backup written"))
        box.setText(translate("DataBackup", "The vault was backed up and the file verified."))
        box.setInformativeText(translate(
            "DataBackup", "{path} ({size} MB). It is encrypted: it opens with this vault's "
            "passphrase or its recovery key. Keep it on another medium, away from this "
            "computer.").format(path=done.info.path, size=f"{done.info.size / 1e6:.1f}"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _r: box.deleteLater())
        self.box = box
        box.open()
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.window.statusBar().clearMessage()
        show_error(self.window, exc, title=translate("DataBackup", "Backup failed"))
        self.finished.emit(False)
