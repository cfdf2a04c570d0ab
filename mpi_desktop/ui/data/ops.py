"""What the data dialogs run on the runner's worker thread: plain functions, no Qt.

Each composes the storage and interchange API the CLI uses, so the app and the
command line export, import, back up and erase in exactly the same way (same
checks, same audit entries).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from mpi_desktop.interchange import bundle
from mpi_desktop.interchange.export import ExportResult, export
from mpi_desktop.interchange.importer import ImportReport, import_file
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import arco, audit, backup, people_repo
from mpi_desktop.storage.backup import BackupInfo
from mpi_desktop.storage.records import RecordNotFound, Records, put_person
from mpi_desktop.storage.vault import Vault

#: Suffixes we suggest; the engines recognise files by their content, not their name.
BUNDLE_SUFFIX = ".mpiexp"
JSON_SUFFIX = ".json"
BACKUP_SUFFIX = ".mpibak"


def write_export(vault: Vault, request: ExportRequest, out: Path, *,
                 passphrase: str | None) -> ExportResult:
    """An encrypted bundle, or — ``passphrase`` None — plain JSON (audited as such).

    The save dialog already asked before replacing an existing file, so the
    export may overwrite it (atomically: the old file stays until the new one is
    complete)."""
    if request.kind == "person":
        return arco.access(vault, request.person_id or "", out, passphrase=passphrase,
                           plaintext=passphrase is None)
    return export(vault, request, out, passphrase=passphrase, plaintext=passphrase is None,
                  overwrite=True)


def is_encrypted_file(path: Path) -> bool:
    """True for an encrypted bundle (its magic bytes); False for anything else."""
    try:
        return bundle.is_bundle(path)
    except OSError:
        return False


def read_import(vault: Vault, path: Path, *, passphrase: str, on_duplicate: str
                ) -> ImportReport:
    """All or nothing: :class:`InvalidImport` lists every problem and nothing is written."""
    return import_file(vault, path, ask_passphrase=lambda: passphrase,
                       on_duplicate=on_duplicate)


@dataclass(frozen=True)
class BackupDone:
    info: BackupInfo
    #: The file was read back and its structure and checksum verified.
    verified: bool


def make_backup(vault: Vault, out: Path) -> BackupDone:
    info = backup.create_backup(vault, out)
    # Read it back: a backup that cannot be read is worse than none, because
    # people trust it.  (No secret is needed to check its structure and hash.)
    backup.read_backup(info.path)
    return BackupDone(info, verified=True)


def last_backup(vault: Vault) -> str | None:
    """When this vault was last backed up (UTC instant), from the audit log."""
    with vault.read() as conn:
        found = audit.entries(conn, limit=1, entity="vault", entity_id=vault.vault_id,
                              action_prefix="vault.backup")
    return found[0].at if found else None


def restore(source: Path, folder: Path, *, passphrase: str | None,
            recovery: str | None) -> Path | None:
    """Verify the backup fully, then put it in place; the previous vault is moved aside
    (never deleted).  Returns where it went, or None if there was no vault."""
    return backup.restore_backup(source, folder, passphrase=passphrase, recovery=recovery,
                                 force=True)


def cancel_plan(vault: Vault, person_id: str) -> arco.CancelPlan:
    return arco.plan_cancellation(vault, person_id)


def cancel_person(vault: Vault, person_id: str) -> arco.CancelReport:
    return arco.cancel(vault, person_id)


def oppose(vault: Vault, person_id: str, on: date) -> bool:
    return arco.oppose(vault, person_id, on=on)


def withdraw_opposition(records: Records, person_id: str) -> None:
    """The person withdraws their opposition: an ordinary, historied edit of the record."""
    with records.vault.write() as conn:
        person = people_repo.get(conn, person_id)
        if person is None:
            raise RecordNotFound("person", person_id)
        if person.arco_opposition:
            put_person(conn, replace(person, arco_opposition=False, opposition_date=None),
                       actor=records.actor)
