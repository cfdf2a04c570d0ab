"""``evidence-package`` and ``evidence-verify`` from the command line."""

from __future__ import annotations

import os
from pathlib import Path

from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage import evidence_export as ex
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, run_cli
from tests.factories import case_for, person


def seed(vault_dir: Path, tmp_path: Path) -> tuple[str, str]:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        p = person()
        case = Records(vault).open_case(case_for(p), [p])
        (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(900))
        item = EvidenceStore(vault).attach(case.id, tmp_path / "a.png",
                                           ev.EvidenceSource(collected_by="Analista"))
    return case.folio, item.id


def test_encrypted_package_and_verify(vault_dir: Path, tmp_path: Path) -> None:
    folio, _ = seed(vault_dir, tmp_path)
    out = tmp_path / "paquete.mpibundle"
    code, stdout, stderr = run_cli(
        "evidence-package", "--vault", str(vault_dir), "--case", folio, "--out", str(out),
        "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert code == 0, stderr
    assert "paquete.mpibundle" in stdout and "cifrado" in stdout
    assert ex.check_package(out, passphrase=NEW_PASSPHRASE).ok
    code, stdout, _ = run_cli("evidence-verify", "--vault", str(vault_dir),
                              "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0 and "1" in stdout


def test_plaintext_folder_warns(vault_dir: Path, tmp_path: Path) -> None:
    folio, _ = seed(vault_dir, tmp_path)
    folder = tmp_path / "entrega"
    code, _, stderr = run_cli(
        "evidence-package", "--vault", str(vault_dir), "--case", folio, "--out", str(folder),
        "--plaintext", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0 and "SIN CIFRAR" in stderr.upper()
    assert ex.check_plain_folder(folder).ok


def test_damage_and_unknown_case_have_their_exit_codes(vault_dir: Path,
                                                       tmp_path: Path) -> None:
    folio, item_id = seed(vault_dir, tmp_path)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.write() as conn:
        conn.execute("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ?",
                     (b"alterado", item_id))
    code, _, stderr = run_cli("evidence-verify", "--vault", str(vault_dir), "--case", folio,
                              "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 4 and item_id in stderr
    code, _, stderr = run_cli(
        "evidence-package", "--vault", str(vault_dir), "--case", folio, "--out",
        str(tmp_path / "x.mpibundle"), "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert code == 4 and "Error:" in stderr and not (tmp_path / "x.mpibundle").exists()
    code, _, stderr = run_cli(
        "evidence-package", "--vault", str(vault_dir), "--case", "MPI-2026-9999", "--out",
        str(tmp_path / "y.mpibundle"), "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert code == 2 and "MPI-2026-9999" in stderr
