"""The list page of the Expedientes section: search, filters, the case table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs, risk_instrument
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.storage import risk_filters
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.ui.cases.case_table import CaseTable
from mpi_desktop.ui.cases.draft_banner import DraftBanner
from mpi_desktop.ui.cases.fields import DateField, mark
from mpi_desktop.ui.cases.list_model import COLUMN_KEYS, COLUMNS, CaseListModel
from mpi_desktop.ui.session import Session

SEARCH_DEBOUNCE_MS = 250
#: The risk filter's choice for cases without a signed assessment.
NOT_ASSESSED = "__none__"


def _one(combo: QComboBox) -> tuple[str, ...]:
    data = combo.currentData()
    return (str(data),) if data else ()


def _filter_combo(name: str, accessible: str, first: str,
                  entries: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(first, None)
    for data, text in entries:
        combo.addItem(text, data)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


class CaseListPage(QWidget):
    open_case = Signal(str)
    new_intake = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("caseListPage")
        self.model = CaseListModel(session, self)
        self._keep_num: int | None = None
        lang = current_language()

        self.heading = QLabel(translate("CaseList", "<h2>Case files</h2>"))
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.new_button = QPushButton(translate("CaseList", "&New case file (interview)"))
        self.new_button.setObjectName("newIntakeButton")
        self.new_button.setToolTip(translate(
            "CaseList", "Start an intake interview; it is saved as a draft while you type"))
        self.new_button.clicked.connect(self.new_intake)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.new_button)

        self.drafts = DraftBanner()

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(translate(
            "CaseList", "Search names, aliases, folio or facts (Ctrl+F)"))
        self.search.setAccessibleName(translate("CaseList", "Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        search_label = QLabel(translate("CaseList", "&Search:"))
        search_label.setBuddy(self.search)

        statuses = catalogs.get("case_statuses")
        self.status = _filter_combo(
            "filterStatus", translate("CaseList", "Filter by status"),
            translate("CaseList", "All statuses"),
            [("open", translate("CaseList", "Open cases")),
             ("closed", translate("CaseList", "Closed cases")),
             *statuses.choices(lang)])
        self.procedure = _filter_combo(
            "filterProcedure", translate("CaseList", "Filter by procedure"),
            translate("CaseList", "All procedures"),
            catalogs.get("procedures").choices(lang))
        self.alcaldia = _filter_combo(
            "filterAlcaldia", translate("CaseList", "Filter by alcaldía"),
            translate("CaseList", "All alcaldías"),
            catalogs.get("alcaldias").choices(lang))
        self.profile = _filter_combo(
            "filterProfile", translate("CaseList", "Filter by profile"),
            translate("CaseList", "All profiles"),
            catalogs.get("profiles").choices(lang))
        lang_risk = lang if lang in ("es", "en") else "es"
        self.risk = _filter_combo(
            "filterRisk", translate("CaseList", "Filter by risk level in force"),
            translate("CaseList", "Any risk level"),
            [*((lv.code, lv.label(lang_risk)) for lv in risk_instrument.current().levels),
             (NOT_ASSESSED, translate("CaseList", "Not assessed yet"))])
        self.overdue = QCheckBox(translate("CaseList", "Re&view overdue"))
        self.overdue.setObjectName("filterOverdue")
        self.overdue.setToolTip(translate(
            "CaseList", "Only case files with a measure review or a risk re-assessment past "
            "its date"))
        self.overdue.toggled.connect(lambda _on: self.apply_filter())
        self.date_from = DateField("filterFrom", translate("CaseList", "Requested from"))
        self.date_from.apply_names("")
        self.date_to = DateField("filterTo", translate("CaseList", "to"))
        self.date_to.apply_names("")
        for combo in (self.status, self.procedure, self.alcaldia, self.profile, self.risk):
            combo.currentIndexChanged.connect(self.apply_filter)
        for field in (self.date_from, self.date_to):
            field.edit.editingFinished.connect(self.apply_filter)
            field.calendar.clicked.connect(lambda _d: self.apply_filter())
        self.clear_button = QPushButton(translate("CaseList", "Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.status)
        filter_row.addWidget(self.procedure)
        filter_row.addWidget(self.alcaldia)
        filter_row.addWidget(self.profile)
        filter_row.addStretch(1)
        # Risk and dates on a second line: one line would not fit a 1280-pixel screen.
        second_row = QHBoxLayout()
        second_row.addWidget(self.risk)
        second_row.addWidget(self.overdue)
        from_label = QLabel(translate("CaseList", "Requested &from"))
        from_label.setBuddy(self.date_from.edit)
        to_label = QLabel(translate("CaseList", "&to"))
        to_label.setBuddy(self.date_to.edit)
        second_row.addWidget(from_label)
        second_row.addWidget(self.date_from.widget)
        second_row.addWidget(to_label)
        second_row.addWidget(self.date_to.widget)
        second_row.addWidget(self.clear_button)
        second_row.addStretch(1)
        self.filter_box = QWidget()
        self.filter_box.setObjectName("caseFilters")
        filters_layout = QVBoxLayout(self.filter_box)
        filters_layout.setContentsMargins(0, 0, 0, 0)
        filters_layout.addLayout(search_row)
        filters_layout.addLayout(filter_row)
        filters_layout.addLayout(second_row)

        self.table = CaseTable(COLUMN_KEYS.index("name"))
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(translate("CaseList", "Case files"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Uniform rows: the view never measures 50,000 rows to lay them out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        self.table.setup_header()
        metrics = self.table.fontMetrics()
        # Longer alcaldías ("Cuajimalpa de Morelos") are elided: the name needs the room.
        for key, sample in (("folio", "MPI-2026-00000"), ("status", "En análisis de riesgo"),
                            ("procedure", "Extraordinario"), ("risk", "Extraordinario"),
                            ("alcaldia", "Gustavo A. Madero"), ("opened_on", "00/00/0000"),
                            ("updated", "00/00/0000 00:00")):
            column = COLUMN_KEYS.index(key)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            sortable = COLUMNS[column][1] is not None
            header.resizeSection(column, width + (30 if sortable else 14))  # sort arrow
        self.table.fit_name()
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

        self.status_line = QLabel()
        self.status_line.setObjectName("caseListStatus")
        self.model.count_changed.connect(self._count_changed)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.load_failed.connect(self._load_failed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.drafts)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_line)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self.focus_search)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.procedure)
        self.setTabOrder(self.procedure, self.alcaldia)
        self.setTabOrder(self.alcaldia, self.profile)
        self.setTabOrder(self.profile, self.risk)
        self.setTabOrder(self.risk, self.overdue)
        self.setTabOrder(self.overdue, self.date_from.edit)
        self.setTabOrder(self.date_from.edit, self.date_to.edit)
        self.setTabOrder(self.date_to.edit, self.clear_button)
        self.setTabOrder(self.clear_button, self.table)

    # --- filters ---------------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        statuses: tuple[str, ...] = ()
        choice = self.status.currentData()
        if choice in ("open", "closed"):
            want = choice == "open"
            statuses = tuple(e.code for e in catalogs.get("case_statuses").entries
                             if bool(e.get("open", False)) == want)
        elif choice:
            statuses = (str(choice),)
        dates: list[date | None] = []
        for field in (self.date_from, self.date_to):
            value = field.value()
            invalid = bool(field.edit.text().strip()) and value is None
            mark(field.edit, translate("CaseList", "Not a date") if invalid else None)
            dates.append(value)
        return CaseFilter(
            text=self.search.text(), statuses=statuses,
            procedures=_one(self.procedure), alcaldias=_one(self.alcaldia),
            profiles=_one(self.profile),
            opened_from=dates[0], opened_to=dates[1], extra=self._risk_conditions())

    def _risk_conditions(self) -> tuple[risk_filters.Condition, ...]:
        level = self.risk.currentData()
        found: tuple[risk_filters.Condition, ...]
        if level == NOT_ASSESSED:
            found = (risk_filters.unassessed(),)
        else:
            found = risk_filters.extra_conditions(risk_levels=(str(level),) if level else ())
        if self.overdue.isChecked():
            found = (*found, risk_filters.overdue_review())
        return found

    def apply_filter(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        if f != self.model.filter or not self.model.rowCount():
            self._remember_selection()
            self.model.set_query(f)

    def clear_filters(self) -> None:
        for combo in (self.status, self.procedure, self.alcaldia, self.profile, self.risk):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def reload(self) -> None:
        """Fetch again with the same filter, keeping the selected case."""
        self._remember_selection()
        self.model.reload()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column][1] is None:
            # Not sortable: put the indicator back where the order really is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self._remember_selection()
        self.model.sort(column, order)

    # --- selection and opening -------------------------------------------------------------------
    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._keep_num = self.model.num_at(current.row())

    def _count_changed(self, count: int) -> None:
        self.count_label.setText(translate("CaseList", "Cases found: {count}").format(
            count=f"{count:,}"))
        row = self.model.row_of_num(self._keep_num) if self._keep_num is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        elif count:
            self.table.scrollToTop()

    def _loading_changed(self, on: bool) -> None:
        self.status_line.setText(translate("CaseList", "Searching…") if on else "")

    def _load_failed(self, exc: BaseException) -> None:
        from mpi_desktop.ui.errors import show_error

        show_error(self, exc)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or not (self.model.flags(index) & Qt.ItemFlag.ItemIsEnabled):
            return
        case_id = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if case_id:
            self._keep_num = self.model.num_at(index.row())
            self.open_case.emit(str(case_id))

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if watched is self.search:
                if key == Qt.Key.Key_Down or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.apply_filter()
                    self.table.setFocus()
                    if not self.table.currentIndex().isValid() and self.model.rowCount():
                        self.table.setCurrentIndex(self.model.index(0, 0))
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
        return super().eventFilter(watched, event)
