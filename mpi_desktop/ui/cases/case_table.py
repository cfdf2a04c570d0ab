"""The case list's table view: the beneficiary's name column takes the room the
other columns leave, but never less than a readable width.

A plain ``Stretch`` name column shrinks to a few letters when the other columns
fill a laptop screen (1280 px with the navigation beside it); below
:data:`NAME_MIN_WIDTH` the list scrolls sideways instead of hiding who the case is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: Enough for a given name and a surname at the default font.
NAME_MIN_WIDTH = 190


class CaseTable(QTableView):
    def __init__(self, name_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_column = name_column
        self._fitting = False

    def setup_header(self) -> None:
        """Call once the model is set: every column resizable by hand, the name fitted."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)

    def fit_name(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.name_column and not header.isSectionHidden(i))
        width = max(NAME_MIN_WIDTH, self.viewport().width() - others)
        if header.sectionSize(self.name_column) != width:
            self._fitting = True
            try:
                header.resizeSection(self.name_column, width)
            finally:
                self._fitting = False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        # Another column widened by hand: the name gives (or takes back) the room.
        if not self._fitting and index != self.name_column:
            self.fit_name()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_name()
        return super().viewportEvent(event)
