"""The one helper that shows a failure to the user (SECURITY/STYLE: no traceback dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from mpi_desktop.errors import MpiError
from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe

log = logging.getLogger("mpi_desktop.ui")
#: Boxes without a parent window, kept alive until closed (Python would collect them).
_open_boxes: set[QMessageBox] = set()


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None
               ) -> QMessageBox:
    """Non-blocking, window-modal message; tests find it by objectName ``errorDialog``."""
    if not isinstance(exc, MpiError):
        # Type only: a message could contain case data, and logs are plaintext.
        log.error("unexpected failure: %s", type(exc).__name__)
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Errors", "MPI Desktop"))
    box.setText(describe(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _forget(box))
    box.open()
    return box


def _forget(box: QMessageBox) -> None:
    _open_boxes.discard(box)
    box.deleteLater()
