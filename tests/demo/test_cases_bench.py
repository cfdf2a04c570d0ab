"""The benchmark suite runs end to end on a tiny workspace (figures are printed,
never asserted: these tests check what is measured, not how fast)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop.bench import cases_bench, import_bench, suite, workspace
from mpi_desktop.bench.report import Figure, Report
from mpi_desktop.errors import ExitCode, RefusedForSafety
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> workspace.Workspace:
    root = tmp_path_factory.mktemp("bench") / "ws"
    return workspace.build(root, cases=30, seed=11, progress=None)


def test_the_workspace_has_a_vault_and_an_identical_plain_twin(ws: workspace.Workspace) -> None:
    assert workspace.is_workspace(ws.root)
    again = workspace.load(ws.root)
    assert again.cases == 30 and again.session_id == ws.session_id != ""
    assert ws.schema_note().startswith("schema: as this app creates it")
    plain = ws.open_plain()
    vault = ws.unlock()
    try:
        with vault.read() as conn:
            schema = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
            people = conn.execute("SELECT * FROM person ORDER BY id").fetchall()
            signed = conn.execute("SELECT count(*) FROM risk_assessment WHERE status = 'signed'"
                                  ).fetchone()[0]
            levels = conn.execute("SELECT count(*) FROM case_risk").fetchone()[0]
        assert plain.execute("SELECT name, sql FROM sqlite_master ORDER BY name"
                             ).fetchall() == schema
        assert plain.execute("SELECT * FROM person ORDER BY id").fetchall() == people
        assert len(people) >= 30
        # The seeded assessments are complete and signed, so each sets its case's level.
        assert signed == levels > 0
    finally:
        plain.close()
        vault.lock()


def test_the_case_figures_are_measured_on_both_sides(ws: workspace.Workspace) -> None:
    report = cases_bench.run(ws)
    names = {f.name for f in report.figures}
    assert {cases_bench.FIRST_PAGE_COLD, cases_bench.FIRST_PAGE_WARM, cases_bench.FILTERED,
            cases_bench.SEARCH_P50, cases_bench.SEARCH_P95, cases_bench.OPEN,
            cases_bench.SAVE} <= names
    assert all(f.plain_ms is not None for f in report.figures)
    assert all(f.met is not None for f in report.figures if f.target)


def test_the_exported_cases_import_on_both_sides(ws: workspace.Workspace) -> None:
    # Every seeded record (signed assessments included) passes the import's checks.
    report = import_bench.run(ws, cases=12)
    imported = report.figure("import 12 cases into an empty vault")
    assert imported is not None and imported.plain_ms is not None
    assert "both sides wrote the same records" in report.extra
    assert "12 cases" in (imported.note or "")


def test_the_summary_lists_every_missed_target() -> None:
    part = Report("cases")
    part.figures.append(Figure("search p95", 40.0, 38.0, target="<= 30 ms", met=False))
    part.figures.append(Figure("first page", 80.0, 60.0, target="<= 150 ms", met=True))
    part.peak_rss_mib = 320.0
    text = suite.summary({"cases": part}, seconds=60, load_at_start="0.5").render()
    assert "Targets: 2 MISSED" in text
    assert "MISSED cases   search p95" in text and "ok     cases   first page" in text


def test_a_keep_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("x")
    with pytest.raises(RefusedForSafety):
        workspace.open_or_build(keep=tmp_path, reuse=None, temp=tmp_path / "t", cases=5,
                                progress=None)


def test_cli_refuses_keep_and_reuse_together_and_a_missing_workspace(tmp_path: Path) -> None:
    code, _out, err = run_cli("bench", "cases", "--keep", str(tmp_path / "a"),
                              "--reuse", str(tmp_path / "b"))
    assert code == ExitCode.USAGE and "not both" in err
    code, _out, err = run_cli("bench", "cases", "--reuse", str(tmp_path))
    assert code == ExitCode.USAGE and "no benchmark workspace" in err
