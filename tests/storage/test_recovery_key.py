from __future__ import annotations

import pytest

from mpi_desktop.errors import RecoveryKeyMistyped
from mpi_desktop.storage import recovery_key as rk


def test_round_trip_and_tolerant_typing() -> None:
    secret, text = rk.generate()
    assert len(text) == 8 * 5 + 7
    typed = text.lower().replace("-", " ")
    assert rk.parse(typed) == secret
    # Crockford aliases: O→0, I/L→1 are read as the digits people confuse them with.
    assert rk.parse(text.replace("0", "O").replace("1", "I")) == secret
    assert rk.parse(rk.for_paper(text)) == secret


def test_every_single_substitution_is_caught_and_located() -> None:
    _secret, text = rk.generate()
    groups = text.split("-")
    for g, group in enumerate(groups):
        for pos in range(5):
            for c in rk.ALPHABET:
                if c == group[pos]:
                    continue
                mutated = list(groups)
                mutated[g] = group[:pos] + c + group[pos + 1:]
                with pytest.raises(RecoveryKeyMistyped) as info:
                    rk.parse("-".join(mutated))
                assert info.value.group == g + 1


def test_swapped_groups_are_caught() -> None:
    _, text = rk.generate()
    groups = text.split("-")
    if groups[0] == groups[1]:
        pytest.skip("identical groups")
    swapped = [groups[1], groups[0], *groups[2:]]
    with pytest.raises(RecoveryKeyMistyped):
        rk.parse("-".join(swapped))


@pytest.mark.parametrize("typed", ["", "ABCDE", "X" * 41])
def test_wrong_length(typed: str) -> None:
    with pytest.raises(RecoveryKeyMistyped) as info:
        rk.parse(typed)
    assert info.value.group is None


def test_letter_u_is_not_in_the_alphabet() -> None:
    _, text = rk.generate()
    with pytest.raises(RecoveryKeyMistyped) as info:
        rk.parse("U" + text[1:])
    assert info.value.group == 1
