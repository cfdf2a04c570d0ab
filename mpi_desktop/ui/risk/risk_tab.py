"""The "Riesgo" tab of a case: the level in force, its trend, every assessment,
and the editor of the draft (or the read-only view of a signed assessment)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import risk as dr
from mpi_desktop.domain import risk_instrument
from mpi_desktop.domain.risk_instrument import Instrument
from mpi_desktop.i18n import translate
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.texts import risk as texts
from mpi_desktop.ui.risk.assessment_editor import AssessmentEditor
from mpi_desktop.ui.risk.common import badge_font, level_style, run
from mpi_desktop.ui.risk.trend_chart import Level, RiskTrendChart
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab

ID_ROLE = int(Qt.ItemDataRole.UserRole)


@dataclass(frozen=True)
class RiskData:
    assessments: list[dr.RiskAssessment]
    hints: dict[str, list[str]]
    hint_labels: dict[str, str]


def load_risk_data(ops: RiskOps, case_id: str) -> RiskData:
    """Runs on the worker thread: the case's assessments and the DV protocol's hints."""
    assessments = ops.for_case(case_id)
    hints, labels = digital_violence_hints(ops, case_id)
    return RiskData(assessments, hints, labels)


def digital_violence_hints(ops: RiskOps, case_id: str
                           ) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Items the latest digital-violence review flags, if that feature is installed."""
    # Imported by name at run time: the feature may not be installed in this build.
    try:
        dv_reviews = importlib.import_module("mpi_desktop.storage.dv_reviews")
    except ImportError:
        return {}, {}
    with ops.vault.read() as conn:
        hints: dict[str, list[str]] = dv_reviews.risk_item_hints(conn, case_id)
    labels: dict[str, str] = {}
    try:
        types = importlib.import_module("mpi_desktop.domain.dv_protocol").latest().types
        labels = {code: types.label(code, texts.lang()) for v in hints.values() for code in v}
    except (ImportError, AttributeError):
        pass
    return hints, labels


