"""Encrypted bundles: round trip, wrong passphrase, damage, truncation, hostile input."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import stat
import struct
from pathlib import Path

import pytest

from mpi_desktop.errors import ExitCode, WeakPassphrase
from mpi_desktop.interchange import bundle
from mpi_desktop.interchange.bundle import (
    BundleDamaged,
    BundleTooLarge,
    BundleWrongPassphrase,
    InvalidEntryName,
    is_bundle,
    read_bundle,
    write_bundle,
)
from tests.helpers.pages import contains_any
from tests.interchange.helpers import BUNDLE_PASSPHRASE

CANARY = "Canario Bundle Ñandú Zyxw"


def _entries() -> list[tuple[str, list[bytes]]]:
    big = random.Random(7).randbytes(3 * bundle.CHUNK_SIZE + 123)
    exact = b"x" * (bundle.CHUNK_SIZE * 2)
    return [("interchange.json", [CANARY.encode(), b" mas texto"]),
            ("evidencia/captura 1.png", [big[:1000], big[1000:]]),
            ("vacio.txt", []),
            ("exacto.bin", [exact])]


def _write(path: Path, entries: list[tuple[str, list[bytes]]] | None = None) -> None:
    write_bundle(path, entries if entries is not None else _entries(),
                 passphrase=BUNDLE_PASSPHRASE, kind="prueba")


def _read_all(path: Path, max_total_bytes: int = bundle.DEFAULT_MAX_TOTAL
              ) -> list[tuple[str, bytes]]:
    with read_bundle(path, passphrase=BUNDLE_PASSPHRASE,
                     max_total_bytes=max_total_bytes) as reader:
        return list(reader)


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One bundle written once (each write derives a key): tests damage copies of it."""
    out = tmp_path_factory.mktemp("bundle") / "b"
    _write(out)
    return out.read_bytes()


def test_round_trip_streams_every_entry(tmp_path: Path) -> None:
    out = tmp_path / "b.mpib"
    _write(out)
    assert is_bundle(out) and stat.S_IMODE(out.stat().st_mode) == 0o600
    with read_bundle(out, passphrase=BUNDLE_PASSPHRASE) as reader:
        assert reader.kind == "prueba"
        got = list(reader)
    assert got == [(name, b"".join(chunks)) for name, chunks in _entries()]
    # Names, kind and content are all inside the encrypted stream.
    raw = out.read_bytes()
    for text in (CANARY, "interchange.json", "evidencia", "prueba"):
        assert not contains_any(raw, text)
    assert not list(tmp_path.glob(".*.tmp"))


def test_exact_chunk_multiple_and_empty_bundle(tmp_path: Path) -> None:
    out = tmp_path / "b"
    _write(out, [])
    assert list(read_bundle(out, passphrase=BUNDLE_PASSPHRASE)) == []


def test_wrong_passphrase_is_its_own_error(tmp_path: Path, sample_bytes: bytes) -> None:
    out = tmp_path / "b"
    out.write_bytes(sample_bytes)
    with pytest.raises(BundleWrongPassphrase) as info:
        read_bundle(out, passphrase="otra frase distinta de verdad")
    assert info.value.exit_code == ExitCode.WRONG_SECRET


def _data_start(raw: bytes) -> int:
    (length,) = struct.unpack(">I", raw[16:20])
    return 20 + length + 32


@pytest.mark.parametrize("cut", ["header", "first_chunk", "boundary", "last_chunk", "final"])
def test_truncation_is_detected(tmp_path: Path, sample_bytes: bytes, cut: str) -> None:
    out = tmp_path / "b"
    out.write_bytes(sample_bytes)
    raw = out.read_bytes()
    start = _data_start(raw)
    full = bundle.CHUNK_SIZE + bundle.TAG
    where = {"header": 30, "first_chunk": start + 100, "boundary": start + 2 * full,
             "last_chunk": len(raw) - 5, "final": len(raw) - (len(raw) - start) % full}[cut]
    out.write_bytes(raw[:where])
    with pytest.raises(BundleDamaged) as info:
        _read_all(out)
    assert info.value.exit_code == ExitCode.INVALID_INPUT


