"""Questions to the user without a nested event loop (``open()``, never ``exec()``).

Tests find the box by objectName and click a standard button; the answer
arrives through a callback, as it does for the user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from mpi_desktop.i18n import translate

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, *, name: str, text: str, buttons: dict[Button, str],
        default: Button, on_answer: Callable[[Button], None],
        informative: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CaseForms", "MPI Desktop"))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    flags = Button.NoButton
    for button in buttons:
        flags |= button
    box.setStandardButtons(flags)
    for button, label in buttons.items():
        box.button(button).setText(label)
    box.setDefaultButton(default)
    box.setEscapeButton(Button.Cancel if Button.Cancel in buttons else default)

    def answered() -> None:
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else Button.Cancel
        on_answer(answer)

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def unsaved(parent: QWidget | None, *, on_answer: Callable[[Button], None],
            can_save: bool = True) -> QMessageBox:
    """Save / Discard / Cancel for a form with unsaved edits."""
    buttons = {}
    if can_save:
        buttons[Button.Save] = translate("CaseForms", "Save")
    buttons[Button.Discard] = translate("CaseForms", "Discard changes")
    buttons[Button.Cancel] = translate("CaseForms", "Keep editing")
    return ask(parent, name="unsavedChangesDialog",
               text=translate("CaseForms", "There are unsaved changes."),
               informative=translate("CaseForms", "Save them before leaving?"),
               buttons=buttons, default=Button.Save if can_save else Button.Cancel,
               on_answer=on_answer)
