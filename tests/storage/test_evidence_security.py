"""Evidence never lies on disk in plaintext; erasure is real; a killed attach leaves nothing."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.factories import case_for, person
from tests.helpers.pages import plaintext_of_vault

ROOT = Path(__file__).resolve().parents[2]
#: Distinctive bytes: found in the decrypted pages while stored, nowhere else ever.
PATTERN = b"EVIDENCIA-CANARIO-7f3a9c:" * 40


def evidence_bytes() -> bytes:
    # A PNG signature so the preview path treats it as an image; the pattern
    # repeats across chunk boundaries.
    return b"\x89PNG\r\n\x1a\n" + PATTERN * 30


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def new_case(vault: Vault) -> str:
    p = person()
    return Records(vault).open_case(case_for(p), [p]).id


def test_no_evidence_plaintext_in_temp_or_vault_files(vault_dir: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    source_dir = tmp_path / "origen"
    source_dir.mkdir()
    (source_dir / "captura.png").write_bytes(evidence_bytes())
    out = tmp_path / "salida"
    out.mkdir()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key()
        store = EvidenceStore(vault)
        item = store.attach(new_case(vault), source_dir / "captura.png",
                            ev.EvidenceSource(collected_by="Analista"))
        _, data = store.read(item.id, action=ev.PREVIEW)
        assert PATTERN in data
        store.package(item.case_id, out / "paquete.mpibundle", passphrase=NEW_PASSPHRASE)
        # Mid-session, with a live WAL, and after: ciphertext only.
        assert PATTERN[:40] not in all_bytes(vault_dir)
        assert PATTERN[:40] in plaintext_of_vault(vault_dir, key)  # the probe works
    for folder in (vault_dir, temp, out):
        assert PATTERN[:40] not in all_bytes(folder), folder


def test_deleting_the_case_erases_evidence_from_every_page(vault_dir: Path,
                                                           tmp_path: Path) -> None:
    (tmp_path / "prueba.png").write_bytes(evidence_bytes() * 20)  # spans many pages
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key()
        case_id = new_case(vault)
        item = EvidenceStore(vault).attach(case_id, tmp_path / "prueba.png",
                                           ev.EvidenceSource(collected_by="Analista"))
        assert item.chunks >= 1
        vault.lock()  # checkpoint: the bytes are in the main file's pages now
    assert PATTERN[:40] in plaintext_of_vault(vault_dir, key)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        Records(vault).delete_case(case_id)  # ARCO cancellation erases the case
        with vault.read() as conn:
            for table in ("evidence", "evidence_chunk", "evidence_custody"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert verify_vault(vault).ok
    plaintext = plaintext_of_vault(vault_dir, key)
    assert PATTERN[:40] not in plaintext
    assert PATTERN[-40:] not in plaintext



def test_arco_cancellation_erases_the_evidence_of_the_persons_cases(vault_dir: Path,
                                                                   tmp_path: Path) -> None:
    from mpi_desktop.storage import arco
    from mpi_desktop.storage.dv_reviews import DvReviews

    (tmp_path / "prueba.png").write_bytes(evidence_bytes() * 20)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key()
        p = person()
        case = Records(vault).open_case(case_for(p), [p])
        review = DvReviews(vault).start(case.id)
        DvReviews(vault).set_item(review.id, "evidence_url", notes="NOTA-CANARIO-ARCO-42")
        EvidenceStore(vault).attach(case.id, tmp_path / "prueba.png",
                                    ev.EvidenceSource(collected_by="Analista"),
                                    review_id=review.id)
        vault.lock()
    assert PATTERN[:40] in plaintext_of_vault(vault_dir, key)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        report = arco.cancel(vault, p.id)
        assert report.erased_folios == (case.folio,)
        with vault.read() as conn:
            for table in ("evidence", "evidence_chunk", "evidence_custody", "dv_review",
                          "dv_review_item"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    plaintext = plaintext_of_vault(vault_dir, key)
    assert PATTERN[:40] not in plaintext
    assert b"NOTA-CANARIO-ARCO-42" not in plaintext

CHILD = """
import sys
from pathlib import Path
from mpi_desktop.storage import evidence, faults
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.vault import Vault

folder, case_id, path = sys.argv[1:4]
vault = Vault.unlock(Path(folder), sys.stdin.readline().rstrip("\\n"))
faults.arm("evidence.after_chunk")  # dies like a SIGKILL after the first chunk row
EvidenceStore(vault).attach(case_id, Path(path), evidence.EvidenceSource(collected_by="x"))
print("completed", flush=True)
"""


def test_an_attach_killed_midway_leaves_nothing_half_written(vault_dir: Path,
                                                             tmp_path: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        case_id = new_case(vault)
    big = tmp_path / "grabacion.webm"
    big.write_bytes(b"\x1aE\xdf\xa3" + PATTERN * (ev.CHUNK_BYTES * 3 // len(PATTERN)))
    proc = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), case_id, str(big)],
                          cwd=ROOT, input=PASSPHRASE + "\n", capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 137, proc.stderr
    assert "completed" not in proc.stdout
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert verify_vault(vault).ok
        with vault.read() as conn:
            for table in ("evidence", "evidence_chunk", "evidence_custody"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        # And the same file attaches cleanly afterwards.
        item = EvidenceStore(vault).attach(case_id, big, ev.EvidenceSource(collected_by="x"))
        assert item.chunks == -(-big.stat().st_size // ev.CHUNK_BYTES) == 3
        assert EvidenceStore(vault).read(item.id)[1] == big.read_bytes()
