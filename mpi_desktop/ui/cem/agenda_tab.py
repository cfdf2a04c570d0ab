"""The agenda of a session: items in order, a case picker to add one by hand, and the
helpers' suggestions to accept one by one or all at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.cem import AgendaItem, Suggestion
from mpi_desktop.domain.measures import Measure
from mpi_desktop.i18n import translate
from mpi_desktop.storage.case_query import CaseRow
from mpi_desktop.storage.cem_ops import CemOps, SessionView
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui.cem.common import ID_ROLE, label, run, tree
from mpi_desktop.ui.session import Session

SEARCH_DELAY_MS = 250


def measure_text(m: Measure) -> str:
    from mpi_desktop.domain import measures

    entry = measures.catalog().entry(m.code)
    name = entry.label(texts.lang()) if entry else m.code
    return f"{name} · {texts.measure_state_label(m.state)}"


class AgendaTab(QWidget):
    changed = Signal()
    status_message = Signal(str)
    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cemAgendaTab")
        self.session = session
        self.ops = CemOps(session.vault)
        self.view: SessionView | None = None
        self.suggestions: list[Suggestion] = []
        self.items = tree("cemAgendaList", self)
        self.items.itemActivated.connect(self._open)
        self.up = QPushButton(self)
        self.up.setObjectName("cemAgendaUp")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down = QPushButton(self)
        self.down.setObjectName("cemAgendaDown")
        self.down.clicked.connect(lambda: self._move(1))
        self.remove = QPushButton(self)
        self.remove.setObjectName("cemAgendaRemove")
        self.remove.clicked.connect(self._remove)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.up)
        item_buttons.addWidget(self.down)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.remove)

        self.add_box = QGroupBox(self)
        self.search = QLineEdit(self.add_box)
        self.search.setObjectName("cemCaseSearch")
        self.search.setClearButtonEnabled(True)
        self.case_combo = QComboBox(self.add_box)
        self.case_combo.setObjectName("cemCaseChoice")
        self.case_combo.currentIndexChanged.connect(self._case_chosen)
        self.topic = QComboBox(self.add_box)
        self.topic.setObjectName("cemTopic")
        self.measure = QComboBox(self.add_box)
        self.measure.setObjectName("cemMeasure")
        self.add_button = QPushButton(self.add_box)
        self.add_button.setObjectName("cemAddItem")
        self.add_button.clicked.connect(self._add)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search)
        add_row1 = QHBoxLayout()
        add_row1.addWidget(self.search, 1)
        add_row1.addWidget(self.case_combo, 2)
        add_row2 = QHBoxLayout()
        add_row2.addWidget(self.topic, 1)
        add_row2.addWidget(self.measure, 1)
        add_row2.addWidget(self.add_button)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addLayout(add_row1)
        add_layout.addLayout(add_row2)

        self.suggest_box = QGroupBox(self)
        self.suggested = tree("cemSuggestionList", self.suggest_box)
        self.accept_button = QPushButton(self.suggest_box)
        self.accept_button.setObjectName("cemAcceptSuggestion")
        self.accept_button.clicked.connect(self._accept_one)
        self.accept_all_button = QPushButton(self.suggest_box)
        self.accept_all_button.setObjectName("cemAcceptAllSuggestions")
        self.accept_all_button.clicked.connect(self._accept_all)
        self.suggested.itemActivated.connect(lambda _i, _c: self._accept_one())
        suggest_buttons = QHBoxLayout()
        suggest_buttons.addStretch(1)
        suggest_buttons.addWidget(self.accept_button)
        suggest_buttons.addWidget(self.accept_all_button)
        suggest_layout = QVBoxLayout(self.suggest_box)
        suggest_layout.addWidget(self.suggested)
        suggest_layout.addLayout(suggest_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 3)
        layout.addLayout(item_buttons)
        layout.addWidget(self.add_box)
        layout.addWidget(self.suggest_box, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.items.setHeaderLabels([
            translate("CemAgenda", "No."), translate("CemAgenda", "Folio"),
            translate("CemAgenda", "Beneficiary"), translate("CemAgenda", "Matter"),
            translate("CemAgenda", "Measure"), translate("CemAgenda", "Source"),
            translate("CemAgenda", "Summary")])
        self.up.setText(translate("CemAgenda", "Move &up"))
        self.down.setText(translate("CemAgenda", "Move d&own"))
        self.remove.setText(translate("CemAgenda", "&Remove from agenda"))
        self.add_box.setTitle(translate("CemAgenda", "Add a case to the agenda"))
        self.search.setPlaceholderText(translate(
            "CemAgenda", "Folio (e.g. 2026-0042) or name"))
        self.search.setAccessibleName(translate("CemAgenda", "Search a case"))
        self.topic.clear()
        for code, text in catalogs.get("cem_topics").choices(texts.lang()):
            self.topic.addItem(text, code)
        self.add_button.setText(translate("CemAgenda", "&Add"))
        self.suggest_box.setTitle(translate("CemAgenda", "Suggested items"))
        self.suggested.setHeaderLabels([
            translate("CemAgenda", "Why"), translate("CemAgenda", "Folio"),
            translate("CemAgenda", "Matter"), translate("CemAgenda", "Detail")])
        self.accept_button.setText(translate("CemAgenda", "Add the &selected one"))
        self.accept_all_button.setText(translate("CemAgenda", "Add &all"))
        self._fill_measures([])

    # --- showing ---------------------------------------------------------------------------------
    def set_view(self, view: SessionView) -> None:
        self.view = view
        current = self.items.currentItem()
        keep = current.data(0, ID_ROLE) if current is not None else None
        self.items.clear()
        for row in view.agenda:
            it = row.item
            measure = ""
            if row.measure_code:
                measure = label_measure(row.measure_code)
            item = QTreeWidgetItem([
                str(it.position), row.folio, row.primary_name, label("cem_topics", it.topic),
                measure, texts.reason_label(it.source),
                translate("CemAgenda", "Written") if row.has_summary else
                translate("CemAgenda", "Missing")])
            item.setData(0, ID_ROLE, it.id)
            item.setData(1, ID_ROLE, it.case_id)
            self.items.addTopLevelItem(item)
            if it.id == keep:
                self.items.setCurrentItem(item)
        editable = view.session.editable
        for w in (self.up, self.down, self.remove, self.add_box, self.suggest_box):
            w.setEnabled(editable)
        if editable:
            self.load_suggestions()
        else:
            self.suggested.clear()

    def clear(self) -> None:
        self.view = None
        self.items.clear()
        self.suggested.clear()
        self.case_combo.clear()
        self.search.clear()

    def load_suggestions(self) -> None:
        if self.view is None:
            return
        session_id = self.view.session.id
        run(self.session, self, lambda: self.ops.suggestions(session_id),
            on_done=self._suggested)

    def _suggested(self, found: list[Suggestion]) -> None:
        self.suggestions = found
        self.suggested.clear()
        for i, s in enumerate(found):
            detail = label_measure(s.detail) if s.reason == "urgent_pending_ratification" \
                else s.detail
            if s.reason == "overdue_review":
                detail = translate("CemAgenda", "{count} overdue").format(count=s.detail)
            elif s.reason == "new_incorporation":
                detail = label("case_statuses", s.detail)
            elif s.reason == "rising_risk":
                detail = s.detail.replace(">", " → ")
            item = QTreeWidgetItem([texts.reason_label(s.reason), s.folio,
                                    label("cem_topics", s.topic), detail])
            item.setData(0, ID_ROLE, i)
            self.suggested.addTopLevelItem(item)
        has = bool(found)
        self.accept_button.setEnabled(has)
        self.accept_all_button.setEnabled(has)

    # --- editing ---------------------------------------------------------------------------------
    def _selected_item_id(self) -> str | None:
        item = self.items.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def _move(self, delta: int) -> None:
        item_id = self._selected_item_id()
        if item_id:
            run(self.session, self, lambda: self.ops.move_item(item_id, delta),
                on_done=lambda _r: self.changed.emit())

    def _remove(self) -> None:
        item_id = self._selected_item_id()
        if item_id:
            run(self.session, self, lambda: self.ops.remove_item(item_id),
                on_done=lambda _r: self.changed.emit())

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(1, ID_ROLE)
        if case_id:
            self.open_case.emit(str(case_id))

    def _search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            return
        run(self.session, self, lambda: self.ops.find_cases(text), on_done=self._found)

    def _found(self, rows: list[CaseRow]) -> None:
        self.case_combo.clear()
        for r in rows:
            self.case_combo.addItem(" · ".join(x for x in (r.folio, r.primary_name,
                                                           label("case_statuses", r.status))
                                               if x), r.id)
        if not rows:
            self.case_combo.addItem(translate("CemAgenda", "No case matches."), None)

    def _case_chosen(self, _index: int) -> None:
        case_id = self.case_combo.currentData()
        if not case_id:
            self._fill_measures([])
            return
        run(self.session, self, lambda: self.ops.measures(str(case_id)),
            on_done=self._fill_measures)

    def _fill_measures(self, found: list[Measure]) -> None:
        self.measure.clear()
        self.measure.addItem(translate("CemAgenda", "No particular measure"), None)
        for m in found:
            if not m.is_terminal:
                self.measure.addItem(measure_text(m), m.id)

    def _add(self) -> None:
        case_id = self.case_combo.currentData()
        if self.view is None or not case_id:
            return
        item = AgendaItem(session_id=self.view.session.id, case_id=str(case_id),
                          topic=str(self.topic.currentData()),
                          measure_id=self.measure.currentData() or None)
        run(self.session, self, lambda: self.ops.add_item(item), on_done=self._added)

    def _added(self, _item: AgendaItem) -> None:
        self.search.clear()
        self.case_combo.clear()
        self._fill_measures([])
        self.status_message.emit(translate("CemAgenda", "Added to the agenda."))
        self.changed.emit()

    def _accept_one(self) -> None:
        item = self.suggested.currentItem()
        if item is None or self.view is None:
            return
        chosen = [self.suggestions[int(item.data(0, ID_ROLE))]]
        session_id = self.view.session.id
        run(self.session, self, lambda: self.ops.accept(session_id, chosen),
            on_done=lambda _r: self.changed.emit())

    def _accept_all(self) -> None:
        if self.view is None or not self.suggestions:
            return
        chosen = list(self.suggestions)
        session_id = self.view.session.id
        run(self.session, self, lambda: self.ops.accept(session_id, chosen),
            on_done=self._accepted)

    def _accepted(self, added: list[AgendaItem]) -> None:
        self.status_message.emit(translate(
            "CemAgenda", "{count} items added to the agenda.").format(count=len(added)))
        self.changed.emit()


def label_measure(code: str) -> str:
    from mpi_desktop.domain import measures

    entry = measures.catalog().entry(code)
    return entry.label(texts.lang()) if entry else code

