"""Interchange of digital-violence reviews and evidence: round trip and strict import."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mpi_desktop.domain import dv_review as dr
from mpi_desktop.interchange import dv_sections
from mpi_desktop.interchange.errors import InvalidImport
from mpi_desktop.interchange.export import build_document
from mpi_desktop.interchange.importer import import_bytes
from mpi_desktop.interchange.scope import ExportRequest, resolve
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.dv_reviews import DvReviews
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.texts.records import describe_import_issue
from tests.conftest import PASSPHRASE
from tests.factories import case_for, person


@pytest.fixture
def other_vault(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Vault]:
    target = tmp_path / "otra"
    shutil.copytree(vault_template[0], target)
    (target / "vault.lock").unlink(missing_ok=True)
    v = Vault.unlock(target, PASSPHRASE, actor="receptora")
    yield v
    v.lock()


def populate(vault: Vault, tmp_path: Path) -> tuple[str, str, ev.Evidence]:
    p = person()
    case = Records(vault).open_case(case_for(p), [p])
    reviews = DvReviews(vault)
    review = reviews.start(case.id)
    reviews.set_item(review.id, "triage_physical_risk", answer=True, notes="Lo siguen")
    reviews.dismiss_gate(review.id, "Ya tiene medidas federales")
    reviews.set_findings(review.id, types=["amenazas"], platforms=["whatsapp"],
                         aggravating=["reiterada"])
    data = b"\x89PNG\r\n\x1a\n" + os.urandom(dv_sections.PIECE_BYTES * 2 + 77)
    (tmp_path / "captura.png").write_bytes(data)
    store = EvidenceStore(vault)
    item = store.attach(case.id, tmp_path / "captura.png",
                        ev.EvidenceSource(source_url="https://wa.example/x", collected_by="A1",
                                          platform="whatsapp"), review_id=review.id)
    store.read(item.id, action=ev.PREVIEW)
    return case.folio, review.id, item


def export_doc(vault: Vault, folio: str) -> dict[str, Any]:
    with vault.write() as conn:
        return build_document(conn, resolve(conn, ExportRequest(kind="case", folio=folio)))


def encode(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_reviews_and_evidence_round_trip(vault: Vault, other_vault: Vault,
                                         tmp_path: Path) -> None:
    folio, review_id, item = populate(vault, tmp_path)
    doc = export_doc(vault, folio)
    assert [r["id"] for r in doc["dv_reviews"]] == [review_id]
    exported = doc["evidence"][0]
    assert exported["sha256"] == item.sha256 and len(exported["content"]) == 3
    assert all(len(piece) <= 20_000 for piece in exported["content"])
    report = import_bytes(other_vault, encode(doc))
    assert report.written["dv_reviews"] == 1 and report.written["evidence"] == 1
    original = DvReviews(vault).get(review_id)
    copied = DvReviews(other_vault).get(review_id)
    assert copied == original
    assert [e.kind for e in copied.events] == [dr.GATE_FIRED, dr.GATE_DISMISSED]
    store = EvidenceStore(other_vault)
    got, data = store.read(item.id)
    assert data == (tmp_path / "captura.png").read_bytes()
    assert got.review_id == review_id and got.source == item.source
    actions = [c.action for c in store.custody(item.id)]
    assert actions == [ev.INTAKE, ev.PREVIEW, ev.INTERCHANGE_IMPORT, ev.OPEN]
    # Importing the same file again changes nothing: identical items are skipped.
    again = import_bytes(other_vault, encode(doc))
    assert again.written.get("evidence", 0) == 0


def test_altered_content_is_refused_and_nothing_is_written(vault: Vault, other_vault: Vault,
                                                           tmp_path: Path) -> None:
    folio, _, _ = populate(vault, tmp_path)
    doc = export_doc(vault, folio)
    piece = doc["evidence"][0]["content"][1]
    doc["evidence"][0]["content"][1] = ("B" if piece[0] != "B" else "C") + piece[1:]
    with pytest.raises(InvalidImport) as info:
        import_bytes(other_vault, encode(doc))
    issues = {(i.path, i.code) for i in info.value.issues}
    assert ("$.evidence[0].content", "content_hash_mismatch") in issues
    text = describe_import_issue(next(i for i in info.value.issues
                                      if i.code == "content_hash_mismatch"))
    assert "SHA-256" in text
    with other_vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 0


def test_unknown_protocol_version_is_refused(vault: Vault, other_vault: Vault,
                                             tmp_path: Path) -> None:
    folio, _, _ = populate(vault, tmp_path)
    doc = export_doc(vault, folio)
    doc["dv_reviews"][0]["protocol_version"] = 7
    with pytest.raises(InvalidImport) as info:
        import_bytes(other_vault, encode(doc))
    assert ("$.dv_reviews[0].protocol_version", "unknown_protocol_version") in {
        (i.path, i.code) for i in info.value.issues}


def test_invalid_review_content_is_located(vault: Vault, other_vault: Vault,
                                           tmp_path: Path) -> None:
    folio, _, _ = populate(vault, tmp_path)
    doc = export_doc(vault, folio)
    doc["dv_reviews"][0]["types"] = ["amenazas", "inventado"]
    doc["dv_reviews"][0]["items"].append({"code": "evidence_url", "status": "done",
                                          "answer": True})
    with pytest.raises(InvalidImport) as info:
        import_bytes(other_vault, encode(doc))
    found = {(i.path, i.code) for i in info.value.issues}
    assert ("$.dv_reviews[0].types[1]", "unknown_code") in found
    assert ("$.dv_reviews[0].items.evidence_url.answer", "not_a_question") in found


def test_content_beyond_the_budget_travels_as_description_only(
        vault: Vault, other_vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folio, _, item = populate(vault, tmp_path)
    monkeypatch.setattr(dv_sections, "EXPORT_CONTENT_BUDGET", 100)
    doc = export_doc(vault, folio)
    assert doc["evidence"][0]["content"] is None
    # Into a vault without the bytes: refused, with a clear reason.
    with pytest.raises(InvalidImport) as info:
        import_bytes(other_vault, encode(doc))
    assert ("$.evidence[0].content", "content_missing") in {
        (i.path, i.code) for i in info.value.issues}
    # Back into the vault that has them: the description is simply recognised.
    report = import_bytes(vault, encode(doc))
    assert report.written.get("evidence", 0) == 0
    assert EvidenceStore(vault).read(item.id)[1]


def test_schema_refuses_pieces_that_are_not_base64(vault: Vault, other_vault: Vault,
                                                   tmp_path: Path) -> None:
    folio, _, _ = populate(vault, tmp_path)
    doc = export_doc(vault, folio)
    doc["evidence"][0]["content"][0] = "no es base64!"
    with pytest.raises(InvalidImport):
        import_bytes(other_vault, encode(doc))
