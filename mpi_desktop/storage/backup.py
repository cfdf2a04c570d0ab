"""One-file encrypted backups and verified restores.

File layout (docs/VAULT.md):

    magic "MPIVAULTBACKUP01" (16 bytes)
    header length (4 bytes, big endian) + header JSON (UTF-8)
    database bytes (SQLCipher pages under the vault's data key)
    SHA-256 of everything above (32 bytes)

The header carries the key file (wrapped keys only), sizes and hashes.  Nothing
in the file is readable without the passphrase or the recovery key.  Restore
checks the trailer hash, unwraps the key, writes the database to a private
staging folder, runs SQLCipher's and SQLite's integrity checks and the audit chain,
and only then renames it into place.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import shutil
import struct
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from mpi_desktop import __version__
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import (
    BackupDamaged,
    MpiError,
    RefusedForSafety,
    VaultDamaged,
    VaultExists,
)
from mpi_desktop.storage import audit, faults, recovery_key
from mpi_desktop.storage.atomic import atomic_writer, fsync_dir, translate_os_error
from mpi_desktop.storage.connection import close_quietly, open_encrypted
from mpi_desktop.storage.filelock import FolderLock
from mpi_desktop.storage.keyfile import KeyFile
from mpi_desktop.storage.vault import Vault, db_path, exists, keys_path

MAGIC = b"MPIVAULTBACKUP01"
FORMAT_VERSION = 1
MAX_HEADER = 256 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    db_size: int
    vault_id: str


def create_backup(vault: Vault, out: Path) -> BackupInfo:
    """Write a consistent snapshot of ``vault`` to ``out`` atomically."""
    out = out.absolute()
    workdir = Path(tempfile.mkdtemp(prefix=".mpi-backup-", dir=out.parent))
    try:
        snapshot = workdir / "snapshot.db"
        try:
            dst = open_encrypted(snapshot, vault.data_key(), create=True, scratch=True)
            try:
                with vault._mutex:
                    vault._require_conn().backup(dst)
            finally:
                close_quietly(dst)
        except OSError as exc:
            raise translate_os_error(exc, out) from exc
        except MpiError:
            raise
        except Exception as exc:
            # SQLite reports a full disk as its own error while writing the snapshot.
            from mpi_desktop.storage import dberrors

            translated = dberrors.translate(exc, out)
            if translated is not exc:
                raise translated from exc
            raise
        db_bytes_len = snapshot.stat().st_size
        db_hash = _sha256_file(snapshot)
        header = {
            "format": "mpi-desktop-backup", "version": FORMAT_VERSION,
            "created": iso_utc(), "app_version": __version__, "vault_id": vault.vault_id,
            "keyfile": base64.b64encode(vault.keyfile.to_bytes()).decode("ascii"),
            "db_size": db_bytes_len, "db_sha256": db_hash,
        }
        header_bytes = json.dumps(header, sort_keys=True).encode()

        def produce(fh: BinaryIO) -> None:
            digest = hashlib.sha256()
            for part in (MAGIC, struct.pack(">I", len(header_bytes)), header_bytes):
                fh.write(part)
                digest.update(part)
            with snapshot.open("rb") as src:
                while chunk := src.read(CHUNK):
                    fh.write(chunk)
                    digest.update(chunk)
                    faults.point("backup.mid_write")
            fh.write(digest.digest())

        with atomic_writer(out) as fh:
            produce(fh)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    vault.log("vault.backup", entity="vault", entity_id=vault.vault_id,
              details={"bytes": out.stat().st_size})
    return BackupInfo(out, out.stat().st_size, db_bytes_len, vault.vault_id)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class ParsedBackup:
    header: dict[str, Any]
    keyfile: KeyFile
    db_offset: int
    db_size: int


def read_backup(path: Path) -> ParsedBackup:
    """Check the structure and the trailing hash; no secret needed."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BackupDamaged(path, "not an MPI Desktop backup")
            (hlen,) = struct.unpack(">I", fh.read(4) or b"\0\0\0\0")
            if not 0 < hlen <= MAX_HEADER:
                raise BackupDamaged(path, "bad header length")
            header_bytes = fh.read(hlen)
            fh.seek(0)
            digest = hashlib.sha256()
            remaining = size - 32
            if remaining < len(MAGIC) + 4 + hlen:
                raise BackupDamaged(path, "truncated")
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    raise BackupDamaged(path, "truncated")
                digest.update(chunk)
                remaining -= len(chunk)
            if fh.read(32) != digest.digest():
                raise BackupDamaged(path, "checksum mismatch (truncated or altered)")
    except FileNotFoundError as exc:
        raise BackupDamaged(path, "file not found") from exc
    except struct.error as exc:
        raise BackupDamaged(path, "truncated") from exc
    try:
        header = json.loads(header_bytes)
        keyfile_bytes = base64.b64decode(header["keyfile"], validate=True)
        db_size = int(header["db_size"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(path, "header unreadable") from exc
    if header.get("format") != "mpi-desktop-backup" or header.get("version") != FORMAT_VERSION:
        raise BackupDamaged(path, "unsupported backup version")
    db_offset = len(MAGIC) + 4 + hlen
    if db_offset + db_size + 32 != size:
        raise BackupDamaged(path, "size mismatch")
    try:
        keyfile = KeyFile.from_bytes(keyfile_bytes, path)
    except MpiError as exc:
        raise BackupDamaged(path, "embedded key file damaged") from exc
    return ParsedBackup(header, keyfile, db_offset, db_size)


def restore_backup(source: Path, folder: Path, *, passphrase: str | None = None,
                   recovery: str | None = None, force: bool = False) -> Path | None:
    """Restore ``source`` into ``folder``.

    Returns the path where a previous vault was moved aside (with ``force``), or
    None.  The previous vault is never deleted: a restore can be undone by hand.
    """
    folder = folder.absolute()
    parsed = read_backup(source)
    if passphrase is not None:
        data_key = parsed.keyfile.open_passphrase(parsed.keyfile.derive_passphrase_kek(passphrase))
    elif recovery is not None:
        data_key = parsed.keyfile.open_recovery(recovery_key.parse(recovery))
    else:
        raise ValueError("passphrase or recovery key required")
    occupied = folder.exists() and (exists(folder) or any(folder.iterdir()))
    if occupied and not force:
        raise VaultExists(folder)

    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.parent / f".{folder.name}.restoring-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        _write_db(source, parsed, db_path(staging))
        if _sha256_file(db_path(staging)) != parsed.header.get("db_sha256"):
            raise BackupDamaged(source, "database hash mismatch")
        conn = open_encrypted(db_path(staging), data_key)
        try:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if problems:
                raise BackupDamaged(source, f"{len(problems)} damaged pages")
            check = conn.execute("PRAGMA integrity_check").fetchone()
            if not check or check[0] != "ok":
                raise BackupDamaged(source, "integrity check failed")
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if not row or row[0] != parsed.keyfile.vault_id:
                raise BackupDamaged(source, "key file and database do not match")
            audit.verify(conn)
        except VaultDamaged as exc:
            raise BackupDamaged(source, exc.detail) from exc
        finally:
            close_quietly(conn)
        parsed.keyfile.save(keys_path(staging))
        faults.point("restore.before_swap")
        moved_aside = _swap(staging, folder) if occupied else None
        if not occupied:
            if folder.exists():
                folder.rmdir()
            staging.rename(folder)
            fsync_dir(folder.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with Vault._open(folder, parsed.keyfile, data_key, actor=None, log_unlock=False) as vault:
        vault.log("vault.restore", entity="vault", entity_id=vault.vault_id,
                  details={"backup_created": str(parsed.header.get("created", ""))[:40],
                           "replaced_previous": moved_aside is not None})
    return moved_aside


def _write_db(source: Path, parsed: ParsedBackup, target: Path) -> None:
    try:
        with source.open("rb") as src, target.open("xb") as dst:
            os.chmod(target, 0o600)
            src.seek(parsed.db_offset)
            remaining = parsed.db_size
            while remaining:
                chunk = src.read(min(CHUNK, remaining))
                if not chunk:
                    raise BackupDamaged(source, "truncated")
                dst.write(chunk)
                remaining -= len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        raise translate_os_error(exc, target) from exc


def _swap(staging: Path, folder: Path) -> Path:
    """Move the existing vault aside (never deleted) and put the restored one in place."""
    lock = FolderLock(folder)
    lock.acquire(exclusive=True)
    try:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = folder.with_name(f"{folder.name}.before-restore-{stamp}")
        if aside.exists():
            raise RefusedForSafety("target exists")
        folder.rename(aside)
        staging.rename(folder)
        fsync_dir(folder.parent)
        return aside
    finally:
        lock.release()
