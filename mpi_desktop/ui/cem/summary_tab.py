"""Summaries for CEM: the one narrative that goes into the packet, per case on the agenda.

Saved as the caseworker types (a pause of a second and a half, switching cases,
locking), each save a new version kept with the case.  "Check" runs the leak
scanner on the text right away, so identifiers are fixed while writing rather
than at export time.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.leak_scanner import Finding
from mpi_desktop.i18n import translate
from mpi_desktop.reports import packet_export
from mpi_desktop.storage import cem
from mpi_desktop.storage.cem_ops import CemOps, SessionView
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui.cases.labels import fmt_instant
from mpi_desktop.ui.cem.common import ID_ROLE, run, tree
from mpi_desktop.ui.session import Session

AUTOSAVE_MS = 1500


class SummaryTab(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cemSummaryTab")
        self.session = session
        self.ops = CemOps(session.vault)
        self.view: SessionView | None = None
        self.case_id: str | None = None
        self.saved_text = ""
        self.cases = QListWidget(self)
        self.cases.setObjectName("cemSummaryCases")
        self.cases.currentItemChanged.connect(self._case_changed)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("cemSummaryEditor")
        self.editor.textChanged.connect(self._typed)
        self.state = QLabel(self)
        self.state.setObjectName("cemSummaryState")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("cemSaveSummary")
        self.save_button.clicked.connect(lambda: self.flush())
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("cemCheckSummary")
        self.check_button.clicked.connect(self.check)
        self.findings = tree("cemSummaryFindings", self)
        self.findings.setMaximumHeight(120)
        self.history = tree("cemSummaryHistory", self)
        self.history.setMaximumHeight(120)
        self.history.itemActivated.connect(self._restore)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(lambda: self.flush())
        right = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.editor, 3)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.findings, 1)
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.cases)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self._enable(False)

    def retranslate(self) -> None:
        self.hint.setText(translate(
            "CemSummary", "Write what the CEM needs to decide, without names, places, dates "
            "or anything that identifies the person: the packet calls them by pseudonym and "
            "shows age range, alcaldía or zone, and month and year."))
        self.editor.setPlaceholderText(translate(
            "CemSummary", "Summary for the CEM (goes into the packet after the leak check)"))
        self.save_button.setText(translate("CemSummary", "&Save"))
        self.check_button.setText(translate("CemSummary", "&Check for identifiers"))
        self.findings.setHeaderLabels([translate("CemSummary", "Found"),
                                       translate("CemSummary", "Where")])
        self.history.setHeaderLabels([translate("CemSummary", "Version"),
                                      translate("CemSummary", "Saved"),
                                      translate("CemSummary", "By"),
                                      translate("CemSummary", "Text")])

    def _enable(self, on: bool) -> None:
        editable = on and self.view is not None and self.view.session.editable
        self.editor.setReadOnly(not editable)
        for w in (self.save_button, self.check_button):
            w.setEnabled(on)

    # --- cases --------------------------------------------------------------------------------
    def set_view(self, view: SessionView) -> None:
        self.view = view
        keep = self.case_id
        self.cases.blockSignals(True)
        self.cases.clear()
        seen: set[str] = set()
        for row in view.agenda:
            if row.item.case_id in seen:
                continue
            seen.add(row.item.case_id)
            mark = "✓" if row.has_summary else "·"
            item = QListWidgetItem(f"{mark} {row.folio} · {row.primary_name}")
            item.setData(ID_ROLE, row.item.case_id)
            self.cases.addItem(item)
            if row.item.case_id == keep:
                self.cases.setCurrentItem(item)
        self.cases.blockSignals(False)
        if keep not in seen:
            self.case_id = None
            self._show_text("")
            self._enable(False)
        else:
            self._enable(True)

    def clear(self) -> None:
        self._timer.stop()
        self.view = None
        self.case_id = None
        self.cases.clear()
        self._show_text("")
        self.findings.clear()
        self.history.clear()
        self._enable(False)

    def select_case(self, case_id: str) -> None:
        for i in range(self.cases.count()):
            if self.cases.item(i).data(ID_ROLE) == case_id:
                self.cases.setCurrentRow(i)
                return

    def _case_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None
                      ) -> None:
        self.flush()
        if item is None:
            return
        self.case_id = str(item.data(ID_ROLE))
        self._enable(True)
        case_id = self.case_id
        run(self.session, self, lambda: self.ops.summary_history(case_id),
            on_done=lambda h: self._history_loaded(case_id, h))

    def _history_loaded(self, case_id: str, found: list[cem.Summary]) -> None:
        if case_id != self.case_id:
            return
        self._show_text(found[0].text if found else "")
        self.findings.clear()
        self.history.clear()
        for s in found:
            item = QTreeWidgetItem([str(s.version), fmt_instant(s.saved_at), s.saved_by,
                                    " ".join(s.text.split())[:80]])
            item.setData(0, ID_ROLE, s.text)
            self.history.addTopLevelItem(item)

    def _show_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.saved_text = text
        self.state.setText("")

    def _restore(self, item: QTreeWidgetItem, _column: int) -> None:
        """Bring an older version back into the editor (saved as a new version)."""
        if not self.editor.isReadOnly():
            self.editor.setPlainText(str(item.data(0, ID_ROLE)))

    # --- saving -------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self.case_id is None or self.editor.isReadOnly():
            return
        self.state.setText(translate("CemSummary", "Unsaved changes…"))
        self._timer.start()

    def dirty(self) -> bool:
        return self.case_id is not None and self.editor.toPlainText() != self.saved_text

    def flush(self, *, synchronous: bool = False) -> None:
        """Save pending edits (off the UI thread; on it when the vault is about to lock)."""
        self._timer.stop()
        if not self.dirty() or self.case_id is None or self.editor.isReadOnly():
            return
        case_id, text = self.case_id, self.editor.toPlainText()
        session_id = self.view.session.id if self.view else None
        self.saved_text = text
        if synchronous:
            self.session.runner.wait_idle()
            self.ops.save_summary(case_id, text, session_id)
            return
        run(self.session, self, lambda: self.ops.save_summary(case_id, text, session_id),
            on_done=lambda s: self._saved(case_id, s))

    def _saved(self, case_id: str, s: cem.Summary) -> None:
        if case_id == self.case_id:
            self.state.setText(translate("CemSummary", "Saved (version {version}).").format(
                version=s.version))
        self.changed.emit()

    # --- checking -----------------------------------------------------------------------------
    def check(self) -> None:
        if self.view is None or self.case_id is None:
            return
        session_id, case_id, text = self.view.session.id, self.case_id, \
            self.editor.toPlainText()
        vault = self.session.vault
        run(self.session, self,
            lambda: packet_export.check_summary(vault, session_id, case_id, text),
            on_done=lambda found: self._checked(case_id, found))

    def _checked(self, case_id: str, found: list[Finding]) -> None:
        if case_id != self.case_id:
            return
        self.findings.clear()
        for f in found:
            self.findings.addTopLevelItem(QTreeWidgetItem([texts.finding_kind_label(f.kind),
                                                           f.snippet]))
        if found:
            self.state.setText(translate("CemSummary", "{count} possible identifiers.").format(
                count=len(found)))
            start = found[0].start
            cursor = self.editor.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(found[0].end, cursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        else:
            self.state.setText(translate("CemSummary", "No identifiers found."))
