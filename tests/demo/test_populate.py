"""Demo cases written into real encrypted vaults: searchable, reproducible, cancellable."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mpi_desktop import i18n, messages
from mpi_desktop.demo.generator import VaultHasRealCases, batch_size, populate
from mpi_desktop.domain.people import fold
from mpi_desktop.storage import audit, case_query
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.verify import verify_vault
from tests.conftest import PASSPHRASE
from tests.factories import case_for, person

TABLES = {
    "person": "id", "case_file": "num", "case_person": "case_id, person_id",
    "aggression": "id", "attention": "id",
}


def rows(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY {order}").fetchall()
            for t, order in TABLES.items()}


def counts(conn: Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def second_vault(tmp_path: Path, template: tuple[Path, str]) -> Vault:
    target = tmp_path / "other"
    shutil.copytree(template[0], target)
    (target / "vault.lock").unlink(missing_ok=True)
    return Vault.unlock(target, PASSPHRASE, actor="prueba")


def test_populate_writes_valid_searchable_cases_with_one_audit_entry_per_batch(
        vault: Vault) -> None:
    calls: list[tuple[int, int]] = []
    summary = populate(vault, cases=60, seed=3, progress=lambda d, t: calls.append((d, t)))
    assert (summary.cases, summary.requested, summary.cancelled) == (60, 60, False)
    assert calls[0] == (0, 60) and calls[-1] == (60, 60)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    with vault.read() as conn:
        n = counts(conn)
        assert n["case_file"] == 60 and n["person"] == summary.people
        assert n["aggression"] == summary.aggressions and n["attention"] == summary.attentions
        entries = audit.entries(conn, limit=1000)
        # No per-record entries: the batches' entries carry the counts.
        assert {e.action for e in entries} == {"vault.create", "vault.unlock", "demo.generate"}
        demo = [e for e in entries if e.action == "demo.generate"]
        assert len(demo) == -(-60 // batch_size(60))
        assert sum(e.details["cases"] for e in demo) == 60
        assert sum(e.details["people"] for e in demo) == summary.people
    report = verify_vault(vault)
    assert report.ok, report


def test_search_finds_an_accented_name_typed_without_accents(vault: Vault) -> None:
    populate(vault, cases=80, seed=5)
    records = Records(vault)
    with vault.read() as conn:
        listed = case_query.rows(conn, case_query.list_nums(conn, CaseFilter()))
    tried = 0
    for row in listed.values():
        primary = records.bundle(row.id).primary
        assert primary is not None
        written = f"{primary.given_names.split()[0]} {primary.first_surname}"
        typed = fold(written)  # what a hurried caseworker types: no accents, lower case
        if typed == written.casefold():
            continue
        tried += 1
        with vault.read() as conn:
            assert row.num in case_query.list_nums(conn, CaseFilter(text=typed)), typed
    assert tried >= 5, "the demo should contain accented names"


def test_same_seed_gives_identical_rows_in_two_vaults(
        vault: Vault, tmp_path: Path, vault_template: tuple[Path, str]) -> None:
    other = second_vault(tmp_path, vault_template)
    try:
        populate(vault, cases=40, seed=9)
        populate(other, cases=40, seed=9)
        with vault.read() as a, other.read() as b:
            assert rows(a) == rows(b)
    finally:
        other.lock()


def test_another_seed_gives_other_rows(
        vault: Vault, tmp_path: Path, vault_template: tuple[Path, str]) -> None:
    other = second_vault(tmp_path, vault_template)
    try:
        populate(vault, cases=20, seed=1)
        populate(other, cases=20, seed=2)
        with vault.read() as a, other.read() as b:
            first, second = rows(a), rows(b)
        assert {r[0] for r in first["person"]}.isdisjoint({r[0] for r in second["person"]})
        assert first["case_file"] != second["case_file"]
    finally:
        other.lock()


def test_cancel_keeps_whole_batches_and_a_consistent_vault(vault: Vault) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2  # two batches, then stop

    summary = populate(vault, cases=200, seed=4, cancelled=cancelled)
    size = batch_size(200)
    assert summary.cancelled and summary.cases == 2 * size < 200
    with vault.read() as conn:
        n = counts(conn)
        assert n["case_file"] == summary.cases and n["person"] == summary.people
        assert n["aggression"] == summary.aggressions
        orphans = conn.execute("SELECT count(*) FROM case_file c WHERE NOT EXISTS"
                               " (SELECT 1 FROM case_person p WHERE p.case_id = c.id)")
        assert orphans.fetchone()[0] == 0
        assert len(case_query.list_nums(conn, CaseFilter(text="relata"))) == summary.cases
    assert verify_vault(vault).ok
    # A later run continues: new people, folios after the existing ones.
    more = populate(vault, cases=30, seed=4)
    with vault.read() as conn:
        n = counts(conn)
        assert n["case_file"] == summary.cases + 30
        assert n["person"] == summary.people + more.people
        folios = [r[0] for r in conn.execute("SELECT folio FROM case_file")]
        assert len(set(folios)) == len(folios)


@pytest.fixture
def spanish() -> Iterator[None]:
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.mark.usefixtures("spanish")
def test_refuses_to_mix_demo_data_into_a_vault_with_real_cases(vault: Vault) -> None:
    p = person()
    Records(vault).open_case(case_for(p), [p])
    with pytest.raises(VaultHasRealCases) as info:
        populate(vault, cases=10)
    assert info.value.real == 1 and info.value.exit_code == 6
    assert "no generó la demostración" in messages.describe(info.value)
    with vault.read() as conn:
        assert counts(conn)["case_file"] == 1


def test_zero_cases_writes_nothing(vault: Vault) -> None:
    with vault.read() as conn:
        before = audit.count(conn)
    summary = populate(vault, cases=0)
    assert summary.cases == 0 and not summary.cancelled
    with vault.read() as conn:
        assert counts(conn)["case_file"] == 0
        assert audit.count(conn) == before
