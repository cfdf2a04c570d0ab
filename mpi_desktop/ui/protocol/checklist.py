"""The guided checklist: steps on the left, the current step's items on the right.

Built for the protocol version of the review shown, so an old review displays
exactly the items it was made with.  Every click and every note is reported
through signals; the tab saves it at once, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_protocol import Protocol, ProtocolItem, ProtocolStep
from mpi_desktop.domain.dv_review import ItemState, Review
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.ui.look import heading
from mpi_desktop.ui.protocol.notes import NotesEdit

# Radio choices: (suffix of the objectName, status, answer).  Questions get yes/no.
_TASK_CHOICES = (("pending", dr.PENDING, None), ("done", dr.DONE, None),
                 ("na", dr.NOT_APPLICABLE, None))
_QUESTION_CHOICES = (("pending", dr.PENDING, None), ("yes", dr.DONE, True),
                     ("no", dr.DONE, False), ("na", dr.NOT_APPLICABLE, None))


def _choice_label(suffix: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "pending": lambda: translate("Protocol", "Pending"),
        "done": lambda: translate("Protocol", "Done"),
        "na": lambda: translate("Protocol", "Not applicable"),
        "yes": lambda: translate("Protocol", "Yes"),
        "no": lambda: translate("Protocol", "None identified"),
    }
    return labels[suffix]()


class ItemWidget(QFrame):
    """One checklist item: its question or task, help, state and notes."""

    #: (item code, status, answer); answer is None for tasks.
    state_chosen = Signal(str, str, object)
    notes_committed = Signal(str, str)

    def __init__(self, item: ProtocolItem, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"item_{item.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(item.label(lang))
        text.setWordWrap(True)
        text.setObjectName(f"item_{item.code}_label")
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if item.help(lang):
            help_label = QLabel(item.help(lang))
            help_label.setWordWrap(True)
            help_label.setObjectName(f"item_{item.code}_help")
            help_label.setStyleSheet("color: #566573;")
            layout.addWidget(help_label)
        self.group = QButtonGroup(self)
        self.choices = _QUESTION_CHOICES if item.is_question else _TASK_CHOICES
        row = QHBoxLayout()
        self.buttons: dict[str, QRadioButton] = {}
        for index, (suffix, _status, _answer) in enumerate(self.choices):
            button = QRadioButton(_choice_label(suffix))
            button.setObjectName(f"item_{item.code}_{suffix}")
            self.group.addButton(button, index)
            self.buttons[suffix] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.notes = NotesEdit(self, max_height=48)
        self.notes.setObjectName(f"item_{item.code}_notes")
        self.notes.setPlaceholderText(translate("Protocol", "Notes (saved automatically)"))
        layout.addWidget(self.notes)
        self.group.idClicked.connect(self._clicked)
        self.notes.committed.connect(lambda text: self.notes_committed.emit(item.code, text))

    def _clicked(self, index: int) -> None:
        _suffix, status, answer = self.choices[index]
        self.state_chosen.emit(self.item.code, status, answer)

    def choose(self, suffix: str) -> None:
        """Select a choice as a click would (keyboard shortcuts and tests)."""
        self.buttons[suffix].click()

    def show_state(self, state: ItemState) -> None:
        suffix: str | None
        if state.status == dr.PENDING:
            suffix = "pending"
        elif state.status == dr.NOT_APPLICABLE:
            suffix = "na"
        elif not self.item.is_question:
            suffix = "done"
        else:
            suffix = None if state.answer is None else ("yes" if state.answer else "no")
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for name, button in self.buttons.items():
            button.setChecked(name == suffix)
        self.group.setExclusive(True)
        self.group.blockSignals(False)
        self.notes.set_saved_text(state.notes)


class StepPage(QWidget):
    """A step's help and items, plus any panel the tab docks into it."""

    def __init__(self, step: ProtocolStep, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.code}")
        title = heading(self, 1.25)
        title.setText(step.label(lang))
        help_label = QLabel(step.help(lang))
        help_label.setWordWrap(True)
        help_label.setObjectName(f"step_{step.code}_help")
        self.items = {item.code: ItemWidget(item, lang) for item in step.items}
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(title)
        self.body_layout.addWidget(help_label)
        for widget in self.items.values():
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def dock(self, widget: QWidget, *, top: bool = False) -> None:
        """Put a panel (findings, shortcuts) above or under this step's items."""
        # 0: title, 1: help, then the items, then the stretch.
        self.body_layout.insertWidget(2 if top else self.body_layout.count() - 1, widget)


