"""Small pieces the risk and plan views share: guarded async calls, level colours,
optional dates, a 0–3 scale selector and questions without nested event loops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QMessageBox,
    QToolButton,
    QWidget,
)

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.ui.session import Session

#: Level rank → background colour (ordinario, extraordinario, extremo); 0 = none yet.
LEVEL_COLORS = {0: "#7f8c8d", 1: "#1e8449", 2: "#b9770e", 3: "#a93226"}
OVERDUE_COLOR = QColor("#a93226")
PENDING_COLOR = QColor("#b9770e")


def level_color(rank: int) -> QColor:
    return QColor(LEVEL_COLORS.get(rank, LEVEL_COLORS[3] if rank > 3 else LEVEL_COLORS[0]))


def level_style(rank: int) -> str:
    return (f"background: {level_color(rank).name()}; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 6px 14px;")


def badge_font(widget: QWidget, scale: float = 1.6) -> QFont:
    """A larger bold font for level badges (set as a font so layouts size it right)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


#: Chosen value of a 0–3 scale: unmistakable at a glance during an interview.
SCALE_STYLE = ("QToolButton:checked { background: #1f4e79; color: white; font-weight: bold;"
               " border: 1px solid #1f4e79; border-radius: 3px; }")


def run(session: Session, owner: QObject, fn: Callable[[], Any], *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None) -> int:
    """``session.runner.run`` whose callbacks are dropped if ``owner`` was deleted
    meanwhile (the vault may lock or the tab close before the answer arrives)."""
    return session.runner.run(fn, on_done=on_done, on_error=on_error, owner=owner)


def ask(parent: QWidget | None, *, name: str, text: str, informative: str = "",
        yes: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A Yes/Cancel question answered through a callback (``open()``, never ``exec()``)."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RiskCommon", "MPI Desktop"))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        translate("RiskCommon", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished(_result: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateInput(QWidget):
    """A date, optionally empty (a check box says whether there is one)."""

    changed = Signal()

    def __init__(self, name: str, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check: QCheckBox | None = None
        if optional:
            self.check = QCheckBox(self)
            self.check.setObjectName(f"{name}_set")
            self.check.setToolTip(translate("RiskCommon", "Has a date"))
            self.check.toggled.connect(self._toggled)
            layout.addWidget(self.check)
        self.edit = QDateEdit(self)
        self.edit.setObjectName(f"{name}_date")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        # Mexico City's today, as the domain validates it; the machine's clock may be on UTC.
        self.edit.setDate(to_qdate(today_local()))
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout.addWidget(self.edit, 1)
        if self.check is not None:
            self.edit.setEnabled(False)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> date | None:
        if self.check is not None and not self.check.isChecked():
            return None
        return from_qdate(self.edit.date())

    def set_value(self, value: date | None) -> None:
        blockers = [self.edit.blockSignals(True)]
        if self.check is not None:
            blockers.append(self.check.blockSignals(True))
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            self.check.blockSignals(False)
        if value is not None:
            self.edit.setDate(to_qdate(value))
        self.edit.blockSignals(False)

    def set_read_only(self, on: bool) -> None:
        self.edit.setReadOnly(on)
        if self.check is not None:
            self.check.setEnabled(not on)


class ScaleSelector(QWidget):
    """0 · 1 · 2 · 3 (and optionally "N/E", not evaluated) as a row of toggle buttons.

    Keyboard: the buttons are in the tab chain; Space or a click selects.  The
    value is None while nothing is chosen (an unanswered item).
    """

    changed = Signal()
    NOT_EVALUATED = -1

    def __init__(self, name: str, *, labels: list[str], helps: list[str] | None = None,
                 allow_not_evaluated: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(SCALE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second click can clear the answer
        values = [0, 1, 2, 3] + ([self.NOT_EVALUATED] if allow_not_evaluated else [])
        self.buttons: dict[int, QToolButton] = {}
        for value in values:
            button = QToolButton(self)
            suffix = "ne" if value == self.NOT_EVALUATED else str(value)
            button.setObjectName(f"{name}_{suffix}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setText(str(value) if value >= 0 else
                           translate("RiskCommon", "N/E"))
            tip = (labels[value] if 0 <= value < len(labels) else
                   translate("RiskCommon", "Not evaluated: could not be assessed"))
            if helps and 0 <= value < len(helps) and helps[value]:
                tip = f"{tip}: {helps[value]}"
            button.setToolTip(tip)
            button.setMinimumWidth(30)
            self.group.addButton(button, value)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        chosen = self.group.id(button)
        for value, other in self.buttons.items():
            if value != chosen:
                other.setChecked(False)
        self.changed.emit()

    def value(self) -> int | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: int | None) -> None:
        for v, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(v == value)
            button.blockSignals(False)

    def set_read_only(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not on or button.isChecked())
