"""An independent SQLCipher 4 page reader, for tests only.

Decrypts every page of a vault file (and WAL frames) with the raw data key using
AES-256-CBC as SQLCipher 4 lays it out (4096-byte pages, 80 reserved bytes: IV
then HMAC).  Lets tests look at the *plaintext of every page*, free pages and
stale WAL frames included — exactly what an attacker with the key would see.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 starts with the clear salt
    body = page[start: PAGE - RESERVE]
    iv = page[PAGE - RESERVE: PAGE - RESERVE + IV]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypted_pages(db_file: Path, key: bytes) -> list[bytes]:
    data = db_file.read_bytes() if db_file.exists() else b""
    return [_decrypt_page(key, data[i:i + PAGE], i == 0)
            for i in range(0, len(data) - PAGE + 1, PAGE)]


def decrypted_wal_frames(wal_file: Path, key: bytes) -> list[bytes]:
    if not wal_file.exists():
        return []
    data = wal_file.read_bytes()
    frames = []
    offset = 32
    while offset + 24 + PAGE <= len(data):
        page_no = int.from_bytes(data[offset: offset + 4], "big")
        frames.append(_decrypt_page(key, data[offset + 24: offset + 24 + PAGE], page_no == 1))
        offset += 24 + PAGE
    return frames


def plaintext_of_vault(folder: Path, key: bytes) -> bytes:
    db = folder / "vault.db"
    parts = decrypted_pages(db, key) + decrypted_wal_frames(folder / "vault.db-wal", key)
    return b"".join(parts)


def variants(text: str) -> list[bytes]:
    """How a string can sit in SQLite pages or FTS indexes."""
    forms = {text, text.lower(), text.upper()}
    return [f.encode("utf-8") for f in forms] + [f.encode("utf-16-le") for f in forms]


def contains_any(blob: bytes, text: str) -> bool:
    return any(v in blob for v in variants(text))
