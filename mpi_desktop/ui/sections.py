"""Navigation sections of the main window and the base class they share.

Each feature contributes one :class:`SectionSpec` (listed in :func:`all_sections`,
explicitly, so the PyInstaller bundle sees every import).  Sections appear as
their features land — never as empty placeholders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mpi_desktop.ui.session import Session


class Section(QWidget):
    """Base of every section.  The main window calls these hooks."""

    #: Ask the main window to enter (True) or leave (False) interview mode.
    #: Leaving is confirmed with the passphrase by the main window.
    interview_requested = Signal(bool)
    #: A short message for the status bar.
    status_message = Signal(str)
    #: Ask the main window to show another section, optionally at a case id.
    navigate = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def prepare_lock(self) -> None:
        """Save drafts and close dialogs synchronously: the vault closes right after."""

    def set_interview_mode(self, on: bool) -> None:
        """Interview mode: only the current case is reachable."""

    def refresh(self) -> None:
        """Data may have changed elsewhere (import, another section): reload views."""

    def show_case(self, case_id: str) -> None:
        """Open a case, for sections that show cases (navigation from elsewhere)."""

    def current_case_id(self) -> str | None:
        """The case on screen, if any: the window reopens it after a language switch."""
        return None


@dataclass(frozen=True)
class SectionSpec:
    key: str
    #: Called at display time, so a language switch shows the new title.
    title: Callable[[], str]
    factory: Callable[[Session], Section]
    order: int
    shortcut: str = ""


def all_sections() -> list[SectionSpec]:
    """Every section, in navigation order.  Each feature adds its import here."""
    from mpi_desktop.ui import audit_section
    from mpi_desktop.ui.cases import section as cases_section
    from mpi_desktop.ui.cem import section as cem_section
    from mpi_desktop.ui.indicators import dashboard, findings, reports, workshops
    from mpi_desktop.ui.risk.followup_section import SPEC as FOLLOW_UP

    specs: list[SectionSpec] = [cases_section.SPEC, audit_section.SPEC, FOLLOW_UP,
                                dashboard.SPEC, reports.SPEC, workshops.SPEC, findings.SPEC,
                                cem_section.SPEC]
    return sorted(specs, key=lambda s: s.order)
