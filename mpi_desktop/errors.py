"""Exceptions with meaning, shared by every layer.

Each one maps to exactly one user message (``mpi_desktop.messages``) and one CLI
exit code.  Expected failures never surface as tracebacks.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Exit codes of the CLI; documented in docs/CLI.md and relied on by scripts."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    WRONG_SECRET = 3
    DAMAGED = 4
    INVALID_INPUT = 5
    REFUSED = 6
    IO_ERROR = 7
    TOO_NEW = 8


class MpiError(Exception):
    """Base of every expected failure."""

    exit_code: ExitCode = ExitCode.UNEXPECTED


# --- secrets -----------------------------------------------------------------


class WrongPassphrase(MpiError):
    exit_code = ExitCode.WRONG_SECRET


class WrongRecoveryKey(MpiError):
    """Well-formed recovery key that does not belong to this vault."""

    exit_code = ExitCode.WRONG_SECRET


class RecoveryKeyMistyped(MpiError):
    """The recovery key failed its own checksum: a typo, found before any decryption."""

    exit_code = ExitCode.WRONG_SECRET

    def __init__(self, group: int | None, *, reason: str = "checksum") -> None:
        super().__init__(f"recovery key mistyped ({reason}, group {group})")
        #: 1-based group number that failed, or None when the shape is wrong.
        self.group = group
        self.reason = reason


class WeakPassphrase(MpiError):
    exit_code = ExitCode.REFUSED

    def __init__(self, problems: list[str]) -> None:
        super().__init__("passphrase refused: " + ", ".join(problems))
        self.problems = problems


class PassphraseMismatch(MpiError):
    exit_code = ExitCode.USAGE


# --- the vault on disk -----------------------------------------------------------


class VaultNotFound(MpiError):
    exit_code = ExitCode.REFUSED

    def __init__(self, path: Path) -> None:
        super().__init__(f"no vault at {path}")
        self.path = path


class VaultExists(MpiError):
    exit_code = ExitCode.REFUSED

    def __init__(self, path: Path) -> None:
        super().__init__(f"a vault or other files already exist at {path}")
        self.path = path


class KeyFileMissing(MpiError):
    exit_code = ExitCode.DAMAGED

    def __init__(self, path: Path) -> None:
        super().__init__(f"key file missing: {path}")
        self.path = path


class KeyFileDamaged(MpiError):
    exit_code = ExitCode.DAMAGED

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"key file damaged: {path}: {detail}")
        self.path = path
        self.detail = detail


class VaultDamaged(MpiError):
    exit_code = ExitCode.DAMAGED

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"vault damaged: {path}: {detail}")
        self.path = path
        self.detail = detail


class VaultMismatch(MpiError):
    """The key file and the database belong to different vaults."""

    exit_code = ExitCode.DAMAGED


class SchemaTooNew(MpiError):
    exit_code = ExitCode.TOO_NEW

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"vault schema {found} is newer than this app supports ({supported})")
        self.found = found
        self.supported = supported


class UnsupportedCipher(MpiError):
    """The sqlite module is not a SQLCipher build: refuse to write plaintext."""

    exit_code = ExitCode.UNEXPECTED


class VaultLocked(MpiError):
    exit_code = ExitCode.UNEXPECTED


class StorageFull(MpiError):
    """Disk full or file too large while writing; nothing was replaced."""

    exit_code = ExitCode.IO_ERROR

    def __init__(self, path: Path) -> None:
        super().__init__(f"no space left while writing {path}")
        self.path = path


class StorageIOError(MpiError):
    exit_code = ExitCode.IO_ERROR

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"cannot write {path}: {detail}")
        self.path = path
        self.detail = detail


class BackupDamaged(MpiError):
    exit_code = ExitCode.DAMAGED

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"backup file damaged: {path}: {detail}")
        self.path = path
        self.detail = detail


class RefusedForSafety(MpiError):
    exit_code = ExitCode.REFUSED

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AuditChainBroken(MpiError):
    exit_code = ExitCode.DAMAGED

    def __init__(self, seq: int, detail: str) -> None:
        super().__init__(f"audit log broken at entry {seq}: {detail}")
        self.seq = seq
        self.detail = detail
