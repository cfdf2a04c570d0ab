"""The "Datos" menu of the main window, the last-backup reminder in its status bar,
and the note about unsaved workshop or finding forms found at unlock.

``install(window)`` is the only thing the main window calls; everything else
(dialogs, runs, refreshes) lives here.  Restoring replaces the vault, so it
locks first and then works over the unlock screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from mpi_desktop.i18n import translate
from mpi_desktop.interchange.importer import ImportReport
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import drafts
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.data import restore_dialog
from mpi_desktop.ui.data.backup import BackupReminder, BackupRunner
from mpi_desktop.ui.data.common import choose_open, export_filters
from mpi_desktop.ui.data.export_dialog import ExportDialog
from mpi_desktop.ui.data.import_dialog import ImportDialog
from mpi_desktop.ui.data.restore_dialog import RestoreDialog
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.windows import top_level_windows


class DataMenu(QObject):
    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.dialog: QWidget | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("dataMenu")
        self.export_action = self._action("actionExportAll")
        self.export_action.triggered.connect(self.export_all)
        self.import_action = self._action("actionImport")
        self.import_action.triggered.connect(self.choose_import)
        self.backup_action = self._action("actionBackup")
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = self._action("actionRestore")
        self.restore_action.triggered.connect(self.ask_restore)
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.import_action)
        self.menu.addSeparator()
        self.menu.addAction(self.backup_action)
        self.menu.addAction(self.restore_action)
        self.backups = BackupRunner(session, window)
        self.reminder = BackupReminder(session, window)
        self.backups.finished.connect(lambda _ok: self.reminder.refresh())
        self.retranslate()

    def _action(self, name: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.backup_action,
                self.restore_action]

    def retranslate(self) -> None:
        self.menu.setTitle(translate("DataMenu", "&Data"))
        self.export_action.setText(translate("DataMenu", "&Export every case file…"))
        self.export_action.setToolTip(translate(
            "DataMenu", "An encrypted file with every case file, to import into another "
            "MPI Desktop"))
        self.import_action.setText(translate("DataMenu", "&Import a file…"))
        self.backup_action.setText(translate("DataMenu", "&Back up the vault…"))
        self.backup_action.setToolTip(translate(
            "DataMenu", "One encrypted file with the whole vault, to keep on another medium"))
        self.restore_action.setText(translate("DataMenu", "&Restore a backup…"))
        self.restore_action.setToolTip(translate(
            "DataMenu", "Replaces this vault with a backup; the vault is locked first"))

    def set_interview_mode(self, on: bool) -> None:
        """Exports and imports reach beyond the case on screen: not during an interview."""
        for action in self.actions:
            action.setEnabled(not on)

    # --- export and import -------------------------------------------------------------------
    def export_all(self) -> ExportDialog:
        dialog = ExportDialog(self.session, ExportRequest("all"), parent=self.window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_import(self) -> None:
        def chosen(path: Path) -> None:
            self.import_file(path)

        choose_open(self.window, name="importOpenDialog",
                    title=translate("DataMenu", "Choose the file to import"),
                    filters=export_filters(), on_chosen=chosen)

    def import_file(self, path: Path) -> ImportDialog:
        """The import dialog for ``path`` (the file chooser's answer; tests call it)."""
        dialog = ImportDialog(self.session, path, parent=self.window)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, report: ImportReport) -> None:
        refresh = getattr(self.window, "refresh_sections", None)
        if callable(refresh):
            refresh()
        self.window.statusBar().showMessage(translate(
            "DataMenu", "Import finished: {n} new records.").format(
                n=sum(report.created(s) for s in report.items)), 10000)

    # --- backups -----------------------------------------------------------------------------
    def backup(self) -> None:
        self.backups.start()

    def ask_restore(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("DataMenu", "Restore a backup"))
        box.setText(translate("DataMenu", "Restoring replaces this vault with a backup."))
        box.setInformativeText(translate(
            "DataMenu", "The vault is locked first (unsaved forms are kept as drafts). Then "
            "choose the backup; it is verified completely before anything is replaced, and the "
            "current vault is moved aside, not deleted. Anything recorded after the backup was "
            "made is not in it."))
        go = box.addButton(translate("DataMenu", "Lock and continue"),
                           QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("confirmRestoreYes")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        folder = self.session.folder

        def answered(_result: int) -> None:
            if box.clickedButton() is go:
                self.restore_after_lock(folder)

        box.finished.connect(answered)
        box.open()
        return box

    def restore_after_lock(self, folder: Path) -> RestoreDialog:
        lock = getattr(self.window, "lock_requested", None)
        if lock is not None:
            lock.emit()  # the controller locks now: window, sections and key are gone
        return open_restore(folder)


def unlock_window() -> QWidget | None:
    with top_level_windows() as windows:
        for widget in windows:
            if widget.objectName() == "unlockWindow" and widget.isVisible():
                return widget
    return None


def open_restore(folder: Path, parent: QWidget | None = None) -> RestoreDialog:
    """The restore dialog over the unlock screen; afterwards that screen opens the
    restored vault."""
    owner = parent or unlock_window()

    def restored(target: Path) -> None:
        screen = owner or unlock_window()
        try_folder = getattr(screen, "try_folder", None)
        if callable(try_folder):
            try_folder(target)

    return restore_dialog.open_restore(folder, owner, on_restored=restored)


def _standalone_drafts(session: Session) -> list[drafts.DraftInfo]:
    vault = session.vault
    found: list[drafts.DraftInfo] = []
    for kind in drafts.STANDALONE_KINDS:
        found.extend(drafts.list_drafts(vault, kind=kind))
    return found


def install(window: QMainWindow, session: Session) -> DataMenu:
    """Add the Data menu before View, the reminder to the status bar; check drafts."""
    data = DataMenu(window, session)
    bar = window.menuBar()
    menus = [a for a in bar.actions() if a.menu() is not None]
    before = menus[1] if len(menus) > 1 else None
    if before is not None:
        bar.insertMenu(before, data.menu)
    else:
        bar.addMenu(data.menu)
    window.statusBar().addPermanentWidget(data.reminder)
    data.reminder.refresh()

    def found(infos: list[drafts.DraftInfo]) -> None:
        kinds = {i.kind for i in infos}
        parts = []
        if drafts.EDIT_WORKSHOP in kinds:
            parts.append(translate("DataMenu", "a workshop (Workshops)"))
        if drafts.EDIT_FINDING in kinds:
            parts.append(translate("DataMenu", "a finding (Findings)"))
        if parts:
            window.statusBar().showMessage(translate(
                "DataMenu", "Unsaved work was kept as a draft: {what}. Open that section to "
                "recover it.").format(what=", ".join(parts)), 20000)

    asyncops.run(session, data, lambda: _standalone_drafts(session), on_done=found,
                 on_error=lambda _exc: None)
    return data
