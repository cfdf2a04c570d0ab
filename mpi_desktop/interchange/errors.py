"""Expected failures of export, import, bundles and ARCO requests.

A leaf module (it imports only :mod:`mpi_desktop.errors`), so the sentence helper
(:mod:`mpi_desktop.texts.records`) and the storage layer can both use it.
Each class has one exit code (docs/CLI.md) and one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mpi_desktop.errors import ExitCode, MpiError


@dataclass
class ImportIssue:
    """One problem of an import file, located by its JSON path."""

    path: str  # JSON path, e.g. "$.cases[3].participants[0].person_id"
    code: str
    detail: str = ""
    #: Values for the sentence (limits, codes, names of properties); never content
    #: beyond what the file's own author wrote at that path.
    params: dict[str, Any] = field(default_factory=dict)


class InvalidImport(MpiError):
    """The file cannot be imported; nothing was written.  Carries every problem found."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, issues: list[ImportIssue]) -> None:
        super().__init__(f"invalid import file: {len(issues)} problems: "
                         + "; ".join(f"{i.path}: {i.code}" for i in issues[:20]))
        self.issues = issues


class BundleWrongPassphrase(MpiError):
    """The bundle passphrase does not open this bundle (or its header was forged)."""

    exit_code = ExitCode.WRONG_SECRET


class BundleDamaged(MpiError):
    """A bundle that fails authentication after the key check: altered or truncated."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, detail: str) -> None:
        super().__init__(f"bundle damaged: {detail}")
        self.detail = detail


class BundleTooLarge(MpiError):
    """The bundle holds more than the reader accepts; reading stopped there."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, limit: int) -> None:
        super().__init__(f"bundle content larger than {limit} bytes")
        self.limit = limit


class InvalidEntryName(MpiError):
    """A bundle entry name that is not a plain relative path (``..``, absolute, ...)."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, name: str) -> None:
        super().__init__(f"invalid bundle entry name: {name!r}")
        self.name = name


class UnknownCase(MpiError):
    """No case with this folio (or id) in the vault."""

    exit_code = ExitCode.USAGE

    def __init__(self, key: str) -> None:
        super().__init__(f"no case {key}")
        self.key = key


class UnknownPerson(MpiError):
    exit_code = ExitCode.USAGE

    def __init__(self, key: str) -> None:
        super().__init__(f"no person {key}")
        self.key = key


class ExcludedByOpposition(MpiError):
    """The case to export involves a person who exercised ARCO opposition."""

    exit_code = ExitCode.REFUSED

    def __init__(self, folio: str) -> None:
        super().__init__(f"case {folio} is excluded from exports by an ARCO opposition")
        self.folio = folio


class ConfirmationRequired(MpiError):
    """A destructive command without a terminal to confirm on and without ``--yes``."""

    exit_code = ExitCode.USAGE


class NotConfirmed(MpiError):
    """The user did not type the confirmation word: nothing was done."""

    exit_code = ExitCode.REFUSED
