"""Evidence of the case: attach, preview from memory, open, custody, export, package.

Content is only ever read through :class:`EvidenceStore` (hash verified, custody
recorded) and shown from memory: ``QImage.fromData`` for the preview and the
viewer, never a temp file or a thumbnail cache.  A damaged item is reported as
such and its damage recorded; nothing of it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import dv_protocol
from mpi_desktop.domain.catalogs import Catalog
from mpi_desktop.domain.timeutil import MEXICO_CITY, parse_iso_utc
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.evidence_export import ExportResult, PackageResult
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.texts.protocol import custody_action_label, format_size
from mpi_desktop.ui.cases import asyncops, confirm
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.protocol import files
from mpi_desktop.ui.protocol.evidence_dialogs import (
    EvidenceSourceDialog,
    PackageChoice,
    PackageDialog,
    ViewerDialog,
    export_warning,
)
from mpi_desktop.ui.session import Session

ID = Qt.ItemDataRole.UserRole
PREVIEW_SIZE = 320


def local_time(instant: str) -> str:
    if not instant:
        return ""
    return parse_iso_utc(instant).astimezone(MEXICO_CITY).strftime("%Y-%m-%d %H:%M")


class EvidencePanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.store = EvidenceStore(session.vault)
        self.review_id: str | None = None
        self.platforms: Catalog = dv_protocol.latest().platforms
        self.items: list[ev.Evidence] = []
        self.viewer: ViewerDialog | None = None
        self.setObjectName("evidencePanel")
        headers = [translate("Protocol", "File"), translate("Protocol", "Type"),
                   translate("Protocol", "Size"), translate("Protocol", "Collected by"),
                   translate("Protocol", "Collected"), translate("Protocol", "Source"),
                   translate("Protocol", "SHA-256")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("evidenceTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 2, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.empty = QLabel(translate(
            "Protocol", "No evidence yet. Attach screenshots, exported chats or recordings: "
            "they are stored encrypted inside the vault with their SHA-256."))
        self.empty.setObjectName("evidenceEmpty")
        self.empty.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, text, slot in (
                ("attachEvidenceButton", translate("Protocol", "&Attach file…"),
                 self.choose_file),
                ("openEvidenceButton", translate("Protocol", "&Open"), self.open_current),
                ("editEvidenceButton", translate("Protocol", "Edit &description…"),
                 self.edit_current),
                ("exportEvidenceButton", translate("Protocol", "E&xport…"), self.ask_export),
                ("packageButton", translate("Protocol", "Evidence &package…"),
                 self.ask_package),
                ("removeEvidenceButton", translate("Protocol", "&Remove…"),
                 self.ask_remove)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.preview = QLabel()
        self.preview.setObjectName("evidencePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_SIZE // 2, PREVIEW_SIZE // 2)
        self.details = QLabel()
        self.details.setObjectName("evidenceDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.custody = QTableWidget(0, 3)
        self.custody.setObjectName("custodyTable")
        self.custody.setHorizontalHeaderLabels([
            translate("Protocol", "When"), translate("Protocol", "Who"),
            translate("Protocol", "What")])
        self.custody.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custody.verticalHeader().hide()
        self.custody.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.preview, 2)
        side_layout.addWidget(self.details)
        side_layout.addWidget(QLabel(translate("Protocol", "Chain of custody")))
        side_layout.addWidget(self.custody, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_actions()

    # --- loading --------------------------------------------------------------------------
    def load(self, *, select: str | None = None) -> None:
        asyncops.run(self.session, self, lambda: self.store.for_case(self.case_id),
                     on_done=lambda items: self._loaded(items, select))

    def _loaded(self, items: list[ev.Evidence], select: str | None) -> None:
        current = self.current()
        keep = select or (current.id if current is not None else None)
        self.items = items
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        lang = current_language()
        for row, item in enumerate(items):
            source = " · ".join(x for x in (self.platforms.label(item.source.platform, lang)
                                            if item.source.platform else "",
                                            item.source.source_handle,
                                            item.source.source_url) if x)
            cells = [item.original_name, item.media_type, format_size(item.size),
                     item.source.collected_by, local_time(item.source.collected_at), source,
                     item.sha256[:16] + "…"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID, item.id)
                if column == 6:
                    cell.setToolTip(item.sha256)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not items)
        ids = [i.id for i in items]
        if keep in ids:
            self.table.setCurrentCell(ids.index(keep), 0)
        elif items:
            self.table.setCurrentCell(0, 0)
        else:
            self._show_nothing()
        self._update_actions()

    def current(self) -> ev.Evidence | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, evidence_id: str) -> None:
        ids = [i.id for i in self.items]
        if evidence_id in ids:
            self.table.setCurrentCell(ids.index(evidence_id), 0)

    def _update_actions(self) -> None:
        has = self.current() is not None
        for name in ("openEvidenceButton", "editEvidenceButton", "exportEvidenceButton",
                     "removeEvidenceButton"):
            self.buttons[name].setEnabled(has)
        self.buttons["packageButton"].setEnabled(bool(self.items))

    def _show_nothing(self) -> None:
        self.preview.clear()
        self.details.clear()
        self.custody.setRowCount(0)

    # --- selection: details, custody, preview --------------------------------------------------
    def _selected(self) -> None:
        self._update_actions()
        item = self.current()
        if item is None:
            self._show_nothing()
            return
        self.details.setText(self._details_text(item))
        self.preview.clear()
        if item.is_image:
            self.preview.setText(translate("Protocol", "Loading preview…"))
            evidence_id = item.id
            asyncops.run(self.session, self,
                         lambda: self.store.read(evidence_id, action=ev.PREVIEW),
                         on_done=self._show_preview, on_error=self._read_failed)
        else:
            self.preview.setText(translate(
                "Protocol", "No preview for this type of file. Use Open or Export."))
            self._load_custody(item.id)

    def _details_text(self, item: ev.Evidence) -> str:
        lines = [translate("Protocol", "SHA-256: {sha}").format(sha=item.sha256),
                 translate("Protocol", "Collected by {who} on {when}").format(
                     who=item.source.collected_by, when=local_time(item.source.collected_at))]
        if item.source.posted_at:
            lines.append(translate("Protocol", "Posted or sent: {when}").format(
                when=local_time(item.source.posted_at)))
        if item.source.notes:
            lines.append(item.source.notes)
        return "\n".join(lines)

    def _show_preview(self, result: tuple[ev.Evidence, bytes]) -> None:
        item, data = result
        current = self.current()
        if current is not None and current.id == item.id:
            image = QImage.fromData(data)
            if image.isNull():
                self.preview.setText(translate("Protocol", "This image cannot be displayed."))
            else:
                self.preview.setPixmap(QPixmap.fromImage(image.scaled(
                    PREVIEW_SIZE, PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)))
        self._load_custody(item.id)

    def _read_failed(self, exc: BaseException) -> None:
        self.preview.setText(translate("Protocol", "Damaged evidence: not shown."))
        show_error(self, exc)
        current = self.current()
        if current is not None:
            self._load_custody(current.id)

    def _load_custody(self, evidence_id: str) -> None:
        asyncops.run(self.session, self, lambda: self.store.custody(evidence_id),
                     on_done=lambda log: self._show_custody(evidence_id, log))

    def _show_custody(self, evidence_id: str, log: list[ev.CustodyEntry]) -> None:
        current = self.current()
        if current is None or current.id != evidence_id:
            return
        self.custody.setRowCount(len(log))
        for row, entry in enumerate(log):
            for column, text in enumerate((local_time(entry.at), entry.actor,
                                           custody_action_label(entry.action))):
                self.custody.setItem(row, column, QTableWidgetItem(text))
        self.custody.resizeColumnsToContents()
        self.custody.scrollToBottom()

    # --- attach --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        files.choose_file(self, title=translate("Protocol", "Attach evidence"),
                          on_chosen=self.describe_and_attach)

    def describe_and_attach(self, path: Path) -> None:
        """Ask for the description of a chosen file, then store it."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            show_error(self, ev.EvidenceUnreadable(path.name, "missing", str(exc.strerror)))
            return
        if size > ev.MAX_EVIDENCE_BYTES:  # say so before asking anything else
            show_error(self, ev.EvidenceTooLarge(path.name, size))
            return
        dialog = EvidenceSourceDialog(self, platforms=self.platforms,
                                      actor=self.session.vault.actor,
                                      file_label=f"{path.name} ({format_size(size)})")
        dialog.chosen.connect(lambda source: self.attach_path(path, source))
        dialog.open()

    def attach_path(self, path: Path, source: ev.EvidenceSource) -> None:
        review_id = self.review_id
        self.status_message.emit(translate("Protocol", "Storing {name}…").format(
            name=path.name))
        asyncops.run(self.session, self,
                     lambda: self.store.attach(self.case_id, path, source, review_id=review_id),
                     on_done=self._attached, on_error=self._attach_failed)

    def _attached(self, item: ev.Evidence) -> None:
        self.status_message.emit(translate(
            "Protocol", "Evidence stored: {name} (SHA-256 {sha}…).").format(
                name=item.original_name, sha=item.sha256[:12]))
        self.load(select=item.id)
        self.changed.emit()

    def _attach_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ev.DuplicateEvidence):
            self.select(exc.existing.id)  # show the item it duplicates
        show_error(self, exc)

    # --- open, edit, remove ---------------------------------------------------------------
    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return
        if not (item.is_image or item.media_type.startswith("text/")):
            box = QMessageBox(QMessageBox.Icon.Information,
                              translate("Protocol", "Open evidence"), translate(
                                  "Protocol", "“{name}” cannot be opened inside MPI Desktop "
                                  "(only images and text can). Export it to open it with "
                                  "another program.").format(name=item.original_name),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("cannotOpenDialog")
            box.finished.connect(box.deleteLater)
            box.open()
            return
        evidence_id = item.id
        asyncops.run(self.session, self, lambda: self.store.read(evidence_id, action=ev.OPEN),
                     on_done=self._open_viewer, on_error=self._read_failed)

    def _open_viewer(self, result: tuple[ev.Evidence, bytes]) -> None:
        item, data = result
        self.viewer = ViewerDialog(self, title=item.original_name, data=data,
                                   media_type=item.media_type,
                                   size_text=f"{format_size(item.size)} · SHA-256 {item.sha256}")
        self.viewer.open()
        self._load_custody(item.id)

    def edit_current(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = EvidenceSourceDialog(self, platforms=self.platforms,
                                      actor=self.session.vault.actor, source=item.source,
                                      file_label=item.original_name)
        evidence_id = item.id
        dialog.chosen.connect(lambda source: self.update_source(evidence_id, source))
        dialog.open()

    def update_source(self, evidence_id: str, source: ev.EvidenceSource) -> None:
        asyncops.run(self.session, self, lambda: self.store.update_source(evidence_id, source),
                     on_done=lambda item: self.load(select=item.id))

    def ask_remove(self) -> None:
        item = self.current()
        if item is None:
            return
        evidence_id = item.id

        def answered(button: confirm.Button) -> None:
            if button == confirm.Button.Yes:
                self.remove(evidence_id)

        confirm.ask(self, name="removeEvidenceDialog", text=translate(
            "Protocol", "Remove “{name}” from the case?").format(name=item.original_name),
            informative=translate(
                "Protocol", "Only for a file attached by mistake: its content and chain of "
                "custody are erased for good. The audit log keeps that it existed."),
            buttons={confirm.Button.Yes: translate("Protocol", "Remove"),
                     confirm.Button.Cancel: translate("Protocol", "Keep it")},
            default=confirm.Button.Cancel, on_answer=answered)

    def remove(self, evidence_id: str) -> None:
        asyncops.run(self.session, self, lambda: self.store.remove(evidence_id),
                     on_done=lambda _r: self._removed())

    def _removed(self) -> None:
        self.status_message.emit(translate("Protocol", "Evidence removed."))
        self.load()
        self.changed.emit()

    # --- export and package ---------------------------------------------------------------
    def ask_export(self) -> None:
        item = self.current()
        if item is None:
            return

        def where(remove_metadata: bool) -> None:
            files.choose_target(self, title=translate("Protocol", "Export evidence"),
                                suggested=item.original_name,
                                on_chosen=lambda target: self.export_to(
                                    target, remove_metadata=remove_metadata))

        export_warning(self, name=item.original_name, size=item.size, is_image=item.is_image,
                       on_answer=where)

    def export_to(self, target: Path, *, remove_metadata: bool) -> None:
        item = self.current()
        if item is None:
            return
        evidence_id = item.id
        asyncops.run(self.session, self,
                     lambda: self.store.export(evidence_id, target,
                                               remove_metadata=remove_metadata),
                     on_done=self._exported, on_error=self._read_failed)

    def _exported(self, result: ExportResult) -> None:
        if result.metadata_removed:
            text = translate("Protocol", "Exported without metadata to {path}.")
        else:
            text = translate("Protocol", "Exported to {path}.")
        self.status_message.emit(text.format(path=str(result.path)))
        self._load_custody(result.evidence_id)

    def ask_package(self) -> None:
        dialog = PackageDialog(self, selected=1 if self.current() else 0,
                               total=len(self.items))
        dialog.chosen.connect(self._package_where)
        dialog.open()

    def _package_where(self, choice: PackageChoice) -> None:
        suggested = translate("Protocol", "evidence-package")
        if choice.encrypted:
            files.choose_target(self, title=translate("Protocol", "Save evidence package"),
                                suggested=suggested + ".mpibundle",
                                on_chosen=lambda out: self.package_to(out, choice))
        else:
            files.choose_new_folder(self, title=translate("Protocol", "New folder for the "
                                                          "evidence"),
                                    suggested=suggested,
                                    on_chosen=lambda out: self.package_to(out, choice))

    def package_to(self, out: Path, choice: PackageChoice) -> None:
        current = self.current()
        ids = [current.id] if choice.selected_only and current is not None else None
        self.status_message.emit(translate("Protocol", "Writing the evidence package…"))

        def work() -> PackageResult:
            if choice.encrypted:
                return self.store.package(self.case_id, out, passphrase=choice.passphrase,
                                          evidence_ids=ids, include_notes=choice.include_notes)
            return self.store.package_plain(self.case_id, out, evidence_ids=ids,
                                            include_notes=choice.include_notes)

        asyncops.run(self.session, self, work, on_done=self._packaged,
                     on_error=self._read_failed)

    def _packaged(self, result: PackageResult) -> None:
        self.status_message.emit(translate(
            "Protocol", "Evidence package written: {count} items, {size}, to {path}.").format(
                count=result.items, size=format_size(result.total_bytes), path=str(result.path)))
        current = self.current()
        if current is not None:
            self._load_custody(current.id)

