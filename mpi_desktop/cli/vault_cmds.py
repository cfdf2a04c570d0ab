"""Vault administration: init, verify, passwd, recover, rekey, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from mpi_desktop.cli.common import add_vault_arg, unlock, vault_dir
from mpi_desktop.cli.io import add_secret_flag, out, reader
from mpi_desktop.errors import ExitCode, RefusedForSafety
from mpi_desktop.i18n import translate
from mpi_desktop.storage import backup, crypto, recovery_key, rekey
from mpi_desktop.storage.atomic import atomic_writer
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help=translate("CLI", "create a new encrypted vault"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE",
                   help=translate("CLI", "write the recovery key to FILE (mode 0600) "
                                  "instead of printing it"))
    p.add_argument("--kdf-ms", type=int, default=crypto.DEFAULT_TARGET_MS, metavar="N",
                   help=translate("CLI", "target unlock time in milliseconds (default 1000)"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help=translate(
        "CLI", "check key file, encryption, database integrity and audit log"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("passwd", help=translate(
        "CLI", "change the passphrase (stdin lines: old, new)"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--kdf-ms", type=int, default=None, metavar="N",
                   help=translate("CLI", "recalibrate the unlock time while at it"))
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help=translate(
        "CLI", "set a new passphrase with the recovery key (stdin lines: key, new passphrase)"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("rekey", help=translate(
        "CLI", "re-encrypt the whole vault under a new data key"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("backup", help=translate("CLI", "write an encrypted one-file backup"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=translate(
        "CLI", "restore a backup into a vault folder after verifying it"))
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--force", action="store_true", help=translate(
        "CLI", "replace an existing vault (it is moved aside, not deleted)"))
    p.add_argument("--use-recovery-key", action="store_true", help=translate(
        "CLI", "unlock the backup with the recovery key instead of the passphrase"))
    p.set_defaults(func=cmd_restore)


def _new_passphrase(args: argparse.Namespace, prompt: str) -> str:
    return reader(args).read(prompt, confirm=True)


def cmd_init(args: argparse.Namespace) -> int:
    create_vault(args).lock()
    return ExitCode.OK


def create_vault(args: argparse.Namespace) -> Vault:
    """Ask for a new passphrase, create the vault, show the recovery key once.

    Shared by ``init`` and ``demo`` (which goes on writing into it): returns the
    vault unlocked; on any failure it is locked before the error propagates.
    """
    folder = vault_dir(args)
    key_file: Path | None = getattr(args, "recovery_key_file", None)
    if key_file is not None and key_file.exists():
        raise RefusedForSafety("target exists")
    passphrase = _new_passphrase(args, translate("CLI", "New passphrase:"))
    out(translate("CLI", "Calibrating the key derivation to about {ms} ms…").format(
        ms=args.kdf_ms))
    calibration = crypto.calibrate(args.kdf_ms)
    created = Vault.create(folder, passphrase, kdf_params=calibration.params)
    try:
        out(translate("CLI", "Vault created in {path}").format(path=folder))
        p = calibration.params
        out(translate("CLI", "Argon2id: {t} passes, {m} MiB, {p} lanes, about {ms} ms here.")
            .format(t=p.time_cost, m=p.memory_kib // 1024, p=p.parallelism,
                    ms=round(calibration.measured_ms)))
        paper = recovery_key.for_paper(created.recovery_key)
        if key_file is not None:
            with atomic_writer(key_file) as fh:
                fh.write((created.recovery_key + "\n").encode())
            out(translate("CLI", "Recovery key written to {path} (readable only by you).")
                .format(path=key_file))
        else:
            out()
            out(translate("CLI", "RECOVERY KEY — shown only this once:"))
            out()
            out(paper)
            out()
        out(translate(
            "CLI",
            "Copy the recovery key onto paper and keep it apart from this computer. It is the "
            "only way back if the passphrase is forgotten: without both, the data cannot be "
            "recovered by anyone."))
    except BaseException:
        created.vault.lock()
        raise
    return created.vault


def cmd_verify(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        report = verify_vault(vault)
    out(translate("CLI", "Key file: checksum and key slot OK."))
    if report.cipher_problems:
        out(translate("CLI", "Encryption: {n} damaged pages.").format(
            n=len(report.cipher_problems)))
    else:
        out(translate("CLI", "Encryption: every page authenticated."))
    if report.integrity_problems:
        out(translate("CLI", "Database: integrity problems: {detail}").format(
            detail="; ".join(report.integrity_problems[:5])))
    else:
        out(translate("CLI", "Database: integrity OK (schema {v}).").format(
            v=report.schema_version))
    if report.foreign_key_problems:
        out(translate("CLI", "Database: {n} broken references.").format(
            n=report.foreign_key_problems))
    if report.audit_problem:
        out(translate("CLI", "Audit log: broken at {detail}.").format(detail=report.audit_problem))
    else:
        out(translate("CLI", "Audit log: {n} entries, chain intact.").format(
            n=report.audit_entries))
    return ExitCode.OK if report.ok else ExitCode.DAMAGED


def cmd_passwd(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        new = _new_passphrase(args, translate("CLI", "New passphrase:"))
        params = crypto.calibrate(args.kdf_ms).params if args.kdf_ms else None
        vault.change_passphrase(new, kdf_params=params)
    out(translate("CLI", "Passphrase changed. The database was not rewritten."))
    return ExitCode.OK


def cmd_recover(args: argparse.Namespace) -> int:
    secrets = reader(args)
    typed = secrets.read(translate("CLI", "Recovery key:"))
    with Vault.unlock_with_recovery(vault_dir(args), typed) as vault:
        new = secrets.read(translate("CLI", "New passphrase:"), confirm=True)
        vault.change_passphrase(new, reason="recovery")
    out(translate("CLI", "New passphrase set. The recovery key stays the same."))
    return ExitCode.OK


def cmd_rekey(args: argparse.Namespace) -> int:
    secrets = reader(args)
    passphrase = secrets.read(translate("CLI", "Passphrase:"))
    with Vault.unlock(vault_dir(args), passphrase) as vault:
        out(translate("CLI", "Re-encrypting every page under a new key…"))
        rekey.rekey(vault, passphrase)
    out(translate("CLI", "Done. Passphrase and recovery key are unchanged; old copies of "
                  "vault.db cannot be read with the new key file."))
    return ExitCode.OK


def cmd_backup(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        info = backup.create_backup(vault, args.out)
    out(translate("CLI", "Encrypted backup written: {path} ({size} bytes).").format(
        path=info.path, size=info.size))
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    secrets = reader(args)
    if args.use_recovery_key:
        moved = backup.restore_backup(args.source, vault_dir(args), force=args.force,
                                      recovery=secrets.read(translate("CLI", "Recovery key:")))
    else:
        moved = backup.restore_backup(args.source, vault_dir(args), force=args.force,
                                      passphrase=secrets.read(translate("CLI", "Passphrase:")))
    out(translate("CLI", "Backup verified and restored into {path}.").format(
        path=vault_dir(args)))
    if moved is not None:
        out(translate("CLI", "The previous vault was moved to {path}.").format(path=moved))
    return ExitCode.OK
