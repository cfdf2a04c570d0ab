"""Passphrase inputs: a field with show/hide and Caps Lock warning, a strength meter,
and the "new passphrase + confirmation" form used by the first-run wizard and recovery.

The policy is the domain's (``domain.passphrase_policy``); this module only shows
it while the person types.  Nothing typed here is stored anywhere but the widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import passphrase_policy
from mpi_desktop.i18n import translate
from mpi_desktop.messages import passphrase_problem
from mpi_desktop.ui.capslock import CapsLockWatch
from mpi_desktop.ui.look import eye_icon

#: Meter colours, weakest first (colour-blind safe enough next to the text label).
_COLOURS = ("#c0392b", "#d35400", "#b7950b", "#27ae60", "#1e8449")


def score_label(score: int) -> str:
    labels = (
        translate("Passphrase", "Very weak"),
        translate("Passphrase", "Weak"),
        translate("Passphrase", "Fair"),
        translate("Passphrase", "Strong"),
        translate("Passphrase", "Very strong"),
    )
    return labels[max(0, min(score, 4))]


class PassphraseEdit(QLineEdit):
    """Password-mode line edit with a show/hide action and a Caps Lock watch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # No autocompletion or input history: passphrases are never remembered.
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData)
        self.reveal_action = QAction(self)
        self.reveal_action.setObjectName("revealPassphrase")
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._reveal)
        self.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.caps = CapsLockWatch(self)
        self.retranslate()

    def retranslate(self) -> None:
        shown = self.reveal_action.isChecked()
        self.reveal_action.setText(translate("Passphrase", "Hide") if shown
                                   else translate("Passphrase", "Show"))
        self.reveal_action.setToolTip(translate("Passphrase", "Hide the passphrase") if shown
                                      else translate("Passphrase", "Show the passphrase"))
        self.reveal_action.setIcon(eye_icon(crossed=shown))

    def _reveal(self, on: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.retranslate()


class CapsLockLabel(QLabel):
    """Shown while Caps Lock is on in any of the watched fields."""

    def __init__(self, *fields: PassphraseEdit, name: str = "capsLockWarning",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setText(translate("Passphrase", "Caps Lock is on."))
        self.setStyleSheet("color: #b9770e; font-weight: bold;")
        self.setVisible(False)
        self._fields = fields
        for field in fields:
            field.caps.changed.connect(self._update)

    def _update(self, _on: bool) -> None:
        self.setVisible(any(f.caps.on for f in self._fields))


class StrengthMeter(QWidget):
    """A five-step bar and a word: how hard the passphrase is to guess."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.score = -1
        self.set_score(None)

    def set_score(self, score: int | None) -> None:
        self.score = -1 if score is None else score
        self.bar.setValue(max(0, self.score))
        colour = _COLOURS[max(0, self.score)]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        text = "" if score is None else score_label(score)
        self.label.setText(text)
        self.setAccessibleName(translate("Passphrase", "Passphrase strength"))
        self.setAccessibleDescription(text)


class NewPassphraseForm(QWidget):
    """New passphrase, confirmation, strength and the policy's problems, inline.

    ``prefix`` names the widgets for tests (``<prefix>Passphrase``,
    ``<prefix>Confirm``, ``<prefix>Strength``, ``<prefix>Problems``).
    """

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.setObjectName(f"{prefix}Passphrase")
        self.confirm = PassphraseEdit(self)
        self.confirm.setObjectName(f"{prefix}Confirm")
        self.meter = StrengthMeter(self)
        self.meter.setObjectName(f"{prefix}Strength")
        self.problems = QLabel(self)
        self.problems.setObjectName(f"{prefix}Problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a93226;")
        self.caps_label = CapsLockLabel(self.passphrase, self.confirm,
                                        name=f"{prefix}CapsLock", parent=self)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label = QLabel(self)
        self.confirm_label.setBuddy(self.confirm)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.confirm_label, self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.caps_label)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.setTabOrder(self.passphrase, self.confirm)

        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._acceptable = False
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.hint.setText(translate(
            "Passphrase",
            "Choose a long passphrase you can remember: four or five unrelated words work "
            "well. Nobody can recover it for you; only the recovery key can replace it."))
        self.passphrase_label.setText(translate("Passphrase", "&New passphrase:"))
        self.confirm_label.setText(translate("Passphrase", "&Repeat it:"))
        self.passphrase.setAccessibleName(translate("Passphrase", "New passphrase"))
        self.confirm.setAccessibleName(translate("Passphrase", "Repeat the new passphrase"))
        self.passphrase.retranslate()
        self.confirm.retranslate()

    @property
    def acceptable(self) -> bool:
        """Strong enough by the policy and typed the same twice."""
        return self._acceptable

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()

    def _update(self) -> None:
        text = self.passphrase.text()
        lines: list[str] = []
        if text:
            assessment = passphrase_policy.assess(text)
            self.meter.set_score(assessment.score)
            lines = [passphrase_problem(code) for code in assessment.problems]
            strong = assessment.acceptable
        else:
            self.meter.set_score(None)
            strong = False
        confirm = self.confirm.text()
        matches = bool(text) and confirm == text
        if strong and confirm and not matches and not text.startswith(confirm):
            lines.append(translate("Passphrase", "The two passphrases do not match yet."))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self._acceptable = strong and matches
        self.changed.emit()
