"""Live result of an assessment: the level, the figures, what drives them, what is
still missing before signing, and the assessor's override with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import risk as dr
from mpi_desktop.domain.risk_instrument import Instrument
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.texts import risk as texts
from mpi_desktop.ui.risk.common import badge_font, level_style

#: Data role of a missing-item row: the issue's field (for navigation).
FIELD_ROLE = int(Qt.ItemDataRole.UserRole)


class ResultPanel(QWidget):
    override_changed = Signal()
    #: The user picked a missing item: its field path ("answers.legal_v_impunity").
    go_to = Signal(str)

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskResultPanel")
        self.instrument = instrument
        self.level = QLabel(self)
        self.level.setObjectName("computedLevel")
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level.setWordWrap(True)
        self.level.setFont(badge_font(self.level))
        self.figures = QLabel(self)
        self.figures.setObjectName("riskFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("riskExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingSummary")
        self.missing_label.setWordWrap(True)
        self.missing = QListWidget(self)
        self.missing.setObjectName("missingList")
        self.missing.setMaximumHeight(140)
        self.missing.setWordWrap(True)
        self.missing.itemActivated.connect(self._activated)
        self.missing.itemDoubleClicked.connect(self._activated)

        self.override_box = QGroupBox(self)
        self.override_check = QCheckBox(self.override_box)
        self.override_check.setObjectName("overrideCheck")
        self.override_level = QComboBox(self.override_box)
        self.override_level.setObjectName("overrideLevel")
        for lv in instrument.levels:
            self.override_level.addItem(lv.label(texts.lang()), lv.code)
        self.override_reason = QPlainTextEdit(self.override_box)
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setMaximumHeight(90)
        box = QVBoxLayout(self.override_box)
        box.addWidget(self.override_check)
        box.addWidget(self.override_level)
        box.addWidget(self.override_reason)
        self.override_check.toggled.connect(self._override_toggled)
        self.override_level.currentIndexChanged.connect(lambda _i: self.override_changed.emit())
        self.override_reason.textChanged.connect(self.override_changed.emit)
        self._override_toggled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.level)
        layout.addWidget(self.figures)
        layout.addWidget(self.explanation, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing)
        layout.addWidget(self.override_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.override_box.setTitle(translate("RiskResult", "Level set by the assessor"))
        self.override_check.setText(translate("RiskResult", "Change the computed level"))
        self.override_reason.setPlaceholderText(translate(
            "RiskResult", "Why the computed level does not reflect the risk (required)"))

    def _override_toggled(self, on: bool) -> None:
        self.override_level.setEnabled(on and not self._read_only)
        self.override_reason.setEnabled(on)
        self.override_changed.emit()

    _read_only = False

    # --- data ---------------------------------------------------------------------------------
    def set_override(self, level: str | None, reason: str) -> None:
        for w in (self.override_check, self.override_level, self.override_reason):
            w.blockSignals(True)
        self.override_check.setChecked(level is not None)
        index = self.override_level.findData(level)
        self.override_level.setCurrentIndex(max(0, index))
        self.override_reason.setPlainText(reason)
        for w in (self.override_check, self.override_level, self.override_reason):
            w.blockSignals(False)
        self.override_level.setEnabled(level is not None and not self._read_only)
        self.override_reason.setEnabled(level is not None)

    def override(self) -> tuple[str | None, str]:
        if not self.override_check.isChecked():
            return None, ""
        return str(self.override_level.currentData()), self.override_reason.toPlainText()

    def show_result(self, assessment: dr.RiskAssessment, result: dr.RiskResult,
                    problems: list[Issue]) -> None:
        inst = self.instrument
        lg = texts.lang()
        final = assessment.override_level or result.level
        rank = inst.level_rank(final)
        if assessment.override_level and assessment.override_level != result.level:
            self.level.setText(translate(
                "RiskResult", "{level}\nset by the assessor (computed: {computed})").format(
                    level=inst.level_label(final, lg),
                    computed=inst.level_label(result.level, lg)))
        else:
            self.level.setText(inst.level_label(final, lg))
        self.level.setStyleSheet(level_style(rank))
        self.level.setProperty("level", final)
        self.figures.setText(translate(
            "RiskResult", "Threats {t} · Vulnerabilities {v} · Capacities {c} · Index {index}"
        ).format(t=texts.percent(result.threat_score), v=texts.percent(result.vulnerability_score),
                 c=texts.percent(result.capacity_score), index=f"{result.index:.2f}"))
        self.explanation.setText("\n".join(f"• {s}" for s in
                                           texts.explanation(result, assessment, inst)))
        self.missing.clear()
        if problems:
            self.missing_label.setText(translate(
                "RiskResult", "Missing before it can be signed ({count}):").format(
                    count=len(problems)))
            for issue in problems:
                item = QListWidgetItem(f"{texts.field_label(issue.field, inst)}: "
                                       f"{texts.describe_issue(issue)}")
                item.setData(FIELD_ROLE, issue.field)
                self.missing.addItem(item)
        else:
            self.missing_label.setText(translate("RiskResult", "Complete: it can be signed."))
        self.missing.setVisible(bool(problems))

    def _activated(self, item: QListWidgetItem) -> None:
        self.go_to.emit(str(item.data(FIELD_ROLE)))

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        self.override_check.setEnabled(not on)
        self.override_level.setEnabled(not on and self.override_check.isChecked())
        self.override_reason.setReadOnly(on)
