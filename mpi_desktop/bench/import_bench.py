"""``mpi-desktop bench import``: 10,000 cases through the interchange engine.

Exports the first 10,000 cases of the workspace (their people and events, with
what the other sections hold for them) as one interchange document, then imports
it — strict validation, all checks, one transaction — into a new empty vault and,
side by side, into a new plain SQLite database with the same schema.  Both
sides run the same Python (decoding, validation, field history, search index);
the difference is the encrypted pages written.
"""

from __future__ import annotations

import gc
from pathlib import Path

from mpi_desktop.bench.report import Report, interleaved
from mpi_desktop.bench.workspace import PASSPHRASE, Workspace, plain_vault
from mpi_desktop.interchange.export import build_document, encode
from mpi_desktop.interchange.importer import ImportReport, import_bytes
from mpi_desktop.interchange.scope import Resolved
from mpi_desktop.interchange.sections import ExportScope
from mpi_desktop.storage import crypto
from mpi_desktop.storage.connection import Connection, open_plain
from mpi_desktop.storage.migrations import migrate
from mpi_desktop.storage.vault import Vault

CASES = 10_000


def _scope(conn: Connection, cases: int) -> Resolved:
    case_ids = [r[0] for r in conn.execute(
        "SELECT id FROM case_file WHERE opposition = 0 ORDER BY folio_year, folio_seq LIMIT ?",
        (cases,))]
    people: dict[str, None] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        people.update(dict.fromkeys(r[0] for r in conn.execute(
            f"SELECT person_id FROM case_person WHERE case_id IN ({marks})", chunk)))
    # Kind "case" (a set of cases with their people): vault-wide collections
    # (sessions, workshops, findings) stay out, as they would in a case transfer.
    return Resolved(ExportScope("case", tuple(case_ids), tuple(people)), {"kind": "all"})


def _document(conn: Connection, cases: int) -> bytes:
    doc = build_document(conn, _scope(conn, cases))
    return b"".join(encode(doc, compact=True))


def run(ws: Workspace, *, cases: int = CASES) -> Report:
    cases = min(cases, ws.cases)
    report = Report(f"Import of {cases} cases")
    out = ws.scratch("import")
    vault = ws.unlock()
    plain_conn = ws.open_plain()
    data = b""
    try:
        with plain_vault(ws, plain_conn) as plain:
            def export(v: Vault) -> None:
                nonlocal data
                with v.read() as conn:
                    data = _document(conn, cases)
            report.add(interleaved(f"export {cases} cases (read, build, encode JSON)",
                                   lambda: export(vault), lambda: export(plain), repeat=1))
    finally:
        vault.lock()
        plain_conn.close()
    report.extra.append(f"document: {len(data) / 1024 / 1024:.1f} MiB of JSON")
    gc.collect()

    target = Vault.create(out / "vault", PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                          actor="bench").vault
    plain_target = _new_plain(out / "plain.db")
    results: list[ImportReport] = []
    try:
        with plain_vault(ws, plain_target) as plain_side:
            figure = interleaved(f"import {cases} cases into an empty vault",
                                 lambda: results.append(import_bytes(target, data)),
                                 lambda: results.append(import_bytes(plain_side, data)),
                                 repeat=1)
            written = results[0].written
            figure.note = (f"{cases / max(figure.vault_ms / 1000, 1e-9):.0f} cases/s; "
                           + ", ".join(f"{n} {k}" for k, n in written.items() if n))
            report.add(figure)
            same = results[0].written == results[1].written
            report.extra.append("both sides wrote the same records" if same else
                                "WARNING: the sides wrote different records")
    finally:
        target.lock()
        plain_target.close()
    return report


def _new_plain(path: Path) -> Connection:
    conn = open_plain(path)
    migrate(conn)
    conn.execute("INSERT INTO meta (key, value) SELECT 'vault_id', 'bench'"
                 " WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'vault_id')")
    return conn