@pytest.mark.parametrize("where", ["header", "chunk", "tag", "appended"])
def test_altered_bytes_are_damage_not_a_wrong_passphrase(tmp_path: Path, sample_bytes: bytes,
                                                          where: str) -> None:
    out = tmp_path / "b"
    out.write_bytes(sample_bytes)
    raw = bytearray(out.read_bytes())
    start = _data_start(bytes(raw))
    if where == "appended":
        raw += b"\0" * 40
    else:
        offset = {"header": 25, "chunk": start + bundle.CHUNK_SIZE + 500,
                  "tag": len(raw) - 3}[where]
        raw[offset] ^= 0x40
    out.write_bytes(bytes(raw))
    with pytest.raises(BundleDamaged):
        _read_all(out)


def _forge_header(out: Path, **changes: object) -> None:
    raw = out.read_bytes()
    start = _data_start(raw)
    (length,) = struct.unpack(">I", raw[16:20])
    header = json.loads(raw[20:20 + length])
    header.update(changes)
    body = json.dumps(header).encode()
    head = bundle.MAGIC + struct.pack(">I", len(body)) + body
    out.write_bytes(head + hashlib.sha256(head).digest() + raw[start:])


@pytest.mark.parametrize("changes", [
    {"kdf": {"alg": "argon2id", "time_cost": 3, "memory_kib": 4 * 1024 * 1024,
             "parallelism": 4}},
    {"kdf": {"alg": "argon2id", "time_cost": 1, "memory_kib": 8, "parallelism": 1}},
    {"kdf": {"alg": "scrypt"}},
    {"chunk_size": 10**12},
    {"salt": "no es base64"},
    {"version": 99},
])
def test_hostile_header_is_refused_before_any_work(tmp_path: Path, sample_bytes: bytes,
                                                   changes: dict[str, object]) -> None:
    out = tmp_path / "b"
    out.write_bytes(sample_bytes)
    _forge_header(out, **changes)
    with pytest.raises(BundleDamaged):
        read_bundle(out, passphrase=BUNDLE_PASSPHRASE)


def test_forged_salt_reads_as_wrong_passphrase(tmp_path: Path, sample_bytes: bytes) -> None:
    out = tmp_path / "b"
    out.write_bytes(sample_bytes)
    _forge_header(out, salt=base64.b64encode(b"\1" * 16).decode())
    with pytest.raises(BundleWrongPassphrase):
        read_bundle(out, passphrase=BUNDLE_PASSPHRASE)


def test_reading_stops_at_the_size_limit(tmp_path: Path, sample_bytes: bytes) -> None:
    out = tmp_path / "b"
    out.write_bytes(sample_bytes)
    with pytest.raises(BundleTooLarge):
        _read_all(out, max_total_bytes=50_000)


@pytest.mark.parametrize("name", ["../fuera", "/etc/passwd", "a//b", "a/./b", "a/../b",
                                  "C:/x", "a\\b", "", "a\x00b", "sub/"])
def test_entry_names_must_be_plain_relative_paths(tmp_path: Path, name: str) -> None:
    with pytest.raises(InvalidEntryName):
        _write(tmp_path / "b", [(name, [b"x"])])
    assert not (tmp_path / "b").exists() and not list(tmp_path.iterdir())


def test_duplicate_entry_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidEntryName):
        _write(tmp_path / "b", [("a.txt", [b"1"]), ("a.txt", [b"2"])])


def test_weak_bundle_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        write_bundle(tmp_path / "b", [("a", [b"1"])], passphrase="contraseña")
    assert not (tmp_path / "b").exists()


def test_is_bundle_checks_the_magic(tmp_path: Path) -> None:
    plain = tmp_path / "x.json"
    plain.write_text("{}")
    assert not is_bundle(plain) and not is_bundle(tmp_path / "missing")


def test_a_failing_entry_leaves_no_file(tmp_path: Path) -> None:
    def chunks() -> list[bytes]:
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception):  # noqa: B017 - translated to StorageFull by atomic_writer
        write_bundle(tmp_path / "b", [("a", (c for c in chunks()))],
                     passphrase=BUNDLE_PASSPHRASE)
    assert list(tmp_path.iterdir()) == []
