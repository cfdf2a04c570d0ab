"""Evidence leaving the vault: export, metadata removal, encrypted and plain packages."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.storage import audit
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage import evidence_export as ex
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE
from tests.factories import case_for, person

SOURCE = ev.EvidenceSource(source_url="https://red.example/p/7", source_handle="@hostil",
                           platform="facebook", collected_by="Analista 1",
                           notes="Nota interna de la analista")
GPS = {1: "N", 2: (19.0, 25.0, 10.0), 3: "W", 4: (99.0, 8.0, 0.0)}


def new_case(vault: Vault) -> tuple[str, str]:
    p = person()
    case = Records(vault).open_case(case_for(p), [p])
    return case.id, case.folio


def picture() -> Image.Image:
    img = Image.new("RGB", (96, 64))
    img.putdata([((x * 7) % 256, (y * 11) % 256, (x * y) % 256)
                 for y in range(64) for x in range(96)])
    return img


def tagged_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "FabricanteCanario"
    exif[0x0110] = "ModeloCanario"
    exif[0x0112] = orientation
    exif[0x8825] = GPS
    return exif


def jpeg_with_gps(orientation: int = 1) -> bytes:
    buf = io.BytesIO()
    picture().save(buf, "JPEG", exif=tagged_exif(orientation), quality=92,
                   comment=b"comentario canario")
    return buf.getvalue()


def png_with_metadata() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "AutoraCanario")
    buf = io.BytesIO()
    picture().save(buf, "PNG", exif=tagged_exif(), pnginfo=info)
    return buf.getvalue()


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGB").tobytes()


def test_plain_export_is_the_original_bit_for_bit(vault: Vault, tmp_path: Path) -> None:
    case_id, _ = new_case(vault)
    store = EvidenceStore(vault)
    data = jpeg_with_gps()
    (tmp_path / "foto.jpg").write_bytes(data)
    item = store.attach(case_id, tmp_path / "foto.jpg", SOURCE)
    result = store.export(item.id, tmp_path / "exportada.jpg")
    assert (tmp_path / "exportada.jpg").read_bytes() == data
    assert result.sha256 == item.sha256 and not result.metadata_removed
    assert (tmp_path / "exportada.jpg").stat().st_mode & 0o777 == 0o600
    log = store.custody(item.id)
    assert log[-1].action == ev.EXPORT
    assert log[-1].details == {"metadata_removed": False, "sha256_out": item.sha256}
    with vault.read() as conn:
        assert audit.entries(conn, entity="evidence", entity_id=item.id,
                             limit=1)[0].action == "evidence.export"


@pytest.mark.parametrize("orientation", [1, 6])
def test_jpeg_metadata_removal_drops_gps_and_keeps_pixels(vault: Vault, tmp_path: Path,
                                                          orientation: int) -> None:
    case_id, _ = new_case(vault)
    store = EvidenceStore(vault)
    data = jpeg_with_gps(orientation)
    with Image.open(io.BytesIO(data)) as im:
        assert im.getexif().get_ifd(0x8825)  # the fixture really carries GPS
    (tmp_path / "gps.jpg").write_bytes(data)
    item = store.attach(case_id, tmp_path / "gps.jpg", SOURCE)
    result = store.export(item.id, tmp_path / "limpia.jpg", remove_metadata=True)
    clean = (tmp_path / "limpia.jpg").read_bytes()
    assert result.metadata_removed and result.sha256 == hashlib.sha256(clean).hexdigest()
    with Image.open(io.BytesIO(clean)) as im:
        exif = im.getexif()
        assert exif.get_ifd(0x8825) == {}
        assert 0x010F not in exif and 0x0110 not in exif
        assert exif.get(0x0112, 1) == orientation  # photos do not turn sideways
    for canary in (b"FabricanteCanario", b"ModeloCanario", b"comentario canario"):
        assert canary not in clean
    assert pixels(clean) == pixels(data)
    assert store.custody(item.id)[-1].details["metadata_removed"] is True


def test_png_metadata_removal_is_lossless(tmp_path: Path) -> None:
    data = png_with_metadata()
    clean = ex.strip_metadata(data, "image/png")
    assert clean is not None
    with Image.open(io.BytesIO(clean)) as im:
        assert im.getexif().get_ifd(0x8825) == {} and not im.info.get("Author")
    assert b"AutoraCanario" not in clean and b"FabricanteCanario" not in clean
    assert pixels(clean) == pixels(data)


def test_webp_and_gif_are_cleaned_losslessly() -> None:
    buf = io.BytesIO()
    picture().save(buf, "WEBP", lossless=True, exif=tagged_exif())
    clean = ex.strip_metadata(buf.getvalue(), "image/webp")
    assert clean is not None and b"FabricanteCanario" not in clean
    assert pixels(clean) == pixels(buf.getvalue())
    gif = io.BytesIO()
    picture().convert("P").save(gif, "GIF", comment=b"comentario canario")
    clean_gif = ex.strip_metadata(gif.getvalue(), "image/gif")
    assert clean_gif is not None and b"comentario canario" not in clean_gif
    assert pixels(clean_gif) == pixels(gif.getvalue())


def test_non_images_export_unchanged_even_when_removal_is_asked(vault: Vault,
                                                                tmp_path: Path) -> None:
    case_id, _ = new_case(vault)
    store = EvidenceStore(vault)
    (tmp_path / "acta.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(200))
    item = store.attach(case_id, tmp_path / "acta.pdf", SOURCE)
    result = store.export(item.id, tmp_path / "acta-out.pdf", remove_metadata=True)
    assert not result.metadata_removed
    assert (tmp_path / "acta-out.pdf").read_bytes() == (tmp_path / "acta.pdf").read_bytes()


def test_a_broken_image_is_not_exported_with_metadata_claimed_removed(
        vault: Vault, tmp_path: Path) -> None:
    case_id, _ = new_case(vault)
    store = EvidenceStore(vault)
    (tmp_path / "rota.jpg").write_bytes(b"\xff\xd8\xff\xe1" + os.urandom(300))
    item = store.attach(case_id, tmp_path / "rota.jpg", SOURCE)
    with pytest.raises(ex.MetadataRemovalFailed):
        store.export(item.id, tmp_path / "rota-out.jpg", remove_metadata=True)
    assert not (tmp_path / "rota-out.jpg").exists()


def _attach_three(vault: Vault, tmp_path: Path) -> tuple[str, str, list[ev.Evidence]]:
    case_id, folio = new_case(vault)
    store = EvidenceStore(vault)
    items = []
    for name, data in (("captura 1.png", png_with_metadata()), ("foto/../gps.jpg",
                                                               jpeg_with_gps()),
                       ("audio.ogg", b"OggS" + os.urandom(ev.CHUNK_BYTES + 5))):
        path = tmp_path / name.replace("/", "_")
        path.write_bytes(data)
        item = store.attach(case_id, path, SOURCE)
        items.append(item)
        store.read(item.id, action=ev.PREVIEW)
    return case_id, folio, items


def test_encrypted_package_manifest_matches_the_files(vault: Vault, tmp_path: Path) -> None:
    case_id, folio, items = _attach_three(vault, tmp_path)
    store = EvidenceStore(vault)
    out = tmp_path / "paquete.mpibundle"
    result = store.package(case_id, out, passphrase=NEW_PASSPHRASE)
    assert result.items == 3 and result.encrypted
    check = ex.check_package(out, passphrase=NEW_PASSPHRASE)
    assert check.ok, check.mismatched
    manifest = check.manifest
    assert manifest["format"] == "mpi-desktop-evidence-package"
    assert manifest["case_folio"] == folio and manifest["package_id"] == result.package_id
    by_id = {i["id"]: i for i in manifest["items"]}
    for item in items:
        entry = by_id[item.id]
        assert entry["sha256"] == item.sha256 and entry["size"] == item.size
        assert entry["media_type"] == item.media_type and entry["name"] == item.original_name
        assert entry["source"]["url"] == SOURCE.source_url
        assert entry["collected_by"] == "Analista 1"
        assert [c["action"] for c in entry["custody"]] == ["intake", "preview", "package"]
        assert entry["custody_summary"]["entries"] == 3
        assert hashlib.sha256(check.files[entry["file"]]).hexdigest() == item.sha256
        assert "notes" not in entry  # internal notes stay home unless asked for
    assert all(name.startswith("files/") and ".." not in name.split("/")
               for name in check.files)
    for item in items:
        assert store.custody(item.id)[-1].details == {"package": result.package_id}
    with vault.read() as conn:
        entry = audit.entries(conn, entity="case", entity_id=case_id, limit=1)[0]
    assert entry.action == "evidence.package" and entry.details["items"] == 3
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_package_of_chosen_items_with_notes(vault: Vault, tmp_path: Path) -> None:
    case_id, _, items = _attach_three(vault, tmp_path)
    out = tmp_path / "uno.mpibundle"
    EvidenceStore(vault).package(case_id, out, passphrase=NEW_PASSPHRASE,
                                 evidence_ids=[items[1].id], include_notes=True)
    check = ex.check_package(out, passphrase=NEW_PASSPHRASE)
    assert check.ok and [i["id"] for i in check.manifest["items"]] == [items[1].id]
    assert check.manifest["items"][0]["notes"] == SOURCE.notes
    other_case, _ = new_case(vault)
    with pytest.raises(Exception, match="not found"):
        EvidenceStore(vault).package(other_case, tmp_path / "x.mpibundle",
                                     passphrase=NEW_PASSPHRASE, evidence_ids=[items[0].id])
    with pytest.raises(ex.NothingToPackage):
        EvidenceStore(vault).package(other_case, tmp_path / "y.mpibundle",
                                     passphrase=NEW_PASSPHRASE)


def test_a_damaged_item_stops_the_package_and_leaves_no_file(vault: Vault,
                                                             tmp_path: Path) -> None:
    case_id, _, items = _attach_three(vault, tmp_path)
    with vault.write() as conn:
        conn.execute("UPDATE evidence_chunk SET data = ? WHERE evidence_id = ? AND seq = 0",
                     (b"alterado", items[2].id))
    out = tmp_path / "dañado.mpibundle"
    with pytest.raises(ev.EvidenceDamaged):
        EvidenceStore(vault).package(case_id, out, passphrase=NEW_PASSPHRASE)
    assert not out.exists() and not list(tmp_path.glob(".dañado*"))
    assert EvidenceStore(vault).custody(items[0].id)[-1].action == ev.PREVIEW


def test_plain_folder_package_has_the_same_layout(vault: Vault, tmp_path: Path) -> None:
    case_id, _, items = _attach_three(vault, tmp_path)
    folder = tmp_path / "para fiscalía"
    result = EvidenceStore(vault).package_plain(case_id, folder)
    assert not result.encrypted
    check = ex.check_plain_folder(folder)
    assert check.ok and len(check.files) == 3
    assert json.loads((folder / "manifest.json").read_text())["encrypted"] is False
    assert folder.stat().st_mode & 0o777 == 0o700
    with vault.read() as conn:
        entry = audit.entries(conn, entity="case", entity_id=case_id, limit=1)[0]
    assert entry.action == "evidence.package_plain"
    assert EvidenceStore(vault).custody(items[0].id)[-1].action == ev.PACKAGE_PLAIN
    with pytest.raises(RefusedForSafety):
        EvidenceStore(vault).package_plain(case_id, folder)  # never into a folder with files
    assert not list(tmp_path.glob(".para fiscalía.partial-*"))


def test_safe_file_names_cannot_escape_the_package() -> None:
    assert ex.safe_file_name(1, "../../etc/passwd") == "files/001-passwd"
    assert ex.safe_file_name(2, "captura 1 (copia).png") == "files/002-captura_1_copia_.png"
    assert ex.safe_file_name(3, "...") == "files/003-evidencia"
