"""Encrypted bundles: named entries in one passphrase-protected file.

Used for interchange exports (one entry, ``interchange.json``) and by other
features (the digital-violence evidence package).  Layout (docs/INTERCHANGE.md):

    magic "MPIDESKTOPBUNDLE"                          16 bytes
    header length                                     4 bytes, big endian
    header JSON: format, version, Argon2id params,   ≤ 16 KiB, UTF-8
                 salt, nonce prefix, chunk size, key check
    SHA-256 of the three parts above                  32 bytes
    chunks: AES-256-GCM, nonce = prefix(7) ‖ counter(4) ‖ final flag(1),
            associated data = the header digest; every chunk but the last holds
            exactly ``chunk_size`` plaintext bytes, the last has the final flag

The plaintext stream is a sequence of records ``type(1) ‖ length(4) ‖ payload``:
``H`` bundle info (kind, created), then per entry ``N`` name, ``D`` data…, ``E``,
and finally ``Z``.  A missing final chunk or ``Z`` record means truncation.

The header digest turns accidental damage of the header into "damaged" instead
of "wrong passphrase"; the key check (derived from the passphrase, not the
content) tells a wrong passphrase (exit 3) apart from altered chunks (exit 5).
Nothing but the KDF parameters is readable without the passphrase: the kind,
entry names and sizes are inside the encrypted stream.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mpi_desktop import __version__
from mpi_desktop.domain import passphrase_policy
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import WeakPassphrase
from mpi_desktop.interchange.errors import (
    BundleDamaged,
    BundleTooLarge,
    BundleWrongPassphrase,
    InvalidEntryName,
)
from mpi_desktop.storage import crypto
from mpi_desktop.storage.atomic import atomic_writer

__all__ = [
    "MAGIC", "BundleDamaged", "BundleReader", "BundleTooLarge", "BundleWrongPassphrase",
    "InvalidEntryName", "is_bundle", "read_bundle", "write_bundle",
]

MAGIC = b"MPIDESKTOPBUNDLE"
FORMAT = "mpi-desktop-bundle"
VERSION = 1
CHUNK_SIZE = 64 * 1024
MIN_CHUNK, MAX_CHUNK = 4 * 1024, 4 * 1024 * 1024
TAG = 16
PREFIX_BYTES = 7
MAX_HEADER = 16 * 1024
MAX_RECORD = 8 * 1024 * 1024
DATA_RECORD = 1024 * 1024
#: A hostile header must not make the reader allocate gigabytes for Argon2id.
MAX_READ_MEMORY_KIB = 1024 * 1024
DEFAULT_MAX_TOTAL = 1024 * 1024 * 1024
MAX_NAME_BYTES = 1024
_LEN = struct.Struct(">I")
_REC = struct.Struct(">cI")


# --- keys ---------------------------------------------------------------------------


def _subkey(kek: bytes, salt: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"mpi-desktop/bundle/v1/" + purpose).derive(kek)


def _keys(passphrase: str, salt: bytes, params: crypto.KdfParams) -> tuple[bytes, bytes]:
    kek = crypto.derive_kek(passphrase, salt, params)
    return _subkey(kek, salt, b"encryption"), _subkey(kek, salt, b"key-check")


def _nonce(prefix: bytes, counter: int, final: bool) -> bytes:
    if counter >= 2**32:
        raise ValueError("bundle too large for its chunk counter")
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# --- entry names ----------------------------------------------------------------------


def check_entry_name(name: object) -> str:
    """A relative POSIX path without ``..``, empty parts, drive letters or control chars."""
    if not isinstance(name, str) or not name or len(name.encode("utf-8", "replace")) > \
            MAX_NAME_BYTES:
        raise InvalidEntryName(str(name)[:100])
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name) or "\\" in name:
        raise InvalidEntryName(name)
    path = PurePosixPath(name)
    parts = name.split("/")
    if path.is_absolute() or any(p in ("", ".", "..") for p in parts) or ":" in parts[0]:
        raise InvalidEntryName(name)
    return name


# --- writing ------------------------------------------------------------------------------


class _ChunkWriter:
    def __init__(self, fh: IO[bytes], key: bytes, prefix: bytes, aad: bytes,
                 chunk_size: int) -> None:
        self.fh, self.aead, self.prefix, self.aad = fh, AESGCM(key), prefix, aad
        self.chunk_size = chunk_size
        self.buffer = bytearray()
        self.counter = 0

    def write(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) > self.chunk_size:
            # Strictly more than one chunk buffered: this one is certainly not the last.
            self._emit(bytes(self.buffer[:self.chunk_size]), final=False)
            del self.buffer[:self.chunk_size]

    def record(self, kind: bytes, payload: bytes) -> None:
        self.write(_REC.pack(kind, len(payload)) + payload)

    def close(self) -> None:
        self._emit(bytes(self.buffer), final=True)
        self.buffer.clear()

    def _emit(self, plain: bytes, *, final: bool) -> None:
        nonce = _nonce(self.prefix, self.counter, final)
        self.fh.write(self.aead.encrypt(nonce, plain, self.aad))
        self.counter += 1


def write_bundle(out: Path, entries: Iterable[tuple[str, Iterable[bytes]]], *,
                 passphrase: str, kdf_params: crypto.KdfParams | None = None,
                 kind: str = "interchange") -> None:
    """Write ``entries`` (name, content chunks) encrypted under ``passphrase``.

    Written atomically with mode 0600; a failure leaves no file behind.  The
    passphrase must pass the same policy as a vault passphrase: a bundle travels
    on USB sticks and through e-mail, where an attacker can guess offline.
    """
    assessment = passphrase_policy.assess(passphrase)
    if not assessment.acceptable:
        raise WeakPassphrase(assessment.problems)
    if not kind or len(kind) > 64 or not kind.isascii():
        raise ValueError("bundle kind must be short ASCII text")
    params = kdf_params or crypto.KdfParams.floor()
    salt = os.urandom(crypto.SALT_BYTES)
    prefix = os.urandom(PREFIX_BYTES)
    enc_key, check = _keys(passphrase, salt, params)
    header = json.dumps({
        "format": FORMAT, "version": VERSION,
        "kdf": {"alg": "argon2id", **params.to_json()},
        "salt": _b64(salt), "nonce_prefix": _b64(prefix), "chunk_size": CHUNK_SIZE,
        "key_check": _b64(check),
    }, sort_keys=True, separators=(",", ":")).encode("utf-8")
    head = MAGIC + _LEN.pack(len(header)) + header
    digest = hashlib.sha256(head).digest()
    with atomic_writer(out) as fh:
        fh.write(head + digest)
        stream = _ChunkWriter(fh, enc_key, prefix, digest, CHUNK_SIZE)
        info = {"kind": kind, "created": iso_utc(), "app_version": __version__}
        stream.record(b"H", json.dumps(info, sort_keys=True).encode("utf-8"))
        seen: set[str] = set()
        for name, chunks in entries:
            check_entry_name(name)
            if name in seen:
                raise InvalidEntryName(name)
            seen.add(name)
            stream.record(b"N", name.encode("utf-8"))
            for chunk in chunks:
                for start in range(0, len(chunk), DATA_RECORD):
                    stream.record(b"D", bytes(chunk[start:start + DATA_RECORD]))
            stream.record(b"E", b"")
        stream.record(b"Z", json.dumps({"entries": len(seen)}).encode("utf-8"))
        stream.close()


# --- reading ----------------------------------------------------------------------------------


def is_bundle(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _field(header: dict[str, Any], name: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(str(header[name]), validate=True)
    except (KeyError, binascii.Error) as exc:
        raise BundleDamaged(f"header field {name}") from exc
    if len(raw) != size:
        raise BundleDamaged(f"header field {name}")
    return raw


def _read_header(fh: IO[bytes]) -> tuple[dict[str, Any], bytes]:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise BundleDamaged("not a bundle")
    raw_len = fh.read(_LEN.size)
    if len(raw_len) != _LEN.size:
        raise BundleDamaged("truncated header")
    (length,) = _LEN.unpack(raw_len)
    if length > MAX_HEADER:
        raise BundleDamaged("header too large")
    header_bytes = fh.read(length)
    digest = fh.read(32)
    if len(header_bytes) != length or len(digest) != 32:
        raise BundleDamaged("truncated header")
    if not hmac.compare_digest(hashlib.sha256(magic + raw_len + header_bytes).digest(), digest):
        raise BundleDamaged("header checksum")
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleDamaged("header is not JSON") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleDamaged("header format")
    if header.get("version") != VERSION:
        raise BundleDamaged("unsupported bundle version")
    return header, digest


def _params(header: dict[str, Any]) -> tuple[crypto.KdfParams, int]:
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
        raise BundleDamaged("key derivation")
    try:
        params = crypto.KdfParams.from_json(kdf)
    except ValueError as exc:
        raise BundleDamaged("key derivation parameters") from exc
    if params.memory_kib > MAX_READ_MEMORY_KIB:
        raise BundleDamaged("key derivation parameters")
    chunk_size = header.get("chunk_size")
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or \
            not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
        raise BundleDamaged("chunk size")
    return params, chunk_size


class BundleReader:
    """Opens a bundle (checking the passphrase at once); iterate for (name, content).

    Every chunk is authenticated before any of its bytes are used; content is
    held only in memory.  Use as a context manager, or iterate to the end.
    """

    def __init__(self, path: Path, *, passphrase: str,
                 max_total_bytes: int = DEFAULT_MAX_TOTAL) -> None:
        self.max_total_bytes = max_total_bytes
        try:
            self._fh: IO[bytes] = path.open("rb")
        except OSError as exc:
            raise BundleDamaged(exc.strerror or "cannot read") from exc
        try:
            header, self._aad = _read_header(self._fh)
            params, self._chunk_size = _params(header)
            salt = _field(header, "salt", crypto.SALT_BYTES)
            self._prefix = _field(header, "nonce_prefix", PREFIX_BYTES)
            stored_check = _field(header, "key_check", 32)
            key, check = _keys(passphrase, salt, params)
            if not hmac.compare_digest(check, stored_check):
                raise BundleWrongPassphrase("wrong bundle passphrase")
            self._aead = AESGCM(key)
            self._counter = 0
            self._pending = self._fh.read(self._chunk_size + TAG)
            self._plain = bytearray()
            self._finished_stream = False
            kind, payload = self._record()
            if kind != b"H":
                raise BundleDamaged("missing bundle information")
            info = json.loads(payload.decode("utf-8"))
            if not isinstance(info, dict) or not isinstance(info.get("kind"), str):
                raise BundleDamaged("bundle information")
        except (UnicodeDecodeError, ValueError) as exc:
            self.close()
            raise BundleDamaged("bundle information") from exc
        except BaseException:
            self.close()
            raise
        self.kind: str = info["kind"]
        self.created: str = str(info.get("created", ""))

    # -- chunk and record level --------------------------------------------------------
    def _next_chunk(self) -> bool:
        if self._finished_stream:
            return False
        if not self._pending:
            raise BundleDamaged("truncated")
        following = self._fh.read(self._chunk_size + TAG)
        final = not following
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, self._counter, final),
                                       self._pending, self._aad)
        except InvalidTag as exc:
            raise BundleDamaged("truncated" if final else "altered") from exc
        except ValueError as exc:
            raise BundleDamaged("too many chunks") from exc
        self._counter += 1
        self._pending = following
        self._finished_stream = final
        self._plain += plain
        return True

    def _take(self, size: int) -> bytes:
        while len(self._plain) < size:
            if not self._next_chunk():
                raise BundleDamaged("truncated")
        out = bytes(self._plain[:size])
        del self._plain[:size]
        return out

    def _record(self) -> tuple[bytes, bytes]:
        kind, length = _REC.unpack(self._take(_REC.size))
        if length > MAX_RECORD:
            raise BundleDamaged("record too large")
        return kind, self._take(length)

    # -- entries -------------------------------------------------------------------------
    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        try:
            yield from self._entries()
        finally:
            self.close()

    def _entries(self) -> Iterator[tuple[str, bytes]]:
        total = 0
        seen: set[str] = set()
        while True:
            kind, payload = self._record()
            if kind == b"Z":
                # Nothing may follow the end record, and it must end the last chunk.
                if self._plain or not self._finished_stream or self._pending:
                    raise BundleDamaged("data after the end")
                return
            if kind != b"N":
                raise BundleDamaged("unexpected record")
            try:
                name = check_entry_name(payload.decode("utf-8"))
            except (UnicodeDecodeError, InvalidEntryName) as exc:
                raise BundleDamaged("entry name") from exc
            if name in seen:
                raise BundleDamaged("entry listed twice")
            seen.add(name)
            content = bytearray()
            while True:
                kind, data = self._record()
                if kind == b"E":
                    break
                if kind != b"D":
                    raise BundleDamaged("unexpected record")
                total += len(data)
                if total > self.max_total_bytes:
                    raise BundleTooLarge(self.max_total_bytes)
                content += data
            yield name, bytes(content)

    def close(self) -> None:
        fh = getattr(self, "_fh", None)
        if fh is not None:
            fh.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_bundle(path: Path, *, passphrase: str,
                max_total_bytes: int = DEFAULT_MAX_TOTAL) -> BundleReader:
    """Open ``path``; a wrong passphrase fails here, damage fails while iterating."""
    return BundleReader(path, passphrase=passphrase, max_total_bytes=max_total_bytes)
