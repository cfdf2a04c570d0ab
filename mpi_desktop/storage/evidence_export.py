"""Evidence leaving the vault: single-file export and evidence packages.

* **Export** writes one file where the caseworker chose (a plaintext copy: the
  UI asks first), optionally with image metadata (EXIF, GPS, XMP, IPTC,
  comments) removed.  JPEG metadata is removed losslessly by dropping segments,
  so pixels stay bit-identical; PNG/WebP/TIFF/BMP/GIF are re-encoded losslessly
  from their pixels alone.
* **Package** for prosecutors or helplines: an encrypted bundle (kind
  ``evidence-package``) holding ``manifest.json`` and the original files, bit
  for bit, so every file still matches the SHA-256 taken at intake.  A
  plaintext folder with the same layout exists only behind an explicit warning.

Every export and package is a custody event on each item and an audit entry;
bytes are verified against their hash while being written and nothing is
finalised if any item turns out damaged.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mpi_desktop import __version__
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import ExitCode, MpiError, RefusedForSafety
from mpi_desktop.storage import audit
from mpi_desktop.storage.atomic import atomic_writer, fsync_dir, translate_os_error
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.evidence import (
    EXPORT,
    PACKAGE,
    PACKAGE_PLAIN,
    Evidence,
    custody,
    for_case,
    get,
    iter_verified,
    log_custody,
    read_verified,
)
from mpi_desktop.storage.records import RecordNotFound

PACKAGE_KIND = "evidence-package"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "mpi-desktop-evidence-package"
MANIFEST_VERSION = 1
STRIPPABLE = ("image/jpeg", "image/png", "image/webp", "image/tiff", "image/bmp", "image/gif")


class NothingToPackage(MpiError):
    exit_code = ExitCode.USAGE


class MetadataRemovalFailed(MpiError):
    """The image could not be decoded, so its metadata cannot be removed safely."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"cannot remove metadata from {name}: {detail}")
        self.name, self.detail = name, detail


# --- metadata removal --------------------------------------------------------------------


_JPEG_KEEP_APP = {0xE0: (b"JFIF\x00",), 0xE2: (b"ICC_PROFILE\x00",), 0xEE: (b"Adobe",)}


def _jpeg_segments(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(marker, raw bytes) of each JPEG segment, entropy-coded data attached to its scan."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG stream")
    yield 0xD8, data[:2]
    i, n = 2, len(data)
    while i < n:
        if data[i] != 0xFF:
            raise ValueError("marker expected")
        marker = data[i + 1] if i + 1 < n else 0xD9
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:
            yield marker, data[i:i + 2]
            return  # anything after EOI (extra MPF images with their own EXIF) is dropped
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            yield marker, data[i:i + 2]
            i += 2
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        end = i + 2 + length
        if length < 2 or end > n:
            raise ValueError("truncated segment")
        if marker == 0xDA:  # start of scan: entropy data runs to the next real marker
            j = end
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    raise ValueError("scan without end")
                follower = data[j + 1]
                if follower != 0x00 and not 0xD0 <= follower <= 0xD7:
                    break  # stuffed bytes and restart markers belong to the scan
                j += 2
            end = j
        yield marker, data[i:end]
        i = end
    raise ValueError("no end-of-image marker")


def _strip_jpeg(data: bytes, orientation: int | None) -> bytes:
    out: list[bytes] = []
    for marker, raw in _jpeg_segments(data):
        if marker == 0xFE:
            continue  # comments
        if 0xE0 <= marker <= 0xEF and not raw[4:].startswith(_JPEG_KEEP_APP.get(marker, ())):
            continue  # APPn with EXIF, XMP, IPTC, MPF, maker notes, thumbnails
        out.append(raw)
        if marker == 0xD8 and orientation not in (None, 1):
            out.append(_orientation_app1(orientation or 1))
    return b"".join(out)


