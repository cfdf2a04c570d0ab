"""Choosing a vault folder without a blocking modal loop (tests drive the callback)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def pick_folder(parent: QWidget, *, title: str, start: Path,
                on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start if start.exists() else start.parent))
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
