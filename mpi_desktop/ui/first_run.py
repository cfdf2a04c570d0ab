"""First run: create the vault — or restore one from a backup file.

Creating: location → unlock-time calibration → passphrase (strength meter, policy inline) →
recovery key shown once → one group retyped to prove it was copied.  The slow
parts (calibration, ``Vault.create``) run off the UI thread.  Once the vault
exists the wizard cannot be cancelled or go back before the recovery pages:
the key is shown only here.

Restoring (a new or repaired computer with a backup but no vault): the first page's
other choice; the location is where the backup becomes the vault, and the Data
menu's restore dialog asks for the file and its passphrase or recovery key, verifies
and restores.  The unlock screen then opens the restored vault.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import crypto, recovery_key
from mpi_desktop.storage import vault as vault_mod
from mpi_desktop.storage.vault import Created, Vault
from mpi_desktop.ui.data.restore_dialog import RestoreDialog, open_restore
from mpi_desktop.ui.folders import pick_folder
from mpi_desktop.ui.kdf import Calibrator, describe_params, seconds
from mpi_desktop.ui.look import ERROR_STYLE, OK_STYLE, WARNING_STYLE
from mpi_desktop.ui.passphrase import NewPassphraseForm
from mpi_desktop.ui.runner import OpRunner

PAGE_LOCATION, PAGE_CALIBRATION, PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_CONFIRM = range(5)


def folder_problem(folder: Path) -> str | None:
    """Why a vault cannot be created at ``folder``, or None."""
    if not str(folder).strip() or not folder.is_absolute():
        return translate("FirstRun", "Choose a full folder path.")
    if vault_mod.exists(folder):
        return translate("FirstRun", "There is already a vault in this folder. Use “Open an "
                         "existing vault” instead, or choose another folder.")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return translate("FirstRun", "This folder is not empty; choose an empty or new folder.")
    return None


def normalize_group(text: str) -> str:
    aliases = {"O": "0", "I": "1", "L": "1"}
    return "".join(aliases.get(c, c) for c in text.upper() if not c.isspace() and c != "-")


class LocationPage(QWizardPage):
    open_existing = Signal(Path)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.mode_create = QRadioButton(self)
        self.mode_create.setObjectName("wizardModeCreate")
        self.mode_restore = QRadioButton(self)
        self.mode_restore.setObjectName("wizardModeRestore")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.mode_create)
        self.mode.addButton(self.mode_restore)
        self.mode_create.setChecked(True)
        self.mode_restore.toggled.connect(self._mode_changed)
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(str(folder), self)
        self.folder.setObjectName("wizardFolder")
        self.folder.textChanged.connect(self._changed)
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton(self)
        self.browse.setObjectName("wizardBrowse")
        self.browse.clicked.connect(self._browse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("wizardFolderError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("wizardOpenExisting")
        self.open_button.clicked.connect(self._open_existing)

        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.mode_create)
        layout.addWidget(self.mode_restore)
        layout.addSpacing(8)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        self.setTitle(translate("FirstRun", "Welcome to MPI Desktop"))
        self.intro.setText(translate(
            "FirstRun",
            "MPI Desktop keeps every case in an encrypted vault: a folder on this computer "
            "that only your passphrase opens. Nothing is sent anywhere."))
        self.mode_create.setText(translate("FirstRun", "Create a &new vault"))
        self.mode_restore.setText(translate(
            "FirstRun", "&Restore a vault from a backup file (new or repaired computer)"))
        self.folder_label.setText(translate("FirstRun", "Vault &folder:"))
        self.folder.setAccessibleName(translate("FirstRun", "Vault folder"))
        self.browse.setText(translate("FirstRun", "&Browse…"))
        self.open_button.setText(translate("FirstRun", "Open an &existing vault instead…"))
        self._mode_changed()

    @property
    def restoring(self) -> bool:
        return self.mode_restore.isChecked()

    def _mode_changed(self) -> None:
        if self.restoring:
            self.setSubTitle(translate("FirstRun", "Where should the backup be restored?"))
            self.note.setText(translate(
                "FirstRun",
                "The folder must be empty or new. Next, choose the backup file and type the "
                "passphrase the vault had when the backup was made, or the recovery key. The "
                "backup is verified completely before it becomes the vault in this folder."))
            self.setButtonText(QWizard.WizardButton.NextButton,
                               translate("FirstRun", "&Choose the backup…"))
        else:
            self.setSubTitle(translate("FirstRun", "Where should the vault be created?"))
            self.note.setText(translate(
                "FirstRun",
                "The folder must be empty or new. Keep regular encrypted backups on a "
                "separate medium; without the passphrase or the recovery key the vault is "
                "unreadable."))
            self.setButtonText(QWizard.WizardButton.NextButton,
                               translate("FirstRun", "&Next >"))
        self._changed()

    def validatePage(self) -> bool:
        if not self.restoring:
            return True
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        wizard.restore_backup()
        return False  # the restore dialog takes over; the wizard closes when it is done

    def path(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _changed(self) -> None:
        problem = folder_problem(self.path())
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return folder_problem(self.path()) is None

    def _browse(self) -> None:
        title = (translate("FirstRun", "Folder for the restored vault") if self.restoring
                 else translate("FirstRun", "Folder for the new vault"))
        pick_folder(self, title=title, start=self.path(), on_chosen=self._picked)

    def _picked(self, folder: Path) -> None:
        # A chosen non-empty folder (e.g. Documents) gets a new subfolder for the vault.
        if folder.exists() and any(folder.iterdir()) and not vault_mod.exists(folder):
            folder = folder / translate("FirstRun", "MPI vault")
        self.folder.setText(str(folder))

    def _open_existing(self) -> None:
        pick_folder(self, title=translate("FirstRun", "Open a vault folder"),
                    start=self.path(), on_chosen=self.try_open_existing)

    def try_open_existing(self, folder: Path) -> None:
        if vault_mod.exists(folder):
            self.open_existing.emit(folder)
        else:
            self.problem.setText(translate("FirstRun", "There is no vault in {folder}.").format(
                folder=folder))
            self.problem.show()


class CalibrationPage(QWizardPage):
    def __init__(self, runner: OpRunner, calibrate: Calibrator, target_ms: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.calibrate = calibrate
        self.calibration: crypto.Calibration | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.target_label = QLabel(self)
        self.target = QSpinBox(self)
        self.target.setObjectName("wizardKdfTarget")
        self.target.setRange(250, 10000)
        self.target.setSingleStep(250)
        self.target.setValue(target_ms)
        self.target.valueChanged.connect(self._target_changed)
        self.target_label.setBuddy(self.target)
        self.measure = QPushButton(self)
        self.measure.setObjectName("wizardMeasure")
        self.measure.clicked.connect(self.start_measure)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("wizardMeasureBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.result = QLabel(self)
        self.result.setObjectName("wizardMeasureResult")
        self.result.setWordWrap(True)
        self.later = QLabel(self)
        self.later.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.target_label)
        row.addWidget(self.target)
        row.addWidget(self.measure)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.later)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("FirstRun", "Unlock time"))
        self.setSubTitle(translate("FirstRun", "How hard should guessing the passphrase be?"))
        self.intro.setText(translate(
            "FirstRun",
            "Every unlock runs a deliberately slow computation (Argon2id) that makes trying "
            "passphrases one after another impractical for a thief. About one second on this "
            "computer is a good balance; a slower computer gets lighter settings, never below "
            "a safe minimum."))
        self.target_label.setText(translate("FirstRun", "&Target unlock time:"))
        self.target.setSuffix(translate("FirstRun", " ms"))
        self.target.setAccessibleName(translate("FirstRun", "Target unlock time in milliseconds"))
        self.measure.setText(translate("FirstRun", "&Measure"))
        self.measure.setToolTip(translate(
            "FirstRun", "Find the settings that take about this long on this computer"))
        self.later.setText(translate("FirstRun", "This can be changed later in Settings."))
        self._show_result()

    def initializePage(self) -> None:
        if self.calibration is None and not self.busy.isVisible():
            self.start_measure()

    def start_measure(self) -> None:
        self.calibration = None
        self.busy.show()
        self.measure.setEnabled(False)
        self.target.setEnabled(False)
        self.result.setText(translate("FirstRun", "Measuring…"))
        self.completeChanged.emit()
        target, calibrate = self.target.value(), self.calibrate
        self.runner.run(lambda: calibrate(target), on_done=self._measured,
                        on_error=self._failed)

    def _measured(self, calibration: object) -> None:
        assert isinstance(calibration, crypto.Calibration)
        self.calibration = calibration
        self._idle()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.result.setText(describe(exc))
        self.result.setStyleSheet(ERROR_STYLE)

    def _idle(self) -> None:
        self.busy.hide()
        self.measure.setEnabled(True)
        self.target.setEnabled(True)
        self._show_result()
        self.completeChanged.emit()

    def _target_changed(self) -> None:
        if self.calibration is not None:
            self.calibration = None
            self._show_result()
            self.completeChanged.emit()

    def _show_result(self) -> None:
        if self.busy.isVisible():
            return
        self.result.setStyleSheet("")
        if self.calibration is None:
            self.result.setText(translate(
                "FirstRun", "Press “Measure” to find the settings for this target."))
            return
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(translate(
            "FirstRun", "Unlocking will take about {seconds} s here ({params}).").format(
                seconds=seconds(self.calibration),
                params=describe_params(self.calibration.params)))

    def isComplete(self) -> bool:
        return self.calibration is not None


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = NewPassphraseForm("wizard", self)
        self.form.changed.connect(self.completeChanged)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("wizardCreating")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("wizardCreateStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("FirstRun", "Passphrase"))
        self.setSubTitle(translate("FirstRun", "The passphrase opens the vault every day."))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           translate("FirstRun", "&Create the vault"))
        self.form.retranslate()

    def isComplete(self) -> bool:
        return self.form.acceptable and not self.busy.isVisible()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        if wizard.created is not None:
            return True
        wizard.create_vault(self.form.text())
        return False

    def set_busy(self, busy: bool, message: str = "", *, error: bool = False) -> None:
        self.busy.setVisible(busy)
        self.form.setEnabled(not busy)
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(message))
        self.completeChanged.emit()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = QLabel(self)
        self.warning.setObjectName("recoveryKeyWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKeyText")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.8)
        mono.setBold(True)
        self.key.setFont(mono)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # On paper, not in the clipboard: the text cannot be selected or copied.
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key.setStyleSheet("border: 2px dashed #7f8c8d; padding: 16px;")
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.written = QCheckBox(self)
        self.written.setObjectName("recoveryWrittenCheck")
        self.written.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addSpacing(8)
        layout.addWidget(self.key)
        layout.addSpacing(8)
        layout.addWidget(self.how)
        layout.addStretch(1)
        layout.addWidget(self.written)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("FirstRun", "Recovery key"))
        self.setSubTitle(translate("FirstRun", "Shown only this once."))
        self.warning.setText(translate(
            "FirstRun",
            "Write this key on paper now and keep the paper somewhere safe, away from this "
            "computer. It is the only way back into the vault if the passphrase is forgotten, "
            "and it will not be shown again. Do not photograph it or save it in a file."))
        self.how.setText(translate(
            "FirstRun",
            "8 groups of 5 characters. Letters I, L, O and U are never used, so there is no "
            "confusion with 1 and 0. If the passphrase is forgotten, choose “Forgot your "
            "passphrase?” on the unlock screen and type this key."))
        self.written.setText(translate("FirstRun", "I have &written the recovery key on paper"))

    def set_key(self, formatted: str) -> None:
        self.key.setText(recovery_key.for_paper(formatted) if formatted else "")
        self.key.setAccessibleName(translate("FirstRun", "Recovery key"))

    def isComplete(self) -> bool:
        return self.written.isChecked()


class ConfirmKeyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_index = 1
        self.expected = ""
        self.ask = QLabel(self)
        self.ask.setObjectName("recoveryGroupPrompt")
        self.ask.setWordWrap(True)
        self.input = QLineEdit(self)
        self.input.setObjectName("recoveryGroupInput")
        self.input.setMaxLength(recovery_key.GROUP_LEN + 2)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.4)
        self.input.setFont(mono)
        self.input.textChanged.connect(self._changed)
        self.status = QLabel(self)
        self.status.setObjectName("recoveryGroupStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ask)
        layout.addWidget(self.input)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("FirstRun", "Check the copy"))
        self.setSubTitle(translate("FirstRun", "Prove the paper copy is readable."))
        self.ask.setText(translate(
            "FirstRun", "Looking at your paper, type group {group} of the recovery key "
            "(groups are counted from 1 to 8, left to right, top line first).").format(
                group=self.group_index))
        self.input.setAccessibleName(translate(
            "FirstRun", "Group {group} of the recovery key").format(group=self.group_index))
        self._changed()

    def set_key(self, formatted: str) -> None:
        groups = formatted.split("-") if formatted else []
        self.group_index = secrets.randbelow(len(groups)) + 1 if groups else 1
        self.expected = groups[self.group_index - 1] if groups else ""
        # Tests read which group is asked from the widget, as a person reads the label.
        self.input.setProperty("groupIndex", self.group_index)
        self.input.clear()
        self.retranslate()

    def matches(self) -> bool:
        return bool(self.expected) and normalize_group(self.input.text()) == self.expected

    def _changed(self) -> None:
        typed = normalize_group(self.input.text())
        if self.matches():
            self.status.setText(translate("FirstRun", "Correct."))
            self.status.setStyleSheet(OK_STYLE)
        elif len(typed) >= recovery_key.GROUP_LEN:
            self.status.setText(translate(
                "FirstRun", "This does not match group {group}. Check the paper; go back to "
                "see the key again.").format(group=self.group_index))
            self.status.setStyleSheet(ERROR_STYLE)
        else:
            self.status.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.matches()


class FirstRunWizard(QWizard):
    """Emits ``vault_ready(vault)`` at Finish, with the new vault unlocked."""

    vault_ready = Signal(object)
    #: A backup was restored into this folder: the unlock screen opens it.
    restored = Signal(Path)
    open_existing = Signal(Path)
    cancelled = Signal()

    def __init__(self, *, folder: Path, target_ms: int, calibrate: Calibrator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.runner = OpRunner(self)
        self.created: Created | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.location = LocationPage(folder, self)
        self.location.open_existing.connect(self.open_existing)
        self.calibration = CalibrationPage(self.runner, calibrate, target_ms, self)
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryKeyPage(self)
        self.confirm = ConfirmKeyPage(self)
        for page_id, page in ((PAGE_LOCATION, self.location),
                              (PAGE_CALIBRATION, self.calibration),
                              (PAGE_PASSPHRASE, self.passphrase),
                              (PAGE_RECOVERY, self.recovery), (PAGE_CONFIRM, self.confirm)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(560, 420)
        self.resize(700, 540)
        self.retranslate()

    def retranslate(self) -> None:
        # The first page chooses between a new vault and a restored one.
        self.setWindowTitle(translate("FirstRun", "First start"))
        for page in (self.location, self.calibration, self.passphrase, self.recovery,
                     self.confirm):
            page.retranslate()

    @property
    def folder(self) -> Path:
        return self.location.path()

    @property
    def kdf_target_ms(self) -> int:
        return self.calibration.target.value()

    def restore_backup(self) -> RestoreDialog | None:
        """The restore dialog for the chosen folder (the first page's second choice)."""
        if self.restore_dialog is not None or not self.location.isComplete():
            return self.restore_dialog
        folder = self.folder.absolute()

        def closed(done: bool) -> None:
            self.restore_dialog = None
            if done:
                self.restored.emit(folder)

        self.restore_dialog = open_restore(folder, self, on_closed=closed)
        return self.restore_dialog

    def create_vault(self, passphrase: str) -> None:
        calibration = self.calibration.calibration
        if calibration is None or self.runner.busy:
            return
        folder, params = self.folder, calibration.params
        self.passphrase.set_busy(True, translate("FirstRun", "Creating the encrypted vault…"))
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.runner.run(lambda: Vault.create(folder, passphrase, kdf_params=params),
                        on_done=self._created, on_error=self._create_failed)

    def _created(self, created: object) -> None:
        assert isinstance(created, Created)
        self.created = created
        self.passphrase.form.clear()
        self.passphrase.set_busy(False)
        self.recovery.set_key(created.recovery_key)
        self.confirm.set_key(created.recovery_key)
        # From here the vault exists: no cancelling, no going back before the key pages.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _create_failed(self, exc: BaseException) -> None:
        self.passphrase.set_busy(False, describe(exc), error=True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def accept(self) -> None:
        created = self.created
        if created is None or not self.confirm.matches():
            return
        # Forget the key text as soon as it has been proven copied.
        self.recovery.set_key("")
        self.confirm.expected = ""
        created.recovery_key = ""
        self.created = None
        super().accept()
        self.vault_ready.emit(created.vault)

    def reject(self) -> None:
        if self.created is not None or self.runner.busy:
            return  # the recovery key must be seen through; creation must finish
        super().reject()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.created is not None:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.created is not None or self.runner.busy:
            event.ignore()
            return
        super().closeEvent(event)
