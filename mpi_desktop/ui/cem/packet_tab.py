"""The packet of a session: check for identifiers, dismiss or fix findings, then generate
one copy per recipient — off the UI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.leak_scanner import Finding
from mpi_desktop.i18n import translate
from mpi_desktop.reports import packet, packet_export
from mpi_desktop.reports.packet_export import PacketRequest, PacketResult, Prepared, Recipient
from mpi_desktop.storage.cem_ops import CemOps, SessionView
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui import files
from mpi_desktop.ui.cases.labels import fmt_instant
from mpi_desktop.ui.cem.common import ID_ROLE, run, tree
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.session import Session

INTERNAL = "__internal__"


class _Progress(QObject):
    """Carries progress from the worker thread to the UI thread (queued signal)."""

    step = Signal(int, int, str)


class PacketTab(QWidget):
    changed = Signal()
    status_message = Signal(str)
    edit_summary = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cemPacketTab")
        self.session = session
        self.ops = CemOps(session.vault)
        self.view: SessionView | None = None
        self.findings_shown: list[tuple[Finding, bool]] = []
        self.scope = ""
        self.folios: dict[str, str] = {}
        self._cancel = threading.Event()
        self.running = False
        self.progress_relay = _Progress(self)
        self.progress_relay.step.connect(self._progress)

        self.settings_box = QGroupBox(self)
        self.place = QComboBox(self.settings_box)
        self.place.setObjectName("cemPacketPlace")
        self.recipients = QListWidget(self.settings_box)
        self.recipients.setObjectName("cemRecipients")
        self.recipients.setMaximumHeight(130)
        self.folder = QLineEdit(self.settings_box)
        self.folder.setObjectName("cemPacketFolder")
        self.folder.setText(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        self.choose = QPushButton(self.settings_box)
        self.choose.setObjectName("cemChooseFolder")
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        settings_layout = QVBoxLayout(self.settings_box)
        self.place_label = QLabel(self.settings_box)
        self.recipients_label = QLabel(self.settings_box)
        self.folder_label = QLabel(self.settings_box)
        for w in (self.place_label, self.place, self.recipients_label, self.recipients,
                  self.folder_label):
            settings_layout.addWidget(w)
        settings_layout.addLayout(folder_row)

        self.check_button = QPushButton(self)
        self.check_button.setObjectName("cemCheckPacket")
        self.check_button.clicked.connect(self.check)
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("cemGeneratePacket")
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cemCancelPacket")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("cemPacketProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel(self)
        self.result.setObjectName("cemPacketResult")
        self.result.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.generate_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)

        self.findings_box = QGroupBox(self)
        self.findings = tree("cemFindings", self.findings_box)
        self.reason = QLineEdit(self.findings_box)
        self.reason.setObjectName("cemDismissReason")
        self.dismiss_button = QPushButton(self.findings_box)
        self.dismiss_button.setObjectName("cemDismissFinding")
        self.dismiss_button.clicked.connect(self._dismiss)
        self.undismiss_button = QPushButton(self.findings_box)
        self.undismiss_button.setObjectName("cemUndismissFinding")
        self.undismiss_button.clicked.connect(self._undismiss)
        self.edit_button = QPushButton(self.findings_box)
        self.edit_button.setObjectName("cemEditSummary")
        self.edit_button.clicked.connect(self._edit)
        finding_row = QHBoxLayout()
        finding_row.addWidget(self.reason, 1)
        finding_row.addWidget(self.dismiss_button)
        finding_row.addWidget(self.undismiss_button)
        finding_row.addWidget(self.edit_button)
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.findings)
        findings_layout.addLayout(finding_row)

        self.copies_box = QGroupBox(self)
        self.copies = tree("cemCopies", self.copies_box)
        copies_layout = QVBoxLayout(self.copies_box)
        copies_layout.addWidget(self.copies)

        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_box)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.findings_box, 2)
        layout.addWidget(self.copies_box, 1)
        self._dialog: QFileDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.settings_box.setTitle(translate("CemPacket", "Packet"))
        self.place_label.setText(translate("CemPacket", "Places shown as"))
        self.place.clear()
        for code in dc.PLACE_GRANULARITIES:
            self.place.addItem(texts.granularity_label(code), code)
        self.recipients_label.setText(translate(
            "CemPacket", "Copies (each with its own control code on every page)"))
        self.folder_label.setText(translate("CemPacket", "Folder for the PDF files"))
        self.choose.setText(translate("CemPacket", "C&hoose…"))
        self.check_button.setText(translate("CemPacket", "&Check for identifiers"))
        self.generate_button.setText(translate("CemPacket", "&Generate packet"))
        self.cancel_button.setText(translate("CemPacket", "Cancel"))
        self.findings_box.setTitle(translate("CemPacket", "Possible identifiers"))
        self.findings.setHeaderLabels([
            translate("CemPacket", "Folio"), translate("CemPacket", "Where"),
            translate("CemPacket", "What"), translate("CemPacket", "Text"),
            translate("CemPacket", "Decision")])
        self.reason.setPlaceholderText(translate(
            "CemPacket", "Why this is not identifying (recorded)"))
        self.dismiss_button.setText(translate("CemPacket", "&Dismiss"))
        self.undismiss_button.setText(translate("CemPacket", "Undo dismissal"))
        self.edit_button.setText(translate("CemPacket", "Edit the summary"))
        self.copies_box.setTitle(translate("CemPacket", "Copies generated"))
        self.copies.setHeaderLabels([
            translate("CemPacket", "Made"), translate("CemPacket", "Copy"),
            translate("CemPacket", "Recipient"), translate("CemPacket", "Control code"),
            translate("CemPacket", "Pages"), translate("CemPacket", "SHA-256")])

    # --- showing ------------------------------------------------------------------------------
    def set_view(self, view: SessionView) -> None:
        same = self.view is not None and self.view.session.id == view.session.id
        self.view = view
        s = view.session
        index = self.place.findData(s.place_granularity)
        if not same:
            self.place.setCurrentIndex(max(index, 0))
            self.findings.clear()
            self.findings_shown = []
            self.result.clear()
            self._fill_recipients(s)
        self.scope = s.id
        self.folios = {r.item.case_id: r.folio for r in view.agenda}
        has_cases = bool(view.agenda)
        self.check_button.setEnabled(has_cases and not self.running)
        self.generate_button.setEnabled(has_cases and not self.running)
        self._load_copies()

    def _fill_recipients(self, s: dc.CemSession) -> None:
        self.recipients.clear()
        lang = texts.lang()
        for code in s.institutions:
            item = QListWidgetItem(packet.recipient_name(code, lang))
            item.setData(ID_ROLE, code)
            item.setCheckState(item.checkState().Checked)
            self.recipients.addItem(item)
        internal = QListWidgetItem(translate("Packet", "Internal working copy"))
        internal.setData(ID_ROLE, INTERNAL)
        internal.setCheckState(internal.checkState().Checked if not s.institutions
                               else internal.checkState().Unchecked)
        self.recipients.addItem(internal)

    def clear(self) -> None:
        self.cancel()
        self.view = None
        self.findings.clear()
        self.copies.clear()
        self.recipients.clear()
        self.result.clear()
        self.findings_shown = []

    def _load_copies(self) -> None:
        if self.view is None:
            return
        session_id = self.view.session.id
        vault = self.session.vault

        def load() -> list[packet_export.CopyRecord]:
            with vault.read() as conn:
                return packet_export.copies_for_session(conn, session_id)

        run(self.session, self, load, on_done=self._copies_loaded)

    def _copies_loaded(self, records: list[packet_export.CopyRecord]) -> None:
        self.copies.clear()
        for r in records:
            self.copies.addTopLevelItem(QTreeWidgetItem([
                fmt_instant(r.created_at), str(r.copy_no), r.recipient, r.code, str(r.pages),
                r.sha256[:16] + "…"]))

    # --- the request --------------------------------------------------------------------------
    def request(self) -> PacketRequest | None:
        if self.view is None:
            return None
        folder = Path(self.folder.text().strip()).expanduser()
        chosen: list[Recipient] = []
        lang = texts.lang()
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.checkState() != item.checkState().Checked:
                continue
            code = str(item.data(ID_ROLE))
            if code == INTERNAL:
                chosen.append(Recipient(translate("Packet", "Internal working copy")))
            else:
                chosen.append(Recipient(packet.recipient_name(code, lang), code))
        return PacketRequest(session_id=self.view.session.id, recipients=tuple(chosen),
                             out_dir=folder, place_granularity=str(self.place.currentData()))

    def _choose_folder(self) -> None:
        start = Path(self.folder.text()) if self.folder.text().strip() else None
        self._dialog = files.choose_folder(
            self, name="cemFolderDialog", title=translate("CemPacket", "Folder for the packet"),
            start=start, on_chosen=lambda folder: self.folder.setText(str(folder)))

    # --- checking -----------------------------------------------------------------------------
    def check(self) -> None:
        request = self.request()
        if request is None:
            return
        vault = self.session.vault
        self.result.setText(translate("CemPacket", "Checking every text of the packet…"))
        run(self.session, self, lambda: packet_export.prepare(vault, request),
            on_done=self._checked)

    def _checked(self, prepared: Prepared) -> None:
        dismissed = prepared.source.dismissed
        shown = [(f, f.code(prepared.scope) in dismissed) for f in prepared.findings]
        self._show_findings(shown)
        open_count = sum(1 for _f, d in shown if not d)
        if open_count:
            self.result.setText(translate(
                "CemPacket", "{count} possible identifiers to fix or dismiss before the "
                "packet can be generated.").format(count=open_count))
        else:
            self.result.setText(translate(
                "CemPacket", "No open findings: the packet can be generated."))

    def _show_findings(self, shown: list[tuple[Finding, bool]]) -> None:
        self.findings_shown = shown
        self.findings.clear()
        for i, (f, dismissed) in enumerate(shown):
            where = self.folios.get(f.case_id or "", translate("CemPacket", "Cover"))
            item = QTreeWidgetItem([
                where, texts.field_label(f.field), texts.finding_kind_label(f.kind), f.snippet,
                translate("CemPacket", "Dismissed") if dismissed else
                translate("CemPacket", "To fix")])
            item.setData(0, ID_ROLE, i)
            self.findings.addTopLevelItem(item)

    def _current_finding(self) -> tuple[Finding, bool] | None:
        item = self.findings.currentItem()
        if item is None:
            return None
        return self.findings_shown[int(item.data(0, ID_ROLE))]

    def _dismiss(self) -> None:
        chosen = self._current_finding()
        if chosen is None or chosen[1]:
            return
        finding, reason, scope = chosen[0], self.reason.text().strip(), self.scope
        run(self.session, self, lambda: self.ops.dismiss(scope, finding, reason),
            on_done=self._dismissed)

    def _dismissed(self, _dismissal: object) -> None:
        self.reason.clear()
        self.check()

    def _undismiss(self) -> None:
        chosen = self._current_finding()
        if chosen is None or not chosen[1]:
            return
        code, scope = chosen[0].code(self.scope), self.scope
        run(self.session, self, lambda: self.ops.revoke_dismissal(scope, code),
            on_done=lambda _d: self.check())

    def _edit(self) -> None:
        chosen = self._current_finding()
        if chosen is not None and chosen[0].case_id:
            self.edit_summary.emit(chosen[0].case_id)

    # --- generating ---------------------------------------------------------------------------
    def generate(self) -> None:
        request = self.request()
        if request is None or self.running:
            return
        if not request.recipients:
            self.result.setText(translate("CemPacket", "Choose at least one copy."))
            return
        if request.out_dir is None or not request.out_dir.is_dir():
            self.result.setText(translate("CemPacket", "Choose an existing folder."))
            return
        self._cancel.clear()
        self._set_running(True)
        vault, relay, cancel = self.session.vault, self.progress_relay, self._cancel
        self.result.setText(translate("CemPacket", "Generating the packet…"))
        run(self.session, self,
            lambda: packet_export.generate(vault, request, progress=relay.step.emit,
                                           cancelled=cancel.is_set),
            on_done=self._generated, on_error=self._failed)

    def cancel(self) -> None:
        self._cancel.set()

    def _set_running(self, on: bool) -> None:
        self.running = on
        self.cancel_button.setEnabled(on)
        for w in (self.check_button, self.generate_button, self.settings_box,
                  self.dismiss_button, self.undismiss_button):
            w.setEnabled(not on)
        if on:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int, _what: str) -> None:
        if not self.running:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _generated(self, result: PacketResult) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        folder = result.copies[0].path.parent if result.copies else ""
        self.result.setText(translate(
            "CemPacket", "{count} copies written to {folder}.").format(
                count=len(result.copies), folder=folder))
        self.status_message.emit(self.result.text())
        self._show_findings([])
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, dc.LeaksFound):
            self._show_findings([(f, False) for f in exc.findings])
        if isinstance(exc, dc.PacketCancelled | dc.LeaksFound):
            self.result.setText(texts.describe(exc) or "")
            return
        self.result.setText(texts.describe(exc) or "")
        show_error(self, exc)
