"""Export → import into a new vault gives identical records; scopes, opposition, audit."""

from __future__ import annotations

import dataclasses
import json
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.interchange.errors import ExcludedByOpposition, InvalidImport, UnknownCase
from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.importer import import_bytes, import_file
from mpi_desktop.interchange.schema import document_schema
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import arco, audit, case_query, cases_repo, events_repo, people_repo
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.interchange.helpers import BUNDLE_PASSPHRASE, Sample, another_vault, digest, fill


@pytest.fixture
def sample(vault: Vault) -> Sample:
    return fill(vault)


@pytest.fixture
def target(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Vault]:
    other = another_vault(tmp_path, vault_template[0])
    yield other
    other.lock()


def _plain(vault: Vault, tmp_path: Path, request: ExportRequest | None = None,
           name: str = "x.json") -> dict[str, Any]:
    out = tmp_path / name
    export(vault, request or ExportRequest(), out, passphrase=None, plaintext=True)
    doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return doc


def _same(a: object, b: object) -> None:
    """Field by field, so a failure names the field."""
    assert type(a) is type(b)
    for f in dataclasses.fields(a):  # type: ignore[arg-type]
        assert getattr(a, f.name) == getattr(b, f.name), f.name


def test_encrypted_round_trip_into_a_new_vault_is_identical(
        vault: Vault, sample: Sample, target: Vault, tmp_path: Path) -> None:
    out = tmp_path / "todo.mpiexp"
    result = export(vault, ExportRequest(), out, passphrase=BUNDLE_PASSPHRASE)
    assert result.encrypted and result.counts["people"] == 5 and result.counts["cases"] == 3
    report = import_file(target, out, ask_passphrase=lambda: BUNDLE_PASSPHRASE)
    assert report.encrypted and report.duplicates == []
    assert report.written["people"] == 5 and report.written["aggressions"] == 2
    with vault.read() as a, target.read() as b:
        for p in sample.people:
            _same(people_repo.get(a, p.id), people_repo.get(b, p.id))
        for c in sample.cases:
            _same(cases_repo.get(a, c.id), cases_repo.get(b, c.id))
            for ours, theirs in ((events_repo.aggressions(a, c.id),
                                  events_repo.aggressions(b, c.id)),
                                 (events_repo.attentions(a, c.id),
                                  events_repo.attentions(b, c.id))):
                assert len(ours) == len(theirs)
                for x, y in zip(ours, theirs, strict=True):
                    _same(x, y)
        # The new vault's search and list columns work: names, aliases, narratives.
        for text, folio in (("guera", sample.cases[1].folio), ("constructora",
                                                               sample.cases[0].folio),
                            ("Núñez", sample.cases[0].folio), ("ejido", sample.cases[1].folio)):
            rows = case_query.page(b, CaseFilter(text=text))
            assert [r.folio for r in rows] == [folio], text
        primary = case_query.page(b, CaseFilter(text="Ávila"))[0]
        assert primary.primary_name == "Guadalupe Ávila Sáenz"
        # Imported records have their creation in the field history.
        assert b.execute("SELECT count(*) FROM field_history WHERE field = '*'"
                         ).fetchone()[0] == 5 + 3 + 2 + 2


def test_plain_export_matches_the_schema(vault: Vault, sample: Sample,
                                         tmp_path: Path) -> None:
    doc = _plain(vault, tmp_path)
    jsonschema.Draft202012Validator(document_schema()).validate(doc)
    assert doc["format"] == "mpi-desktop-interchange" and doc["version"] == 1
    assert doc["scope"] == {"kind": "all"}
    assert doc["cases"][0]["folio"] < doc["cases"][-1]["folio"]
    person = next(p for p in doc["people"] if p["given_names"] == "Guadalupe")
    assert person["contacts"][0] == {"kind": "whatsapp", "value": "55 2345 6789",
                                     "safe": False, "notes": "solo tardes"}
    assert person["birth_date"] == "1986-04-12"


