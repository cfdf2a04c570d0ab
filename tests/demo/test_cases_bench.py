"""The case-records benchmark runs end to end (figures are printed, never asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop.bench import cases_bench
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.storage.connection import open_plain
from mpi_desktop.storage.vault import Vault


def test_bench_builds_both_databases_and_reports_every_figure(tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    report = cases_bench.run(cases=40, keep=keep, progress=None)
    names = [f.name for f in report.figures]
    assert names[0] == "insert 40 demo cases"
    assert {"case list: first page, cold connection", "case list: first page, warm",
            "search (FTS) + first page: p50", "search (FTS) + first page: p95",
            "open a case (load_bundle): median",
            "save an edit (put_case, one transaction)"} <= set(names)
    # Every read and write is measured on both sides.
    assert all(f.plain_ms is not None for f in report.figures[1:])
    text = report.render()
    assert "machine:" in text and "peak RSS" in text and "targets" in text
    # The plain copy has the same schema and data as the vault.
    plain = open_plain(keep / "plain.db")
    vault = Vault.unlock(keep / "vault", cases_bench.PASSPHRASE)
    try:
        with vault.read() as conn:
            tables = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
            people = conn.execute("SELECT * FROM person ORDER BY id").fetchall()
        assert plain.execute("SELECT name, sql FROM sqlite_master ORDER BY name"
                             ).fetchall() == tables
        assert plain.execute("SELECT * FROM person ORDER BY id").fetchall() == people
        assert len(people) >= 40
    finally:
        plain.close()
        vault.lock()


def test_bench_refuses_a_keep_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("x")
    with pytest.raises(RefusedForSafety):
        cases_bench.run(cases=5, keep=tmp_path, progress=None)
