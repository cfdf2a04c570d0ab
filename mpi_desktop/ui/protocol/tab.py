"""The "Violencia digital" tab of a case: the protocol applied with the person.

One review at a time is shown (the latest by default; earlier ones stay
selectable).  The checklist is built from the protocol version *of that
review*.  Every change is one small operation on the runner; the tab keeps
what the caseworker sees as the truth while typing and only refreshes counts,
the gate and the suggestions from what storage answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_protocol import Protocol
from mpi_desktop.domain.dv_review import Review
from mpi_desktop.i18n import translate
from mpi_desktop.storage import dv_reviews
from mpi_desktop.storage.dv_reviews import DvReviews, Escalation, ItemChange
from mpi_desktop.texts.protocol import review_status_label
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.look import heading
from mpi_desktop.ui.protocol.checklist import ChecklistPanel
from mpi_desktop.ui.protocol.evidence_panel import EvidencePanel
from mpi_desktop.ui.protocol.findings import FindingsPanel
from mpi_desktop.ui.protocol.gate import GatePanel
from mpi_desktop.ui.protocol.log_panel import FollowUpPanel
from mpi_desktop.ui.protocol.measures_panel import SuggestedMeasuresPanel
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab, TabSpec

#: Steps the tab docks panels or shortcuts into, when the protocol version has them.
FINDINGS_STEP = "types_platforms"
EVIDENCE_STEP = "evidence"
MEASURES_STEP = "referral"
FOLLOW_UP_STEP = "follow_up"


@dataclass(frozen=True)
class TabData:
    reviews: list[Review]
    procedure: str | None
    #: Open measures of the plan, or None when the plan feature is not available.
    plan_codes: set[str] | None


def _load(session: Session, case_id: str) -> TabData:
    reviews = DvReviews(session.vault)
    try:
        plan_codes: set[str] | None = reviews.plan_measure_codes(case_id)
    except ImportError:
        plan_codes = None
    return TabData(reviews=reviews.for_case(case_id),
                   procedure=reviews.case_procedure(case_id), plan_codes=plan_codes)


class DigitalViolenceTab(CaseTab):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setObjectName("digitalViolenceTab")
        self.ops = DvReviews(session.vault)
        self.reviews: list[Review] = []
        self.review: Review | None = None
        self.protocol: Protocol | None = None
        self.procedure: str | None = None
        self.plan_codes: set[str] | None = None
        self.checklist: ChecklistPanel | None = None
        self.findings: FindingsPanel | None = None
        # --- header ---------------------------------------------------------------------
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("reviewCombo")
        self.review_combo.activated.connect(self._review_chosen)
        self.start_button = QPushButton(translate("Protocol", "&New review"))
        self.start_button.setObjectName("startReviewButton")
        self.start_button.clicked.connect(self.start_review)
        self.overall = QProgressBar()
        self.overall.setObjectName("overallProgress")
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatus")
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("completeReviewButton")
        self.complete_button.clicked.connect(self._toggle_completed)
        header = QHBoxLayout()
        header.addWidget(QLabel(translate("Protocol", "Review:")))
        header.addWidget(self.review_combo, 1)
        header.addWidget(self.overall, 1)
        header.addWidget(self.status_label)
        header.addWidget(self.complete_button)
        header.addWidget(self.start_button)
        # --- gate, body -------------------------------------------------------------------
        self.gate = GatePanel()
        self.gate.escalate_requested.connect(self.escalate)
        self.gate.dismiss_requested.connect(self.dismiss_gate)
        self.evidence = EvidencePanel(session, case_id)
        self.evidence.status_message.connect(self.status_message)
        self.evidence.changed.connect(self._evidence_changed)
        self.measures = SuggestedMeasuresPanel()
        self.measures.add_requested.connect(self.add_measures)
        self.follow_up = FollowUpPanel()
        self.follow_up.changed.connect(self._details_changed)
        self.sections = QTabWidget()
        self.sections.setObjectName("protocolSections")
        self.checklist_holder = QStackedWidget()
        self.sections.addTab(self.checklist_holder, translate("Protocol", "Checklist"))
        self.sections.addTab(self.evidence, translate("Protocol", "Evidence"))
        self.sections.addTab(self.measures, translate("Protocol", "Suggested measures"))
        self.sections.addTab(self.follow_up, translate("Protocol", "Follow-up and record"))
        # --- nothing started yet: the checklist tab invites to start -----------------------
        self.empty = QWidget()
        self.empty.setObjectName("noReviewPage")
        empty_title = heading(self.empty, 1.3)
        empty_title.setText(translate("Protocol", "Digital-violence protocol"))
        empty_text = QLabel(translate(
            "Protocol", "A guided checklist to go through with the person: safety triage, "
            "types of digital violence, evidence preservation, account and device security, "
            "doxxing and intimate images, referral and follow-up. Progress is saved as you "
            "go; you can pause and resume at any time."))
        empty_text.setWordWrap(True)
        self.first_button = QPushButton(translate("Protocol", "&Start the protocol"))
        self.first_button.setObjectName("startFirstReviewButton")
        self.first_button.clicked.connect(self.start_review)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(empty_title)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.checklist_holder.addWidget(self.empty)
        self.header = QWidget()
        self.header.setLayout(header)
        self.header.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.gate)
        layout.addWidget(self.sections, 1)
        self._review_tabs_enabled(False)

    def _review_tabs_enabled(self, on: bool) -> None:
        for widget in (self.measures, self.follow_up):
            self.sections.setTabEnabled(self.sections.indexOf(widget), on)

    def title(self) -> str:
        return translate("Protocol", "Digital violence")

    # --- loading -------------------------------------------------------------------------------
    def load(self, *, select: str | None = None) -> None:
        asyncops.run(self.session, self, lambda: _load(self.session, self.case_id),
                     on_done=lambda data: self._loaded(data, select))
        self.evidence.load()

    def _loaded(self, data: TabData, select: str | None) -> None:
        self.reviews = data.reviews
        self.procedure = data.procedure
        self.plan_codes = data.plan_codes
        if not self.reviews:
            self.review = None
            self.header.hide()
            self.gate.hide()
            self.checklist_holder.setCurrentWidget(self.empty)
            self._review_tabs_enabled(False)
            return
        self.header.show()
        self._review_tabs_enabled(True)
        wanted = select or (self.review.id if self.review else None)
        review = next((r for r in self.reviews if r.id == wanted), self.reviews[0])
        self._fill_combo(review.id)
        self.show_review(review)

    def _fill_combo(self, current: str) -> None:
        self.review_combo.clear()
        for review in self.reviews:
            protocol = dv_reviews.protocol_of(review)
            progress = dr.overall_progress(protocol, review)
            self.review_combo.addItem(translate(
                "Protocol", "{date} · protocol v{version} · {status} · {percent} %").format(
                    date=review.started_on.isoformat(), version=review.protocol_version,
                    status=review_status_label(review.status), percent=progress.percent),
                review.id)
        self.review_combo.setCurrentIndex(max(0, self.review_combo.findData(current)))

    def _review_chosen(self, index: int) -> None:
        review_id = self.review_combo.itemData(index)
        review = next((r for r in self.reviews if r.id == review_id), None)
        if review is not None and (self.review is None or review.id != self.review.id):
            self._flush()
            self.show_review(review)

    def show_review(self, review: Review) -> None:
        protocol = dv_reviews.protocol_of(review)
        if self.checklist is None or self.protocol is None or \
                self.protocol.version != protocol.version:
            self._build_checklist(protocol)
        self.protocol = protocol
        self.review = review
        self.evidence.review_id = review.id
        self.evidence.platforms = protocol.platforms
        assert self.checklist is not None and self.findings is not None
        self.checklist.show_review(review, restore_position=True)
        self.findings.show_review(review)
        self.follow_up.show_review(review)
        self._refresh(review)

    def _build_checklist(self, protocol: Protocol) -> None:
        old = self.checklist
        checklist = ChecklistPanel(protocol)
        checklist.state_chosen.connect(self._state_chosen)
        checklist.notes_committed.connect(self._notes_committed)
        checklist.step_changed.connect(self._step_changed)
        findings = FindingsPanel(protocol)
        findings.changed.connect(self._findings_changed)
        pages = checklist.step_pages
        # The types step shows the lists first: ticking them is what its items ask for.
        pages[FINDINGS_STEP if FINDINGS_STEP in pages else protocol.steps[0].code].dock(
            findings, top=True)
        shortcuts = ((EVIDENCE_STEP, "goToEvidenceButton",
                      translate("Protocol", "Go to the evidence of the case →"), self.evidence),
                     (MEASURES_STEP, "goToMeasuresButton",
                      translate("Protocol", "See the suggested measures →"), self.measures),
                     (FOLLOW_UP_STEP, "goToFollowUpButton",
                      translate("Protocol", "Set the follow-up date and notes →"),
                      self.follow_up))
        for step, name, text, target in shortcuts:
            if step in pages:
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(
                    lambda _c=False, t=target: self.sections.setCurrentWidget(t))
                pages[step].dock(button)
        self.checklist_holder.addWidget(checklist)
        self.checklist_holder.setCurrentWidget(checklist)
        if old is not None:
            self.checklist_holder.removeWidget(old)
            old.deleteLater()
        self.checklist, self.findings = checklist, findings

    def _refresh(self, review: Review) -> None:
        """Everything derived from the stored review: counts, gate, suggestions, record."""
        self.review = review
        self.reviews = [review if r.id == review.id else r for r in self.reviews]
        protocol = self.protocol
        if protocol is None or self.checklist is None:
            return
        self.checklist.refresh_progress(review)
        progress = dr.overall_progress(protocol, review)
        self.overall.setMaximum(max(1, progress.total))
        self.overall.setValue(progress.answered)
        self.overall.setFormat(translate("Protocol", "{percent} % ({answered} of {total})"
                                         ).format(percent=progress.percent,
                                                  answered=progress.answered,
                                                  total=progress.total))
        self.status_label.setText(review_status_label(review.status))
        self.complete_button.setText(
            translate("Protocol", "Reopen") if review.status == dr.COMPLETED
            else translate("Protocol", "Mark as completed"))
        if dr.open_gates(review):
            if self.gate.isHidden():
                self.gate.prompt(procedure=self.procedure)
        else:
            self.gate.hide()
        self.measures.show_suggestions(protocol, review, self.plan_codes)
        self.follow_up.show_events(review)
        index = self.review_combo.findData(review.id)
        if index >= 0:
            self.review_combo.setItemText(index, translate(
                "Protocol", "{date} · protocol v{version} · {status} · {percent} %").format(
                    date=review.started_on.isoformat(), version=review.protocol_version,
                    status=review_status_label(review.status), percent=progress.percent))

    # --- operations ---------------------------------------------------------------------------
    def _run(self, fn: Any, on_done: Any = None) -> None:
        asyncops.run(self.session, self, fn, on_done=on_done)

    def start_review(self) -> None:
        self._flush()
        self._run(lambda: self.ops.start(self.case_id), self._started)

    def _started(self, review: Review) -> None:
        self.status_message.emit(translate("Protocol", "New review started."))
        self.load(select=review.id)

    def _state_chosen(self, code: str, status: str, answer: object) -> None:
        review = self.review
        if review is None:
            return
        review_id = review.id
        self._run(lambda: self.ops.set_item(review_id, code, status=status, answer=answer),
                  self._item_saved)

    def _notes_committed(self, code: str, text: str) -> None:
        if self.review is None:
            return
        review_id = self.review.id
        self._run(lambda: self.ops.set_item(review_id, code, notes=text), self._item_saved)

    def _item_saved(self, change: ItemChange) -> None:
        if self.review is None or change.review.id != self.review.id:
            return
        self._refresh(change.review)
        if change.gate_fired is not None:
            self.gate.prompt(procedure=self.procedure)
            self.status_message.emit(translate(
                "Protocol", "Physical risk reported: escalate now (panel at the top)."))

    def _findings_changed(self, changes: dict[str, Any]) -> None:
        if self.review is None:
            return
        review_id = self.review.id
        self._run(lambda: self.ops.set_findings(review_id, **changes), self._review_saved)

    def _details_changed(self, changes: dict[str, Any]) -> None:
        if self.review is None:
            return
        review_id = self.review.id
        self._run(lambda: self.ops.set_details(review_id, **changes), self._review_saved)

    def _review_saved(self, review: Review) -> None:
        if self.review is not None and review.id == self.review.id:
            self._refresh(review)

    def _step_changed(self, step: str) -> None:
        review = self.review
        if review is None or review.current_step == step:
            return
        review_id = review.id
        self._run(lambda: self.ops.set_position(review_id, step))

    def _toggle_completed(self) -> None:
        review = self.review
        if review is None:
            return
        self._flush()
        review_id, completed = review.id, review.status != dr.COMPLETED
        self._run(lambda: self.ops.set_completed(review_id, completed), self._review_saved)

    def escalate(self, measure_codes: list[str], start_assessment: bool, reason: str) -> None:
        review = self.review
        if review is None:
            return
        review_id = review.id
        self.gate.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.gate.setEnabled(True)
            show_error(self, exc)

        asyncops.run(self.session, self,
                     lambda: self.ops.escalate(review_id, measure_codes=measure_codes,
                                               start_assessment=start_assessment,
                                               reason=reason),
                     on_done=self._escalated, on_error=failed)

    def _escalated(self, result: Escalation) -> None:
        self.gate.setEnabled(True)
        if result.urgent_start:
            text = translate("Protocol", "Escalated: {measures} urgent measures started "
                             "(pending CEM ratification){assessment}.")
        else:
            text = translate("Protocol", "Escalated: {measures} urgent measures proposed to "
                             "the CEM{assessment}.")
        assessment = translate("Protocol", "; new risk assessment started") \
            if result.assessment_id else ""
        self.status_message.emit(text.format(measures=len(result.measure_ids),
                                             assessment=assessment))
        self.changed.emit()
        self.load(select=result.review.id)

    def dismiss_gate(self, reason: str) -> None:
        review = self.review
        if review is None:
            return
        review_id = review.id
        self._run(lambda: self.ops.dismiss_gate(review_id, reason), self._review_saved)

    def add_measures(self, codes: list[str]) -> None:
        review = self.review
        if review is None or not codes:
            return
        review_id = review.id
        reason = translate("Protocol", "Suggested by the digital-violence protocol")
        self._run(lambda: self.ops.propose_suggested(review_id, codes, reason),
                  lambda ids: self._measures_added(len(ids)))

    def _measures_added(self, count: int) -> None:
        self.status_message.emit(translate(
            "Protocol", "{count} measures added to the protection plan as proposals.").format(
                count=count))
        self.changed.emit()
        self.load()

    def _evidence_changed(self) -> None:
        self.changed.emit()

    # --- pending notes -------------------------------------------------------------------------
    def _flush(self) -> None:
        if self.checklist is not None:
            self.checklist.flush_notes()
        if self.findings is not None:
            self.findings.aggressor_notes.flush()
        self.follow_up.notes.flush()

    def has_unsaved_changes(self) -> bool:
        pending = self.follow_up.notes.pending
        if self.checklist is not None:
            pending = pending or self.checklist.notes_pending()
        if self.findings is not None:
            pending = pending or self.findings.aggressor_notes.pending
        return pending

    def save_changes(self, done: Any) -> None:
        self._flush()
        asyncops.run(self.session, self, lambda: None, on_done=lambda _r: done(True),
                     on_error=lambda _e: done(False))

    def discard_changes(self) -> None:
        if self.checklist is not None:
            self.checklist.discard_notes()
        if self.findings is not None:
            self.findings.aggressor_notes.discard()
        self.follow_up.notes.discard()

    def prepare_lock(self) -> None:
        """Save what is being typed, and wait for it: the vault closes right after."""
        self._flush()
        self.session.runner.wait_idle()


SPEC = TabSpec(key="digital_violence", order=60, factory=DigitalViolenceTab)
