"""``mpi-desktop --self-test``: prove an installation (or the bundle) works end to end.

Creates a vault in a temporary folder, writes a case through the real
repositories, reads it back (and finds it by accent-less search), renders a PDF
with the embedded font and reads its size back, verifies the vault, and checks
that no test string reached the folder in plaintext.  Exit 0 or 1.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mpi_desktop.domain.cases import Case, CaseParticipant
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.resource_check import check_all_resources
from mpi_desktop.storage import case_query, crypto
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault

PASSPHRASE = "autoprueba de instalación con frase larga"  # noqa: S105 - temp vault
CANARY = "Autoprueba Ñandú Xylophagos"


@dataclass
class _State:
    root: Path
    vault: Vault | None = None
    case_id: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _steps(state: _State) -> list[tuple[str, Callable[[], None]]]:
    def check_resources() -> None:
        check_all_resources()

    def create() -> None:
        Vault.create(state.root / "vault", PASSPHRASE,
                     kdf_params=crypto.KdfParams.floor()).vault.lock()

    def unlock() -> None:
        state.vault = Vault.unlock(state.root / "vault", PASSPHRASE)

    def write_case() -> None:
        assert state.vault is not None
        person = Person(given_names="José", first_surname=CANARY, profile="periodista",
                        alcaldia="coyoacan")
        case = Case(opened_on=date(2026, 1, 15),
                    participants=(CaseParticipant(person.id, "beneficiaria_principal", True),))
        state.case_id = Records(state.vault).open_case(case, [person]).id

    def read_case() -> None:
        assert state.vault is not None
        bundle = Records(state.vault).bundle(state.case_id)
        if bundle.primary is None or bundle.primary.first_surname != CANARY:
            raise RuntimeError("case read back differs")
        with state.vault.read() as conn:
            if not case_query.list_nums(conn, case_query.CaseFilter(text="jose nandu")):
                raise RuntimeError("search did not find the case")

    def render_pdf() -> None:
        from mpi_desktop.reports import pdf

        out = state.root / "autoprueba.pdf"
        rendered = pdf.render([pdf.para("Autoprueba: áéíóú ñ ü ¿¡ — «»", "title")],
                              title="Autoprueba", decor=pdf.PageDecor(header="MPI Desktop",
                                                                      footer="Autoprueba"))
        pdf.write(out, rendered)
        if not out.read_bytes().startswith(b"%PDF") or out.stat().st_size < 1000:
            raise RuntimeError("PDF not written")

    def verify() -> None:
        assert state.vault is not None
        report = verify_vault(state.vault)
        state.vault.lock()
        if not report.ok:
            raise RuntimeError(f"verify failed: {report}")

    def no_plaintext() -> None:
        for path in (state.root / "vault").rglob("*"):
            if path.is_file() and CANARY.encode() in path.read_bytes():
                raise RuntimeError(f"plaintext found in {path.name}")

    return [("resources and catalogs", check_resources), ("create vault", create),
            ("unlock", unlock), ("write a case", write_case),
            ("read it back and search", read_case), ("render a PDF", render_pdf),
            ("verify vault", verify), ("no plaintext on disk", no_plaintext)]


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="mpi-selftest-") as tmp:
        state = _State(root=Path(tmp))
        try:
            for name, step in _steps(state):
                start = time.perf_counter()
                try:
                    step()
                except Exception as exc:  # report any failure, whatever it is
                    print(f"self-test FAILED at '{name}': {type(exc).__name__}: {exc}",
                          file=sys.stderr)
                    return 1
                print(f"ok  {name:<28} {(time.perf_counter() - start) * 1000:8.1f} ms")
        finally:
            if state.vault is not None:
                state.vault.lock()
    print("self-test passed")
    return 0
