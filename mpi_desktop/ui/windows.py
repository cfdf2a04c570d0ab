"""Walking the application's top-level windows safely.

``QApplication.topLevelWidgets()`` hands back Python wrappers for every window,
including ones Qt created itself (combo box popups, menus).  If the garbage collector
runs while that list is walked, it can delete a widget tree whose child windows are
in the list, and the next call on such a wrapper reads freed memory (a segmentation
fault inside shiboken, not a Python error).  Collection is therefore paused for the
walk; it is short and allocates little.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


@contextmanager
def top_level_windows() -> Iterator[list[QWidget]]:
    """The open top-level windows, valid for the duration of the ``with`` block."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield list(QApplication.topLevelWidgets())
    finally:
        if collecting:
            gc.enable()
