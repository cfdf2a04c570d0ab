"""Files we write ourselves: temp file (0600) → data → fsync → atomic rename → fsync dir.

A crash at any point leaves either the old file or the new one, never a mix; a
full disk leaves the old file and no temp file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from mpi_desktop.errors import StorageFull, StorageIOError
from mpi_desktop.storage import faults

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def fsync_dir(path: Path) -> None:
    """Make a rename durable.  Windows cannot open directories; rename is durable there."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def open_private(path: Path) -> BinaryIO:
    """Create a new file readable only by its owner, before any data is written to it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    return os.fdopen(fd, "wb")


def translate_os_error(exc: OSError, path: Path) -> Exception:
    if exc.errno in _FULL_ERRNOS:
        return StorageFull(path)
    return StorageIOError(path, exc.strerror or str(exc))


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a private temp file; on success it replaces ``target`` atomically."""
    tmp = _temp_path(target)
    try:
        fh = open_private(tmp)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    try:
        with fh:
            yield fh
            fh.flush()
            faults.point("atomic.before_fsync")
            os.fsync(fh.fileno())
        faults.point("atomic.before_rename")
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _discard(tmp)
        raise translate_os_error(exc, target) from exc
    except BaseException:
        _discard(tmp)
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)


def write_with(target: Path, produce: Callable[[BinaryIO], None]) -> None:
    with atomic_writer(target) as fh:
        produce(fh)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def remove_stale_temps(folder: Path) -> None:
    """Remove temp files left by a killed process (they never replaced anything)."""
    if not folder.is_dir():
        return
    for p in folder.glob(".*.tmp"):
        _discard(p)
