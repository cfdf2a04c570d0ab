"""Evidence files inside the vault, with SHA-256 and a chain of custody.

Screenshots, exports and recordings are stored as BLOB chunks
(:data:`CHUNK_BYTES` each) in the encrypted database, so they share the
vault's encryption and backups and never exist as plaintext files.  At intake
the SHA-256 is computed; every later read recomputes it and a mismatch is
reported as damaged evidence instead of handing out altered bytes.

Every intake, access (preview, open), export and package adds a row to the
item's chain-of-custody log (who, when, what); the audit log gets the same
event with ids only.  An attach is one transaction: a crash or kill half-way
leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mpi_desktop.domain import dv_protocol
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.storage import audit, faults
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound

#: Largest file accepted.  Screen recordings beyond this belong on an encrypted
#: external medium referenced in the notes: the vault is backed up whole, and a
#: few such files would make every backup and transfer slow.
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
#: Size of one stored chunk: small enough that a 50 MB file is ~100 modest rows
#: (no giant row, no giant buffer), big enough to keep per-row overhead low.
CHUNK_BYTES = 512 * 1024
MAX_URL = 2000
MAX_NAME = 255
ENTITY = "evidence"

# Chain-of-custody actions.
INTAKE = "intake"
PREVIEW = "preview"
OPEN = "open"
EXPORT = "export"
PACKAGE = "package"
PACKAGE_PLAIN = "package_plain"
EDIT = "edit"
DAMAGE_DETECTED = "damage_detected"
INTERCHANGE_IMPORT = "interchange_import"
CUSTODY_ACTIONS = (INTAKE, PREVIEW, OPEN, EXPORT, PACKAGE, PACKAGE_PLAIN, EDIT,
                   DAMAGE_DETECTED, INTERCHANGE_IMPORT)


# --- errors --------------------------------------------------------------------------------


class EvidenceError(MpiError):
    exit_code = ExitCode.INVALID_INPUT


class EvidenceTooLarge(EvidenceError):
    def __init__(self, name: str, size: int, limit: int = MAX_EVIDENCE_BYTES) -> None:
        super().__init__(f"evidence file too large: {name}: {size} bytes (limit {limit})")
        self.name, self.size, self.limit = name, size, limit


class EvidenceUnreadable(EvidenceError):
    """The file cannot be read (missing, a folder, no permission, empty, changed)."""

    def __init__(self, name: str, reason: str, detail: str = "") -> None:
        super().__init__(f"cannot read evidence file {name}: {reason} {detail}".strip())
        #: 'missing' | 'not_a_file' | 'permission' | 'empty' | 'changed' | 'io'
        self.name, self.reason, self.detail = name, reason, detail


class DuplicateEvidence(EvidenceError):
    """The same bytes (same SHA-256) are already evidence in this case."""

    exit_code = ExitCode.REFUSED

    def __init__(self, existing: Evidence) -> None:
        super().__init__(f"duplicate of evidence {existing.id} ({existing.original_name})")
        self.existing = existing


class EvidenceDamaged(EvidenceError):
    """The stored bytes no longer match the SHA-256 taken at intake."""

    exit_code = ExitCode.DAMAGED

    def __init__(self, evidence_id: str, name: str, detail: str) -> None:
        super().__init__(f"evidence damaged: {evidence_id} ({name}): {detail}")
        self.evidence_id, self.name, self.detail = evidence_id, name, detail


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceSource:
    """Where the evidence came from and who preserved it (told at intake)."""

    source_url: str = ""
    source_handle: str = ""
    platform: str | None = None  # protocol platforms
    #: When the content was posted or sent (UTC ISO), if known.
    posted_at: str = ""
    collected_by: str = ""
    #: When it was collected (UTC ISO); defaults to the moment of intake.
    collected_at: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Evidence:
    case_id: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    source: EvidenceSource
    id: str = field(default_factory=new_id)
    review_id: str | None = None
    chunks: int = 0
    created_by: str = ""
    created_at: str = ""

    @property
    def is_image(self) -> bool:
        return self.media_type in PREVIEWABLE


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    evidence_id: str
    at: str
    actor: str
    action: str
    details: dict[str, Any]


PREVIEWABLE = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")

_COLUMNS = ("id", "case_id", "review_id", "sha256", "size", "media_type", "original_name",
            "source_url", "source_handle", "platform", "posted_at", "collected_by",
            "collected_at", "notes", "chunks", "created_by", "created_at")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM evidence"


def _from_row(r: Any) -> Evidence:
    return Evidence(id=r[0], case_id=r[1], review_id=r[2], sha256=r[3], size=int(r[4]),
                    media_type=r[5], original_name=r[6],
                    source=EvidenceSource(source_url=r[7], source_handle=r[8], platform=r[9],
                                          posted_at=r[10], collected_by=r[11],
                                          collected_at=r[12], notes=r[13]),
                    chunks=int(r[14]), created_by=r[15], created_at=r[16])


def get(conn: Connection, evidence_id: str) -> Evidence:
    row = conn.execute(_SELECT + " WHERE id = ?", (evidence_id,)).fetchone()
    if row is None:
        raise RecordNotFound(ENTITY, evidence_id)
    return _from_row(row)


def for_case(conn: Connection, case_id: str) -> list[Evidence]:
    rows = conn.execute(_SELECT + " WHERE case_id = ? ORDER BY created_at, id",
                        (case_id,)).fetchall()
    return [_from_row(r) for r in rows]


def find_by_hash(conn: Connection, case_id: str, sha256: str) -> Evidence | None:
    row = conn.execute(_SELECT + " WHERE case_id = ? AND sha256 = ?", (case_id, sha256)
                       ).fetchone()
    return _from_row(row) if row else None


def custody(conn: Connection, evidence_id: str) -> list[CustodyEntry]:
    rows = conn.execute(
        "SELECT seq, evidence_id, at, actor, action, details FROM evidence_custody"
        " WHERE evidence_id = ? ORDER BY seq", (evidence_id,)).fetchall()
    return [CustodyEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]


def log_custody(conn: Connection, evidence: Evidence, *, actor: str, action: str,
                details: dict[str, Any] | None = None, audited: bool = True) -> None:
    """One custody row, and the same event in the audit log (ids and flags only)."""
    details = dict(details or {})
    conn.execute(
        "INSERT INTO evidence_custody (evidence_id, at, actor, action, details)"
        " VALUES (?, ?, ?, ?, ?)",
        (evidence.id, iso_utc(), actor, action, json.dumps(details, sort_keys=True)))
    if audited:
        audit.append(conn, actor=actor, action=f"{ENTITY}.{action}", entity=ENTITY,
                     entity_id=evidence.id, details={"case": evidence.case_id, **details})


# --- validation -------------------------------------------------------------------------------


def _known_platforms() -> set[str]:
    lib = dv_protocol.library()
    codes: set[str] = set()
    for version in lib.versions():
        codes.update(lib.get(version).platforms.codes(active_only=False))
    return codes


def validate_source(source: EvidenceSource) -> list[v.Issue]:
    issues: list[v.Issue] = []
    if not source.collected_by.strip():
        issues.append(v.Issue("collected_by", "required"))
    for name, limit in (("source_url", MAX_URL), ("source_handle", v.MAX_SHORT),
                        ("collected_by", v.MAX_NAME), ("notes", v.MAX_TEXT)):
        if len(getattr(source, name)) > limit:
            issues.append(v.Issue(name, "too_long", {"limit": limit}))
    if source.platform is not None and source.platform not in _known_platforms():
        issues.append(v.Issue("platform", "unknown_code",
                              {"code": source.platform, "catalog": "platforms"}))
    return issues


# --- media types --------------------------------------------------------------------------------


def sniff_media_type(head: bytes, name: str) -> str:
    """Media type from the file's first bytes (its name can lie), then from its name."""
    signatures = (
        (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
        (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"%PDF-", "application/pdf"),
        (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"), (b"ID3", "audio/mpeg"),
        (b"OggS", "audio/ogg"), (b"fLaC", "audio/flac"), (b"\x1aE\xdf\xa3", "video/webm"),
        (b"PK\x03\x04", "application/zip"),
    )
    for magic, media in signatures:
        if head.startswith(magic):
            return media
    if head[:4] == b"RIFF" and len(head) >= 12:
        kind = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
        if head[8:12] in kind:
            return kind[head[8:12]]
    if head[4:8] == b"ftyp" and len(head) >= 12:
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1"):
            return "image/heic"
        if brand == b"qt  ":
            return "video/quicktime"
        if brand in (b"M4A ", b"M4B "):
            return "audio/mp4"
        return "video/mp4"
    if head.startswith(b"BM") and len(head) >= 14:
        return "image/bmp"
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


# --- intake ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileFacts:
    name: str
    size: int
    sha256: str
    media_type: str


def _open_error(path: Path, exc: OSError) -> EvidenceUnreadable:
    if isinstance(exc, FileNotFoundError):
        return EvidenceUnreadable(path.name, "missing")
    if isinstance(exc, PermissionError):
        return EvidenceUnreadable(path.name, "permission")
    if isinstance(exc, IsADirectoryError):
        return EvidenceUnreadable(path.name, "not_a_file")
    return EvidenceUnreadable(path.name, "io", exc.strerror or type(exc).__name__)


def _file_chunks(path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK_BYTES):
                yield chunk
    except OSError as exc:
        raise _open_error(path, exc) from exc


def inspect_file(path: Path) -> FileFacts:
    """Size check (before reading anything), then SHA-256 and media type, streaming."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if path.is_dir() or not path.is_file():
        raise EvidenceUnreadable(path.name, "not_a_file")
    if info.st_size > MAX_EVIDENCE_BYTES:
        raise EvidenceTooLarge(path.name, info.st_size)
    digest = hashlib.sha256()
    size = 0
    head = b""
    for chunk in _file_chunks(path):
        if not head:
            head = chunk[:64]
        digest.update(chunk)
        size += len(chunk)
        if size > MAX_EVIDENCE_BYTES:  # grew while we read it
            raise EvidenceTooLarge(path.name, size)
    if size == 0:
        raise EvidenceUnreadable(path.name, "empty")
    return FileFacts(name=path.name, size=size, sha256=digest.hexdigest(),
                     media_type=sniff_media_type(head, path.name))


def _store(conn: Connection, *, case_id: str, chunks: Iterable[bytes], facts: FileFacts,
           source: EvidenceSource, actor: str, review_id: str | None,
           evidence_id: str | None = None, created_at: str = "",
           log_action: str | None = INTAKE) -> Evidence:
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
        raise RecordNotFound("case", case_id)
    existing = find_by_hash(conn, case_id, facts.sha256)
    if existing is not None:
        raise DuplicateEvidence(existing)
    now = iso_utc()
    source = replace(source, collected_by=source.collected_by.strip() or actor,
                     collected_at=source.collected_at or now)
    v.ensure_valid(ENTITY, validate_source(source))
    name = facts.name[:MAX_NAME] or "evidencia"
    ev = Evidence(case_id=case_id, sha256=facts.sha256, size=facts.size,
                  media_type=facts.media_type, original_name=name, source=source,
                  review_id=review_id, created_by=actor, created_at=created_at or now)
    if evidence_id:
        ev = replace(ev, id=evidence_id)
    # The parent row first (foreign keys), its chunk count fixed at the end.
    conn.execute(f"INSERT INTO evidence ({', '.join(_COLUMNS)}) VALUES "
                 f"({', '.join('?' * len(_COLUMNS))})", _to_row(ev))
    digest = hashlib.sha256()
    size = seq = 0
    for chunk in chunks:
        digest.update(chunk)
        size += len(chunk)
        if size > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(name, size)
        conn.execute("INSERT INTO evidence_chunk (evidence_id, seq, data) VALUES (?, ?, ?)",
                     (ev.id, seq, chunk))
        seq += 1
        faults.point("evidence.after_chunk")
    if digest.hexdigest() != facts.sha256 or size != facts.size:
        # The file changed between hashing and storing: what we hold is not what
        # the caseworker saw; refuse rather than store a hash that lies.
        raise EvidenceUnreadable(name, "changed")
    conn.execute("UPDATE evidence SET chunks = ? WHERE id = ?", (seq, ev.id))
    ev = replace(ev, chunks=seq)
    if log_action is not None:  # None: an import that brings its own custody log
        log_custody(conn, ev, actor=actor, action=log_action,
                    details={"sha256": ev.sha256, "size": ev.size})
    return ev


def _to_row(e: Evidence) -> tuple[Any, ...]:
    s = e.source
    return (e.id, e.case_id, e.review_id, e.sha256, e.size, e.media_type, e.original_name,
            s.source_url, s.source_handle, s.platform, s.posted_at, s.collected_by,
            s.collected_at, s.notes, e.chunks, e.created_by, e.created_at)


def attach_file(conn: Connection, *, case_id: str, path: Path, source: EvidenceSource,
                actor: str, review_id: str | None = None,
                facts: FileFacts | None = None) -> Evidence:
    """Store a file as evidence (inside the caller's transaction).

    ``facts`` from :func:`inspect_file` may be computed before the transaction
    (hashing 50 MB need not hold the vault); the bytes are hashed again while
    stored and must match.
    """
    facts = facts or inspect_file(path)
    return _store(conn, case_id=case_id, chunks=_file_chunks(path), facts=facts,
                  source=source, actor=actor, review_id=review_id)


def attach_bytes(conn: Connection, *, case_id: str, data: bytes, name: str,
                 source: EvidenceSource, actor: str, review_id: str | None = None,
                 media_type: str | None = None, evidence_id: str | None = None,
                 created_at: str = "", expected_sha256: str | None = None,
                 log_action: str | None = INTAKE) -> Evidence:
    """Store bytes already in memory (imports); same checks as a file."""
    if len(data) > MAX_EVIDENCE_BYTES:
        raise EvidenceTooLarge(name, len(data))
    if not data:
        raise EvidenceUnreadable(name, "empty")
    sha = hashlib.sha256(data).hexdigest()
    if expected_sha256 is not None and sha != expected_sha256:
        raise EvidenceDamaged(evidence_id or "-", name, "content does not match its SHA-256")
    facts = FileFacts(name=name, size=len(data), sha256=sha,
                      media_type=media_type or sniff_media_type(data[:64], name))
    chunks = (data[i:i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES))
    return _store(conn, case_id=case_id, chunks=chunks, facts=facts, source=source,
                  actor=actor, review_id=review_id, evidence_id=evidence_id,
                  created_at=created_at, log_action=log_action)


# --- reading ---------------------------------------------------------------------------


def iter_verified(conn: Connection, evidence: Evidence) -> Iterator[bytes]:
    """Yield the stored chunks; raise EvidenceDamaged at the end if they do not hash right.

    Callers that write somewhere must only finalise after the iterator is
    exhausted (atomic files, bundles), so damaged bytes are never handed out.
    """
    digest = hashlib.sha256()
    size = expected_seq = 0
    cur = conn.execute("SELECT seq, data FROM evidence_chunk WHERE evidence_id = ?"
                       " ORDER BY seq", (evidence.id,))
    for seq, data in cur:
        if seq != expected_seq:
            raise EvidenceDamaged(evidence.id, evidence.original_name, f"chunk {expected_seq} "
                                  "missing")
        chunk = bytes(data)
        digest.update(chunk)
        size += len(chunk)
        expected_seq += 1
        yield chunk
    if expected_seq != evidence.chunks or size != evidence.size:
        raise EvidenceDamaged(evidence.id, evidence.original_name, "size differs from intake")
    if digest.hexdigest() != evidence.sha256:
        raise EvidenceDamaged(evidence.id, evidence.original_name, "SHA-256 differs from intake")


def read_verified(conn: Connection, evidence: Evidence) -> bytes:
    return b"".join(iter_verified(conn, evidence))


def read_content(conn: Connection, evidence_id: str, *, actor: str,
                 action: str = OPEN) -> tuple[Evidence, bytes]:
    """Verified content, in memory, with the access in the chain of custody."""
    ev = get(conn, evidence_id)
    data = read_verified(conn, ev)
    log_custody(conn, ev, actor=actor, action=action)
    return ev, data


def verify(conn: Connection, evidence_id: str) -> bool:
    """Recompute the hash without handing the bytes out (not a custody event)."""
    ev = get(conn, evidence_id)
    try:
        for _ in iter_verified(conn, ev):
            pass
    except EvidenceDamaged:
        return False
    return True


# --- changes ---------------------------------------------------------------------------


def update_source(conn: Connection, *, evidence_id: str, source: EvidenceSource,
                  actor: str) -> Evidence:
    """Correct or complete the description (URL found later...); the bytes never change."""
    old = get(conn, evidence_id)
    source = replace(source, collected_by=source.collected_by.strip() or old.source.collected_by,
                     collected_at=source.collected_at or old.source.collected_at)
    v.ensure_valid(ENTITY, validate_source(source))
    if source == old.source:
        return old
    new = replace(old, source=source)
    conn.execute(f"UPDATE evidence SET {', '.join(f'{c} = ?' for c in _COLUMNS[1:])}"
                 " WHERE id = ?", (*_to_row(new)[1:], new.id))
    fields = [f for f in ("source_url", "source_handle", "platform", "posted_at",
                          "collected_by", "collected_at", "notes")
              if getattr(old.source, f) != getattr(source, f)]
    log_custody(conn, new, actor=actor, action=EDIT, details={"fields": fields})
    return new


def remove(conn: Connection, *, evidence_id: str, actor: str) -> None:
    """Erase an item attached by mistake (bytes and custody log; secure_delete zeroes pages).

    Only the audit log remembers that an item with this id and hash existed.
    """
    ev = get(conn, evidence_id)
    conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
    audit.append(conn, actor=actor, action=f"{ENTITY}.remove", entity=ENTITY,
                 entity_id=evidence_id, details={"case": ev.case_id, "sha256": ev.sha256})
