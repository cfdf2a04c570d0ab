"""Repeating blocks of the intake wizard: linked persons and aggressions.

Each block is a small form.  Object names use a counter that never goes back
(``link0_``, ``link1_``…), so a removed block never renames the ones after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from mpi_desktop.i18n import translate
from mpi_desktop.ui.cases.fields import CheckField, ChoiceField, TextField
from mpi_desktop.ui.cases.form import Form
from mpi_desktop.ui.cases.record_forms import (
    AGGRESSION_REQUIRED,
    AGGRESSION_ROWS,
    add_name_fields,
    aggression_form,
    form_layout,
)


def link_form(prefix: str) -> Form:
    form = Form(prefix)
    add_name_fields(form)
    form.add(ChoiceField("role", translate("Intake", "&Role"), catalog="link_roles",
                         blank=None))
    form.add(ChoiceField("profile", translate("Intake", "Pro&file"), catalog="profiles",
                         blank=None))
    form.add(ChoiceField("contact_kind", translate("Intake", "Contact &type"),
                         catalog="contact_channel_types", blank=None))
    form.add(TextField("contact_value", translate("Intake", "Con&tact")))
    form.add(CheckField("contact_safe", translate("Intake", "Safe channel")))
    form.load({"role": "familiar", "profile": "familiar", "contact_kind": "telefono_movil"})
    return form


LINK_ROWS = ["given_names", "first_surname", "second_surname", "role", "profile",
             "contact_kind", "contact_value", "contact_safe"]


class Item(QGroupBox):
    removed = Signal(object)

    def __init__(self, title: str, form: Form, rows: list[str], required: tuple[str, ...],
                 remove_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = form
        form.setParent(self)
        layout = form_layout()
        for name in rows:
            form.row(layout, name, required=name in required)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setObjectName(form.prefix + "remove")
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        outer = QVBoxLayout(self)
        outer.addWidget(form.general)
        outer.addLayout(layout)
        outer.addWidget(self.remove_button)

    @property
    def first(self) -> QWidget:
        return next(iter(self.form.fields.values())).focus_widget


class ItemList(QWidget):
    """A column of blocks with an "add" button; emits ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, *, prefix: str, add_text: str,
                 make: Callable[[str], Item], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.make = make
        self.items: list[Item] = []
        self._counter = 0
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(prefix + "add")
        self.add_button.clicked.connect(lambda: self.add(focus=True))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.add_button)
        self._layout.addStretch(1)

    def add(self, *, focus: bool = False) -> Item:
        item = self.make(f"{self.prefix}{self._counter}_")
        self._counter += 1
        item.form.changed.connect(self.changed)
        item.removed.connect(self._remove)
        self._layout.insertWidget(len(self.items), item)
        self.items.append(item)
        self.changed.emit()
        if focus:
            item.first.setFocus()
        return item

    def _remove(self, item: Item) -> None:
        if item in self.items:
            self.items.remove(item)
            item.hide()
            # Deleted later (we may be inside its own button's signal); its names go
            # now so nothing finds a removed block by objectName meanwhile.
            for child in item.findChildren(QObject):
                child.setObjectName("")
            item.deleteLater()
            self.changed.emit()
            self.add_button.setFocus()

    def clear(self) -> None:
        for item in list(self.items):
            self._remove(item)

    def values(self) -> list[dict[str, Any]]:
        return [item.form.values() for item in self.items]

    def plain(self) -> list[dict[str, Any]]:
        return [item.form.plain() for item in self.items]

    def set_plain(self, rows: list[Any]) -> None:
        self.clear()
        for row in rows:
            if isinstance(row, dict):
                self.add().form.set_plain(row)


def make_link(prefix: str) -> Item:
    return Item(translate("Intake", "Linked person"), link_form(prefix), LINK_ROWS,
                ("given_names", "role"), translate("Intake", "Remove this person"))


def make_aggression(prefix: str) -> Item:
    return Item(translate("Intake", "Aggression"), aggression_form(prefix), AGGRESSION_ROWS,
                AGGRESSION_REQUIRED, translate("Intake", "Remove this aggression"))
