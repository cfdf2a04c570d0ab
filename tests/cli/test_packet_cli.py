"""``packet``: exit 6 listing the findings, 0 once each is fixed or dismissed (docs/CLI.md)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from mpi_desktop.storage import audit
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.storage.cem_world import build

STDIN = PASSPHRASE + "\n"


def _world(vault_dir: Path) -> tuple[str, str, str]:
    with Vault.unlock(vault_dir, PASSPHRASE, actor="prueba") as vault:
        w = build(vault)
        ops = CemOps(vault)
        ops.accept(w.session.id, ops.suggestions(w.session.id))
        ops.save_summary(w.new_case.id, "Se reunió con Ma. José y con Lupita el 3 de marzo.")
        ops.save_summary(w.rising_case.id, "Las agresiones aumentaron desde febrero.")
        return w.session.id, w.new_case.folio, w.rising_case.folio


def test_packet_refuses_listing_findings_then_succeeds_after_dismissals(
        vault_dir: Path, tmp_path: Path) -> None:
    session_id, folio, _ = _world(vault_dir)
    out = tmp_path / "paquete.pdf"
    code, stdout, stderr = run_cli("packet", "--vault", str(vault_dir), "--session", session_id,
                                   "--out", str(out), "--recipient", "ssc",
                                   "--passphrase-stdin", stdin=STDIN)
    assert code == 6, stderr
    assert not out.exists()
    assert "3 posibles datos identificables" in stderr
    lines = [line for line in stdout.splitlines() if line.startswith("  [")]
    assert len(lines) == 3
    assert all(folio in line and "Resumen para el CEM" in line for line in lines)
    assert any("«Ma. José»" in line and "Nombre de una persona" in line for line in lines)
    assert any("«Lupita»" in line for line in lines)  # a nickname and an alias
    assert any("«3 de marzo»" in line and "Fecha exacta" in line for line in lines)
    codes = [re.match(r"\s+\[([0-9A-F]{10})\]", line).group(1)  # type: ignore[union-attr]
             for line in lines]
    # Dismissing two is not enough.
    code, stdout, _ = run_cli("packet", "--vault", str(vault_dir), "--session", session_id,
                              "--out", str(out), "--dismiss", codes[0], "--dismiss", codes[1],
                              "--dismiss-reason", "revisado con la coordinación",
                              "--passphrase-stdin", stdin=STDIN)
    assert code == 6 and stdout.count("  [") == 1 and codes[2] in stdout
    code, stdout, stderr = run_cli("packet", "--vault", str(vault_dir), "--session",
                                   "2026/ordinaria/3", "--out", str(out), "--recipient", "ssc",
                                   "--dismiss", codes[2].lower(), "--passphrase-stdin",
                                   stdin=STDIN)
    assert code == 0, stderr
    assert "Paquete generado" in stdout
    control = re.search(r"código de control: (CEM-[0-9A-Z]{4}-[0-9A-Z]{4})", stdout)
    assert control is not None
    reader = PdfReader(str(out))
    assert all(control.group(1) in (p.extract_text() or "") for p in reader.pages)
    assert "SSC" in (reader.pages[0].extract_text() or "")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.read() as conn:
        dismissed = audit.entries(conn, action_prefix="cem.finding_dismiss", limit=10)
        exported = audit.entries(conn, action_prefix="export.cem_packet", limit=10)
        reason = conn.execute("SELECT DISTINCT reason FROM cem_dismissal").fetchall()
    assert len(dismissed) == 3 and len(exported) == 1
    assert exported[0].details["code"] == control.group(1)
    assert exported[0].details["institution"] == "ssc"
    assert sorted(r[0] for r in reason) == ["", "revisado con la coordinación"]
    # Refuses to overwrite; traces a code back to its recipient.
    code, _, stderr = run_cli("packet", "--vault", str(vault_dir), "--session", session_id,
                              "--out", str(out), "--passphrase-stdin", stdin=STDIN)
    assert code == 6 and "ya existe" in stderr
    code, stdout, _ = run_cli("packet-trace", control.group(1), "--vault", str(vault_dir),
                              "--passphrase-stdin", stdin=STDIN)
    assert code == 0 and "SSC" in stdout


def test_ad_hoc_packet_and_usage_errors(vault_dir: Path, tmp_path: Path) -> None:
    _, _, clean_folio = _world(vault_dir)
    out = tmp_path / "casos.pdf"
    code, stdout, stderr = run_cli("packet", "--vault", str(vault_dir), "--cases",
                                   clean_folio, "--out", str(out), "--place", "zona",
                                   "--passphrase-stdin", stdin=STDIN)
    assert code == 0, stderr
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(out)).pages)
    assert "Oriente" in text and "Iztapalapa" not in text and clean_folio not in text
    code, _, stderr = run_cli("packet", "--vault", str(vault_dir), "--cases", "MPI-1990-0001",
                              "--out", str(tmp_path / "x.pdf"), "--passphrase-stdin",
                              stdin=STDIN)
    assert code == 5 and "MPI-1990-0001" in stderr
    code, _, stderr = run_cli("packet", "--vault", str(vault_dir), "--session", "2030/ordinaria/1",
                              "--out", str(tmp_path / "x.pdf"), "--passphrase-stdin",
                              stdin=STDIN)
    assert code == 5 and "cem-sessions" in stderr
    code, _, _ = run_cli("packet", "--vault", str(vault_dir), "--out", str(tmp_path / "x.pdf"),
                         "--passphrase-stdin", stdin=STDIN)
    assert code == 2
    code, stdout, _ = run_cli("cem-sessions", "--vault", str(vault_dir), "--passphrase-stdin",
                              stdin=STDIN)
    assert code == 0 and "Sesión ordinaria 3/2026" in stdout and "Celebrada" in stdout
