"""Recovery keys a person can copy onto paper and type back.

160 random bits written as 8 groups of 5 Crockford base32 characters: 4 data
characters and 1 check character per group.  The check (Luhn mod 32 over the
group's position and its data) catches every single-character typo and most
swaps, names the group that is wrong, and runs before any decryption.  Crockford's
alphabet has no I, L, O or U; when typed they are read as 1, 1, 0 or rejected.
"""

from __future__ import annotations

import os

from mpi_desktop.errors import RecoveryKeyMistyped

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1"}
SECRET_BYTES = 20
GROUPS = 8
DATA_PER_GROUP = 4
GROUP_LEN = DATA_PER_GROUP + 1
N = len(ALPHABET)


def _luhn_check(values: list[int]) -> int:
    factor = 2
    total = 0
    for v in reversed(values):
        addend = factor * v
        factor = 1 if factor == 2 else 2
        total += addend // N + addend % N
    return (N - total % N) % N


def _encode_base32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    count = len(data) * 8 // 5
    return "".join(ALPHABET[(bits >> (5 * (count - 1 - i))) & 31] for i in range(count))


def _decode_base32(text: str) -> bytes:
    bits = 0
    for c in text:
        bits = (bits << 5) | _VALUE[c]
    return bits.to_bytes(len(text) * 5 // 8, "big")


def format_key(secret: bytes) -> str:
    if len(secret) != SECRET_BYTES:
        raise ValueError("recovery secret must be 20 bytes")
    data = _encode_base32(secret)
    groups = []
    for g in range(GROUPS):
        chunk = data[g * DATA_PER_GROUP : (g + 1) * DATA_PER_GROUP]
        check = _luhn_check([g, *(_VALUE[c] for c in chunk)])
        groups.append(chunk + ALPHABET[check])
    return "-".join(groups)


def generate() -> tuple[bytes, str]:
    """Return (secret, the text shown to the person once)."""
    secret = os.urandom(SECRET_BYTES)
    return secret, format_key(secret)


def for_paper(formatted: str) -> str:
    """Two lines of four groups: easier to copy by hand and to read back."""
    groups = formatted.split("-")
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])


def parse(typed: str) -> bytes:
    """Return the secret, or raise RecoveryKeyMistyped naming the group that is wrong."""
    cleaned = "".join(c for c in typed.upper() if not c.isspace() and c not in "-_.")
    cleaned = "".join(_ALIASES.get(c, c) for c in cleaned)
    if len(cleaned) != GROUPS * GROUP_LEN:
        raise RecoveryKeyMistyped(None, reason="length")
    data = []
    for g in range(GROUPS):
        group = cleaned[g * GROUP_LEN : (g + 1) * GROUP_LEN]
        if any(c not in _VALUE for c in group):
            raise RecoveryKeyMistyped(g + 1, reason="character")
        values = [g, *(_VALUE[c] for c in group)]
        if _luhn_check(values[:-1]) != values[-1]:
            raise RecoveryKeyMistyped(g + 1, reason="checksum")
        data.append(group[:DATA_PER_GROUP])
    return _decode_base32("".join(data))
