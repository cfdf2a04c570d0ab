"""``mpi-desktop bench backup``: an encrypted backup of the whole workspace vault.

The vault side is the app's backup (a consistent snapshot through SQLite's
backup API into a scratch SQLCipher file, hashed, framed with the key file,
written atomically, audited).  The plain side is the same snapshot of the plain
twin through the same API into a plain file, hashed: what a backup would cost
without encryption.  Also timed: reading a backup back (header and trailing hash).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mpi_desktop.bench.report import Figure, Report, interleaved, time_ms
from mpi_desktop.bench.workspace import Workspace
from mpi_desktop.storage import backup
from mpi_desktop.storage.connection import close_quietly, open_plain


def _plain_backup(ws: Workspace, out: Path) -> None:
    out.unlink(missing_ok=True)
    src = open_plain(ws.plain_path)
    dst = open_plain(out)
    try:
        src.backup(dst)
    finally:
        close_quietly(dst)
        close_quietly(src)
    digest = hashlib.sha256()
    with out.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)


def run(ws: Workspace) -> Report:
    report = Report(f"Backup ({ws.cases} cases)")
    out = ws.scratch("backup")
    target = out / "vault.mpibak"
    plain_target = out / "plain-backup.db"
    vault = ws.unlock()
    try:
        def vault_backup() -> None:
            target.unlink(missing_ok=True)
            backup.create_backup(vault, target)
        figure = report.add(interleaved("encrypted backup of the whole vault", vault_backup,
                                        lambda: _plain_backup(ws, plain_target), repeat=3))
        size = target.stat().st_size
        db = (ws.vault_dir / "vault.db").stat().st_size
        figure.note = (f"{size / 1024 / 1024:.1f} MiB file (vault.db {db / 1024 / 1024:.1f} "
                       f"MiB); {size / 1024 / 1024 / max(figure.vault_ms / 1000, 1e-9):.0f} "
                       "MiB/s")
        report.add(Figure("read the backup back (header + hash check)",
                          time_ms(lambda: backup.read_backup(target), repeat=3)))
    finally:
        vault.lock()
    return report
