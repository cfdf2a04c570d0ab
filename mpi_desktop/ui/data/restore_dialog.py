"""Restore a backup over the vault — only while it is locked.

The backup opens with the passphrase it had when it was made, or with the
recovery key.  ``storage.backup.restore_backup`` verifies everything (trailing
hash, key, every page, integrity, the audit chain) in a private staging folder
before anything is replaced; the current vault is moved aside, never deleted.
Afterwards the unlock screen opens the restored vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import vault as vault_mod
from mpi_desktop.ui.data import ops
from mpi_desktop.ui.data.common import BusyLine, backup_filters, choose_open
from mpi_desktop.ui.look import ERROR_STYLE, OK_STYLE, WARNING_STYLE, heading
from mpi_desktop.ui.passphrase import CapsLockLabel, PassphraseEdit
from mpi_desktop.ui.runner import OpRunner


class RestoreDialog(QDialog):
    """Restore into ``folder``.  ``restored(folder, moved_aside or None)`` on success."""

    restored = Signal(Path, object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("DataRestore", "Restore a backup"))
        self.folder = folder
        self.source: Path | None = None
        self.moved_aside: Path | None = None
        self.done_ok = False
        # Its own runner: there is no unlocked session while restoring.
        self.runner = OpRunner(self)

        title = heading(self, 1.3)
        title.setText(translate("DataRestore", "Restore a backup"))
        self.warning = QLabel(self)
        self.warning.setObjectName("restoreWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        if vault_mod.exists(folder):
            self.warning.setText(translate(
                "DataRestore", "Restoring replaces the vault in {folder} with the backup. The "
                "current vault is not deleted: it is moved aside to a folder next to it (its "
                "name ends in “before-restore” and the date), so a mistaken restore can be "
                "undone by hand.").format(folder=folder))
        else:
            self.warning.setText(translate(
                "DataRestore", "The backup becomes the vault in {folder}.").format(
                    folder=folder))
        self.file_label = QLabel(translate("DataRestore", "Backup &file:"), self)
        self.file = QLineEdit(self)
        self.file.setObjectName("restoreFile")
        self.file.setReadOnly(True)
        self.file.setAccessibleName(translate("DataRestore", "Backup file"))
        self.file_label.setBuddy(self.file)
        self.choose_button = QPushButton(translate("DataRestore", "C&hoose…"), self)
        self.choose_button.setObjectName("restoreChoose")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)

        self.use_passphrase = QRadioButton(translate(
            "DataRestore", "With the &passphrase the vault had when the backup was made"), self)
        self.use_passphrase.setObjectName("restoreUsePassphrase")
        self.use_recovery = QRadioButton(translate("DataRestore", "With the &recovery key"),
                                         self)
        self.use_recovery.setObjectName("restoreUseRecovery")
        self.method = QButtonGroup(self)
        self.method.addButton(self.use_passphrase)
        self.method.addButton(self.use_recovery)
        self.use_passphrase.setChecked(True)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setAccessibleName(translate("DataRestore", "Passphrase of the backup"))
        self.passphrase.returnPressed.connect(self.start)
        self.caps = CapsLockLabel(self.passphrase, name="restoreCapsLock", parent=self)
        self.recovery = QLineEdit(self)
        self.recovery.setObjectName("restoreRecoveryKey")
        self.recovery.setAccessibleName(translate("DataRestore", "Recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.recovery.setFont(mono)
        self.recovery.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery.returnPressed.connect(self.start)
        self.use_passphrase.toggled.connect(self._method_changed)

        self.busy = BusyLine("restoreBusy", self)
        self.error = QLabel(self)
        self.error.setObjectName("restoreError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("restoreResult")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.restore_button = QPushButton(translate("DataRestore", "&Verify and restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("DataRestore", "Cancel"), self)
        self.close_button.setObjectName("restoreClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.warning)
        layout.addWidget(self.file_label)
        layout.addLayout(file_row)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.recovery)
        layout.addWidget(self.caps)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setTabOrder(self.choose_button, self.use_passphrase)
        self.setTabOrder(self.use_passphrase, self.use_recovery)
        self.setTabOrder(self.use_recovery, self.passphrase)
        self.setTabOrder(self.passphrase, self.recovery)
        self.setTabOrder(self.recovery, self.restore_button)
        self.setTabOrder(self.restore_button, self.close_button)
        self._method_changed()
        self.resize(600, 420)
        self.choose_button.setFocus()

    def _method_changed(self) -> None:
        by_passphrase = self.use_passphrase.isChecked()
        self.passphrase.setVisible(by_passphrase)
        self.recovery.setVisible(not by_passphrase)

    # --- choosing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        choose_open(self, name="restoreOpenDialog",
                    title=translate("DataRestore", "Choose the backup"),
                    filters=backup_filters(), on_chosen=self.set_source)

    def set_source(self, path: Path) -> None:
        self.source = path
        self.file.setText(str(path))
        self.error.hide()
        (self.passphrase if self.use_passphrase.isChecked() else self.recovery).setFocus()

    # --- restoring ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy.running or self.done_ok:
            return
        if self.source is None:
            self._fail_text(translate("DataRestore", "Choose the backup file first."))
            return
        by_passphrase = self.use_passphrase.isChecked()
        secret = self.passphrase.text() if by_passphrase else self.recovery.text()
        if not secret.strip():
            self._fail_text(translate("DataRestore", "Type the passphrase of the backup.")
                            if by_passphrase else
                            translate("DataRestore", "Type the recovery key."))
            return
        self._set_busy(True)
        source, folder = self.source, self.folder
        passphrase = secret if by_passphrase else None
        recovery = None if by_passphrase else secret
        self.runner.run(lambda: ops.restore(source, folder, passphrase=passphrase,
                                            recovery=recovery),
                        on_done=self._done, on_error=self._failed)

    def _set_busy(self, on: bool) -> None:
        if on:
            self.error.hide()
            self.busy.start(translate("DataRestore", "Verifying the backup and restoring…"))
        else:
            self.busy.stop()
        for widget in (self.choose_button, self.use_passphrase, self.use_recovery,
                       self.passphrase, self.recovery, self.restore_button, self.close_button):
            widget.setEnabled(not on)

    def _fail_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        field = self.passphrase if self.use_passphrase.isChecked() else self.recovery
        field.selectAll()
        field.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._fail_text(describe(exc))

    def _done(self, moved_aside: object) -> None:
        self._set_busy(False)
        self.done_ok = True
        self.passphrase.clear()
        self.recovery.clear()
        self.moved_aside = moved_aside if isinstance(moved_aside, Path) else None
        lines = [translate("DataRestore", "The backup was verified and restored.")]
        if self.moved_aside is not None:
            lines.append(translate("DataRestore", "The previous vault was moved to {path}.")
                         .format(path=self.moved_aside))
        lines.append(translate(
            "DataRestore", "Unlock the restored vault with the passphrase it had when the "
            "backup was made."))
        if self.use_recovery.isChecked():
            lines.append(translate(
                "DataRestore", "If nobody remembers it, choose “Forgot your passphrase?” there "
                "and set a new one with the same recovery key."))
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        for widget in (self.choose_button, self.use_passphrase, self.use_recovery,
                       self.passphrase, self.recovery, self.restore_button):
            widget.setEnabled(False)
        self.restore_button.hide()
        self.close_button.setText(translate("DataRestore", "Go to the &unlock screen"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.restored.emit(self.folder, self.moved_aside)

    def reject(self) -> None:
        if self.busy.running:
            return  # a restore is verified and swapped as a whole; let it finish
        self.passphrase.clear()
        self.recovery.clear()
        super().reject()


#: Restore dialogs opened without an owner (kept alive until closed).  Dialogs with
#: an owner are kept by Qt's parent; holding them here too would leave Python
#: wrappers of deleted widgets behind when the owner goes first.
_open_restores: set[RestoreDialog] = set()


def open_restore(folder: Path, owner: QWidget | None, *,
                 on_restored: Callable[[Path], object] | None = None,
                 on_closed: Callable[[bool], object] | None = None) -> RestoreDialog:
    """Open the restore dialog for ``folder`` over ``owner`` (non-blocking).

    ``on_restored(folder)`` runs as soon as the backup is in place; ``on_closed(done)``
    when the dialog closes, with whether a backup was restored.  The unlock screen,
    the Data menu (after locking) and the first-run wizard all restore through here."""
    dialog = RestoreDialog(folder, owner)

    def restored(target: Path, _aside: object) -> None:
        if on_restored is not None:
            on_restored(target)

    def closed(_result: int) -> None:
        _open_restores.discard(dialog)
        dialog.deleteLater()
        if on_closed is not None:
            on_closed(dialog.done_ok)

    dialog.restored.connect(restored)
    dialog.finished.connect(closed)
    if owner is None:
        _open_restores.add(dialog)
    dialog.open()
    return dialog
