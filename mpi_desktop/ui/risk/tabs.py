"""The case-view tabs of this feature (registered in ``ui/tabs.case_tabs``)."""

from __future__ import annotations

from mpi_desktop.ui.risk.plan_tab import PlanTab
from mpi_desktop.ui.risk.risk_tab import RiskTab
from mpi_desktop.ui.tabs import TabSpec

SPECS: list[TabSpec] = [
    TabSpec(key="risk", order=40, factory=RiskTab),
    TabSpec(key="plan", order=50, factory=PlanTab),
]