def test_case_export_holds_the_case_its_people_and_events(vault: Vault, sample: Sample,
                                                         tmp_path: Path) -> None:
    case = sample.cases[1]
    doc = _plain(vault, tmp_path, ExportRequest("case", folio=case.folio.lower()))
    assert doc["scope"] == {"kind": "case", "case_id": case.id, "folio": case.folio}
    assert [c["id"] for c in doc["cases"]] == [case.id]
    assert {p["id"] for p in doc["people"]} == set(case.person_ids)
    assert [a["case_id"] for a in doc["aggressions"]] == [case.id]
    assert [a["case_id"] for a in doc["attentions"]] == [case.id]
    with pytest.raises(UnknownCase):
        _plain(vault, tmp_path, ExportRequest("case", folio="MPI-1999-0001"), "y.json")


def test_person_export_leaves_other_people_as_references(vault: Vault, sample: Sample,
                                                         tmp_path: Path) -> None:
    tono = sample.people[1]  # a relative on case 1
    doc = _plain(vault, tmp_path, ExportRequest("person", person_id=tono.id))
    assert doc["scope"] == {"kind": "person", "person_id": tono.id}
    assert [p["id"] for p in doc["people"]] == [tono.id]
    assert [c["id"] for c in doc["cases"]] == [sample.cases[0].id]
    refs = doc["cases"][0]["participants"]
    assert {(r["person_id"], r["role"]) for r in refs} == {
        (sample.people[0].id, "beneficiaria_principal"), (tono.id, "familiar")}
    text = json.dumps(doc, ensure_ascii=False)
    for other in ("María José", "Cruz", "CUPM860412", "1234-5678", "Cronista"):
        assert other not in text


def test_opposition_excludes_the_person_and_their_cases(vault: Vault, sample: Sample,
                                                        tmp_path: Path) -> None:
    beto = sample.people[3]  # on case 2, not its main beneficiary
    assert arco.oppose(vault, beto.id)
    doc = _plain(vault, tmp_path)
    assert beto.id not in {p["id"] for p in doc["people"]}
    assert sample.cases[1].id not in {c["id"] for c in doc["cases"]}
    assert all(a["case_id"] != sample.cases[1].id for a in doc["aggressions"])
    # Lupe, main beneficiary of case 2, did not oppose: her own record stays.
    assert sample.people[2].id in {p["id"] for p in doc["people"]}
    with pytest.raises(ExcludedByOpposition):
        _plain(vault, tmp_path, ExportRequest("case", folio=sample.cases[1].folio), "c.json")
    # ARCO access of that very person still works and includes the flag.
    mine = _plain(vault, tmp_path, ExportRequest("person", person_id=beto.id), "p.json")
    assert mine["people"][0]["arco_opposition"] is True
    assert mine["people"][0]["opposition_date"] == today_local().isoformat()
    with vault.read() as conn:
        last = audit.entries(conn, limit=3)
    assert [e.action for e in last][:1] == ["export.person"]


def test_reimport_is_identical_and_changes_nothing_but_the_audit(
        vault: Vault, sample: Sample, tmp_path: Path) -> None:
    data = json.dumps(_plain(vault, tmp_path)).encode()
    before = digest(vault, skip_actions=("export.all", "import.file"))
    report = import_bytes(vault, data)
    assert {o for _s, _u, o in report.duplicates} == {"identical"}
    assert len(report.duplicates) == 5 + 3 + 2 + 2 and sum(report.written.values()) == 0
    assert digest(vault, skip_actions=("export.all", "import.file")) == before


@pytest.mark.parametrize("policy", ["skip", "replace", "fail"])
def test_duplicates_policy(vault: Vault, sample: Sample, tmp_path: Path, policy: str) -> None:
    doc = _plain(vault, tmp_path)
    doc["people"][0]["notes"] = "Versión del archivo"
    doc["aggressions"][0]["description"] = "Descripción del archivo"
    before = digest(vault, skip_actions=("export.all",))
    pid = doc["people"][0]["id"]
    if policy == "fail":
        with pytest.raises(InvalidImport) as info:
            import_bytes(vault, json.dumps(doc).encode(), on_duplicate="fail")
        assert [(i.path, i.code) for i in info.value.issues] == [
            ("$.people[0].id", "duplicate_refused"), ("$.aggressions[0].id", "duplicate_refused")]
        assert digest(vault, skip_actions=("export.all",)) == before
        return
    report = import_bytes(vault, json.dumps(doc).encode(), on_duplicate=policy)
    outcome = "replaced" if policy == "replace" else "skipped"
    assert ("people", pid, outcome) in report.duplicates
    assert sum(1 for d in report.duplicates if d[2] == "identical") == 10
    notes = Records(vault).person(pid).notes
    assert (notes == "Versión del archivo") == (policy == "replace")
    with vault.read() as conn:
        history = conn.execute("SELECT field FROM field_history WHERE entity_id = ? AND"
                               " action = 'update'", (pid,)).fetchall()
    assert (history == [("notes",)]) == (policy == "replace")


