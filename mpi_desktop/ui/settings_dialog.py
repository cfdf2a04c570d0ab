"""Settings: language, auto-lock, clipboard, unlock cost (KDF), vault folder, discreet mode.

Everything here lands in the settings INI file — which is why nothing here is a
secret.  Changing the unlock cost re-wraps the passphrase slot with new Argon2id
parameters: the passphrase is asked for (and checked) first, and the work runs
off the UI thread.  ``vault.db`` is not rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import crypto
from mpi_desktop.ui.folders import pick_folder
from mpi_desktop.ui.kdf import Calibrator, describe_params, seconds
from mpi_desktop.ui.look import ERROR_STYLE, OK_STYLE
from mpi_desktop.ui.prompt import PassphrasePrompt
from mpi_desktop.ui.session import Session

#: Language names are shown in their own language, whatever the current one.
LANGUAGES = (("es", "Español"), ("en", "English"))


@dataclass(frozen=True)
class SettingsChange:
    language: bool = False
    autolock: bool = False
    clipboard: bool = False
    discreet: bool = False
    kdf: bool = False


class SettingsDialog(QDialog):
    applied = Signal(object)

    def __init__(self, session: Session, *, calibrate: Calibrator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.session = session
        self.settings = session.settings
        self.calibrate = calibrate
        self.calibration: crypto.Calibration | None = None
        self.prompt: PassphrasePrompt | None = None

        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.autolock = QSpinBox(self)
        self.autolock.setObjectName("settingsAutolock")
        self.autolock.setRange(0, 240)
        self.autolock.setValue(self.settings.autolock_minutes)
        self.clipboard = QSpinBox(self)
        self.clipboard.setObjectName("settingsClipboard")
        self.clipboard.setRange(5, 600)
        self.clipboard.setValue(self.settings.clipboard_seconds)
        self.discreet = QCheckBox(self)
        self.discreet.setObjectName("settingsDiscreet")
        self.discreet.setChecked(self.settings.discreet_mode)

        self.kdf_box = QGroupBox(self)
        self.kdf_current = QLabel(self)
        self.kdf_current.setObjectName("settingsKdfCurrent")
        self.kdf_current.setWordWrap(True)
        self.kdf_target = QSpinBox(self)
        self.kdf_target.setObjectName("settingsKdfTarget")
        self.kdf_target.setRange(250, 10000)
        self.kdf_target.setSingleStep(250)
        self.kdf_target.setValue(self.settings.kdf_target_ms)
        self.kdf_target.valueChanged.connect(self._target_changed)
        self.measure = QPushButton(self)
        self.measure.setObjectName("settingsMeasure")
        self.measure.clicked.connect(self.start_measure)
        self.kdf_busy = QProgressBar(self)
        self.kdf_busy.setObjectName("settingsMeasureBusy")
        self.kdf_busy.setRange(0, 0)
        self.kdf_busy.setTextVisible(False)
        self.kdf_busy.setMaximumHeight(8)
        self.kdf_busy.hide()
        self.kdf_result = QLabel(self)
        self.kdf_result.setObjectName("settingsKdfResult")
        self.kdf_result.setWordWrap(True)

        self.folder = QLineEdit(str(self.settings.vault_dir), self)
        self.folder.setObjectName("settingsVaultFolder")
        self.browse = QPushButton(self)
        self.browse.setObjectName("settingsVaultBrowse")
        self.browse.clicked.connect(self._browse)
        self.folder_note = QLabel(self)
        self.folder_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        self.labels = {name: QLabel(self) for name in
                       ("language", "autolock", "clipboard", "target", "folder")}
        self.labels["language"].setBuddy(self.language)
        self.labels["autolock"].setBuddy(self.autolock)
        self.labels["clipboard"].setBuddy(self.clipboard)
        self.labels["target"].setBuddy(self.kdf_target)
        self.labels["folder"].setBuddy(self.folder)

        general = QFormLayout()
        general.addRow(self.labels["language"], self.language)
        general.addRow(self.labels["autolock"], self.autolock)
        general.addRow(self.labels["clipboard"], self.clipboard)
        general.addRow("", self.discreet)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        general.addRow(self.labels["folder"], folder_row)
        general.addRow("", self.folder_note)
        target_row = QHBoxLayout()
        target_row.addWidget(self.kdf_target)
        target_row.addWidget(self.measure)
        target_row.addStretch(1)
        kdf_layout = QFormLayout(self.kdf_box)
        kdf_layout.addRow(self.kdf_current)
        kdf_layout.addRow(self.labels["target"], target_row)
        kdf_layout.addRow(self.kdf_busy)
        kdf_layout.addRow(self.kdf_result)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.kdf_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Settings", "Settings"))
        self.labels["language"].setText(translate("Settings", "&Language:"))
        self.language.setAccessibleName(translate("Settings", "Language"))
        self.labels["autolock"].setText(translate("Settings", "&Lock after inactivity:"))
        self.autolock.setSuffix(translate("Settings", " min"))
        self.autolock.setSpecialValueText(translate("Settings", "Never (not recommended)"))
        self.autolock.setAccessibleName(translate("Settings", "Minutes of inactivity before "
                                                  "the vault locks; 0 turns it off"))
        self.labels["clipboard"].setText(translate("Settings", "&Clear copied data after:"))
        self.clipboard.setSuffix(translate("Settings", " s"))
        self.clipboard.setAccessibleName(translate(
            "Settings", "Seconds before copied sensitive data is cleared from the clipboard"))
        self.discreet.setText(translate("Settings", "&Discreet mode: hide names in case lists"))
        self.labels["folder"].setText(translate("Settings", "&Vault folder:"))
        self.folder.setAccessibleName(translate("Settings", "Vault folder"))
        self.browse.setText(translate("Settings", "&Browse…"))
        self.folder_note.setText(translate(
            "Settings", "The vault opened at start. A change applies the next time the app "
            "starts."))
        self.kdf_box.setTitle(translate("Settings", "Unlock cost (Argon2id)"))
        self.kdf_current.setText(translate("Settings", "Current: {params}.").format(
            params=describe_params(self.session.vault.keyfile.slots.passphrase.kdf)))
        self.labels["target"].setText(translate("Settings", "&Target unlock time:"))
        self.kdf_target.setSuffix(translate("Settings", " ms"))
        self.kdf_target.setAccessibleName(translate(
            "Settings", "Target unlock time in milliseconds"))
        self.measure.setText(translate("Settings", "&Measure"))
        self.measure.setToolTip(translate(
            "Settings", "Find the settings that take about this long on this computer"))
        self._show_result()

    # -- KDF ----------------------------------------------------------------------------
    @property
    def pending_params(self) -> crypto.KdfParams | None:
        """New KDF parameters to apply, if a measurement found different ones."""
        if self.calibration is None:
            return None
        current = self.session.vault.keyfile.slots.passphrase.kdf
        return None if self.calibration.params == current else self.calibration.params

    def start_measure(self) -> None:
        self.calibration = None
        self.kdf_busy.show()
        self.measure.setEnabled(False)
        self.kdf_target.setEnabled(False)
        self.buttons.setEnabled(False)
        self.kdf_result.setStyleSheet("")
        self.kdf_result.setText(translate("Settings", "Measuring…"))
        target, calibrate = self.kdf_target.value(), self.calibrate
        self.session.runner.run(lambda: calibrate(target), on_done=self._measured,
                                on_error=self._measure_failed)

    def _measured(self, calibration: object) -> None:
        assert isinstance(calibration, crypto.Calibration)
        self.calibration = calibration
        self._measure_done()

    def _measure_failed(self, exc: BaseException) -> None:
        self._measure_done()
        self.kdf_result.setStyleSheet(ERROR_STYLE)
        self.kdf_result.setText(describe(exc))

    def _measure_done(self) -> None:
        self.kdf_busy.hide()
        self.measure.setEnabled(True)
        self.kdf_target.setEnabled(True)
        self.buttons.setEnabled(True)
        self._show_result()

    def _target_changed(self) -> None:
        self.calibration = None
        self._show_result()

    def _show_result(self) -> None:
        if self.kdf_busy.isVisible():
            return
        self.kdf_result.setStyleSheet("")
        if self.calibration is None:
            self.kdf_result.setText(translate(
                "Settings", "Press “Measure” to find the settings for this target. Applying "
                "them asks for your passphrase."))
        elif self.pending_params is None:
            self.kdf_result.setText(translate(
                "Settings", "The current settings already match this target."))
        else:
            self.kdf_result.setStyleSheet(OK_STYLE)
            self.kdf_result.setText(translate(
                "Settings", "New: {params}, about {seconds} s here. Press OK to apply them; "
                "your passphrase will be asked.").format(
                    params=describe_params(self.calibration.params),
                    seconds=seconds(self.calibration)))

    # -- folder -------------------------------------------------------------------------
    def _browse(self) -> None:
        pick_folder(self, title=translate("Settings", "Vault folder"),
                    start=Path(self.folder.text()),
                    on_chosen=lambda folder: self.folder.setText(str(folder)))

    # -- applying -----------------------------------------------------------------------
    def apply(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_absolute():
            self.error.setText(translate("Settings", "The vault folder must be a full path."))
            self.error.show()
            self.folder.setFocus()
            return
        self.error.hide()
        params = self.pending_params
        if params is None:
            self._save(kdf=False)
            return
        vault = self.session.vault
        prompt = PassphrasePrompt(
            self.session, parent=self,
            title=translate("Settings", "Apply the new unlock cost"),
            message=translate("Settings", "Enter the vault passphrase to re-protect the key "
                              "with the new settings. The passphrase stays the same."),
            then=lambda passphrase: vault.change_passphrase(passphrase, kdf_params=params,
                                                            reason="kdf"))
        prompt.succeeded.connect(lambda _: self._save(kdf=True))
        prompt.finished.connect(self._prompt_closed)
        self.prompt = prompt
        prompt.open()

    def _prompt_closed(self) -> None:
        if self.prompt is not None:
            self.prompt.deleteLater()
        self.prompt = None

    def _save(self, *, kdf: bool) -> None:
        s = self.settings
        language = str(self.language.currentData())
        change = SettingsChange(
            language=language != s.language,
            autolock=self.autolock.value() != s.autolock_minutes,
            clipboard=self.clipboard.value() != s.clipboard_seconds,
            discreet=self.discreet.isChecked() != s.discreet_mode,
            kdf=kdf,
        )
        s.language = language
        s.autolock_minutes = self.autolock.value()
        s.clipboard_seconds = self.clipboard.value()
        s.discreet_mode = self.discreet.isChecked()
        s.kdf_target_ms = self.kdf_target.value()
        folder = Path(self.folder.text().strip()).expanduser()
        if folder != s.vault_dir:
            s.vault_dir = folder
        if kdf:
            self.calibration = None
        self.accept()
        self.applied.emit(change)
