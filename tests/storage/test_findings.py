"""Findings of the open-source monitoring: round trip, filters, case link, ARCO, interchange."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mpi_desktop.domain import validation as v
from mpi_desktop.interchange.export import build_document
from mpi_desktop.interchange.importer import import_bytes
from mpi_desktop.interchange.scope import ExportRequest, resolve
from mpi_desktop.storage import arco, audit
from mpi_desktop.storage.findings import FindingFilter, Findings
from mpi_desktop.storage.records import RecordNotFound, Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.factories import case_for, finding, person


@pytest.fixture
def ops(vault: Vault) -> Findings:
    return Findings(vault)


def _case(vault: Vault, **kw: object) -> tuple[str, str, str]:
    p = person(documents=(), contacts=(), **kw)  # type: ignore[arg-type]
    case = Records(vault).open_case(case_for(p), [p])
    return case.id, case.folio, p.id


def test_round_trip_and_case_link(vault: Vault, ops: Findings) -> None:
    case_id, folio, _ = _case(vault)
    saved = ops.save(finding(case_id=case_id, occurred_on=date(2026, 3, 1)))
    assert ops.get(saved.id) == saved
    rows, total = ops.rows(FindingFilter())
    assert total == 1 and rows[0].folio == folio and rows[0].case_id == case_id


@pytest.mark.parametrize(("changes", "code"), [
    ({"summary": "  "}, "required"),
    ({"url": "ejemplo.org/sin-esquema"}, "invalid_url"),
    ({"url": "javascript:alert(1)"}, "invalid_url"),
    ({"occurred_on": date(2026, 3, 5)}, "after_found"),
    ({"aggression_type": "inventado"}, "unknown_code"),
    ({"source": ""}, "required"),
])
def test_invalid_findings_are_refused(vault: Vault, ops: Findings, changes: dict[str, object],
                                      code: str) -> None:
    with pytest.raises(v.ValidationFailed) as info:
        ops.save(finding(**changes))
    assert code in {i.code for i in info.value.issues}


def test_link_to_a_missing_case_is_refused(ops: Findings) -> None:
    with pytest.raises(v.ValidationFailed) as info:
        ops.save(finding(case_id="0f8e4a52-5d1e-4b8e-9a53-2c4b1e6f7a10"))
    assert {i.code for i in info.value.issues} == {"unknown_case"}


def test_filters(vault: Vault, ops: Findings) -> None:
    case_id, _, _ = _case(vault)
    ops.save(finding(found_on=date(2026, 1, 5), summary="Hostigamiento en marcha",
                     aggression_type="hostigamiento", alcaldia="tlalpan"))
    ops.save(finding(found_on=date(2026, 3, 3), case_id=case_id))
    ops.save(finding(found_on=date(2026, 4, 30), outlet="Diario del Sur", alcaldia=None))
    assert ops.rows(FindingFilter(first=date(2026, 3, 1), last=date(2026, 4, 30)))[1] == 2
    assert ops.rows(FindingFilter(aggression_type="hostigamiento"))[1] == 1
    assert ops.rows(FindingFilter(alcaldia="coyoacan"))[1] == 1
    assert ops.rows(FindingFilter(text="diario sur"))[1] == 1
    assert ops.rows(FindingFilter(text="100%_"))[1] == 0  # LIKE wildcards are literal
    assert ops.rows(FindingFilter(linked_only=True))[1] == 1
    rows, total = ops.rows(FindingFilter(), limit=2)
    assert total == 3 and [r.found_on for r in rows] == [date(2026, 4, 30), date(2026, 3, 3)]


def test_case_picker_search(vault: Vault, ops: Findings) -> None:
    case_id, folio, _ = _case(vault, given_names="Yolotzin", first_surname="Ávalos")
    assert [c.id for c in ops.search_cases(folio[4:])] == [case_id]
    assert [c.id for c in ops.search_cases("yolotzin avalos")] == [case_id]
    choice = ops.case_choice(case_id)
    assert choice is not None and choice.folio == folio


def test_audit_holds_ids_not_content(vault: Vault, ops: Findings) -> None:
    case_id, _, _ = _case(vault)
    saved = ops.save(finding(case_id=case_id))
    ops.save(replace(saved, summary="Otro texto con datos sensibles"))
    ops.delete(saved.id)
    with vault.read() as conn:
        entries = audit.entries(conn, entity="finding", entity_id=saved.id)
    assert [e.action for e in entries] == ["finding.delete", "finding.update", "finding.create"]
    assert entries[1].details["fields"] == ["summary"]
    assert entries[2].details["case"] == case_id
    assert "sensibles" not in json.dumps([e.details for e in entries], ensure_ascii=False)
    with pytest.raises(RecordNotFound):
        ops.get(saved.id)


def test_erasing_the_case_keeps_the_finding_without_its_link(vault: Vault, ops: Findings
                                                             ) -> None:
    case_id, _, person_id = _case(vault)
    saved = ops.save(finding(case_id=case_id))
    report = arco.cancel(vault, person_id)
    assert report.erased_by["finding_links"] == 1
    after = ops.get(saved.id)
    assert after.case_id is None and after.summary == saved.summary
    with vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, entity="finding", entity_id=saved.id)]
    assert "finding.unlink_case" in actions


def test_foreign_key_unlinks_too(vault: Vault, ops: Findings) -> None:
    """Whoever deletes a case (not only ARCO) cannot leave a dangling link."""
    case_id, _, _ = _case(vault)
    saved = ops.save(finding(case_id=case_id))
    Records(vault).delete_case(case_id)
    assert ops.get(saved.id).case_id is None


@pytest.fixture
def other_vault(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Vault]:
    target = tmp_path / "otra"
    shutil.copytree(vault_template[0], target)
    (target / "vault.lock").unlink(missing_ok=True)
    vault = Vault.unlock(target, PASSPHRASE, actor="receptora")
    yield vault
    vault.lock()


def test_interchange_round_trip_and_scope(vault: Vault, ops: Findings,
                                          other_vault: Vault) -> None:
    case_id, folio, _ = _case(vault)
    linked = ops.save(finding(case_id=case_id))
    loose = ops.save(finding(found_on=date(2026, 2, 2)))
    with vault.write() as conn:
        whole = build_document(conn, resolve(conn, ExportRequest("all")))
        one = build_document(conn, resolve(conn, ExportRequest("case", folio=folio)))
    assert {f["id"] for f in whole["findings"]} == {linked.id, loose.id}
    assert [f["id"] for f in one["findings"]] == [linked.id]
    report = import_bytes(other_vault, json.dumps(whole).encode())
    assert report.written["findings"] == 2
    copy = Findings(other_vault)
    assert copy.get(linked.id) == linked and copy.get(loose.id) == loose


def test_whole_export_drops_links_to_opposition_cases(vault: Vault, ops: Findings) -> None:
    case_id, _, person_id = _case(vault)
    saved = ops.save(finding(case_id=case_id))
    arco.oppose(vault, person_id)
    with vault.write() as conn:
        doc = build_document(conn, resolve(conn, ExportRequest("all")))
    item = next(f for f in doc["findings"] if f["id"] == saved.id)
    assert item["case_id"] is None
