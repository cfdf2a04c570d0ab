"""A searchable case picker: type part of a folio ("2026-004") or a name, pick, done."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.storage.findings import CaseChoice, Findings
from mpi_desktop.ui.cases.labels import fmt_date
from mpi_desktop.ui.cases.labels import label as catalog_label
from mpi_desktop.ui.indicators.common import SearchLine, run
from mpi_desktop.ui.session import Session

SEARCH_DELAY_MS = 250


def case_text(c: CaseChoice) -> str:
    return " · ".join(x for x in (c.folio, c.name, catalog_label("case_statuses", c.status),
                                  fmt_date(c.opened_on)) if x)


class CasePicker(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = Findings(session.vault)
        self.choice: CaseChoice | None = None
        self.current = QLabel(self)
        self.current.setObjectName("casePickerCurrent")
        self.clear_button = QPushButton(translate("Findings", "Remove link"), self)
        self.clear_button.setObjectName("casePickerClear")
        self.clear_button.clicked.connect(lambda: self.set_choice(None))
        self.search = SearchLine(self)
        self.search.setObjectName("casePickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate(
            "Findings", "Link to a case: type a folio (e.g. 2026-0042) or a name"))
        self.search.setAccessibleName(translate("Findings", "Search a case to link"))
        self.results = QListWidget(self)
        self.results.setObjectName("casePickerResults")
        self.results.setMaximumHeight(100)
        self.results.itemActivated.connect(self._picked)
        self.search.returnPressed.connect(self._pick_first)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        row = QHBoxLayout()
        row.addWidget(self.current, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.set_choice(None)

    def case_id(self) -> str | None:
        return self.choice.id if self.choice else None

    def set_choice(self, choice: CaseChoice | None) -> None:
        self.choice = choice
        self.current.setText(case_text(choice) if choice else
                             translate("Findings", "Not linked to a case."))
        self.clear_button.setEnabled(choice is not None)
        self.changed.emit()

    def load(self, case_id: str | None) -> None:
        if case_id is None:
            self.set_choice(None)
            return
        run(self.session, self, lambda: self.ops.case_choice(case_id),
            on_done=lambda found: self.set_choice(found if isinstance(found, CaseChoice)
                                                  else None))

    def _search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.results.clear()
            return
        run(self.session, self, lambda: self.ops.search_cases(text), on_done=self._show)

    def _show(self, found: object) -> None:
        assert isinstance(found, list)
        self.results.clear()
        for choice in found:
            item = QListWidgetItem(case_text(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(translate("Findings", "No case matches."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _pick_first(self) -> None:
        if self.results.count():
            self._picked(self.results.item(0))

    def _picked(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(choice, CaseChoice):
            self.set_choice(choice)
            self.search.clear()
            self.results.clear()
