"""The editor of one assessment: header, threats, items, conclusion, live result.

A draft is autosaved a few seconds after each change (and synchronously before
a lock), so an interview never loses answers.  Signing asks for confirmation,
saves the last edits and signs in one transaction; after that the same editor
shows the assessment read-only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import risk as dr
from mpi_desktop.domain.risk_instrument import Instrument
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.risk.common import DateInput, ask, run
from mpi_desktop.ui.risk.items_editor import ItemsEditor
from mpi_desktop.ui.risk.result_panel import ResultPanel
from mpi_desktop.ui.risk.threats_editor import ThreatsEditor
from mpi_desktop.ui.session import Session

AUTOSAVE_MS = 4000
THREATS_TAB, ITEMS_TAB, CONCLUSION_TAB = 0, 1, 2


class AssessmentEditor(QWidget):
    closed = Signal()
    #: An explicit save (autosaves do not emit it).
    saved = Signal(object)
    signed = Signal(object)
    discarded = Signal()

    def __init__(self, session: Session, assessment: dr.RiskAssessment,
                 instrument: Instrument, *, hints: dict[str, list[str]] | None = None,
                 hint_labels: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentEditor")
        self.session = session
        self.ops = RiskOps(session.vault)
        self.instrument = instrument
        self.assessment = assessment
        self.read_only = assessment.is_signed
        self.dirty = False
        self._saving = False
        self._loading = True

        self.heading = QLabel(self)
        self.heading.setObjectName("assessmentHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.assessed_on = DateInput("assessedOn", parent=self)
        self.assessor = QLineEdit(self)
        self.assessor.setObjectName("assessor")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("assessmentReason")
        self.review_due = DateInput("reviewDueOn", optional=True, parent=self)
        header = QFormLayout()
        self.header_labels = [QLabel(self) for _ in range(4)]
        for label, widget in zip(self.header_labels, (self.assessed_on, self.assessor,
                                                      self.reason, self.review_due),
                                 strict=True):
            label.setBuddy(widget)
            header.addRow(label, widget)

        self.threats = ThreatsEditor(instrument, self)
        self.items = ItemsEditor(instrument, self)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("assessmentSummary")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.addTab(self.threats, "")
        self.tabs.addTab(self.items, "")
        self.tabs.addTab(self.summary, "")
        self.result = ResultPanel(instrument, self)

        splitter = QSplitter(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(header)
        left_layout.addWidget(self.tabs, 1)
        splitter.addWidget(left)
        splitter.addWidget(self.result)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel(self)
        self.status.setObjectName("editorStatus")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAssessmentButton")
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signAssessmentButton")
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discardDraftButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeEditorButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.discard_button, self.save_button, self.sign_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(lambda: self.save(autosave=True))

        self.save_button.clicked.connect(lambda: self.save())
        self.sign_button.clicked.connect(self.ask_sign)
        self.discard_button.clicked.connect(self.ask_discard)
        self.close_button.clicked.connect(self.close_editor)
        self.threats.changed.connect(self._edited)
        self.items.changed.connect(self._edited)
        self.summary.textChanged.connect(self._edited)
        self.assessor.textEdited.connect(self._edited)
        self.reason.textEdited.connect(self._edited)
        self.assessed_on.changed.connect(self._edited)
        self.review_due.changed.connect(self._edited)
        self.result.override_changed.connect(self._edited)
        self.result.go_to.connect(self.go_to)

        self._fill(assessment)
        if hints:
            self.items.mark_hints(hints, hint_labels or {})
        self.retranslate()
        self._apply_read_only()
        self._loading = False
        self.refresh_result()

    def retranslate(self) -> None:
        texts = (translate("RiskEditor", "Date of the assessment"),
                 translate("RiskEditor", "Assessor"),
                 translate("RiskEditor", "Reason for the assessment"),
                 translate("RiskEditor", "Re-assess by"))
        for label, text in zip(self.header_labels, texts, strict=True):
            label.setText(text)
        self.tabs.setTabText(THREATS_TAB, translate("RiskEditor", "Threats"))
        self.tabs.setTabText(ITEMS_TAB, translate("RiskEditor", "Vulnerabilities and capacities"))
        self.tabs.setTabText(CONCLUSION_TAB, translate("RiskEditor", "Conclusion"))
        self.summary.setPlaceholderText(translate(
            "RiskEditor", "The assessor's overall conclusion: the risk, its causes and what "
            "the protection plan should address."))
        self.save_button.setText(translate("RiskEditor", "Save draft"))
        self.sign_button.setText(translate("RiskEditor", "Sign…"))
        self.discard_button.setText(translate("RiskEditor", "Discard draft…"))
        self.close_button.setText(translate("RiskEditor", "Back to the list"))
        self._update_heading()

    def _update_heading(self) -> None:
        a = self.assessment
        date_text = a.assessed_on.strftime("%d/%m/%Y")
        if a.is_signed:
            self.heading.setText(translate(
                "RiskEditor", "Signed assessment of {date} (instrument v{version}) — "
                "read-only").format(date=date_text, version=a.instrument_version))
        else:
            self.heading.setText(translate(
                "RiskEditor", "Draft assessment (instrument v{version})").format(
                    version=a.instrument_version))

    # --- form <-> record --------------------------------------------------------------------
    def _fill(self, a: dr.RiskAssessment) -> None:
        self.assessed_on.set_value(a.assessed_on)
        self.assessor.setText(a.assessor)
        self.reason.setText(a.reason)
        self.review_due.set_value(a.review_due_on)
        self.threats.set_threats(a.threats)
        self.items.set_answers(dict(a.answers))
        self.summary.blockSignals(True)
        self.summary.setPlainText(a.summary)
        self.summary.blockSignals(False)
        self.result.set_override(a.override_level, a.override_reason)

    def current(self) -> dr.RiskAssessment:
        """The assessment as the form shows it now."""
        if self.read_only:
            return self.assessment
        level, reason = self.result.override()
        return replace(self.assessment, assessed_on=self.assessed_on.value() or
                       self.assessment.assessed_on, assessor=self.assessor.text().strip(),
                       reason=self.reason.text().strip(), review_due_on=self.review_due.value(),
                       threats=self.threats.threats(), answers=self.items.answers(),
                       summary=self.summary.toPlainText(), override_level=level,
                       override_reason=reason)

    def problems(self, a: dr.RiskAssessment) -> list[Issue]:
        return dr.validate(a, self.instrument) + dr.missing(a, self.instrument)

    def refresh_result(self) -> None:
        a = self.current()
        result = a.result if self.read_only and a.result else dr.score(a, self.instrument)
        self.result.show_result(a, result, [] if self.read_only else self.problems(a))

    def _edited(self) -> None:
        if self._loading or self.read_only:
            return
        self.dirty = True
        self.status.setText(translate("RiskEditor", "Unsaved changes"))
        self.refresh_result()
        self.autosave.start()

    # --- actions ---------------------------------------------------------------------------------
    def save(self, *, autosave: bool = False) -> None:
        if self.read_only or self._saving or (autosave and not self.dirty):
            return
        draft = self.current()
        if autosave and draft.override_level is not None and not draft.override_reason.strip():
            draft = replace(draft, override_level=None, override_reason="")
        self._saving = True
        self.autosave.stop()
        self.dirty = False
        run(self.session, self, lambda: self.ops.save(draft, autosave=autosave),
            on_done=lambda saved: self._saved(saved, autosave),
            on_error=self._save_failed)

    def _saved(self, saved: dr.RiskAssessment, autosave: bool) -> None:
        self._saving = False
        self.assessment = replace(self.assessment, updated_at=saved.updated_at,
                                  result=saved.result)
        if not self.dirty:
            self.status.setText(translate("RiskEditor", "Saved automatically") if autosave
                                else translate("RiskEditor", "Draft saved"))
        else:
            self.autosave.start()
        if not autosave:  # autosaves stay quiet: no reload of the case view every few seconds
            self.saved.emit(saved)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.dirty = True
        self.status.setText(translate("RiskEditor", "Not saved"))
        show_error(self, exc)

    def flush(self) -> None:
        """Before a lock: queue the pending save; the session waits for the runner."""
        if self.dirty and not self.read_only:
            self.save(autosave=True)

    def ask_sign(self) -> None:
        if self.read_only:
            return
        draft = self.current()
        problems = self.problems(draft)
        if problems:
            incomplete = [i for i in problems if i.code in ("required", "none_evaluated")]
            error = dr.AssessmentIncomplete(incomplete) if incomplete else \
                dr.AssessmentInvalid(problems)
            show_error(self, error)
            first = problems[0].field
            self.go_to(first)
            return
        lg_level = self.instrument.level_label(draft.override_level or
                                               dr.score(draft, self.instrument).level)
        ask(self, name="signAssessmentConfirm",
            text=translate("RiskEditor", "Sign this assessment with level {level}?").format(
                level=lg_level),
            informative=translate(
                "RiskEditor", "A signed assessment cannot be changed. It becomes the case's "
                "level in force and the previous one stays in the history."),
            yes=translate("RiskEditor", "Sign"), on_yes=lambda: self._sign(draft))

    def _sign(self, draft: dr.RiskAssessment) -> None:
        self.autosave.stop()
        self._saving = True
        self.sign_button.setEnabled(False)
        run(self.session, self, lambda: self.ops.save_and_sign(draft),
            on_done=self._signed, on_error=self._sign_failed)

    def _signed(self, signed: dr.RiskAssessment) -> None:
        self._saving = False
        self.dirty = False
        self.assessment = signed
        self.read_only = True
        self._apply_read_only()
        self._update_heading()
        self.status.setText(translate("RiskEditor", "Signed"))
        self.refresh_result()
        self.signed.emit(signed)

    def _sign_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.sign_button.setEnabled(True)
        show_error(self, exc)

    def ask_discard(self) -> None:
        if self.read_only:
            return
        ask(self, name="discardDraftConfirm",
            text=translate("RiskEditor", "Discard this draft assessment?"),
            informative=translate("RiskEditor", "Its answers and threats will be deleted."),
            yes=translate("RiskEditor", "Discard"), on_yes=self._discard)

    def _discard(self) -> None:
        self.autosave.stop()
        self.dirty = False
        run(self.session, self, lambda: self.ops.discard(self.assessment.id),
            on_done=lambda _case: self.discarded.emit())

    def close_editor(self) -> None:
        self.flush()
        self.closed.emit()

    def go_to(self, field: str) -> None:
        """Show where a missing or wrong field is."""
        parts = field.split(".")
        if parts[0] == "answers" and len(parts) > 1:
            self.tabs.setCurrentIndex(ITEMS_TAB)
            self.items.focus_item(parts[1])
        elif parts[0] in ("vulnerability", "capacity"):
            self.tabs.setCurrentIndex(ITEMS_TAB)
        elif parts[0] == "threats":
            self.tabs.setCurrentIndex(THREATS_TAB)
            if len(parts) > 1 and parts[1].isdigit():
                self.threats.list.setCurrentRow(int(parts[1]))
            elif not self.threats.threats():
                self.threats.add_button.setFocus()
        elif parts[0] == "assessor":
            self.assessor.setFocus()
        elif parts[0] == "override_reason":
            self.result.override_reason.setFocus()

    def _apply_read_only(self) -> None:
        on = self.read_only
        self.assessed_on.set_read_only(on)
        self.assessor.setReadOnly(on)
        self.reason.setReadOnly(on)
        self.review_due.set_read_only(on)
        self.summary.setReadOnly(on)
        self.threats.set_read_only(on)
        self.items.set_read_only(on)
        self.result.set_read_only(on)
        for b in (self.save_button, self.sign_button, self.discard_button):
            b.setVisible(not on)