def _orientation_app1(orientation: int) -> bytes:
    """A minimal EXIF block holding only the orientation, so photos do not turn sideways."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = orientation
    payload = exif.tobytes()
    if not payload.startswith(b"Exif"):
        payload = b"Exif\x00\x00" + payload
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def _reencode(im: Any, fmt: str) -> bytes:
    from PIL import Image, ImageSequence

    def fresh(frame: Any) -> Any:
        # Pixels only: a new image object carries no info, EXIF, XMP or text chunks.
        clean = Image.frombytes(frame.mode, frame.size, frame.tobytes())
        if frame.mode in ("P", "PA") and frame.getpalette() is not None:
            clean.putpalette(frame.getpalette())
        return clean

    options: dict[str, Any] = {}
    if "transparency" in im.info and fmt in ("PNG", "GIF"):
        options["transparency"] = im.info["transparency"]
    if fmt == "WEBP":
        options.update(lossless=True, quality=100, method=4)
    if fmt == "TIFF":
        options["compression"] = "tiff_lzw"
    buf = io.BytesIO()
    frames = [fresh(f) for f in ImageSequence.Iterator(im)]
    if len(frames) > 1 and fmt in ("GIF", "WEBP", "PNG", "TIFF"):
        options.update(save_all=True, append_images=frames[1:])
        if "duration" in im.info:
            options["duration"] = im.info["duration"]
        if "loop" in im.info:
            options["loop"] = im.info["loop"]
    frames[0].save(buf, format=fmt, **options)
    return buf.getvalue()


def strip_metadata(data: bytes, media_type: str, *, name: str = "") -> bytes | None:
    """The image without metadata, or None when the type is not an image we clean."""
    if media_type not in STRIPPABLE:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            fmt = im.format or ""
            if media_type == "image/jpeg":
                orientation = im.getexif().get(0x0112)
                cleaned = _strip_jpeg(data, int(orientation) if orientation else None)
            else:
                im.load()
                cleaned = _reencode(im, fmt)
        with Image.open(io.BytesIO(cleaned)) as check:
            check.load()  # never hand out something we cannot decode ourselves
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError,
            Image.DecompressionBombError) as exc:
        raise MetadataRemovalFailed(name, type(exc).__name__) from exc
    return cleaned


# --- single-file export ---------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    evidence_id: str
    path: Path
    size: int
    sha256: str
    metadata_removed: bool


def export_file(conn: Connection, *, evidence_id: str, target: Path, actor: str,
                remove_metadata: bool = False) -> ExportResult:
    """Write one item to ``target`` (atomically), verified against its intake hash."""
    ev = get(conn, evidence_id)
    removed = False
    digest = hashlib.sha256()
    size = 0
    with atomic_writer(target) as fh:
        if remove_metadata and ev.media_type in STRIPPABLE:
            cleaned = strip_metadata(read_verified(conn, ev), ev.media_type,
                                     name=ev.original_name)
            if cleaned is not None:
                removed = True
                fh.write(cleaned)
                digest.update(cleaned)
                size = len(cleaned)
        if not removed:
            for chunk in iter_verified(conn, ev):  # raises before the rename if damaged
                fh.write(chunk)
                digest.update(chunk)
                size += len(chunk)
    log_custody(conn, ev, actor=actor, action=EXPORT,
                details={"metadata_removed": removed, "sha256_out": digest.hexdigest()})
    return ExportResult(ev.id, target, size, digest.hexdigest(), removed)


# --- packages -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageResult:
    package_id: str
    path: Path
    items: int
    total_bytes: int
    encrypted: bool


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_file_name(index: int, name: str) -> str:
    """``files/003-captura_perfil.png``: numbered, no path separators, no surprises."""
    base = _UNSAFE.sub("_", Path(name).name).strip("._") or "evidencia"
    return f"files/{index:03d}-{base[:100]}"


def select_items(conn: Connection, case_id: str, evidence_ids: Iterable[str] | None
                 ) -> list[Evidence]:
    """The items to package: the given ids (all in this case) or every item of the case."""
    if evidence_ids is None:
        items = for_case(conn, case_id)
    else:
        items = [get(conn, eid) for eid in dict.fromkeys(evidence_ids)]
        for item in items:
            if item.case_id != case_id:
                raise RecordNotFound("evidence", item.id)
    if not items:
        raise NothingToPackage("no evidence to package")
    return items


def _case_folio(conn: Connection, case_id: str) -> str:
    row = conn.execute("SELECT folio FROM case_file WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise RecordNotFound("case", case_id)
    return str(row[0])


def build_manifest(conn: Connection, *, case_id: str, items: list[Evidence], package_id: str,
                   created: str, actor: str, encrypted: bool, include_notes: bool = False
                   ) -> dict[str, Any]:
    entries = []
    for index, ev in enumerate(items, start=1):
        log = [{"at": c.at, "actor": c.actor, "action": c.action}
               for c in custody(conn, ev.id)]
        # The package being made is itself the newest custody event.
        log.append({"at": created, "actor": actor,
                    "action": PACKAGE if encrypted else PACKAGE_PLAIN})
        entry: dict[str, Any] = {
            "id": ev.id, "file": safe_file_name(index, ev.original_name),
            "name": ev.original_name, "sha256": ev.sha256, "size": ev.size,
            "media_type": ev.media_type,
            "source": {"url": ev.source.source_url, "handle": ev.source.source_handle,
                       "platform": ev.source.platform, "posted_at": ev.source.posted_at},
            "collected_by": ev.source.collected_by, "collected_at": ev.source.collected_at,
            "custody_summary": {
                "entries": len(log), "first": log[0]["at"], "last": log[-1]["at"],
                "actions": {a: sum(1 for e in log if e["action"] == a)
                            for a in dict.fromkeys(e["action"] for e in log)}},
            "custody": log,
        }
        if include_notes:
            entry["notes"] = ev.source.notes
        entries.append(entry)
    return {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "package_id": package_id,
            "created": created, "created_by": actor, "app_version": __version__,
            "case_folio": _case_folio(conn, case_id), "hash_algorithm": "sha256",
            "encrypted": encrypted, "items": entries}


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")


def _log_package(conn: Connection, *, case_id: str, items: list[Evidence], package_id: str,
                 actor: str, encrypted: bool) -> None:
    action = PACKAGE if encrypted else PACKAGE_PLAIN
    for ev in items:
        log_custody(conn, ev, actor=actor, action=action, details={"package": package_id},
                    audited=False)
    audit.append(conn, actor=actor, action=f"evidence.{action}", entity="case",
                 entity_id=case_id, details={"package": package_id, "items": len(items),
                                             "evidence": [ev.id for ev in items]})


def write_package(conn: Connection, *, case_id: str, out: Path, passphrase: str, actor: str,
                  evidence_ids: Iterable[str] | None = None, include_notes: bool = False,
                  kdf_params: Any = None) -> PackageResult:
    """An encrypted evidence package (inside the caller's transaction)."""
    from mpi_desktop.interchange.bundle import write_bundle

    items = select_items(conn, case_id, evidence_ids)
    package_id, created = new_id(), iso_utc()
    manifest = build_manifest(conn, case_id=case_id, items=items, package_id=package_id,
                              created=created, actor=actor, encrypted=True,
                              include_notes=include_notes)
    entries: list[tuple[str, Iterable[bytes]]] = [(MANIFEST_NAME, [_manifest_bytes(manifest)])]
    for ev, entry in zip(items, manifest["items"], strict=True):
        entries.append((entry["file"], iter_verified(conn, ev)))
    write_bundle(out, entries, passphrase=passphrase, kdf_params=kdf_params, kind=PACKAGE_KIND)
    _log_package(conn, case_id=case_id, items=items, package_id=package_id, actor=actor,
                 encrypted=True)
    return PackageResult(package_id, out, len(items), sum(ev.size for ev in items), True)


def write_plain_folder(conn: Connection, *, case_id: str, folder: Path, actor: str,
                       evidence_ids: Iterable[str] | None = None, include_notes: bool = False
                       ) -> PackageResult:
    """The same package as plain files in a new folder (the UI warns before calling this).

    Built in a hidden sibling folder and renamed into place, so a failure leaves
    no partial folder of evidence behind.
    """
    folder = folder.absolute()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise RefusedForSafety("target exists")
    items = select_items(conn, case_id, evidence_ids)
    package_id, created = new_id(), iso_utc()
    manifest = build_manifest(conn, case_id=case_id, items=items, package_id=package_id,
                              created=created, actor=actor, encrypted=False,
                              include_notes=include_notes)
    staging = folder.parent / f".{folder.name}.partial-{secrets.token_hex(4)}"
    try:
        (staging / "files").mkdir(parents=True, mode=0o700)
        staging.chmod(0o700)
        for ev, entry in zip(items, manifest["items"], strict=True):
            with atomic_writer(staging / entry["file"]) as fh:
                for chunk in iter_verified(conn, ev):
                    fh.write(chunk)
        with atomic_writer(staging / MANIFEST_NAME) as fh:
            fh.write(_manifest_bytes(manifest))
        if folder.exists():
            folder.rmdir()  # empty, checked above
        staging.rename(folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise translate_os_error(exc, folder) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise
    _log_package(conn, case_id=case_id, items=items, package_id=package_id, actor=actor,
                 encrypted=False)
    return PackageResult(package_id, folder, len(items), sum(ev.size for ev in items), False)


# --- reading a package back (verification, tests, the receiving side) ----------------------------


@dataclass(frozen=True)
class PackageCheck:
    manifest: dict[str, Any]
    files: dict[str, bytes]
    mismatched: list[str]

    @property
    def ok(self) -> bool:
        return not self.mismatched and len(self.files) == len(self.manifest.get("items", []))


def check_entries(entries: Iterable[tuple[str, bytes]]) -> PackageCheck:
    """Compare every file of a package with the SHA-256 its manifest states."""
    manifest: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for name, data in entries:
        if name == MANIFEST_NAME:
            manifest = json.loads(data.decode("utf-8"))
        else:
            files[name] = data
    mismatched = [item["file"] for item in manifest.get("items", [])
                  if hashlib.sha256(files.get(item["file"], b"")).hexdigest() != item["sha256"]]
    return PackageCheck(manifest, files, mismatched)


def check_package(path: Path, *, passphrase: str) -> PackageCheck:
    from mpi_desktop.interchange.bundle import read_bundle

    return check_entries(read_bundle(path, passphrase=passphrase))


def check_plain_folder(folder: Path) -> PackageCheck:
    names = [MANIFEST_NAME, *(f"files/{p.name}" for p in sorted((folder / "files").iterdir()))]
    return check_entries((name, (folder / name).read_bytes()) for name in names)
