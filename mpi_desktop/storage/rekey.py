"""Re-encrypt the whole vault under a new data key, surviving a crash at any step.

Steps (each a durable state):
1. copy the database page by page into ``vault.db.rekey`` keyed with the new key;
   verify it;
2. write ``vault.keys`` with the current slots plus *pending* slots for the new
   key (same passphrase salt, same recovery public key);
3. swap ``vault.db.rekey`` → ``vault.db`` (atomic rename);
4. write ``vault.keys`` with the new slots only.

On the next unlock, :func:`resolve_pending` finishes or undoes a rekey that was
interrupted: a leftover ``vault.db.rekey`` means step 3 never happened (undo);
otherwise whichever key opens ``vault.db`` wins.  The recovery key stays valid
throughout because the recovery slot only needs its public key to wrap.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from pathlib import Path

from mpi_desktop.errors import VaultDamaged, WrongPassphrase
from mpi_desktop.storage import crypto, faults
from mpi_desktop.storage.atomic import fsync_dir
from mpi_desktop.storage.connection import close_quietly, open_encrypted
from mpi_desktop.storage.keyfile import KeyFile, new_slots
from mpi_desktop.storage.vault import REKEY_DB_NAME, Vault, db_path, keys_path


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def rekey(vault: Vault, passphrase: str) -> None:
    """Re-encrypt ``vault`` under a fresh data key.  Needs the passphrase again."""
    kek = vault.keyfile.derive_passphrase_kek(passphrase)
    if vault.keyfile.open_passphrase(kek) != vault.data_key():
        raise WrongPassphrase
    folder = vault.folder
    vault._folder_lock.acquire(exclusive=True)  # no other process may hold the file open
    try:
        tmp = folder / REKEY_DB_NAME
        for p in [tmp, *_side_files(tmp)]:
            _remove(p)
        new_key = os.urandom(crypto.KEY_BYTES)
        with vault._mutex:
            src = vault._require_conn()
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dst = open_encrypted(tmp, new_key, create=True)
            try:
                src.backup(dst)
                check = dst.execute("PRAGMA quick_check").fetchone()
                if not check or check[0] != "ok":
                    raise VaultDamaged(tmp, "re-encrypted copy failed its check")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                close_quietly(dst)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            faults.point("rekey.after_copy")

            pending = new_slots(vault_id=vault.vault_id, data_key=new_key, kek=kek,
                                recovery_public_key=vault.keyfile.recovery_public_key)
            replace(vault.keyfile, pending=pending).save(keys_path(folder))
            faults.point("rekey.after_pending")

            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            src.close()
            vault._conn = None
            _swap_in(folder)
            faults.point("rekey.after_swap")

            final = KeyFile(vault_id=vault.vault_id, created=vault.keyfile.created, slots=pending)
            final.save(keys_path(folder))
            vault.keyfile = final
            vault._key[:] = new_key
            vault._conn = open_encrypted(db_path(folder), new_key)
    finally:
        vault._folder_lock.downgrade()
    vault.log("vault.rekey", entity="vault", entity_id=vault.vault_id)


def _swap_in(folder: Path) -> None:
    db = db_path(folder)
    tmp = folder / REKEY_DB_NAME
    for side in _side_files(tmp):
        if side.exists() and side.stat().st_size:
            raise VaultDamaged(tmp, "re-encrypted copy was not checkpointed")
        _remove(side)
    # The old database's -wal was truncated by the checkpoint; an old WAL must
    # never be replayed onto the new file.
    for side in _side_files(db):
        _remove(side)
    os.replace(tmp, db)
    fsync_dir(folder)


def resolve_pending(folder: Path, keyfile: KeyFile, current_key: bytes,
                    pending_key: bytes) -> tuple[KeyFile, bytes]:
    """Finish or undo an interrupted rekey; return the key file and key now in force."""
    assert keyfile.pending is not None
    tmp = folder / REKEY_DB_NAME
    if tmp.exists():
        for p in [tmp, *_side_files(tmp)]:
            _remove(p)
        undone = replace(keyfile, pending=None)
        undone.save(keys_path(folder))
        return undone, current_key
    try:
        conn = open_encrypted(db_path(folder), pending_key)
    except VaultDamaged:
        # Rename never happened and the copy is gone: the old key still rules.
        undone = replace(keyfile, pending=None)
        undone.save(keys_path(folder))
        return undone, current_key
    close_quietly(conn)
    finished = KeyFile(vault_id=keyfile.vault_id, created=keyfile.created, slots=keyfile.pending)
    finished.save(keys_path(folder))
    return finished, pending_key
