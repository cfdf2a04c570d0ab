"""Evidence intake and reading: hashes, chunks, limits, duplicates, damage, custody."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from mpi_desktop.messages import describe
from mpi_desktop.storage import audit
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.factories import case_for, person

SOURCE = ev.EvidenceSource(source_url="https://red.example/post/991",
                           source_handle="@perfil_agresor", platform="x_twitter",
                           posted_at="2026-02-01T20:15:00.000000Z",
                           collected_by="Analista 2", notes="Captura completa del hilo")


def new_case(vault: Vault) -> str:
    p = person()
    return Records(vault).open_case(case_for(p), [p]).id


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_attach_stores_chunks_hash_and_description(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    data = os.urandom(ev.CHUNK_BYTES * 2 + 1234)
    path = write(tmp_path / "grabación pantalla.mp4", b"\x00\x00\x00\x18ftypmp42" + data)
    store = EvidenceStore(vault)
    item = store.attach(case_id, path, SOURCE)
    assert item.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert item.size == path.stat().st_size
    assert item.media_type == "video/mp4"
    assert item.original_name == "grabación pantalla.mp4"
    assert item.chunks == 3
    assert item.source.collected_by == "Analista 2"
    assert item.source.collected_at  # defaulted to the moment of intake
    assert store.for_case(case_id) == [item]
    with vault.read() as conn:
        rows = conn.execute("SELECT seq, length(data) FROM evidence_chunk WHERE evidence_id = ?"
                            " ORDER BY seq", (item.id,)).fetchall()
        entry = audit.entries(conn, entity="evidence", entity_id=item.id)[0]
    assert [r[0] for r in rows] == [0, 1, 2]
    assert max(r[1] for r in rows) == ev.CHUNK_BYTES
    assert entry.action == "evidence.intake"
    assert "grabación" not in json.dumps(entry.details) and "perfil" not in json.dumps(
        entry.details)
    assert [c.action for c in store.custody(item.id)] == [ev.INTAKE]


def test_media_type_comes_from_the_content_not_the_name() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    assert ev.sniff_media_type(png, "captura.jpg") == "image/png"
    assert ev.sniff_media_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "x") == "image/webp"
    assert ev.sniff_media_type(b"%PDF-1.7", "denuncia") == "application/pdf"
    assert ev.sniff_media_type(b"hola", "chat.txt") == "text/plain"
    assert ev.sniff_media_type(b"\x01\x02", "desconocido") == "application/octet-stream"


def test_reading_verifies_the_hash_and_records_custody(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    data = os.urandom(70_000)
    store = EvidenceStore(vault)
    item = store.attach(case_id, write(tmp_path / "a.bin", data), SOURCE)
    got_item, got = store.read(item.id, action=ev.PREVIEW)
    assert got == data and got_item == item
    store.read(item.id)
    log = store.custody(item.id)
    assert [c.action for c in log] == [ev.INTAKE, ev.PREVIEW, ev.OPEN]
    assert all(c.actor == "prueba" for c in log)
    assert log[0].details == {"sha256": item.sha256, "size": item.size}


def test_a_flipped_byte_is_reported_as_damaged_evidence(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    store = EvidenceStore(vault)
    item = store.attach(case_id, write(tmp_path / "c.png", os.urandom(5000)), SOURCE)
    with vault.write() as conn:
        blob = bytearray(conn.execute("SELECT data FROM evidence_chunk WHERE evidence_id = ?",
                                      (item.id,)).fetchone()[0])
        blob[1234] ^= 0x01
        conn.execute("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ?",
                     (bytes(blob), item.id))
    with pytest.raises(ev.EvidenceDamaged) as info:
        store.read(item.id)
    assert info.value.evidence_id == item.id
    assert "SHA-256" in info.value.detail
    assert "c.png" in describe(info.value)
    target = tmp_path / "salida.png"
    with pytest.raises(ev.EvidenceDamaged):
        store.export(item.id, target)
    assert not target.exists() and not list(tmp_path.glob(".salida.png*"))
    # The failed accesses are not custody events; the detections are.
    assert [c.action for c in store.custody(item.id)] == [
        ev.INTAKE, ev.DAMAGE_DETECTED, ev.DAMAGE_DETECTED]
    assert store.verify_case(case_id) == [item.id]


def test_a_missing_chunk_is_damage_too(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    store = EvidenceStore(vault)
    item = store.attach(case_id, write(tmp_path / "d.bin", os.urandom(ev.CHUNK_BYTES + 10)),
                        SOURCE)
    with vault.write() as conn:
        conn.execute("DELETE FROM evidence_chunk WHERE evidence_id = ? AND seq = 1", (item.id,))
    with pytest.raises(ev.EvidenceDamaged):
        store.read(item.id)


def test_duplicate_evidence_names_the_existing_item(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    store = EvidenceStore(vault)
    data = os.urandom(3000)
    first = store.attach(case_id, write(tmp_path / "uno.jpg", data), SOURCE)
    with pytest.raises(ev.DuplicateEvidence) as info:
        store.attach(case_id, write(tmp_path / "copia de uno.jpg", data), SOURCE)
    assert info.value.existing.id == first.id
    assert "uno.jpg" in describe(info.value)
    assert len(store.for_case(case_id)) == 1
    # The same file in another case is that case's evidence.
    other = store.attach(new_case(vault), tmp_path / "copia de uno.jpg", SOURCE)
    assert other.sha256 == first.sha256


def test_oversized_files_are_refused_before_reading(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    big = tmp_path / "enorme.mov"
    with big.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(ev.MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(ev.EvidenceTooLarge) as info:
        EvidenceStore(vault).attach(case_id, big, SOURCE)
    assert info.value.size == ev.MAX_EVIDENCE_BYTES + 1
    assert "50.0 MB" in describe(info.value)
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


@pytest.mark.parametrize("reason", ["missing", "not_a_file", "empty"])
def test_unreadable_files_get_a_clear_message(vault: Vault, tmp_path: Path,
                                              reason: str) -> None:
    case_id = new_case(vault)
    path = tmp_path / "archivo"
    if reason == "not_a_file":
        path.mkdir()
    elif reason == "empty":
        path.write_bytes(b"")
    with pytest.raises(ev.EvidenceUnreadable) as info:
        EvidenceStore(vault).attach(case_id, path, SOURCE)
    assert info.value.reason == reason
    message = describe(info.value)
    assert "archivo" in message and message != str(info.value)
    others = {describe(ev.EvidenceUnreadable("archivo", r))
              for r in ("missing", "not_a_file", "empty") if r != reason}
    assert message not in others  # each reason has its own sentence


def test_a_file_without_permission_is_unreadable(vault: Vault, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = write(tmp_path / "privado.png", b"x" * 10)
    path.chmod(0)
    with pytest.raises(ev.EvidenceUnreadable) as info:
        EvidenceStore(vault).attach(new_case(vault), path, SOURCE)
    assert info.value.reason == "permission"


def test_description_can_be_completed_later_as_a_custody_event(vault: Vault,
                                                               tmp_path: Path) -> None:
    store = EvidenceStore(vault)
    item = store.attach(new_case(vault), write(tmp_path / "e.txt", b"mensaje"),
                        ev.EvidenceSource(collected_by="Analista 3"))
    updated = store.update_source(item.id, ev.EvidenceSource(
        source_url="https://chat.example/m/1", collected_by="Analista 3"))
    assert updated.source.source_url == "https://chat.example/m/1"
    assert updated.source.collected_at == item.source.collected_at
    assert updated.sha256 == item.sha256
    log = store.custody(item.id)
    assert log[-1].action == ev.EDIT and log[-1].details == {"fields": ["source_url"]}


def test_invalid_description_is_refused(vault: Vault, tmp_path: Path) -> None:
    from mpi_desktop.domain.validation import ValidationFailed

    with pytest.raises(ValidationFailed):
        EvidenceStore(vault).attach(new_case(vault), write(tmp_path / "f.txt", b"x"),
                                    ev.EvidenceSource(platform="myspace_1999"))


def test_remove_erases_the_bytes(vault: Vault, tmp_path: Path) -> None:
    store = EvidenceStore(vault)
    item = store.attach(new_case(vault), write(tmp_path / "g.bin", os.urandom(100)), SOURCE)
    store.remove(item.id)
    with vault.read() as conn:
        for table in ("evidence", "evidence_chunk", "evidence_custody"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert audit.entries(conn, entity="evidence", limit=1)[0].action == "evidence.remove"
