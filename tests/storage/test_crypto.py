from __future__ import annotations

import os

import pytest

from mpi_desktop.storage import crypto


def test_floor_is_enforced() -> None:
    with pytest.raises(ValueError):
        crypto.KdfParams(time_cost=2, memory_kib=crypto.FLOOR_MEMORY_KIB)
    with pytest.raises(ValueError):
        crypto.KdfParams(time_cost=3, memory_kib=32 * 1024)
    with pytest.raises(ValueError):
        crypto.KdfParams.from_json({"time_cost": 1, "memory_kib": 1024, "parallelism": 1})


def test_calibration_never_below_floor() -> None:
    result = crypto.calibrate(target_ms=1)  # an absurdly low target still gets the floor
    assert result.params.time_cost >= crypto.FLOOR_TIME_COST
    assert result.params.memory_kib >= crypto.FLOOR_MEMORY_KIB


def test_nfkc_normalization_unlocks_equivalent_spellings() -> None:
    salt = os.urandom(16)
    params = crypto.KdfParams.floor()
    composed = crypto.derive_kek("Peña año", salt, params)
    decomposed = crypto.derive_kek("Pen\u0303a an\u0303o", salt, params)
    assert composed == decomposed
    assert composed != crypto.derive_kek("Pena ano", salt, params)


def test_wrap_binds_associated_data() -> None:
    kek, secret = os.urandom(32), os.urandom(32)
    nonce, wrapped = crypto.wrap(kek, secret, b"vault-a")
    assert crypto.unwrap(kek, nonce, wrapped, b"vault-a") == secret
    with pytest.raises(crypto.UnwrapError):
        crypto.unwrap(kek, nonce, wrapped, b"vault-b")


def test_recovery_wrap_needs_only_public_key() -> None:
    recovery_secret, secret = os.urandom(20), os.urandom(32)
    public = crypto.recovery_public_key(recovery_secret)
    eph, nonce, wrapped = crypto.wrap_to_public(public, secret, b"aad")
    private = crypto.recovery_private_key(recovery_secret)
    assert crypto.unwrap_with_private(private, eph, nonce, wrapped, b"aad") == secret
    other = crypto.recovery_private_key(os.urandom(20))
    with pytest.raises(crypto.UnwrapError):
        crypto.unwrap_with_private(other, eph, nonce, wrapped, b"aad")
