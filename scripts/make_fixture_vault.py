#!/usr/bin/env python3
"""Create tests/fixtures/vaults/schema-<N>/: a small vault at the current schema.

Run once when a schema version is released; the upgrade test then opens every
stored fixture with the current app.  Passphrase: see tests/storage/test_upgrade.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mpi_desktop.storage import crypto  # noqa: E402
from mpi_desktop.storage.migrations import LATEST  # noqa: E402
from mpi_desktop.storage.vault import Vault  # noqa: E402

PASSPHRASE = "fixture de esquema tejocote azul"


def main() -> None:
    target = ROOT / "tests" / "fixtures" / "vaults" / f"schema-{LATEST}"
    if target.exists():
        raise SystemExit(f"{target} exists: released fixtures never change")
    created = Vault.create(target, PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                           actor="fixture")
    with created.vault as vault:
        try:
            from tests.fixtures.populate import populate
        except ImportError:
            populate = None
        if populate is not None:
            populate(vault)
    (target / "vault.lock").unlink(missing_ok=True)
    (target / "RECOVERY_KEY.txt").write_text(created.recovery_key + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
