"""Export: resolve the scope, build the document, write it encrypted, audit it.

Reading, writing the file and the audit entry happen inside one write
transaction: the document is a consistent snapshot, and an export is audited if
and only if its file was written (a failed commit removes the file again).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mpi_desktop import __version__
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.interchange.bundle import write_bundle
from mpi_desktop.interchange.limits import DEFAULT
from mpi_desktop.interchange.reading import BUNDLE_KIND, ENTRY_NAME
from mpi_desktop.interchange.schema import FORMAT, VERSION, ordered_sections
from mpi_desktop.interchange.scope import ExportRequest, Resolved, resolve
from mpi_desktop.storage import audit, crypto
from mpi_desktop.storage.atomic import atomic_writer
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

#: Audit details list at most this many ids; counts are always complete.
MAX_AUDIT_IDS = 500
_WRITE_CHUNK = 256 * 1024


@dataclass(frozen=True)
class ExportResult:
    path: Path
    encrypted: bool
    kind: str
    counts: dict[str, int]
    excluded_people: int = 0
    excluded_cases: int = 0
    case_ids: tuple[str, ...] = field(default=())
    #: Size of the JSON document (inside the bundle when encrypted).
    json_bytes: int = 0

    @property
    def importable(self) -> bool:
        """False when the document exceeds what an import accepts (use a backup instead)."""
        return self.json_bytes <= DEFAULT.max_file_bytes


def build_document(conn: Connection, resolved: Resolved) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "exported_at": iso_utc(),
        "app_version": __version__, "scope": resolved.header,
    }
    for section in ordered_sections():
        doc[section.name] = section.export_items(conn, resolved.scope)
    return doc


def encode(doc: dict[str, Any], *, compact: bool = False) -> Iterator[bytes]:
    """The document as UTF-8 JSON in chunks, without one giant string in memory.

    Indented for people (a case, an ARCO access export); compact for a whole
    vault, where indentation would add a third to the size.
    """
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")) if compact else \
        json.JSONEncoder(ensure_ascii=False, indent=2)
    buffer: list[str] = []
    size = 0
    for piece in encoder.iterencode(doc):
        buffer.append(piece)
        size += len(piece)
        if size >= _WRITE_CHUNK:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    buffer.append("\n")
    yield "".join(buffer).encode("utf-8")


def _write(out: Path, doc: dict[str, Any], *, passphrase: str | None,
           kdf_params: crypto.KdfParams) -> int:
    """Write the document; return the size of its JSON."""
    size = 0

    def counted() -> Iterator[bytes]:
        nonlocal size
        for chunk in encode(doc, compact=doc["scope"]["kind"] == "all"):
            size += len(chunk)
            yield chunk

    if passphrase is None:
        with atomic_writer(out) as fh:
            for chunk in counted():
                fh.write(chunk)
    else:
        write_bundle(out, [(ENTRY_NAME, counted())], passphrase=passphrase,
                     kdf_params=kdf_params, kind=BUNDLE_KIND)
    return size


def _details(result: ExportResult, purpose: str | None) -> dict[str, Any]:
    details: dict[str, Any] = {"encrypted": result.encrypted, "format_version": VERSION,
                               **result.counts}
    if result.kind == "all":
        details["excluded_people"] = result.excluded_people
        details["excluded_cases"] = result.excluded_cases
    else:
        details["case_ids"] = list(result.case_ids[:MAX_AUDIT_IDS])
    if purpose:
        details["purpose"] = purpose
    return details


def export(vault: Vault, request: ExportRequest, out: Path, *, passphrase: str | None,
           plaintext: bool = False, kdf_params: crypto.KdfParams | None = None,
           overwrite: bool = False, purpose: str | None = None,
           also_in_transaction: Callable[[Connection, ExportResult], None] | None = None,
           ) -> ExportResult:
    """Write the export to ``out``: an encrypted bundle, or plain JSON if ``plaintext``.

    ``plaintext`` must be asked for explicitly (the CLI warns); it is recorded in
    the audit entry.  ``also_in_transaction`` lets ARCO access add its own entry.
    """
    if plaintext == (passphrase is not None):
        raise ValueError("give a bundle passphrase, or ask for plaintext explicitly")
    out = out.absolute()
    if out.exists() and not overwrite:
        raise RefusedForSafety("target exists")
    params = kdf_params or vault.keyfile.slots.passphrase.kdf
    written = False
    try:
        with vault.write() as conn:
            resolved = resolve(conn, request)
            doc = build_document(conn, resolved)
            size = _write(out, doc, passphrase=None if plaintext else passphrase,
                          kdf_params=params)
            written = True
            result = ExportResult(
                path=out, encrypted=not plaintext, kind=resolved.scope.kind,
                counts={s.name: len(doc[s.name]) for s in ordered_sections()},
                excluded_people=resolved.excluded_people,
                excluded_cases=resolved.excluded_cases, case_ids=resolved.scope.case_ids,
                json_bytes=size)
            entity, entity_id = {
                "all": ("vault", vault.vault_id),
                "case": ("case", resolved.header.get("case_id")),
                "person": ("person", resolved.header.get("person_id")),
            }[result.kind]
            audit.append(conn, actor=vault.actor, action=f"export.{result.kind}",
                         entity=entity, entity_id=entity_id, details=_details(result, purpose))
            if also_in_transaction is not None:
                also_in_transaction(conn, result)
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return result
