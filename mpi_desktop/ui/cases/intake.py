"""The intake wizard, built for an interview with a person at risk.

Keyboard first: Tab moves between fields, Enter goes to the next step, Ctrl+Enter
finishes from any step, every field has an Alt+letter.  The minimum comes first
(name, profile, alcaldía, a safe contact, what happened, date of request); the
rest is optional on later steps and can be skipped.

Nothing typed is lost: while there are unsaved edits the wizard's state is
autosaved into the vault every few seconds, synchronously before a lock, and the
section offers it back after a crash or a kill.  Finishing creates the people,
the case and its aggressions and deletes the draft in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.cases import Case
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue, ValidationFailed
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.ui.cases import asyncops, confirm, labels
from mpi_desktop.ui.cases.drafting import DraftKeeper
from mpi_desktop.ui.cases.fields import (
    CheckField,
    DateField,
)
from mpi_desktop.ui.cases.form import INVALID_STYLE
from mpi_desktop.ui.cases.intake_items import ItemList, make_aggression, make_link
from mpi_desktop.ui.cases.intake_model import (
    AGGRESSION,
    LINK,
    MAIN,
    IntakeResult,
    Placed,
    build,
    is_blank_aggression,
    is_blank_link,
    title_of,
)
from mpi_desktop.ui.cases.intake_pages import (
    AGGRESSIONS,
    CONSENT,
    CONSENT_ROWS,
    DOCUMENT_ROWS,
    DOCUMENTS,
    ESSENTIAL_ROWS,
    ESSENTIALS,
    LINKS,
    PERSONAL,
    PERSONAL_ROWS,
    REQUIRED,
    intake_form,
    page,
)
from mpi_desktop.ui.cases.record_forms import form_layout
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session

PAYLOAD_VERSION = 1


class IntakeWizard(QWidget):
    #: The case was created: (case id, folio).
    finished = Signal(str, str)
    #: The wizard was left without finishing (the draft was kept or discarded).
    left = Signal()
    interview_requested = Signal(bool)
    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("intakeWizard")
        self.setStyleSheet(INVALID_STYLE)
        self._interview = False
        self._finishing = False
        self.form = intake_form(self)
        self.form.changed.connect(self._edited)
        self.links = ItemList(prefix="link", add_text=translate(
            "Intake", "&Add linked person"), make=make_link)
        self.aggressions = ItemList(prefix="aggression", add_text=translate(
            "Intake", "&Add aggression"), make=make_aggression)
        self.links.changed.connect(self._edited)
        self.aggressions.changed.connect(self._edited)
        self.keeper = DraftKeeper(session, kind=drafts.INTAKE, snapshot=self.snapshot,
                                  parent=self)
        self.keeper.saved.connect(self._draft_saved)
        self.keeper.failed.connect(self._draft_failed)
        self.page_of: dict[str, int] = {}

        self.steps = QListWidget()
        self.steps.setObjectName("intakeSteps")
        self.steps.setAccessibleName(translate("Intake", "Steps of the interview"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("intakePages")
        self._add_page(ESSENTIALS, translate("Intake", "1. Essentials"),
                       translate("Intake", "What is needed to open the case. Everything else "
                                 "can wait; press Ctrl+Enter to finish at any time."),
                       self._rows(ESSENTIAL_ROWS, ESSENTIALS))
        self._add_page(PERSONAL, translate("Intake", "2. More about the person"),
                       translate("Intake", "Optional."), self._rows(PERSONAL_ROWS, PERSONAL))
        self._add_page(DOCUMENTS, translate("Intake", "3. Identity documents"),
                       translate("Intake", "Optional. Only what the person wants to give."),
                       self._rows(DOCUMENT_ROWS, DOCUMENTS))
        self._add_page(LINKS, translate("Intake", "4. Linked persons"),
                       translate("Intake", "Optional. Family members, colleagues or others "
                                 "who are also at risk."), self.links)
        self._add_page(AGGRESSIONS, translate("Intake", "5. Aggressions"),
                       translate("Intake", "Optional. One block per event."), self.aggressions)
        self.summary = QLabel()
        self.summary.setObjectName("intakeSummary")
        self.summary.setWordWrap(True)
        consent_body = QWidget()
        consent_layout = QVBoxLayout(consent_body)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self._rows(CONSENT_ROWS, CONSENT))
        consent_layout.addWidget(self.summary)
        self._add_page(CONSENT, translate("Intake", "6. Consent and case file"),
                       translate("Intake", "Read the privacy notice to the person and record "
                                 "their answer."), consent_body)
        self.steps.currentRowChanged.connect(self.go_to)

        self.title = QLabel(translate("Intake", "<h1>New interview</h1>"))
        self.draft_status = QLabel()
        self.draft_status.setObjectName("intakeDraftStatus")
        self.interview_button = QPushButton()
        self.interview_button.setObjectName("intakeInterviewButton")
        self.interview_button.clicked.connect(
            lambda: self.interview_requested.emit(not self._interview))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.draft_status, 1, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.interview_button)

        self.leave_button = QPushButton(translate("Intake", "&Close…"))
        self.leave_button.setObjectName("intakeClose")
        self.leave_button.clicked.connect(self.request_leave)
        self.back_button = QPushButton(translate("Intake", "← &Back"))
        self.back_button.setObjectName("intakeBack")
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button = QPushButton(translate("Intake", "&Next →"))
        self.next_button.setObjectName("intakeNext")
        self.next_button.setToolTip(translate("Intake", "Next step (Enter)"))
        self.next_button.clicked.connect(self.next_page)
        self.finish_button = QPushButton(translate("Intake", "&Finish and open the case"))
        self.finish_button.setObjectName("intakeFinish")
        self.finish_button.setToolTip(translate("Intake", "Create the case now (Ctrl+Enter)"))
        self.finish_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)

        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        self.steps.setMaximumWidth(self.steps.sizeHintForColumn(0) + 32)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.finish)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go_to(self.stack.currentIndex() + s))
        consent = self.form["consent"]
        assert isinstance(consent, CheckField)
        consent.box.toggled.connect(self._consent_toggled)
        self._update_interview_button()
        self.start_new()

    # --- building --------------------------------------------------------------------------------
    def _rows(self, names: list[str], page: int) -> QWidget:
        box = QWidget()
        layout = form_layout()
        layout.setContentsMargins(0, 0, 0, 0)
        for name in names:
            self.form.row(layout, name, required=name in REQUIRED)
            self.page_of[name] = page
        wrapper = QVBoxLayout(box)
        wrapper.setContentsMargins(0, 0, 0, 0)
        if page == ESSENTIALS:
            wrapper.addWidget(self.form.general)
        wrapper.addLayout(layout)
        return box

    def _add_page(self, index: int, title: str, intro: str, body: QWidget) -> None:
        assert self.stack.count() == index
        self.stack.addWidget(page(title, intro, body))
        self.steps.addItem(title)

    # --- state -----------------------------------------------------------------------------------
    def start_new(self) -> None:
        """A blank interview with a new draft id."""
        self._finishing = True  # no autosave of the old interview while it is cleared
        self.form.reset({"opened_on": today_local(), "origin": "solicitud_directa",
                         "contact_kind": "telefono_movil", "contact_safe": True})
        self.links.clear()
        self.aggressions.clear()
        self.clear_issues()
        self.keeper.restart()
        self.draft_status.setText(translate("Intake", "Autosaved as you type."))
        self._finishing = False
        self._set_busy(False)
        self.go_to(ESSENTIALS)

    def has_content(self) -> bool:
        return self.form.dirty or bool(self.links.items) or bool(self.aggressions.items)

    def snapshot(self) -> tuple[str, dict[str, Any]]:
        main = self.form.plain()
        return title_of(self.form.values()), {
            "version": PAYLOAD_VERSION, "page": self.stack.currentIndex(), "main": main,
            "links": self.links.plain(), "aggressions": self.aggressions.plain()}

    def restore(self, draft: Draft) -> None:
        """Put a recovered interview back exactly as it was typed."""
        self.start_new()
        payload = draft.payload
        main = payload.get("main")
        if isinstance(main, dict):
            self.form.set_plain(main)
        self.links.set_plain(list(payload.get("links") or []))
        self.aggressions.set_plain(list(payload.get("aggressions") or []))
        self.keeper.adopt(draft.id)
        page = payload.get("page")
        self.go_to(page if isinstance(page, int) else ESSENTIALS)
        self.draft_status.setText(translate("Intake", "Recovered the draft saved {when}.").format(
            when=labels.fmt_instant(draft.updated_at)))

    def _edited(self) -> None:
        if self._finishing or self.form.loading or not self.has_content():
            return
        self.keeper.mark_dirty()
        self.draft_status.setText(translate("Intake", "Unsaved changes; saving the draft…"))

    def _draft_saved(self, when: str) -> None:
        if not self.keeper.dirty:
            self.draft_status.setText(translate("Intake", "Draft saved in the vault at {time}."
                                                ).format(time=labels.fmt_instant(when)[-5:]))

    def _draft_failed(self, exc: BaseException) -> None:
        self.draft_status.setText(translate(
            "Intake", "Could not save the draft; it is retried in a few seconds."))
        self.status_message.emit(translate("Intake", "Draft not saved: {reason}").format(
            reason=str(exc.__class__.__name__)))

    def _consent_toggled(self, on: bool) -> None:
        consent_date = self.form["consent_date"]
        assert isinstance(consent_date, DateField)
        if on and not consent_date.plain().strip():
            consent_date.set_value(today_local())

    # --- navigation ------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        if self.stack.currentIndex() != index:
            self.stack.setCurrentIndex(index)
        if self.steps.currentRow() != index:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(index)
            self.steps.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.stack.count() - 1)
        if index == CONSENT:
            self._update_summary()
        self._focus_first(index)

    def _focus_first(self, index: int) -> None:
        first = {ESSENTIALS: "given_names", PERSONAL: "aliases", DOCUMENTS: "documents",
                 CONSENT: "consent"}.get(index)
        if first is not None:
            self.form[first].focus_widget.setFocus()
        elif index == LINKS:
            (self.links.items[0].first if self.links.items else self.links.add_button).setFocus()
        elif index == AGGRESSIONS:
            (self.aggressions.items[0].first if self.aggressions.items
             else self.aggressions.add_button).setFocus()

    def next_page(self) -> None:
        self.go_to(self.stack.currentIndex() + 1)

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def _update_summary(self) -> None:
        name = title_of(self.form.values()) or translate("Intake", "(no name yet)")
        links = sum(1 for v in self.links.values() if not is_blank_link(v))
        events = sum(1 for v in self.aggressions.values() if not is_blank_aggression(v))
        self.summary.setText(translate(
            "Intake", "Finishing creates the case file for {name}, with {links} linked "
                      "person(s) and {events} aggression(s). Everything can be edited later."
        ).format(name=name, links=links, events=events))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, arriving from a field that did not use it, moves to the next step."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()  # outside dialogs Qt buttons ignore Enter; people expect it
            elif isinstance(focused, QPlainTextEdit):
                pass
            elif self.stack.currentIndex() < self.stack.count() - 1:
                self.next_page()
            else:
                self.finish()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- finishing -------------------------------------------------------------------------------
    def collect(self) -> IntakeResult:
        parse_issues = self.form.parse_issues()
        result = build(self.form.values(), self.links.values(), self.aggressions.values())
        result.issues = [Placed(MAIN, 0, i) for i in parse_issues] + [
            p for p in result.issues
            if not any(i.field == p.issue.field for i in parse_issues) or p.target != MAIN]
        for target, items in ((LINK, self.links.items), (AGGRESSION, self.aggressions.items)):
            for i, item in enumerate(items):
                result.issues.extend(Placed(target, i, issue)
                                     for issue in item.form.parse_issues())
        return result

    def show_issues(self, result: IntakeResult) -> None:
        main: list[Issue] = []
        per_item: dict[tuple[str, int], list[Issue]] = {}
        for placed in result.issues:
            if placed.target == LINK or placed.target == AGGRESSION:
                per_item.setdefault((placed.target, placed.index), []).append(placed.issue)
            else:
                main.append(placed.issue)
        first_widget = self.form.show_issues(main)
        first_page = min((self.page_of.get(i.field.split(".")[0], ESSENTIALS) for i in main),
                         default=None)
        for target, items in ((LINK, self.links.items), (AGGRESSION, self.aggressions.items)):
            page = LINKS if target == LINK else AGGRESSIONS
            for i, item in enumerate(items):
                found = per_item.get((target, i), [])
                widget = item.form.show_issues(found)
                if found and (first_page is None or page < first_page):
                    first_page, first_widget = page, widget
                elif found and first_widget is None:
                    first_widget = widget
        if first_page is not None:
            self.go_to(first_page)
        if first_widget is not None:
            first_widget.setFocus()
        self.status_message.emit(translate(
            "Intake", "Some fields need attention; they are marked in red."))

    def clear_issues(self) -> None:
        self.form.clear_issues()
        for item in [*self.links.items, *self.aggressions.items]:
            item.form.clear_issues()

    def finish(self) -> None:
        if self._finishing:
            return
        result = self.collect()
        if result.issues:
            self.show_issues(result)
            return
        self.clear_issues()
        # The latest text reaches the draft first (queued before the finish), so a
        # failure of the finish — or a lock while it runs — still leaves it all;
        # the finish's own transaction deletes that draft when the case commits.
        self.keeper.mark_dirty()
        self.keeper.flush()
        self._finishing = True
        self._set_busy(True)
        self.keeper.stop()
        vault = self.session.vault
        draft_id = self.keeper.draft_id if self.keeper.exists else None
        case, people, events = result.case, result.people, result.aggressions
        asyncops.run(self.session, self,
                     lambda: drafts.open_case_from_intake(vault, draft_id=draft_id, case=case,
                                                          people=people, aggressions=events),
                     on_done=self._finished, on_error=self._finish_failed)

    def _finished(self, case: Case) -> None:
        self.keeper.restart()  # the draft went away in the same transaction
        self._finishing = False
        self._set_busy(False)
        self.finished.emit(case.id, case.folio)
        self.start_new()

    def _finish_failed(self, exc: BaseException) -> None:
        self._finishing = False
        self._set_busy(False)
        self.keeper.resume()
        self.keeper.mark_dirty()
        if isinstance(exc, ValidationFailed):
            self.form.show_issues(exc.issues)
            self.go_to(ESSENTIALS)
        else:
            show_error(self, exc)

    def _set_busy(self, on: bool) -> None:
        for button in (self.finish_button, self.next_button, self.back_button,
                       self.leave_button):
            button.setEnabled(not on)
        if not on:
            index = self.stack.currentIndex()
            self.back_button.setEnabled(index > 0)
            self.next_button.setEnabled(index < self.stack.count() - 1)

    # --- leaving ---------------------------------------------------------------------------------
    def request_leave(self) -> None:
        """Close the wizard: keep the draft for later, discard it, or stay."""
        if not self.has_content():
            self.keeper.discard(reason="empty")
            self.left.emit()
            return

        def answer(button: confirm.Button) -> None:
            if button == confirm.Button.Save:
                self.keeper.mark_dirty()
                self.keeper.flush()
                self.keeper.stop()
                self.left.emit()
                self.status_message.emit(translate(
                    "Intake", "The interview is kept as a draft; recover it from the case "
                              "list."))
            elif button == confirm.Button.Discard:
                self.keeper.discard(reason="discarded")
                self.left.emit()

        confirm.ask(self, name="leaveIntakeDialog",
                    text=translate("Intake", "Close the interview without creating the case?"),
                    informative=translate(
                        "Intake", "Keep it as a draft to continue later, or discard what was "
                                  "typed."),
                    buttons={confirm.Button.Save: translate("Intake", "Keep as draft"),
                             confirm.Button.Discard: translate("Intake", "Discard interview"),
                             confirm.Button.Cancel: translate("Intake", "Continue interview")},
                    default=confirm.Button.Save, on_answer=answer)

    def prepare_lock(self) -> None:
        """Before the vault closes: whatever was typed goes into the draft, now."""
        if self.has_content() and not self._finishing:
            self.keeper.mark_dirty()
            self.keeper.flush_sync()
        self.keeper.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen (another section, a window rebuilt): save the draft now
        rather than at the next tick."""
        if self.has_content() and not self._finishing and self.keeper.dirty:
            self.keeper.flush()
        super().hideEvent(event)

    def set_interview_mode(self, on: bool) -> None:
        self._interview = on
        self._update_interview_button()

    def _update_interview_button(self) -> None:
        self.interview_button.setText(
            translate("Intake", "Leave interview mode") if self._interview
            else translate("Intake", "&Interview mode"))
