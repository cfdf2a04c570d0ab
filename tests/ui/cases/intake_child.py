"""Child process for the kill test: types an interview into the real wizard.

Usage: python -m tests.ui.cases.intake_child <vault dir> <settings file>
The passphrase comes on stdin.  Prints "saved" once the autosave committed the
typed fields, then idles until it is killed (SIGKILL: no cleanup runs at all).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings

#: What the child types; the parent checks every field comes back.
TYPED = {
    "intake_given_names": "Ximena Guadalupe",
    "intake_first_surname": "Ortiz",
    "intake_second_surname": "Núñez",
    "intake_contact_value": "+52 55 8765 4321",
    "intake_narrative": "Me siguieron dos autos después de la marcha.\nTomaron fotos.",
    "intake_opened_on": "05/03/2026",
    "link0_given_names": "Rosa",
    "aggression0_place": "Calle Madero",
    "aggression0_occurred_on": "01/03/2026",
}
PROFILE = "periodista"
ALCALDIA = "coyoacan"


def type_into(edit: QLineEdit, text: str) -> None:
    """Key presses where QTest can synthesize them (ASCII), an insert otherwise."""
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        edit.insert(text)


def main() -> None:
    folder, settings = Path(sys.argv[1]), Path(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QApplication(["intake-child"])
    vault = Vault.unlock(folder, passphrase, actor="entrevista")
    session = Session(vault=vault, records=Records(vault), runner=OpRunner(),
                      settings=AppSettings(settings), clipboard=SensitiveClipboard(5))
    section = CasesSection(session)
    section.show()
    section.start_intake()
    wizard = section.wizard
    assert wizard is not None

    def line(name: str) -> QLineEdit:
        found = wizard.findChild(QLineEdit, name)
        assert found is not None, name
        return found

    for name in ("intake_given_names", "intake_first_surname", "intake_second_surname",
                 "intake_contact_value", "intake_opened_on"):
        edit = line(name)
        edit.clear()
        type_into(edit, TYPED[name])
    for name, code in (("intake_profile", PROFILE), ("intake_alcaldia", ALCALDIA)):
        combo = wizard.findChild(QComboBox, name)
        assert combo is not None
        combo.setCurrentIndex(combo.findData(code))
    narrative = wizard.findChild(QPlainTextEdit, "intake_narrative")
    assert narrative is not None
    narrative.setPlainText(TYPED["intake_narrative"])
    topics = wizard.findChild(QListWidget, "intake_defence_topics")
    assert topics is not None
    topics.item(2).setCheckState(Qt.CheckState.Checked)
    for button in ("linkadd", "aggressionadd"):
        add = wizard.findChild(QPushButton, button)
        assert add is not None
        add.click()
    for name in ("link0_given_names", "aggression0_place", "aggression0_occurred_on"):
        type_into(line(name), TYPED[name])
    wizard.go_to(4)

    def on_saved(_when: str) -> None:
        if not wizard.keeper.dirty:
            print("saved", flush=True)

    wizard.keeper.saved.connect(on_saved)
    app.exec()


if __name__ == "__main__":
    main()
