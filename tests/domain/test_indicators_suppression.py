"""Small-cell suppression: primary and complementary, checked by trying to solve for hidden cells.

The attacker here is independent of the module's linear programming: it
enumerates every assignment of non-negative integers to the hidden cells that
agrees with everything published, and collects the values each hidden cell can
take.  A suppression pattern passes when every small cell (1–4) could also be
5 or more — the reader cannot even tell it is small, let alone its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.indicators import (
    TOTAL,
    CellId,
    CellSystem,
    Equation,
    PeriodCounts,
    build_report,
    primary_cells,
    suppress,
)

# --- the attacker -------------------------------------------------------------------------------


def _linear(system: CellSystem, hidden: set[CellId]
            ) -> list[tuple[list[tuple[CellId, int]], int]]:
    """Each equation as (hidden cells with signs, constant) — published values moved over."""
    eqs = []
    for eq in system.equations:
        terms = [(eq.total, 1), *((p, -1) for p in eq.parts)]
        constant = sum(-sign * system.values[c] for c, sign in terms if c not in hidden)
        coeffs = [(c, sign) for c, sign in terms if c in hidden]
        if coeffs:
            eqs.append((coeffs, constant))
        else:
            assert constant == 0, "the published figures contradict each other"
    return eqs


def can_take(system: CellSystem, hidden: set[CellId], cell: CellId, values: range, *,
             cap: int) -> int | None:
    """A value in ``values`` that ``cell`` takes in some non-negative integer solution
    agreeing with everything published (depth-first search), or None."""
    eqs = _linear(system, hidden)
    # Visit cells equation by equation, so each equation closes early and prunes.
    order: list[CellId] = [cell]
    for coeffs, _ in eqs:
        for c, _sign in coeffs:
            if c not in order:
                order.append(c)
    for c in sorted(hidden):
        if c not in order:
            order.append(c)
    assignment: dict[CellId, int] = {}

    def consistent() -> bool:
        for coeffs, constant in eqs:
            fixed = sum(sign * assignment[c] for c, sign in coeffs if c in assignment)
            free = [sign for c, sign in coeffs if c not in assignment]
            low = sum(cap * s for s in free if s < 0)
            high = sum(cap * s for s in free if s > 0)
            if not low <= constant - fixed <= high:
                return False
        return True

    def search(i: int) -> bool:
        if i == len(order):
            return True
        domain = values if i == 0 else range(cap + 1)
        for value in domain:
            assignment[order[i]] = value
            if consistent() and search(i + 1):
                return True
            del assignment[order[i]]
        return False

    return assignment[cell] if search(0) else None


def one_way(key: str, values: Mapping[str, int], *, locked_total: bool = True) -> CellSystem:
    s = CellSystem()
    for r, v in values.items():
        s.values[(key, r, "")] = v
    total = (key, TOTAL, "")
    s.values[total] = sum(values.values())
    if locked_total:
        s.locked.add(total)
    s.equations.append(Equation(total, tuple((key, r, "") for r in values)))
    return s


def two_way(key: str, grid: list[list[int]]) -> CellSystem:
    s = CellSystem()
    rows = [f"r{i}" for i in range(len(grid))]
    cols = [f"c{j}" for j in range(len(grid[0]))]
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            s.values[(key, r, c)] = grid[i][j]
    for i, r in enumerate(rows):
        s.values[(key, r, TOTAL)] = sum(grid[i])
        s.margins.add((key, r, TOTAL))
        s.equations.append(Equation((key, r, TOTAL), tuple((key, r, c) for c in cols)))
    for j, c in enumerate(cols):
        s.values[(key, TOTAL, c)] = sum(row[j] for row in grid)
        s.margins.add((key, TOTAL, c))
        s.equations.append(Equation((key, TOTAL, c), tuple((key, r, c) for r in rows)))
    grand = (key, TOTAL, TOTAL)
    s.values[grand] = sum(map(sum, grid))
    s.locked.add(grand)
    s.equations.append(Equation(grand, tuple((key, r, TOTAL) for r in rows)))
    s.equations.append(Equation(grand, tuple((key, TOTAL, c) for c in cols)))
    return s


def assert_protected(system: CellSystem, hidden: set[CellId]) -> None:
    """Every small cell could also be 5 or more: neither its value nor its smallness
    can be derived from what is published."""
    cap = max(max(system.values.values()), di.THRESHOLD) + 2
    for cell in primary_cells(system):
        assert cell in hidden, f"small cell {cell} published"
        assert can_take(system, hidden, cell, range(system.values[cell],
                                                    system.values[cell] + 1), cap=cap) \
            is not None, "the true values must be a solution"
        big = can_take(system, hidden, cell, range(di.THRESHOLD, cap + 1), cap=cap)
        assert big is not None, f"{cell} is known to be small or derivable"


# --- table-driven cases -------------------------------------------------------------------

ONE_WAY = [
    pytest.param({"a": 3, "b": 0, "c": 20}, id="lone-small-with-zero"),
    pytest.param({"a": 3, "b": 7, "c": 12, "d": 9}, id="lone-small"),
    pytest.param({"a": 1, "b": 2, "c": 3, "d": 8}, id="several-small"),
    pytest.param({"a": 4, "b": 1}, id="all-small-total-published"),
    pytest.param({"a": 2, "b": 1, "c": 0}, id="total-small-too"),
    pytest.param({"a": 0, "b": 6, "c": 9}, id="nothing-small"),
]


@pytest.mark.parametrize("values", ONE_WAY)
def test_one_way_tables_cannot_be_solved(values: dict[str, int]) -> None:
    system = one_way("t", values)
    hidden = suppress(system)
    assert_protected(system, hidden)
    small = set(primary_cells(system))
    if not small:
        assert hidden == set()
    if sum(values.values()) >= di.THRESHOLD:
        assert ("t", TOTAL, "") not in hidden  # the indicator itself stays readable


def test_a_lone_small_cell_forces_a_second_suppression() -> None:
    system = one_way("t", {"a": 3, "b": 7, "c": 12, "d": 9})
    hidden = suppress(system)
    assert ("t", "a", "") in hidden
    assert len(hidden) == 2, hidden
    # The partner is the cheapest cell that protects: the smallest one.
    assert ("t", "b", "") in hidden


TWO_WAY = [
    pytest.param([[3, 8, 10], [6, 1, 9], [7, 12, 2]], id="diagonal-small"),
    pytest.param([[2, 9, 9], [8, 8, 9], [9, 9, 9]], id="one-small"),
    pytest.param([[1, 1, 0], [0, 9, 9], [7, 8, 9]], id="small-row-total"),
    pytest.param([[0, 0, 3], [0, 0, 0], [9, 8, 7]], id="zeros-around"),
    pytest.param([[4, 4], [4, 4]], id="all-small"),
]


@pytest.mark.parametrize("grid", TWO_WAY)
def test_two_way_tables_cannot_be_solved(grid: list[list[int]]) -> None:
    system = two_way("x", grid)
    hidden = suppress(system)
    assert_protected(system, hidden)
    # Totals cannot reveal a hidden cell: in every row and column that hides
    # something, at least two cells are hidden.
    for eq in system.equations:
        in_eq = [c for c in (eq.total, *eq.parts) if c in hidden]
        assert len(in_eq) != 1, f"{eq} hides a single cell"
    assert ("x", TOTAL, TOTAL) not in hidden or system.values[("x", TOTAL, TOTAL)] < 5


def test_linked_tables_are_protected_together() -> None:
    """Referrals by institution add up to one cell of attentions by kind: a hidden
    referral cell must not be recoverable through the other table."""
    counts = PeriodCounts(di.Period(date(2026, 3, 1), date(2026, 4, 30)))
    counts.headlines["attentions"] = 30
    for kind, n in (("asesoria", 12), ("canalizacion", 8), ("accion_preventiva", 10)):
        counts.add("attentions_by_kind", kind, n=n)
    for institution, n in (("fgjcdmx", 6), ("ssc", 2)):
        counts.add("referrals_by_institution", institution, n=n)
    rows = {spec.key: di.table_rows(spec, counts) for spec in di.BREAKDOWNS}
    cols = {spec.key: di.table_cols(spec, counts) for spec in di.BREAKDOWNS}
    system = di.build_system(counts, rows=rows, cols=cols)
    assert not di.inconsistencies(system)
    hidden = suppress(system)
    assert ("referrals_by_institution", "ssc", "") in hidden
    linked = {c for c in hidden if c[0] in ("attentions_by_kind", "referrals_by_institution")}
    sub = CellSystem(values={c: v for c, v in system.values.items()
                             if c[0] in ("attentions_by_kind", "referrals_by_institution",
                                         "headline")},
                     equations=[eq for eq in system.equations
                                if eq.total[0] in ("attentions_by_kind",
                                                   "referrals_by_institution")
                                or eq.total == ("headline", "attentions", "")],
                     locked=system.locked, margins=system.margins)
    assert_protected(sub, linked)


def test_report_internal_shows_everything_and_external_hides_small_cells() -> None:
    period = di.Period(date(2026, 3, 1), date(2026, 4, 30))
    current, previous = PeriodCounts(period), PeriodCounts(period.previous())
    current.headlines.update(attentions=14, findings=3)
    for kind, n in (("asesoria", 9), ("canalizacion", 3), ("accion_preventiva", 2)):
        current.add("attentions_by_kind", kind, n=n)
    current.add("referrals_by_institution", "fgjcdmx", n=3)
    current.add("findings_by_source", "red_social", n=3)
    current.add("findings_by_aggression_type", "amenazas", n=3)
    current.add("findings_by_alcaldia", "tlalpan", n=3)
    previous.headlines.update(attentions=6)
    previous.add("attentions_by_kind", "asesoria", n=6)
    internal = build_report(current, previous, audience=di.INTERNAL)
    assert not internal.any_suppressed
    assert internal.table("attentions_by_kind").current[("canalizacion", "")].text() == "3"
    external = build_report(current, previous, audience=di.EXTERNAL)
    kinds = external.table("attentions_by_kind")
    assert kinds.current[("canalizacion", "")].text() == "*"
    assert kinds.current[("accion_preventiva", "")].text() == "*"
    # 3 + 2 = 5: each small cell could be 5, so they protect each other.
    assert kinds.current[("asesoria", "")].text() == "9"
    assert kinds.total().text() == "14"  # the indicator itself is readable
    assert external.headline("findings").current.text() == "*"  # 3 findings in all
    assert external.headline("findings").change.text() == "*"
    assert kinds.previous[("asesoria", "")].text() == "6"
    assert external.any_suppressed


def test_multi_response_tables_only_hide_small_cells() -> None:
    period = di.Period(date(2026, 3, 1), date(2026, 4, 30))
    current, previous = PeriodCounts(period), PeriodCounts(period.previous())
    current.headlines["dv_reviews"] = 9
    for code, n in (("acoso", 8), ("amenazas", 2), ("extorsion", 7)):
        current.add("dv_types", code, n=n)
    report = build_report(current, previous, audience=di.EXTERNAL)
    view = report.table("dv_types")
    assert view.current[("amenazas", "")].suppressed
    assert view.current[("acoso", "")].text() == "8"
    assert view.current[("extorsion", "")].text() == "7"
    assert view.total().text() == "9"


def test_inconsistent_counts_are_caught() -> None:
    system = one_way("t", {"a": 3, "b": 9})
    system.values[("t", TOTAL, "")] = 13
    assert di.inconsistencies(system)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=9), min_size=3, max_size=3),
                min_size=2, max_size=3))
def test_random_two_way_tables_cannot_be_solved(grid: list[list[int]]) -> None:
    system = two_way("x", grid)
    assert_protected(system, suppress(system))
