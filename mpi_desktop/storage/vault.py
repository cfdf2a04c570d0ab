"""The vault: a folder with ``vault.db`` (SQLCipher) and ``vault.keys`` (key slots).

Life of a vault object: ``create`` or ``unlock`` → many ``write()``/``read()``
blocks, each one transaction → ``lock()``, which closes the connection and drops
the key.  See docs/VAULT.md for the formats and the threat model.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from mpi_desktop import __version__
from mpi_desktop.domain import passphrase_policy
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import (
    KeyFileMissing,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMismatch,
    VaultNotFound,
    WeakPassphrase,
)
from mpi_desktop.storage import audit, crypto, dberrors, faults, recovery_key
from mpi_desktop.storage.atomic import fsync_dir, remove_stale_temps
from mpi_desktop.storage.connection import Connection, close_quietly, open_encrypted
from mpi_desktop.storage.filelock import FolderLock
from mpi_desktop.storage.keyfile import KeyFile, PassphraseKek, derive_new_kek, new_slots
from mpi_desktop.storage.migrations import migrate

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
REKEY_DB_NAME = "vault.db.rekey"


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def keys_path(folder: Path) -> Path:
    return folder / KEYS_NAME


def exists(folder: Path) -> bool:
    return db_path(folder).exists() or keys_path(folder).exists()


def load_keyfile(folder: Path) -> KeyFile:
    """Read the key file, telling apart 'no vault here' from 'key file missing'."""
    if not keys_path(folder).exists():
        if db_path(folder).exists():
            raise KeyFileMissing(keys_path(folder))
        raise VaultNotFound(folder)
    return KeyFile.load(keys_path(folder))


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "usuario"


@dataclass
class Timings:
    kdf_ms: float = 0.0
    open_ms: float = 0.0
    migrate_from: int = 0


@dataclass
class Created:
    vault: Vault
    recovery_key: str


@dataclass
class Vault:
    folder: Path
    keyfile: KeyFile
    _key: bytearray
    _conn: Connection | None
    _folder_lock: FolderLock
    actor: str
    timings: Timings = field(default_factory=Timings)
    _mutex: threading.RLock = field(default_factory=threading.RLock)

    # --- creation -------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf_params: crypto.KdfParams,
               actor: str | None = None) -> Created:
        """Create a new vault; return it unlocked with the recovery key to show once.

        Everything is built in a hidden sibling folder and renamed into place at
        the end, so a crash never leaves a half-made vault at ``folder``.
        """
        assessment = passphrase_policy.assess(passphrase)
        if not assessment.acceptable:
            raise WeakPassphrase(assessment.problems)
        folder = folder.absolute()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        for stale in folder.parent.glob(f".{folder.name}.creating-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = folder.parent / f".{folder.name}.creating-{secrets.token_hex(4)}"
        staging.mkdir(mode=0o700)
        try:
            vault_id = str(uuid.uuid4())
            data_key = os.urandom(crypto.KEY_BYTES)
            secret, recovery_text = recovery_key.generate()
            kek = derive_new_kek(passphrase, kdf_params)
            keyfile = KeyFile(vault_id=vault_id, created=iso_utc(),
                              slots=new_slots(vault_id=vault_id, data_key=data_key, kek=kek,
                                              recovery_public_key=crypto.recovery_public_key(secret)))
            conn = open_encrypted(db_path(staging), data_key, create=True)
            try:
                migrate(conn)
                actor = actor or default_actor()
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                    ("vault_id", vault_id), ("created", keyfile.created),
                    ("created_by_app", __version__),
                ])
                audit.append(conn, actor=actor, action="vault.create", entity="vault",
                             entity_id=vault_id)
                conn.execute("COMMIT")
            finally:
                conn.close()
            keyfile.save(keys_path(staging))
            faults.point("create.before_rename")
            if folder.exists():
                folder.rmdir()  # empty, checked above
            staging.rename(folder)
            fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls._open(folder, keyfile, data_key, actor=actor, log_unlock=False)
        return Created(vault=vault, recovery_key=recovery_text)

    # --- unlocking ------------------------------------------------------------
    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, actor: str | None = None) -> Vault:
        keyfile = load_keyfile(folder)
        start = time.perf_counter()
        kek = keyfile.derive_passphrase_kek(passphrase)
        kdf_ms = (time.perf_counter() - start) * 1000
        vault = cls.unlock_with_kek(folder, keyfile, kek, actor=actor)
        vault.timings.kdf_ms = kdf_ms
        return vault

    @classmethod
    def unlock_with_kek(cls, folder: Path, keyfile: KeyFile, kek: PassphraseKek, *,
                        actor: str | None = None) -> Vault:
        """Second half of unlocking, after the slow KDF ran (possibly on another thread)."""
        data_key = keyfile.open_passphrase(kek)
        if keyfile.pending is not None:
            from mpi_desktop.storage import rekey

            keyfile, data_key = rekey.resolve_pending(
                folder, keyfile, data_key, keyfile.open_passphrase(kek, pending=True))
        return cls._open(folder, keyfile, data_key, actor=actor)

    @classmethod
    def unlock_with_recovery(cls, folder: Path, typed_key: str, *,
                             actor: str | None = None) -> Vault:
        secret = recovery_key.parse(typed_key)  # typo → RecoveryKeyMistyped, before any crypto
        keyfile = load_keyfile(folder)
        data_key = keyfile.open_recovery(secret)
        if keyfile.pending is not None:
            from mpi_desktop.storage import rekey

            keyfile, data_key = rekey.resolve_pending(
                folder, keyfile, data_key, keyfile.open_recovery(secret, pending=True))
        vault = cls._open(folder, keyfile, data_key, actor=actor, log_unlock=False)
        vault.log("vault.unlock", entity="vault", entity_id=keyfile.vault_id,
                  details={"method": "recovery_key"})
        return vault

    @classmethod
    def _open(cls, folder: Path, keyfile: KeyFile, data_key: bytes, *, actor: str | None,
              log_unlock: bool = True) -> Vault:
        start = time.perf_counter()
        folder_lock = FolderLock(folder)
        folder_lock.acquire(exclusive=False)
        try:
            remove_stale_temps(folder)
            if keyfile.pending is None:
                # A rekey that died before recording its pending slots: its copy
                # was never in force and is just ciphertext garbage.
                for leftover in folder.glob(REKEY_DB_NAME + "*"):
                    leftover.unlink(missing_ok=True)
            conn = open_encrypted(db_path(folder), data_key)
        except BaseException:
            folder_lock.release()
            raise
        try:
            found = _check_and_migrate(conn, folder, keyfile)
        except BaseException as exc:
            close_quietly(conn)
            folder_lock.release()
            translated = dberrors.translate(exc, db_path(folder))
            if translated is not exc:
                raise translated from exc
            raise
        vault = cls(folder=folder, keyfile=keyfile, _key=bytearray(data_key), _conn=conn,
                    _folder_lock=folder_lock, actor=actor or default_actor())
        vault.timings.open_ms = (time.perf_counter() - start) * 1000
        vault.timings.migrate_from = found
        if log_unlock:
            vault.log("vault.unlock", entity="vault", entity_id=keyfile.vault_id,
                      details={"method": "passphrase"})
        return vault

    # --- state --------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def db_path(self) -> Path:
        return db_path(self.folder)

    @property
    def keys_path(self) -> Path:
        return keys_path(self.folder)

    def data_key(self) -> bytes:
        """For backup/rekey inside storage only; never shown, logged or stored elsewhere."""
        if not self._key:
            raise VaultLocked("vault is locked")
        return bytes(self._key)

    def _require_conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked("vault is locked")
        return self._conn

    # --- transactions -----------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One user action = one transaction: everything commits, or nothing does."""
        with self._mutex:
            conn = self._require_conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                faults.point("vault.before_commit")
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(Exception):
                    conn.execute("ROLLBACK")
                translated = dberrors.translate(exc, self.db_path)
                if translated is not exc:
                    raise translated from exc
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for several queries (a deferred read transaction)."""
        with self._mutex:
            conn = self._require_conn()
            nested = conn.in_transaction
            if not nested:
                conn.execute("BEGIN")
            try:
                yield conn
            except BaseException as exc:
                translated = dberrors.translate(exc, self.db_path)
                if translated is not exc:
                    raise translated from exc
                raise
            finally:
                if not nested:
                    with contextlib.suppress(Exception):
                        conn.execute("COMMIT")

    def log(self, action: str, *, entity: str | None = None, entity_id: str | None = None,
            details: dict[str, object] | None = None, conn: Connection | None = None) -> None:
        """Audit an action: inside the caller's transaction if given, else in its own."""
        if conn is not None:
            audit.append(conn, actor=self.actor, action=action, entity=entity,
                         entity_id=entity_id, details=details)
            return
        with self.write() as c:
            audit.append(c, actor=self.actor, action=action, entity=entity,
                         entity_id=entity_id, details=details)

    # --- passphrase ---------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *,
                          kdf_params: crypto.KdfParams | None = None,
                          reason: str = "passwd") -> None:
        """Re-wrap the data key under a new passphrase.  ``vault.db`` is not rewritten."""
        assessment = passphrase_policy.assess(new_passphrase)
        if not assessment.acceptable:
            raise WeakPassphrase(assessment.problems)
        params = kdf_params or self.keyfile.slots.passphrase.kdf
        kek = derive_new_kek(new_passphrase, params)
        slots = new_slots(vault_id=self.vault_id, data_key=self.data_key(), kek=kek,
                          recovery_public_key=self.keyfile.recovery_public_key)
        updated = replace(self.keyfile, slots=slots)
        updated.save(self.keys_path)
        self.keyfile = updated
        self.log("vault.passphrase_change", entity="vault", entity_id=self.vault_id,
                 details={"via": reason, "kdf_time_cost": params.time_cost,
                          "kdf_memory_kib": params.memory_kib})

    # --- locking ------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the database and forget the key.  Safe to call twice."""
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                close_quietly(self._conn)
                self._conn = None
            # Python cannot guarantee wiping memory; we zero our one mutable copy
            # and drop every reference we hold.
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = bytearray()
            self._folder_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _check_and_migrate(conn: Connection, folder: Path, keyfile: KeyFile) -> int:
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if has_meta:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None:
            raise VaultDamaged(db_path(folder), "vault id missing")
        if row[0] != keyfile.vault_id:
            raise VaultMismatch("key file belongs to another vault")
    elif conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise VaultDamaged(db_path(folder), "not an MPI Desktop vault")
    else:
        raise VaultDamaged(db_path(folder), "empty database")
    return migrate(conn, path=folder)
