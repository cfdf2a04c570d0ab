"""Drafts in the vault: upsert, listing, loading, deletion, audit, atomic intake finish."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop.domain import validation as v
from mpi_desktop.storage import audit, drafts
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.factories import aggression, case_for, person
from tests.helpers.pages import contains_any, plaintext_of_vault


def _actions(vault: Vault) -> list[str]:
    with vault.read() as conn:
        return [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]


def test_save_creates_then_updates_one_row_and_audits_only_creation(vault: Vault) -> None:
    did = drafts.new_draft_id()
    first = drafts.save(vault, draft_id=did, kind=drafts.INTAKE, title="Ximena",
                        payload={"given_names": "Ximena"})
    second = drafts.save(vault, draft_id=did, kind=drafts.INTAKE, title="Ximena Ortiz",
                         payload={"given_names": "Ximena", "first_surname": "Ortiz"})
    assert first.created_at == second.created_at
    assert second.updated_at >= first.updated_at
    listed = drafts.list_drafts(vault, kind=drafts.INTAKE)
    assert [d.id for d in listed] == [did]
    assert listed[0].title == "Ximena Ortiz"
    loaded = drafts.load(vault, did)
    assert loaded.payload == {"given_names": "Ximena", "first_surname": "Ortiz"}
    assert _actions(vault).count("draft.create") == 1


def test_listing_filters_by_kind_and_case_newest_first(vault: Vault) -> None:
    a = drafts.save(vault, draft_id="a", kind=drafts.INTAKE, title="", payload={})
    b = drafts.save(vault, draft_id="b", kind=drafts.EDIT_CASE, title="", payload={},
                    case_id="case-1")
    c = drafts.save(vault, draft_id="c", kind=drafts.EDIT_PERSON, title="", payload={},
                    case_id="case-1")
    assert {d.id for d in drafts.list_drafts(vault)} == {a.id, b.id, c.id}
    assert [d.id for d in drafts.list_drafts(vault, case_id="case-1")] == ["c", "b"]
    assert [d.id for d in drafts.list_drafts(vault, kind=drafts.EDIT_CASE)] == ["b"]
    assert [d.id for d in drafts.load_all(vault, kind=drafts.INTAKE)] == ["a"]


def test_delete_is_audited_with_ids_only_and_missing_is_false(vault: Vault) -> None:
    drafts.save(vault, draft_id="d1", kind=drafts.INTAKE, title="Nombre Secreto",
                payload={"narrative": "texto secreto"})
    assert drafts.delete(vault, "d1", reason="discarded") is True
    assert drafts.delete(vault, "d1") is False
    with pytest.raises(drafts.DraftNotFound):
        drafts.load(vault, "d1")
    with vault.read() as conn:
        entries = sorted((e for e in audit.entries(conn) if e.entity == "draft"),
                         key=lambda e: e.seq)
    assert [e.action for e in entries] == ["draft.create", "draft.delete"]
    assert entries[1].details == {"kind": "intake", "case": None, "reason": "discarded"}
    assert all("Secreto" not in str(e.details) for e in entries)


def test_unknown_kind_and_oversized_payload_are_refused(vault: Vault) -> None:
    with pytest.raises(ValueError, match="kind"):
        drafts.save(vault, draft_id="x", kind="nonsense", title="", payload={})
    with pytest.raises(drafts.DraftTooLarge):
        drafts.save(vault, draft_id="x", kind=drafts.INTAKE, title="",
                    payload={"narrative": "x" * (drafts.MAX_PAYLOAD_CHARS + 1)})
    assert drafts.list_drafts(vault) == []


def test_finishing_an_intake_writes_everything_and_drops_the_draft(vault: Vault) -> None:
    drafts.save(vault, draft_id="i1", kind=drafts.INTAKE, title="", payload={"x": 1})
    p = person()
    case = case_for(p)
    agg = aggression(case.id)
    saved = drafts.open_case_from_intake(vault, draft_id="i1", case=case, people=[p],
                                         aggressions=[agg])
    bundle = Records(vault).bundle(saved.id)
    assert bundle.primary is not None and bundle.primary.id == p.id
    assert [a.id for a in bundle.aggressions] == [agg.id]
    assert drafts.list_drafts(vault) == []


def test_a_failed_intake_keeps_the_draft_and_writes_nothing(vault: Vault) -> None:
    drafts.save(vault, draft_id="i2", kind=drafts.INTAKE, title="", payload={"x": 1})
    p = person()
    case = case_for(p)
    bad = aggression(case.id, types=())
    with pytest.raises(v.ValidationFailed):
        drafts.open_case_from_intake(vault, draft_id="i2", case=case, people=[p],
                                     aggressions=[bad])
    assert [d.id for d in drafts.list_drafts(vault)] == ["i2"]
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0


def test_draft_text_is_never_plaintext_on_disk(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="prueba")
    canary = "CanarioBorrador8842"
    drafts.save(vault, draft_id="c", kind=drafts.INTAKE, title=canary,
                payload={"narrative": canary})
    key = vault.data_key()
    for f in vault_dir.rglob("*"):
        if f.is_file():
            assert not contains_any(f.read_bytes(), canary), f.name
    # The decrypted pages do hold it (the check above is meaningful), until deleted.
    assert contains_any(plaintext_of_vault(vault_dir, key), canary)
    vault.lock()


def test_failures_read_as_sentences_not_internals() -> None:
    from mpi_desktop.messages import describe
    from mpi_desktop.storage.records import RecordNotFound

    for exc in (drafts.DraftNotFound("d1"), drafts.DraftTooLarge(3_000_000),
                RecordNotFound("case", "c1"),
                v.ValidationFailed("case", [v.Issue("opened_on", "future_date")])):
        text = describe(exc)
        assert text != str(exc) and "d1" not in text and "c1" not in text
    assert "3000000" in describe(drafts.DraftTooLarge(3_000_000))


def test_workshop_and_finding_drafts_are_kinds_of_their_own(vault: Vault) -> None:
    w = drafts.save(vault, draft_id="w1", kind=drafts.EDIT_WORKSHOP, title="Taller",
                    payload={"version": 1, "target": "", "values": {"title": "Taller"}})
    f = drafts.save(vault, draft_id="f1", kind=drafts.EDIT_FINDING, title="Amenazas",
                    payload={"version": 1, "target": "", "values": {"summary": "x"}})
    assert set(drafts.STANDALONE_KINDS) == {drafts.EDIT_WORKSHOP, drafts.EDIT_FINDING}
    assert set(drafts.STANDALONE_KINDS) <= set(drafts.KINDS)
    assert [d.id for d in drafts.list_drafts(vault, kind=drafts.EDIT_WORKSHOP)] == [w.id]
    assert [d.id for d in drafts.list_drafts(vault, kind=drafts.EDIT_FINDING)] == [f.id]
    # The case screens never see them (they list their own kinds only).
    assert drafts.list_drafts(vault, kind=drafts.EDIT_CASE) == []
    assert drafts.load(vault, "w1").payload["values"] == {"title": "Taller"}
