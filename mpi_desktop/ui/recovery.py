"""Recovery: a forgotten passphrase replaced with the recovery key written on paper.

The key's own check characters name a mistyped group before anything is tried
(``storage.recovery_key.parse``); then, off the UI thread, the recovery slot opens
the vault and the passphrase slot is re-wrapped under the new passphrase.  The
recovery key stays valid.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.errors import RecoveryKeyMistyped
from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import recovery_key
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.look import ERROR_STYLE, OK_STYLE, heading
from mpi_desktop.ui.passphrase import NewPassphraseForm
from mpi_desktop.ui.runner import OpRunner

KEY_CHARS = recovery_key.GROUPS * recovery_key.GROUP_LEN


def cleaned_length(typed: str) -> int:
    return sum(1 for c in typed if not c.isspace() and c not in "-_.")


def recover_job(folder: Path, typed_key: str, new_passphrase: str) -> Vault:
    vault = Vault.unlock_with_recovery(folder, typed_key)
    try:
        vault.change_passphrase(new_passphrase, reason="recovery")
    except BaseException:
        vault.lock()
        raise
    return vault


class RecoveryPanel(QWidget):
    recovered = Signal(object)
    back_requested = Signal()

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryPanel")
        self.runner = runner
        self.folder = Path()
        self.last_error: BaseException | None = None

        self.title = heading(self, 1.4)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key_label = QLabel(self)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyInput")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.key.font().pointSizeF() * 1.15)
        self.key.setFont(mono)
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key.textChanged.connect(self._check_key)
        self.key_label.setBuddy(self.key)
        self.key_status = QLabel(self)
        self.key_status.setObjectName("recoveryKeyStatus")
        self.key_status.setWordWrap(True)
        self.form = NewPassphraseForm("recovery", self)
        self.form.changed.connect(self._update_button)
        self.error = QLabel(self)
        self.error.setObjectName("recoveryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("recoveryBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.button = QPushButton(self)
        self.button.setObjectName("recoveryButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.recover)
        self.back = QPushButton(self)
        self.back.setObjectName("recoveryBack")
        self.back.clicked.connect(self.back_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key)
        layout.addWidget(self.key_status)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setTabOrder(self.key, self.form.passphrase)
        self.setTabOrder(self.form.passphrase, self.form.confirm)
        self.setTabOrder(self.form.confirm, self.button)
        self.setTabOrder(self.button, self.back)
        self.retranslate()
        self._check_key()

    def retranslate(self) -> None:
        self.title.setText(translate("Recovery", "Recover access with the recovery key"))
        self.intro.setText(translate(
            "Recovery",
            "Type the recovery key written on paper when the vault was created (8 groups of 5 "
            "characters; dashes and spaces do not matter), then choose a new passphrase. The "
            "recovery key stays valid afterwards."))
        self.key_label.setText(translate("Recovery", "Recovery &key:"))
        self.key.setAccessibleName(translate("Recovery", "Recovery key"))
        self.button.setText(translate("Recovery", "Set the new passphrase and &unlock"))
        self.back.setText(translate("Recovery", "&Back"))
        self.form.retranslate()
        self._check_key()
        if self.last_error is not None:
            self.error.setText(describe(self.last_error))

    def reset(self) -> None:
        self.key.clear()
        self.form.clear()
        self.error.hide()
        self.last_error = None

    def _check_key(self) -> bool:
        """Report the key's state while typing; True when it is well-formed."""
        typed = self.key.text()
        count = cleaned_length(typed)
        ok = False
        style = ""
        if not typed:
            text = ""
        elif count < KEY_CHARS:
            text = translate("Recovery", "{count} of {total} characters.").format(
                count=count, total=KEY_CHARS)
        else:
            try:
                recovery_key.parse(typed)
            except RecoveryKeyMistyped as exc:
                text = describe(exc)
                style = ERROR_STYLE
            else:
                text = translate("Recovery", "The key is well-formed.")
                style = OK_STYLE
                ok = True
        self.key_status.setText(text)
        self.key_status.setStyleSheet(style)
        self._update_button()
        return ok

    def _update_button(self) -> None:
        self.button.setEnabled(not self.busy.isVisible())

    def recover(self) -> None:
        typed = self.key.text()
        try:
            recovery_key.parse(typed)
        except RecoveryKeyMistyped as exc:
            # A typo is named before anything is tried.
            self.show_error(exc, field=self.key)
            return
        if not self.form.acceptable:
            self.error.setText(translate(
                "Recovery", "Choose a new passphrase that meets the requirements above and "
                "type it twice."))
            self.error.show()
            self.form.passphrase.setFocus()
            return
        new = self.form.text()
        folder = self.folder
        self._set_busy(True)
        self.runner.run(lambda: recover_job(folder, typed, new),
                        on_done=self._done, on_error=lambda exc: self.show_error(exc))

    def _done(self, vault: object) -> None:
        self._set_busy(False)
        self.reset()
        self.recovered.emit(vault)

    def show_error(self, exc: BaseException, *, field: QLineEdit | None = None) -> None:
        self._set_busy(False)
        self.last_error = exc
        self.error.setText(describe(exc))
        self.error.show()
        target = field or self.key
        target.selectAll()
        target.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.key, self.form, self.button, self.back):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()
