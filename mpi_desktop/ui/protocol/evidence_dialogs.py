"""Dialogs of the evidence panel: description, package options, viewer, export warning.

All open with ``open()`` (no nested event loop) and answer through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import passphrase_policy
from mpi_desktop.domain.catalogs import Catalog
from mpi_desktop.domain.timeutil import MEXICO_CITY, iso_utc, now_utc, parse_iso_utc
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.messages import passphrase_problem
from mpi_desktop.storage.evidence import EvidenceSource
from mpi_desktop.texts.protocol import format_size
from mpi_desktop.ui.look import ERROR_STYLE, WARNING_STYLE

_ZONE = QTimeZone(b"America/Mexico_City")


def _to_qt(instant: str) -> QDateTime:
    moment = parse_iso_utc(instant).astimezone(MEXICO_CITY)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), _ZONE)


def _from_qt(value: QDateTime) -> str:
    return iso_utc(datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC))


def _datetime_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setTimeZone(_ZONE)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setDateTime(_to_qt(iso_utc(now_utc())))
    return edit


class EvidenceSourceDialog(QDialog):
    """Where the evidence came from and who collected it (at attach, or to correct)."""

    chosen = Signal(object)  # EvidenceSource

    def __init__(self, parent: QWidget | None, *, platforms: Catalog, actor: str,
                 source: EvidenceSource | None = None, file_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("evidenceSourceDialog")
        self.setWindowTitle(translate("Protocol", "Evidence description"))
        self.url = QLineEdit()
        self.url.setObjectName("sourceUrl")
        self.url.setPlaceholderText("https://…")
        self.handle = QLineEdit()
        self.handle.setObjectName("sourceHandle")
        self.handle.setPlaceholderText(translate("Protocol", "@account or number"))
        self.platform = QComboBox()
        self.platform.setObjectName("sourcePlatform")
        self.platform.addItem(translate("Protocol", "Not recorded"), None)
        for code, label in platforms.choices(current_language()):
            self.platform.addItem(label, code)
        self.posted_known = QCheckBox(translate("Protocol", "Known"))
        self.posted_known.setObjectName("postedKnown")
        self.posted_at = _datetime_edit("postedAt")
        self.posted_at.setEnabled(False)
        self.posted_known.toggled.connect(self.posted_at.setEnabled)
        self.collected_by = QLineEdit(actor)
        self.collected_by.setObjectName("collectedBy")
        self.collected_at = _datetime_edit("collectedAt")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("sourceNotes")
        self.notes.setPlaceholderText(translate(
            "Protocol", "What it shows, how it was obtained, where the original is kept"))
        self.error = QLabel()
        self.error.setObjectName("sourceError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        posted = QHBoxLayout()
        posted.addWidget(self.posted_known)
        posted.addWidget(self.posted_at, 1)
        form = QFormLayout()
        if file_label:
            form.addRow(translate("Protocol", "File"), QLabel(file_label))
        form.addRow(translate("Protocol", "URL"), self.url)
        form.addRow(translate("Protocol", "Account or handle"), self.handle)
        form.addRow(translate("Protocol", "Platform"), self.platform)
        form.addRow(translate("Protocol", "Posted or sent (local time)"), posted)
        form.addRow(translate("Protocol", "Collected by"), self.collected_by)
        form.addRow(translate("Protocol", "Collected (local time)"), self.collected_at)
        form.addRow(translate("Protocol", "Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("sourceButtons")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if source is not None:
            self._show(source)
        self.finished.connect(self.deleteLater)

    def _show(self, source: EvidenceSource) -> None:
        self.url.setText(source.source_url)
        self.handle.setText(source.source_handle)
        self.platform.setCurrentIndex(max(0, self.platform.findData(source.platform)))
        if source.posted_at:
            self.posted_known.setChecked(True)
            self.posted_at.setDateTime(_to_qt(source.posted_at))
        self.collected_by.setText(source.collected_by)
        if source.collected_at:
            self.collected_at.setDateTime(_to_qt(source.collected_at))
        self.notes.setPlainText(source.notes)

    def source(self) -> EvidenceSource:
        return EvidenceSource(
            source_url=self.url.text().strip(), source_handle=self.handle.text().strip(),
            platform=self.platform.currentData(),
            posted_at=_from_qt(self.posted_at.dateTime()) if self.posted_known.isChecked()
            else "",
            collected_by=self.collected_by.text().strip(),
            collected_at=_from_qt(self.collected_at.dateTime()),
            notes=self.notes.toPlainText().strip())

    def _accept(self) -> None:
        if not self.collected_by.text().strip():
            self.error.setText(translate("Protocol", "Say who collected the evidence."))
            self.error.show()
            self.collected_by.setFocus()
            return
        self.chosen.emit(self.source())
        self.accept()


@dataclass(frozen=True)
class PackageChoice:
    encrypted: bool
    passphrase: str
    selected_only: bool
    include_notes: bool


class PackageDialog(QDialog):
    """Encrypted package (recommended) or, behind a warning, a plain folder."""

    chosen = Signal(object)  # PackageChoice

    def __init__(self, parent: QWidget | None, *, selected: int, total: int) -> None:
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.setWindowTitle(translate("Protocol", "Evidence package"))
        intro = QLabel(translate(
            "Protocol", "For prosecutors or digital-security helplines: the original files, "
            "bit for bit, with a manifest of their SHA-256, sources and chain of custody."))
        intro.setWordWrap(True)
        self.encrypted = QRadioButton(translate(
            "Protocol", "Encrypted package, opened with a passphrase you share by another "
            "channel (recommended)"))
        self.encrypted.setObjectName("packageEncrypted")
        self.encrypted.setChecked(True)
        self.plain = QRadioButton(translate("Protocol", "Unencrypted folder"))
        self.plain.setObjectName("packagePlain")
        self.warning = QLabel(translate(
            "Protocol", "Anyone who gets the folder or the device it is on can see the "
            "evidence. Use it only to hand over on the spot, and delete it afterwards. The "
            "export is recorded in the audit log."))
        self.warning.setObjectName("plainWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("packagePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("packagePassphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.selected_only = QCheckBox(translate(
            "Protocol", "Only the selected item ({selected} of {total})").format(
                selected=selected, total=total))
        self.selected_only.setObjectName("packageSelectedOnly")
        self.selected_only.setEnabled(selected > 0)
        self.include_notes = QCheckBox(translate("Protocol", "Include the evidence notes"))
        self.include_notes.setObjectName("packageIncludeNotes")
        self.error = QLabel()
        self.error.setObjectName("packageError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Protocol", "Passphrase"), self.passphrase)
        form.addRow(translate("Protocol", "Repeat it"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("packageButtons")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.encrypted)
        layout.addLayout(form)
        layout.addWidget(self.plain)
        layout.addWidget(self.warning)
        layout.addWidget(self.selected_only)
        layout.addWidget(self.include_notes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.encrypted.toggled.connect(self._mode)
        self._mode(True)
        self.finished.connect(self.deleteLater)

    def _mode(self, encrypted: bool) -> None:
        self.passphrase.setEnabled(encrypted)
        self.repeat.setEnabled(encrypted)
        self.warning.setVisible(not encrypted)

    def _accept(self) -> None:
        encrypted = self.encrypted.isChecked()
        if encrypted:
            problem = self._passphrase_problem()
            if problem:
                self.error.setText(problem)
                self.error.show()
                return
        self.chosen.emit(PackageChoice(
            encrypted=encrypted, passphrase=self.passphrase.text() if encrypted else "",
            selected_only=self.selected_only.isChecked(),
            include_notes=self.include_notes.isChecked()))
        self.accept()

    def _passphrase_problem(self) -> str:
        if self.passphrase.text() != self.repeat.text():
            return translate("Protocol", "The two passphrases do not match.")
        assessment = passphrase_policy.assess(self.passphrase.text())
        if not assessment.acceptable:
            return "\n".join(passphrase_problem(p) for p in assessment.problems)
        return ""


class ViewerDialog(QDialog):
    """The evidence at full size, from memory (never a temp file)."""

    def __init__(self, parent: QWidget | None, *, title: str, data: bytes, media_type: str,
                 size_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.setWindowTitle(title)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        if media_type.startswith("image/"):
            image = QImage.fromData(data)
            label = QLabel()
            label.setObjectName("viewerImage")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if image.isNull():
                label.setText(translate("Protocol", "This image cannot be displayed."))
            else:
                label.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll)
        else:
            text = QPlainTextEdit()
            text.setObjectName("viewerText")
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            layout.addWidget(text)
        layout.addWidget(QLabel(size_text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self.deleteLater)


def export_warning(parent: QWidget | None, *, name: str, size: int, is_image: bool,
                   on_answer: Callable[[bool], None]) -> QMessageBox:
    """Plaintext export: say what it means before asking where; offer metadata removal."""
    box = QMessageBox(parent)
    box.setObjectName("exportWarningDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Protocol", "Export evidence"))
    box.setText(translate(
        "Protocol", "“{name}” ({size}) will be written as an ordinary, unencrypted file."
    ).format(name=name, size=format_size(size)))
    box.setInformativeText(translate(
        "Protocol", "Anyone with access to where you save it can open it. Prefer an encrypted "
        "evidence package to hand it over. The export is recorded in the chain of custody."))
    check = QCheckBox(translate("Protocol", "Remove image metadata (EXIF, GPS location, "
                                "device, comments)"))
    check.setObjectName("removeMetadataCheck")
    check.setChecked(is_image)
    check.setEnabled(is_image)
    box.setCheckBox(check)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Protocol", "Choose where…"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Ok:
            on_answer(check.isChecked())

    box.finished.connect(lambda _r: answered())
    box.finished.connect(box.deleteLater)
    box.open()
    return box
