"""Every released schema's fixture vault opens and upgrades with the current app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mpi_desktop.storage.migrations import LATEST
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"
PASSPHRASE = "fixture de esquema tejocote azul"
RELEASED = sorted(FIXTURES.glob("schema-*"), key=lambda p: int(p.name.split("-")[1]))


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
    recovery = (fixture / "RECOVERY_KEY.txt").read_text().strip()
    Vault.unlock_with_recovery(target, recovery).lock()
