"""Run a storage operation for a widget that may be gone when the answer arrives.

The runner delivers results through the event loop; by then the user may have
locked the vault or closed the form, and Qt has deleted the widget.  Calling into
a deleted widget raises inside a Qt slot, so every callback is guarded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session


def alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def run(session: Session, owner: QObject, fn: Callable[[], Any], *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None) -> int:
    """``session.runner.run`` with callbacks dropped when ``owner`` was deleted."""

    def done(result: Any) -> None:
        if alive(owner) and on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not alive(owner):
            return
        if on_error is not None:
            on_error(exc)
        else:
            show_error(owner if isinstance(owner, QWidget) else None, exc)

    return session.runner.run(fn, on_done=done, on_error=failed)
