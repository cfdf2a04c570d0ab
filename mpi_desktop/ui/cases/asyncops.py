"""Run a storage operation for a widget that may be gone when the answer arrives.

The runner delivers results through the event loop; by then the user may have
locked the vault or closed the form, and Qt has deleted the widget.  The
runner's ``owner=`` drops the callbacks of a deleted widget; this keeps the
short call the case screens use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from mpi_desktop.ui.runner import alive
from mpi_desktop.ui.session import Session

__all__ = ["alive", "run"]


def run(session: Session, owner: QObject, fn: Callable[[], Any], *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None) -> int:
    """``session.runner.run`` with callbacks dropped when ``owner`` was deleted."""
    return session.runner.run(fn, owner=owner, on_done=on_done, on_error=on_error)
