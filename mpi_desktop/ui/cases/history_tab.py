"""The "Historial" tab: who changed which field of the case, when, from what to what."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.ui.cases import asyncops, ops
from mpi_desktop.ui.cases.history_format import HistoryLine, render
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab


class HistoryTab(CaseTab):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("historyTab")
        self.lines: list[HistoryLine] = []
        headers = [translate("History", "When (Mexico City)"), translate("History", "Who"),
                   translate("History", "Record"), translate("History", "Action"),
                   translate("History", "Field"), translate("History", "Before"),
                   translate("History", "After")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(translate("History", "Change history"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_a: self._show_detail(row))
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(translate("History", "Selected change in full"))
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def title(self) -> str:
        return translate("CaseView", "History")

    def load(self) -> None:
        asyncops.run(self.session, self,
                     lambda: ops.history(self.session.records, self.case_id),
                     on_done=self._loaded)

    def _loaded(self, data: ops.HistoryData) -> None:
        self.lines = [render(row, data.names) for row in data.rows]
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            cells = (line.when, line.who, line.what, line.action, line.field, line.before,
                     line.after)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.summary.setText(translate("History", "Changes recorded: {count}").format(
            count=len(self.lines)))
        if self.lines:
            self.table.setCurrentCell(0, 0)

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            self.detail.clear()
            return
        line = self.lines[row]
        self.detail.setPlainText(translate(
            "History", "{when} — {who}\n{what} · {field}\n\nBefore:\n{before}\n\nAfter:\n{after}"
        ).format(when=line.when, who=line.who, what=line.what, field=line.field,
                 before=line.before, after=line.after))
