"""The "Agresiones" and "Atenciones" tabs: a list with add, edit and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.cases import Aggression, Attention
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.ui.cases import asyncops, confirm, labels, ops
from mpi_desktop.ui.cases.event_dialogs import Event, EventDialog
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab


def _first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class EventsTab(CaseTab):
    entity = ""
    draft_kind = ""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.events: list[Any] = []
        self.dialog: EventDialog | None = None
        self._restored = False
        name = self.entity
        self.setObjectName(f"{name}sTab")
        headers = self.headers()
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{name}sTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.installEventFilter(self)
        self.table.currentCellChanged.connect(lambda *_a: self._update_actions())
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}sEmpty")
        self.add_button = QPushButton(self.add_text())
        self.add_button.setObjectName(f"add{name.capitalize()}Button")
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button = QPushButton(translate("EventsTab", "&Edit…"))
        self.edit_button.setObjectName(f"edit{name.capitalize()}Button")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(translate("EventsTab", "De&lete…"))
        self.delete_button.setObjectName(f"delete{name.capitalize()}Button")
        self.delete_button.clicked.connect(self.delete_current)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._update_actions()

    # --- to specialise ---------------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def cells(self, event: Any) -> list[str]:
        raise NotImplementedError

    def events_of(self, data: ops.TabData) -> list[Any]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        asyncops.run(self.session, self,
                     lambda: ops.tab_data(self.session.records, self.case_id, self.draft_kind),
                     on_done=self._loaded)

    def _loaded(self, data: ops.TabData) -> None:
        keep = self.current_event()
        self.events = self.events_of(data)
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            for column, text in enumerate(self.cells(event)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                self.table.setItem(row, column, item)
        if self.events:
            ids = [e.id for e in self.events]
            self.table.setCurrentCell(ids.index(keep.id) if keep and keep.id in ids else 0, 0)
        self.empty.setText("" if self.events else self.empty_text())
        self.empty.setVisible(not self.events)
        self._update_actions()
        if not self._restored:
            self._restored = True
            self._restore(data.drafts)

    def _restore(self, found: list[Draft]) -> None:
        for draft in found:
            target = str(draft.payload.get("target") or "")
            record = next((e for e in self.events if e.id == target), None)
            if target and record is None:
                # The event was deleted meanwhile: nothing to restore into.
                self._drop_draft(draft.id)
                continue
            self.open_dialog(record, draft=draft)
            self.status_message.emit(translate("EventsTab", "Unsaved changes were recovered."))
            return

    def _drop_draft(self, draft_id: str) -> None:
        vault = self.session.vault
        asyncops.run(self.session, self,
                     lambda: drafts.delete(vault, draft_id, reason="orphaned"))

    def current_event(self) -> Any | None:
        row = self.table.currentRow()
        return self.events[row] if 0 <= row < len(self.events) else None

    def _update_actions(self) -> None:
        has = self.current_event() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- actions ---------------------------------------------------------------------------------
    def open_dialog(self, record: Event | None, *, draft: Draft | None = None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = EventDialog(self.session, self.case_id, entity=self.entity, record=record,
                             parent=self)
        if draft is not None:
            dialog.restore(draft)
        dialog.done_saving.connect(self._saved)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def edit_current(self) -> None:
        event = self.current_event()
        if event is not None:
            self.open_dialog(event)

    def _saved(self, _result: Any) -> None:
        self.status_message.emit(translate("EventsTab", "Saved."))
        self.changed.emit()
        self.load()

    def delete_current(self) -> None:
        event = self.current_event()
        if event is None:
            return
        records, entity, event_id = self.session.records, self.entity, event.id

        def answer(button: confirm.Button) -> None:
            if button != confirm.Button.Yes:
                return
            asyncops.run(self.session, self,
                         lambda: ops.delete_event(records, entity, event_id),
                         on_done=lambda _case: self._saved(None))

        confirm.ask(self, name="confirmDelete",
                    text=translate("EventsTab", "Delete this record?"),
                    informative=translate(
                        "EventsTab", "The deletion is recorded in the case history."),
                    buttons={confirm.Button.Yes: translate("EventsTab", "Delete"),
                             confirm.Button.Cancel: translate("EventsTab", "Cancel")},
                    default=confirm.Button.Cancel, on_answer=answer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)

    # --- CaseTab hooks ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.dialog is not None and self.dialog.edit.dirty

    def save_changes(self, done: Any) -> None:
        if self.dialog is not None and self.dialog.edit.dirty:
            self.dialog.edit.save(done)
        else:
            done(True)

    def discard_changes(self) -> None:
        if self.dialog is not None:
            self.dialog.edit.keeper.discard()
            self.dialog.edit.revert()
            self.dialog.reject()

    def prepare_lock(self) -> None:
        if self.dialog is not None:
            self.dialog.prepare_lock()


class AggressionsTab(EventsTab):
    entity = "aggression"
    draft_kind = drafts.EDIT_AGGRESSION

    def title(self) -> str:
        return translate("CaseView", "Aggressions")

    def headers(self) -> list[str]:
        return [translate("EventsTab", "Date"), translate("EventsTab", "Types"),
                translate("EventsTab", "Alleged aggressor"), translate("EventsTab", "Alcaldía"),
                translate("EventsTab", "Place and description")]

    def add_text(self) -> str:
        return translate("EventsTab", "&Add aggression…")

    def empty_text(self) -> str:
        return translate("EventsTab", "No aggressions recorded yet.")

    def events_of(self, data: ops.TabData) -> list[Aggression]:
        return sorted(data.bundle.aggressions, key=lambda a: a.occurred_on, reverse=True)

    def cells(self, event: Aggression) -> list[str]:
        place = " — ".join(p for p in (event.place, _first_line(event.description)) if p)
        return [labels.fmt_event_date(event.occurred_on, event.date_precision),
                labels.labels("aggression_types", event.types),
                labels.label("aggressor_types", event.aggressor_type),
                labels.label("alcaldias", event.alcaldia), place]


class AttentionsTab(EventsTab):
    entity = "attention"
    draft_kind = drafts.EDIT_ATTENTION

    def title(self) -> str:
        return translate("CaseView", "Attentions")

    def headers(self) -> list[str]:
        return [translate("EventsTab", "Date"), translate("EventsTab", "Type"),
                translate("EventsTab", "Institution"), translate("EventsTab", "Notes")]

    def add_text(self) -> str:
        return translate("EventsTab", "&Add attention…")

    def empty_text(self) -> str:
        return translate("EventsTab", "No attentions recorded yet.")

    def events_of(self, data: ops.TabData) -> list[Attention]:
        return sorted(data.bundle.attentions, key=lambda a: a.occurred_on, reverse=True)

    def cells(self, event: Attention) -> list[str]:
        return [labels.fmt_date(event.occurred_on), labels.label("attention_types", event.kind),
                labels.label("institutions", event.institution), _first_line(event.notes)]
