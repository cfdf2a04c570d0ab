"""Producing a CEM packet: read → anonymize → scan → render copies → write and record.

* **Read** one consistent snapshot of the session's cases (or an ad-hoc list).
* **Anonymize** (``domain/anonymize.py``) and build the content once.
* **Scan** every string of every copy (``domain/leak_scanner.py``).  Anything not
  dismissed for this session stops here with :class:`LeaksFound`: nothing is
  rendered, written or recorded.
* **Render** each recipient's copy in memory, with its own random control code
  on every page; the caller can cancel between cases.
* **Write and record** in one vault transaction: the packet, the folio ↔
  pseudonym map, each copy's code, recipient and SHA-256, one audit entry per
  copy (ids and codes only).  The files are written atomically inside it; if
  any write or the commit fails, the files already written are removed.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from mpi_desktop.domain import anonymize
from mpi_desktop.domain.anonymize import AnonymizedCase, Pseudonyms
from mpi_desktop.domain.cem import LeaksFound, PacketCancelled
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.leak_scanner import Finding, Identifiers, Scanner, ScanText
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import iso_utc, today_local
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.reports import packet
from mpi_desktop.reports.packet import CopySpec, PacketContent
from mpi_desktop.reports.pdf import RenderedPdf
from mpi_desktop.storage import audit, cem, cem_packet_data
from mpi_desktop.storage.atomic import atomic_write_bytes
from mpi_desktop.storage.cem_packet_data import PacketSource
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

#: (done, total, what) — what is a short step name: read, scan, render, write.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Recipient:
    name: str
    institution: str | None = None
    #: Where this copy goes; None: named inside ``PacketRequest.out_dir``.
    path: Path | None = None


@dataclass(frozen=True)
class PacketRequest:
    session_id: str | None = None
    folios: tuple[str, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    out_dir: Path | None = None
    #: Overrides the session's setting for this packet ("alcaldia" | "zona").
    place_granularity: str | None = None
    pseudonym_style: str | None = None
    #: Finding codes the user dismisses now (CLI ``--dismiss``).
    dismiss: frozenset[str] = frozenset()
    dismiss_reason: str = ""
    overwrite: bool = False


@dataclass(frozen=True)
class WrittenCopy:
    copy_no: int
    recipient: str
    institution: str | None
    code: str
    sha256: str
    pages: int
    path: Path


@dataclass(frozen=True)
class PacketResult:
    packet_id: str
    session_id: str | None
    case_ids: tuple[str, ...]
    copies: tuple[WrittenCopy, ...]


@dataclass
class Prepared:
    source: PacketSource
    cases: list[AnonymizedCase]
    pseudonyms: Pseudonyms
    content: PacketContent
    copies: list[CopySpec]
    granularity: str
    style: str
    lang: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def scope(self) -> str:
        return self.source.scope

    @property
    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.code(self.scope) not in self.source.dismissed]


def new_copy_code() -> str:
    """Random, unrelated to the recipient: "CEM-7K3Q-9XWD"."""
    chars = "".join(secrets.choice(anonymize.CODE_ALPHABET) for _ in range(8))
    return f"CEM-{chars[:4]}-{chars[4:]}"


def _lang() -> str:
    return "en" if current_language() == "en" else "es"


def default_recipients(source: PacketSource) -> tuple[Recipient, ...]:
    lang = _lang()
    if source.session is not None and source.session.institutions:
        return tuple(Recipient(packet.recipient_name(code, lang), code)
                     for code in source.session.institutions)
    return (Recipient(translate("Packet", "Internal working copy")),)


def _source(vault: Vault, request: PacketRequest) -> PacketSource:
    with vault.read() as conn:
        if request.session_id is not None:
            return cem_packet_data.for_session(conn, request.session_id)
        return cem_packet_data.for_folios(conn, list(request.folios))


def prepare(vault: Vault, request: PacketRequest) -> Prepared:
    """Everything up to the scan: nothing is written."""
    source = _source(vault, request)
    session = source.session
    granularity = request.place_granularity or (session.place_granularity if session
                                                else "alcaldia")
    style = request.pseudonym_style or (session.pseudonym_style if session else "letters")
    on = session.held_on if session else today_local()
    cases, pseudonyms = anonymize.anonymize_packet(source.cases, on=on, granularity=granularity,
                                                   style=style)
    lang = _lang()
    content = packet.build_content(session=session, on=on, cases=cases, agenda=source.agenda,
                                   lang=lang)
    recipients = request.recipients or default_recipients(source)
    copies = [CopySpec(copy_no=i + 1, total=len(recipients), recipient=r.name,
                       code=new_copy_code(), institution=r.institution)
              for i, r in enumerate(recipients)]
    prepared = Prepared(source, cases, pseudonyms, content, copies, granularity, style, lang)
    scanner = Scanner(Identifiers.build(source.people, references=source.references),
                      public_phrases=packet.public_phrases())
    prepared.findings = scanner.scan(packet.scan_texts(content, copies))
    return prepared


def dismiss(vault: Vault, prepared: Prepared, codes: frozenset[str], *, reason: str = "",
            ) -> int:
    """Record dismissals for the current findings with these codes; one transaction."""
    chosen = [f for f in prepared.findings if f.code(prepared.scope) in codes]
    if not chosen:
        return 0
    with vault.write() as conn:
        for finding in chosen:
            cem.dismiss(conn, prepared.scope, finding, actor=vault.actor, reason=reason)
    prepared.source = replace(prepared.source, dismissed=frozenset(
        prepared.source.dismissed | {f.code(prepared.scope) for f in chosen}))
    return len(chosen)


def check_summary(vault: Vault, session_id: str, case_id: str, text: str) -> list[Finding]:
    """Scan a summary being written against the identifiers of the session's packet
    (plus its own case), without building the packet.  Dismissed findings are left out."""
    with vault.read() as conn:
        session = cem.get_session(conn, session_id)
        people: dict[str, Person] = {}
        references: list[str] = []
        case_ids = list(dict.fromkeys([*(a.case_id for a in cem.agenda(conn, session_id)),
                                       case_id]))
        for cid in case_ids:
            facts, persons = cem_packet_data.case_facts(conn, cid)
            people.update({p.id: p for p in persons})
            references.extend(r for r in (facts.case.folio, facts.case.federal_folio) if r)
        dismissed = cem.dismissed_codes(conn, session.id)
    scanner = Scanner(Identifiers.build(people.values(), references=references))
    found = scanner.scan_one(ScanText("case.summary", text, case_id=case_id, free_text=True))
    return [f for f in found if f.code(session.id) not in dismissed]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "copia"


def copy_path(request: PacketRequest, prepared: Prepared, copy: CopySpec,
              recipient: Recipient) -> Path:
    if recipient.path is not None:
        return recipient.path
    if request.out_dir is None:
        raise ValueError("no output path for a copy")
    session = prepared.source.session
    stem = (f"paquete-cem-{session.year}-{session.kind}-{session.number:02d}" if session
            else f"paquete-cem-{today_local().isoformat()}")
    who = _slug(recipient.institution or "copia")
    return request.out_dir / f"{stem}-ejemplar-{copy.copy_no:02d}-{who}.pdf"


def generate(vault: Vault, request: PacketRequest, *, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> PacketResult:
    """The whole export.  Raises LeaksFound, PacketCancelled or a storage error."""
    def step(done: int, total: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise PacketCancelled
        if progress is not None:
            progress(done, total, what)

    prepared = prepare(vault, request)
    total = len(prepared.copies) + 3
    step(1, total, "scan")
    if request.dismiss:
        dismiss(vault, prepared, request.dismiss, reason=request.dismiss_reason)
    remaining = prepared.open_findings
    if remaining:
        raise LeaksFound(remaining, prepared.scope)
    recipients = request.recipients or default_recipients(prepared.source)
    targets = [copy_path(request, prepared, c, r) for c, r in zip(prepared.copies, recipients,
                                                                  strict=True)]
    if not request.overwrite:
        existing = [p for p in targets if p.exists()]
        if existing:
            raise RefusedForSafety("target exists")
    rendered: list[RenderedPdf] = []
    for i, copy in enumerate(prepared.copies):
        step(2 + i, total, "render")
        rendered.append(packet.render_copy(prepared.content, copy, lang=prepared.lang,
                                           cancelled=cancelled))
    step(total - 1, total, "write")
    result = _write(vault, prepared, targets, rendered)
    if progress is not None:
        progress(total, total, "done")
    return result


def _record(conn: Connection, vault: Vault, prepared: Prepared, packet_id: str,
            written: Sequence[WrittenCopy]) -> None:
    source = prepared.source
    session_id = source.session.id if source.session else None
    now = iso_utc()
    conn.execute(
        "INSERT INTO cem_packet (id, session_id, kind, place_granularity, pseudonym_style,"
        " case_count, language, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (packet_id, session_id, "session" if session_id else "adhoc", prepared.granularity,
         prepared.style, len(prepared.cases), prepared.lang, now, vault.actor))
    conn.executemany(
        "INSERT INTO cem_packet_case (packet_id, case_id, agenda_no, token) VALUES (?, ?, ?, ?)",
        [(packet_id, c.case_id, c.agenda_no, c.token) for c in prepared.cases])
    conn.executemany("INSERT INTO cem_pseudonym (packet_id, person_id, token) VALUES (?, ?, ?)",
                     [(packet_id, pid, tok) for pid, tok in prepared.pseudonyms.mapping().items()
                      if pid in {p.id for p in source.people}])
    case_ids = [c.case_id for c in prepared.cases]
    for copy in written:
        conn.execute(
            "INSERT INTO cem_packet_copy (id, packet_id, code, copy_no, recipient, institution,"
            " sha256, pages, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), packet_id, copy.code, copy.copy_no, copy.recipient, copy.institution,
             copy.sha256, copy.pages, now))
        audit.append(conn, actor=vault.actor, action="export.cem_packet", entity="cem_packet",
                     entity_id=packet_id, details={
                         "session": session_id, "cases": case_ids, "code": copy.code,
                         "institution": copy.institution, "copy": copy.copy_no,
                         "sha256": copy.sha256, "pages": copy.pages})


def _write(vault: Vault, prepared: Prepared, targets: list[Path],
           rendered: list[RenderedPdf]) -> PacketResult:
    packet_id = new_id()
    written = [WrittenCopy(copy_no=c.copy_no, recipient=c.recipient, institution=c.institution,
                           code=c.code, sha256=r.sha256, pages=r.pages, path=p)
               for c, r, p in zip(prepared.copies, rendered, targets, strict=True)]
    done: list[Path] = []
    try:
        with vault.write() as conn:
            _record(conn, vault, prepared, packet_id, written)
            for target, pdf_file in zip(targets, rendered, strict=True):
                atomic_write_bytes(target, pdf_file.data)
                done.append(target)
    except BaseException:
        for path in done:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    session = prepared.source.session
    return PacketResult(packet_id=packet_id, session_id=session.id if session else None,
                        case_ids=tuple(c.case_id for c in prepared.cases),
                        copies=tuple(written))


@dataclass(frozen=True)
class CopyRecord:
    code: str
    copy_no: int
    recipient: str
    institution: str | None
    sha256: str
    pages: int
    created_at: str
    packet_id: str


def copies_for_session(conn: Connection, session_id: str) -> list[CopyRecord]:
    return [CopyRecord(*r) for r in conn.execute(
        "SELECT k.code, k.copy_no, k.recipient, k.institution, k.sha256, k.pages, k.created_at,"
        " k.packet_id FROM cem_packet_copy k JOIN cem_packet p ON p.id = k.packet_id"
        " WHERE p.session_id = ? ORDER BY k.created_at DESC, k.copy_no", (session_id,))]


def find_copy(conn: Connection, code: str) -> CopyRecord | None:
    """Whose copy is this?  (A leaked page carries its code.)"""
    row = conn.execute(
        "SELECT code, copy_no, recipient, institution, sha256, pages, created_at, packet_id"
        " FROM cem_packet_copy WHERE code = ?", (code.strip().upper(),)).fetchone()
    return CopyRecord(*row) if row else None
