"""Case-list conditions for the risk level in force and overdue reviews.

Each function returns one ``(sql, params)`` pair for :attr:`CaseFilter.extra`
(SQL over the case list's alias ``c``).  They read the small indexed tables the
risk and plan features maintain, so filtering stays fast at 50,000 cases::

    CaseFilter(extra=extra_conditions(risk_levels=("extremo",), overdue=True))
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from mpi_desktop.domain import measures
from mpi_desktop.domain.timeutil import today_local

Condition = tuple[str, tuple[Any, ...]]


def risk_level(levels: Iterable[str]) -> Condition:
    """Cases whose level in force (latest signed assessment) is one of ``levels``.

    No levels → no case matches (an empty choice is a choice, not "any")."""
    wanted = tuple(dict.fromkeys(levels))
    if not wanted:
        return ("0", ())
    marks = ",".join("?" * len(wanted))
    return (f"c.id IN (SELECT case_id FROM case_risk WHERE level IN ({marks}))", wanted)


def unassessed() -> Condition:
    """Cases without any signed risk assessment."""
    return ("c.id NOT IN (SELECT case_id FROM case_risk)", ())


def overdue_review(today: date | None = None) -> Condition:
    """Cases with a measure review or a risk re-assessment due before ``today``."""
    day = (today or today_local()).isoformat()
    states = measures.REVIEWED
    marks = ",".join("?" * len(states))
    return ("c.id IN (SELECT case_id FROM measure WHERE next_review_on < ?"
            f" AND state IN ({marks}))"
            " OR c.id IN (SELECT case_id FROM case_risk WHERE review_due_on < ?)",
            (day, *states, day))


def pending_ratification() -> Condition:
    """Cases with a measure started before approval and not yet ratified."""
    return ("c.id IN (SELECT case_id FROM measure WHERE pending_ratification = 1)", ())


def extra_conditions(*, risk_levels: Iterable[str] = (), overdue: bool = False,
                     today: date | None = None) -> tuple[Condition, ...]:
    """What the CLI's ``cases --risk-level L --overdue`` adds to a CaseFilter."""
    out: list[Condition] = []
    levels = tuple(risk_levels)
    if levels:
        out.append(risk_level(levels))
    if overdue:
        out.append(overdue_review(today))
    return tuple(out)
