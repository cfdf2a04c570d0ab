"""Vulnerability and capacity items, one page per group, each on the 0–3 scale.

Each item shows its text, its help (what 0 and 3 mean) and a row of buttons
0 · 1 · 2 · 3 · N/E.  The page titles count what is still unanswered, so the
assessor sees at a glance where to go next.  Digital items that the latest
digital-violence review flags get a visible note.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QToolBox, QVBoxLayout, QWidget

from mpi_desktop.domain.risk_instrument import CAPACITY, Instrument, Item
from mpi_desktop.i18n import translate
from mpi_desktop.texts.risk import lang
from mpi_desktop.ui.risk.common import ScaleSelector

HINT_STYLE = "color: #6c3483; font-weight: bold;"


class ItemsEditor(QWidget):
    changed = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemsEditor")
        self.instrument = instrument
        self.selectors: dict[str, ScaleSelector] = {}
        self.hints: dict[str, QLabel] = {}
        self._headings: list[tuple[QLabel, str]] = []
        self.toolbox = QToolBox(self)
        self.toolbox.setObjectName("itemGroups")
        lg = lang()
        scale_labels = [c.label(lg) for c in instrument.scale]
        for group in instrument.groups:
            page = QWidget()
            page.setObjectName(f"group_{group.code}")
            page_layout = QVBoxLayout(page)
            for kind, items in (("vulnerability", group.vulnerabilities),
                                (CAPACITY, group.capacities)):
                heading = QLabel(page)
                heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
                self._headings.append((heading, kind))
                page_layout.addWidget(heading)
                for item in items:
                    page_layout.addWidget(self._item_row(item, scale_labels, page))
            page_layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.toolbox.addItem(scroll, group.label(lg))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbox)
        self.retranslate()

    def _item_row(self, item: Item, scale_labels: list[str], parent: QWidget) -> QWidget:
        lg = lang()
        row = QWidget(parent)
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 4, 0, 4)
        row_layout.setSpacing(1)
        text = QLabel(item.label(lg), row)
        text.setWordWrap(True)
        text.setToolTip(item.help(lg))
        selector = ScaleSelector(f"item_{item.code}", labels=scale_labels, parent=row)
        selector.setToolTip(item.help(lg))
        selector.changed.connect(self._edited)
        text.setBuddy(selector.buttons[0])
        self.selectors[item.code] = selector
        help_label = QLabel(item.help(lg), row)
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: palette(mid); font-size: small;")
        hint = QLabel(row)
        hint.setObjectName(f"hint_{item.code}")
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        hint.hide()
        self.hints[item.code] = hint
        row_layout.addWidget(text)
        row_layout.addWidget(selector)
        row_layout.addWidget(help_label)
        row_layout.addWidget(hint)
        return row

    def retranslate(self) -> None:
        for label, kind in self._headings:
            label.setText(translate("RiskItems", "Capacities (3 = a strong capacity)")
                          if kind == CAPACITY else
                          translate("RiskItems", "Vulnerabilities (3 = highly exposed)"))
        self._update_titles()

    # --- data -----------------------------------------------------------------------------
    def set_answers(self, answers: dict[str, int]) -> None:
        for code, selector in self.selectors.items():
            selector.set_value(answers.get(code))
        self._update_titles()

    def answers(self) -> dict[str, int]:
        return {code: value for code, s in self.selectors.items()
                if (value := s.value()) is not None}

    def mark_hints(self, hints: dict[str, list[str]], type_label: dict[str, str]) -> None:
        """Flag items the digital-violence review points at (``item → DV type codes``)."""
        for code, label in self.hints.items():
            types = hints.get(code)
            if types:
                label.setText(translate(
                    "RiskItems", "Flagged by the digital-violence protocol: {types}").format(
                        types=", ".join(type_label.get(t, t) for t in types)))
                label.show()
            else:
                label.hide()

    def flagged(self) -> list[str]:
        return [code for code, label in self.hints.items() if not label.isHidden()]

    def focus_item(self, code: str) -> None:
        item = self.instrument.item(code)
        if item is None:
            return
        index = [g.code for g in self.instrument.groups].index(item.group)
        self.toolbox.setCurrentIndex(index)
        self.selectors[code].buttons[0].setFocus()

    def _edited(self) -> None:
        self._update_titles()
        self.changed.emit()

    def _update_titles(self) -> None:
        lg = lang()
        for i, group in enumerate(self.instrument.groups):
            codes = [it.code for it in (*group.vulnerabilities, *group.capacities)]
            open_items = sum(1 for c in codes if self.selectors[c].value() is None)
            title = group.label(lg)
            if open_items:
                title = translate("RiskItems", "{group} — to answer: {count}").format(
                    group=title, count=open_items)
            else:
                title = translate("RiskItems", "{group} ✓").format(group=title)
            self.toolbox.setItemText(i, title)

    def set_read_only(self, on: bool) -> None:
        for selector in self.selectors.values():
            selector.set_read_only(on)
