"""Helpers shared by CLI commands: the vault argument and unlocking."""

from __future__ import annotations

import argparse
from pathlib import Path

from mpi_desktop.cli.io import reader
from mpi_desktop.i18n import translate
from mpi_desktop.paths import default_vault_dir
from mpi_desktop.storage.vault import Vault


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", type=Path, default=None, metavar="DIR",
        help=translate("CLI", "vault folder (default: the per-user data folder)"))


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else default_vault_dir()


def unlock(args: argparse.Namespace) -> Vault:
    passphrase = reader(args).read(translate("CLI", "Passphrase:"))
    return Vault.unlock(vault_dir(args), passphrase)
