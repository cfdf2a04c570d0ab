"""File choosers for evidence, without a blocking modal loop and without traces.

Qt's own dialog is used rather than the platform's: platform dialogs may add
chosen files to the desktop's "recent files" list, which would record the name
of a victim's screenshot outside the vault.  Qt's dialog remembers its last
folder and history in its own settings; both are reset to the home folder
before it closes.  Tests call the callbacks directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QWidget


def _private(dialog: QFileDialog, name: str) -> QFileDialog:
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])

    def forget(_result: int) -> None:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        dialog.deleteLater()

    dialog.finished.connect(forget)
    return dialog


def choose_file(parent: QWidget, *, title: str, on_chosen: Callable[[Path], None]
                ) -> QFileDialog:
    dialog = _private(QFileDialog(parent, title), "evidenceFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def choose_target(parent: QWidget, *, title: str, suggested: str,
                  on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = _private(QFileDialog(parent, title), "evidenceSaveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def choose_new_folder(parent: QWidget, *, title: str, suggested: str,
                      on_chosen: Callable[[Path], None]) -> QFileDialog:
    """A name for a folder that does not exist yet (the package creates it)."""
    dialog = _private(QFileDialog(parent, title), "evidenceFolderDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog
