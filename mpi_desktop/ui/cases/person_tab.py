"""The "Persona y vínculos" tab: the people on the case, the form of one of them,
and the ARCO rights of that person (access, rectification, cancellation,
opposition — the dialogs live in ``ui.data``)."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import validation
from mpi_desktop.domain.cases import Case
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import drafts
from mpi_desktop.storage.arco import CancelReport
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.storage.records import CaseBundle
from mpi_desktop.ui.cases import asyncops, confirm, labels, ops
from mpi_desktop.ui.cases.edit_controller import EditController
from mpi_desktop.ui.cases.form import INVALID_STYLE
from mpi_desktop.ui.cases.person_dialogs import LinkPersonDialog, NewPersonDialog, role_field
from mpi_desktop.ui.cases.record_forms import form_layout, person_form, person_layout
from mpi_desktop.ui.cases.record_forms import record_values as person_values
from mpi_desktop.ui.cases.row_fields import ContactsField
from mpi_desktop.ui.data.arco_dialogs import CancelDialog, OppositionDialog
from mpi_desktop.ui.data.export_dialog import ExportDialog
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab

ROLE_COLUMN, PROFILE_COLUMN = 1, 2


class PeopleTab(CaseTab):
    #: A person was erased by an ARCO cancellation (the case view closes or reloads).
    person_erased = Signal(object)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("peopleTab")
        self.setStyleSheet(INVALID_STYLE)
        self.bundle: CaseBundle | None = None
        self.person_id: str | None = None
        self.dialog: NewPersonDialog | LinkPersonDialog | None = None
        self.arco_dialog: QDialog | None = None
        self._interview = False
        self._restored = False

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(translate("PeopleTab", "People on the case"))
        self.table.setHorizontalHeaderLabels([translate("PeopleTab", "Name"),
                                              translate("PeopleTab", "Role in the case"),
                                              translate("PeopleTab", "Profile")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROFILE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(self._row_changed)

        self.add_button = QPushButton(translate("PeopleTab", "&Add linked person…"))
        self.add_button.setObjectName("addPersonButton")
        self.add_button.clicked.connect(self.add_person)
        self.link_button = QPushButton(translate("PeopleTab", "Link e&xisting person…"))
        self.link_button.setObjectName("linkPersonButton")
        self.link_button.clicked.connect(self.link_person)
        self.primary_button = QPushButton(translate("PeopleTab", "Make &main beneficiary"))
        self.primary_button.setObjectName("makePrimaryButton")
        self.primary_button.clicked.connect(self.make_primary)
        self.unlink_button = QPushButton(translate("PeopleTab", "Remove from the case…"))
        self.unlink_button.setObjectName("unlinkPersonButton")
        self.unlink_button.clicked.connect(self.unlink)
        actions = QHBoxLayout()
        for button in (self.add_button, self.link_button, self.primary_button,
                       self.unlink_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.arco_box = self._arco_box()

        self.form = person_form("person_", copy_buttons=True, parent=self)
        # Opposition is recorded through its ARCO dialog (audited as such), not typed.
        for name in ("arco_opposition", "opposition_date"):
            self.form[name].set_enabled(False)
        self.form.add(role_field(translate("PeopleTab", "&Role in the case")))
        contacts = self.form["contacts"]
        assert isinstance(contacts, ContactsField)
        contacts.copy_requested.connect(self._copy)
        self.edit = EditController(
            session, self.form, kind=drafts.EDIT_PERSON, case_id=case_id, owner=self,
            title=lambda: self.form["given_names"].plain(),
            target=lambda: self.person_id or "", parent=self)
        self.edit.save_op = self._save_op
        self.edit.validate = self._validate
        self.edit.saved.connect(self._saved)
        role_box = QWidget()
        role_layout = form_layout()
        role_layout.setContentsMargins(0, 0, 0, 0)
        self.form.row(role_layout, "role", required=True)
        role_box.setLayout(role_layout)
        self.form_title = QLabel()
        self.form_title.setObjectName("personFormTitle")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(person_layout(self.form, extra_top=role_box))
        form_box = QWidget()
        form_layout_ = QVBoxLayout(form_box)
        form_layout_.setContentsMargins(0, 0, 0, 0)
        form_layout_.addWidget(self.form_title)
        form_layout_.addWidget(scroll, 1)
        form_layout_.addWidget(self.edit.buttons())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.arco_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(form_box)
        split.setStretchFactor(1, 3)
        row_height = self.table.fontMetrics().height() + 10
        split.setSizes([row_height * 9, row_height * 30])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_actions()

    def _arco_box(self) -> QGroupBox:
        box = QGroupBox(translate("PeopleTab", "ARCO rights of the selected person"))
        box.setObjectName("arcoBox")
        self.arco_access = QPushButton(translate("PeopleTab", "A&ccess: export their data…"))
        self.arco_access.setObjectName("arcoAccessButton")
        self.arco_access.setToolTip(translate(
            "PeopleTab", "An encrypted file with everything about this person, to hand over"))
        self.arco_access.clicked.connect(self.arco_export)
        self.arco_oppose = QPushButton(translate("PeopleTab", "&Opposition…"))
        self.arco_oppose.setObjectName("arcoOppositionButton")
        self.arco_oppose.clicked.connect(self.arco_opposition)
        self.arco_cancel = QPushButton(translate("PeopleTab", "Cancellation: &erase…"))
        self.arco_cancel.setObjectName("arcoCancelButton")
        self.arco_cancel.clicked.connect(self.arco_cancellation)
        self.arco_state = QLabel()
        self.arco_state.setObjectName("arcoState")
        hint = QLabel(translate(
            "PeopleTab", "Rectification: correct the data in the form below and save; the "
            "History tab keeps the previous values."))
        hint.setObjectName("arcoRectificationHint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.arco_access, self.arco_oppose, self.arco_cancel):
            row.addWidget(button)
        row.addWidget(self.arco_state, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(hint)
        return box

    def title(self) -> str:
        return translate("CaseView", "Person and links")

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        asyncops.run(self.session, self,
                     lambda: ops.tab_data(self.session.records, self.case_id, drafts.EDIT_PERSON),
                     on_done=self._loaded)

    def _loaded(self, data: ops.TabData) -> None:
        self.bundle = data.bundle
        case = data.bundle.case
        keep = self.person_id or case.primary_person_id
        self.table.blockSignals(True)
        self.table.setRowCount(len(case.participants))
        for row, part in enumerate(case.participants):
            person = data.bundle.people.get(part.person_id)
            name = labels.person_name(person)
            if part.is_primary:
                name = translate("PeopleTab", "{name} (main beneficiary)").format(name=name)
            cells = (name, labels.label("link_roles", part.role),
                     labels.label("profiles", person.profile if person else None))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, part.person_id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        target = next((i for i, p in enumerate(case.participants) if p.person_id == keep), 0)
        if case.participants:
            self.table.setCurrentCell(target, 0)
            self._show_person(case.participants[target].person_id)
        if not self._restored:
            self._restored = True
            self._restore_drafts(data.drafts)
        self._update_actions()

    def _restore_drafts(self, found: list[Draft]) -> None:
        for draft in found:
            target = str(draft.payload.get("target") or "")
            if not target:
                self.add_person(draft=draft)
                return
            if self.bundle is not None and target in self.bundle.people:
                self._select_person(target)
                if self.edit.restore(draft):
                    self.status_message.emit(translate(
                        "PeopleTab", "Unsaved changes to a person were recovered."))
                return

    def _select_person(self, person_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.table.blockSignals(True)
                self.table.setCurrentCell(row, 0)
                self.table.blockSignals(False)
                self._show_person(person_id)
                return

    def _show_person(self, person_id: str) -> None:
        if self.bundle is None:
            return
        person = self.bundle.people.get(person_id)
        if person is None:
            return
        if self.form.dirty and person_id == self.person_id:
            return  # keep what is being typed; the record is saved on Save
        self.person_id = person_id
        part = next(p for p in self.bundle.case.participants if p.person_id == person_id)
        values = person_values(person, self.form)
        values["role"] = part.role
        self.edit.load(values)
        self.form["role"].set_enabled(not part.is_primary)
        self.form_title.setText(f"<b>{html.escape(labels.person_name(person))}</b>")
        self._update_actions()

    def _row_changed(self, row: int, _col: int, previous: int, _pcol: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        person_id = str(item.data(Qt.ItemDataRole.UserRole))
        if person_id == self.person_id:
            return
        if not self.form.dirty:
            self._show_person(person_id)
            return
        # Leaving a person with unsaved edits: ask first; stay until answered.
        self.table.blockSignals(True)
        self.table.setCurrentCell(previous, 0)
        self.table.blockSignals(False)

        def go() -> None:
            self._select_person(person_id)

        def answer(button: confirm.Button) -> None:
            if button == confirm.Button.Save:
                self.edit.save(lambda ok: go() if ok else None)
            elif button == confirm.Button.Discard:
                self.edit.revert()
                go()

        confirm.unsaved(self, on_answer=answer)

    def _update_actions(self) -> None:
        part = None
        if self.bundle is not None and self.person_id is not None:
            part = next((p for p in self.bundle.case.participants
                         if p.person_id == self.person_id), None)
        self.primary_button.setEnabled(part is not None and not part.is_primary)
        self.unlink_button.setEnabled(part is not None and not part.is_primary)
        self.link_button.setVisible(not self._interview)
        self.add_button.setEnabled(self.bundle is not None)
        self.arco_box.setVisible(not self._interview)
        person = self._person()
        for button in (self.arco_access, self.arco_oppose, self.arco_cancel):
            button.setEnabled(person is not None)
        if person is not None and person.arco_opposition:
            when = labels.fmt_date(person.opposition_date) if person.opposition_date else "—"
            self.arco_state.setText(translate(
                "PeopleTab", "Opposition recorded on {date}: left out of statistics and "
                "exports.").format(date=when))
        else:
            self.arco_state.setText("")

    # --- saving ----------------------------------------------------------------------------------
    def _person(self) -> Person | None:
        if self.bundle is None or self.person_id is None:
            return None
        return self.bundle.people.get(self.person_id)

    def _validate(self, values: dict[str, Any]) -> list[Issue]:
        person = self._person()
        if person is None:
            return []
        edited = replace(person, **{k: v for k, v in values.items() if k != "role"})
        return validation.validate_person(edited)

    def _save_op(self, changes: dict[str, Any], draft_id: str | None) -> Any:
        role = changes.pop("role", None)
        records, case_id, person_id = self.session.records, self.case_id, self.person_id
        assert person_id is not None
        return lambda: ops.update_person(records, case_id=case_id, person_id=person_id,
                                         changes=changes, role=role, draft_id=draft_id)

    def _saved(self, _person: Person) -> None:
        self.status_message.emit(translate("PeopleTab", "Person saved."))
        self.changed.emit()
        self.load()

    def _copy(self, text: str) -> None:
        if not text:
            return
        self.session.clipboard.copy(text)
        self.status_message.emit(translate(
            "PeopleTab", "Copied. The clipboard is cleared in {seconds} s.").format(
                seconds=self.session.clipboard.seconds))

    # --- actions ---------------------------------------------------------------------------------
    def add_person(self, *, draft: Draft | None = None) -> None:
        dialog = NewPersonDialog(self.session, self.case_id, self)
        if draft is not None:
            dialog.restore(draft)
        dialog.done_saving.connect(self._after_change)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def link_person(self) -> None:
        dialog = LinkPersonDialog(self.session, self.case_id, self)
        dialog.linked.connect(self._after_change)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _after_change(self, _case: Case | object) -> None:
        self.changed.emit()
        self.load()

    def make_primary(self) -> None:
        if self.person_id is None:
            return
        records, case_id, person_id = self.session.records, self.case_id, self.person_id
        asyncops.run(self.session, self,
                     lambda: ops.make_primary(records, case_id=case_id, person_id=person_id),
                     on_done=self._after_change)

    def unlink(self) -> None:
        person = self._person()
        if person is None:
            return
        person_id = person.id

        def answer(button: confirm.Button) -> None:
            if button != confirm.Button.Yes:
                return
            records, case_id = self.session.records, self.case_id
            self.edit.revert()
            self.person_id = None
            asyncops.run(self.session, self,
                         lambda: ops.unlink_person(records, case_id=case_id,
                                                   person_id=person_id),
                         on_done=self._after_change)

        confirm.ask(self, name="confirmUnlink",
                    text=translate("PeopleTab", "Remove {name} from this case?").format(
                        name=labels.person_name(person)),
                    informative=translate(
                        "PeopleTab", "The person's record is kept; only the link to this case "
                        "is removed."),
                    buttons={confirm.Button.Yes: translate("PeopleTab", "Remove from case"),
                             confirm.Button.Cancel: translate("PeopleTab", "Cancel")},
                    default=confirm.Button.Cancel, on_answer=answer)

    # --- ARCO rights -----------------------------------------------------------------------------
    def _after_saving(self, then: Any) -> None:
        """Run ``then`` once the form holds no unsaved edits (asks first)."""
        if not self.form.dirty:
            then()
            return

        def answer(button: confirm.Button) -> None:
            if button == confirm.Button.Save:
                self.edit.save(lambda ok: then() if ok else None)
            elif button == confirm.Button.Discard:
                self.edit.revert()
                then()

        confirm.unsaved(self, on_answer=answer)

    def _open_arco(self, dialog: QDialog) -> None:
        # The cancellation dialog outlives this tab when the case goes with the
        # person, so it cleans up after itself rather than through the tab.
        self.arco_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def arco_export(self) -> None:
        person = self._person()
        if person is None:
            return

        def go() -> None:
            self._open_arco(ExportDialog(
                self.session, ExportRequest("person", person_id=person.id),
                subject=person.full_name, parent=self))

        self._after_saving(go)

    def arco_opposition(self) -> None:
        person = self._person()
        if person is None:
            return

        def go() -> None:
            current = self._person() or person
            dialog = OppositionDialog(self.session, current, parent=self)
            dialog.changed.connect(self._opposition_changed)
            self._open_arco(dialog)

        self._after_saving(go)

    def _opposition_changed(self) -> None:
        self.status_message.emit(translate("PeopleTab", "ARCO opposition updated."))
        self.changed.emit()
        self.load()

    def arco_cancellation(self) -> None:
        person = self._person()
        if person is None:
            return

        def go() -> None:
            dialog = CancelDialog(self.session, person, parent=self.window())
            dialog.erased.connect(self._erased)
            self._open_arco(dialog)

        self._after_saving(go)

    def _erased(self, report: CancelReport) -> None:
        self.edit.keeper.discard(reason="arco_cancellation")
        self.person_id = None
        self.status_message.emit(translate("PeopleTab", "The person was erased (ARCO "
                                           "cancellation)."))
        self.person_erased.emit(report)

    # --- CaseTab hooks ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.form.dirty or (isinstance(self.dialog, NewPersonDialog)
                                   and self.dialog.edit.dirty)

    def save_changes(self, done: Any) -> None:
        if self.form.dirty:
            self.edit.save(done)
        else:
            done(not self.has_unsaved_changes())

    def discard_changes(self) -> None:
        if self.form.dirty:
            self.edit.revert()
        if isinstance(self.dialog, NewPersonDialog):
            self.dialog.edit.keeper.discard()

    def prepare_lock(self) -> None:
        self.edit.prepare_lock()
        if asyncops.alive(self.arco_dialog) and self.arco_dialog is not None:
            self.arco_dialog.reject()
        dialog = self.dialog
        if isinstance(dialog, NewPersonDialog):
            dialog.prepare_lock()
        elif dialog is not None:
            dialog.reject()

    def set_interview_mode(self, on: bool) -> None:
        self._interview = on
        self._update_actions()