class ChecklistPanel(QWidget):
    state_chosen = Signal(str, str, object)
    notes_committed = Signal(str, str)
    step_changed = Signal(str)

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.setObjectName("checklistPanel")
        lang = current_language()
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setWordWrap(True)
        self.step_list.setMinimumWidth(260)
        self.pages = QStackedWidget()
        self.pages.setObjectName("stepPages")
        self.step_pages: dict[str, StepPage] = {}
        for number, step in enumerate(protocol.steps, start=1):
            entry = QListWidgetItem()
            entry.setData(Qt.ItemDataRole.UserRole, step.code)
            entry.setData(Qt.ItemDataRole.UserRole + 1, number)
            self.step_list.addItem(entry)
            page = StepPage(step, lang)
            for widget in page.items.values():
                widget.state_chosen.connect(self.state_chosen)
                widget.notes_committed.connect(self.notes_committed)
            self.step_pages[step.code] = page
            self.pages.addWidget(page)
        self.step_progress = QProgressBar()
        self.step_progress.setObjectName("stepProgress")
        self.prev_button = QPushButton(translate("Protocol", "← &Previous step"))
        self.prev_button.setObjectName("prevStepButton")
        self.next_button = QPushButton(translate("Protocol", "&Next step →"))
        self.next_button.setObjectName("nextStepButton")
        self.prev_button.clicked.connect(lambda: self.go(self.current_index() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.current_index() + 1))
        self.step_list.currentRowChanged.connect(self._row_changed)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.step_progress, 1)
        nav.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pages, 1)
        right_layout.addLayout(nav)
        splitter = QSplitter()
        splitter.addWidget(self.step_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._review: Review | None = None

    # --- navigation -------------------------------------------------------------------------
    def current_index(self) -> int:
        return max(0, self.step_list.currentRow())

    def current_step(self) -> str:
        return self.protocol.steps[self.current_index()].code

    def go(self, index: int) -> None:
        if 0 <= index < len(self.protocol.steps):
            self.step_list.setCurrentRow(index)

    def go_to_step(self, code: str) -> None:
        codes = [s.code for s in self.protocol.steps]
        if code in codes:
            self.go(codes.index(code))

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.protocol.steps) - 1)
        self._show_step_progress()
        self.step_changed.emit(self.protocol.steps[row].code)

    # --- state ------------------------------------------------------------------------------------
    def item_widget(self, code: str) -> ItemWidget:
        item = self.protocol.item(code)
        if item is None:
            raise KeyError(code)
        return self.step_pages[item.step].items[code]

    def show_review(self, review: Review, *, restore_position: bool) -> None:
        self._review = review
        for page in self.step_pages.values():
            for code, widget in page.items.items():
                widget.show_state(review.item(code))
        self.refresh_progress(review)
        if restore_position:
            self.go_to_step(review.current_step or self.protocol.steps[0].code)
            if self.step_list.currentRow() < 0:
                self.go(0)

    def refresh_progress(self, review: Review) -> None:
        """Counts per step in the list, without touching what is being typed."""
        self._review = review
        for row, step in enumerate(self.protocol.steps):
            progress = dr.step_progress(self.protocol, review, step.code)
            entry = self.step_list.item(row)
            mark = "✓ " if progress.complete else ""
            entry.setText(f"{mark}{row + 1}. {step.label(current_language())}  "
                          f"({progress.answered}/{progress.total})")
        self._show_step_progress()

    def _show_step_progress(self) -> None:
        if self._review is None:
            return
        progress = dr.step_progress(self.protocol, self._review, self.current_step())
        self.step_progress.setMaximum(max(1, progress.total))
        self.step_progress.setValue(progress.answered)
        self.step_progress.setFormat(translate("Protocol", "This step: {answered} of {total}"
                                               ).format(answered=progress.answered,
                                                        total=progress.total))

    def flush_notes(self) -> None:
        for page in self.step_pages.values():
            for widget in page.items.values():
                widget.notes.flush()

    def discard_notes(self) -> None:
        for page in self.step_pages.values():
            for widget in page.items.values():
                widget.notes.discard()

    def notes_pending(self) -> bool:
        return any(w.notes.pending for p in self.step_pages.values() for w in p.items.values())
