"""The records commands: cases, export, import, arco (docs/CLI.md)."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from mpi_desktop.storage import audit
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.interchange.helpers import BUNDLE_PASSPHRASE, Sample, digest, fill


@pytest.fixture
def filled(vault_dir: Path) -> Sample:
    with Vault.unlock(vault_dir, PASSPHRASE, actor="prueba") as vault:
        return fill(vault)


@pytest.fixture
def empty_dir(tmp_path: Path, vault_template: tuple[Path, str]) -> Path:
    target = tmp_path / "destino"
    shutil.copytree(vault_template[0], target)
    (target / "vault.lock").unlink(missing_ok=True)
    return target


def _lines(*secrets: str) -> str:
    return "".join(f"{s}\n" for s in secrets)


def _audit(folder: Path, prefix: str) -> list[audit.AuditEntry]:
    with Vault.unlock(folder, PASSPHRASE) as vault, vault.read() as conn:
        return audit.entries(conn, action_prefix=prefix)


def test_cases_lists_and_filters(vault_dir: Path, filled: Sample) -> None:
    code, out, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin",
                             stdin=_lines(PASSPHRASE))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Folio", "Estado", "Procedimiento", "Riesgo", "Solicitud"]
    assert [line.split()[0] for line in lines[1:4]] == [c.folio for c in filled.cases]
    assert "extraordinario" in lines[2] and lines[-1] == "3 de 3 expedientes."
    code, out, _ = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", "--json",
                           "--search", "guera", stdin=_lines(PASSPHRASE))
    rows = json.loads(out)
    assert code == 0 and rows == [{"folio": filled.cases[1].folio, "status": "incorporado",
                                   "procedure": "extraordinario", "risk_level": None,
                                   "opened_on": "2025-11-20"}]
    code, out, _ = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", "--json",
                           "--status", "concluido", "--status", "solicitud",
                           stdin=_lines(PASSPHRASE))
    assert {r["status"] for r in json.loads(out)} == {"concluido", "solicitud"}
    code, _, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin",
                           "--status", "archivado", stdin=_lines(PASSPHRASE))
    assert code == 2 and "concluido" in err


def test_encrypted_export_then_import_into_another_vault(
        vault_dir: Path, empty_dir: Path, filled: Sample, tmp_path: Path) -> None:
    out_file = tmp_path / "exportacion.mpiexp"
    code, out, err = run_cli("export", "--vault", str(vault_dir), "--out", str(out_file),
                             "--passphrase-stdin", stdin=_lines(PASSPHRASE, BUNDLE_PASSPHRASE))
    assert code == 0, err
    assert "Exportación cifrada escrita" in out and err == ""
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    assert b"Guadalupe" not in out_file.read_bytes()
    code, out, err = run_cli("import", "--vault", str(empty_dir), str(out_file),
                             "--passphrase-stdin", stdin=_lines(PASSPHRASE, BUNDLE_PASSPHRASE))
    assert code == 0, err
    assert "personas: 5 en el archivo — 5 registros nuevos" in out
    assert "Sin duplicados" in out
    # Again: everything is already there, identical.
    code, out, _ = run_cli("import", "--vault", str(empty_dir), str(out_file),
                           "--passphrase-stdin", stdin=_lines(PASSPHRASE, BUNDLE_PASSPHRASE))
    assert code == 0 and out.count("idéntico, nada que hacer") == 12
    (entry,) = _audit(vault_dir, "export.")
    assert entry.details["encrypted"] is True


def test_plaintext_export_warns_and_is_audited(vault_dir: Path, filled: Sample,
                                               tmp_path: Path) -> None:
    target = tmp_path / "claro.json"
    code, _, err = run_cli("export", "--vault", str(vault_dir), "--out", str(target),
                           "--case", filled.cases[0].folio, "--plaintext",
                           "--passphrase-stdin", stdin=_lines(PASSPHRASE))
    assert code == 0
    assert "SIN CIFRAR" in err
    assert json.loads(target.read_text(encoding="utf-8"))["scope"]["folio"] == \
        filled.cases[0].folio
    (entry,) = _audit(vault_dir, "export.")
    assert entry.action == "export.case" and entry.details["encrypted"] is False
    # The target now exists: never overwritten.
    code, _, err = run_cli("export", "--vault", str(vault_dir), "--out", str(target),
                           "--plaintext", "--passphrase-stdin", stdin=_lines(PASSPHRASE))
    assert code == 6 and "no se sobrescribió" in err


def test_invalid_file_exit_5_lists_every_problem_and_imports_nothing(
        vault_dir: Path, filled: Sample, tmp_path: Path) -> None:
    source = tmp_path / "x.json"
    run_cli("export", "--vault", str(vault_dir), "--out", str(source), "--plaintext",
            "--passphrase-stdin", stdin=_lines(PASSPHRASE))
    doc = json.loads(source.read_text(encoding="utf-8"))
    doc["cases"][0]["status"] = "archivado"
    doc["aggressions"][1]["occurred_on"] = "2026-02-30"
    doc["people"][0]["extra"] = True
    removed_id = doc["people"][1].pop("id")
    bad = tmp_path / "malo.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        before = digest(vault, skip_actions=("vault.unlock",))
    code, out, err = run_cli("import", "--vault", str(vault_dir), str(bad),
                             "--passphrase-stdin", stdin=_lines(PASSPHRASE))
    assert code == 5 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == ("Error: No se puede importar el archivo; no se importó nada. "
                        "Problemas encontrados: 2")
    assert lines[1].startswith("$.people[0].extra: ")
    assert lines[2] == "$.people[1].id: Obligatorio, pero falta."
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert digest(vault, skip_actions=("vault.unlock",)) == before
    # Fixed shape, wrong content: the next layer reports both remaining problems.
    doc["people"][1]["id"] = removed_id
    del doc["people"][0]["extra"]
    bad.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run_cli("import", "--vault", str(vault_dir), str(bad),
                           "--passphrase-stdin", stdin=_lines(PASSPHRASE))
    assert code == 5
    assert "$.cases[0].status: Valor desconocido «archivado»." in err
    assert "$.aggressions[1].occurred_on: Esta fecha no existe." in err


def test_bundle_passphrase_and_damage_have_their_exit_codes(
        vault_dir: Path, filled: Sample, tmp_path: Path) -> None:
    bundle = tmp_path / "x.mpiexp"
    run_cli("export", "--vault", str(vault_dir), "--out", str(bundle), "--passphrase-stdin",
            stdin=_lines(PASSPHRASE, BUNDLE_PASSPHRASE))
    code, _, err = run_cli("import", "--vault", str(vault_dir), str(bundle),
                           "--passphrase-stdin",
                           stdin=_lines(PASSPHRASE, "otra frase que no es la del archivo"))
    assert code == 3 and "no la de la bóveda" in err
    cut = tmp_path / "cortado.mpiexp"
    cut.write_bytes(bundle.read_bytes()[:-10])
    code, _, err = run_cli("import", "--vault", str(vault_dir), str(cut),
                           "--passphrase-stdin", stdin=_lines(PASSPHRASE, BUNDLE_PASSPHRASE))
    assert code == 5 and "dañado" in err
    code, _, err = run_cli("export", "--vault", str(vault_dir), "--out",
                           str(tmp_path / "debil.mpiexp"), "--passphrase-stdin",
                           stdin=_lines(PASSPHRASE, "corta"))
    assert code == 6 and not (tmp_path / "debil.mpiexp").exists()


def test_export_of_unknown_case_or_person_is_a_usage_error(vault_dir: Path, filled: Sample,
                                                           tmp_path: Path) -> None:
    code, _, err = run_cli("export", "--vault", str(vault_dir), "--out",
                           str(tmp_path / "x"), "--case", "MPI-1999-0001", "--plaintext",
                           "--passphrase-stdin", stdin=_lines(PASSPHRASE))
    assert code == 2 and "MPI-1999-0001" in err and not (tmp_path / "x").exists()


def test_arco_opposition_access_and_cancellation(vault_dir: Path, filled: Sample,
                                                 tmp_path: Path) -> None:
    lupe = filled.people[2]
    base = ("arco", "--vault", str(vault_dir), "--person", lupe.id, "--passphrase-stdin")
    code, out, _ = run_cli(*base, "--oppose", stdin=_lines(PASSPHRASE))
    assert code == 0 and "Oposición registrada" in out
    code, out, _ = run_cli(*base, "--oppose", stdin=_lines(PASSPHRASE))
    assert code == 0 and "ya estaba registrada" in out
    access = tmp_path / "acceso.json"
    code, out, err = run_cli(*base, "--access", str(access), "--plaintext",
                             stdin=_lines(PASSPHRASE))
    assert code == 0 and "SIN CIFRAR" in err
    assert json.loads(access.read_text(encoding="utf-8"))["people"][0]["id"] == lupe.id
    # Without a terminal and without --yes nothing is erased.
    code, _, err = run_cli(*base, "--cancel", stdin=_lines(PASSPHRASE))
    assert code == 2 and "--yes" in err
    code, out, err = run_cli(*base, "--cancel", "--yes", stdin=_lines(PASSPHRASE))
    assert code == 0, err
    assert f"Expedientes borrados: {filled.cases[1].folio}" in out
    assert "Guadalupe" not in out
    assert [e.action for e in _audit(vault_dir, "arco.")] == [
        "arco.cancel", "arco.access", "arco.oppose"]
    code, out, _ = run_cli(*base, "--cancel", "--yes", stdin=_lines(PASSPHRASE))
    assert code == 0 and "ya había sido borrada" in out


def test_cases_accepts_risk_level_and_overdue_filters(vault_dir: Path) -> None:
    """The flags reach the query (the conditions themselves are tested with risk storage)."""
    from mpi_desktop.storage.records import Records
    from mpi_desktop.storage.vault import Vault
    from tests.factories import case_for, person

    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        p = person()
        folio = Records(vault).open_case(case_for(p), [p]).folio
    code, out, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin",
                             stdin=PASSPHRASE + "\n")
    assert code == 0 and folio in out, err
    for flags in (["--risk-level", "extremo"], ["--overdue"]):
        code, out, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin",
                                 *flags, stdin=PASSPHRASE + "\n")
        assert code == 0, err
        assert folio not in out  # no assessment, no measure: filtered out
    code, _, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin",
                           "--risk-level", "altísimo", stdin=PASSPHRASE + "\n")
    assert code == 2 and "--risk-level" in err


def test_cases_show_the_risk_level_in_force(vault_dir: Path) -> None:
    from dataclasses import replace
    from datetime import date

    from mpi_desktop.domain.risk_instrument import current
    from mpi_desktop.storage.records import Records
    from mpi_desktop.storage.risk import RiskOps
    from mpi_desktop.storage.vault import Vault
    from tests.factories import case_for, person, risk_answers, risk_threat

    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        p, q = person(), person()
        plain = Records(vault).open_case(case_for(p), [p]).folio
        assessed = Records(vault).open_case(case_for(q), [q])
        risk = RiskOps(vault)
        draft = risk.start(assessed.id, "Amenazas tras una nota")
        signed = risk.save_and_sign(replace(draft, threats=(risk_threat(),),
                                            answers=risk_answers(3, 1),
                                            assessed_on=date(2026, 3, 2)))
    code, out, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", "--json",
                             stdin=PASSPHRASE + "\n")
    assert code == 0, err
    levels = {r["folio"]: r["risk_level"] for r in json.loads(out)}
    assert levels == {plain: None, assessed.folio: signed.level}
    code, out, err = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin",
                             stdin=PASSPHRASE + "\n")
    lines = {line.split()[0]: line for line in out.splitlines()[1:-1]}
    assert out.splitlines()[0].split() == ["Folio", "Estado", "Procedimiento", "Riesgo",
                                           "Solicitud"]
    assert current().level_label(signed.level, "es") in lines[assessed.folio]
    assert " — " in lines[plain]


def test_a_reader_that_goes_away_ends_the_command_quietly(vault_dir: Path) -> None:
    """``mpi-desktop cases … | head``: no traceback, the shell's SIGPIPE status."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "mpi_desktop", "cases", "--vault", str(vault_dir),
         "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.close()  # the reader is gone before anything is written
    _, stderr = proc.communicate((PASSPHRASE + "\n").encode(), timeout=120)
    assert proc.returncode == 141, stderr.decode()
    assert b"Traceback" not in stderr
