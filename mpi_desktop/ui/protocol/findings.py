"""Types of digital violence present, platforms, aggravating factors and the aggressor.

Each list shows the protocol's description of the highlighted entry, so the
caseworker can check a type against its definition during the interview.
Every tick is saved at once (the tab receives :attr:`FindingsPanel.changed`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.catalogs import Catalog
from mpi_desktop.domain.dv_protocol import Protocol
from mpi_desktop.domain.dv_review import Review
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.ui.protocol.notes import NotesEdit

CODE = Qt.ItemDataRole.UserRole


class CheckList(QGroupBox):
    """A titled list of checkable catalog entries with the description of the current one."""

    toggled = Signal()

    def __init__(self, title: str, catalog: Catalog, *, name: str, selected: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.catalog = catalog
        lang = current_language()
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.description = QLabel()
        self.description.setObjectName(f"{name}Description")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(48)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        for entry in catalog.entries:
            if not entry.active and entry.code not in selected:
                continue
            item = QListWidgetItem(entry.label(lang))
            item.setData(CODE, entry.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if entry.description(lang):
                item.setToolTip(entry.description(lang))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._describe)
        self.list.itemChanged.connect(lambda _item: self.toggled.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)

    def _describe(self, current: QListWidgetItem | None, _previous: object) -> None:
        code = current.data(CODE) if current is not None else None
        entry = self.catalog.get(code) if isinstance(code, str) else None
        self.description.setText(entry.description(current_language()) if entry else "")

    def codes(self) -> list[str]:
        return [str(self.list.item(i).data(CODE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE) in codes
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def check(self, code: str, on: bool = True) -> None:
        """Tick an entry as a click would (keyboard and tests)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(CODE) == code:
                self.list.setCurrentItem(item)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)


class FindingsPanel(QWidget):
    #: Keyword changes for ``set_findings`` (types=…, platforms=…, …).
    changed = Signal(dict)

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.types = CheckList(translate("Protocol", "Types of digital violence present"),
                               protocol.types, name="typesList", selected=())
        self.platforms = CheckList(translate("Protocol", "Platforms and services involved"),
                                   protocol.platforms, name="platformsList", selected=())
        self.aggravating = CheckList(translate("Protocol", "Aggravating factors"),
                                     protocol.aggravating, name="aggravatingList", selected=())
        self.aggressor = QComboBox()
        self.aggressor.setObjectName("aggressorCombo")
        self.aggressor.addItem(translate("Protocol", "Unknown or not recorded"), None)
        for code, label in catalogs.get("aggressor_types").choices(current_language()):
            self.aggressor.addItem(label, code)
        self.aggressor_notes = NotesEdit(self, max_height=48)
        self.aggressor_notes.setObjectName("aggressorNotes")
        self.aggressor_notes.setPlaceholderText(translate(
            "Protocol", "Accounts or profiles used by the aggressor, if known"))
        self.types.toggled.connect(lambda: self._emit(types=self.types.codes()))
        self.platforms.toggled.connect(lambda: self._emit(platforms=self.platforms.codes()))
        self.aggravating.toggled.connect(
            lambda: self._emit(aggravating=self.aggravating.codes()))
        self.aggressor.activated.connect(
            lambda _i: self._emit(aggressor_type=self.aggressor.currentData()))
        self.aggressor_notes.committed.connect(lambda text: self._emit(aggressor_notes=text))
        aggressor_box = QGroupBox(translate("Protocol", "Aggressor, if known"))
        form = QFormLayout(aggressor_box)
        form.addRow(translate("Protocol", "Type of actor"), self.aggressor)
        form.addRow(translate("Protocol", "Accounts or profiles"), self.aggressor_notes)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.types, 0, 0, 2, 1)
        grid.addWidget(self.platforms, 0, 1)
        grid.addWidget(self.aggravating, 0, 2)
        grid.addWidget(aggressor_box, 1, 1, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        self.setMinimumHeight(420)

    def _emit(self, **changes: Any) -> None:
        self.changed.emit(changes)

    def show_review(self, review: Review) -> None:
        self.types.set_codes(review.types)
        self.platforms.set_codes(review.platforms)
        self.aggravating.set_codes(review.aggravating)
        index = self.aggressor.findData(review.aggressor_type)
        self.aggressor.setCurrentIndex(max(0, index))
        self.aggressor_notes.set_saved_text(review.aggressor_notes)
