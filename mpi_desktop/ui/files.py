"""File and folder choosers that leave no trace and never block.

Qt's own dialog is used rather than the platform's: platform dialogs may add the
chosen file to the desktop's "recent files" list, which would record the name of
an export, a backup or a victim's screenshot outside the vault.  Qt's dialog
remembers its last folder and history in its own settings; both are reset to the
home folder before it closes.  Every chooser is opened with ``open()`` (no nested
event loop); tests find it by objectName and call the callback directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QWidget


def private(dialog: QFileDialog, name: str, *, start: Path | None = None) -> QFileDialog:
    """Qt's own dialog, no history, starting at ``start`` (or home), forgotten on close."""
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    if start is not None:
        dialog.setDirectory(str(start if start.is_dir() else start.parent))
    else:
        dialog.setDirectory(QDir.homePath())

    def forget(_result: int) -> None:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        dialog.deleteLater()

    dialog.finished.connect(forget)
    return dialog


def _open(dialog: QFileDialog, on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def choose_open(parent: QWidget | None, *, name: str, title: str, on_chosen: Callable[[Path], None],
                filters: Sequence[str] = ()) -> QFileDialog:
    """An existing file to read."""
    dialog = private(QFileDialog(parent, title), name)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilters(list(filters))
    return _open(dialog, on_chosen)


def choose_save(parent: QWidget | None, *, name: str, title: str, suggested: str,
                on_chosen: Callable[[Path], None], filters: Sequence[str] = (),
                suffix: str = "") -> QFileDialog:
    """Where to write a new file (or a folder the caller creates); Qt asks before
    replacing an existing file."""
    dialog = private(QFileDialog(parent, title), name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if filters:
        dialog.setNameFilters(list(filters))
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested)
    return _open(dialog, on_chosen)


def choose_folder(parent: QWidget | None, *, name: str, title: str, start: Path | None,
                  on_chosen: Callable[[Path], None]) -> QFileDialog:
    """An existing folder (the vault's, the packet's)."""
    dialog = private(QFileDialog(parent, title), name, start=start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _open(dialog, on_chosen)
