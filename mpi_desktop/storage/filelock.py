"""Advisory lock on a vault folder.

Every open vault holds a shared lock on ``vault.lock``; operations that replace
``vault.db`` (rekey, restore over an existing vault) need it exclusively, so they
can never pull the file out from under another running copy of the app.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from mpi_desktop.errors import RefusedForSafety

LOCK_NAME = "vault.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # Windows offers one mode only
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> bool:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool) -> None:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _lock(self._fd, exclusive):
            if exclusive:
                raise RefusedForSafety("vault in use by another process")
            raise RefusedForSafety("vault locked exclusively by another process")

    def downgrade(self) -> None:
        if self._fd is not None and os.name != "nt":
            _lock(self._fd, exclusive=False)

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
