"""List fields: rows of small editors (contact channels, identity documents).

Issues name a row and a part (``contacts.1.value``); :meth:`_RowsField.target`
finds that editor so the issue is marked where it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.people import DOCUMENT_KINDS, ContactChannel, IdentityDocument
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.ui.cases import labels
from mpi_desktop.ui.cases.fields import Field, mark


class _RowsField(Field):
    """A list of small rows (contact channels, documents) with add and remove."""

    def __init__(self, name: str, label: str, *, add_text: str,
                 parent: QObject | None = None) -> None:
        super().__init__(name, label, parent)
        self.box = QWidget()
        self.rows_layout = QVBoxLayout(self.box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[dict[str, QWidget]] = []
        self.add_button = QToolButton()
        self.add_button.setText(add_text)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.rows_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def widget(self) -> QWidget:
        return self.box

    @property
    def focus_widget(self) -> QWidget:
        return self.rows[0]["first"] if self.rows else self.add_button

    def apply_names(self, prefix: str) -> None:
        self.prefix = prefix
        self.box.setObjectName(prefix + self.name)
        self.add_button.setObjectName(prefix + self.name + "_add")
        self.add_button.setAccessibleName(self.add_button.text().replace("&", ""))
        self._rename()

    def _rename(self) -> None:
        for i, row in enumerate(self.rows):
            for key, widget in row.items():
                if key not in ("first", "row"):
                    widget.setObjectName(f"{self.prefix}{self.name}_{i}_{key}")

    def _build_row(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def add_row(self, *, focus: bool = False) -> dict[str, QWidget]:
        row = self._build_row()
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, widget in row.items():
            if key != "first":
                layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(translate("CaseForms", "Remove this row"))
        remove.setAccessibleName(translate("CaseForms", "Remove this row"))
        remove.clicked.connect(lambda: self.remove_row(holder))
        layout.addWidget(remove)
        row["remove"] = remove
        row["row"] = holder
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, holder)
        self._rename()
        self.changed.emit()
        if focus:
            row["first"].setFocus()
        return row

    def remove_row(self, holder: QWidget) -> None:
        for i, row in enumerate(self.rows):
            if row["row"] is holder:
                del self.rows[i]
                holder.hide()
                holder.deleteLater()
                self._rename()
                self.changed.emit()
                return

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.remove_row(row["row"])

    def clear_marks(self) -> None:
        for row in self.rows:
            for key, widget in row.items():
                if key not in ("first", "row", "remove"):
                    mark(widget, None)

    def target(self, rest: str) -> QWidget:
        parts = rest.split(".")
        if parts and parts[0].isdigit() and int(parts[0]) < len(self.rows):
            row = self.rows[int(parts[0])]
            if len(parts) > 1 and parts[1] in row:
                return row[parts[1]]
            return row["first"]
        return self.focus_widget


def _combo(choices: list[tuple[str, str]], on_change: Any) -> QComboBox:
    combo = QComboBox()
    for code, text in choices:
        combo.addItem(text, code)
    combo.currentIndexChanged.connect(on_change)
    return combo


def _select(combo: QComboBox, code: str, text: str) -> None:
    index = combo.findData(code)
    if index < 0:
        combo.addItem(text, code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class ContactsField(_RowsField):
    """Contact channels: type, value, 'safe to use' and a note; optional copy button."""

    copy_requested = Signal(str)

    def __init__(self, name: str, label: str, *, copy_buttons: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(name, label, add_text=translate("CaseForms", "Add contact channel"),
                         parent=parent)
        self.copy_buttons = copy_buttons

    def _build_row(self) -> dict[str, QWidget]:
        kind = _combo(catalogs.get("contact_channel_types").choices(current_language()),
                      self.changed)
        kind.setAccessibleName(translate("CaseForms", "Type of contact channel"))
        value = QLineEdit()
        value.setPlaceholderText(translate("CaseForms", "Number, address or account"))
        value.setAccessibleName(translate("CaseForms", "Contact"))
        value.textChanged.connect(self.changed)
        safe = QCheckBox(translate("CaseForms", "Safe"))
        safe.setToolTip(translate("CaseForms", "The person says this channel is safe to use"))
        safe.toggled.connect(self.changed)
        notes = QLineEdit()
        notes.setPlaceholderText(translate("CaseForms", "Note (e.g. only after 6 pm)"))
        notes.setAccessibleName(translate("CaseForms", "Note on the contact channel"))
        notes.textChanged.connect(self.changed)
        row: dict[str, QWidget] = {"first": kind, "kind": kind, "value": value, "safe": safe,
                                   "notes": notes}
        if self.copy_buttons:
            copy = QToolButton()
            copy.setText(translate("CaseForms", "Copy"))
            copy.setToolTip(translate(
                "CaseForms", "Copy to the clipboard; it is cleared after a few seconds"))
            copy.setAccessibleName(translate("CaseForms", "Copy contact"))
            copy.clicked.connect(lambda: self.copy_requested.emit(value.text().strip()))
            row["copy"] = copy
        return row

    def value(self) -> tuple[ContactChannel, ...]:
        out = []
        for row in self.rows:
            kind = row["kind"]
            value = row["value"]
            safe = row["safe"]
            notes = row["notes"]
            assert isinstance(kind, QComboBox) and isinstance(value, QLineEdit)
            assert isinstance(safe, QCheckBox) and isinstance(notes, QLineEdit)
            out.append(ContactChannel(kind=str(kind.currentData()), value=value.text().strip(),
                                      safe=safe.isChecked(), notes=notes.text().strip()))
        return tuple(out)

    def plain(self) -> list[dict[str, Any]]:
        return [{"kind": c.kind, "value": c.value, "safe": c.safe, "notes": c.notes}
                for c in self.value()]

    def set_value(self, value: Any) -> None:
        self.clear_rows()
        for item in value or ():
            channel = item if isinstance(item, ContactChannel) else ContactChannel(
                kind=str(item.get("kind", "otro")), value=str(item.get("value", "")),
                safe=bool(item.get("safe", False)), notes=str(item.get("notes", "")))
            row = self.add_row()
            kind, val, safe, notes = row["kind"], row["value"], row["safe"], row["notes"]
            assert isinstance(kind, QComboBox) and isinstance(val, QLineEdit)
            assert isinstance(safe, QCheckBox) and isinstance(notes, QLineEdit)
            _select(kind, channel.kind, labels.label("contact_channel_types", channel.kind))
            val.setText(channel.value)
            safe.setChecked(channel.safe)
            notes.setText(channel.notes)


class DocumentsField(_RowsField):
    def __init__(self, name: str, label: str, parent: QObject | None = None) -> None:
        super().__init__(name, label, add_text=translate("CaseForms", "Add identity document"),
                         parent=parent)

    def _build_row(self) -> dict[str, QWidget]:
        kind = _combo([(k, labels.document_kind(k)) for k in DOCUMENT_KINDS], self.changed)
        kind.setAccessibleName(translate("CaseForms", "Type of document"))
        number = QLineEdit()
        number.setPlaceholderText(translate("CaseForms", "Number or key"))
        number.setAccessibleName(translate("CaseForms", "Document number"))
        number.textChanged.connect(self.changed)
        return {"first": kind, "kind": kind, "number": number}

    def value(self) -> tuple[IdentityDocument, ...]:
        out = []
        for row in self.rows:
            kind, number = row["kind"], row["number"]
            assert isinstance(kind, QComboBox) and isinstance(number, QLineEdit)
            out.append(IdentityDocument(kind=str(kind.currentData()),
                                        number=number.text().strip()))
        return tuple(out)

    def plain(self) -> list[dict[str, str]]:
        return [{"kind": d.kind, "number": d.number} for d in self.value()]

    def set_value(self, value: Any) -> None:
        self.clear_rows()
        for item in value or ():
            doc = item if isinstance(item, IdentityDocument) else IdentityDocument(
                kind=str(item.get("kind", "otro")), number=str(item.get("number", "")))
            row = self.add_row()
            kind, number = row["kind"], row["number"]
            assert isinstance(kind, QComboBox) and isinstance(number, QLineEdit)
            _select(kind, doc.kind, labels.document_kind(doc.kind))
            number.setText(doc.number)
