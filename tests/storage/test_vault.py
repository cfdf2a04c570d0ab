from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mpi_desktop import errors as e
from mpi_desktop.storage import audit, crypto
from mpi_desktop.storage.connection import open_encrypted
from mpi_desktop.storage.migrations import LATEST
from mpi_desktop.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, snapshot


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_create_lays_out_private_files(tmp_path: Path, fast_kdf: crypto.KdfParams) -> None:
    created = Vault.create(tmp_path / "v", PASSPHRASE, kdf_params=fast_kdf)
    created.vault.lock()
    folder = tmp_path / "v"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("vault.db", "vault.keys"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    doc = json.loads((folder / "vault.keys").read_text())
    assert doc["format"] == "mpi-desktop-vault-keys"
    assert set(doc["slots"]) == {"passphrase", "recovery"}
    assert doc["slots"]["passphrase"]["kdf"]["alg"] == "argon2id"
    # SQLCipher: no SQLite header in clear.
    assert not (folder / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert not list(tmp_path.glob(".v.creating-*"))


def test_create_refuses_weak_passphrase_and_existing_folder(
        tmp_path: Path, fast_kdf: crypto.KdfParams, vault_dir: Path) -> None:
    with pytest.raises(e.WeakPassphrase) as info:
        Vault.create(tmp_path / "weak", "contraseña123", kdf_params=fast_kdf)
    assert info.value.problems
    assert not (tmp_path / "weak").exists()
    before = snapshot(vault_dir)
    with pytest.raises(e.VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf_params=fast_kdf)
    assert snapshot(vault_dir) == before


def test_unlock_logs_and_lock_drops_everything(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with vault.read() as conn:
        actions = [a.action for a in audit.entries(conn)]
    assert actions[:2] == ["vault.unlock", "vault.create"]
    assert vault.timings.kdf_ms > 0
    vault.lock()
    assert not vault.is_open
    assert vault._key == bytearray()
    with pytest.raises(e.VaultLocked):
        vault.data_key()
    with pytest.raises(e.VaultLocked), vault.write():
        pass
    vault.lock()  # twice is fine


def test_wrong_passphrase_changes_nothing(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    with pytest.raises(e.WrongPassphrase):
        Vault.unlock(vault_dir, "no es la frase correcta de ninguna manera")
    assert snapshot(vault_dir) == before


def test_recovery_key_alone_unlocks_and_sets_new_passphrase(
        vault_dir: Path, recovery_text: str) -> None:
    with Vault.unlock_with_recovery(vault_dir, recovery_text.lower()) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, reason="recovery")
    with pytest.raises(e.WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, NEW_PASSPHRASE).lock()
    # The recovery key keeps working after the change.
    Vault.unlock_with_recovery(vault_dir, recovery_text).lock()


def test_mistyped_recovery_key_reported_before_any_decryption(
        vault_dir: Path, recovery_text: str) -> None:
    groups = recovery_text.split("-")
    bad = groups[2][0].replace("A", "B") if groups[2][0] == "A" else "A"
    groups[2] = bad + groups[2][1:]
    with pytest.raises(e.RecoveryKeyMistyped) as info:
        Vault.unlock_with_recovery(vault_dir, "-".join(groups))
    assert info.value.group == 3


def test_recovery_key_of_another_vault(vault_dir: Path, tmp_path: Path,
                                       fast_kdf: crypto.KdfParams) -> None:
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf_params=fast_kdf)
    other.vault.lock()
    with pytest.raises(e.WrongRecoveryKey):
        Vault.unlock_with_recovery(vault_dir, other.recovery_key)


def test_change_passphrase_rewraps_only(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        db_before = (vault_dir / "vault.db").read_bytes()
        keys_before = (vault_dir / "vault.keys").read_bytes()
        vault.change_passphrase(NEW_PASSPHRASE)
        # The passphrase change is audited in the WAL; the main file is untouched.
        assert (vault_dir / "vault.db").read_bytes() == db_before
        assert (vault_dir / "vault.keys").read_bytes() != keys_before
    with pytest.raises(e.WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, NEW_PASSPHRASE) as vault, vault.read() as conn:
        assert any(a.action == "vault.passphrase_change" for a in audit.entries(conn))


def test_change_passphrase_refuses_weak(vault: Vault) -> None:
    with pytest.raises(e.WeakPassphrase):
        vault.change_passphrase("hola")


def test_missing_vault_and_missing_key_file(tmp_path: Path, vault_dir: Path) -> None:
    with pytest.raises(e.VaultNotFound):
        Vault.unlock(tmp_path / "nothing", PASSPHRASE)
    (vault_dir / "vault.keys").unlink()
    with pytest.raises(e.KeyFileMissing):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("offset", [10, 200, 600])
def test_flipped_byte_in_key_file_is_damage_not_wrong_passphrase(
        vault_dir: Path, offset: int) -> None:
    flip_byte(vault_dir / "vault.keys", offset)
    before = snapshot(vault_dir)
    with pytest.raises(e.KeyFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_truncated_or_garbage_key_file(vault_dir: Path) -> None:
    keys = vault_dir / "vault.keys"
    keys.write_bytes(keys.read_bytes()[:100])
    with pytest.raises(e.KeyFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    keys.write_bytes(b"\x00" * 300)
    with pytest.raises(e.KeyFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_flipped_byte_in_page_one_is_damage(vault_dir: Path) -> None:
    flip_byte(vault_dir / "vault.db", 100)
    before = snapshot(vault_dir)
    with pytest.raises(e.VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before  # never "repaired" into a new empty vault


def test_flipped_byte_in_later_page_is_damage(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.write() as conn:
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    size = (vault_dir / "vault.db").stat().st_size
    assert size > 20 * 4096
    flip_byte(vault_dir / "vault.db", size - 4096 + 300)  # inside the last page
    from mpi_desktop.storage.verify import verify_vault
    try:
        vault = Vault.unlock(vault_dir, PASSPHRASE)
    except e.VaultDamaged:
        return  # the damaged page was needed to unlock: reported as damage, fine
    with vault:
        report = verify_vault(vault)
        assert not report.ok
        assert report.cipher_problems
        with pytest.raises(e.VaultDamaged), vault.read() as conn:
            conn.execute("SELECT count(*), max(length(x)) FROM filler").fetchall()


def test_vault_newer_than_app_is_refused_untouched(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    key = vault.data_key()
    vault.lock()
    conn = open_encrypted(vault_dir / "vault.db", key)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = snapshot(vault_dir)
    with pytest.raises(e.SchemaTooNew) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert info.value.found == LATEST + 5
    assert snapshot(vault_dir) == before


def test_key_file_from_another_vault(vault_dir: Path, tmp_path: Path,
                                     fast_kdf: crypto.KdfParams) -> None:
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf_params=fast_kdf)
    other.vault.lock()
    (vault_dir / "vault.keys").write_bytes((tmp_path / "other" / "vault.keys").read_bytes())
    # The other vault's key opens a slot but cannot decrypt this database.
    with pytest.raises((e.VaultDamaged, e.VaultMismatch)):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_write_is_all_or_nothing(vault: Vault) -> None:
    with vault.write() as conn:
        conn.execute("CREATE TABLE t (x INTEGER UNIQUE)")
    with pytest.raises(RuntimeError), vault.write() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("user action failed half-way")
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_connection_settings(vault: Vault) -> None:
    with vault.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA cache_size").fetchone()[0] <= -32 * 1024
        assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def test_second_process_cannot_rekey_while_open(vault: Vault, vault_dir: Path) -> None:
    from mpi_desktop.storage.filelock import FolderLock

    other = FolderLock(vault_dir)
    with pytest.raises(e.RefusedForSafety):
        other.acquire(exclusive=True)
    other.release()


def test_folder_permissions_of_key_file_after_passwd(vault: Vault) -> None:
    vault.change_passphrase(NEW_PASSPHRASE)
    mode = stat.S_IMODE(os.stat(vault.keys_path).st_mode)
    assert mode == 0o600
