"""No plaintext of case data anywhere on disk (SECURITY.md rule 1)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from mpi_desktop.storage import backup
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.pages import contains_any, plaintext_of_vault

CANARY = "Canario Zyxwvutsrq Ñandú"


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_canary_absent_from_vault_temp_and_backup(vault_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "backups"
    out.mkdir()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key()
        with vault.write() as conn:
            conn.execute("CREATE TABLE notas (texto TEXT)")
            conn.executemany("INSERT INTO notas VALUES (?)",
                             [(f"{CANARY} {i}",) for i in range(300)])
        # A big sort would spill to a temp file if temp_store were not MEMORY.
        with vault.read() as conn:
            conn.execute("SELECT texto FROM notas ORDER BY texto DESC").fetchall()
        # Mid-session, with a live WAL:
        assert not contains_any(all_bytes(vault_dir), CANARY)
        assert contains_any(plaintext_of_vault(vault_dir, key), CANARY)  # the probe works
        backup.create_backup(vault, out / "copia.mpibak")
    for folder in (vault_dir, temp, out):
        assert not contains_any(all_bytes(folder), CANARY), folder
