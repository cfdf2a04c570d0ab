"""Interchange sections of the digital-violence protocol: reviews and evidence.

* ``dv_reviews``: a review with its item states and events, checked against the
  protocol version it names (an unknown version is refused, never reinterpreted
  under another one).
* ``evidence``: the description, the chain of custody and the content as a
  list of base64 pieces (each under the importer's string limit).  Content is
  size-limited: an item travels with its bytes while the document's evidence
  budget (:data:`EXPORT_CONTENT_BUDGET`) lasts; beyond it, ``content`` is
  ``null`` and such an item imports only into a vault that already holds the
  same bytes.  On import the bytes must hash to the stated SHA-256.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import replace
from datetime import date
from typing import Any

from mpi_desktop.domain import dv_protocol
from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_review import ItemState, Review, ReviewEvent
from mpi_desktop.domain.history import FieldChange, to_plain
from mpi_desktop.domain.timeutil import iso_utc, parse_iso_utc
from mpi_desktop.domain.validation import MAX_NAME, MAX_SHORT, MAX_TEXT
from mpi_desktop.interchange import schema_parts as s
from mpi_desktop.interchange.jsonpath import from_dotted, join
from mpi_desktop.interchange.sections import ExportScope, ImportContext
from mpi_desktop.storage import dv_reviews, history
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.connection import Connection

Item = dict[str, Any]
#: Raw bytes per base64 piece: 16,000 characters, under the importer's 20,000.
PIECE_BYTES = 12_000
#: Evidence bytes carried by one export document (base64 adds a third): keeps a
#: full export well under the importer's 256 MB document limit.
EXPORT_CONTENT_BUDGET = 120 * 1024 * 1024
MAX_PIECES = -(-ev.MAX_EVIDENCE_BYTES // PIECE_BYTES)
SHA256_PATTERN = "^[0-9a-f]{64}$"
_CASES_KNOWN = "dv.cases_known"


def _case_known(conn: Connection, case_id: str, ctx: ImportContext) -> bool:
    known: dict[str, bool] = ctx.state.setdefault(_CASES_KNOWN, {})
    if case_id not in known:
        known[case_id] = case_id in ctx.known_ids.get("cases", set()) or conn.execute(
            "SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is not None
    return known[case_id]


class _Reader:
    """Typed values out of a schema-valid item; impossible dates become problems."""

    def __init__(self, base: str, ctx: ImportContext) -> None:
        self.base, self.ctx, self.ok = base, ctx, True

    def date(self, raw: Any, *path: str | int) -> date | None:
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.ctx.error(join(self.base, *path), "invalid_date")
            self.ok = False
            return None

    def instant(self, raw: Any, *path: str | int) -> str:
        if not raw:
            return ""
        try:
            return iso_utc(parse_iso_utc(raw))
        except ValueError:
            self.ctx.error(join(self.base, *path), "invalid_instant")
            self.ok = False
            return ""


def _times() -> dict[str, s.Schema]:
    return {"created_at": s.instant("when the record was created (UTC)"),
            "updated_at": s.instant("when the record last changed (UTC)")}


def _codes(catalog: str, max_items: int = 100) -> s.Schema:
    return s.array(s.code(catalog), max_items=max_items, unique=True)


# --- reviews ---------------------------------------------------------------------------------


def review_schema() -> s.Schema:
    item_state = s.obj({
        "code": s.code("protocol items"),
        "status": {"type": "string", "enum": list(dr.ITEM_STATUSES)},
        "answer": {"type": ["boolean", "null"],
                   "description": "yes/no of a gate question; null otherwise"},
        "notes": s.text(MAX_TEXT),
        "updated_at": s.nullable(s.instant()),
        "updated_by": s.text(MAX_NAME),
    }, required=("code", "status"), title="Checklist item state")
    event = s.obj({
        "id": s.uuid(),
        "kind": {"type": "string", "enum": list(dr.EVENT_KINDS)},
        "at": s.instant(),
        "actor": s.text(MAX_NAME),
        "item_code": s.text(64),
        "gate": s.text(64),
        "codes": _codes("measures", 50),
        "refs": s.array(s.uuid("a measure or risk assessment"), max_items=50),
        "notes": s.text(MAX_TEXT),
    }, required=("id", "kind", "at", "actor"), title="Review event")
    return s.obj({
        "id": s.uuid(),
        "case_id": s.uuid("a case of the 'cases' section or already in the vault"),
        "protocol_version": {"type": "integer", "minimum": 1, "maximum": 1000},
        "status": {"type": "string", "enum": list(dr.REVIEW_STATUSES)},
        "started_on": s.date(),
        "current_step": s.text(64),
        "types": _codes("protocol types"),
        "platforms": _codes("protocol platforms"),
        "aggravating": _codes("protocol aggravating_factors"),
        "aggressor_type": s.nullable(s.code("aggressor_types")),
        "aggressor_notes": s.text(MAX_SHORT),
        "follow_up_on": s.nullable(s.date()),
        "notes": s.text(MAX_TEXT),
        "completed_at": s.nullable(s.instant()),
        "created_by": s.text(MAX_NAME),
        "items": s.array(item_state, max_items=1000),
        "events": s.array(event, max_items=1000),
        **_times(),
    }, required=("id", "case_id", "protocol_version", "status", "started_on"),
        title="Digital-violence review")


def review_item(r: Review) -> Item:
    return {
        "id": r.id, "case_id": r.case_id, "protocol_version": r.protocol_version,
        "status": r.status, "started_on": r.started_on.isoformat(),
        "current_step": r.current_step, "types": list(r.types), "platforms": list(r.platforms),
        "aggravating": list(r.aggravating), "aggressor_type": r.aggressor_type,
        "aggressor_notes": r.aggressor_notes,
        "follow_up_on": r.follow_up_on.isoformat() if r.follow_up_on else None,
        "notes": r.notes, "completed_at": r.completed_at or None, "created_by": r.created_by,
        "items": [{"code": i.code, "status": i.status, "answer": i.answer, "notes": i.notes,
                   "updated_at": i.updated_at or None, "updated_by": i.updated_by}
                  for i in sorted(r.items, key=lambda i: i.code)],
        "events": [{"id": e.id, "kind": e.kind, "at": e.at, "actor": e.actor,
                    "item_code": e.item_code, "gate": e.gate, "codes": list(e.codes),
                    "refs": list(e.refs), "notes": e.notes} for e in r.events],
        "created_at": r.created_at, "updated_at": r.updated_at,
    }


def review_from(item: Item, base: str, ctx: ImportContext) -> Review | None:
    r = _Reader(base, ctx)
    items = tuple(ItemState(
        code=i["code"], status=i["status"], answer=i.get("answer"), notes=i.get("notes", ""),
        updated_at=r.instant(i.get("updated_at"), "items", k, "updated_at"),
        updated_by=i.get("updated_by", "")) for k, i in enumerate(item.get("items", ())))
    events = tuple(ReviewEvent(
        id=e["id"], kind=e["kind"], at=r.instant(e["at"], "events", k, "at"),
        actor=e["actor"], item_code=e.get("item_code", ""), gate=e.get("gate", ""),
        codes=tuple(e.get("codes", ())), refs=tuple(e.get("refs", ())),
        notes=e.get("notes", "")) for k, e in enumerate(item.get("events", ())))
    now = iso_utc()
    review = Review(
        id=item["id"], case_id=item["case_id"], protocol_version=item["protocol_version"],
        status=item["status"], started_on=r.date(item["started_on"], "started_on") or date.min,
        current_step=item.get("current_step", ""), types=tuple(item.get("types", ())),
        platforms=tuple(item.get("platforms", ())),
        aggravating=tuple(item.get("aggravating", ())),
        aggressor_type=item.get("aggressor_type"),
        aggressor_notes=item.get("aggressor_notes", ""),
        follow_up_on=r.date(item.get("follow_up_on"), "follow_up_on"),
        notes=item.get("notes", ""),
        completed_at=r.instant(item.get("completed_at"), "completed_at"),
        created_by=item.get("created_by", ""), items=items, events=events,
        created_at=r.instant(item.get("created_at"), "created_at") or now,
        updated_at=r.instant(item.get("updated_at"), "updated_at") or now)
    return review if r.ok else None


def _comparable(review: Review) -> str:
    return json.dumps(review_item(replace(review, created_at="", updated_at="")),
                      sort_keys=True)


class DvReviewsSection:
    name = "dv_reviews"
    depends_on: tuple[str, ...] = ("cases",)

    def item_schema(self) -> dict[str, Any]:
        return review_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [review_item(r) for case_id in scope.case_ids
                for r in reversed(dv_reviews.for_case(conn, case_id))]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Review | None] = []
        library = dv_protocol.library()
        versions = set(library.versions())
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            review = review_from(item, base, ctx)
            decoded.append(review)
            if review is None:
                continue
            if not _case_known(conn, review.case_id, ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            if review.protocol_version not in versions:
                ctx.error(join(base, "protocol_version"), "unknown_protocol_version",
                          version=review.protocol_version)
                continue
            for issue in dr.validate(library.get(review.protocol_version), review):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            row = conn.execute("SELECT case_id FROM dv_review WHERE id = ?",
                               (review.id,)).fetchone()
            if row is not None:
                if row[0] != review.case_id:
                    ctx.error(join(base, "case_id"), "case_mismatch")
                old = dv_reviews.get(conn, review.id)
                ctx.duplicate(self.name, review.id, identical=_comparable(old) == _comparable(
                    review), path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Review | None] = ctx.state[f"{self.name}.decoded"]
        for review in decoded:
            if review is None:
                raise RuntimeError("import of an unchecked item")
            if ctx.should_write(self.name, review.id):
                dv_reviews.put_review(conn, review, actor=ctx.actor, log=False,
                                      keep_times=True)
                ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


# --- evidence -----------------------------------------------------------------------------------


def evidence_schema() -> s.Schema:
    custody = s.obj({
        "at": s.instant(),
        "actor": s.text(MAX_NAME),
        "action": {"type": "string", "enum": list(ev.CUSTODY_ACTIONS)},
        "details": {"type": "object", "maxProperties": 10,
                    "additionalProperties": {"type": ["string", "integer", "boolean", "null",
                                                      "array"]}},
    }, required=("at", "actor", "action"), title="Custody entry")
    return s.obj({
        "id": s.uuid(),
        "case_id": s.uuid("a case of the 'cases' section or already in the vault"),
        "review_id": s.nullable(s.uuid("a review of the 'dv_reviews' section or the vault")),
        "sha256": {"type": "string", "pattern": SHA256_PATTERN,
                   "description": "SHA-256 of the content, taken at intake"},
        "size": {"type": "integer", "minimum": 1, "maximum": ev.MAX_EVIDENCE_BYTES},
        "media_type": s.text(100),
        "original_name": s.text(ev.MAX_NAME),
        "source_url": s.text(ev.MAX_URL),
        "source_handle": s.text(MAX_SHORT),
        "platform": s.nullable(s.code("protocol platforms")),
        "posted_at": s.nullable(s.instant()),
        "collected_by": s.text(MAX_NAME),
        "collected_at": s.instant(),
        "notes": s.text(MAX_TEXT),
        "created_by": s.text(MAX_NAME),
        "created_at": s.instant(),
        "custody": s.array(custody, max_items=10_000),
        "content": {"type": ["array", "null"], "maxItems": MAX_PIECES,
                    "items": {"type": "string", "maxLength": PIECE_BYTES * 4 // 3 + 4,
                              "pattern": "^[A-Za-z0-9+/]*={0,2}$"},
                    "description": "base64 pieces of the content, in order; null when the "
                                   "export's evidence budget was spent"},
    }, required=("id", "case_id", "sha256", "size", "media_type", "original_name",
                 "collected_by", "collected_at", "content"), title="Evidence")


def evidence_item(conn: Connection, e: ev.Evidence, *, with_content: bool) -> Item:
    content: list[str] | None = None
    if with_content:
        data = ev.read_verified(conn, e)  # a damaged item fails the export, loudly
        content = [base64.b64encode(data[i:i + PIECE_BYTES]).decode("ascii")
                   for i in range(0, len(data), PIECE_BYTES)]
    src = e.source
    return {
        "id": e.id, "case_id": e.case_id, "review_id": e.review_id, "sha256": e.sha256,
        "size": e.size, "media_type": e.media_type, "original_name": e.original_name,
        "source_url": src.source_url, "source_handle": src.source_handle,
        "platform": src.platform, "posted_at": src.posted_at or None,
        "collected_by": src.collected_by, "collected_at": src.collected_at,
        "notes": src.notes, "created_by": e.created_by, "created_at": e.created_at,
        "custody": [{"at": c.at, "actor": c.actor, "action": c.action,
                     "details": to_plain(c.details)} for c in ev.custody(conn, e.id)],
        "content": content,
    }


def _metadata(item: Item) -> Item:
    return {k: v for k, v in item.items() if k not in ("content", "custody")}


class EvidenceSection:
    name = "evidence"
    depends_on: tuple[str, ...] = ("cases", "dv_reviews")

    def item_schema(self) -> dict[str, Any]:
        return evidence_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        budget = EXPORT_CONTENT_BUDGET
        out: list[Item] = []
        for case_id in scope.case_ids:
            for e in ev.for_case(conn, case_id):
                carry = e.size <= budget
                budget -= e.size if carry else 0
                out.append(evidence_item(conn, e, with_content=carry))
        return out

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[bytes | None] = []
        reviews_in_file = ctx.known_ids.get("dv_reviews", set())
        seen_hash: dict[tuple[str, str], str] = {}
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            r = _Reader(base, ctx)
            r.instant(item.get("collected_at"), "collected_at")
            r.instant(item.get("posted_at"), "posted_at")
            r.instant(item.get("created_at"), "created_at")
            for k, c in enumerate(item.get("custody", ())):
                r.instant(c.get("at"), "custody", k, "at")
            data = self._content(item, base, ctx)
            decoded.append(data)
            if not _case_known(conn, item["case_id"], ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            review_id = item.get("review_id")
            if review_id and review_id not in reviews_in_file and conn.execute(
                    "SELECT 1 FROM dv_review WHERE id = ?", (review_id,)).fetchone() is None:
                ctx.error(join(base, "review_id"), "unknown_review")
            issues = ev.validate_source(self._source(item))
            for issue in issues:
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            key = (item["case_id"], item["sha256"])
            if key in seen_hash:
                ctx.error(join(base, "sha256"), "duplicate_evidence", first=seen_hash[key])
            seen_hash[key] = base
            existing = conn.execute("SELECT case_id, sha256 FROM evidence WHERE id = ?",
                                    (item["id"],)).fetchone()
            if existing is None:
                same = ev.find_by_hash(conn, item["case_id"], item["sha256"])
                if same is not None:
                    ctx.error(join(base, "sha256"), "duplicate_evidence", first=same.id)
                elif data is None:
                    ctx.error(join(base, "content"), "content_missing")
                continue
            if existing[0] != item["case_id"]:
                ctx.error(join(base, "case_id"), "case_mismatch")
            if existing[1] != item["sha256"]:
                ctx.error(join(base, "sha256"), "content_conflict")
                continue
            old = evidence_item(conn, ev.get(conn, item["id"]), with_content=False)
            ctx.duplicate(self.name, item["id"], identical=_metadata(old) == _metadata(
                {**item, "posted_at": item.get("posted_at")}), path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    @staticmethod
    def _source(item: Item) -> ev.EvidenceSource:
        return ev.EvidenceSource(
            source_url=item.get("source_url", ""), source_handle=item.get("source_handle", ""),
            platform=item.get("platform"), posted_at=item.get("posted_at") or "",
            collected_by=item["collected_by"], collected_at=item["collected_at"],
            notes=item.get("notes", ""))

    @staticmethod
    def _content(item: Item, base: str, ctx: ImportContext) -> bytes | None:
        pieces = item.get("content")
        if pieces is None:
            return None
        try:
            data = b"".join(base64.b64decode(p, validate=True) for p in pieces)
        except (binascii.Error, ValueError):
            ctx.error(join(base, "content"), "bad_base64")
            return None
        if len(data) != item["size"] or hashlib.sha256(data).hexdigest() != item["sha256"]:
            ctx.error(join(base, "content"), "content_hash_mismatch")
            return None
        return data

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[bytes | None] = ctx.state[f"{self.name}.decoded"]
        for item, data in zip(items, decoded, strict=True):
            if not ctx.should_write(self.name, item["id"]):
                continue
            source = self._source(item)
            if not ctx.is_new(self.name, item["id"]):
                # Same bytes (checked): only the description may differ.
                ev.update_source(conn, evidence_id=item["id"], source=source, actor=ctx.actor)
                ctx.wrote(self.name)
                continue
            if data is None:
                raise RuntimeError("import of an unchecked item")
            stored = ev.attach_bytes(
                conn, case_id=item["case_id"], data=data, name=item["original_name"],
                source=source, actor=item.get("created_by") or ctx.actor,
                review_id=item.get("review_id"), media_type=item["media_type"],
                evidence_id=item["id"], created_at=item.get("created_at", ""),
                expected_sha256=item["sha256"], log_action=None)
            for c in item.get("custody", ()):
                conn.execute(
                    "INSERT INTO evidence_custody (evidence_id, at, actor, action, details)"
                    " VALUES (?, ?, ?, ?, ?)", (stored.id, c["at"], c["actor"], c["action"],
                                                json.dumps(c.get("details") or {},
                                                           sort_keys=True)))
            ev.log_custody(conn, stored, actor=ctx.actor, action=ev.INTERCHANGE_IMPORT,
                           audited=False)
            history.record(conn, actor=ctx.actor, action="import", entity=ev.ENTITY,
                           entity_id=stored.id, case_id=stored.case_id,
                           changes=[FieldChange("*", None, None)])
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


SECTIONS = (DvReviewsSection(), EvidenceSection())
