"""Schema migrations over ``PRAGMA user_version``.

One small numbered step per module (``m0001_vault.py`` …), applied in order in a
single exclusive transaction and rolled back as a whole on error.  A vault whose
version is higher than the last step here was written by a newer app: refused
with SchemaTooNew, never touched.

Reserved step numbers for features in progress: 4 risk assessments and
protection plans, 5 digital-violence protocol, 6 CEM sessions and packets,
7 workshops and findings.

Once a step is released (a fixture vault for it exists in tests/fixtures/vaults)
it never changes; new needs get a new step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mpi_desktop.errors import SchemaTooNew
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.migrations import (
    m0001_vault,
    m0002_cases,
    m0003_drafts,
    m0004_risk_plans,
    m0005_digital_violence,
    m0006_cem,
    m0007_workshops_findings,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


MIGRATIONS: list[Migration] = [
    Migration(1, "vault: meta and audit log", m0001_vault.apply),
    Migration(2, "case records, history and search", m0002_cases.apply),
    Migration(3, "drafts", m0003_drafts.apply),
    Migration(4, "risk assessments and protection plans", m0004_risk_plans.apply),
    Migration(5, "digital-violence reviews and evidence", m0005_digital_violence.apply),
    Migration(6, "CEM sessions, agenda, acuerdos and packets", m0006_cem.apply),
    Migration(7, "workshops and open-source findings", m0007_workshops_findings.apply),
]

LATEST = MIGRATIONS[-1].version


def run_script(conn: Connection, script: str) -> None:
    """Execute statements one by one: ``executescript`` would COMMIT our transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement in migration")


def schema_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: Connection, *, path: Path | None = None) -> int:
    """Bring the schema to LATEST; return the version found before."""
    del path  # reserved for logging which vault was upgraded
    found = schema_version(conn)
    if found > LATEST:
        raise SchemaTooNew(found, LATEST)
    if found == LATEST:
        return found
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for step in MIGRATIONS:
            if step.version > found:
                step.apply(conn)
                conn.execute(f"PRAGMA user_version = {int(step.version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found
