"""Map SQLite/SQLCipher failures to the app's meaningful errors."""

from __future__ import annotations

from pathlib import Path

from mpi_desktop.errors import MpiError, StorageFull, StorageIOError, VaultDamaged
from mpi_desktop.storage.connection import DatabaseError

SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
_BY_MESSAGE = {
    "disk i/o error": SQLITE_IOERR,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
    "database or disk is full": SQLITE_FULL,
}


def translate(exc: BaseException, path: Path) -> BaseException:
    """Return the MpiError for a storage failure, or ``exc`` itself if it is a bug."""
    if not isinstance(exc, DatabaseError):
        return exc
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if not code:
        # sqlcipher3 does not expose error codes; SQLite's messages are stable.
        code = _BY_MESSAGE.get(str(exc).strip().lower(), 0)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return VaultDamaged(path, str(exc))
    if code == SQLITE_FULL:
        return StorageFull(path)
    if code == SQLITE_IOERR:
        return StorageIOError(path, str(exc))
    return exc


def is_mpi(exc: BaseException) -> bool:
    return isinstance(exc, MpiError)
