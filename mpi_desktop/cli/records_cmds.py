"""Case records from the command line: list, export, import, ARCO requests.

Secrets follow docs/CLI.md: with ``--passphrase-stdin`` the first line is the
vault passphrase and the next one the bundle passphrase; on a terminal both are
prompted (a new bundle passphrase twice).  Exports are encrypted bundles unless
``--plaintext`` is given, which warns on stderr and is recorded as such.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mpi_desktop import i18n
from mpi_desktop.cli.common import add_vault_arg, unlock
from mpi_desktop.cli.io import add_secret_flag, err, out, reader
from mpi_desktop.domain import catalogs
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.interchange.errors import ConfirmationRequired, NotConfirmed
from mpi_desktop.interchange.sections import ON_DUPLICATE

if TYPE_CHECKING:
    from mpi_desktop.interchange.export import ExportResult
    from mpi_desktop.interchange.importer import ImportReport
    from mpi_desktop.interchange.scope import ExportRequest
    from mpi_desktop.storage import arco
    from mpi_desktop.storage.vault import Vault

# The engines (jsonschema, cryptography, storage) are imported inside the
# commands: ``mpi-desktop --version`` and the GUI start should not pay for them.

#: Duplicates listed one by one before the report only counts the rest.
MAX_LISTED = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cases", help=translate("RecordsCLI", "list cases (folio, status, "
                                               "procedure, date of request)"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--search", default="", metavar="TEXT", help=translate(
        "RecordsCLI", "full-text search over folios, names, aliases and narratives"))
    p.add_argument("--status", action="append", default=[], metavar="S", help=translate(
        "RecordsCLI", "only cases with this status code (repeatable)"))
    p.add_argument("--risk-level", action="append", default=[], metavar="L", help=translate(
        "RecordsCLI", "only cases whose current risk level is L: ordinario, extraordinario "
        "or extremo (repeatable)"))
    p.add_argument("--overdue", action="store_true", help=translate(
        "RecordsCLI", "only cases with a measure whose review date has passed"))
    p.add_argument("--limit", type=int, default=50, metavar="N", help=translate(
        "RecordsCLI", "at most N cases, newest first (default 50)"))
    p.add_argument("--json", action="store_true", help=translate(
        "RecordsCLI", "machine-readable rows: folio, status, procedure, dates only"))
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("export", help=translate(
        "RecordsCLI", "export one case, one person or everything to an encrypted file"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--case", metavar="FOLIO", help=translate(
        "RecordsCLI", "only this case, its people and events"))
    which.add_argument("--person", metavar="UUID", help=translate(
        "RecordsCLI", "only this person and the cases they are on (ARCO access)"))
    _plaintext_flag(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help=translate(
        "RecordsCLI", "import an export file: all or nothing, every problem listed"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="skip", help=translate(
        "RecordsCLI", "a record whose UUID is already in the vault: keep ours (skip, the "
                      "default), take the file's (replace) or refuse the file (fail)"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("arco", help=translate(
        "RecordsCLI", "ARCO rights of one person: access, cancellation, opposition"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--person", required=True, metavar="UUID")
    right = p.add_mutually_exclusive_group(required=True)
    right.add_argument("--access", type=Path, metavar="FILE", help=translate(
        "RecordsCLI", "write everything about the person to FILE (encrypted)"))
    right.add_argument("--cancel", action="store_true", help=translate(
        "RecordsCLI", "erase the person and every trace of them, for good"))
    right.add_argument("--oppose", action="store_true", help=translate(
        "RecordsCLI", "record their opposition: left out of statistics and exports"))
    p.add_argument("--yes", action="store_true", help=translate(
        "RecordsCLI", "do not ask for confirmation (scripts)"))
    _plaintext_flag(p)
    p.set_defaults(func=cmd_arco)


def _plaintext_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plaintext", action="store_true", help=translate(
        "RecordsCLI", "write unencrypted JSON instead (warned about and audited)"))


# --- cases -----------------------------------------------------------------------------------


def cmd_cases(args: argparse.Namespace) -> int:
    from mpi_desktop.domain.risk_instrument import current as current_instrument
    from mpi_desktop.storage import case_query, risk_filters
    from mpi_desktop.storage.case_query import CaseFilter

    statuses = catalogs.get("case_statuses")
    unknown = [s for s in args.status if s not in statuses]
    levels = [lv.code for lv in current_instrument().levels]
    if unknown or args.limit < 1 or any(lv not in levels for lv in args.risk_level):
        err(translate("RecordsCLI", "Usage error: --status takes one of: {codes}; "
                      "--risk-level one of: {levels}; --limit at least 1.").format(
                          codes=", ".join(statuses.codes(active_only=False)),
                          levels=", ".join(levels)))
        return ExitCode.USAGE
    with unlock(args) as vault, vault.read() as conn:
        f = CaseFilter(text=args.search, statuses=tuple(args.status),
                       extra=risk_filters.extra_conditions(risk_levels=args.risk_level,
                                                           overdue=args.overdue))
        rows = case_query.page(conn, f, limit=args.limit)
        total = case_query.count(conn, f)
    if args.json:
        print(json.dumps([{"folio": r.folio, "status": r.status, "procedure": r.procedure,
                           "risk_level": r.risk_level, "opened_on": r.opened_on.isoformat()}
                          for r in rows],
                         ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not rows:
        out(translate("RecordsCLI", "No cases match."))
        return ExitCode.OK
    lang = i18n.current_language()
    procedures = catalogs.get("procedures")
    instrument = current_instrument()
    table = [(translate("RecordsCLI", "Folio"), translate("RecordsCLI", "Status"),
              translate("RecordsCLI", "Procedure"), translate("RecordsCLI", "Risk"),
              translate("RecordsCLI", "Requested"))]
    table += [(r.folio, statuses.label(r.status, lang),
               procedures.label(r.procedure, lang) or "—",
               instrument.level_label(r.risk_level, lang) if r.risk_level else "—",
               r.opened_on.isoformat())
              for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        out("  ".join([*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)),
                       row[4]]).rstrip())
    out(translate("RecordsCLI", "{shown} of {total} cases.").format(shown=len(rows),
                                                                     total=total))
    return ExitCode.OK


# --- export ------------------------------------------------------------------------------------


def _bundle_passphrase(args: argparse.Namespace) -> str | None:
    if args.plaintext:
        err(translate(
            "RecordsCLI", "Warning: writing an UNENCRYPTED file. It holds personal data of "
            "people at risk: keep it off shared folders, e-mail and USB sticks, and delete it "
            "securely when done. This is recorded in the audit log."))
        return None
    return reader(args).read(translate("RecordsCLI", "Passphrase for the exported file:"),
                             confirm=True)


SECTION_LABELS = {
    "people": lambda: translate("RecordsCLI", "people"),
    "cases": lambda: translate("RecordsCLI", "cases"),
    "aggressions": lambda: translate("RecordsCLI", "aggressions"),
    "attentions": lambda: translate("RecordsCLI", "attentions"),
    "risk_assessments": lambda: translate("RecordsCLI", "risk assessments"),
    "measures": lambda: translate("RecordsCLI", "protection measures"),
    "dv_reviews": lambda: translate("RecordsCLI", "digital-violence reviews"),
    "evidence": lambda: translate("RecordsCLI", "evidence files"),
    "cem_sessions": lambda: translate("RecordsCLI", "CEM sessions"),
    "cem_agenda_items": lambda: translate("RecordsCLI", "CEM agenda items"),
    "cem_acuerdos": lambda: translate("RecordsCLI", "CEM agreements"),
    "cem_summaries": lambda: translate("RecordsCLI", "summaries for the CEM"),
    "workshops": lambda: translate("RecordsCLI", "workshops"),
    "findings": lambda: translate("RecordsCLI", "findings"),
}


def _label(section: str) -> str:
    label = SECTION_LABELS.get(section)
    return label() if label else section


def _print_export(result: ExportResult) -> None:
    counts = ", ".join(f"{_label(k)}: {n}" for k, n in result.counts.items())
    if result.encrypted:
        out(translate("RecordsCLI", "Encrypted export written: {path} ({counts}).").format(
            path=result.path, counts=counts))
    else:
        out(translate("RecordsCLI", "Unencrypted export written: {path} ({counts}).").format(
            path=result.path, counts=counts))
    if result.kind == "all" and (result.excluded_people or result.excluded_cases):
        out(translate("RecordsCLI", "Left out by ARCO opposition: {people} people and "
                      "{cases} cases.").format(people=result.excluded_people,
                                               cases=result.excluded_cases))
    if not result.importable:
        err(translate("RecordsCLI", "Warning: this export is larger than an import accepts. "
                      "To move a whole vault, use backup and restore instead."))
    if result.kind == "person":
        out(translate("RecordsCLI", "Other people on these cases appear only as references. "
                      "Free-text fields may still name them: review before handing it over."))


def _export_request(args: argparse.Namespace) -> ExportRequest:
    from mpi_desktop.interchange.scope import ExportRequest

    if args.case:
        return ExportRequest("case", folio=args.case)
    if args.person:
        return ExportRequest("person", person_id=args.person)
    return ExportRequest("all")


def cmd_export(args: argparse.Namespace) -> int:
    from mpi_desktop.interchange.export import export

    request = _export_request(args)
    with unlock(args) as vault:
        passphrase = _bundle_passphrase(args)
        result = export(vault, request, args.out, passphrase=passphrase,
                        plaintext=args.plaintext)
    _print_export(result)
    return ExitCode.OK


# --- import --------------------------------------------------------------------------------------


def _print_import(path: Path, report: ImportReport) -> None:
    if report.encrypted:
        out(translate("RecordsCLI", "Imported from {path} (encrypted file):").format(path=path))
    else:
        out(translate("RecordsCLI", "Imported from {path} (unencrypted file):").format(
            path=path))
    dupes = report.duplicate_counts()
    for section, n in report.items.items():
        d: dict[str, int] = dict(dupes.get(section, {}))
        out("  " + translate(
            "RecordsCLI", "{section}: {n} in the file — {new} new, {replaced} replaced, "
            "{skipped} skipped, {identical} identical").format(
                section=_label(section), n=n, new=report.created(section),
                replaced=d.get("replaced", 0), skipped=d.get("skipped", 0),
                identical=d.get("identical", 0)))
    if not report.duplicates:
        out(translate("RecordsCLI", "No duplicates: every record was new to this vault."))
        return
    out(translate("RecordsCLI", "Already in the vault (same UUID):"))
    outcomes = {
        "identical": translate("RecordsCLI", "identical, nothing to do"),
        "skipped": translate("RecordsCLI", "different, kept the vault's version"),
        "replaced": translate("RecordsCLI", "different, replaced by the file's version"),
    }
    for section, uuid, outcome in report.duplicates[:MAX_LISTED]:
        out(f"  {_label(section)} {uuid}: {outcomes.get(outcome, outcome)}")
    if len(report.duplicates) > MAX_LISTED:
        out("  " + translate("RecordsCLI", "…and {n} more.").format(
            n=len(report.duplicates) - MAX_LISTED))


def cmd_import(args: argparse.Namespace) -> int:
    from mpi_desktop.interchange.importer import import_file

    path: Path = args.file
    with unlock(args) as vault:
        report = import_file(
            vault, path, on_duplicate=args.on_duplicate,
            ask_passphrase=lambda: reader(args).read(
                translate("RecordsCLI", "Passphrase of the encrypted file:")))
    _print_import(path, report)
    return ExitCode.OK


# --- ARCO -----------------------------------------------------------------------------------------


def _confirm_cancel(vault: Vault, args: argparse.Namespace) -> None:
    from mpi_desktop.storage import arco

    if arco.was_erased(vault, args.person):
        return  # only compaction is left to do: nothing to confirm
    plan = arco.plan_cancellation(vault, args.person)
    none = translate("RecordsCLI", "none")
    out(translate("RecordsCLI", "ARCO cancellation of {name} ({id}).").format(
        name=plan.person.full_name, id=plan.person.id))
    out(translate("RecordsCLI", "Cases erased with all their data (main beneficiary): "
                  "{folios}").format(folios=", ".join(plan.erased_folios) or none))
    out(translate("RecordsCLI", "Cases that only lose this person: {folios}").format(
        folios=", ".join(plan.unlinked_folios) or none))
    if plan.mentions:
        out(translate("RecordsCLI", "Other cases name them in their texts: {folios}. Rectify "
                      "those first (answer anything else now): the cancellation then also "
                      "removes the old text from their history.").format(
                          folios=", ".join(plan.mentions)))
    out(translate("RecordsCLI", "Their names in signed records of other cases (risk "
                  "assessments, measure transitions, CEM summaries and acuerdos) will be "
                  "replaced by [ARCO]; the rest of those records stays as it is."))
    word = translate("RecordsCLI", "ERASE")
    out(translate("RecordsCLI", "This cannot be undone. Type {word} to confirm:").format(
        word=word))
    try:
        answer = input()
    except EOFError:
        answer = ""
    if answer.strip().casefold() != word.casefold():
        raise NotConfirmed("not confirmed")


def _print_cancel(report: arco.CancelReport) -> None:
    none = translate("RecordsCLI", "none")
    if report.already_erased:
        out(translate("RecordsCLI", "Person {id} had already been erased; the vault was "
                      "compacted again.").format(id=report.person_id))
        _warn_not_compacted(report)
        return
    out(translate("RecordsCLI", "Erased person {id}.").format(id=report.person_id))
    out(translate("RecordsCLI", "Cases erased: {folios}").format(
        folios=", ".join(report.erased_folios) or none))
    out(translate("RecordsCLI", "Cases that no longer list them: {folios}").format(
        folios=", ".join(report.unlinked_folios) or none))
    out(translate("RecordsCLI", "History rows erased: {n}; values naming them removed from "
                  "other history: {redacted}; drafts erased: {drafts}.").format(
                      n=report.history_rows, redacted=report.history_values_redacted,
                      drafts=report.erased_by.get("drafts", 0)))
    if report.texts_redacted:
        out(translate("RecordsCLI", "Signed records of other cases where their names were "
                      "replaced by [ARCO]: {n} ({tables}).").format(
                          n=report.texts_redacted_total,
                          tables=", ".join(f"{t}: {n}" for t, n in
                                           sorted(report.texts_redacted.items()))))
    if report.mentions:
        out(translate("RecordsCLI", "These cases still name them in their texts; rectify "
                      "them: {folios}. Their previous text will stay in those cases' "
                      "history.").format(folios=", ".join(report.mentions)))
    if report.orphans:
        out(translate("RecordsCLI", "People of the erased cases who are now on no case "
                      "(review them): {ids}").format(ids=", ".join(report.orphans)))
    _warn_not_compacted(report)


def _warn_not_compacted(report: arco.CancelReport) -> None:
    if not report.compacted:
        err(translate("RecordsCLI", "Warning: the data was erased but the vault could not be "
                      "compacted (is the disk full?). Until it is, erased bytes may remain in "
                      "unused space of the encrypted file. Free some space and repeat this "
                      "command: it compacts the vault again."))


def cmd_arco(args: argparse.Namespace) -> int:
    from mpi_desktop.storage import arco

    if args.cancel and not args.yes and not sys.stdin.isatty():
        raise ConfirmationRequired("confirmation needed")
    with unlock(args) as vault:
        if args.access is not None:
            passphrase = _bundle_passphrase(args)
            result = arco.access(vault, args.person, args.access, passphrase=passphrase,
                                 plaintext=args.plaintext)
            _print_export(result)
        elif args.cancel:
            if not args.yes:
                _confirm_cancel(vault, args)
            _print_cancel(arco.cancel(vault, args.person))
        else:
            if arco.oppose(vault, args.person):
                out(translate("RecordsCLI", "Opposition recorded: this person and their "
                              "cases are left out of statistics and exports."))
            else:
                out(translate("RecordsCLI", "Opposition was already recorded; nothing "
                              "changed."))
    return ExitCode.OK
