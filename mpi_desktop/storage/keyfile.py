"""``vault.keys``: the key slots that unlock a vault's data key.

The file is small JSON, written atomically with mode 0600.  A SHA-256 checksum
over its canonical body tells damage (bit rot, truncation, a bad copy) apart
from a wrong passphrase.  Format documented in docs/VAULT.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mpi_desktop.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase, WrongRecoveryKey
from mpi_desktop.storage import crypto
from mpi_desktop.storage.atomic import atomic_write_bytes

FORMAT = "mpi-desktop-vault-keys"
VERSION = 1
MAX_KEYFILE_BYTES = 64 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, *, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError("invalid base64") from exc
    if size is not None and len(raw) != size:
        raise ValueError("field has the wrong length")
    return raw


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class PassphraseSlot:
    salt: bytes
    kdf: crypto.KdfParams
    nonce: bytes
    wrapped: bytes

    def aad(self, vault_id: str) -> bytes:
        return canonical(
            {"vault_id": vault_id, "slot": "passphrase", "salt": _b64(self.salt),
             "kdf": self.kdf.to_json()}
        )

    def to_json(self) -> dict[str, Any]:
        return {"kdf": {"alg": "argon2id", **self.kdf.to_json()}, "salt": _b64(self.salt),
                "nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, d: Any) -> PassphraseSlot:
        if not isinstance(d, dict) or not isinstance(d.get("kdf"), dict):
            raise ValueError("passphrase slot malformed")
        if d["kdf"].get("alg") != "argon2id":
            raise ValueError("unknown KDF")
        return cls(salt=_unb64(d.get("salt"), size=crypto.SALT_BYTES),
                   kdf=crypto.KdfParams.from_json(d["kdf"]),
                   nonce=_unb64(d.get("nonce"), size=crypto.NONCE_BYTES),
                   wrapped=_unb64(d.get("wrapped_key"), size=crypto.KEY_BYTES + 16))


@dataclass(frozen=True)
class RecoverySlot:
    public_key: bytes
    ephemeral: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self, vault_id: str) -> bytes:
        return canonical({"vault_id": vault_id, "slot": "recovery",
                          "public_key": _b64(self.public_key)})

    def to_json(self) -> dict[str, Any]:
        return {"scheme": "x25519-hkdf-aes256gcm", "public_key": _b64(self.public_key),
                "ephemeral": _b64(self.ephemeral), "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, d: Any) -> RecoverySlot:
        if not isinstance(d, dict) or d.get("scheme") != "x25519-hkdf-aes256gcm":
            raise ValueError("recovery slot malformed")
        return cls(public_key=_unb64(d.get("public_key"), size=32),
                   ephemeral=_unb64(d.get("ephemeral"), size=32),
                   nonce=_unb64(d.get("nonce"), size=crypto.NONCE_BYTES),
                   wrapped=_unb64(d.get("wrapped_key"), size=crypto.KEY_BYTES + 16))


@dataclass(frozen=True)
class KeySlots:
    passphrase: PassphraseSlot
    recovery: RecoverySlot

    def to_json(self) -> dict[str, Any]:
        return {"passphrase": self.passphrase.to_json(), "recovery": self.recovery.to_json()}

    @classmethod
    def from_json(cls, d: Any) -> KeySlots:
        if not isinstance(d, dict):
            raise ValueError("slots malformed")
        return cls(passphrase=PassphraseSlot.from_json(d.get("passphrase")),
                   recovery=RecoverySlot.from_json(d.get("recovery")))


def wrap_passphrase_slot(vault_id: str, data_key: bytes, kek: bytes, salt: bytes,
                         params: crypto.KdfParams) -> PassphraseSlot:
    slot = PassphraseSlot(salt=salt, kdf=params, nonce=b"", wrapped=b"")
    nonce, wrapped = crypto.wrap(kek, data_key, slot.aad(vault_id))
    return replace(slot, nonce=nonce, wrapped=wrapped)


def wrap_recovery_slot(vault_id: str, data_key: bytes, public_key: bytes) -> RecoverySlot:
    slot = RecoverySlot(public_key=public_key, ephemeral=b"", nonce=b"", wrapped=b"")
    eph, nonce, wrapped = crypto.wrap_to_public(public_key, data_key, slot.aad(vault_id))
    return replace(slot, ephemeral=eph, nonce=nonce, wrapped=wrapped)


@dataclass(frozen=True)
class PassphraseKek:
    """A derived passphrase KEK with the salt/params it was derived for."""

    kek: bytes
    salt: bytes
    params: crypto.KdfParams


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    created: str
    slots: KeySlots
    #: Present only while a ``rekey`` is in flight (see storage/rekey.py).
    pending: KeySlots | None = None

    # -- serialization ---------------------------------------------------------
    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
            "created": self.created, "cipher": "sqlcipher4-raw-key",
            "slots": self.slots.to_json(),
        }
        if self.pending is not None:
            body["pending_rekey"] = self.pending.to_json()
        return body

    def to_bytes(self) -> bytes:
        body = self.body()
        checksum = hashlib.sha256(canonical(body)).hexdigest()
        return json.dumps({**body, "checksum": checksum}, indent=2, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyFileDamaged(path, "not valid JSON") from exc
        if not isinstance(doc, dict):
            raise KeyFileDamaged(path, "not a key file")
        checksum = doc.pop("checksum", None)
        if doc.get("format") != FORMAT:
            raise KeyFileDamaged(path, "not a key file")
        if checksum != hashlib.sha256(canonical(doc)).hexdigest():
            raise KeyFileDamaged(path, "checksum mismatch")
        if doc.get("version") != VERSION:
            raise KeyFileDamaged(path, f"unsupported key file version {doc.get('version')!r}")
        try:
            pending = doc.get("pending_rekey")
            vault_id, created = doc.get("vault_id"), doc.get("created")
            if not isinstance(vault_id, str) or not isinstance(created, str):
                raise ValueError("vault id missing")
            return cls(vault_id=vault_id, created=created,
                       slots=KeySlots.from_json(doc.get("slots")),
                       pending=KeySlots.from_json(pending) if pending is not None else None)
        except ValueError as exc:
            raise KeyFileDamaged(path, str(exc)) from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise KeyFileMissing(path) from exc
        if len(raw) > MAX_KEYFILE_BYTES:
            raise KeyFileDamaged(path, "too large")
        return cls.from_bytes(raw, path)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())

    # -- opening slots -----------------------------------------------------------
    def derive_passphrase_kek(self, passphrase: str) -> PassphraseKek:
        """The slow part of unlocking (Argon2id); run it off the UI thread."""
        slot = self.slots.passphrase
        return PassphraseKek(crypto.derive_kek(passphrase, slot.salt, slot.kdf),
                             slot.salt, slot.kdf)

    def open_passphrase(self, kek: PassphraseKek, *, pending: bool = False) -> bytes:
        slots = self.pending if pending else self.slots
        assert slots is not None
        slot = slots.passphrase
        if (slot.salt, slot.kdf) != (kek.salt, kek.params):
            raise WrongPassphrase
        try:
            return crypto.unwrap(kek.kek, slot.nonce, slot.wrapped, slot.aad(self.vault_id))
        except crypto.UnwrapError as exc:
            raise WrongPassphrase from exc

    def open_recovery(self, secret: bytes, *, pending: bool = False) -> bytes:
        slots = self.pending if pending else self.slots
        assert slots is not None
        slot = slots.recovery
        private = crypto.recovery_private_key(secret)
        if crypto.public_bytes(private.public_key()) != slot.public_key:
            # A well-formed key for another vault (or another person's paper).
            raise WrongRecoveryKey
        try:
            return crypto.unwrap_with_private(private, slot.ephemeral, slot.nonce, slot.wrapped,
                                              slot.aad(self.vault_id))
        except crypto.UnwrapError as exc:
            raise WrongRecoveryKey from exc

    @property
    def recovery_public_key(self) -> bytes:
        return self.slots.recovery.public_key


def new_slots(*, vault_id: str, data_key: bytes, kek: PassphraseKek,
              recovery_public_key: bytes) -> KeySlots:
    return KeySlots(
        passphrase=wrap_passphrase_slot(vault_id, data_key, kek.kek, kek.salt, kek.params),
        recovery=wrap_recovery_slot(vault_id, data_key, recovery_public_key),
    )


def derive_new_kek(passphrase: str, params: crypto.KdfParams) -> PassphraseKek:
    salt = os.urandom(crypto.SALT_BYTES)
    return PassphraseKek(crypto.derive_kek(passphrase, salt, params), salt, params)
