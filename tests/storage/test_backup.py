from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop import errors as e
from mpi_desktop.storage import audit, backup
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault
from tests.conftest import PASSPHRASE, snapshot


def _with_data(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.write() as conn:
        conn.execute("CREATE TABLE datos (x TEXT)")
        conn.executemany("INSERT INTO datos VALUES (?)", [(f"fila {i}",) for i in range(500)])


def test_backup_restore_round_trip(vault_dir: Path, tmp_path: Path, recovery_text: str) -> None:
    _with_data(vault_dir)
    out = tmp_path / "copia.mpibak"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        info = backup.create_backup(vault, out)
    assert info.size == out.stat().st_size
    assert out.stat().st_mode & 0o077 == 0
    assert b"fila 1" not in out.read_bytes()
    target = tmp_path / "restaurada"
    assert backup.restore_backup(out, target, passphrase=PASSPHRASE) is None
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert verify_vault(restored).ok
        with restored.read() as conn:
            assert conn.execute("SELECT count(*) FROM datos").fetchone()[0] == 500
            actions = [a.action for a in audit.entries(conn)]
        assert "vault.restore" in actions
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.read() as conn:
        assert "vault.backup" in [a.action for a in audit.entries(conn)]
    # The recovery key opens the backup too.
    target2 = tmp_path / "restaurada2"
    backup.restore_backup(out, target2, recovery=recovery_text)
    Vault.unlock(target2, PASSPHRASE).lock()


def test_restore_never_overwrites_without_force(vault_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "copia.mpibak"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        backup.create_backup(vault, out)
    _with_data(vault_dir)
    before = snapshot(vault_dir)
    with pytest.raises(e.VaultExists):
        backup.restore_backup(out, vault_dir, passphrase=PASSPHRASE)
    assert snapshot(vault_dir) == before
    aside = backup.restore_backup(out, vault_dir, passphrase=PASSPHRASE, force=True)
    assert aside is not None and aside.exists()
    assert snapshot(aside) == before  # the previous vault is kept, not deleted
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.read() as conn:
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'datos'").fetchone()[0] == 0


@pytest.mark.parametrize("where", ["magic", "header", "middle", "trailer", "truncate"])
def test_damaged_backup_is_refused_before_writing(vault_dir: Path, tmp_path: Path,
                                                  where: str) -> None:
    _with_data(vault_dir)
    out = tmp_path / "copia.mpibak"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        backup.create_backup(vault, out)
    data = bytearray(out.read_bytes())
    if where == "truncate":
        data = data[: len(data) // 2]
    else:
        offset = {"magic": 3, "header": 40, "middle": len(data) // 2, "trailer": len(data) - 5}
        data[offset[where]] ^= 0xFF
    out.write_bytes(bytes(data))
    target = tmp_path / "restaurada"
    with pytest.raises(e.BackupDamaged):
        backup.restore_backup(out, target, passphrase=PASSPHRASE)
    assert not target.exists()
    assert not list(tmp_path.glob(".restaurada*"))


def test_wrong_passphrase_for_backup(vault_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "copia.mpibak"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        backup.create_backup(vault, out)
    with pytest.raises(e.WrongPassphrase):
        backup.restore_backup(out, tmp_path / "x", passphrase="otra frase que no es la buena")
    assert not (tmp_path / "x").exists()
