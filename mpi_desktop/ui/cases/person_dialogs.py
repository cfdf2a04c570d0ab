"""Dialogs of the "Persona y vínculos" tab: a new linked person, link an existing one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import validation
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.ui.cases import asyncops, confirm, ops
from mpi_desktop.ui.cases.builders import person_from_values
from mpi_desktop.ui.cases.edit_controller import EditController
from mpi_desktop.ui.cases.fields import ChoiceField
from mpi_desktop.ui.cases.form import INVALID_STYLE
from mpi_desktop.ui.cases.record_forms import form_layout, person_form, person_layout
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session


def role_field(label: str) -> ChoiceField:
    return ChoiceField("role", label, catalog="link_roles", blank=None)


class NewPersonDialog(QDialog):
    """A new person linked to the case (family member, colleague, witness...)."""

    done_saving = Signal(object)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        self.setWindowTitle(translate("PeopleTab", "Add a linked person"))
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.case_id = case_id
        self.form = person_form("newPerson_", parent=self)
        self.form.add(role_field(translate("PeopleTab", "&Role in the case")))
        self.form.load({"role": "familiar", "profile": "familiar"})
        self.edit = EditController(
            session, self.form, kind=drafts.EDIT_PERSON, case_id=case_id, owner=self,
            title=lambda: self.form["given_names"].plain(), target=lambda: "", parent=self)
        self.edit.new_record = True
        self.edit.save_op = self._save_op
        self.edit.validate = self._validate
        self.edit.saved.connect(self._saved)
        role_box = QWidget()
        role_layout = form_layout()
        role_layout.setContentsMargins(0, 0, 0, 0)
        self.form.row(role_layout, "role", required=True)
        role_box.setLayout(role_layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(person_layout(self.form, extra_top=role_box))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("newPerson_cancel")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.edit.buttons())
        layout.addWidget(buttons)
        self.edit.save_button.setDefault(True)
        self.resize(720, 640)
        self._closing = False

    def restore(self, draft: Draft) -> None:
        self.edit.restore(draft)

    def _validate(self, values: dict[str, Any]) -> list[Issue]:
        return validation.validate_person(person_from_values(values))

    def _save_op(self, values: dict[str, Any], draft_id: str | None) -> Any:
        person = person_from_values(values)
        role = str(values.get("role") or "familiar")
        records, case_id = self.session.records, self.case_id
        return lambda: ops.add_person(records, case_id=case_id, person=person, role=role,
                                      draft_id=draft_id)

    def save(self) -> None:
        self.edit.save()

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
                self.save()
            elif button == confirm.Button.Discard:
                self.edit.keeper.discard()
                self._closing = True
                super(NewPersonDialog, self).reject()

        confirm.unsaved(self, on_answer=answer)

    def prepare_lock(self) -> None:
        self.edit.prepare_lock()
        self._closing = True
        super().reject()


class LinkPersonDialog(QDialog):
    """Link a person who is already on another case (searched by name or alias)."""

    linked = Signal(object)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkPersonDialog")
        self.setWindowTitle(translate("PeopleTab", "Link an existing person"))
        self.session = session
        self.case_id = case_id
        self.search = QLineEdit()
        self.search.setObjectName("linkSearch")
        self.search.setPlaceholderText(translate("PeopleTab", "Name or alias"))
        self.results = QListWidget()
        self.results.setObjectName("linkResults")
        self.results.setAccessibleName(translate("PeopleTab", "People found"))
        self.role = role_field(translate("PeopleTab", "&Role in the case"))
        self.role.apply_names("link_")
        self.role.set_value("familiar")
        self.hint = QLabel()
        self.hint.setObjectName("linkHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        search_label = QLabel(translate("PeopleTab", "&Search:"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        role_label = QLabel(self.role.label)
        role_label.setBuddy(self.role.combo)
        form.addRow(role_label, self.role.widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("PeopleTab", "&Link to this case"))
        ok.setObjectName("linkButton")
        ok.setEnabled(False)
        self.buttons.accepted.connect(self._link)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(
            lambda item, _prev: ok.setEnabled(item is not None))
        self.results.itemActivated.connect(lambda _item: self._link())
        self._generation = 0
        self.resize(560, 420)

    def _run_search(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        records, case_id = self.session.records, self.case_id
        asyncops.run(self.session, self,
                     lambda: ops.find_people(records, text, exclude_case=case_id),
                     on_done=lambda hits: self._show(generation, hits))

    def _show(self, generation: int, hits: list[ops.PersonHit]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(translate("PeopleTab", "{name} — case {folio}").format(
                name=hit.person.full_name, folio=hit.folio))
            item.setData(Qt.ItemDataRole.UserRole, hit.person.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.hint.setText("" if hits or not self.search.text().strip()
                          else translate("PeopleTab", "Nobody found on other cases."))

    def _link(self) -> None:
        row = self.results.currentRow()
        if row < 0:
            return
        item = self.results.item(row)
        person_id = str(item.data(Qt.ItemDataRole.UserRole))
        role = self.role.value() or "familiar"
        records, case_id = self.session.records, self.case_id
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)

        def linked(case: Any) -> None:
            self.linked.emit(case)
            self.accept()

        def failed(exc: BaseException) -> None:
            ok.setEnabled(True)
            show_error(self, exc)

        asyncops.run(self.session, self,
                     lambda: ops.link_person(records, case_id=case_id, person_id=person_id,
                                             role=role),
                     on_done=linked, on_error=failed)
