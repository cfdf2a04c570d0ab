"""Collecting every text a person can see, to catch strings shown untranslated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\\\{[a-z_0-9]*\\\}")
#: Qt's own English for standard buttons: shown only if qtbase_es is missing.
QT_ENGLISH = {"OK", "Cancel", "&Cancel", "&Next >", "< &Back", "&Finish", "&Yes", "&No",
              "Close", "&Close", "Apply", "&OK", "Commit"}


def _plain(text: str) -> str:
    """Without mnemonic ampersands (``&&`` stays one literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@cache
def english_sources() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """Every English source in the .ts files whose Spanish differs from it."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for ts in sorted((ROOT / "resources" / "i18n").glob("*_es.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if not source or _plain(translation) == _plain(source):
                continue
            plain = _plain(source)
            if "{" in plain:
                # Only sources with English words of their own: "{a} {b}" says nothing.
                if re.search(r"[A-Za-z]{3,}", re.sub(r"\{[a-z_0-9]*\}", "", plain)):
                    regex = PLACEHOLDER.sub(".+", re.escape(plain))
                    patterns.append(re.compile(regex, re.DOTALL))
            else:
                exact.add(plain)
    exact |= {_plain(t) for t in QT_ENGLISH}
    return frozenset(exact), tuple(patterns)


def untranslated(texts: Iterable[tuple[str, str]]) -> list[str]:
    exact, patterns = english_sources()
    found = []
    for where, text in texts:
        plain = _plain(text)
        if not plain:
            continue
        if plain in exact or any(p.fullmatch(plain) for p in patterns):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def _actions(owner: str, actions: Iterable[QAction]) -> Iterable[tuple[str, str]]:
    for action in actions:
        name = f"{owner}/{action.objectName() or 'action'}"
        yield name, action.text()
        yield name + ".toolTip", action.toolTip() if action.toolTip() != action.text() else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield name + ".menu", menu.title()
            yield from _actions(name, menu.actions())


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Texts of ``root`` and its visible descendants, with where each was found."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisible():
            continue
        where = f"{type(widget).__name__}:{widget.objectName() or '-'}"
        if widget.isWindow():
            out.append((where + ".windowTitle", widget.windowTitle()))
        out.append((where + ".toolTip", widget.toolTip()))
        out.append((where + ".accessibleName", widget.accessibleName()))
        out.extend(_actions(where, widget.actions()))
        if isinstance(widget, QLabel | QAbstractButton):
            out.append((where, widget.text()))
        elif isinstance(widget, QLineEdit):
            out.append((where + ".placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            out.append((where, widget.title()))
        elif isinstance(widget, QComboBox):
            out.extend((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            out.extend((where, widget.tabText(i)) for i in range(widget.count()))
            out.extend((where + ".tip", widget.tabToolTip(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            out.extend((where, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractSpinBox):
            out.append((where + ".special", widget.specialValueText()))
            if isinstance(widget, QSpinBox):
                out.append((where + ".suffix", widget.suffix()))
                out.append((where + ".prefix", widget.prefix()))
        if isinstance(widget, QListWidget):
            out.extend((where, widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                out.append((where + ".header", str(model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")))
        if isinstance(widget, QWizard):
            page = widget.currentPage()
            if page is not None:
                out.append((where + ".title", page.title()))
                out.append((where + ".subTitle", page.subTitle()))
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                           QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                           QWizard.WizardButton.CancelButton):
                if widget.button(button).isVisible():
                    out.append((where + ".button", widget.buttonText(button)))
        if isinstance(widget, QMainWindow):
            out.extend(_actions(where + ".menuBar", widget.menuBar().actions()))
    return [(w, t) for w, t in out if t]
