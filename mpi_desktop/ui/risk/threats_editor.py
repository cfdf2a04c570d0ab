"""The threats register of an assessment: a list on the left, the selected threat's
facts, dates, source, objective, channel, pattern, ratings and the reasoned
conclusion on feasibility on the right."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.risk import Threat
from mpi_desktop.domain.risk_instrument import Instrument
from mpi_desktop.i18n import translate
from mpi_desktop.texts.risk import lang
from mpi_desktop.ui.risk.common import DateInput, ScaleSelector


def fill_combo(combo: QComboBox, choices: list[tuple[str, str]], *,
               empty: str | None = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, label in choices:
        combo.addItem(label, code)
    combo.blockSignals(False)


def set_combo(combo: QComboBox, code: str | None) -> None:
    combo.blockSignals(True)
    index = combo.findData(code)
    if index < 0 and code is not None:  # a code this version no longer offers: keep it
        combo.addItem(code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def combo_value(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return str(data) if data is not None else None


class ThreatsEditor(QWidget):
    changed = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threatsEditor")
        self.instrument = instrument
        self._threats: list[Threat] = []
        self._current = -1
        self._loading = False
        self._read_only = False

        self.list = QListWidget(self)
        self.list.setObjectName("threatList")
        self.list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addThreatButton")
        self.add_button.clicked.connect(self.add_threat)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeThreatButton")
        self.remove_button.clicked.connect(self.remove_threat)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left_layout.addLayout(row)

        lg = lang()
        self.facts = QPlainTextEdit(self)
        self.facts.setObjectName("threatFacts")
        self.facts.setTabChangesFocus(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("threatKind")
        self.first_on = DateInput("threatFirstOn", optional=True, parent=self)
        self.last_on = DateInput("threatLastOn", optional=True, parent=self)
        self.source = QComboBox(self)
        self.source.setObjectName("threatSource")
        self.objective = QComboBox(self)
        self.objective.setObjectName("threatObjective")
        self.channel = QComboBox(self)
        self.channel.setObjectName("threatChannel")
        self.pattern = QComboBox(self)
        self.pattern.setObjectName("threatPattern")
        none = translate("RiskThreats", "— not determined —")
        fill_combo(self.kind, [(k.code, k.label(lg)) for k in instrument.threat_kinds],
                   empty=none)
        for k in range(self.kind.count()):
            kind = instrument.threat_kind(self.kind.itemData(k))
            if kind is not None:
                self.kind.setItemData(k, kind.help(lg), 3)  # Qt.ToolTipRole
        fill_combo(self.source, catalogs.get("aggressor_types").choices(lg), empty=none)
        fill_combo(self.objective, [(c.code, c.label(lg)) for c in
                                    instrument.threat_objectives], empty=none)
        fill_combo(self.channel, [(c.code, c.label(lg)) for c in instrument.threat_channels],
                   empty=none)
        fill_combo(self.pattern, [(c.code, c.label(lg)) for c in instrument.threat_patterns],
                   empty=none)
        scale_labels = [c.label(lg) for c in instrument.scale]
        self.ratings: dict[str, ScaleSelector] = {}
        self.feasibility = QPlainTextEdit(self)
        self.feasibility.setObjectName("threatFeasibility")
        self.feasibility.setTabChangesFocus(True)

        form_widget = QWidget(self)
        self.form = QFormLayout(form_widget)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}

        def add(key: str, widget: QWidget) -> None:
            label = QLabel(form_widget)
            label.setWordWrap(True)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)

        add("facts", self.facts)
        add("kind", self.kind)
        add("first_on", self.first_on)
        add("last_on", self.last_on)
        add("source", self.source)
        add("objective", self.objective)
        add("channel", self.channel)
        add("pattern", self.pattern)
        for rating in instrument.threat_ratings:
            selector = ScaleSelector(f"threatRating_{rating.code}", labels=scale_labels,
                                     allow_not_evaluated=False, parent=form_widget)
            selector.setToolTip(rating.help(lg))
            selector.changed.connect(self._edited)
            self.ratings[rating.code] = selector
            label = QLabel(rating.label(lg), form_widget)
            label.setToolTip(rating.help(lg))
            hint = QLabel(rating.help(lg), form_widget)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid); font-size: small;")
            box = QWidget(form_widget)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(selector)
            box_layout.addWidget(hint)
            self.form.addRow(label, box)
        add("feasibility", self.feasibility)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("threatsEmptyHint")
        self.empty_hint.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(scroll, 1)
        self.form_area = scroll

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for text_edit in (self.facts, self.feasibility):
            text_edit.textChanged.connect(self._edited)
        for combo in (self.kind, self.source, self.objective, self.channel, self.pattern):
            combo.currentIndexChanged.connect(self._edited)
        for date_input in (self.first_on, self.last_on):
            date_input.changed.connect(self._edited)
        self.retranslate()
        self._refresh_enabled()

    def retranslate(self) -> None:
        self.add_button.setText(translate("RiskThreats", "Add threat"))
        self.remove_button.setText(translate("RiskThreats", "Remove"))
        texts = {
            "facts": translate("RiskThreats", "Facts"),
            "kind": translate("RiskThreats", "Declared or possible"),
            "first_on": translate("RiskThreats", "Date"),
            "last_on": translate("RiskThreats", "Last occurrence"),
            "source": translate("RiskThreats", "Source (actor)"),
            "objective": translate("RiskThreats", "Objective"),
            "channel": translate("RiskThreats", "Channel"),
            "pattern": translate("RiskThreats", "Pattern over time"),
            "feasibility": translate("RiskThreats", "Reasoned conclusion on feasibility"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.facts.setPlaceholderText(translate(
            "RiskThreats", "What happened, when, how it reached the person"))
        self.feasibility.setPlaceholderText(translate(
            "RiskThreats", "Can the actor carry it out? Why: track record, knowledge of "
            "home or routines, acts already carried out…"))
        self.empty_hint.setText(translate(
            "RiskThreats", "No threat registered yet. Add each threat the person received or "
            "that the context makes possible."))

    # --- data --------------------------------------------------------------------------------
    def set_threats(self, threats: tuple[Threat, ...]) -> None:
        self._threats = list(threats)
        self._current = -1
        self.list.blockSignals(True)
        self.list.clear()
        for i, t in enumerate(self._threats):
            self.list.addItem(self._title(i, t))
        self.list.blockSignals(False)
        if self._threats:
            self.list.setCurrentRow(0)
        else:
            self._select(-1)
        self._refresh_enabled()

    def threats(self) -> tuple[Threat, ...]:
        self._store()
        return tuple(self._threats)

    def _title(self, i: int, t: Threat) -> str:
        facts = " ".join(t.facts.split())
        short = facts[:60] + ("…" if len(facts) > 60 else "")
        head = translate("RiskThreats", "Threat {number}").format(number=i + 1)
        return f"{head}: {short}" if short else head

    def add_threat(self) -> None:
        self._store()
        self._threats.append(Threat())
        self.list.addItem(self._title(len(self._threats) - 1, self._threats[-1]))
        self.list.setCurrentRow(len(self._threats) - 1)
        self._refresh_enabled()
        self.facts.setFocus()
        self.changed.emit()

    def remove_threat(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._current = -1
        del self._threats[row]
        self.set_threats(tuple(self._threats))
        if self._threats:
            self.list.setCurrentRow(min(row, len(self._threats) - 1))
        self.changed.emit()

    def _select(self, row: int) -> None:
        self._store()
        self._current = row
        self._loading = True
        try:
            threat = self._threats[row] if 0 <= row < len(self._threats) else Threat()
            self.facts.setPlainText(threat.facts)
            set_combo(self.kind, threat.kind)
            self.first_on.set_value(threat.first_on)
            self.last_on.set_value(threat.last_on)
            set_combo(self.source, threat.source_type)
            set_combo(self.objective, threat.objective)
            set_combo(self.channel, threat.channel)
            set_combo(self.pattern, threat.pattern)
            for code, selector in self.ratings.items():
                selector.set_value(threat.ratings.get(code))
            self.feasibility.setPlainText(threat.feasibility_conclusion)
            for selector in self.ratings.values():
                selector.set_read_only(self._read_only)
        finally:
            self._loading = False
        self._refresh_enabled()

    def _store(self) -> None:
        """Copy the form into the selected threat."""
        row = self._current
        if not 0 <= row < len(self._threats):
            return
        ratings = {code: v for code, s in self.ratings.items()
                   if (v := s.value()) is not None}
        self._threats[row] = replace(
            self._threats[row], facts=self.facts.toPlainText(), kind=combo_value(self.kind),
            first_on=self.first_on.value(), last_on=self.last_on.value(),
            source_type=combo_value(self.source), objective=combo_value(self.objective),
            channel=combo_value(self.channel), pattern=combo_value(self.pattern),
            ratings=ratings, feasibility_conclusion=self.feasibility.toPlainText())
        item = self.list.item(row)
        if item is not None:
            item.setText(self._title(row, self._threats[row]))

    def _edited(self) -> None:
        if self._loading or self._read_only:
            return
        self._store()
        self.changed.emit()

    def _refresh_enabled(self) -> None:
        has = 0 <= self._current < len(self._threats)
        self.form_area.setVisible(has)
        self.empty_hint.setVisible(not self._threats)
        self.remove_button.setEnabled(has and not self._read_only)
        self.add_button.setEnabled(not self._read_only)

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        for text_edit in (self.facts, self.feasibility):
            text_edit.setReadOnly(on)
        for combo in (self.kind, self.source, self.objective, self.channel, self.pattern):
            combo.setEnabled(not on)
        for date_input in (self.first_on, self.last_on):
            date_input.set_read_only(on)
        for selector in self.ratings.values():
            selector.set_read_only(on)
        self._refresh_enabled()
