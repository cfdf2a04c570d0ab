"""A notes box that saves itself: shortly after typing stops, on leaving it, on demand.

Interviews get interrupted; a note must not wait for a "Save" click.  The box
emits :attr:`NotesEdit.committed` with the text to store; the owner runs the
save off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Quiet time after the last keystroke before the note is saved.
SAVE_AFTER_MS = 1200


class NotesEdit(QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, max_height: int = 64) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(max_height)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._edited)

    def set_saved_text(self, text: str) -> None:
        """Show stored text without treating it as an edit."""
        self._timer.stop()
        self._saved = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    @property
    def pending(self) -> bool:
        return self.toPlainText() != self._saved

    def _edited(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def discard(self) -> None:
        self._timer.stop()
        self.set_saved_text(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
