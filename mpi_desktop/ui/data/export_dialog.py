"""Export one case, one person (ARCO access) or the whole vault to an encrypted file.

The bundle passphrase is chosen here, twice, against the vault's passphrase
policy (a bundle travels on USB sticks and by e-mail, where it can be attacked
offline).  An unencrypted JSON file exists only behind an explicit warning, and
the engine records it in the audit log as unencrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.interchange.export import ExportResult
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.data import ops
from mpi_desktop.ui.data.common import BusyLine, choose_save, export_filters, ordered, section_label
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.look import ERROR_STYLE, WARNING_STYLE, heading
from mpi_desktop.ui.passphrase import NewPassphraseForm
from mpi_desktop.ui.session import Session


def counts_text(counts: dict[str, int]) -> str:
    """'Case files: 1 · People: 2 · …', sections with nothing left out."""
    parts = [translate("DataExport", "{section}: {n}").format(section=section_label(name),
                                                              n=counts[name])
             for name in ordered([k for k, v in counts.items() if v])]
    return " · ".join(parts) or translate("DataExport", "nothing")


class ExportDialog(QDialog):
    """``request`` says what goes in the file; ``subject`` names it for the title."""

    exported = Signal(object)

    def __init__(self, session: Session, request: ExportRequest, *, subject: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.session = session
        self.request = request
        self.subject = subject
        self.written: ExportResult | None = None
        self._confirm: QMessageBox | None = None

        self.title = heading(self, 1.3)
        self.title.setObjectName("exportTitle")
        self.scope_text = QLabel(self)
        self.scope_text.setObjectName("exportScope")
        self.scope_text.setWordWrap(True)
        self.form = NewPassphraseForm("export", self)
        self.plaintext = QCheckBox(self)
        self.plaintext.setObjectName("exportPlaintext")
        self.plaintext.toggled.connect(self._plaintext_toggled)
        self.plaintext_warning = QLabel(self)
        self.plaintext_warning.setObjectName("exportPlaintextWarning")
        self.plaintext_warning.setWordWrap(True)
        self.plaintext_warning.setStyleSheet(WARNING_STYLE)
        self.plaintext_warning.hide()
        self.busy = BusyLine("exportBusy", self)
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("exportResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("exportClose")
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        for widget in (self.title, self.scope_text, self.form, self.plaintext,
                       self.plaintext_warning, self.busy, self.error, self.outcome,
                       self.buttons):
            layout.addWidget(widget)
        self.setTabOrder(self.form.passphrase, self.form.confirm)
        self.setTabOrder(self.form.confirm, self.plaintext)
        self.setTabOrder(self.plaintext, self.export_button)
        self.setTabOrder(self.export_button, self.close_button)
        self.form.changed.connect(self._update)
        self.retranslate()
        self._update()
        self.resize(600, 520)
        self.form.passphrase.setFocus()

    # --- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        kind = self.request.kind
        if kind == "case":
            self.setWindowTitle(translate("DataExport", "Export case file"))
            self.title.setText(translate("DataExport", "Export case file {folio}").format(
                folio=self.request.folio or ""))
            self.scope_text.setText(translate(
                "DataExport", "The file holds this case file, its people and everything "
                "recorded in it (aggressions, attentions, risk, plan, digital violence, "
                "evidence). Another MPI Desktop imports it with Data → Import."))
        elif kind == "person":
            self.setWindowTitle(translate("DataExport", "ARCO access"))
            self.title.setText(translate("DataExport", "Export the data of {name}").format(
                name=self.subject))
            self.scope_text.setText(translate(
                "DataExport", "ARCO access: everything about this person — their record and "
                "the case files they are on. Other people on those cases appear only as "
                "references, but free-text fields (accounts of the facts, notes) may name "
                "them: review the file before handing it over."))
        else:
            self.setWindowTitle(translate("DataExport", "Export everything"))
            self.title.setText(translate("DataExport", "Export every case file"))
            self.scope_text.setText(translate(
                "DataExport", "Every case file and person in the vault, except people who "
                "exercised ARCO opposition and the case files they are on. To move a whole "
                "vault to another computer use Data → Back up the vault instead: it keeps "
                "everything, the audit log included."))
        self.form.hint.setText(translate(
            "DataExport", "This passphrase protects the file on its way. Tell it to the "
            "recipient by another channel (in person or by phone), never together with the "
            "file. Better not the vault's own passphrase."))
        self.form.passphrase_label.setText(translate("DataExport", "File &passphrase:"))
        self.form.passphrase.setAccessibleName(translate("DataExport", "File passphrase"))
        self.form.confirm.setAccessibleName(translate("DataExport", "Repeat the file passphrase"))
        self.plaintext.setText(translate(
            "DataExport", "Write an &unencrypted file instead (not recommended)"))
        self.plaintext_warning.setText(translate(
            "DataExport", "The file will NOT be encrypted: anyone who gets it can read "
            "everything in it."))
        self.export_button.setText(translate("DataExport", "&Export…"))
        self.close_button.setText(translate("DataExport", "&Close"))

    def suggested_name(self) -> str:
        suffix = ops.JSON_SUFFIX if self.plaintext.isChecked() else ops.BUNDLE_SUFFIX
        day = today_local().isoformat()
        if self.request.kind == "case":
            return f"{self.request.folio}{suffix}"
        # Never a person's name in a file name: names of files travel in plain sight.
        if self.request.kind == "person":
            return translate("DataExport", "arco-access-{date}").format(date=day) + suffix
        return translate("DataExport", "mpi-export-{date}").format(date=day) + suffix

    # --- state -------------------------------------------------------------------------------
    def _update(self) -> None:
        plain = self.plaintext.isChecked()
        self.form.setEnabled(not plain and not self.busy.running)
        ready = (plain or self.form.acceptable) and not self.busy.running
        self.export_button.setEnabled(ready and self.written is None)

    def _plaintext_toggled(self, on: bool) -> None:
        self.plaintext_warning.setVisible(on)
        if on and self._confirm is None:
            self._ask_plaintext()
        self._update()

    def _ask_plaintext(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirmPlaintextExport")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("DataExport", "Unencrypted export"))
        box.setText(translate("DataExport", "Write the data UNENCRYPTED?"))
        box.setInformativeText(translate(
            "DataExport", "The people in this file are at risk because of their work. Anyone "
            "who gets an unencrypted file — a lost USB stick, a forwarded e-mail, a shared "
            "folder — can read everything in it. The export is recorded in the audit log as "
            "unencrypted. Delete the file securely as soon as it is no longer needed."))
        write = box.addButton(translate("DataExport", "Write unencrypted"),
                              QMessageBox.ButtonRole.DestructiveRole)
        write.setObjectName("confirmPlaintextYes")
        keep = box.addButton(translate("DataExport", "Keep it encrypted"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self._confirm = None
            if box.clickedButton() is not write:
                self.plaintext.setChecked(False)
            box.deleteLater()

        box.finished.connect(answered)
        self._confirm = box
        box.open()

    # --- running -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        if not self.export_button.isEnabled():
            return
        choose_save(self, name="exportSaveDialog",
                    title=translate("DataExport", "Save the export as"),
                    suggested=self.suggested_name(), filters=export_filters(),
                    on_chosen=self.export_to)

    def export_to(self, out: Path) -> None:
        """Write the file (the save dialog's answer; tests call it directly)."""
        plain = self.plaintext.isChecked()
        if not plain and not self.form.acceptable:
            self.error.setText(translate(
                "DataExport", "Choose a file passphrase that meets the requirements and type "
                "it twice."))
            self.error.show()
            self.form.passphrase.setFocus()
            return
        if plain and self._confirm is not None:
            return  # still answering the warning
        passphrase = None if plain else self.form.text()
        if not plain and out.suffix.lower() == ops.JSON_SUFFIX:
            out = out.with_suffix(ops.BUNDLE_SUFFIX)  # an encrypted file is not JSON
        self.error.hide()
        self.busy.start(translate("DataExport", "Exporting…"))
        self.plaintext.setEnabled(False)
        self._update()
        vault, request = self.session.vault, self.request
        asyncops.run(self.session, self,
                     lambda: ops.write_export(vault, request, out, passphrase=passphrase),
                     on_done=self._done, on_error=self._failed)

    def _done(self, result: ExportResult) -> None:
        self.busy.stop()
        self.written = result
        self.form.clear()
        lines = [translate("DataExport", "Encrypted export written: {path}") if result.encrypted
                 else translate("DataExport", "UNENCRYPTED export written: {path}")]
        lines[0] = lines[0].format(path=result.path)
        lines.append(counts_text(result.counts))
        if result.kind == "all" and (result.excluded_people or result.excluded_cases):
            lines.append(translate(
                "DataExport", "Left out by ARCO opposition: {people} people and {cases} case "
                "files.").format(people=result.excluded_people, cases=result.excluded_cases))
        if not result.importable:
            lines.append(translate(
                "DataExport", "This file is larger than an import accepts. To move a whole "
                "vault, use a backup instead."))
        if result.kind == "person":
            lines.append(translate(
                "DataExport", "Review the free-text fields before handing the file over: they "
                "may name other people."))
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._update()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.plaintext.setEnabled(True)
        self._update()
        show_error(self, exc, title=translate("DataExport", "Export failed"))

    # --- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy.running:
            return  # the file is being written; it finishes or fails as a whole
        self.form.clear()
        super().reject()