class RiskTab(CaseTab):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("riskTab")
        self.ops = RiskOps(session.vault)
        self.data: RiskData | None = None
        self.editor: AssessmentEditor | None = None

        self.stack = QStackedWidget(self)
        overview = QWidget(self)
        overview.setObjectName("riskOverview")
        self.level_badge = QLabel(overview)
        self.level_badge.setObjectName("currentRiskLevel")
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_badge.setMinimumWidth(200)
        self.level_badge.setFont(badge_font(self.level_badge))
        self.level_detail = QLabel(overview)
        self.level_detail.setObjectName("currentRiskDetail")
        self.level_detail.setWordWrap(True)
        self.chart = RiskTrendChart(overview)
        top = QHBoxLayout()
        badge_box = QVBoxLayout()
        badge_box.addWidget(self.level_badge)
        badge_box.addWidget(self.level_detail)
        badge_box.addStretch(1)
        top.addLayout(badge_box)
        top.addWidget(self.chart, 1)

        self.table = QTableWidget(0, 6, overview)
        self.table.setObjectName("assessmentTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(overview)
        self.new_button.setObjectName("newAssessmentButton")
        self.new_button.clicked.connect(self.new_assessment)
        self.open_button = QPushButton(overview)
        self.open_button.setObjectName("openAssessmentButton")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        over_layout = QVBoxLayout(overview)
        over_layout.addLayout(top)
        over_layout.addLayout(buttons)
        over_layout.addWidget(self.table, 1)
        self.stack.addWidget(overview)
        self.overview = overview

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return translate("RiskTab", "Risk")

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            translate("RiskTab", "Date"), translate("RiskTab", "Level"),
            translate("RiskTab", "Index"), translate("RiskTab", "Status"),
            translate("RiskTab", "Assessor"), translate("RiskTab", "Reason")])
        self.open_button.setText(translate("RiskTab", "Open"))
        self._update_buttons()

    # --- data --------------------------------------------------------------------------------
    def load(self) -> None:
        run(self.session, self, lambda: load_risk_data(self.ops, self.case_id),
            on_done=self._loaded)

    def _loaded(self, data: RiskData) -> None:
        self.data = data
        registry = risk_instrument.registry()
        current = dr.current(data.assessments)
        inst = registry.get(current.instrument_version) if current and \
            registry.has(current.instrument_version) else registry.current()
        lg = texts.lang()
        if current is None or current.level is None:
            self.level_badge.setText(translate("RiskTab", "Not assessed"))
            self.level_badge.setStyleSheet(level_style(0))
            self.level_badge.setProperty("level", "")
            self.level_detail.setText(translate(
                "RiskTab", "No signed risk assessment yet."))
        else:
            rank = inst.level_rank(current.level)
            self.level_badge.setText(inst.level_label(current.level, lg))
            self.level_badge.setStyleSheet(level_style(rank))
            self.level_badge.setProperty("level", current.level)
            detail = translate("RiskTab", "Level in force since {date}").format(
                date=current.assessed_on.strftime("%d/%m/%Y"))
            if current.override_level:
                detail += "\n" + translate("RiskTab", "Set by the assessor")
            if current.review_due_on:
                detail += "\n" + translate("RiskTab", "Re-assess by {date}").format(
                    date=current.review_due_on.strftime("%d/%m/%Y"))
            self.level_detail.setText(detail)
        levels = [Level(lv.code, lv.rank, lv.label(lg)) for lv in registry.current().levels]
        ranks = {lv.code: lv.rank for lv in levels}
        self.chart.set_data(dr.trend(data.assessments, ranks), levels)
        self._fill_table(data.assessments, current.id if current else None)
        self._update_buttons()

    def _fill_table(self, assessments: list[dr.RiskAssessment], current_id: str | None) -> None:
        registry = risk_instrument.registry()
        lg = texts.lang()
        self.table.setRowCount(len(assessments))
        for row, a in enumerate(assessments):
            inst = registry.get(a.instrument_version) if registry.has(a.instrument_version) \
                else registry.current()
            level = inst.level_label(a.level, lg) if a.level else ""
            if a.override_level:
                level += " *"
            values = [a.assessed_on.strftime("%d/%m/%Y"), level,
                      f"{a.result.index:.2f}" if a.result else "",
                      texts.assessment_status(a, current_id=current_id), a.assessor, a.reason]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, a.id)
                if col == 1 and a.level:
                    item.setData(Qt.ItemDataRole.ToolTipRole, translate(
                        "RiskTab", "* set by the assessor") if a.override_level else "")
                self.table.setItem(row, col, item)

    def draft(self) -> dr.RiskAssessment | None:
        if self.data is None:
            return None
        return next((a for a in self.data.assessments if not a.is_signed), None)

    def _update_buttons(self) -> None:
        has_draft = self.draft() is not None
        self.new_button.setText(translate("RiskTab", "Continue the draft")
                                if has_draft else translate("RiskTab", "New assessment"))
        self.new_button.setEnabled(self.data is not None)
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    # --- actions -------------------------------------------------------------------------------
    def new_assessment(self) -> None:
        """Start a draft (pre-filled from the signed one in force) or reopen the draft."""
        draft = self.draft()
        if draft is not None:
            self.open_assessment(draft)
            return
        self.new_button.setEnabled(False)
        run(self.session, self, lambda: self.ops.start(self.case_id),
            on_done=self._started, on_error=self._start_failed)

    def _started(self, draft: dr.RiskAssessment) -> None:
        if self.data is not None:
            self.data = RiskData([draft, *self.data.assessments], self.data.hints,
                                 self.data.hint_labels)
        self.open_assessment(draft)
        self.changed.emit()

    def _start_failed(self, exc: BaseException) -> None:
        from mpi_desktop.ui.errors import show_error

        self._update_buttons()
        show_error(self, exc)

    def open_selected(self) -> None:
        items = self.table.selectedItems()
        if not items or self.data is None:
            return
        wanted = items[0].data(ID_ROLE)
        found = next((a for a in self.data.assessments if a.id == wanted), None)
        if found is not None:
            self.open_assessment(found)

    def open_assessment(self, assessment: dr.RiskAssessment) -> None:
        instrument = self._instrument_for(assessment)
        if instrument is None:
            from mpi_desktop.ui.errors import show_error

            show_error(self, risk_instrument.UnknownInstrumentVersion(
                assessment.instrument_version))
            return
        self._close_editor_widget()
        data = self.data
        editor = AssessmentEditor(
            self.session, assessment, instrument, parent=self,
            hints=data.hints if data and not assessment.is_signed else None,
            hint_labels=data.hint_labels if data else None)
        editor.closed.connect(self._editor_closed)
        editor.signed.connect(self._editor_signed)
        editor.discarded.connect(self._editor_closed)
        editor.saved.connect(lambda _a: self.changed.emit())
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)

    @staticmethod
    def _instrument_for(assessment: dr.RiskAssessment) -> Instrument | None:
        registry = risk_instrument.registry()
        if registry.has(assessment.instrument_version):
            return registry.get(assessment.instrument_version)
        return None

    def _editor_signed(self, _signed: dr.RiskAssessment) -> None:
        self.changed.emit()
        self.status_message.emit(translate("RiskTab", "Risk assessment signed."))
        self.load()

    def _editor_closed(self) -> None:
        self._close_editor_widget()
        self.stack.setCurrentWidget(self.overview)
        self.load()
        self.changed.emit()  # autosaved edits reach the case's history tab

    def _close_editor_widget(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def prepare_lock(self) -> None:
        if self.editor is not None:
            self.editor.flush()
