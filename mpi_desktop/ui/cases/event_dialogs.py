"""Add or edit one aggression or one attention of a case."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mpi_desktop.domain import catalogs, validation
from mpi_desktop.domain.cases import Aggression, Attention
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.ui.cases import confirm, ops
from mpi_desktop.ui.cases.builders import build_aggression, build_attention, with_date
from mpi_desktop.ui.cases.edit_controller import EditController
from mpi_desktop.ui.cases.form import INVALID_STYLE, Form
from mpi_desktop.ui.cases.record_forms import (
    AGGRESSION_REQUIRED,
    AGGRESSION_ROWS,
    ATTENTION_REQUIRED,
    ATTENTION_ROWS,
    aggression_form,
    attention_form,
    form_layout,
    record_values,
)
from mpi_desktop.ui.session import Session

Event = Aggression | Attention


class EventDialog(QDialog):
    """Non-modal-loop dialog (``open()``); saves through the runner, issues inline."""

    done_saving = Signal(object)

    def __init__(self, session: Session, case_id: str, *, entity: str,
                 record: Event | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.entity = entity
        self.record = record
        self.setStyleSheet(INVALID_STYLE)
        aggression = entity == "aggression"
        rows: list[str]
        required: tuple[str, ...]
        self.setObjectName("aggressionDialog" if aggression else "attentionDialog")
        if aggression:
            self.setWindowTitle(translate("EventDialog", "Edit aggression") if record
                                else translate("EventDialog", "New aggression"))
            self.form: Form = aggression_form("aggression_", self)
            rows, required = AGGRESSION_ROWS, AGGRESSION_REQUIRED
            kind = drafts.EDIT_AGGRESSION
        else:
            self.setWindowTitle(translate("EventDialog", "Edit attention") if record
                                else translate("EventDialog", "New attention"))
            self.form = attention_form("attention_", self)
            rows, required = ATTENTION_ROWS, ATTENTION_REQUIRED
            kind = drafts.EDIT_ATTENTION
        layout_ = form_layout()
        self.labels: dict[str, QLabel | None] = {}
        for name in rows:
            self.labels[name] = self.form.row(layout_, name, required=name in required)
        if record is not None:
            self.form.load(record_values(record, self.form))
        elif aggression:
            self.form.load({"date_precision": "day"})
        else:
            self.form.load({"kind": "asesoria", "occurred_on": today_local()})
        self.edit = EditController(
            session, self.form, kind=kind, case_id=case_id, owner=self,
            title=lambda: "", target=lambda: record.id if record else "", parent=self)
        self.edit.new_record = record is None
        self.edit.save_op = self._save_op
        self.edit.validate = self._validate
        self.edit.saved.connect(self._saved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(self.form.prefix + "cancel")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general)
        layout.addLayout(layout_)
        layout.addWidget(self.edit.buttons())
        layout.addWidget(buttons)
        self.edit.save_button.setDefault(True)
        self._closing = False
        if not aggression:
            self.form["kind"].changed.connect(self._kind_changed)
            self._kind_changed()
        self.resize(620, 560 if aggression else 420)

    def _kind_changed(self) -> None:
        kind = catalogs.get("attention_types").get(self.form["kind"].value())
        needed = bool(kind and kind.get("requires_institution"))
        label = self.labels.get("institution")
        if label is not None:
            label.setText(self.form["institution"].label + (" *" if needed else ""))

    def restore(self, draft: Draft) -> None:
        self.edit.restore(draft)

    def _build(self, values: dict[str, Any]) -> tuple[Event, list[Issue]]:
        if self.record is not None:
            merged, issues = with_date(values)
            return replace(self.record, **merged), issues
        if self.entity == "aggression":
            return build_aggression(self.case_id, values)
        return build_attention(self.case_id, values)

    def _validate(self, values: dict[str, Any]) -> list[Issue]:
        record, issues = self._build(values)
        if isinstance(record, Aggression):
            return issues + [i for i in validation.validate_aggression(record)
                             if not issues or i.field != "occurred_on"]
        return issues + [i for i in validation.validate_attention(record)
                         if not issues or i.field != "occurred_on"]

    def _save_op(self, changes: dict[str, Any], draft_id: str | None) -> Any:
        records = self.session.records
        if self.record is None:
            record, _ = self._build(changes)
            new_changes: dict[str, Any] | None = None
        else:
            record, new_changes = self.record, changes
        if isinstance(record, Aggression):
            agg = record
            return lambda: ops.save_aggression(records, agg, new_changes, draft_id)
        att = record
        return lambda: ops.save_attention(records, att, new_changes, draft_id)

    def _saved(self, result: Any) -> None:
        self._closing = True
        self.done_saving.emit(result)
        self.accept()

    def reject(self) -> None:
        if self._closing or not self.edit.dirty:
            self.edit.keeper.discard()
            super().reject()
            return

        def answer(button: confirm.Button) -> None:
            if button == confirm.Button.Save:
                self.edit.save()
            elif button == confirm.Button.Discard:
                self.edit.keeper.discard()
                self._closing = True
                super(EventDialog, self).reject()

        confirm.unsaved(self, on_answer=answer)

    def prepare_lock(self) -> None:
        self.edit.prepare_lock()
        self._closing = True
        super().reject()
