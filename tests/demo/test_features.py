"""The demo vault shows every feature alive: risk, plans, reviews, workshops, findings, CEM."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop.demo.features import add_features
from mpi_desktop.demo.generator import populate
from mpi_desktop.domain import measures as dm
from mpi_desktop.domain.cem import PREPARING
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.importer import import_bytes
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.reports import packet_export
from mpi_desktop.storage import crypto, indicator_queries, plans, risk
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault
from tests.conftest import PASSPHRASE

#: Demo data is dated relative to today (so the dashboard's period has figures).
TODAY = today_local()


@pytest.fixture
def demo(vault: Vault) -> Vault:
    populate(vault, cases=160, seed=11)
    add_features(vault, seed=11)
    return vault


def test_every_feature_has_data_and_the_dashboard_has_something_to_say(demo: Vault) -> None:
    with demo.read() as conn:
        def count(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        assert count("SELECT count(*) FROM risk_assessment WHERE status = 'signed'") > 10
        # Some cases were re-assessed, so the trend chart has two points.
        assert count("SELECT count(*) FROM (SELECT case_id FROM risk_assessment"
                     " GROUP BY case_id HAVING count(*) > 1)") > 0
        states = {r[0] for r in conn.execute("SELECT DISTINCT state FROM measure")}
        assert {dm.VIGENTE, dm.CONCLUIDA, dm.EN_IMPLEMENTACION} <= states
        assert count("SELECT count(*) FROM dv_review") > 0
        assert count("SELECT count(*) FROM workshop") > 10
        assert count("SELECT count(*) FROM finding") > 10
        assert plans.measures_pending_ratification(conn)
        assert plans.overdue_reviews(conn, TODAY)
        case_id = conn.execute("SELECT case_id FROM risk_assessment LIMIT 1").fetchone()[0]
        assert risk.current_level(conn, case_id) is not None
        board = indicator_queries.dashboard(conn, TODAY)
    assert board.next_session is not None and board.next_session.status == PREPARING
    assert board.ratifications_total > 0 and board.overdue_total > 0
    assert board.workshops.held > 0
    assert verify_vault(demo).ok


def test_the_next_sessions_packet_passes_the_leak_scanner(demo: Vault) -> None:
    """Demo summaries are name-free templates: nothing for the scanner to flag."""
    with demo.read() as conn:
        session_id = conn.execute("SELECT id FROM cem_session WHERE status = ?",
                                  (PREPARING,)).fetchone()[0]
        agenda = conn.execute("SELECT count(*) FROM cem_agenda_item WHERE session_id = ?",
                              (session_id,)).fetchone()[0]
    assert agenda > 0
    prepared = packet_export.prepare(demo, packet_export.PacketRequest(session_id=session_id))
    assert prepared.open_findings == []


def test_the_whole_demo_vault_round_trips_through_the_interchange_format(
        demo: Vault, tmp_path: Path) -> None:
    """Demo data passes the importer's strict validation (every section, every date)."""
    out = tmp_path / "todo.json"
    export(demo, ExportRequest(), out, passphrase=None, plaintext=True)
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                         actor="prueba").vault
    with other:
        report = import_bytes(other, out.read_bytes())
    for section in ("risk_assessments", "measures", "dv_reviews", "workshops", "findings",
                    "cem_sessions"):
        assert report.written.get(section, 0) > 0, (section, report.written)
