"""The "Seguimiento" section: what needs attention across cases.

Three lists — reviews overdue (measures and risk re-assessments), measures
pending ratification by the CEM, cases whose risk rose — each row opening its
case.  Only open cases appear.  In interview mode the lists are emptied: only
the case in front of the caseworker may be on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import risk_instrument
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.storage import plans, risk
from mpi_desktop.storage.plans import MeasureRow, OverdueReview
from mpi_desktop.storage.risk import CaseRiskRow
from mpi_desktop.storage.vault import Vault
from mpi_desktop.texts import risk as texts
from mpi_desktop.ui.risk.common import OVERDUE_COLOR, run
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session

CASE_ROLE = int(Qt.ItemDataRole.UserRole)


@dataclass(frozen=True)
class FollowUpData:
    overdue: list[OverdueReview]
    pending: list[MeasureRow]
    rising: list[CaseRiskRow]


def load_follow_up(vault: Vault) -> FollowUpData:
    today = today_local()
    with vault.read() as conn:
        return FollowUpData(plans.overdue_reviews(conn, today),
                            plans.measures_pending_ratification(conn),
                            risk.cases_with_rising_risk(conn))


def _list(name: str, parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class FollowUpSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("followUpSection")
        self.interview = False
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshFollowUpButton")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        self.boxes: list[QGroupBox] = []
        self.overdue = _list("overdueReviewsList", self)
        self.pending = _list("pendingRatificationList", self)
        self.rising = _list("risingRiskList", self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for tree in (self.overdue, self.pending, self.rising):
            box = QGroupBox(self)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(tree)
            layout.addWidget(box, 1)
            self.boxes.append(box)
            tree.itemActivated.connect(self._open)
            tree.itemDoubleClicked.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("FollowUp", "Follow-up"))
        self.refresh_button.setText(translate("FollowUp", "Refresh"))
        self.overdue.setHeaderLabels([
            translate("FollowUp", "Due"), translate("FollowUp", "Folio"),
            translate("FollowUp", "Beneficiary"), translate("FollowUp", "What")])
        self.pending.setHeaderLabels([
            translate("FollowUp", "Started"), translate("FollowUp", "Folio"),
            translate("FollowUp", "Beneficiary"), translate("FollowUp", "Measure"),
            translate("FollowUp", "State")])
        self.rising.setHeaderLabels([
            translate("FollowUp", "Assessed"), translate("FollowUp", "Folio"),
            translate("FollowUp", "Beneficiary"), translate("FollowUp", "Risk")])
        self._update_titles()

    def _update_titles(self) -> None:
        titles = (translate("FollowUp", "Reviews overdue ({count})"),
                  translate("FollowUp", "Measures pending ratification by the CEM ({count})"),
                  translate("FollowUp", "Cases whose risk rose ({count})"))
        for box, title, tree in zip(self.boxes, titles,
                                    (self.overdue, self.pending, self.rising), strict=True):
            box.setTitle(title.format(count=tree.topLevelItemCount()))

    # --- data ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.interview:
            return
        run(self.session, self, lambda: load_follow_up(self.session.vault),
            on_done=self._loaded)

    def _loaded(self, data: FollowUpData) -> None:
        if self.interview:
            return
        instrument = risk_instrument.current()
        lg = texts.lang()
        for tree in (self.overdue, self.pending, self.rising):
            tree.clear()
        for o in data.overdue:
            what = (translate("FollowUp", "Review of “{measure}”").format(
                measure=texts.measure_label(o.code)) if o.kind == "measure" else
                translate("FollowUp", "Risk re-assessment (level {level})").format(
                    level=instrument.level_label(o.code, lg)))
            item = self._item(o.case_id, [o.due_on.strftime("%d/%m/%Y"), o.folio,
                                          o.primary_name, what])
            item.setForeground(0, OVERDUE_COLOR)
            self.overdue.addTopLevelItem(item)
        for m in data.pending:
            self.pending.addTopLevelItem(self._item(m.case_id, [
                m.proposed_on.strftime("%d/%m/%Y"), m.folio, m.primary_name,
                texts.measure_label(m.code), texts.state_label(m.state)]))
        for r in data.rising:
            change = translate("FollowUp", "{before} → {now}").format(
                before=instrument.level_label(r.previous_level, lg),
                now=instrument.level_label(r.level, lg))
            self.rising.addTopLevelItem(self._item(r.case_id, [
                r.assessed_on.strftime("%d/%m/%Y"), r.folio, r.primary_name, change]))
        self._update_titles()

    @staticmethod
    def _item(case_id: str, values: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(values)
        item.setData(0, CASE_ROLE, case_id)
        return item

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id:
            self.navigate.emit("cases", str(case_id))

    def set_interview_mode(self, on: bool) -> None:
        self.interview = on
        if on:
            for tree in (self.overdue, self.pending, self.rising):
                tree.clear()
            self._update_titles()
        self.refresh_button.setEnabled(not on)
        if not on and self.isVisible():
            self.refresh()


def _title() -> str:
    return translate("FollowUp", "Follow-up")


SPEC = SectionSpec(key="followup", title=_title, factory=FollowUpSection, order=20,
                   shortcut="Ctrl+2")
