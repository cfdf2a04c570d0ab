"""Suggested digital-security measures: tick them and add them all to the plan at once.

The list comes from the protocol's ``suggested_measures`` of the types present
in the review.  Measures already open in the protection plan, or already sent
from this review, are shown but cannot be ticked again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.dv_protocol import Protocol
from mpi_desktop.domain.dv_review import Review
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.storage.dv_reviews import already_proposed

CODE = Qt.ItemDataRole.UserRole


class SuggestedMeasuresPanel(QWidget):
    add_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestedMeasuresPanel")
        self.intro = QLabel()
        self.intro.setObjectName("suggestedIntro")
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("suggestedMeasureList")
        self.list.itemChanged.connect(lambda _i: self._update_button())
        self.add_button = QPushButton(translate("Protocol", "&Add ticked measures to the "
                                                "protection plan"))
        self.add_button.setObjectName("addMeasuresButton")
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.checked()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)
        self._update_button()

    def show_suggestions(self, protocol: Protocol, review: Review,
                         plan_codes: set[str] | None) -> None:
        lang = current_language()
        measures = catalogs.get("measures")
        suggestions = protocol.suggested_measures(review.types)
        sent = already_proposed(review)
        unavailable = sent | (plan_codes or set())
        if not review.types:
            self.intro.setText(translate(
                "Protocol", "Mark the types of digital violence present (step 2) to see the "
                "measures the protocol suggests for them."))
        else:
            self.intro.setText(translate(
                "Protocol", "Measures the protocol suggests for the types present. Tick the "
                "ones agreed with the person; they are proposed to the protection plan "
                "together."))
        keep = set(self.checked())
        self.list.blockSignals(True)
        self.list.clear()
        for code, types in suggestions:
            entry = measures.get(code)
            reasons = ", ".join(protocol.types.label(t, lang) for t in types)
            text = translate("Protocol", "{measure} — suggested for: {types}").format(
                measure=entry.label(lang) if entry else code, types=reasons)
            item = QListWidgetItem()
            item.setData(CODE, code)
            if entry is not None and entry.description(lang):
                item.setToolTip(entry.description(lang))
            if code in unavailable:
                item.setText(text + " " + translate("Protocol", "(already in the plan)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setText(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in keep
                                   else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.add_button.setVisible(plan_codes is not None)
        self._update_button()

    def checked(self) -> list[str]:
        return [str(self.list.item(i).data(CODE)) for i in range(self.list.count())
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                and self.list.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, code: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(CODE) == code and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(code)

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.checked()))
