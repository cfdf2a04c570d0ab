"""Import: strict, atomic, every problem reported with its JSON path.

1. size limits, strict JSON (``reading``);
2. header, item counts, nesting/string limits, JSON Schema (``validate``);
3. inside ONE write transaction: duplicate UUIDs within the file, then each
   section's checks (domain rules, catalog codes, references, conflicts with
   the vault, duplicates policy); any problem → rollback, nothing written;
4. each section writes its items; one ``import.file`` audit entry; commit.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mpi_desktop.domain.validation import ValidationFailed
from mpi_desktop.interchange.errors import ImportIssue, InvalidImport
from mpi_desktop.interchange.jsonpath import join
from mpi_desktop.interchange.limits import DEFAULT, Limits
from mpi_desktop.interchange.reading import parse, read_source
from mpi_desktop.interchange.sections import ON_DUPLICATE, ImportContext, InterchangeSection
from mpi_desktop.storage import audit, case_index
from mpi_desktop.storage.vault import Vault

MAX_AUDIT_IDS = 500


@dataclass(frozen=True)
class ImportReport:
    #: Items in the file, per section.
    items: dict[str, int]
    #: Items written (created or replaced), per section.
    written: dict[str, int]
    #: (section, uuid, 'identical' | 'skipped' | 'replaced')
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    encrypted: bool = False
    sha256: str = ""

    def duplicate_counts(self) -> dict[str, Counter[str]]:
        out: dict[str, Counter[str]] = {}
        for section, _uuid, outcome in self.duplicates:
            out.setdefault(section, Counter())[outcome] += 1
        return out

    def created(self, section: str) -> int:
        replaced = sum(1 for s, _u, o in self.duplicates if s == section and o == "replaced")
        return self.written.get(section, 0) - replaced


def _ids_in_file(doc: dict[str, Any], sections: list[InterchangeSection],
                 ctx: ImportContext) -> None:
    """Fill ``ctx.known_ids`` and report a UUID listed twice in one section."""
    for section in sections:
        first: dict[str, int] = {}
        for i, item in enumerate(doc.get(section.name, [])):
            uid = item.get("id") if isinstance(item, dict) else None
            if not isinstance(uid, str):
                continue
            if uid in first:
                ctx.error(join("$", section.name, i, "id"), "duplicate_in_file",
                          first=join("$", section.name, first[uid]))
            else:
                first[uid] = i
        ctx.known_ids[section.name] = set(first)


def _audit_details(report: ImportReport, ctx: ImportContext,
                   on_duplicate: str) -> dict[str, Any]:
    from mpi_desktop.interchange.schema import VERSION

    details: dict[str, Any] = {"format_version": VERSION, "encrypted": report.encrypted,
                               "sha256": report.sha256, "on_duplicate": on_duplicate}
    for name, n in report.written.items():
        details[f"{name}_written"] = n
    for name, outcomes in report.duplicate_counts().items():
        for outcome, n in outcomes.items():
            details[f"{name}_{outcome}"] = n
    written_cases = [uid for uid in ctx.known_ids.get("cases", set())
                     if ctx.should_write("cases", uid)]
    details["case_ids"] = sorted(written_cases)[:MAX_AUDIT_IDS]
    return details


def import_bytes(vault: Vault, data: bytes, *, on_duplicate: str = "skip",
                 limits: Limits = DEFAULT, encrypted: bool = False) -> ImportReport:
    """Import a document; raise :class:`InvalidImport` (nothing written) on any problem."""
    # The schema machinery (jsonschema: ~0.3 s to import) is loaded when an import
    # runs, not when the app starts: the main window imports this module for
    # ImportReport, and start-up time is what a caseworker waits for every day.
    from mpi_desktop.interchange.schema import ordered_sections
    from mpi_desktop.interchange.validate import cap, document_issues

    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate must be one of {ON_DUPLICATE}")
    if len(data) > limits.max_file_bytes:
        raise InvalidImport([ImportIssue("$", "file_too_large",
                                         params={"limit": limits.max_file_bytes})])
    doc = parse(data, limits)
    issues = document_issues(doc, limits)
    if issues:
        raise InvalidImport(cap(issues, limits))
    sections = ordered_sections()
    ctx = ImportContext(actor=vault.actor, on_duplicate=on_duplicate)
    with vault.write() as conn:
        _ids_in_file(doc, sections, ctx)
        for section in sections:
            section.check_items(conn, doc.get(section.name, []), ctx)
            if len(ctx.errors) > limits.max_errors:
                break
        if ctx.errors:
            raise InvalidImport(cap(ctx.errors, limits))
        try:
            # One search-row rebuild per touched case instead of one per record.
            with case_index.deferred(conn):
                for section in sections:
                    section.import_items(conn, doc.get(section.name, []), ctx)
        except ValidationFailed as exc:
            # The checks above should have caught it; refuse rather than half-import.
            raise InvalidImport([ImportIssue("$", i.code, detail=i.field, params=i.params)
                                 for i in exc.issues]) from exc
        report = ImportReport(
            items={s.name: len(doc.get(s.name, [])) for s in sections},
            written={s.name: ctx.counts.get(s.name, 0) for s in sections},
            duplicates=list(ctx.duplicates), encrypted=encrypted,
            sha256=hashlib.sha256(data).hexdigest())
        audit.append(conn, actor=vault.actor, action="import.file", entity="vault",
                     entity_id=vault.vault_id, details=_audit_details(report, ctx, on_duplicate))
    return report


def import_file(vault: Vault, path: Path, *, ask_passphrase: Callable[[], str],
                on_duplicate: str = "skip", limits: Limits = DEFAULT) -> ImportReport:
    """Import a plain JSON file or an encrypted bundle (asks for its passphrase)."""
    source = read_source(path, ask_passphrase=ask_passphrase, limits=limits)
    return import_bytes(vault, source.data, on_duplicate=on_duplicate, limits=limits,
                        encrypted=source.encrypted)
