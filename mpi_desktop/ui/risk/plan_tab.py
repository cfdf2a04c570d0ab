"""The "Plan de protección" tab: the case's measures grouped by state or category,
their history of changes with the CEM references, and the actions on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import measures as dm
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.storage.plans import PlanOps, PlanView
from mpi_desktop.texts import risk as texts
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.risk.common import OVERDUE_COLOR, PENDING_COLOR, ask, run
from mpi_desktop.ui.risk.measure_dialogs import AddMeasureDialog, FollowUpDialog, TransitionDialog
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab

ID_ROLE = int(Qt.ItemDataRole.UserRole)
BY_STATE, BY_CATEGORY = "state", "category"
COL_MEASURE, COL_CATEGORY, COL_INSTITUTION, COL_STATE, COL_REVIEW, COL_ACCEPTED = range(6)


def fmt(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


class PlanTab(CaseTab):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("planTab")
        self.ops = PlanOps(session.vault)
        self.view: PlanView | None = None
        self.dialog: QDialog | None = None

        self.group_by = QComboBox(self)
        self.group_by.setObjectName("planGroupBy")
        self.group_by.addItem("", BY_STATE)
        self.group_by.addItem("", BY_CATEGORY)
        self.group_by.currentIndexChanged.connect(lambda _i: self._fill_tree())
        self.group_label = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        top = QHBoxLayout()
        top.addWidget(self.group_label)
        top.addWidget(self.group_by)
        top.addWidget(self.summary, 1)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("measureTree")
        self.tree.setColumnCount(6)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Institution names are long ("Secretaría de … de la Ciudad de México"): cap them.
        header.setSectionResizeMode(COL_INSTITUTION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_INSTITUTION, 220)
        header.setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda _item, _col: self.change_state())

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addMeasureButton")
        self.add_button.clicked.connect(self.add_measure)
        self.transition_button = QPushButton(self)
        self.transition_button.setObjectName("transitionButton")
        self.transition_button.clicked.connect(self.change_state)
        self.follow_button = QPushButton(self)
        self.follow_button.setObjectName("followUpButton")
        self.follow_button.clicked.connect(self.follow_up)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteProposalButton")
        self.delete_button.clicked.connect(self.delete_proposal)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.transition_button, self.follow_button,
                  self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.detail = QLabel(self)
        self.detail.setObjectName("measureDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QTableWidget(0, 7, self)
        self.history.setObjectName("transitionTable")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail)
        bottom_layout.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self._selection_changed()

    def title(self) -> str:
        return translate("PlanTab", "Protection plan")

    def retranslate(self) -> None:
        self.group_label.setText(translate("PlanTab", "Group by"))
        self.group_by.setItemText(0, translate("PlanTab", "State"))
        self.group_by.setItemText(1, translate("PlanTab", "Category"))
        self.tree.setHeaderLabels([
            translate("PlanTab", "Measure"), translate("PlanTab", "Category"),
            translate("PlanTab", "Institution"), translate("PlanTab", "State"),
            translate("PlanTab", "Next review"), translate("PlanTab", "Accepted")])
        self.history.setHorizontalHeaderLabels([
            translate("PlanTab", "Date"), translate("PlanTab", "Change"),
            translate("PlanTab", "New state"), translate("PlanTab", "CEM session"),
            translate("PlanTab", "Acuerdo"), translate("PlanTab", "Reason"),
            translate("PlanTab", "By")])
        self.add_button.setText(translate("PlanTab", "Add measure…"))
        self.transition_button.setText(translate("PlanTab", "Change state…"))
        self.follow_button.setText(translate("PlanTab", "Follow-up…"))
        self.delete_button.setText(translate("PlanTab", "Delete proposal…"))

    # --- data ---------------------------------------------------------------------------------
    def load(self) -> None:
        run(self.session, self, lambda: self.ops.view(self.case_id), on_done=self._loaded)

    def _loaded(self, view: PlanView) -> None:
        selected = self.selected()
        wanted = self._pending_select or (selected.id if selected else None)
        self._pending_select = None
        self.view = view
        self._fill_tree(select=wanted)

    def measures(self) -> list[dm.Measure]:
        return self.view.measures if self.view else []

    def _fill_tree(self, select: str | None = None) -> None:
        if select is None:
            current = self.selected()
            select = current.id if current else None
        self.tree.clear()
        today = today_local()
        by = self.group_by.currentData()
        groups: dict[str, QTreeWidgetItem] = {}
        by_category = by == BY_CATEGORY
        order = [e.code for e in dm.catalog().categories.entries] if by_category \
            else list(dm.STATES)

        def key(m: dm.Measure) -> str:
            return m.category if by_category else m.state

        def label(code: str) -> str:
            return texts.category_label(code) if by_category else texts.state_label(code)
        measures = sorted(self.measures(), key=lambda m: (
            order.index(key(m)) if key(m) in order else len(order), m.proposed_on))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        target_item: QTreeWidgetItem | None = None
        for m in measures:
            group = groups.get(key(m))
            if group is None:
                group = QTreeWidgetItem([label(key(m))])
                group.setFont(0, bold)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.tree.addTopLevelItem(group)
                groups[key(m)] = group
            item = self._measure_item(m, today)
            group.addChild(item)
            if m.id == select:
                target_item = item
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
            group.setExpanded(True)
        pending = sum(1 for m in self.measures() if m.pending_ratification)
        overdue = sum(1 for m in self.measures() if m.review_overdue(today))
        in_force = sum(1 for m in self.measures() if m.state in dm.IN_FORCE)
        parts = [translate("PlanTab", "In force: {count}").format(count=in_force)]
        if pending:
            parts.append(translate("PlanTab", "Pending ratification by the CEM: {count}"
                                   ).format(count=pending))
        if overdue:
            parts.append(translate("PlanTab", "Reviews overdue: {count}").format(count=overdue))
        self.summary.setText(" · ".join(parts) if self.measures() else
                             translate("PlanTab", "No measures yet."))
        if target_item is not None:
            self.tree.setCurrentItem(target_item)
        self._selection_changed()

    def _measure_item(self, m: dm.Measure, today: Any) -> QTreeWidgetItem:
        state = texts.state_label(m.state)
        if m.version > 1:
            state += " " + translate("PlanTab", "(version {version})").format(version=m.version)
        if m.pending_ratification:
            state += " · ⚑ " + texts.pending_flag()
        review = fmt(m.next_review_on)
        overdue = m.review_overdue(today)
        if overdue:
            review += " " + translate("PlanTab", "(overdue)")
        accepted = {None: "", True: translate("PlanTab", "Yes"),
                    False: translate("PlanTab", "No")}[m.accepted]
        item = QTreeWidgetItem([texts.measure_label(m.code), texts.category_label(m.category),
                                texts.institution_label(m.institution), state, review,
                                accepted])
        item.setToolTip(COL_INSTITUTION, texts.institution_label(m.institution))
        item.setData(0, ID_ROLE, m.id)
        item.setData(COL_STATE, ID_ROLE, "pending" if m.pending_ratification else "")
        item.setData(COL_REVIEW, ID_ROLE, "overdue" if overdue else "")
        if m.pending_ratification:
            item.setForeground(COL_STATE, QBrush(PENDING_COLOR))
            item.setToolTip(COL_STATE, translate(
                "PlanTab", "Started before approval in the extraordinary procedure; the CEM "
                "must ratify it."))
        if overdue:
            item.setForeground(COL_REVIEW, QBrush(OVERDUE_COLOR))
            font = QFont(item.font(COL_REVIEW))
            font.setBold(True)
            item.setFont(COL_REVIEW, font)
        if m.details:
            item.setToolTip(COL_MEASURE, m.details)
        return item

    def item_for(self, measure_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None and child.data(0, ID_ROLE) == measure_id:
                    return child
        return None

    def select_measure(self, measure_id: str) -> None:
        item = self.item_for(measure_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def selected(self) -> dm.Measure | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        wanted = items[0].data(0, ID_ROLE)
        return next((m for m in self.measures() if m.id == wanted), None)

    def _selection_changed(self) -> None:
        m = self.selected()
        procedure = self.view.procedure if self.view else None
        self.add_button.setEnabled(self.view is not None)
        self.transition_button.setEnabled(
            m is not None and bool(dm.allowed_actions(m, procedure=procedure)))
        self.follow_button.setEnabled(m is not None)
        self.delete_button.setEnabled(m is not None and m.state == dm.PROPUESTA)
        self._show_detail(m)

    def _show_detail(self, m: dm.Measure | None) -> None:
        if m is None:
            self.detail.setText(translate("PlanTab", "Select a measure to see its history."))
            self.history.setRowCount(0)
            return
        lines = [texts.measure_label(m.code)]
        if m.details:
            lines.append(m.details)
        dates = [(translate("PlanTab", "Proposed"), m.proposed_on),
                 (translate("PlanTab", "Approved"), m.approved_on),
                 (translate("PlanTab", "Implemented"), m.implemented_on),
                 (translate("PlanTab", "Next review"), m.next_review_on),
                 (translate("PlanTab", "Ended"), m.ended_on)]
        lines.append(" · ".join(f"{name}: {fmt(value)}" for name, value in dates if value))
        if m.pending_ratification:
            lines.append("⚑ " + texts.pending_flag())
        if m.evaluation_notes:
            lines.append(translate("PlanTab", "Evaluation: {notes}").format(
                notes=m.evaluation_notes))
        self.detail.setText("\n".join(lines))
        self.history.setRowCount(len(m.transitions))
        for row, t in enumerate(reversed(m.transitions)):
            values = [fmt(t.effective_on), texts.action_label(t.action),
                      texts.state_label(t.to_state), t.cem_session_ref, t.cem_agreement_ref,
                      t.reason, t.actor]
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))

    # --- actions ----------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _submitted(self, dialog: QDialog, fn: Any, *, status: str) -> None:
        buttons = dialog.findChildren(QPushButton)
        for b in buttons:
            b.setEnabled(False)

        def done(measure: Any) -> None:
            dialog.accept()
            if isinstance(measure, dm.Measure):
                self._pending_select = measure.id
            self.status_message.emit(status)
            self.changed.emit()
            self.load()

        def failed(exc: BaseException) -> None:
            for b in buttons:
                b.setEnabled(True)
            show_error(dialog, exc)

        run(self.session, dialog, fn, on_done=done, on_error=failed)

    _pending_select: str | None = None

    def add_measure(self) -> AddMeasureDialog:
        procedure = self.view.procedure if self.view else None
        dialog = AddMeasureDialog(procedure=procedure, parent=self,
                                  on_submit=lambda v: self._submitted(
                                      dialog, lambda: self.ops.propose(self.case_id, **v),
                                      status=translate("PlanTab", "Measure added to the plan.")))
        self._open(dialog)
        return dialog

    def change_state(self) -> TransitionDialog | None:
        m = self.selected()
        if m is None or self.view is None:
            return None
        dialog = TransitionDialog(m, procedure=self.view.procedure, parent=self,
                                  on_submit=lambda v: self._submitted(
                                      dialog, lambda: self.ops.transition(m.id, **v),
                                      status=translate("PlanTab", "Change recorded.")))
        self._open(dialog)
        return dialog

    def follow_up(self) -> FollowUpDialog | None:
        m = self.selected()
        if m is None:
            return None
        dialog = FollowUpDialog(m, parent=self,
                                on_submit=lambda v: self._submitted(
                                    dialog, lambda: self.ops.update(m.id, **v),
                                    status=translate("PlanTab", "Follow-up saved.")))
        self._open(dialog)
        return dialog

    def delete_proposal(self) -> None:
        m = self.selected()
        if m is None or m.state != dm.PROPUESTA:
            return
        ask(self, name="deleteProposalConfirm",
            text=translate("PlanTab", "Delete the proposed measure “{measure}”?").format(
                measure=texts.measure_label(m.code)),
            informative=translate("PlanTab", "Only proposals can be deleted; measures the "
                                  "CEM has seen are withdrawn instead."),
            yes=translate("PlanTab", "Delete"), on_yes=lambda: self._delete(m.id))

    def _delete(self, measure_id: str) -> None:
        def done(_case_id: str) -> None:
            self.changed.emit()
            self.load()

        run(self.session, self, lambda: self.ops.delete_proposal(measure_id), on_done=done)

    def prepare_lock(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
