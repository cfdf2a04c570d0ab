"""Opening ``vault.db`` with SQLCipher and a raw data key.

Why each setting (see docs/VAULT.md):
* raw key ``x'…'``: SQLCipher runs no KDF of its own; no passphrase reaches SQL;
* ``cipher_log_level = NONE`` before anything else: SQLCipher otherwise writes
  HMAC failures to stderr, which leaks timing and clutters CLI output;
* ``cipher_version`` non-empty, or we are talking to plain SQLite and refuse;
* a read right after keying: a wrong key or a damaged first page shows only then;
* WAL + ``synchronous=FULL``: a commit acknowledged to the user survives power loss;
* ``temp_store = MEMORY``: sorts and temp tables never touch disk in plaintext;
* ``secure_delete``: freed pages are zeroed so erased people leave no trace;
* a large page cache: SQLCipher decrypts each page it reads, so re-reads are the
  cost; with the working set cached it runs close to plain SQLite.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from mpi_desktop.errors import UnsupportedCipher, VaultDamaged

if TYPE_CHECKING:
    # sqlcipher3 is a fork of the standard sqlite3 module with the same API;
    # borrow its type information.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError
    IntegrityError = sqlcipher3.IntegrityError

#: Negative = KiB.  Sized for a 50,000-case vault's hot pages; see docs/PERFORMANCE.md.
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


def key_pragma(data_key: bytes) -> str:
    hex_key = data_key.hex()
    # The key is our own random bytes rendered as hex: the regex makes the
    # interpolation provably safe (no user text ever reaches this string).
    if not _HEX_KEY.match(hex_key):
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


def _raw_connect(path: Path) -> Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per
    # user action.  check_same_thread=False: the UI uses one worker thread, and
    # the Vault serializes access with its own lock.
    conn: Connection = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    return conn


def open_encrypted(path: Path, data_key: bytes, *, create: bool = False,
                   scratch: bool = False) -> Connection:
    """Open and key ``path``; raise VaultDamaged if the first read fails.

    ``scratch`` is for throwaway copies (backup snapshots): no journal, so the
    copy is written once, straight into its own file.
    """
    if not create and not path.exists():
        raise VaultDamaged(path, "database file missing")
    if create and not path.exists():
        # SQLite would create the file with the umask's mode; create it private
        # first (its -wal and -shm files inherit this mode).
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = _raw_connect(path)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(data_key))
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise UnsupportedCipher("the sqlite module is not built with SQLCipher")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            # The data key came out of an authenticated slot, so it is right;
            # a failure here means page 1 (or the whole file) is damaged.
            raise VaultDamaged(path, str(exc)) from exc
        if scratch:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
        else:
            apply_settings(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_settings(conn: Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if not mode or str(mode[0]).lower() != "wal":
        raise VaultDamaged(Path("vault.db"), "cannot enable write-ahead logging")
    for pragma in (
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
        f"PRAGMA cache_size = -{CACHE_KIB}",
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        # Large WAL files are encrypted too, but checkpointing often keeps the
        # side file small and its pages short-lived.
        "PRAGMA wal_autocheckpoint = 1000",
    ):
        conn.execute(pragma)


def close_quietly(conn: Any) -> None:
    with contextlib.suppress(Exception):
        conn.close()


def open_plain(path: Path) -> Connection:
    """Plain SQLite with the same settings: only for benchmarks' side-by-side ratios."""
    conn = _raw_connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn
