"""What the indicator, workshop and finding screens share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.texts import indicators as t
from mpi_desktop.ui.cases.fields import DateField
from mpi_desktop.ui.runner import alive as alive  # re-exported for the sections
from mpi_desktop.ui.session import Session

#: Section keys this area navigates to (ui/cases and ui/cem register them).
CASES_KEY = "cases"
CEM_KEY = "cem"
DASHBOARD_KEY = "dashboard"
REPORTS_KEY = "reports"
WORKSHOPS_KEY = "workshops"
FINDINGS_KEY = "findings"


def run(session: Session, owner: QWidget, fn: Callable[[], Any], *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None) -> int:
    """Storage work off the UI thread; the answer is dropped if ``owner`` is gone (lock)."""
    return session.runner.run(fn, owner=owner, on_done=on_done, on_error=on_error)


def confirm(parent: QWidget, *, title: str, text: str, object_name: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """A non-blocking yes/no question (No is the default); ``on_yes`` runs on Yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setObjectName(object_name)
    box.setDefaultButton(no)

    def finished(_result: int) -> None:
        if box.clickedButton() is box.button(yes):
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def buddy(field: Any) -> QLabel:
    """A caption for a form field whose Alt+letter jumps to it (``field`` is a
    ui.cases.fields.Field: its ``label`` text and ``focus_widget``)."""
    label = QLabel(field.label)
    label.setBuddy(field.focus_widget)
    return label


def heading(parent: QWidget, scale: float = 1.5) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def fmt_score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class SearchLine(QLineEdit):
    """A search box in a dialog: Enter picks the first match and goes no further
    (a plain line edit passes Enter on, and the dialog would save half-filled)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class Coverable(QStackedWidget):
    """Content that interview mode hides: other cases must not be on screen then."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.cover = QLabel(self)
        self.cover.setObjectName("interviewCover")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setWordWrap(True)
        self.addWidget(content)
        self.addWidget(self.cover)
        self.retranslate()

    def retranslate(self) -> None:
        self.cover.setText(translate(
            "Indicators", "Hidden during interview mode: only the current case is shown."))

    def set_covered(self, on: bool) -> None:
        self.setCurrentWidget(self.cover if on else self.content)

    @property
    def covered(self) -> bool:
        return self.currentWidget() is self.cover


class PeriodPicker(QWidget):
    """A calendar bimester (the Junta's rhythm), a whole year, or any range of days."""

    changed = Signal()
    CUSTOM = "custom"

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or today_local()
        self.combo = QComboBox(self)
        self.combo.setObjectName("periodChoice")
        self.combo.setAccessibleName(translate("Indicators", "Period of the report"))
        self.first = DateField("first", translate("Indicators", "From"), self)
        self.last = DateField("last", translate("Indicators", "To"), self)
        self.first.apply_names("period_")
        self.last.apply_names("period_")
        self.range_box = QWidget(self)
        range_layout = QHBoxLayout(self.range_box)
        range_layout.setContentsMargins(0, 0, 0, 0)
        self.from_label = QLabel(translate("Indicators", "From"), self.range_box)
        self.to_label = QLabel(translate("Indicators", "to"), self.range_box)
        range_layout.addWidget(self.from_label)
        range_layout.addWidget(self.first.widget)
        range_layout.addWidget(self.to_label)
        range_layout.addWidget(self.last.widget)
        range_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.range_box)
        self._fill()
        self.combo.currentIndexChanged.connect(self._choice_changed)
        self.first.changed.connect(self.changed)
        self.last.changed.connect(self.changed)
        self._choice_changed()

    def _fill(self) -> None:
        current = di.Period.bimester_of(self.today)
        default = di.Period.last_complete_bimester(self.today)
        periods: list[di.Period] = []
        period = current
        for _ in range(12):  # two years of bimesters, newest first
            periods.append(period)
            period = di.Period.bimester_of(period.first - timedelta(days=1))
        for p in periods:
            text = t.period_title(p)
            if p == current:
                text = translate("Indicators", "{period} — in progress").format(period=text)
            self.combo.addItem(text, p)
        for year in (self.today.year, self.today.year - 1):
            self.combo.addItem(t.period_title(di.Period.year(year)), di.Period.year(year))
        self.combo.addItem(translate("Indicators", "Other dates…"), self.CUSTOM)
        self.combo.setCurrentIndex(self.combo.findData(default))
        self.first.set_value(default.first)
        self.last.set_value(default.last)

    def _choice_changed(self) -> None:
        data = self.combo.currentData()
        custom = data == self.CUSTOM
        self.range_box.setVisible(custom)
        if isinstance(data, di.Period):
            self.first.set_value(data.first)
            self.last.set_value(data.last)
        self.changed.emit()

    def period(self) -> di.Period | None:
        """The chosen period; None while the typed dates are incomplete or reversed."""
        data = self.combo.currentData()
        if isinstance(data, di.Period):
            return data
        first, last = self.first.value(), self.last.value()
        if first is None or last is None or first > last:
            return None
        return di.Period(first, last)

    def set_period(self, period: di.Period) -> None:
        index = self.combo.findData(period)
        if index < 0:
            index = self.combo.findData(self.CUSTOM)
        self.combo.setCurrentIndex(index)
        self.first.set_value(period.first)
        self.last.set_value(period.last)
        self.changed.emit()
