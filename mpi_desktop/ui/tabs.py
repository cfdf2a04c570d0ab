"""Tabs of the case view, contributed by features (person, aggressions, risk, …).

A tab is built for one case id, loads its own data through the session's
runner, and emits :attr:`CaseTab.changed` after it saved something so the case
view can refresh its header and sibling tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mpi_desktop.ui.session import Session


class CaseTab(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """(Re)load this tab's data, off the UI thread."""

    def prepare_lock(self) -> None:
        """Flush drafts synchronously; the vault closes right after."""

    def has_unsaved_changes(self) -> bool:
        """True while this tab holds edits not saved yet (the case view asks first)."""
        return False

    def save_changes(self, done: Callable[[bool], None]) -> None:
        """Save pending edits off the UI thread; call ``done(True)`` once saved."""
        done(True)

    def discard_changes(self) -> None:
        """Drop pending edits: the user chose to leave without saving."""

    def set_interview_mode(self, on: bool) -> None:
        """Interview mode: hide anything that leads to other cases."""


@dataclass(frozen=True)
class TabSpec:
    key: str
    order: int
    factory: Callable[[Session, str], CaseTab]


def case_tabs() -> list[TabSpec]:
    """Every case-view tab in order.  Each feature adds its import here."""
    from mpi_desktop.ui.cases import tabs_core
    from mpi_desktop.ui.protocol.tab import SPEC as DIGITAL_VIOLENCE
    from mpi_desktop.ui.risk.tabs import SPECS as RISK_TABS

    specs: list[TabSpec] = [*tabs_core.SPECS, DIGITAL_VIOLENCE, *RISK_TABS]
    return sorted(specs, key=lambda s: s.order)
