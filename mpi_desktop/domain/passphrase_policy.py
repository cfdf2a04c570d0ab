"""Passphrase policy (SECURITY.md rule 3): length over composition rules.

Accept a passphrase of at least 15 characters that is not built from common
words, or a shorter one only if its estimated strength is high.  The estimate is
deliberately conservative: runs of letters found in the Spanish/Mexican and
international blocklist (``resources/passphrase_blocklist.txt``) count as one
guess among a few thousand, digit runs and keyboard sequences count for little.
No hints, no composition rules.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from mpi_desktop.paths import resource_path

MIN_LENGTH = 15
STRONG_BITS = 75.0
MIN_BITS_WHEN_LONG = 45.0
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[\W_]+", re.UNICODE)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklñzxcvbnm", "0123456789",
              "azertyuiop", "qwertzuiop")


@dataclass(frozen=True)
class Assessment:
    bits: float
    #: 0 (very weak) … 4 (very strong), for the strength meter.
    score: int
    #: Problem codes; the UI and CLI turn them into sentences.
    problems: list[str]

    @property
    def acceptable(self) -> bool:
        return not self.problems


@cache
def blocklist() -> frozenset[str]:
    text = resource_path("passphrase_blocklist.txt").read_text(encoding="utf-8")
    words = (line.strip() for line in text.splitlines())
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


def fold(text: str) -> str:
    """Lowercase without accents: 'Contraseña' and 'contrasena' are the same guess."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_sequence(token: str) -> bool:
    if len(token) < 3:
        return False
    if len(set(token)) == 1:
        return True
    return any(token in seq or token in seq[::-1] for seq in _SEQUENCES)


def _token_bits(token: str, words: frozenset[str]) -> float:
    folded = fold(token)
    if _is_sequence(folded):
        return math.log2(len(token) * 20)
    if folded in words:
        return math.log2(5000)
    if folded.isdigit():
        return len(token) * math.log2(10) * 0.8
    if folded.isalpha():
        # Words in a passphrase carry less than random letters: ~2.5 bits/char
        # is the usual estimate for natural-language text.
        charset = 26 if folded.isascii() else 33
        per_char = min(math.log2(charset), 2.5 + (1.5 if not _looks_wordy(folded) else 0))
        return len(token) * per_char
    return len(token) * 5.0


def _looks_wordy(folded: str) -> bool:
    vowels = sum(c in "aeiou" for c in folded)
    return 0.25 <= vowels / max(len(folded), 1) <= 0.7


def assess(passphrase: str) -> Assessment:
    text = unicodedata.normalize("NFKC", passphrase)
    if not text.strip():
        return Assessment(0.0, 0, ["empty"])
    words = blocklist()
    tokens = _TOKEN.findall(text)
    bits = sum(_token_bits(t, words) for t in tokens)
    # Mixed classes add a little: the attacker must guess the structure.
    bits += math.log2(max(len(tokens), 1)) * 2
    problems: list[str] = []
    folded_whole = fold(re.sub(r"[\W\d_]+", "", text))
    if fold(text) in words or (folded_whole and folded_whole in words):
        problems.append("common")
    if len(set(text)) <= max(3, len(text) // 5):
        problems.append("repetitive")
    if not problems:
        long_enough = len(text) >= MIN_LENGTH
        if long_enough and bits < MIN_BITS_WHEN_LONG:
            problems.append("predictable")
        elif not long_enough and bits < STRONG_BITS:
            problems.append("too_short")
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 55 else 3 if bits < 75 else 4
    if problems:
        score = min(score, 1)
    return Assessment(round(bits, 1), score, problems)
