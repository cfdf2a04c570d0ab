"""Autosave of a form's unsaved state into the vault (Tella's lesson: a lock or a
crash must never lose what a person told us).

While the form is dirty a timer saves a snapshot every few seconds, off the UI
thread.  ``flush_sync`` saves right now and waits — the section calls it before
the vault locks.  ``discard`` deletes the draft once the edit was saved or the
user threw it away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mpi_desktop.storage import drafts
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.session import Session

AUTOSAVE_MS = 3000

#: (title, payload) of the form right now.
Snapshot = Callable[[], tuple[str, dict[str, Any]]]


class DraftKeeper(QObject):
    #: A snapshot reached the vault (argument: the instant, UTC ISO).
    saved = Signal(str)
    #: Autosave failed; the form keeps its text and the next tick retries.
    failed = Signal(object)

    def __init__(self, session: Session, *, kind: str, snapshot: Snapshot,
                 case_id: str | None = None, interval_ms: int = AUTOSAVE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.case_id = case_id
        self.snapshot = snapshot
        self.draft_id = drafts.new_draft_id()
        self.exists = False  # a row for draft_id is (or is about to be) in the vault
        self._dirty = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def adopt(self, draft_id: str) -> None:
        """Keep saving into a draft recovered from the vault."""
        self.draft_id = draft_id
        self.exists = True

    def mark_dirty(self) -> None:
        if self._stopped:
            return
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def _save_fn(self) -> Callable[[], drafts.DraftInfo]:
        title, payload = self.snapshot()
        vault, draft_id, kind, case_id = (self.session.vault, self.draft_id, self.kind,
                                          self.case_id)

        def save() -> drafts.DraftInfo:
            return drafts.save(vault, draft_id=draft_id, kind=kind, title=title,
                               payload=payload, case_id=case_id)
        return save

    def flush(self) -> None:
        """Save now (off the UI thread) if there is anything new."""
        if not self._dirty or self._stopped:
            self._timer.stop()
            return
        fn = self._save_fn()
        self._dirty = False
        self.exists = True
        asyncops.run(self.session, self, fn, on_done=self._done, on_error=self._failed)

    def flush_sync(self) -> None:
        """Save now and wait until it is committed (before a lock)."""
        self.flush()
        self.session.runner.wait_idle()

    def _done(self, info: drafts.DraftInfo) -> None:
        self.saved.emit(info.updated_at)

    def _failed(self, exc: BaseException) -> None:
        self._dirty = True  # try again at the next tick
        self.failed.emit(exc)

    def stop(self) -> None:
        """No more saves (the form is closing or the vault is about to lock)."""
        self._stopped = True
        self._timer.stop()

    def resume(self) -> None:
        self._stopped = False
        if self._dirty:
            self._timer.start()

    def discard(self, *, reason: str = "discarded") -> None:
        """Forget the draft: delete it from the vault if it reached it."""
        self._dirty = False
        self._timer.stop()
        if not self.exists:
            return
        vault, draft_id = self.session.vault, self.draft_id
        self.exists = False
        self.session.runner.run(lambda: drafts.delete(vault, draft_id, reason=reason),
                                on_error=lambda _exc: None)

    def restart(self) -> None:
        """Start afresh with a new draft id (a new interview, a new edit)."""
        self._dirty = False
        self._stopped = False
        self._timer.stop()
        self.draft_id = drafts.new_draft_id()
        self.exists = False
