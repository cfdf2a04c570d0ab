"""A small dialog that asks for the vault passphrase and checks it off the UI thread.

Interview mode asks it before showing other cases again; the settings dialog asks it
before re-wrapping the key with new KDF parameters.  A wrong passphrase keeps the
dialog open with an inline error and the text selected, like the unlock screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.ui.passcheck import verify_passphrase
from mpi_desktop.ui.passphrase import CapsLockLabel, PassphraseEdit
from mpi_desktop.ui.session import Session


class PassphrasePrompt(QDialog):
    """Emits ``succeeded(result)`` after the passphrase checked out and ``then`` ran."""

    succeeded = Signal(object)

    def __init__(self, session: Session, *, title: str, message: str,
                 then: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrasePrompt")
        self.setWindowTitle(title)
        self.session = session
        self._then = then
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.field = PassphraseEdit(self)
        self.field.setObjectName("promptPassphrase")
        self.field.setAccessibleName(translate("Prompt", "Passphrase"))
        self.caps = CapsLockLabel(self.field, name="promptCapsLock", parent=self)
        self.error = QLabel(self)
        self.error.setObjectName("promptError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a93226;")
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("promptBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("promptButtons")
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.field, self.caps, self.error, self.busy,
                       self.buttons):
            layout.addWidget(widget)
        self.last_error: BaseException | None = None
        self.field.setFocus()

    def check(self) -> None:
        text = self.field.text()
        if not text:
            self._fail(None)
            return
        self._set_busy(True)
        vault, then = self.session.vault, self._then

        def job() -> object:
            verify_passphrase(vault, text)
            return then(text) if then is not None else None

        self.session.runner.run(job, on_done=self._done, on_error=self._fail)

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.field.clear()
        self.succeeded.emit(result)
        self.accept()

    def _fail(self, exc: BaseException | None) -> None:
        self._set_busy(False)
        self.last_error = exc
        self.error.setText(translate("Prompt", "Enter the passphrase.") if exc is None
                           else describe(exc))
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
