"""Record one acuerdo: which agenda item, its number and text, and what it decides for
each of the case's measures.  Saved in one transaction with the measure changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import measures as dm
from mpi_desktop.domain.cem import DECISIONS, Acuerdo, MeasureDecision
from mpi_desktop.domain.measures import Measure
from mpi_desktop.i18n import translate
from mpi_desktop.storage.cem_ops import CemOps, SessionView
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui.cem.agenda_tab import measure_text
from mpi_desktop.ui.cem.common import label, run
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session


class _DecisionRow:
    def __init__(self, measure: Measure, parent: QWidget, procedure: str | None) -> None:
        self.measure = measure
        self.name = QLabel(measure_text(measure), parent)
        self.action = QComboBox(parent)
        self.action.setObjectName(f"cemDecision_{measure.id}")
        self.action.addItem(translate("CemAcuerdo", "No change"), None)
        allowed = dm.allowed_actions(measure, procedure=procedure)
        for code in DECISIONS:
            if code in allowed:
                self.action.addItem(texts.decision_label(code), code)
        self.details = QLineEdit(parent)
        self.details.setObjectName(f"cemDecisionDetails_{measure.id}")
        self.details.setPlaceholderText(translate("CemAcuerdo", "The measure as modified"))
        self.details.setEnabled(False)
        self.action.currentIndexChanged.connect(
            lambda _i: self.details.setEnabled(self.action.currentData() == "modify"))

    def decision(self) -> MeasureDecision | None:
        code = self.action.currentData()
        if not code:
            return None
        return MeasureDecision(self.measure.id, str(code),
                               new_details=self.details.text().strip())


class AcuerdoDialog(QDialog):
    def __init__(self, session: Session, view: SessionView, parent: QWidget | None = None,
                 *, agenda_item_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cemAcuerdoDialog")
        self.setWindowTitle(translate("CemAcuerdo", "Record an acuerdo"))
        self.session = session
        self.view = view
        self.ops = CemOps(session.vault)
        self.rows: list[_DecisionRow] = []
        self.recorded: Acuerdo | None = None
        self.item = QComboBox(self)
        self.item.setObjectName("cemAcuerdoItem")
        for row in view.agenda:
            text = " · ".join(x for x in (str(row.item.position), row.folio, row.primary_name,
                                          label("cem_topics", row.item.topic)) if x)
            self.item.addItem(text, row.item.id)
        if agenda_item_id is not None:
            self.item.setCurrentIndex(max(self.item.findData(agenda_item_id), 0))
        self.item.currentIndexChanged.connect(lambda _i: self._load_measures())
        self.number = QLineEdit(self)
        self.number.setObjectName("cemAcuerdoNumber")
        self.number.setPlaceholderText("CEM/2026/03/07")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("cemAcuerdoText")
        self.text.setPlaceholderText(translate("CemAcuerdo", "What the CEM resolved"))
        self.decisions_box = QGroupBox(translate("CemAcuerdo", "Decisions on measures"), self)
        self.grid = QGridLayout(self.decisions_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("cemAcuerdoButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("cemAcuerdoSave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("CemAcuerdo", "Agenda item"), self.item)
        form.addRow(translate("CemAcuerdo", "Number"), self.number)
        form.addRow(translate("CemAcuerdo", "Text"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.decisions_box)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        session_id = view.session.id
        run(session, self, lambda: self.ops.next_acuerdo_number(session_id),
            on_done=lambda n: self.number.setText(self.number.text() or str(n)))
        self._load_measures()

    def _case_id(self) -> str | None:
        item_id = self.item.currentData()
        for row in self.view.agenda:
            if row.item.id == item_id:
                return row.item.case_id
        return None

    def _load_measures(self) -> None:
        case_id = self._case_id()
        if case_id is None:
            self._fill([], None)
            return
        plans = PlanOps(self.session.vault)
        run(self.session, self, lambda: plans.view(case_id),
            on_done=lambda v: self._fill(v.measures, v.procedure) if case_id == self._case_id()
            else None)

    def _fill(self, found: list[Measure], procedure: str | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        live = [m for m in found if not m.is_terminal]
        if not live:
            empty = QLabel(translate("CemAcuerdo", "The case has no measures to decide on."),
                           self.decisions_box)
            self.grid.addWidget(empty, 0, 0)
            return
        for i, m in enumerate(live):
            row = _DecisionRow(m, self.decisions_box, procedure)
            self.grid.addWidget(row.name, i, 0)
            self.grid.addWidget(row.action, i, 1)
            self.grid.addWidget(row.details, i, 2)
            self.rows.append(row)

    def acuerdo(self) -> Acuerdo | None:
        case_id = self._case_id()
        if case_id is None:
            return None
        decisions = tuple(d for r in self.rows if (d := r.decision()) is not None)
        return Acuerdo(session_id=self.view.session.id, case_id=case_id,
                       agenda_item_id=self.item.currentData(),
                       number=self.number.text().strip(), text=self.text.toPlainText(),
                       decisions=decisions)

    def save(self) -> None:
        acuerdo = self.acuerdo()
        if acuerdo is None:
            return
        self.save_button.setEnabled(False)
        run(self.session, self, lambda: self.ops.record_acuerdo(acuerdo),
            on_done=self._saved, on_error=self._failed)

    def _saved(self, acuerdo: Acuerdo) -> None:
        self.recorded = acuerdo
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)
