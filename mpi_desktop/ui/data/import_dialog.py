"""Import an export file: encrypted or JSON, all or nothing, every problem listed.

The file is recognised by its content (an encrypted bundle has magic bytes), so
the passphrase field appears only when it is needed.  The duplicate policy is
the CLI's: a record whose UUID is already in the vault keeps the vault's version
(skip), takes the file's (replace) or refuses the whole file (fail).  A refused
file opens a window listing every problem with its JSON path; nothing was
imported.  A successful import shows what each section brought.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.interchange.errors import BundleWrongPassphrase, InvalidImport
from mpi_desktop.interchange.importer import ImportReport
from mpi_desktop.messages import describe
from mpi_desktop.texts.records import describe_import_issues
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.data import ops
from mpi_desktop.ui.data.common import BusyLine, ordered, section_label
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.look import ERROR_STYLE, heading
from mpi_desktop.ui.passphrase import CapsLockLabel, PassphraseEdit
from mpi_desktop.ui.session import Session

POLICIES = ("skip", "replace", "fail")
#: Duplicates listed one by one in the summary; the rest are only counted.
MAX_LISTED = 200


def outcome_label(outcome: str) -> str:
    texts = {
        "identical": translate("DataImport", "identical, nothing to do"),
        "skipped": translate("DataImport", "different, kept the vault's version"),
        "replaced": translate("DataImport", "different, replaced by the file's version"),
    }
    return texts.get(outcome, outcome)


class ImportErrorsDialog(QDialog):
    """Every problem of a refused file: ``$.path: sentence``, scrollable and copyable.

    It shows only what the chosen file itself contains at those paths."""

    def __init__(self, session: Session, error: InvalidImport, *, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importErrorsDialog")
        self.setWindowTitle(translate("DataImport", "The file was not imported"))
        self.session = session
        self.lines = describe_import_issues(error.issues)
        head = QLabel(translate(
            "DataImport", "{file} cannot be imported; nothing was imported. Problems found: "
            "{n}. Each line gives where the problem is in the file (its JSON path) and what "
            "is wrong.").format(file=path.name, n=len(error.issues)), self)
        head.setObjectName("importErrorsSummary")
        head.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("importErrorsText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText("\n".join(self.lines))
        self.text.setAccessibleName(translate("DataImport", "Problems of the file"))
        self.copy_button = QPushButton(translate("DataImport", "&Copy the list"), self)
        self.copy_button.setObjectName("importErrorsCopy")
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel(self)
        self.copied.setObjectName("importErrorsCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("importErrorsClose")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def copy(self) -> None:
        # The sensitive clipboard: cleared after a few seconds like any copied datum.
        self.session.clipboard.copy("\n".join(self.lines))
        self.copied.setText(translate(
            "DataImport", "Copied. The clipboard is cleared in {seconds} s.").format(
                seconds=self.session.clipboard.seconds))


class ImportDialog(QDialog):
    """Import ``path`` into the session's vault.  ``imported`` carries the report."""

    imported = Signal(object)

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("DataImport", "Import"))
        self.session = session
        self.path = path
        self.encrypted = ops.is_encrypted_file(path)
        self.report: ImportReport | None = None
        self.errors_dialog: ImportErrorsDialog | None = None

        title = heading(self, 1.3)
        title.setText(translate("DataImport", "Import {file}").format(file=path.name))
        title.setObjectName("importTitle")
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("importKind")
        self.kind_label.setWordWrap(True)
        if self.encrypted:
            self.kind_label.setText(translate(
                "DataImport", "Encrypted file. Type the passphrase chosen when it was exported "
                "(not this vault's passphrase)."))
        else:
            self.kind_label.setText(translate(
                "DataImport", "Unencrypted file (JSON). It will be checked completely before "
                "anything is written."))
        self.passphrase_label = QLabel(translate("DataImport", "File &passphrase:"), self)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.setObjectName("importPassphrase")
        self.passphrase.setAccessibleName(translate("DataImport", "File passphrase"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.caps = CapsLockLabel(self.passphrase, name="importCapsLock", parent=self)
        for widget in (self.passphrase_label, self.passphrase):
            widget.setVisible(self.encrypted)

        self.policy_box = QGroupBox(translate(
            "DataImport", "Records already in this vault (same identifier)"), self)
        self.policy_box.setObjectName("importPolicy")
        self.policy = QButtonGroup(self)
        policy_layout = QVBoxLayout(self.policy_box)
        texts = {
            "skip": translate("DataImport", "&Keep this vault's version (recommended)"),
            "replace": translate("DataImport", "&Replace with the file's version (the history "
                                 "keeps the previous values)"),
            "fail": translate("DataImport", "Import &nothing if any record differs"),
        }
        for i, code in enumerate(POLICIES):
            radio = QRadioButton(texts[code], self.policy_box)
            radio.setObjectName(f"importPolicy_{code}")
            self.policy.addButton(radio, i)
            policy_layout.addWidget(radio)
        self.policy.button(0).setChecked(True)
        note = QLabel(translate(
            "DataImport", "Identical records are never a problem: importing the same file "
            "twice changes nothing."), self.policy_box)
        note.setWordWrap(True)
        policy_layout.addWidget(note)

        self.busy = BusyLine("importBusy", self)
        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("importCounts")
        self.table.setAccessibleName(translate("DataImport", "What was imported, by section"))
        self.table.setHorizontalHeaderLabels([
            translate("DataImport", "Section"), translate("DataImport", "In the file"),
            translate("DataImport", "New"), translate("DataImport", "Replaced"),
            translate("DataImport", "Kept / identical")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        self.duplicates = QPlainTextEdit(self)
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.setReadOnly(True)
        self.duplicates.setAccessibleName(translate("DataImport", "Records already in the vault"))
        self.duplicates.setMaximumHeight(140)
        self.duplicates.hide()

        self.import_button = QPushButton(translate("DataImport", "&Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("DataImport", "&Close"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        parts: list[QWidget] = [title, self.kind_label, self.passphrase_label, self.passphrase,
                                self.caps, self.policy_box, self.busy, self.error, self.summary,
                                self.table, self.duplicates]
        for part in parts:
            layout.addWidget(part)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        (self.passphrase if self.encrypted else self.import_button).setFocus()

    # --- running -----------------------------------------------------------------------------
    def policy_code(self) -> str:
        return POLICIES[max(0, self.policy.checkedId())]

    def start(self) -> None:
        if self.busy.running or self.report is not None:
            return
        passphrase = self.passphrase.text()
        if self.encrypted and not passphrase:
            self._inline(translate("DataImport", "Type the file's passphrase."))
            return
        self.error.hide()
        self._set_busy(True)
        vault, path, policy = self.session.vault, self.path, self.policy_code()
        asyncops.run(self.session, self,
                     lambda: ops.read_import(vault, path, passphrase=passphrase,
                                             on_duplicate=policy),
                     on_done=self._done, on_error=self._failed)

    def _set_busy(self, on: bool) -> None:
        if on:
            self.busy.start(translate("DataImport", "Checking and importing…"))
        else:
            self.busy.stop()
        for widget in (self.passphrase, self.policy_box, self.import_button):
            widget.setEnabled(not on and self.report is None)

    def _inline(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        if self.encrypted:
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, BundleWrongPassphrase):
            self._inline(describe(exc))
            return
        if isinstance(exc, InvalidImport):
            self._inline(translate("DataImport", "The file was refused; nothing was imported."))
            dialog = ImportErrorsDialog(self.session, exc, path=self.path, parent=self)
            self.errors_dialog = dialog
            dialog.open()
            return
        show_error(self, exc, title=translate("DataImport", "Import failed"))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self._set_busy(False)
        self.passphrase.clear()
        self.policy_box.hide()
        for widget in (self.kind_label, self.passphrase_label, self.passphrase):
            widget.hide()
        self.show_report(report)
        self.import_button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(report)

    def show_report(self, report: ImportReport) -> None:
        total_new = sum(report.created(s) for s in report.items)
        self.summary.setText(translate(
            "DataImport", "Imported: {new} new records. {dupes} were already in the vault.")
            .format(new=total_new, dupes=len(report.duplicates)))
        self.summary.show()
        dupes = report.duplicate_counts()
        names = ordered([s for s, n in report.items.items() if n])
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            counts: dict[str, int] = dict(dupes.get(name, {}))
            kept = counts.get("skipped", 0) + counts.get("identical", 0)
            cells = (section_label(name), str(report.items[name]), str(report.created(name)),
                     str(counts.get("replaced", 0)), str(kept))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(names))
        if report.duplicates:
            lines = [translate("DataImport", "{section} {id}: {outcome}").format(
                section=section_label(section), id=uid, outcome=outcome_label(outcome))
                for section, uid, outcome in report.duplicates[:MAX_LISTED]]
            if len(report.duplicates) > MAX_LISTED:
                lines.append(translate("DataImport", "…and {n} more.").format(
                    n=len(report.duplicates) - MAX_LISTED))
            self.duplicates.setPlainText("\n".join(lines))
            self.duplicates.show()

    def reject(self) -> None:
        if self.busy.running:
            return  # one transaction: it commits or rolls back as a whole
        self.passphrase.clear()
        super().reject()
