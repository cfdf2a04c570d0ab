"""Small helpers shared by the CEM screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QWidget

from mpi_desktop.domain import catalogs
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.session import Session

ID_ROLE = int(Qt.ItemDataRole.UserRole)


def run(session: Session, owner: QObject, fn: Callable[[], Any], *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None) -> int:
    """Off the UI thread; callbacks dropped if ``owner`` is gone (lock, close)."""
    return asyncops.run(session, owner, fn, on_done=on_done, on_error=on_error)


def label(catalog: str, code: str | None) -> str:
    from mpi_desktop.texts.cem import lang

    if not code:
        return ""
    return catalogs.get(catalog).label(code, lang())


def tree(name: str, parent: QWidget, headers: list[str] | None = None) -> QTreeWidget:
    t = QTreeWidget(parent)
    t.setObjectName(name)
    t.setRootIsDecorated(False)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.header().setStretchLastSection(True)
    if headers:
        t.setHeaderLabels(headers)
    return t
