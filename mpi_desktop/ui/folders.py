"""Choosing a vault folder without a blocking modal loop (tests drive the callback)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from mpi_desktop.ui import files


def pick_folder(parent: QWidget, *, title: str, start: Path,
                on_chosen: Callable[[Path], None]) -> QFileDialog:
    return files.choose_folder(parent, name="folderDialog", title=title, start=start,
                               on_chosen=on_chosen)
