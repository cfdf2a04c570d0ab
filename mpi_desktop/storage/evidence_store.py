"""Evidence operations for the UI and CLI: one transaction per user action.

Hashing a file being attached happens before the transaction (50 MB need not
hold the vault), and is repeated while the bytes are stored.  When a read finds
damaged evidence the failed access is rolled back like any other, and the
detection itself is recorded in the item's chain of custody in a transaction
of its own: the moment damage was first seen matters to whoever relies on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage import evidence_export as ex
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

T = TypeVar("T")


class EvidenceStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> str:
        return self.vault.actor

    # --- reading without touching the content -----------------------------------------
    def for_case(self, case_id: str) -> list[ev.Evidence]:
        with self.vault.read() as conn:
            return ev.for_case(conn, case_id)

    def get(self, evidence_id: str) -> ev.Evidence:
        with self.vault.read() as conn:
            return ev.get(conn, evidence_id)

    def custody(self, evidence_id: str) -> list[ev.CustodyEntry]:
        with self.vault.read() as conn:
            return ev.custody(conn, evidence_id)

    # --- changes ------------------------------------------------------------------------------
    def attach(self, case_id: str, path: Path, source: ev.EvidenceSource, *,
               review_id: str | None = None) -> ev.Evidence:
        facts = ev.inspect_file(path)
        with self.vault.write() as conn:
            return ev.attach_file(conn, case_id=case_id, path=path, source=source,
                                  actor=self.actor, review_id=review_id, facts=facts)

    def update_source(self, evidence_id: str, source: ev.EvidenceSource) -> ev.Evidence:
        with self.vault.write() as conn:
            return ev.update_source(conn, evidence_id=evidence_id, source=source,
                                    actor=self.actor)

    def remove(self, evidence_id: str) -> None:
        with self.vault.write() as conn:
            ev.remove(conn, evidence_id=evidence_id, actor=self.actor)

    # --- content: every access is a custody event ----------------------------------------
    def _guarded(self, fn: Callable[[Connection], T]) -> T:
        try:
            with self.vault.write() as conn:
                return fn(conn)
        except ev.EvidenceDamaged as exc:
            self._note_damage(exc)
            raise

    def _note_damage(self, exc: ev.EvidenceDamaged) -> None:
        with self.vault.write() as conn:
            item = ev.get(conn, exc.evidence_id)
            ev.log_custody(conn, item, actor=self.actor, action=ev.DAMAGE_DETECTED)

    def read(self, evidence_id: str, *, action: str = ev.OPEN) -> tuple[ev.Evidence, bytes]:
        return self._guarded(lambda conn: ev.read_content(conn, evidence_id, actor=self.actor,
                                                          action=action))

    def export(self, evidence_id: str, target: Path, *,
               remove_metadata: bool = False) -> ex.ExportResult:
        return self._guarded(lambda conn: ex.export_file(
            conn, evidence_id=evidence_id, target=target, actor=self.actor,
            remove_metadata=remove_metadata))

    def package(self, case_id: str, out: Path, *, passphrase: str,
                evidence_ids: Iterable[str] | None = None, include_notes: bool = False,
                kdf_params: Any = None) -> ex.PackageResult:
        return self._guarded(lambda conn: ex.write_package(
            conn, case_id=case_id, out=out, passphrase=passphrase, actor=self.actor,
            evidence_ids=evidence_ids, include_notes=include_notes, kdf_params=kdf_params))

    def package_plain(self, case_id: str, folder: Path, *,
                      evidence_ids: Iterable[str] | None = None,
                      include_notes: bool = False) -> ex.PackageResult:
        return self._guarded(lambda conn: ex.write_plain_folder(
            conn, case_id=case_id, folder=folder, actor=self.actor, evidence_ids=evidence_ids,
            include_notes=include_notes))

    def verify_case(self, case_id: str) -> list[str]:
        """Ids of the case's items whose bytes no longer match their hash."""
        with self.vault.read() as conn:
            return [item.id for item in ev.for_case(conn, case_id)
                    if not ev.verify(conn, item.id)]
