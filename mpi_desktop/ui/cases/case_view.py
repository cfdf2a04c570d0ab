"""One case: a header (folio, status, procedure, main beneficiary, risk) and its tabs.

Opening a case is audited (``case.view``) before anything about it is shown.
The tabs come from ``ui.tabs.case_tabs()``, so later features add theirs without
touching this file.  Leaving with unsaved edits asks first.  The header also
offers the encrypted export of the case (``ui.data``).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage.arco import CancelReport
from mpi_desktop.storage.records import CaseBundle
from mpi_desktop.ui.cases import asyncops, confirm, labels, ops
from mpi_desktop.ui.cases.risk_header import RiskHeader
from mpi_desktop.ui.data.export_dialog import ExportDialog
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.tabs import CaseTab, case_tabs


class CaseView(QWidget):
    back_requested = Signal()
    interview_requested = Signal(bool)
    status_message = Signal(str)
    #: Something of the case was saved (the list refreshes that row).
    case_changed = Signal(str)
    #: The case is shown (after the audited open).
    opened = Signal(str)
    open_failed = Signal(str)
    #: The case on screen no longer exists (erased by an ARCO cancellation).
    case_removed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("caseView")
        self.case_id: str | None = None
        self.bundle: CaseBundle | None = None
        self.tabs_list: list[CaseTab] = []
        self._interview = False

        self.back_button = QPushButton(translate("CaseView", "← &Case list"))
        self.back_button.setObjectName("backToList")
        self.back_button.setToolTip(translate("CaseView", "Back to the case list (Alt+Left)"))
        self.back_button.clicked.connect(lambda: self.back_requested.emit())
        self.folio_label = QLabel()
        self.folio_label.setObjectName("caseFolio")
        self.folio_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label = QLabel()
        self.name_label.setObjectName("caseBeneficiary")
        self.status_label = QLabel()
        self.status_label.setObjectName("caseStatus")
        self.procedure_label = QLabel()
        self.procedure_label.setObjectName("caseProcedure")
        self.risk_header = RiskHeader(session)
        self.risk_header.tab_requested.connect(self.show_tab)
        self.export_button = QPushButton(translate("CaseView", "E&xport encrypted case file…"))
        self.export_button.setObjectName("exportCaseButton")
        self.export_button.setToolTip(translate(
            "CaseView", "An encrypted file with this case file, to import into another "
            "MPI Desktop"))
        self.export_button.clicked.connect(self.export_case)
        self.export_dialog: ExportDialog | None = None
        self.interview_button = QPushButton()
        self.interview_button.setObjectName("interviewButton")
        self.interview_button.clicked.connect(
            lambda: self.interview_requested.emit(not self._interview))
        self._update_interview_button()

        header = QFrame()
        header.setObjectName("caseHeader")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.folio_label)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.interview_button)
        facts = QHBoxLayout()
        facts.addWidget(self.status_label)
        facts.addWidget(self.procedure_label)
        facts.addWidget(self.risk_header, 1)
        facts.addWidget(self.export_button)
        header_layout = QVBoxLayout(header)
        header_layout.addLayout(top)
        header_layout.addLayout(facts)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._back_shortcut)

    def _back_shortcut(self) -> None:
        if self.back_button.isVisible():
            self.back_requested.emit()

    # --- opening ---------------------------------------------------------------------------------
    def open(self, case_id: str) -> None:
        """Show a case (the caller already asked about unsaved edits)."""
        self._clear_tabs()
        self.case_id = case_id
        self.bundle = None
        self.folio_label.setText(translate("CaseView", "Opening…"))
        self.name_label.clear()
        self.status_label.clear()
        self.procedure_label.clear()
        self.risk_header.clear()
        self.export_button.setEnabled(False)
        asyncops.run(self.session, self, lambda: ops.open_case(self.session.records, case_id),
                     on_done=lambda bundle: self._opened(case_id, bundle),
                     on_error=lambda exc: self._open_failed(case_id, exc))

    def _opened(self, case_id: str, bundle: CaseBundle) -> None:
        if case_id != self.case_id:
            return
        self._show_header(bundle)
        for spec in case_tabs():
            tab = spec.factory(self.session, case_id)
            tab.setParent(self.tabs)
            tab.changed.connect(lambda t=tab: self._tab_changed(t))
            tab.status_message.connect(self.status_message)
            tab.set_interview_mode(self._interview)
            self.tabs_list.append(tab)
            index = self.tabs.addTab(tab, tab.title())
            self.tabs.tabBar().setTabData(index, spec.key)
            tab.load()
            erased = getattr(tab, "person_erased", None)
            if erased is not None:
                erased.connect(self._person_erased)
        self.risk_header.load(case_id)
        self.export_button.setEnabled(True)
        self.opened.emit(case_id)

    def _open_failed(self, case_id: str, exc: BaseException) -> None:
        if case_id != self.case_id:
            return
        self.case_id = None
        show_error(self, exc)
        self.open_failed.emit(case_id)

    def _show_header(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        case = bundle.case
        self.folio_label.setText(f"<h2>{html.escape(case.folio)}</h2>")
        # Once a case is opened its beneficiary is shown in full, discreet mode or not.
        self.name_label.setText(f"<b>{html.escape(labels.person_name(bundle.primary))}</b>")
        self.status_label.setText(translate("CaseView", "Status: {status}").format(
            status=labels.label("case_statuses", case.status)))
        procedure = labels.label("procedures", case.procedure) or translate(
            "CaseView", "not determined")
        self.procedure_label.setText(translate("CaseView", "Procedure: {procedure}").format(
            procedure=procedure))

    def _clear_tabs(self) -> None:
        self.tabs.clear()
        for tab in self.tabs_list:
            tab.hide()
            tab.deleteLater()
        self.tabs_list = []

    def _tab_changed(self, source: CaseTab | None) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        asyncops.run(self.session, self, lambda: self.session.records.bundle(case_id),
                     on_done=lambda b: self._show_header(b) if case_id == self.case_id
                     else None)
        self.risk_header.load(case_id)
        for tab in self.tabs_list:
            if tab is not source:
                tab.load()
        self.case_changed.emit(case_id)

    def tab(self, key: str) -> CaseTab | None:
        for i in range(self.tabs.count()):
            if self.tabs.tabBar().tabData(i) == key:
                widget = self.tabs.widget(i)
                return widget if isinstance(widget, CaseTab) else None
        return None

    def show_tab(self, key: str) -> None:
        tab = self.tab(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    # --- leaving ---------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return any(t.has_unsaved_changes() for t in self.tabs_list)

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` now, or after the user saved or discarded pending edits."""
        dirty = [t for t in self.tabs_list if t.has_unsaved_changes()]
        if not dirty:
            then()
            return
        self.tabs.setCurrentWidget(dirty[0])

        def save_next(remaining: list[CaseTab]) -> None:
            if not remaining:
                then()
                return
            remaining[0].save_changes(lambda ok: save_next(remaining[1:]) if ok else None)

        def answer(button: confirm.Button) -> None:
            if button == confirm.Button.Save:
                save_next(dirty)
            elif button == confirm.Button.Discard:
                for tab in dirty:
                    tab.discard_changes()
                then()

        confirm.unsaved(self, on_answer=answer)

    def close_case(self) -> None:
        self._clear_tabs()
        self.case_id = None
        self.bundle = None
        self.risk_header.clear()

    # --- data ------------------------------------------------------------------------------------
    def export_case(self) -> ExportDialog | None:
        if self.bundle is None:
            return None
        dialog = ExportDialog(self.session, ExportRequest("case", folio=self.bundle.case.folio),
                              parent=self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _person_erased(self, report: CancelReport) -> None:
        """A person of this case was erased (ARCO): the case went with them, or lost them."""
        case_id, bundle = self.case_id, self.bundle
        if case_id is None:
            return
        if bundle is not None and bundle.case.folio in report.erased_folios:
            self.close_case()
            self.case_removed.emit(case_id)
            return
        self._tab_changed(None)

    def prepare_lock(self) -> None:
        for tab in self.tabs_list:
            tab.prepare_lock()

    # --- interview mode --------------------------------------------------------------------------
    def set_interview_mode(self, on: bool) -> None:
        self._interview = on
        self.back_button.setVisible(not on)
        self.export_button.setVisible(not on)
        for tab in self.tabs_list:
            tab.set_interview_mode(on)
        self._update_interview_button()

    def _update_interview_button(self) -> None:
        if self._interview:
            self.interview_button.setText(translate("CaseView", "Leave interview mode"))
            self.interview_button.setToolTip(translate(
                "CaseView", "Show the case list again (asks for the passphrase)"))
        else:
            self.interview_button.setText(translate("CaseView", "&Interview mode"))
            self.interview_button.setToolTip(translate(
                "CaseView", "Hide everything but this case while the person is in front of you"))
