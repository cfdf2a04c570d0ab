"""Field editors for the case forms: one value each, one signal when it changes.

A field knows its record attribute (``name``), its widget, how to give and take
its value (domain types: ``date``, tuples, ``ContactChannel``...) and how to
round-trip through a draft as JSON (``plain``).  Text that cannot be parsed yet
(a half-typed date) survives in the draft as typed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.ui.cases import labels

INVALID = "invalid"


def mark(widget: QWidget, text: str | None) -> None:
    """Flag a widget as holding an invalid value (style + accessible description)."""
    widget.setProperty(INVALID, bool(text))
    widget.setAccessibleDescription(text or "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def plain_label(text: str) -> str:
    """Label text without its mnemonic marker, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Field(QObject):
    changed = Signal()

    def __init__(self, name: str, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.label = label
        self.prefix = ""

    @property
    def widget(self) -> QWidget:
        raise NotImplementedError

    @property
    def focus_widget(self) -> QWidget:
        return self.widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def plain(self) -> Any:
        return self.value()

    def set_plain(self, value: Any) -> None:
        self.set_value(value)

    def parse_issues(self) -> list[Issue]:
        """Problems found before domain validation (text that is not a date)."""
        return []

    def apply_names(self, prefix: str) -> None:
        self.prefix = prefix
        self.widget.setObjectName(prefix + self.name)
        self.focus_widget.setAccessibleName(plain_label(self.label))

    def target(self, rest: str) -> QWidget:
        """The widget an issue on ``name.rest`` points at (rows of list fields)."""
        return self.focus_widget

    def set_enabled(self, on: bool) -> None:
        self.widget.setEnabled(on)

    def clear_marks(self) -> None:
        mark(self.focus_widget, None)


class _LineField(Field):
    def __init__(self, name: str, label: str, *, placeholder: str = "", max_length: int = 0,
                 parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        if max_length:
            self.edit.setMaxLength(max_length)
        self.edit.textChanged.connect(self.changed)

    @property
    def widget(self) -> QWidget:
        return self.edit

    def plain(self) -> str:
        return self.edit.text()


class TextField(_LineField):
    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class ListTextField(_LineField):
    """Several short values in one line, separated by semicolons (aliases)."""

    def value(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.edit.text().split(";") if p.strip())

    def set_value(self, value: Any) -> None:
        self.edit.setText("; ".join(value or ()))


class MultilineField(Field):
    def __init__(self, name: str, label: str, *, lines: int = 4, placeholder: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)  # keyboard-first: Tab leaves the box
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumHeight(metrics.lineSpacing() * lines + 12)
        # Grows with the window, but a short note never takes the whole page.
        self.edit.setMaximumHeight(metrics.lineSpacing() * lines * 2 + 12)
        self.edit.textChanged.connect(self.changed)

    @property
    def widget(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def plain(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class ChoiceField(Field):
    """A code from a catalog (or a fixed list), optionally blank."""

    def __init__(self, name: str, label: str, *, catalog: str | None = None,
                 choices: list[tuple[str, str]] | None = None, blank: str | None = "—",
                 parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.catalog = catalog
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        if blank is not None:
            self.combo.addItem(blank, None)
        if catalog is not None:
            choices = catalogs.get(catalog).choices(current_language())
        for code, text in choices or []:
            self.combo.addItem(text, code)
        self.combo.currentIndexChanged.connect(self.changed)

    @property
    def widget(self) -> QWidget:
        return self.combo

    def value(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else self.combo.findData(None)
        if index < 0 and value is not None:
            # A retired or unknown code stays visible and selected, never silently lost.
            shown = labels.label(self.catalog, value) if self.catalog else str(value)
            self.combo.addItem(shown, value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class CheckField(Field):
    def __init__(self, name: str, label: str, parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.box = QCheckBox(label)
        self.box.toggled.connect(self.changed)

    @property
    def widget(self) -> QWidget:
        return self.box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


_DATE_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{2}|\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})$"),
)


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """Dates as people type them: 3/2/2026, 03-02-26, 2026-02-03, 03022026."""
    text = text.strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        year = int(match.group("y"))
        if len(match.group("y")) == 2:
            this = (today or today_local()).year % 100
            year += 2000 if year <= this else 1900
        try:
            return date(year, int(match.group("m")), int(match.group("d")))
        except ValueError:
            return None
    return None


class DateField(Field):
    """A date typed day-first, with a calendar button for the mouse; may be empty."""

    def __init__(self, name: str, label: str, parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.box = QWidget()
        layout = QHBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("CaseForms", "dd/mm/yyyy"))
        self.edit.setMaxLength(10)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(translate("CaseForms", "Choose on a calendar"))
        self.button.setAccessibleName(translate("CaseForms", "Choose on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self._menu = menu
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.button.setMenu(menu)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        # Wide enough for a full date at any font size (125–150 % scaling included).
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00/00/000000") + 24)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.changed)

    @property
    def widget(self) -> QWidget:
        return self.box

    @property
    def focus_widget(self) -> QWidget:
        return self.edit

    def apply_names(self, prefix: str) -> None:
        super().apply_names(prefix)
        self.edit.setObjectName(prefix + self.name)
        self.box.setObjectName(prefix + self.name + "_box")
        self.button.setObjectName(prefix + self.name + "_calendar")

    def _sync_calendar(self) -> None:
        # Empty: open on Mexico City's today, not the machine clock's (it may be on UTC).
        current = self.value() or today_local()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, qdate: QDate) -> None:
        self._menu.close()
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.edit.setFocus()

    def value(self) -> date | None:
        return parse_date(self.edit.text())

    def plain(self) -> str:
        return self.edit.text()

    def set_plain(self, value: Any) -> None:
        self.edit.setText(str(value or ""))

    def set_value(self, value: Any) -> None:
        self.edit.setText(labels.fmt_date(value) if isinstance(value, date) else "")

    def parse_issues(self) -> list[Issue]:
        if self.edit.text().strip() and self.value() is None:
            return [Issue(self.name, "invalid_date")]
        return []


class MultiChoiceField(Field):
    """Several codes of a catalog, as a checkable list (Space toggles)."""

    def __init__(self, name: str, label: str, *, catalog: str, rows: int = 5,
                 parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.catalog = catalog
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        for code, text in catalogs.get(catalog).choices(current_language()):
            self._add(code, text)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else 20
        self.list.setMinimumHeight(row_height * min(rows, max(self.list.count(), 1)) + 8)
        self.list.setMaximumHeight(row_height * rows + 8)
        self._order: tuple[str, ...] = ()
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def _add(self, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    @property
    def widget(self) -> QWidget:
        return self.list

    def _checked(self) -> list[str]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def value(self) -> tuple[str, ...]:
        # Keep the stored order for codes already there, so an untouched list
        # never shows up in the history as a change.
        checked = self._checked()
        kept = [c for c in self._order if c in checked]
        return tuple(kept + [c for c in checked if c not in kept])

    def plain(self) -> list[str]:
        return list(self.value())

    def set_value(self, value: Any) -> None:
        codes = tuple(value or ())
        self._order = codes
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.list.count())}
        self.list.blockSignals(True)
        for code in codes:
            if code not in known:
                self._add(code, labels.label(self.catalog, code))
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()
