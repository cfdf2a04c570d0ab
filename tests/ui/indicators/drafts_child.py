"""Child process for the kill test of the workshop and finding editors.

Usage: python -m tests.ui.indicators.drafts_child <workshop|finding> <vault dir> <settings>
The passphrase comes on stdin.  Opens a new record in the real editor, types into
it, prints "saved" once the autosave committed what was typed, then idles until it
is killed (SIGKILL: no lock, no close question, no cleanup of any kind).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.indicators.finding_form import FindingDialog
from mpi_desktop.ui.indicators.findings import FindingsSection
from mpi_desktop.ui.indicators.workshops import WorkshopsSection
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings

WORKSHOP_TITLE = "Autoprotección digital para defensoras de Tláhuac"
FINDING_SUMMARY = "Perfil anónimo difunde el domicilio de una reportera de Tlalpan."


def main() -> None:
    kind, folder, settings = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QApplication(["drafts-child"])
    vault = Vault.unlock(folder, passphrase, actor="registro")
    session = Session(vault=vault, records=Records(vault), runner=OpRunner(),
                      settings=AppSettings(settings), clipboard=SensitiveClipboard(5))
    if kind == "workshop":
        section: WorkshopsSection | FindingsSection = WorkshopsSection(session)
    else:
        section = FindingsSection(session)
    section.show()
    new = section.findChild(QPushButton, f"{kind}New")
    assert new is not None
    new.click()
    dialog = section.dialog
    assert dialog is not None
    if kind == "workshop":
        title = dialog.findChild(QLineEdit, "workshop_title")
        assert title is not None
        title.setText(WORKSHOP_TITLE)
    else:
        assert isinstance(dialog, FindingDialog)
        dialog.summary.edit.setPlainText(FINDING_SUMMARY)
    keeper = dialog.drafts.keeper

    def on_saved(_when: str) -> None:
        if not keeper.dirty:
            print("saved", flush=True)

    keeper.saved.connect(on_saved)
    app.exec()


if __name__ == "__main__":
    main()
