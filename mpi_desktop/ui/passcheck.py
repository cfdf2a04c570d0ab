"""Checking a passphrase against an unlocked vault without reopening it.

Used to leave interview mode and before re-wrapping the key with new KDF
parameters.  Slow (Argon2id): call it through the runner, off the UI thread.
"""

from __future__ import annotations

from mpi_desktop.storage.vault import Vault


def verify_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens the vault's passphrase slot."""
    keyfile = vault.keyfile
    kek = keyfile.derive_passphrase_kek(passphrase)
    # The data key it returns is the one already in memory; it is dropped at once.
    keyfile.open_passphrase(kek)
