"""Storage operations off the UI thread (Anki's pattern).

Every read or write the UI makes goes through :meth:`OpRunner.run`: the callable
runs on one background thread (one, because the vault has one connection and
operations must not interleave), and its result or exception comes back on the
UI thread through the callbacks.  The UI never holds a cursor.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, token: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.token, self.fn, self.relay = token, fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the UI thread, shown by one helper
            self.relay.failed.emit(self.token, exc)
        else:
            self.relay.done.emit(self.token, result)


def alive(obj: QObject | None) -> bool:
    """False once Qt deleted the C++ side of ``obj``."""
    return obj is not None and shiboken6.isValid(obj)


def _guarded(owner: QObject, on_done: Callable[[Any], None] | None,
             on_error: Callable[[BaseException], None] | None
             ) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
    def done(result: Any) -> None:
        if alive(owner) and on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not alive(owner):
            return
        if on_error is not None:
            on_error(exc)
        else:
            from mpi_desktop.ui.errors import show_error

            show_error(owner if isinstance(owner, QWidget) else None, exc)

    return done, failed


class OpRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None,
                                       Callable[[BaseException], None] | None]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None) -> int:
        """Run ``fn`` off the UI thread; report back on the UI thread.

        With ``owner``, the callbacks are dropped if Qt deleted it meanwhile (the
        vault locked or the form closed before the answer arrived), and a failure
        without ``on_error`` is shown over it.
        """
        if owner is not None:
            on_done, on_error = _guarded(owner, on_done, on_error)
        token = next(self._tokens)
        was_busy = self.busy
        self._pending[token] = (on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(token, fn, self._relay))
        return token

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until queued work finished (lock, shutdown, tests).  Callbacks still
        arrive through the event loop."""
        return self._pool.waitForDone(msecs)

    def detach(self) -> None:
        """Forget every pending callback: their widgets are about to be deleted (lock).

        Work already queued still runs to its end (a write commits or rolls back as
        a whole); only its report to the UI is dropped.
        """
        had_pending = bool(self._pending)
        self._pending.clear()
        if had_pending:
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _on_done(self, token: int, result: object) -> None:
        on_done, _ = self._pending.pop(token, (None, None))
        try:
            if on_done is not None:
                on_done(result)
        finally:
            self._after()

    @Slot(int, object)
    def _on_failed(self, token: int, exc: BaseException) -> None:
        _, on_error = self._pending.pop(token, (None, None))
        try:
            if on_error is not None:
                on_error(exc)
            else:
                from PySide6.QtWidgets import QApplication

                from mpi_desktop.ui.errors import show_error

                show_error(QApplication.activeWindow(), exc)
        finally:
            self._after()

    def _after(self) -> None:
        if not self._pending:
            self.busy_changed.emit(False)
