"""``mpi-desktop demo``: creates or opens a vault, adds cases, reports on stderr/stdout."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop.cli.main import build_parser
from mpi_desktop.storage import case_query
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, run_cli


def test_demo_creates_a_vault_prints_the_recovery_key_and_adds_cases(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    code, out, err = run_cli("demo", "--vault", str(folder), "--cases", "30", "--seed", "7",
                             "--kdf-ms", "50", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert "CLAVE DE RECUPERACIÓN" in out
    assert "Se agregaron 30 expedientes de demostración" in out
    assert "Generando expedientes de demostración: 30 de 30 (100 %)" in err
    # A second run opens the same vault with its passphrase and adds more.
    code, out, err = run_cli("demo", "--vault", str(folder), "--cases", "12",
                             "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert "CLAVE DE RECUPERACIÓN" not in out
    with Vault.unlock(folder, PASSPHRASE) as vault, vault.read() as conn:
        assert case_query.count(conn, CaseFilter()) == 42


@pytest.mark.parametrize("args", [
    ["demo", "--cases", "10"],  # no folder: never the real vault by default
    ["demo", "--vault", "d", "--cases", "0"],
    ["demo", "--vault", "d", "--cases", "500001"],
    ["demo", "--vault", "d", "--cases", "muchos"],
])
def test_demo_needs_an_explicit_folder_and_a_sane_count(
        args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert ("--vault" in err) if "--vault" not in args else ("500000" in err)


def test_demo_with_a_wrong_passphrase_exits_3(vault_dir: Path) -> None:
    code, _, err = run_cli("demo", "--vault", str(vault_dir), "--cases", "5",
                           "--passphrase-stdin", stdin="frase equivocada para esta bóveda\n")
    assert code == 3
    assert err.startswith("Error: Frase de acceso incorrecta")
