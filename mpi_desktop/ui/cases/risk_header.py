"""The risk line of the case header: the level in force, colour-coded, with the date
of the assessment, and badges when something is late.

A caseworker opening a case in the middle of a call sees at once how serious it
is and whether a measure waits for the CEM's ratification or a review is overdue;
each badge opens the tab where that is dealt with.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from mpi_desktop.domain import risk_instrument
from mpi_desktop.i18n import translate
from mpi_desktop.texts import risk as risk_texts
from mpi_desktop.ui.cases import asyncops, labels, ops
from mpi_desktop.ui.cases.ops import RiskSummary
from mpi_desktop.ui.risk.common import LEVEL_COLORS
from mpi_desktop.ui.session import Session

_BADGE = ("QPushButton {{ background: {colour}; color: white; font-weight: bold;"
          " border-radius: 4px; padding: 3px 10px; border: none; }}")
PENDING_COLOUR = "#b9770e"
OVERDUE_COLOUR = "#a93226"


def level_text(summary: RiskSummary) -> str:
    level = summary.level
    if level is None:
        return translate("CaseRisk", "Risk: not assessed yet")
    name = risk_instrument.current().level_label(level.level, risk_texts.lang())
    return translate("CaseRisk", "Risk: {level} · assessed {date}").format(
        level=name, date=labels.fmt_date(level.assessed_on))


def level_style(summary: RiskSummary) -> str:
    rank = summary.level.rank if summary.level is not None else 0
    colour = LEVEL_COLORS.get(min(rank, 3), LEVEL_COLORS[0])
    return (f"background: {colour}; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 3px 10px;")


class RiskHeader(QWidget):
    #: Show a tab of the case view ("risk" or "plan").
    tab_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseRiskHeader")
        self.session = session
        self.summary: RiskSummary | None = None
        self.level = QPushButton(self)
        self.level.setObjectName("caseRiskLevel")
        self.level.setFlat(True)
        self.level.clicked.connect(lambda: self.tab_requested.emit("risk"))
        self.pending = QPushButton(self)
        self.pending.setObjectName("casePendingBadge")
        self.pending.setStyleSheet(_BADGE.format(colour=PENDING_COLOUR))
        self.pending.clicked.connect(lambda: self.tab_requested.emit("plan"))
        self.overdue = QPushButton(self)
        self.overdue.setObjectName("caseOverdueBadge")
        self.overdue.setStyleSheet(_BADGE.format(colour=OVERDUE_COLOUR))
        self.overdue.clicked.connect(self._overdue_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.level)
        layout.addWidget(self.pending)
        layout.addWidget(self.overdue)
        layout.addStretch(1)
        self.clear()

    def clear(self) -> None:
        self.summary = None
        for widget in (self.level, self.pending, self.overdue):
            widget.hide()

    def load(self, case_id: str) -> None:
        vault = self.session.vault
        asyncops.run(self.session, self, lambda: ops.risk_summary(vault, case_id),
                     on_done=self.show_summary, on_error=lambda _exc: self.clear())

    def show_summary(self, summary: RiskSummary) -> None:
        self.summary = summary
        self.level.setText(level_text(summary))
        self.level.setStyleSheet("QPushButton { " + level_style(summary) + " border: none; }")
        self.level.setToolTip(translate("CaseRisk", "Open the Risk tab"))
        self.level.setAccessibleName(level_text(summary))
        self.level.show()
        n = summary.pending_ratification
        self.pending.setVisible(bool(n))
        if n:
            self.pending.setText(translate("CaseRisk", "Pending ratification: {n}").format(n=n))
            self.pending.setToolTip(translate(
                "CaseRisk", "Measures started before the CEM approved them; the CEM must "
                "ratify them. Opens the Protection plan tab."))
        self.overdue.setVisible(summary.overdue)
        if summary.overdue:
            self.overdue.setText(translate("CaseRisk", "Review overdue"))
            parts = []
            if summary.reassessment_overdue:
                parts.append(translate("CaseRisk", "The risk re-assessment is past its date."))
            if summary.overdue_measures:
                parts.append(translate(
                    "CaseRisk", "Measures whose review date has passed: {n}.").format(
                        n=summary.overdue_measures))
            self.overdue.setToolTip(" ".join(parts))

    def _overdue_clicked(self) -> None:
        summary = self.summary
        only_risk = summary is not None and not summary.overdue_measures
        self.tab_requested.emit("risk" if only_risk else "plan")
