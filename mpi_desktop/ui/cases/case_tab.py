"""The "Expediente" tab: the case's own fields (status, procedure, origin, dates...)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from mpi_desktop.domain import validation
from mpi_desktop.domain.cases import Case
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.ui.cases import asyncops, ops
from mpi_desktop.ui.cases.edit_controller import EditController
from mpi_desktop.ui.cases.fields import ChoiceField, DateField
from mpi_desktop.ui.cases.form import INVALID_STYLE
from mpi_desktop.ui.cases.record_forms import case_form, case_layout, record_values
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab


class CaseFormTab(CaseTab):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("caseFormTab")
        self.setStyleSheet(INVALID_STYLE)
        self.case: Case | None = None
        self.form = case_form("case_", self)
        self.edit = EditController(
            session, self.form, kind=drafts.EDIT_CASE, case_id=case_id, owner=self,
            title=lambda: self.case.folio if self.case else "", target=lambda: case_id,
            parent=self)
        self.edit.save_op = self._save_op
        self.edit.validate = self._validate
        self.edit.saved.connect(self._saved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(case_layout(self.form))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.edit.buttons())
        status = self.form["status"]
        assert isinstance(status, ChoiceField)
        status.combo.currentIndexChanged.connect(self._status_changed)
        self._loaded = False

    def title(self) -> str:
        return translate("CaseView", "Case file")

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        asyncops.run(self.session, self,
                     lambda: ops.tab_data(self.session.records, self.case_id, drafts.EDIT_CASE),
                     on_done=self._loaded_data)

    def _loaded_data(self, data: ops.TabData) -> None:
        self.case = data.bundle.case
        if not self.form.dirty:
            self.edit.load(record_values(self.case, self.form))
        if not self._loaded:
            self._loaded = True
            if data.drafts and self.edit.restore(data.drafts[0]):  # the newest
                self.status_message.emit(translate(
                    "CaseView", "Unsaved changes to the case file were recovered."))
            stale = [d.id for d in data.drafts[1:]]  # left by an earlier crash
            if stale:
                vault = self.session.vault
                asyncops.run(self.session, self, lambda: [
                    drafts.delete(vault, d, reason="superseded") for d in stale])

    # --- rules that help while typing ------------------------------------------------------------
    def _status_changed(self) -> None:
        """Fill the date a status needs and clear what only a concluded case may hold,
        so the caseworker is not sent back by a validation error for it."""
        if self.form.loading:  # being filled from a record or a draft, not edited
            return
        status = self.form["status"].value()
        today = today_local()
        closed_on = self.form["closed_on"]
        incorporated = self.form["incorporated_on"]
        assert isinstance(closed_on, DateField) and isinstance(incorporated, DateField)
        if status == "concluido" and closed_on.value() is None:
            closed_on.set_value(today)
        if status != "concluido":
            closed_on.set_value(None)
            self.form["closing_reason"].set_value(None)
        if status == "incorporado" and incorporated.value() is None:
            incorporated.set_value(today)

    def _validate(self, values: dict[str, Any]) -> list[Issue]:
        if self.case is None:
            return []
        candidate = replace(self.case, **{k: v for k, v in values.items()
                                          if k != "opened_on" or v is not None})
        issues = validation.validate_case(candidate)
        if values.get("opened_on") is None:
            issues.append(Issue("opened_on", "required"))
        return [i for i in issues if not i.field.startswith("participants")]

    def _save_op(self, changes: dict[str, Any], draft_id: str | None) -> Any:
        records, case_id = self.session.records, self.case_id
        return lambda: ops.update_case(records, case_id, changes, draft_id)

    def _saved(self, case: Case) -> None:
        self.case = case
        self.edit.load(record_values(case, self.form))
        self.status_message.emit(translate("CaseView", "Case file {folio} saved.").format(
            folio=case.folio))
        self.changed.emit()

    # --- CaseTab hooks ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.form.dirty

    def save_changes(self, done: Any) -> None:
        self.edit.save(done)

    def discard_changes(self) -> None:
        self.edit.revert()

    def prepare_lock(self) -> None:
        self.edit.prepare_lock()
