"""Digital-violence evidence from the command line: packages and integrity checks.

``evidence-package`` writes the encrypted package a prosecutor or helpline
receives (or, with ``--plaintext``, a plain folder: warned about and audited).
``evidence-verify`` recomputes every item's SHA-256 and names damaged ones.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mpi_desktop.cli.common import add_vault_arg, unlock
from mpi_desktop.cli.io import add_secret_flag, err, out, reader
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.interchange.errors import UnknownCase
from mpi_desktop.storage import cases_repo
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.evidence_export import PackageResult
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.vault import Vault
from mpi_desktop.texts.protocol import format_size


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("evidence-package", help=translate(
        "ProtocolCLI", "write a case's digital-violence evidence as an encrypted package "
        "(stdin lines: vault passphrase, package passphrase)"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--case", required=True, metavar="FOLIO")
    p.add_argument("--out", type=Path, required=True, metavar="PATH", help=translate(
        "ProtocolCLI", "package file to write (with --plaintext: a new folder)"))
    p.add_argument("--evidence", action="append", default=None, metavar="ID", help=translate(
        "ProtocolCLI", "only this evidence item (repeatable; default: all of the case)"))
    p.add_argument("--include-notes", action="store_true", help=translate(
        "ProtocolCLI", "include the caseworkers' notes on each item"))
    p.add_argument("--plaintext", action="store_true", help=translate(
        "ProtocolCLI", "write an unencrypted folder instead (warned about and audited)"))
    p.set_defaults(func=cmd_package)

    p = sub.add_parser("evidence-verify", help=translate(
        "ProtocolCLI", "recompute the SHA-256 of stored evidence and report damage"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--case", metavar="FOLIO", help=translate(
        "ProtocolCLI", "only this case (default: every case)"))
    p.set_defaults(func=cmd_verify)


def _case_id(vault: Vault, folio: str) -> str:
    with vault.read() as conn:
        case = cases_repo.get_by_folio(conn, folio)
    if case is None:
        raise UnknownCase(folio)
    return case.id


def cmd_package(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        case_id = _case_id(vault, args.case)
        store = EvidenceStore(vault)
        result: PackageResult
        if args.plaintext:
            err(translate(
                "ProtocolCLI", "Warning: writing the evidence UNENCRYPTED. Anyone who gets the "
                "folder or the device can see it: hand it over and delete it. This is recorded "
                "in the audit log."))
            result = store.package_plain(case_id, args.out, evidence_ids=args.evidence,
                                         include_notes=args.include_notes)
        else:
            passphrase = reader(args).read(
                translate("ProtocolCLI", "Passphrase for the package:"), confirm=True)
            result = store.package(case_id, args.out, passphrase=passphrase,
                                   evidence_ids=args.evidence,
                                   include_notes=args.include_notes)
    text = translate("ProtocolCLI", "Evidence package {id} written: {path} ({count} items, "
                     "{size}, {kind}).")
    kind = translate("ProtocolCLI", "encrypted") if result.encrypted else translate(
        "ProtocolCLI", "UNENCRYPTED")
    out(text.format(id=result.package_id, path=result.path, count=result.items,
                    size=format_size(result.total_bytes), kind=kind))
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        store = EvidenceStore(vault)
        if args.case:
            case_ids = [_case_id(vault, args.case)]
        else:
            with vault.read() as conn:
                case_ids = [r[0] for r in conn.execute(
                    "SELECT DISTINCT case_id FROM evidence ORDER BY case_id")]
        checked = 0
        damaged: list[tuple[ev.Evidence, str]] = []
        for case_id in case_ids:
            items = store.for_case(case_id)
            bad = set(store.verify_case(case_id))
            checked += len(items)
            if bad:
                with vault.read() as conn:
                    case = cases_repo.get(conn, case_id)
                folio = case.folio if case is not None else case_id
                damaged.extend((i, folio) for i in items if i.id in bad)
    for item, folio in damaged:
        err(translate("ProtocolCLI", "DAMAGED: {id} ({name}, case {case})").format(
            id=item.id, name=item.original_name, case=folio))
    if damaged:
        err(translate("ProtocolCLI", "{bad} of {total} evidence items do not match their "
                      "SHA-256. Restore the vault from a backup.").format(
                          bad=len(damaged), total=checked))
        return ExitCode.DAMAGED
    out(translate("ProtocolCLI", "{total} evidence items checked: every SHA-256 matches."
                  ).format(total=checked))
    return ExitCode.OK