def test_an_import_cannot_withdraw_an_opposition(vault: Vault, sample: Sample,
                                                 tmp_path: Path) -> None:
    doc = _plain(vault, tmp_path)
    solo = sample.people[4]
    arco.oppose(vault, solo.id)
    i = next(n for n, p in enumerate(doc["people"]) if p["id"] == solo.id)
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(doc).encode(), on_duplicate="replace")
    assert [(x.path, x.code) for x in info.value.issues] == [
        (f"$.people[{i}].arco_opposition", "opposition_withdrawal")]
    assert Records(vault).person(solo.id).arco_opposition


def test_cases_keep_the_files_timestamp_after_their_events_are_added(
        vault: Vault, sample: Sample, target: Vault, tmp_path: Path) -> None:
    doc = _plain(vault, tmp_path)
    import_bytes(target, json.dumps(doc).encode())
    with target.read() as conn:
        row = conn.execute("SELECT updated_at FROM case_file WHERE id = ?",
                           (sample.cases[0].id,)).fetchone()
    item = next(c for c in doc["cases"] if c["id"] == sample.cases[0].id)
    assert row[0] == item["updated_at"]


def test_export_refuses_to_overwrite_and_audits_without_content(
        vault: Vault, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "x.mpiexp"
    out.write_text("previo")
    with pytest.raises(RefusedForSafety):
        export(vault, ExportRequest(), out, passphrase=BUNDLE_PASSPHRASE)
    assert out.read_text() == "previo"
    export(vault, ExportRequest(), tmp_path / "y.mpiexp", passphrase=BUNDLE_PASSPHRASE)
    export(vault, ExportRequest("case", folio=sample.cases[0].folio), tmp_path / "z.json",
           passphrase=None, plaintext=True)
    for name in ("y.mpiexp", "z.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with vault.read() as conn:
        entries = audit.entries(conn, action_prefix="export.")
    assert [(e.action, e.details["encrypted"]) for e in entries] == [
        ("export.case", False), ("export.all", True)]
    assert entries[0].entity_id == sample.cases[0].id
    assert entries[0].details["case_ids"] == [sample.cases[0].id]
    assert entries[1].details["people"] == 5 and entries[1].details["cases"] == 3
    flat = json.dumps([e.details for e in entries], ensure_ascii=False)
    for text in ("María", "Ávila", "constructora", str(tmp_path)):
        assert text not in flat


def test_import_is_audited_with_counts_and_ids(vault: Vault, sample: Sample, target: Vault,
                                               tmp_path: Path) -> None:
    doc = _plain(vault, tmp_path)
    import_bytes(target, json.dumps(doc).encode())
    with target.read() as conn:
        (entry,) = audit.entries(conn, action_prefix="import.")
        per_record = audit.entries(conn, action_prefix="person.")
    assert entry.action == "import.file" and entry.details["people_written"] == 5
    assert sorted(entry.details["case_ids"]) == sorted(c.id for c in sample.cases)
    assert entry.details["encrypted"] is False and len(entry.details["sha256"]) == 64
    assert per_record == []


def test_ids_in_a_new_vault_can_be_edited_and_reexported(
        vault: Vault, sample: Sample, target: Vault, tmp_path: Path) -> None:
    import_bytes(target, json.dumps(_plain(vault, tmp_path)).encode())
    r = Records(target)
    lupe = r.person(sample.people[2].id)
    r.save_person(replace(lupe, notes="Actualizado en la otra bóveda"))
    doc = _plain(target, tmp_path, name="back.json")
    report = import_bytes(vault, json.dumps(doc).encode(), on_duplicate="replace")
    assert ("people", lupe.id, "replaced") in report.duplicates
    assert Records(vault).person(lupe.id).notes == "Actualizado en la otra bóveda"
