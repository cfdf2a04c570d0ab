"""Every released schema's fixture vault opens and upgrades with the current app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mpi_desktop.storage import crypto
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.migrations import LATEST
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault
from tests.fixtures.populate import FILLED_TABLES, populate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"
PASSPHRASE = "fixture de esquema tejocote azul"
RELEASED = sorted(FIXTURES.glob("schema-*"), key=lambda p: int(p.name.split("-")[1]))
#: Fixtures made before ``populate`` existed hold only the vault's own tables.
FIRST_POPULATED = 7


def _counts(conn: Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in FILLED_TABLES}


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert RELEASED and RELEASED[0].name == "schema-1"


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.name)
def test_fixture_upgrades_to_latest(fixture: Path, tmp_path: Path) -> None:
    target = tmp_path / "vault"
    shutil.copytree(fixture, target)
    found = int(fixture.name.split("-")[1])
    with Vault.unlock(target, PASSPHRASE) as vault:
        assert vault.timings.migrate_from == found
        report = verify_vault(vault)
        assert report.ok, report
        assert report.schema_version == LATEST
        if found >= FIRST_POPULATED:
            with vault.read() as conn:
                empty = [t for t, n in _counts(conn).items() if n == 0]
            assert not empty, f"fixture data lost in the upgrade: {empty}"
    recovery = (fixture / "RECOVERY_KEY.txt").read_text().strip()
    Vault.unlock_with_recovery(target, recovery).lock()


def test_populate_fills_every_listed_table(tmp_path: Path) -> None:
    """What the release script stores must cover every table, or the upgrade check is blind."""
    created = Vault.create(tmp_path / "v", PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                           actor="fixture")
    with created.vault as vault:
        populate(vault)
        with vault.read() as conn:
            counts = _counts(conn)
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")}
    empty = [t for t, n in counts.items() if n == 0]
    assert not empty, f"populate leaves these tables empty: {empty}"
    assert set(FILLED_TABLES) <= tables
