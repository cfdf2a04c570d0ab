"""One place that turns an expected failure into a sentence for the user.

Used by the CLI and by every dialog in the GUI, so the same failure reads the
same everywhere, in the user's language.  Unknown exceptions get a generic
message (and, in the GUI, a log entry without content) — never a traceback.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from mpi_desktop import errors as e
from mpi_desktop.i18n import translate
from mpi_desktop.texts import records as records_texts


def passphrase_problem(code: str) -> str:
    texts = {
        "empty": translate("Errors", "The passphrase is empty."),
        "common": translate("Errors", "The passphrase is a common word or password."),
        "repetitive": translate("Errors", "The passphrase repeats too few characters."),
        "predictable": translate(
            "Errors", "The passphrase is long but predictable; add unrelated words."),
        "too_short": translate(
            "Errors", "Use at least 15 characters, for example four or five unrelated words."),
    }
    return texts.get(code, code)


#: Feature areas that word their own errors: (module, function), each returning
#: None for errors that are not its own.  Imported on first use, so a start-up
#: that shows no error loads none of them.
_DESCRIBERS = (
    ("mpi_desktop.texts.protocol", "describe"),
    ("mpi_desktop.texts.risk", "describe_error"),
    ("mpi_desktop.texts.cem", "describe"),
    ("mpi_desktop.demo.texts", "describe"),
    ("mpi_desktop.texts.indicators", "describe"),
    ("mpi_desktop.texts.cases", "describe"),
)


def _feature_text(exc: e.MpiError) -> str | None:
    for module, name in _DESCRIBERS:
        describer: Callable[[e.MpiError], str | None] = getattr(
            importlib.import_module(module), name)
        text = describer(exc)
        if text is not None:
            return text
    return None


def describe(exc: BaseException) -> str:
    if isinstance(exc, e.WrongPassphrase):
        return translate("Errors", "Wrong passphrase. Check Caps Lock and the keyboard layout.")
    if isinstance(exc, e.RecoveryKeyMistyped):
        if exc.group is None:
            return translate(
                "Errors",
                "The recovery key does not have the right length: it has 8 groups of 5 "
                "characters. Nothing was tried.")
        return translate(
            "Errors",
            "Group {group} of the recovery key looks mistyped. Check it against the paper. "
            "Nothing was tried.").format(group=exc.group)
    if isinstance(exc, e.WrongRecoveryKey):
        return translate("Errors", "This recovery key does not belong to this vault.")
    if isinstance(exc, e.WeakPassphrase):
        return "\n".join(passphrase_problem(p) for p in exc.problems)
    if isinstance(exc, e.PassphraseMismatch):
        return translate("Errors", "The two passphrases do not match.")
    if isinstance(exc, e.VaultNotFound):
        return translate("Errors", "There is no vault in {path}.").format(path=exc.path)
    if isinstance(exc, e.VaultExists):
        return translate(
            "Errors", "{path} already contains files; choose an empty or new folder."
        ).format(path=exc.path)
    if isinstance(exc, e.KeyFileMissing):
        return translate(
            "Errors",
            "The key file {path} is missing. Without it the vault cannot be opened: restore "
            "it from a backup. The database was not modified.").format(path=exc.path)
    if isinstance(exc, e.KeyFileDamaged):
        return translate(
            "Errors",
            "The key file {path} is damaged ({detail}). This is not a wrong passphrase. "
            "Restore the vault from a backup; nothing was modified.").format(
                path=exc.path, detail=exc.detail)
    if isinstance(exc, e.VaultDamaged):
        return translate(
            "Errors",
            "The vault database is damaged ({detail}). Nothing was modified and no new vault "
            "was created. Restore it from a backup.").format(detail=exc.detail)
    if isinstance(exc, e.VaultMismatch):
        return translate(
            "Errors", "The key file and the database belong to different vaults.")
    if isinstance(exc, e.SchemaTooNew):
        return translate(
            "Errors",
            "This vault was written by a newer version of MPI Desktop (schema {found}; this "
            "version reads up to {supported}). Update the app; the vault was not touched."
        ).format(found=exc.found, supported=exc.supported)
    if isinstance(exc, e.UnsupportedCipher):
        return translate(
            "Errors", "This installation lacks SQLCipher encryption; refusing to open vaults.")
    if isinstance(exc, e.VaultLocked):
        return translate("Errors", "The vault is locked.")
    if isinstance(exc, e.StorageFull):
        return translate(
            "Errors",
            "The disk is full while writing {path}. Nothing was replaced; free some space "
            "and try again.").format(path=exc.path)
    if isinstance(exc, e.StorageIOError):
        return translate("Errors", "Cannot write {path}: {detail}.").format(
            path=exc.path, detail=exc.detail)
    if isinstance(exc, e.BackupDamaged):
        return translate(
            "Errors", "The backup file {path} is damaged or incomplete ({detail}). Nothing "
            "was restored.").format(path=exc.path, detail=exc.detail)
    if isinstance(exc, e.AuditChainBroken):
        return translate(
            "Errors", "The audit log was altered or damaged at entry {seq} ({detail})."
        ).format(seq=exc.seq, detail=exc.detail)
    if isinstance(exc, e.RefusedForSafety):
        return refusal(exc.reason)
    if isinstance(exc, records_texts.ERRORS):
        return records_texts.describe_error(exc)
    if isinstance(exc, e.MpiError):
        feature_text = _feature_text(exc)
        if feature_text is not None:
            return feature_text
    if isinstance(exc, e.MpiError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return translate("Errors", "Not enough memory to finish the operation.")
    return translate("Errors", "Unexpected error: {kind}. Nothing was saved by the failed step."
                     ).format(kind=type(exc).__name__)


def refusal(reason: str) -> str:
    texts = {
        "vault in use by another process": translate(
            "Errors", "The vault is open in another copy of MPI Desktop. Close it first."),
        "vault locked exclusively by another process": translate(
            "Errors", "Another copy of MPI Desktop is re-encrypting or restoring this vault."),
        "target exists": translate(
            "Errors", "The target already exists; it was not overwritten."),
    }
    return texts.get(reason, reason)
