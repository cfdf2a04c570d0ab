"""The triage gate: physical risk reported, escalate now.

A prominent panel (not a modal box: the interview goes on) that stays at the
top of the tab until the caseworker escalates or records why not.  Escalating
proposes the chosen urgent measures and starts a new risk assessment in one
transaction; under the extraordinary procedure the measures start at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.storage.dv_reviews import urgent_measure_codes
from mpi_desktop.ui.look import heading

CODE = Qt.ItemDataRole.UserRole


class GatePanel(QFrame):
    #: (urgent measure codes, start a risk assessment, reason)
    escalate_requested = Signal(list, bool, str)
    dismiss_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatePanel")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("#gatePanel { border: 2px solid #a93226; background: #fdedec; }"
                           " #gatePanel QLabel { color: #641e16; }")
        title = heading(self, 1.3)
        title.setObjectName("gateTitle")
        title.setText(translate("Protocol", "⚠ Physical risk reported: escalate now"))
        self.explanation = QLabel()
        self.explanation.setObjectName("gateExplanation")
        self.explanation.setWordWrap(True)
        self.measures = QListWidget()
        self.measures.setObjectName("urgentMeasureList")
        self.measures.setMaximumHeight(130)
        lang = current_language()
        catalog = catalogs.get("measures")
        for code in urgent_measure_codes():
            entry = catalog.get(code)
            item = QListWidgetItem(entry.label(lang) if entry else code)
            item.setData(CODE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if entry is not None and entry.description(lang):
                item.setToolTip(entry.description(lang))
            self.measures.addItem(item)
        self.assessment = QCheckBox(translate("Protocol", "Start a new risk assessment"))
        self.assessment.setObjectName("startAssessmentCheck")
        self.assessment.setChecked(True)
        self.reason = QLineEdit(translate(
            "Protocol", "Physical risk identified in the triage of the digital-violence "
            "protocol"))
        self.reason.setObjectName("escalationReason")
        self.escalate_button = QPushButton(translate("Protocol", "&Escalate now"))
        self.escalate_button.setObjectName("escalateButton")
        self.escalate_button.setDefault(True)
        self.dismiss_button = QPushButton(translate("Protocol", "Do not escalate…"))
        self.dismiss_button.setObjectName("dismissGateButton")
        self.dismiss_reason = QLineEdit()
        self.dismiss_reason.setObjectName("dismissReason")
        self.dismiss_reason.setPlaceholderText(translate(
            "Protocol", "Why no escalation is needed (kept with the review)"))
        self.confirm_dismiss = QPushButton(translate("Protocol", "Record decision"))
        self.confirm_dismiss.setObjectName("confirmDismissButton")
        self.dismiss_row = QWidget()
        dismiss_layout = QHBoxLayout(self.dismiss_row)
        dismiss_layout.setContentsMargins(0, 0, 0, 0)
        dismiss_layout.addWidget(self.dismiss_reason, 1)
        dismiss_layout.addWidget(self.confirm_dismiss)
        self.dismiss_row.hide()
        self.escalate_button.clicked.connect(self._escalate)
        self.dismiss_button.clicked.connect(self._show_dismiss)
        self.confirm_dismiss.clicked.connect(self._dismiss)
        self.dismiss_reason.returnPressed.connect(self._dismiss)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(translate("Protocol", "Reason:")))
        reason_row.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.escalate_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(QLabel(translate("Protocol", "Urgent protection measures to propose:")))
        layout.addWidget(self.measures)
        layout.addWidget(self.assessment)
        layout.addLayout(reason_row)
        layout.addLayout(buttons)
        layout.addWidget(self.dismiss_row)
        self.hide()

    def prompt(self, *, procedure: str | None) -> None:
        if procedure == "extraordinario":
            extra = translate(
                "Protocol", "Extraordinary procedure: the measures start at once, pending "
                "ratification by the CEM.")
        else:
            extra = translate(
                "Protocol", "The measures are proposed to the CEM; if life or integrity is in "
                "imminent danger, change the case to the extraordinary procedure first so they "
                "start at once.")
        self.explanation.setText(translate(
            "Protocol", "The person reported physical risk. Propose an urgent protection "
            "measure and start a new risk assessment before continuing with the protocol.")
            + " " + extra)
        self.dismiss_row.hide()
        self.setEnabled(True)
        self.show()

    def checked_measures(self) -> list[str]:
        return [str(self.measures.item(i).data(CODE)) for i in range(self.measures.count())
                if self.measures.item(i).checkState() == Qt.CheckState.Checked]

    def check_measure(self, code: str) -> None:
        for i in range(self.measures.count()):
            if self.measures.item(i).data(CODE) == code:
                self.measures.item(i).setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(code)

    def _escalate(self) -> None:
        self.escalate_requested.emit(self.checked_measures(), self.assessment.isChecked(),
                                     self.reason.text())

    def _show_dismiss(self) -> None:
        self.dismiss_row.show()
        self.dismiss_reason.setFocus()

    def _dismiss(self) -> None:
        self.dismiss_requested.emit(self.dismiss_reason.text())
