"""ARCO rights: cancellation leaves no trace, opposition, access, erasers."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from mpi_desktop.domain.cases import Case
from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.interchange.errors import InvalidImport, UnknownPerson
from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.importer import import_bytes
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import arco, audit, case_index, drafts
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.factories import aggression, attention, case_for, person
from tests.helpers.pages import contains_any, plaintext_of_vault
from tests.interchange.helpers import BUNDLE_PASSPHRASE, counts

#: Everything that identifies the person to erase: invented, and distinctive
#: enough that no other record contains any of it.
TARGET = {
    "given_names": "Xiuhnelli Quetzalmina", "first_surname": "Zazuetaxo",
    "second_surname": "Ybarrondoz", "aliases": ("La Zorzalita",),
    "contacts": (ContactChannel("telefono_movil", "+52 55 9876 4321"),
                 ContactChannel("correo", "xiuhnelli.zz@ejemplo.org")),
    "documents": (IdentityDocument("curp", "ZAYX860412MDFZBX09"),),
    "address": "Callejón Tlacuachito 77", "organization": "Colectivo Ajolotemex",
}
STRINGS = ["Xiuhnelli", "Quetzalmina", "Zazuetaxo", "Ybarrondoz", "Zorzalita",
           "9876 4321", "xiuhnelli.zz", "ZAYX860412MDFZBX09", "Tlacuachito", "Ajolotemex"]
TOKENS = {"xiuhnelli", "quetzalmina", "zazuetaxo", "ybarrondoz", "zorzalita", "tlacuachito"}


@dataclass
class World:
    target: Person
    relative: Person
    mine: Case
    theirs: Case
    mentioned: Case


@pytest.fixture
def world(vault: Vault) -> World:
    r = Records(vault)
    target = person(**TARGET)
    relative = person(given_names="Pedro", first_surname="Pérez", aliases=(), contacts=(),
                      documents=(), address="", organization="", profile="familiar")
    other = person(given_names="Ana", first_surname="López", aliases=(), contacts=(),
                   documents=(), address="", organization="")
    mine = r.open_case(case_for(target, relative, narrative="Amenazas a Xiuhnelli en "
                                "Callejón Tlacuachito por el Colectivo Ajolotemex."),
                       [target, relative])
    r.save_aggression(aggression(mine.id, description="Xiuhnelli Zazuetaxo recibió mensajes",
                                 place="Afuera de Colectivo Ajolotemex"))
    r.save_attention(attention(mine.id, notes="Asesoría a La Zorzalita"))
    # Edits leave before/after values in the field history.
    r.save_person(replace(r.person(target.id), notes="Prefiere llamadas a 55 9876 4321"))
    theirs = r.open_case(case_for(other, narrative="Ana fue seguida a la salida."), [other])
    theirs = r.save_case(replace(theirs, participants=(
        *theirs.participants, replace(mine.participants[0], role="colega",
                                      is_primary=False))))
    luis = person(given_names="Luis", aliases=(), contacts=(), documents=())
    mentioned = r.open_case(case_for(luis, narrative="Luis acompañó a Xiuhnelli Zazuetaxo."),
                            [luis])
    drafts.save(vault, draft_id=drafts.new_draft_id(), kind=drafts.EDIT_CASE,
                title="Edición", payload={"narrative": "Xiuhnelli sin guardar"},
                case_id=mine.id)
    return World(target=target, relative=relative, mine=mine, theirs=theirs,
                 mentioned=mentioned)


def test_cancellation_leaves_no_trace(vault: Vault, vault_dir: Path, world: World) -> None:
    target, mine, theirs = world.target, world.mine, world.theirs
    key = vault.data_key()
    assert all(contains_any(plaintext_of_vault(vault_dir, key), s) for s in STRINGS)
    # The caseworker previews, rectifies the other case that names them, then erases.
    plan = arco.plan_cancellation(vault, target.id)
    assert (plan.erased_folios, plan.unlinked_folios, plan.mentions) == (
        (mine.folio,), (theirs.folio,), (world.mentioned.folio,))
    r = Records(vault)
    r.save_case(replace(r.bundle(world.mentioned.id).case,
                        narrative="Luis acompañó a una colega."))
    report = arco.cancel(vault, target.id)
    assert report.erased_folios == (mine.folio,) and report.unlinked_folios == (theirs.folio,)
    assert report.mentions == () and report.orphans == (world.relative.id,)
    assert report.erased_by["drafts"] == 1 and report.history_rows >= 5
    assert report.history_values_redacted == 1 and report.compacted
    with vault.read() as conn:
        assert not TOKENS & case_index.vocabulary(conn)
        assert conn.execute("SELECT count(*) FROM case_person WHERE person_id = ?",
                            (target.id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM draft").fetchone()[0] == 0
        # The other case is intact, without them; the rectification is still in
        # the history, without the old text.
        assert [p[0] for p in conn.execute("SELECT person_id FROM case_person"
                                           " WHERE case_id = ?", (theirs.id,))] == [
            theirs.participants[0].person_id]
        assert conn.execute("SELECT before, after FROM field_history WHERE entity_id = ?"
                            " AND field = 'narrative'", (world.mentioned.id,)).fetchall() == [
            ('"[ARCO]"', '"Luis acompañó a una colega."')]
    blob = plaintext_of_vault(vault_dir, key)
    assert [s for s in STRINGS if contains_any(blob, s)] == []
    vault.lock()
    blob = plaintext_of_vault(vault_dir, key)
    assert [s for s in STRINGS if contains_any(blob, s)] == []
    with Vault.unlock(vault_dir, PASSPHRASE) as again, again.read() as conn:
        assert audit.verify(conn) > 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (entry,) = audit.entries(conn, action_prefix="arco.")
    assert entry.action == "arco.cancel" and entry.entity_id == target.id
    assert entry.details["cases_erased"] == [mine.id]
    assert not any(s in json.dumps(entry.details) for s in STRINGS)


def test_mentions_left_in_other_cases_are_reported(vault: Vault, world: World) -> None:
    report = arco.cancel(vault, world.target.id)
    assert report.mentions == (world.mentioned.folio,)
    with vault.read() as conn:
        # Only that narrative still holds the name; the rest of them is gone.
        assert TOKENS & case_index.vocabulary(conn) == {"xiuhnelli", "zazuetaxo"}


def test_an_old_export_cannot_bring_an_erased_person_back(
        vault: Vault, world: World, tmp_path: Path) -> None:
    out = tmp_path / "antes.json"
    export(vault, ExportRequest(), out, passphrase=None, plaintext=True)
    target = world.target
    arco.cancel(vault, target.id)
    before = counts(vault)
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, out.read_bytes())
    codes = {(i.code) for i in info.value.issues}
    assert codes == {"erased_by_arco"}
    assert len(info.value.issues) == 2  # the person and the case they headed
    assert counts(vault) == before


def test_cancelling_again_only_compacts(vault: Vault, world: World) -> None:
    target = world.target
    arco.cancel(vault, target.id)
    again = arco.cancel(vault, target.id)
    assert again.already_erased and again.compacted and again.erased_folios == ()
    with pytest.raises(UnknownPerson):
        arco.cancel(vault, "00000000-0000-4000-8000-000000000000")


def test_registered_erasers_run_inside_the_transaction(vault: Vault,
                                                       world: World) -> None:
    seen: list[arco.ErasureContext] = []

    def eraser(conn: Connection, ctx: arco.ErasureContext) -> int:
        # Called before the core deletes: the person is still there to join through.
        assert conn.execute("SELECT count(*) FROM person WHERE id = ?",
                            (ctx.person.id,)).fetchone()[0] == 1
        seen.append(ctx)
        return 7

    arco.register_eraser("prueba", eraser)
    try:
        report = arco.cancel(vault, world.target.id)
    finally:
        arco._ERASERS.pop("prueba")
    assert report.erased_by["prueba"] == 7
    assert seen[0].erased_case_ids == (world.mine.id,)
    assert seen[0].unlinked_case_ids == (world.theirs.id,)
    with vault.read() as conn:
        (entry,) = audit.entries(conn, action_prefix="arco.cancel")
    assert entry.details["erased_prueba"] == 7


def test_a_failing_eraser_erases_nothing(vault: Vault, world: World) -> None:
    def broken(conn: Connection, ctx: arco.ErasureContext) -> int:
        raise RuntimeError("falla")

    before = counts(vault)
    arco.register_eraser("roto", broken)
    try:
        with pytest.raises(RuntimeError):
            arco.cancel(vault, world.target.id)
    finally:
        arco._ERASERS.pop("roto")
    assert counts(vault) == before


def test_opposition_is_recorded_once_with_its_date(vault: Vault,
                                                   world: World) -> None:
    target = world.target
    assert arco.oppose(vault, target.id)
    assert not arco.oppose(vault, target.id)
    stored = Records(vault).person(target.id)
    assert stored.arco_opposition and stored.opposition_date == today_local()
    with vault.read() as conn:
        (entry,) = audit.entries(conn, action_prefix="arco.")
        flag = conn.execute("SELECT opposition FROM case_file WHERE id = ?",
                            (world.mine.id,)).fetchone()[0]
    assert entry.action == "arco.oppose" and flag == 1


def test_access_writes_their_export_and_audits_it(vault: Vault, world: World,
                                                  tmp_path: Path) -> None:
    target = world.target
    result = arco.access(vault, target.id, tmp_path / "acceso.json",
                         passphrase=None, plaintext=True)
    doc = json.loads((tmp_path / "acceso.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in doc["people"]] == [target.id]
    assert {c["id"] for c in doc["cases"]} == {world.mine.id,
                                               world.theirs.id}
    assert "Pedro" not in json.dumps(doc, ensure_ascii=False)
    assert not result.encrypted
    arco.access(vault, target.id, tmp_path / "acceso.mpiexp",
                passphrase=BUNDLE_PASSPHRASE)
    with vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, limit=4)]
    assert actions == ["arco.access", "export.person", "arco.access", "export.person"]
