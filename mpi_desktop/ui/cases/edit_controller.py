"""Saving one form: inline validation, Save/Revert buttons, autosaved draft.

Shared by the case view's tabs and dialogs.  The form is validated in the domain
before anything is sent; issues appear next to their fields.  While a save runs
the buttons are disabled.  Unsaved edits are autosaved as a draft and offered
back when the case is opened again (after a lock, a crash or a kill).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mpi_desktop.domain.validation import Issue, ValidationFailed
from mpi_desktop.i18n import translate
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.ui.cases import asyncops, labels
from mpi_desktop.ui.cases.drafting import DraftKeeper
from mpi_desktop.ui.cases.form import Form
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session

#: Given the changed values (or all, for a new record) and the draft to drop in
#: the same transaction, the storage operation to run.
SaveOp = Callable[[dict[str, Any], str | None], Callable[[], Any]]
Validate = Callable[[dict[str, Any]], list[Issue]]


class EditController(QObject):
    saved = Signal(object)
    saving_changed = Signal(bool)
    dirty_changed = Signal(bool)

    def __init__(self, session: Session, form: Form, *, kind: str, case_id: str | None,
                 title: Callable[[], str], target: Callable[[], str],
                 owner: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = form
        self.owner = owner
        self._target = target
        self.keeper = DraftKeeper(
            session, kind=kind, case_id=case_id, parent=self,
            snapshot=lambda: (title(), {"target": target(), "values": form.plain()}))
        self.keeper.failed.connect(self._autosave_failed)
        self.saving = False
        #: A new record sends every value; an edit sends only what changed.
        self.new_record = False
        self._was_dirty = False
        prefix = form.prefix
        self.save_button = QPushButton(translate("CaseForms", "&Save"))
        self.save_button.setObjectName(prefix + "save")
        self.revert_button = QPushButton(translate("CaseForms", "Undo changes"))
        self.revert_button.setObjectName(prefix + "revert")
        self.notice = QLabel()
        self.notice.setObjectName(prefix + "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        form.changed.connect(self._changed)
        self.save_op: SaveOp | None = None
        self.validate: Validate = lambda _values: []
        self._update_buttons()

    def buttons(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice, 1)
        layout.addStretch(1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)
        return row

    # --- state -----------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def _changed(self) -> None:
        dirty = self.form.dirty
        if dirty:
            self.keeper.mark_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.form.dirty
        self.save_button.setEnabled(dirty and not self.saving)
        self.revert_button.setEnabled(dirty and not self.saving)

    def _autosave_failed(self, _exc: BaseException) -> None:
        self.notice.setText(translate(
            "CaseForms", "Could not keep a draft of these changes; save them soon."))
        self.notice.show()

    def load(self, values: dict[str, Any]) -> None:
        """Show the saved record as the clean state of the form."""
        self.form.load(values)
        self._changed()

    def restore(self, draft: Draft) -> bool:
        """Put a recovered draft's text back; False when it held no real change."""
        values = draft.payload.get("values")
        if not isinstance(values, dict):
            return False
        self.form.set_plain(values)
        self.keeper.adopt(draft.id)
        if not self.form.dirty:
            self.keeper.discard(reason="unchanged")
            return False
        self.notice.setText(translate(
            "CaseForms", "Recovered unsaved changes from {when}. Save them or undo them."
        ).format(when=labels.fmt_instant(draft.updated_at)))
        self.notice.show()
        self._changed()
        return True

    # --- actions ---------------------------------------------------------------------------------
    def save(self, done: Callable[[bool], None] | None = None, *, new: bool = False) -> None:
        finish = done or (lambda _ok: None)
        if self.saving or self.save_op is None:
            finish(False)
            return
        unparsed = self.form.parse_issues()
        # Text that is not a date says so; the domain's view of that field would
        # only add "required" on top.
        skip = {i.field for i in unparsed}
        issues = unparsed + [i for i in self.validate(self.form.values())
                             if i.field.split(".")[0] not in skip]
        if issues:
            first = self.form.show_issues(issues)
            if first is not None:
                first.setFocus()
            finish(False)
            return
        self.form.clear_issues()
        changes = (self.form.values() if new or self.new_record
                   else self.form.changed_values())
        draft_id = self.keeper.draft_id if self.keeper.exists else None
        fn = self.save_op(changes, draft_id)
        self.keeper.stop()
        self._set_saving(True)

        def ok(result: Any) -> None:
            self._set_saving(False)
            self.form.mark_clean()
            self.keeper.restart()
            self.notice.hide()
            self._changed()
            self.saved.emit(result)
            finish(True)

        def failed(exc: BaseException) -> None:
            self._set_saving(False)
            self.keeper.resume()
            self.keeper.mark_dirty()
            if isinstance(exc, ValidationFailed):
                first = self.form.show_issues(exc.issues)
                if first is not None:
                    first.setFocus()
            else:
                show_error(self.owner, exc)
            finish(False)

        asyncops.run(self.session, self.owner, fn, on_done=ok, on_error=failed)

    def _set_saving(self, on: bool) -> None:
        self.saving = on
        self._update_buttons()
        self.saving_changed.emit(on)

    def revert(self) -> None:
        self.form.revert()
        self.keeper.discard()
        self.notice.hide()
        self._changed()

    def prepare_lock(self) -> None:
        if self.form.dirty:
            self.keeper.mark_dirty()
            self.keeper.flush_sync()
        self.keeper.stop()
