"""``mpi-desktop bench vault``: unlock split into key derivation and open; a small workload.

* key derivation at the parameters the app calibrates for this machine (about
  1 s by design: it is what makes guessing a stolen vault's passphrase slow)
  and at the floor the benchmark vault uses;
* opening the workspace's vault (keying, first read, checks, migrations, the
  unlock audit entry) against opening its plain twin;
* 500 single-row transactions and 500 indexed reads, vault vs plain.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from mpi_desktop.bench.report import Figure, Report, time_ms
from mpi_desktop.bench.workspace import PASSPHRASE, Workspace
from mpi_desktop.storage import audit, crypto
from mpi_desktop.storage.connection import Connection, open_plain
from mpi_desktop.storage.migrations import migrate
from mpi_desktop.storage.vault import Vault


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


def _open_plain(path: Path) -> float:
    start = time.perf_counter()
    conn = open_plain(path)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    ms = (time.perf_counter() - start) * 1000
    conn.close()
    return ms


def run(ws: Workspace, *, kdf_ms: int = crypto.DEFAULT_TARGET_MS, ops: int = 500) -> Report:
    report = Report("Vault: unlock and a small workload")
    calibration = crypto.calibrate(kdf_ms)
    params = calibration.params
    with tempfile.TemporaryDirectory(prefix="mpi-bench-") as tmp:
        root = Path(tmp)
        Vault.create(root / "vault", PASSPHRASE, kdf_params=params, actor="bench").vault.lock()
        small = Vault.unlock(root / "vault", PASSPHRASE, actor="bench")
        report.add(Figure("unlock: key derivation, app calibration", small.timings.kdf_ms,
                          note=f"Argon2id t={params.time_cost} m={params.memory_kib // 1024} "
                               f"MiB, calibrated to ~{kdf_ms} ms on purpose"))
        kdf, opens = [], []
        for _ in range(5):
            vault = ws.unlock()
            kdf.append(vault.timings.kdf_ms)
            opens.append(vault.timings.open_ms)
            vault.lock()
        plain_opens = [_open_plain(ws.plain_path) for _ in range(5)]
        floor = crypto.KdfParams.floor()
        report.add(Figure("unlock: key derivation, floor", statistics.median(kdf),
                          note=f"t={floor.time_cost} m={floor.memory_kib // 1024} MiB "
                               "(the benchmark vault)"))
        report.add(Figure(f"unlock: open {ws.cases}-case vault", statistics.median(opens),
                          statistics.median(plain_opens),
                          note="key, first read, checks, migrations, audit entry; plain: "
                               "open + same reads"))
        plain = open_plain(root / "plain.db")
        migrate(plain)
        conn = small._require_conn()
        report.add(Figure(f"write {ops} single-row transactions",
                          time_ms(lambda: _workload_write(conn, ops)),
                          time_ms(lambda: _workload_write(plain, ops)),
                          note="synchronous=FULL: one fsync each"))
        report.add(Figure(f"read {ops} indexed lookups",
                          time_ms(lambda: _workload_read(conn, ops), repeat=3),
                          time_ms(lambda: _workload_read(plain, ops), repeat=3)))
        plain.close()
        small.lock()
    return report
