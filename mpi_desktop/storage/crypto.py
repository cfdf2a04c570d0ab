"""Key derivation and key wrapping.

* Passphrase → KEK with Argon2id (RFC 9106), parameters calibrated per machine.
* Data key wrapped with AES-256-GCM; the associated data binds the wrap to the
  vault id and the slot's parameters, so a slot cannot be moved to another vault
  or have its KDF weakened without failing authentication.
* Recovery: the recovery key derives an X25519 private key; the data key is
  wrapped to its public key (ECIES).  Because only the public key is needed to
  wrap, a ``rekey`` can re-wrap a new data key for the recovery slot without
  asking for the recovery key, which therefore never changes.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# RFC 9106 §4, second recommended option.  Nothing below it is ever accepted,
# whatever the calibration or a key file says.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
DEFAULT_PARALLELISM = 4
DEFAULT_TARGET_MS = 1000
# A 1 s unlock on a slow laptop must not need more memory than it has spare.
MAX_MEMORY_KIB = 256 * 1024
MAX_TIME_COST = 200


class UnwrapError(Exception):
    """Authentication of a wrapped key failed (wrong secret or altered slot)."""


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int = DEFAULT_PARALLELISM

    def __post_init__(self) -> None:
        if self.time_cost < FLOOR_TIME_COST or self.memory_kib < FLOOR_MEMORY_KIB:
            raise ValueError("Argon2id parameters below the secure floor")
        if self.time_cost > MAX_TIME_COST or self.memory_kib > 4 * 1024 * 1024:
            raise ValueError("Argon2id parameters out of range")
        if not 1 <= self.parallelism <= 16:
            raise ValueError("Argon2id parallelism out of range")

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(time_cost=FLOOR_TIME_COST, memory_kib=FLOOR_MEMORY_KIB)

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise ValueError("kdf params must be an object")
        values = {k: data.get(k) for k in ("time_cost", "memory_kib", "parallelism")}
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values.values()):
            raise ValueError("kdf params must be integers")
        return cls(**values)  # type: ignore[arg-type]


def normalize_passphrase(passphrase: str) -> bytes:
    """NFKC, so the same passphrase typed on another keyboard layout or OS still unlocks."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.time_cost,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))


@dataclass(frozen=True)
class Calibration:
    params: KdfParams
    measured_ms: float


def calibrate(target_ms: int = DEFAULT_TARGET_MS) -> Calibration:
    """Find Argon2id parameters that take about ``target_ms`` here, never below the floor.

    Memory is raised before time (memory hardness is what slows GPUs), capped at
    MAX_MEMORY_KIB; then iterations scale linearly with the time measured.
    """
    salt = os.urandom(SALT_BYTES)
    probe = KdfParams.floor()
    elapsed = _time_kdf(probe, salt)
    memory = FLOOR_MEMORY_KIB
    while memory * 2 <= MAX_MEMORY_KIB and elapsed * 2 <= target_ms * 0.6:
        memory *= 2
        elapsed *= 2
    per_iteration = elapsed / FLOOR_TIME_COST
    time_cost = max(FLOOR_TIME_COST, min(MAX_TIME_COST, round(target_ms / per_iteration)))
    params = KdfParams(time_cost=time_cost, memory_kib=memory)
    measured = _time_kdf(params, salt) if params != probe else elapsed
    return Calibration(params=params, measured_ms=measured)


def _time_kdf(params: KdfParams, salt: bytes) -> float:
    start = time.perf_counter()
    derive_kek("calibration", salt, params)
    return (time.perf_counter() - start) * 1000


def wrap(kek: bytes, secret: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, secret, aad)


def unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag as exc:
        raise UnwrapError from exc


# --- recovery (X25519 ECIES) ---------------------------------------------------------


def recovery_private_key(recovery_secret: bytes) -> X25519PrivateKey:
    seed = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"mpi-desktop/recovery/v1",
        info=b"x25519 private key",
    ).derive(recovery_secret)
    return X25519PrivateKey.from_private_bytes(seed)


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def recovery_public_key(recovery_secret: bytes) -> bytes:
    return public_bytes(recovery_private_key(recovery_secret).public_key())


def _ecies_kek(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=ephemeral_pub + recipient_pub,
        info=b"mpi-desktop/recovery-wrap/v1",
    ).derive(shared)


def wrap_to_public(recipient_pub: bytes, secret: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    """Return (ephemeral public key, nonce, wrapped secret)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    nonce, wrapped = wrap(_ecies_kek(shared, eph_pub, recipient_pub), secret, aad)
    return eph_pub, nonce, wrapped


def unwrap_with_private(
    private: X25519PrivateKey, eph_pub: bytes, nonce: bytes, wrapped: bytes, aad: bytes
) -> bytes:
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    recipient_pub = public_bytes(private.public_key())
    return unwrap(_ecies_kek(shared, eph_pub, recipient_pub), nonce, wrapped, aad)
