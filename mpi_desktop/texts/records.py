"""Sentences for interchange, bundle and ARCO failures, in the user's language.

Import problems are listed one per line as ``<JSON path>: <sentence>``; domain
validation codes reuse the sentences of :mod:`mpi_desktop.texts.validation`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.interchange import errors as e
from mpi_desktop.texts.validation import describe_issue

#: The error classes :func:`describe_error` knows (``messages.describe`` asks).
ERRORS: tuple[type[Exception], ...] = (
    e.InvalidImport, e.BundleWrongPassphrase, e.BundleDamaged, e.BundleTooLarge,
    e.InvalidEntryName, e.UnknownCase, e.UnknownPerson, e.ExcludedByOpposition,
    e.ConfirmationRequired, e.NotConfirmed,
)

#: Text modules of later interchange sections (risk, protocol, CEM…).  Each
#: defines ``describe_import_issue(issue) -> str | None`` (None: not its code).
#: Features append their module here; it is consulted before the generic texts.
ISSUE_TEXT_MODULES: tuple[str, ...] = ("mpi_desktop.texts.protocol",
                                       "mpi_desktop.texts.indicators",
                                       "mpi_desktop.texts.risk")


def _from_features(issue: e.ImportIssue) -> str | None:
    for name in ISSUE_TEXT_MODULES:
        describe = getattr(import_module(name), "describe_import_issue", None)
        text = describe(issue) if describe is not None else None
        if text is not None:
            return str(text)
    return None


def _format_kind(kind: str) -> str:
    texts = {
        "uuid": lambda: translate("Interchange", "a UUID in lowercase, like "
                                  "3f0c6a52-5d1e-4b8e-9a53-2c4b1e6f7a10"),
        "date": lambda: translate("Interchange", "a date like 2026-03-31"),
        "instant": lambda: translate("Interchange", "a UTC instant like "
                                     "2026-03-31T18:05:00.000000Z"),
        "code": lambda: translate("Interchange", "a catalog code (lowercase letters, digits, _)"),
        "folio": lambda: translate("Interchange", "a folio like MPI-2026-0042"),
    }
    text = texts.get(kind)
    return text() if text else translate("Interchange", "the expected format")


def describe_import_issue(issue: e.ImportIssue) -> str:
    p = issue.params
    texts: dict[str, Callable[[], str]] = {
        "unreadable": lambda: translate("Interchange", "The file cannot be read ({reason})."
                                        ).format(reason=p.get("reason", "")),
        "file_too_large": lambda: translate(
            "Interchange", "The file is larger than the {limit} bytes an import accepts; "
            "it was not read.").format(limit=p.get("limit", "")),
        "not_utf8": lambda: translate(
            "Interchange", "The file is not UTF-8 text (byte {offset}).").format(
                offset=p.get("offset", "")),
        "invalid_json": lambda: translate(
            "Interchange", "The file is not valid JSON (line {line}, column {column})."
        ).format(line=p.get("line", ""), column=p.get("column", "")),
        "duplicate_key": lambda: translate(
            "Interchange", "The key “{name}” appears twice in the same object.").format(
                name=p.get("name", "")),
        "invalid_number": lambda: translate(
            "Interchange", "The file contains a number JSON does not allow or that is too large."),
        "too_deep": lambda: translate(
            "Interchange", "Nested more than {limit} levels deep.").format(
                limit=p.get("limit", "")),
        "not_an_object": lambda: translate(
            "Interchange", "The document must be a JSON object."),
        "not_interchange": lambda: translate(
            "Interchange", "This is not an MPI Desktop interchange file."),
        "newer_version": lambda: translate(
            "Interchange", "The file uses format version {found}; this version of MPI Desktop "
            "reads up to version {supported}. Update the app.").format(
                found=p.get("found", ""), supported=p.get("supported", "")),
        "unsupported_version": lambda: translate(
            "Interchange", "Format version {found} is not supported.").format(
                found=p.get("found", "")),
        "too_many_items": lambda: translate(
            "Interchange", "More than {limit} items.").format(limit=p.get("limit", "")),
        "string_too_long": lambda: translate(
            "Interchange", "Text longer than {limit} characters.").format(
                limit=p.get("limit", "")),
        "bad_key": lambda: translate(
            "Interchange", "A key is longer than {limit} characters or has control "
            "characters.").format(limit=p.get("limit", "")),
        "control_character": lambda: translate(
            "Interchange", "The text contains control characters."),
        "missing_property": lambda: translate("Interchange", "Required, but missing."),
        "unknown_property": lambda: translate(
            "Interchange", "Unknown field “{name}”: this file has data this version does "
            "not know.").format(name=p.get("name", "")),
        "wrong_type": lambda: translate("Interchange", "Wrong type: expected {expected}.").format(
            expected=p.get("expected", "")),
        "bad_format": lambda: translate("Interchange", "Wrong format: expected {what}.").format(
            what=_format_kind(str(p.get("kind", "")))),
        "not_allowed": lambda: translate(
            "Interchange", "Value not allowed; allowed: {allowed}.").format(
                allowed=p.get("allowed", "")),
        "invalid": lambda: translate("Interchange", "Invalid value ({rule}).").format(
            rule=issue.detail),
        "invalid_date": lambda: translate("Interchange", "This date does not exist."),
        "invalid_instant": lambda: translate("Interchange", "This instant does not exist."),
        "too_many_errors": lambda: translate(
            "Interchange", "…and {more} more problems not listed.").format(
                more=p.get("more", "")),
        "duplicate_in_file": lambda: translate(
            "Interchange", "The same UUID is already used at {first}.").format(
                first=p.get("first", "")),
        "duplicate_folio_in_file": lambda: translate(
            "Interchange", "Folio {folio} is already used at {first}.").format(
                folio=p.get("folio", ""), first=p.get("first", "")),
        "folio_taken": lambda: translate(
            "Interchange", "Folio {folio} already belongs to another case in this vault."
        ).format(folio=p.get("folio", "")),
        "unknown_person": lambda: translate(
            "Interchange", "This person is neither in the file nor in the vault."),
        "unknown_case": lambda: translate(
            "Interchange", "This case is neither in the file nor in the vault."),
        "case_mismatch": lambda: translate(
            "Interchange", "This record already exists in the vault under another case."),
        "duplicate_refused": lambda: translate(
            "Interchange", "A different record with this UUID is already in the vault "
            "(--on-duplicate fail)."),
        "erased_by_arco": lambda: translate(
            "Interchange", "This record was erased at the person's request (ARCO "
            "cancellation); it cannot be imported again."),
        "opposition_withdrawal": lambda: translate(
            "Interchange", "This person exercised ARCO opposition in this vault; an import "
            "cannot withdraw it."),
        "wrong_bundle_kind": lambda: translate(
            "Interchange", "This encrypted file is a “{kind}” bundle, not an export.").format(
                kind=p.get("kind", "")),
        "bundle_contents": lambda: translate(
            "Interchange", "The encrypted file must hold exactly one “{expected}”.").format(
                expected=p.get("expected", "")),
    }
    text = texts.get(issue.code)
    if text is not None:
        return text()
    feature_text = _from_features(issue)
    if feature_text is not None:
        return feature_text
    # Domain validation codes (required, unknown_code, future_date, …).
    return describe_issue(Issue(issue.path, issue.code, issue.params))


def describe_import_issues(issues: list[e.ImportIssue]) -> list[str]:
    return [f"{i.path}: {describe_import_issue(i)}" for i in issues]


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, e.InvalidImport):
        head = translate(
            "Interchange", "The file cannot be imported; nothing was imported. Problems "
            "found: {n}").format(n=len(exc.issues))
        return "\n".join([head, *describe_import_issues(exc.issues)])
    if isinstance(exc, e.BundleWrongPassphrase):
        return translate(
            "Interchange", "Wrong passphrase for this encrypted file. It is the passphrase "
            "chosen when the file was exported, not the vault's.")
    if isinstance(exc, e.BundleDamaged):
        return translate(
            "Interchange", "The encrypted file is damaged, altered or incomplete ({detail}). "
            "Nothing was imported; ask for a new copy.").format(detail=exc.detail)
    if isinstance(exc, e.BundleTooLarge):
        return translate(
            "Interchange", "The encrypted file holds more than {limit} bytes; reading "
            "stopped.").format(limit=exc.limit)
    if isinstance(exc, e.InvalidEntryName):
        return translate("Interchange", "Invalid name inside an encrypted file: {name}"
                         ).format(name=exc.name)
    if isinstance(exc, e.UnknownCase):
        return translate("Interchange", "There is no case {folio} in this vault.").format(
            folio=exc.key)
    if isinstance(exc, e.UnknownPerson):
        return translate("Interchange", "There is no person with id {id} in this vault."
                         ).format(id=exc.key)
    if isinstance(exc, e.ExcludedByOpposition):
        return translate(
            "Interchange", "Case {folio} involves a person who exercised ARCO opposition; "
            "it is excluded from exports.").format(folio=exc.folio)
    if isinstance(exc, e.ConfirmationRequired):
        return translate(
            "Interchange", "This erases data for good and needs confirmation: run it in a "
            "terminal, or add --yes in scripts.")
    if isinstance(exc, e.NotConfirmed):
        return translate("Interchange", "Not confirmed; nothing was erased.")
    return str(exc)
