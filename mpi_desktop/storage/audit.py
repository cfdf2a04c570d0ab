"""The bitácora: an append-only, hash-chained audit log inside the vault.

Each row's hash covers its own fields and the previous row's hash, so removing,
reordering or editing any row breaks the chain from that point on.  Rows carry
ids, action names, field names and counts — never content or secrets; the
``details`` validator enforces the shape.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import AuditChainBroken
from mpi_desktop.storage.connection import Connection

GENESIS = "0" * 64
_SCALARS = (str, int, bool, type(None))
MAX_DETAIL_TEXT = 200


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    details: dict[str, Any]
    hash: str


def _check_details(details: Mapping[str, Any]) -> None:
    for key, value in details.items():
        values = value if isinstance(value, list | tuple) else [value]
        for v in values:
            if not isinstance(v, _SCALARS):
                raise TypeError(f"audit detail {key!r} must hold ids, names or counts")
            if isinstance(v, str) and len(v) > MAX_DETAIL_TEXT:
                raise ValueError(f"audit detail {key!r} too long: content does not belong here")


def _digest(prev_hash: str, at: str, actor: str, action: str, entity: str | None,
            entity_id: str | None, details_json: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity, entity_id, details_json],
                         ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def append(conn: Connection, *, actor: str, action: str, entity: str | None = None,
           entity_id: str | None = None, details: Mapping[str, Any] | None = None) -> int:
    """Append one entry inside the caller's transaction; return its sequence number."""
    details = dict(details or {})
    _check_details(details)
    details_json = json.dumps(details, sort_keys=True, ensure_ascii=False,
                              separators=(",", ":"))
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = iso_utc()
    digest = _digest(prev, at, actor, action, entity, entity_id, details_json)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, details_json, prev, digest),
    )
    return int(seq)


def verify(conn: Connection) -> int:
    """Check the whole chain; return the number of entries or raise AuditChainBroken."""
    expected_prev = GENESIS
    expected_seq = 1
    cur = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, entity, entity_id, details, prev, digest in cur:
        if seq != expected_seq:
            raise AuditChainBroken(expected_seq, "missing entry")
        if prev != expected_prev:
            raise AuditChainBroken(seq, "previous hash does not match")
        if _digest(prev, at, actor, action, entity, entity_id, details) != digest:
            raise AuditChainBroken(seq, "entry altered")
        expected_prev = digest
        expected_seq += 1
    return expected_seq - 1


def entries(conn: Connection, *, limit: int = 200, offset: int = 0,
            entity: str | None = None, entity_id: str | None = None,
            action_prefix: str | None = None) -> list[AuditEntry]:
    where, params = [], []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    if action_prefix is not None:
        where.append("action LIKE ? ESCAPE '\\'")
        params.append(action_prefix.replace("%", "\\%").replace("_", "\\_") + "%")
    sql = "SELECT seq, at, actor, action, entity, entity_id, details, hash FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7]) for r in rows]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
