"""``mpi-desktop bench vault``: unlock split into KDF and open; small workload vs plain SQLite."""

from __future__ import annotations

import tempfile
from pathlib import Path

from mpi_desktop.bench.report import Figure, Report, time_ms
from mpi_desktop.storage import audit, crypto
from mpi_desktop.storage.connection import Connection, open_plain
from mpi_desktop.storage.migrations import migrate
from mpi_desktop.storage.vault import Vault

PASSPHRASE = "banco de pruebas tejocote azul 2026"  # noqa: S105 - throwaway bench vault


def _workload_write(conn: Connection, n: int) -> None:
    for i in range(n):
        conn.execute("BEGIN IMMEDIATE")
        audit.append(conn, actor="bench", action="bench.write", entity="case",
                     entity_id=f"{i:08d}", details={"field": "status"})
        conn.execute("COMMIT")


def _workload_read(conn: Connection, n: int) -> None:
    for i in range(n):
        conn.execute("SELECT * FROM audit_log WHERE entity = ? AND entity_id = ?",
                     ("case", f"{i:08d}")).fetchall()
    conn.execute("SELECT count(*), max(seq) FROM audit_log").fetchone()


def run(kdf_ms: int = crypto.DEFAULT_TARGET_MS, ops: int = 500) -> Report:
    report = Report("MPI Desktop — vault benchmark")
    with tempfile.TemporaryDirectory(prefix="mpi-bench-") as tmp:
        root = Path(tmp)
        calibration = crypto.calibrate(kdf_ms)
        Vault.create(root / "vault", PASSPHRASE, kdf_params=calibration.params).vault.lock()
        vault = Vault.unlock(root / "vault", PASSPHRASE)
        report.add(Figure("unlock: key derivation (Argon2id)", vault.timings.kdf_ms,
                          note=f"t={calibration.params.time_cost} "
                               f"m={calibration.params.memory_kib // 1024}MiB"))
        report.add(Figure("unlock: open + checks + migrations", vault.timings.open_ms))
        plain = open_plain(root / "plain.db")
        migrate(plain)
        conn = vault._require_conn()
        report.add(Figure(f"write {ops} single-row transactions",
                          time_ms(lambda: _workload_write(conn, ops)),
                          time_ms(lambda: _workload_write(plain, ops))))
        report.add(Figure(f"read {ops} indexed lookups",
                          time_ms(lambda: _workload_read(conn, ops), repeat=3),
                          time_ms(lambda: _workload_read(plain, ops), repeat=3)))
        plain.close()
        vault.lock()
    return report
