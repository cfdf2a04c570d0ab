"""A form: named fields, their labels, inline issue lines and dirty tracking.

Validation issues (``Issue(field, code, params)``) are shown under the field they
name, never in a popup: the caseworker keeps typing where the problem is.  Issues
naming no field of this form go to the form's general line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.texts.validation import describe_issue, field_label
from mpi_desktop.ui.cases.fields import CheckField, Field, mark

#: Style sheet for a page holding forms: invalid fields get a red frame.
INVALID_STYLE = "*[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
ISSUE_STYLE = "color: #b3261e;"


def issue_text(issue: Issue) -> str:
    if issue.code == "invalid_date":
        return translate("CaseForms", "Write the date as day/month/year, e.g. 03/02/2026.")
    return describe_issue(issue)


def issue_line(object_name: str) -> QLabel:
    line = QLabel()
    line.setObjectName(object_name)
    line.setWordWrap(True)
    line.setStyleSheet(ISSUE_STYLE)
    line.hide()
    return line


class Form(QObject):
    changed = Signal()

    def __init__(self, prefix: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.fields: dict[str, Field] = {}
        self.issue_lines: dict[str, QLabel] = {}
        self.general = issue_line(prefix + "issues")
        self._baseline: dict[str, Any] = {}
        self._loading = False

    # --- building --------------------------------------------------------------------------------
    def add(self, field: Field) -> Field:
        field.setParent(self)
        field.apply_names(self.prefix)
        field.changed.connect(self._field_changed)
        self.fields[field.name] = field
        self.issue_lines[field.name] = issue_line(f"{self.prefix}{field.name}_issue")
        self._baseline[field.name] = field.plain()
        return field

    def remove(self, name: str) -> None:
        """Drop a field this screen does not ask for. Its widgets were never placed in a
        layout, so nothing else would own or delete them."""
        field = self.fields.pop(name)
        self._baseline.pop(name, None)
        field.widget.deleteLater()
        self.issue_lines.pop(name).deleteLater()
        field.deleteLater()

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def block(self, name: str) -> QWidget:
        """The field's widget with its issue line under it."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.fields[name].widget)
        layout.addWidget(self.issue_lines[name])
        return holder

    def row(self, layout: QFormLayout, name: str, *, required: bool = False) -> QLabel | None:
        field = self.fields[name]
        if isinstance(field, CheckField):
            layout.addRow("", self.block(name))
            return None
        text = field.label + (" *" if required else "")
        label = QLabel(text)
        label.setBuddy(field.focus_widget)
        label.setObjectName(f"{self.prefix}{name}_label")
        layout.addRow(label, self.block(name))
        return label

    # --- values ----------------------------------------------------------------------------------
    def _field_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def values(self, names: Iterable[str] | None = None) -> dict[str, Any]:
        chosen = self.fields if names is None else names
        return {n: self.fields[n].value() for n in chosen}

    def plain(self) -> dict[str, Any]:
        return {n: f.plain() for n, f in self.fields.items()}

    def set_plain(self, values: dict[str, Any]) -> None:
        """Restore a draft: fields take the typed text; the form stays dirty."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.fields:
                    self.fields[name].set_plain(value)
        finally:
            self._loading = False
        self.changed.emit()

    def load(self, values: dict[str, Any]) -> None:
        """Show a saved record: the values become the clean baseline."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.fields:
                    self.fields[name].set_value(value)
        finally:
            self._loading = False
        self.mark_clean()

    def reset(self, values: dict[str, Any]) -> None:
        """Empty every field, then show ``values``: a blank record with defaults."""
        self._loading = True
        try:
            for name, field in self.fields.items():
                field.set_value(values.get(name))
        finally:
            self._loading = False
        self.mark_clean()

    def mark_clean(self) -> None:
        self._baseline = self.plain()
        self.clear_issues()
        self.changed.emit()

    @property
    def dirty(self) -> bool:
        return self.plain() != self._baseline

    def changed_names(self) -> list[str]:
        now = self.plain()
        return [n for n in self.fields if now[n] != self._baseline.get(n)]

    def changed_values(self) -> dict[str, Any]:
        return self.values(self.changed_names())

    def revert(self) -> None:
        self._loading = True
        try:
            for name, value in self._baseline.items():
                self.fields[name].set_plain(value)
        finally:
            self._loading = False
        self.clear_issues()
        self.changed.emit()

    # --- issues ----------------------------------------------------------------------------------
    def parse_issues(self) -> list[Issue]:
        return [i for f in self.fields.values() for i in f.parse_issues()]

    def clear_issues(self) -> None:
        for name, line in self.issue_lines.items():
            line.clear()
            line.hide()
            self.fields[name].clear_marks()
        self.general.clear()
        self.general.hide()

    def show_issues(self, issues: list[Issue]) -> QWidget | None:
        """Show each issue next to its field; return the first widget to focus."""
        self.clear_issues()
        texts: dict[str, list[str]] = {}
        general: list[str] = []
        first: QWidget | None = None
        for issue in issues:
            head, _, rest = issue.field.partition(".")
            field = self.fields.get(head)
            if field is None:
                general.append(f"{field_label(issue.field)}: {issue_text(issue)}")
                continue
            text = issue_text(issue)
            if rest and rest.split(".")[0].isdigit():
                text = translate("CaseForms", "Row {row}: {problem}").format(
                    row=int(rest.split(".")[0]) + 1, problem=text)
            texts.setdefault(head, []).append(text)
            target = field.target(rest)
            mark(target, text)
            if first is None:
                first = target
        for head, lines in texts.items():
            line = self.issue_lines[head]
            line.setText("⚠ " + "\n⚠ ".join(dict.fromkeys(lines)))
            line.show()
        if general:
            self.general.setText("⚠ " + "\n⚠ ".join(general))
            self.general.show()
        return first

    @property
    def loading(self) -> bool:
        """True while values are put in from a record or a draft (not typed)."""
        return self._loading

    def has_field(self, name: str) -> bool:
        return name in self.fields
