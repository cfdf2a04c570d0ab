"""File choosers for evidence (private, non-blocking: see ``mpi_desktop.ui.files``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from mpi_desktop.ui import files


def choose_file(parent: QWidget, *, title: str, on_chosen: Callable[[Path], None]
                ) -> QFileDialog:
    return files.choose_open(parent, name="evidenceFileDialog", title=title,
                             on_chosen=on_chosen)


def choose_target(parent: QWidget, *, title: str, suggested: str,
                  on_chosen: Callable[[Path], None]) -> QFileDialog:
    return files.choose_save(parent, name="evidenceSaveDialog", title=title,
                             suggested=suggested, on_chosen=on_chosen)


def choose_new_folder(parent: QWidget, *, title: str, suggested: str,
                      on_chosen: Callable[[Path], None]) -> QFileDialog:
    """A name for a folder that does not exist yet (the package creates it)."""
    return files.choose_save(parent, name="evidenceFolderDialog", title=title,
                             suggested=suggested, on_chosen=on_chosen)
