"""What an unlocked window works with.  Created at unlock, dropped at lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.settings import AppSettings


@dataclass
class Session:
    vault: Vault
    records: Records
    runner: OpRunner
    settings: AppSettings
    clipboard: SensitiveClipboard

    #: True for the demo vault (synthetic data, passphrase published).
    demo: bool = False

    @property
    def folder(self) -> Path:
        return self.vault.folder

    def close(self) -> None:
        """Finish queued work, wipe the clipboard, close the vault and forget the key."""
        self.runner.wait_idle()
        # Results of finished work must not reach widgets that are being deleted.
        self.runner.detach()
        self.clipboard.clear()
        self.vault.lock()
