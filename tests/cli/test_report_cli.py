"""``mpi-desktop report``: the indicator report from the command line."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest

from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.storage.test_indicator_queries import build


@pytest.fixture
def filled(vault: Vault) -> Path:
    build(vault)
    folder = vault.folder
    vault.lock()
    return folder


def test_pdf_report_for_a_range(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    code, stdout, stderr = run_cli("report", "--vault", str(filled), "--from", "2026-03-01",
                                   "--to", "2026-04-30", "--out", str(out),
                                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, stderr
    assert str(out) in stdout and "PDF" in stdout
    assert "del 1 de enero de 2026 al 28 de febrero de 2026" in stdout
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Bimestre 2 de 2026" in text
    assert "Atenciones y canalizaciones" in text
    summary = next(line for line in stdout.splitlines() if "Atenciones y canalizaciones" in line)
    assert summary.split()[-2:] == ["3", "2"]


def test_external_csv_for_a_bimester(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "publico.csv"
    code, stdout, stderr = run_cli("report", "--vault", str(filled), "--bimester", "2026-2",
                                   "--audience", "external", "--out", str(out),
                                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, stderr
    assert "Confidencial" in stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    headline = {r["indicator"]: r["value"] for r in rows
                if r["breakdown"] == "" and r["category"] == "total"}
    assert headline["attentions"] == "*" and headline["people_trained"] == "10"
    assert {r["audience"] for r in rows} == {"external"}


@pytest.mark.parametrize(("args", "needle"), [
    (["--from", "2026-03-01"], "--from"),
    (["--from", "2026-04-30", "--to", "2026-03-01"], "posterior"),
    (["--bimester", "2026-7"], "bimestre"),
    (["--from", "30/04/2026", "--to", "2026-05-01"], "fecha"),
])
def test_usage_errors(filled: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    out = tmp_path / "x.pdf"
    code, _, stderr = run_cli("report", "--vault", str(filled), *args, "--out", str(out),
                              "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 2
    assert needle in stderr and "Traceback" not in stderr
    assert not out.exists()


def test_wrong_suffix_is_refused_before_the_passphrase(filled: Path, tmp_path: Path) -> None:
    code, _, stderr = run_cli("report", "--vault", str(filled), "--out",
                              str(tmp_path / "informe.docx"))
    assert code == 2 and ".pdf" in stderr and "docx" in stderr


def test_wrong_passphrase(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, _, stderr = run_cli("report", "--vault", str(filled), "--out", str(out),
                              "--passphrase-stdin", stdin="no es la frase correcta\n")
    assert code == 3 and not out.exists() and "Traceback" not in stderr
