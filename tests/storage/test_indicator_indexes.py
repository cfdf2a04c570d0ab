"""The indexes added for the indicator report (docs/PERFORMANCE.md) are used, and
change no count: the same report computed with them dropped is identical."""

from __future__ import annotations

import pytest

from mpi_desktop.domain import indicators as di
from mpi_desktop.storage import indicator_queries as iq
from mpi_desktop.storage.vault import Vault
from tests.storage.test_indicator_queries import P, Q, build

#: Index → a fragment of the statement that should search it.
INDEXES = {
    "case_opened": "c.opened_on <= ?",
    "case_incorporated": "incorporated_on BETWEEN",
    "case_refugio": "ciudad_refugio",
    "case_opposed": "WHERE opposition = 1",
}
#: Read from the index alone, without the wide case rows.
COVERING = {"case_opened", "case_opposed"}


def _statements(vault: Vault, period: di.Period) -> list[str]:
    seen: list[str] = []
    with vault.read() as conn:
        conn.set_trace_callback(seen.append)
        try:
            iq.period_counts(conn, period)
        finally:
            conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize(("index", "fragment"), sorted(INDEXES.items()))
def test_the_report_queries_use_the_index(vault: Vault, index: str, fragment: str) -> None:
    build(vault)
    # The trace shows bound values; the fragment is matched on the literal text.
    statements = [s for s in _statements(vault, P)
                  if fragment.replace(" ?", "") in s or fragment in s]
    assert statements, f"no statement matches {fragment!r}"
    with vault.read() as conn:
        plans = [" ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + s))
                 for s in statements]
    wanted = f"COVERING INDEX {index}" if index in COVERING else f"INDEX {index}"
    assert any(wanted in plan for plan in plans), plans


@pytest.mark.parametrize("period", [P, Q], ids=["P", "Q"])
def test_counts_are_the_same_without_the_indexes(vault: Vault, period: di.Period) -> None:
    build(vault)
    with vault.read() as conn:
        with_indexes = iq.dump_counts(iq.period_counts(conn, period))
    conn = vault._require_conn()
    # DDL is transactional in SQLite: drop the indexes, count, and roll back.
    conn.execute("BEGIN IMMEDIATE")
    try:
        for index in INDEXES:
            conn.execute(f"DROP INDEX {index}")
        without = iq.dump_counts(iq.period_counts(conn, period))
    finally:
        conn.execute("ROLLBACK")
    assert without == with_indexes
    found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(INDEXES) <= found


def test_the_case_list_order_is_still_read_from_the_index(vault: Vault) -> None:
    # case_opened was widened for the report; its second column keeps the list's
    # default order (opened_on, num) free of a sort over every case.
    from mpi_desktop.storage import case_query
    from mpi_desktop.storage.case_query import CaseFilter

    build(vault)
    seen: list[str] = []
    with vault.read() as conn:
        conn.set_trace_callback(seen.append)
        try:
            nums = case_query.list_nums(conn, CaseFilter())
        finally:
            conn.set_trace_callback(None)
        plan = " ".join(r[3] for s in seen if s.lstrip().upper().startswith("SELECT")
                        for r in conn.execute("EXPLAIN QUERY PLAN " + s))
        ordered = [r[0] for r in conn.execute(
            "SELECT num FROM case_file NOT INDEXED ORDER BY opened_on DESC, num DESC")]
    assert "INDEX case_opened" in plan and "TEMP B-TREE" not in plan, plan
    assert nums == ordered and len(nums) > 1
