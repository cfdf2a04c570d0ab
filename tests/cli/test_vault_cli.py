"""The CLI contract (docs/CLI.md): exit codes, stdin secrets, messages in Spanish."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, run_cli, snapshot
from tests.storage.test_vault import flip_byte


def test_version() -> None:
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("mpi-desktop ")


def test_init_prints_recovery_key_with_warning(tmp_path: Path) -> None:
    code, out, err = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-stdin",
                             "--kdf-ms", "50", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert "CLAVE DE RECUPERACIÓN" in out
    assert "nadie puede recuperar" in out
    assert (tmp_path / "v" / "vault.keys").exists()


def test_init_writes_recovery_key_file_private_and_refuses_existing(tmp_path: Path) -> None:
    key_file = tmp_path / "clave.txt"
    code, out, _ = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-stdin",
                           "--kdf-ms", "50", "--recovery-key-file", str(key_file),
                           stdin=PASSPHRASE + "\n")
    assert code == 0
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text().strip() not in out
    code, _, err = run_cli("init", "--vault", str(tmp_path / "w"), "--passphrase-stdin",
                           "--recovery-key-file", str(key_file), stdin=PASSPHRASE + "\n")
    assert code == 6 and not (tmp_path / "w").exists()
    assert "ya existe" in err
    # Recover with the written key.
    code, _, err = run_cli("recover", "--vault", str(tmp_path / "v"), "--passphrase-stdin",
                           stdin=key_file.read_text() + NEW_PASSPHRASE + "\n")
    assert code == 0, err


def test_init_refuses_weak_passphrase(tmp_path: Path) -> None:
    code, _, err = run_cli("init", "--vault", str(tmp_path / "v"), "--passphrase-stdin",
                           stdin="contraseña\n")
    assert code == 6
    assert "común" in err
    assert not (tmp_path / "v").exists()


def test_wrong_passphrase_exit_3_only_our_message(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    code, _out, err = run_cli("verify", "--vault", str(vault_dir), "--passphrase-stdin",
                             stdin="frase equivocada para esta bóveda\n")
    assert code == 3
    assert err.strip().splitlines() == [
        "Error: Frase de acceso incorrecta. Revise Bloq Mayús y la distribución del teclado."]
    assert snapshot(vault_dir) == before


def test_english_when_locale_is_english(vault_dir: Path) -> None:
    code, _, err = run_cli("verify", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin="frase equivocada para esta bóveda\n",
                           env={"LANG": "en_US.UTF-8"})
    assert code == 3 and "Wrong passphrase" in err


def test_verify_ok_and_damaged(vault_dir: Path) -> None:
    code, out, _ = run_cli("verify", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin=PASSPHRASE + "\n")
    assert code == 0 and "cadena íntegra" in out
    flip_byte(vault_dir / "vault.db", 150)
    code, _, err = run_cli("verify", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin=PASSPHRASE + "\n")
    assert code == 4 and "dañada" in err and "Traceback" not in err


def test_key_file_damage_is_exit_4_not_3(vault_dir: Path) -> None:
    flip_byte(vault_dir / "vault.keys", 300)
    code, _, err = run_cli("verify", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin=PASSPHRASE + "\n")
    assert code == 4 and "No se trata de una frase de acceso incorrecta" in err


def test_mistyped_recovery_key_names_the_group(vault_dir: Path, recovery_text: str) -> None:
    typo = recovery_text[:6] + ("A" if recovery_text[6] != "A" else "B") + recovery_text[7:]
    code, _, err = run_cli("recover", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin=typo + "\n" + NEW_PASSPHRASE + "\n")
    assert code == 3 and "grupo 2" in err


def test_passwd_then_rekey_then_backup_restore(vault_dir: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("passwd", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert code == 0, err
    code, _, err = run_cli("rekey", "--vault", str(vault_dir), "--passphrase-stdin",
                           stdin=NEW_PASSPHRASE + "\n")
    assert code == 0, err
    out_file = tmp_path / "copia.mpibak"
    code, _, err = run_cli("backup", "--vault", str(vault_dir), "--out", str(out_file),
                           "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")
    assert code == 0, err
    code, _, err = run_cli("restore", "--from", str(out_file), "--vault", str(vault_dir),
                           "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")
    assert code == 6, err  # exists, no --force
    code, out, err = run_cli("restore", "--from", str(out_file), "--vault", str(vault_dir),
                             "--force", "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")
    assert code == 0, err
    assert "se movió a" in out


def test_no_tty_and_no_flag_is_usage_error(vault_dir: Path) -> None:
    code, _, err = run_cli("verify", "--vault", str(vault_dir), stdin="")
    assert code == 2 and "--passphrase-stdin" in err


def test_usage_error_exit_2() -> None:
    code, _, err = run_cli("restore")
    assert code == 2 and "Error de uso" in err


def test_missing_vault_is_refused(tmp_path: Path) -> None:
    code, _, err = run_cli("verify", "--vault", str(tmp_path / "nada"), "--passphrase-stdin",
                           stdin=PASSPHRASE + "\n")
    assert code == 6 and "No hay ninguna bóveda" in err


def test_default_vault_location_is_the_data_folder(tmp_path: Path) -> None:
    code, _out, err = run_cli("init", "--passphrase-stdin", "--kdf-ms", "50",
                             stdin=PASSPHRASE + "\n",
                             env={"MPI_DESKTOP_DATA_DIR": str(tmp_path / "datos")})
    assert code == 0, err
    assert (tmp_path / "datos" / "vault" / "vault.keys").exists()


def test_self_test() -> None:
    code, out, err = run_cli("--self-test")
    assert code == 0, err
    assert "self-test passed" in out
