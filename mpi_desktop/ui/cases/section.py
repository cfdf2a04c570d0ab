"""The Expedientes section: the case list, one case, or the intake wizard.

Pages are stacked: the list (search, filters, unfinished interviews), a case, the
intake wizard, and — in interview mode with nothing open — a neutral page that
shows no case at all.  Interview mode hides the list, the search and the filters
and keeps only the current case or the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft, DraftInfo
from mpi_desktop.ui.cases import asyncops, confirm
from mpi_desktop.ui.cases.case_view import CaseView
from mpi_desktop.ui.cases.intake import IntakeWizard
from mpi_desktop.ui.cases.list_page import CaseListPage
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session


class CasesSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("casesSection")
        self.interview = False
        self.drafts: list[DraftInfo] = []
        self.list_page = CaseListPage(session)
        self.case_view = CaseView(session)
        self.wizard: IntakeWizard | None = None
        self.idle_page = self._make_idle_page()
        self.stack = QStackedWidget()
        self.stack.setObjectName("casesStack")
        for page in (self.list_page, self.case_view, self.idle_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_page.open_case.connect(self.show_case)
        self.list_page.new_intake.connect(self.start_intake)
        self.list_page.drafts.recover.connect(self.recover_draft)
        self.list_page.drafts.discard.connect(self.discard_draft)
        self.case_view.back_requested.connect(self.show_list)
        self.case_view.interview_requested.connect(self.interview_requested)
        self.case_view.status_message.connect(self.status_message)
        self.case_view.case_changed.connect(self._case_changed)
        self.case_view.open_failed.connect(lambda _id: self._show_page(self.list_page))
        self.case_view.case_removed.connect(self._case_removed)
        self._stale = False
        self.refresh()

    def _make_idle_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("interviewIdle")
        text = QLabel(translate("CasesSection", "Interview mode: no case file is open."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(translate("CasesSection", "&Start the interview"))
        button.setObjectName("interviewNewIntake")
        button.clicked.connect(self.start_intake)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    # --- pages -----------------------------------------------------------------------------------
    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_page(self, page: QWidget) -> None:
        if page is self.list_page and self.interview:
            page = self.idle_page
        self.stack.setCurrentWidget(page)
        if page is self.list_page:
            self.list_page.table.setFocus()

    def ensure_wizard(self) -> IntakeWizard:
        if self.wizard is None:
            # Built on first use: most sessions open cases, not interviews.
            wizard = IntakeWizard(self.session)
            wizard.finished.connect(self._intake_finished)
            wizard.left.connect(self._intake_left)
            wizard.interview_requested.connect(self.interview_requested)
            wizard.status_message.connect(self.status_message)
            wizard.set_interview_mode(self.interview)
            self.stack.addWidget(wizard)
            self.wizard = wizard
        return self.wizard

    def show_list(self) -> None:
        if self.interview:
            return  # the list is exactly what interview mode hides

        def go() -> None:
            self.case_view.close_case()
            self._show_page(self.list_page)
            if self._stale:
                self._stale = False
                self.list_page.reload()
            self.check_drafts()

        self.case_view.confirm_leave(go)

    def show_case(self, case_id: str) -> None:
        if self.interview and self.case_view.case_id not in (None, case_id):
            return  # interview mode keeps only the current case reachable
        if self.wizard is not None and self.stack.currentWidget() is self.wizard:
            self.wizard.prepare_lock()  # keep what was typed as a draft, then go
            self.wizard.start_new()

        def go() -> None:
            self._show_page(self.case_view)
            if case_id != self.case_view.case_id or not self.case_view.tabs_list:
                self.case_view.open(case_id)

        if case_id == self.case_view.case_id:
            go()
        else:
            self.case_view.confirm_leave(go)

    def start_intake(self) -> None:
        def go() -> None:
            self.case_view.close_case()
            wizard = self.ensure_wizard()
            wizard.start_new()
            self.stack.setCurrentWidget(wizard)
            wizard.go_to(0)

        self.case_view.confirm_leave(go)

    def _intake_finished(self, case_id: str, folio: str) -> None:
        self.status_message.emit(translate("CasesSection", "Case file {folio} created.").format(
            folio=folio))
        self._stale = True
        self.list_page.reload()
        self._show_page(self.case_view)
        self.case_view.open(case_id)

    def _intake_left(self) -> None:
        self._show_page(self.list_page)
        self.check_drafts()

    def _case_removed(self, case_id: str) -> None:
        """The open case was erased (ARCO cancellation): back to the list, fresh."""
        self.list_page.model.forget_case(case_id)
        self._stale = False
        self._show_page(self.list_page)
        self.status_message.emit(translate(
            "CasesSection", "The case file was erased with the person (ARCO cancellation)."))
        # Other sections may list it (follow-up, CEM agenda): every one reloads.
        refresh = getattr(self.window(), "refresh_sections", None)
        if callable(refresh):
            refresh()
        else:
            self.refresh()

    def _case_changed(self, case_id: str) -> None:
        self.list_page.model.forget_case(case_id)
        self._stale = True  # its place in the order may have changed too

    # --- drafts of unfinished interviews ---------------------------------------------------------
    def check_drafts(self) -> None:
        vault = self.session.vault
        asyncops.run(self.session, self,
                     lambda: drafts.list_drafts(vault, kind=drafts.INTAKE),
                     on_done=self._drafts_found)

    def _drafts_found(self, infos: list[DraftInfo]) -> None:
        self.drafts = infos
        self.list_page.drafts.set_drafts(infos, discreet=self.session.settings.discreet_mode)
        self.list_page.drafts.setVisible(bool(infos) and not self.interview)

    def recover_draft(self, draft_id: str) -> None:
        vault = self.session.vault
        def failed(exc: BaseException) -> None:
            self.check_drafts()
            self._error(exc)

        asyncops.run(self.session, self, lambda: drafts.load(vault, draft_id),
                     on_done=self._draft_loaded, on_error=failed)

    def _draft_loaded(self, draft: Draft) -> None:
        wizard = self.ensure_wizard()
        wizard.restore(draft)
        self.stack.setCurrentWidget(wizard)
        self.status_message.emit(translate("CasesSection", "Unfinished interview recovered."))

    def discard_draft(self, draft_id: str) -> None:
        vault = self.session.vault

        def answer(button: confirm.Button) -> None:
            if button == confirm.Button.Discard:
                asyncops.run(self.session, self, lambda: drafts.delete(vault, draft_id),
                             on_done=lambda _ok: self.check_drafts())

        confirm.ask(self, name="confirmDiscardDraft",
                    text=translate("CasesSection", "Discard this unfinished interview?"),
                    informative=translate(
                        "CasesSection", "What was typed is erased from the vault and cannot "
                                        "be recovered."),
                    buttons={confirm.Button.Discard: translate("CasesSection", "Discard"),
                             confirm.Button.Cancel: translate("CasesSection", "Keep it")},
                    default=confirm.Button.Cancel, on_answer=answer)

    def _error(self, exc: BaseException) -> None:
        from mpi_desktop.ui.errors import show_error

        show_error(self, exc)

    # --- Section hooks ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.list_page.model.set_discreet(self.session.settings.discreet_mode)
        self.list_page.reload()
        if self.case_view.case_id is not None and self.case_view.tabs_list:
            for tab in self.case_view.tabs_list:
                tab.load()
        self.check_drafts()

    def prepare_lock(self) -> None:
        """Everything typed goes into drafts now; the vault closes right after."""
        if self.wizard is not None:
            self.wizard.prepare_lock()
        self.case_view.prepare_lock()
        self.session.runner.wait_idle()
        # Open questions go away unanswered (each treats closing as "cancel").
        for box in self.findChildren(QMessageBox):
            box.close()

    def current_case_id(self) -> str | None:
        if self.stack.currentWidget() is self.case_view:
            return self.case_view.case_id
        return None

    def set_interview_mode(self, on: bool) -> None:
        self.interview = on
        self.list_page.drafts.setVisible(bool(self.drafts) and not on)
        self.case_view.set_interview_mode(on)
        if self.wizard is not None:
            self.wizard.set_interview_mode(on)
        if on and self.stack.currentWidget() is self.list_page:
            self.stack.setCurrentWidget(self.idle_page)
        elif not on and self.stack.currentWidget() is self.idle_page:
            self.stack.setCurrentWidget(self.list_page)


SPEC = SectionSpec(key="cases", title=lambda: translate("CasesSection", "Case files"),
                   factory=CasesSection, order=10, shortcut="Ctrl+1")
