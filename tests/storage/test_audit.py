from __future__ import annotations

import pytest

from mpi_desktop import errors as e
from mpi_desktop.storage import audit
from mpi_desktop.storage.connection import IntegrityError
from mpi_desktop.storage.vault import Vault


def test_chain_verifies_and_counts(vault: Vault) -> None:
    for i in range(5):
        vault.log("case.update", entity="case", entity_id=f"id-{i}", details={"fields": ["a"]})
    with vault.read() as conn:
        assert audit.verify(conn) == audit.count(conn) >= 7
        entries = audit.entries(conn, entity="case")
    assert [x.entity_id for x in entries] == [f"id-{i}" for i in reversed(range(5))]


def test_append_only_at_storage_level(vault: Vault) -> None:
    with pytest.raises(IntegrityError), vault.write() as conn:
        conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
    with pytest.raises(IntegrityError), vault.write() as conn:
        conn.execute("DELETE FROM audit_log")


@pytest.mark.parametrize("tamper", ["edit", "delete_middle", "reorder"])
def test_tampering_breaks_the_chain(vault: Vault, tamper: str) -> None:
    for i in range(4):
        vault.log("case.view", entity="case", entity_id=f"c{i}")
    with vault.write() as conn:
        # Someone with the key drops the guard triggers and rewrites history.
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        if tamper == "edit":
            conn.execute("UPDATE audit_log SET entity_id = 'otro' WHERE seq = 3")
        elif tamper == "delete_middle":
            conn.execute("DELETE FROM audit_log WHERE seq = 3")
        else:
            conn.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 4")
    with vault.read() as conn, pytest.raises(e.AuditChainBroken) as info:
        audit.verify(conn)
    assert info.value.seq == 3 or info.value.seq == 4


def test_details_refuse_content(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.log("case.update", details={"note": "x" * 500})
    with pytest.raises(TypeError):
        vault.log("case.update", details={"person": {"name": "Ana"}})
