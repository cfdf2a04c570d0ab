"""CEM commands: ``packet`` (anonymized, scanned PDF), ``cem-sessions``, ``packet-trace``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from mpi_desktop.cli.common import add_vault_arg, unlock
from mpi_desktop.cli.io import add_secret_flag, err, out
from mpi_desktop.domain import catalogs
from mpi_desktop.domain.cem import LeaksFound
from mpi_desktop.domain.ids import is_uuid
from mpi_desktop.errors import ExitCode, MpiError, RefusedForSafety
from mpi_desktop.i18n import translate
from mpi_desktop.reports import packet, packet_export
from mpi_desktop.reports.packet_export import PacketRequest, Recipient
from mpi_desktop.storage import cem
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault
from mpi_desktop.texts import cem as texts


class SessionNotFound(MpiError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, ref: str) -> None:
        super().__init__(translate("CemCli", "No CEM session matches “{ref}”. List them with "
                                   "cem-sessions.").format(ref=ref))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("packet", help=translate(
        "CemCli", "write the anonymized CEM packet (PDF) after the leak scan"))
    add_vault_arg(p)
    add_secret_flag(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help=translate(
        "CemCli", "session id, or YEAR/TYPE/NUMBER such as 2026/ordinaria/3"))
    which.add_argument("--cases", metavar="FOLIO,FOLIO", help=translate(
        "CemCli", "an ad-hoc packet of these cases, in this order"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--recipient", metavar="NAME", default=None, help=translate(
        "CemCli", "who receives this copy (an institution code such as ssc, or a name)"))
    p.add_argument("--place", choices=["alcaldia", "zona"], default=None, help=translate(
        "CemCli", "generalize places to alcaldía or zone (default: the session's setting)"))
    p.add_argument("--dismiss", action="append", default=[], metavar="CODE", help=translate(
        "CemCli", "dismiss the finding with this code (repeatable; recorded and audited)"))
    p.add_argument("--dismiss-reason", default="", metavar="TEXT", help=translate(
        "CemCli", "why the dismissed findings are not identifying"))
    p.add_argument("--force", action="store_true", help=translate(
        "CemCli", "replace FILE.pdf if it exists"))
    p.set_defaults(func=cmd_packet)

    p = sub.add_parser("cem-sessions", help=translate("CemCli", "list the CEM sessions"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--year", type=int, default=None)
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("packet-trace", help=translate(
        "CemCli", "tell which recipient a packet copy was given to, from its control code"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("code", metavar="CODE")
    p.set_defaults(func=cmd_trace)


def _session_id(vault: Vault, ref: str) -> str:
    ref = ref.strip()
    with vault.read() as conn:
        if is_uuid(ref.lower()):
            try:
                return cem.get_session(conn, ref.lower()).id
            except RecordNotFound:
                raise SessionNotFound(ref) from None
        match = re.fullmatch(r"(\d{4})/([a-z_]+)/(\d{1,2})", ref.lower())
        if match:
            row = conn.execute("SELECT id FROM cem_session WHERE year = ? AND kind = ?"
                               " AND number = ?", (int(match.group(1)), match.group(2),
                                                   int(match.group(3)))).fetchone()
            if row:
                return str(row[0])
    raise SessionNotFound(ref)


def _recipient(name: str | None, out_path: Path) -> tuple[Recipient, ...]:
    if name is None:
        return (Recipient(translate("Packet", "Internal working copy"), None, out_path),)
    wanted = name.strip().casefold()
    for entry in catalogs.get("institutions").entries:
        if wanted in (entry.code, str(entry.get("abbr", "")).casefold()):
            return (Recipient(packet.recipient_name(entry.code, texts.lang()), entry.code,
                              out_path),)
    return (Recipient(name.strip(), None, out_path),)


def _print_findings(exc: LeaksFound, folios: dict[str, str]) -> None:
    out(translate("CemCli", "Possible identifiers found ({count}):").format(
        count=len(exc.findings)))
    for f in exc.findings:
        where = folios.get(f.case_id or "", translate("CemCli", "cover"))
        out(translate("CemCli", "  [{code}] {folio} · {field} · {kind}: {snippet}").format(
            code=f.code(exc.scope), folio=where, field=texts.field_label(f.field),
            kind=texts.finding_kind_label(f.kind), snippet=f.snippet))
    out(translate("CemCli", "Fix the text in the vault, or dismiss a finding that is not "
                  "identifying with --dismiss CODE (recorded and audited)."))


def cmd_packet(args: argparse.Namespace) -> int:
    out_path: Path = args.out
    if out_path.exists() and not args.force:
        raise RefusedForSafety("target exists")
    with unlock(args) as vault:
        session_id = _session_id(vault, args.session) if args.session else None
        folios = tuple(f.strip().upper() for f in (args.cases or "").split(",") if f.strip())
        request = PacketRequest(session_id=session_id, folios=folios,
                                recipients=_recipient(args.recipient, out_path),
                                place_granularity=args.place,
                                dismiss=frozenset(c.strip().upper() for c in args.dismiss),
                                dismiss_reason=args.dismiss_reason, overwrite=args.force)
        try:
            result = packet_export.generate(vault, request)
        except LeaksFound as exc:
            ids = sorted({f.case_id for f in exc.findings if f.case_id})
            with vault.read() as conn:
                names = {r[0]: r[1] for r in conn.execute(
                    "SELECT id, folio FROM case_file WHERE id IN"
                    f" ({','.join('?' * len(ids))})", ids)}
            _print_findings(exc, names)
            raise
    copy = result.copies[0]
    out(translate("CemCli", "Packet written: {path}").format(path=copy.path))
    out(translate("CemCli", "Cases: {count} · pages: {pages} · control code: {code}").format(
        count=len(result.case_ids), pages=copy.pages, code=copy.code))
    out(translate("CemCli", "SHA-256: {sha}").format(sha=copy.sha256))
    return ExitCode.OK


def cmd_sessions(args: argparse.Namespace) -> int:
    with unlock(args) as vault, vault.read() as conn:
        rows = cem.list_sessions(conn, year=args.year)
    if not rows:
        out(translate("CemCli", "No CEM sessions."))
    for r in rows:
        s = r.session
        out(translate("CemCli", "{id}  {date}  {title}  {status}  {items} items, {acuerdos} "
                      "acuerdos").format(id=s.id, date=s.held_on.isoformat(),
                                         title=texts.session_title(s),
                                         status=texts.status_label(s.status),
                                         items=r.agenda_items, acuerdos=r.acuerdos))
    return ExitCode.OK


def cmd_trace(args: argparse.Namespace) -> int:
    with unlock(args) as vault, vault.read() as conn:
        found = packet_export.find_copy(conn, args.code)
    if found is None:
        err(translate("CemCli", "No packet copy has the code {code}.").format(code=args.code))
        return ExitCode.INVALID_INPUT
    out(translate("CemCli", "Copy {number} for {recipient}, made {at}; SHA-256 {sha}").format(
        number=found.copy_no, recipient=found.recipient, at=found.created_at, sha=found.sha256))
    return ExitCode.OK
