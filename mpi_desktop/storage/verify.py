"""Full vault check: key file, SQLCipher page HMACs, SQLite structure, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from mpi_desktop.errors import AuditChainBroken
from mpi_desktop.storage import audit
from mpi_desktop.storage.connection import DatabaseError
from mpi_desktop.storage.vault import Vault


@dataclass
class VerifyReport:
    cipher_problems: list[str] = field(default_factory=list)
    integrity_problems: list[str] = field(default_factory=list)
    foreign_key_problems: int = 0
    audit_entries: int = 0
    audit_problem: str | None = None
    schema_version: int = 0

    @property
    def ok(self) -> bool:
        return not (self.cipher_problems or self.integrity_problems
                    or self.foreign_key_problems or self.audit_problem)


def verify_vault(vault: Vault) -> VerifyReport:
    """The key file was already verified by unlocking (checksum + authenticated slot)."""
    report = VerifyReport()
    with vault._mutex:
        conn = vault._require_conn()
        try:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            report.cipher_problems = [str(r[0]) for r in rows]
        except DatabaseError as exc:
            report.cipher_problems = [str(exc)]
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            report.integrity_problems = [str(r[0]) for r in rows if r[0] != "ok"]
        except DatabaseError as exc:
            report.integrity_problems = [str(exc)]
        try:
            report.foreign_key_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
            report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            report.audit_entries = audit.verify(conn)
        except AuditChainBroken as exc:
            report.audit_problem = f"{exc.seq}: {exc.detail}"
        except DatabaseError as exc:
            report.audit_problem = str(exc)
    return report
