"""The case-view tabs this feature contributes (risk, digital violence and documents
add their own specs in ``ui/tabs.case_tabs``).  Orders leave room between them."""

from __future__ import annotations

from mpi_desktop.ui.cases.case_tab import CaseFormTab
from mpi_desktop.ui.cases.events_tab import AggressionsTab, AttentionsTab
from mpi_desktop.ui.cases.history_tab import HistoryTab
from mpi_desktop.ui.cases.person_tab import PeopleTab
from mpi_desktop.ui.tabs import TabSpec

SPECS: list[TabSpec] = [
    TabSpec(key="case", order=10, factory=CaseFormTab),
    TabSpec(key="people", order=20, factory=PeopleTab),
    TabSpec(key="aggressions", order=30, factory=AggressionsTab),
    TabSpec(key="attentions", order=40, factory=AttentionsTab),
    # Always last: the record of everything the other tabs changed.
    TabSpec(key="history", order=1000, factory=HistoryTab),
]
