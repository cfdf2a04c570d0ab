"""From a file to a parsed JSON document, refusing anything too big or malformed.

The size is checked before reading; a bundle is recognised by its magic and
decrypted in memory (never to a temp file).  JSON is parsed strictly: UTF-8
only, no duplicate keys, no NaN/Infinity, no numbers too large to be meant.
Nothing in the file is ever followed: no URL fetched, no path opened.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mpi_desktop.interchange import bundle
from mpi_desktop.interchange.errors import BundleTooLarge, ImportIssue, InvalidImport
from mpi_desktop.interchange.limits import Limits

ENTRY_NAME = "interchange.json"
BUNDLE_KIND = "interchange"
#: Chunk tags and framing add well under 1 % to a bundle.
_BUNDLE_SLACK = 1.02


@dataclass(frozen=True)
class Source:
    data: bytes
    encrypted: bool


def _fail(code: str, **params: Any) -> InvalidImport:
    return InvalidImport([ImportIssue("$", code, params=params)])


def read_source(path: Path, *, ask_passphrase: Callable[[], str], limits: Limits) -> Source:
    """The document's bytes; ``ask_passphrase`` is called only for a bundle."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail("unreadable", reason=exc.strerror or "") from exc
    if not path.is_file():
        raise _fail("unreadable", reason="")
    if bundle.is_bundle(path):
        if size > limits.max_file_bytes * _BUNDLE_SLACK + 65536:
            raise _fail("file_too_large", limit=limits.max_file_bytes)
        return Source(_from_bundle(path, ask_passphrase(), limits), encrypted=True)
    if size > limits.max_file_bytes:
        raise _fail("file_too_large", limit=limits.max_file_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise _fail("unreadable", reason=exc.strerror or "") from exc
    if len(data) > limits.max_file_bytes:  # it grew while we looked
        raise _fail("file_too_large", limit=limits.max_file_bytes)
    return Source(data, encrypted=False)


def _from_bundle(path: Path, passphrase: str, limits: Limits) -> bytes:
    try:
        with bundle.read_bundle(path, passphrase=passphrase,
                                max_total_bytes=limits.max_file_bytes) as reader:
            if reader.kind != BUNDLE_KIND:
                raise _fail("wrong_bundle_kind", kind=reader.kind[:40])
            entries = list(reader)
    except BundleTooLarge as exc:
        raise _fail("file_too_large", limit=limits.max_file_bytes) from exc
    names = [name for name, _ in entries]
    if names != [ENTRY_NAME]:
        raise _fail("bundle_contents", expected=ENTRY_NAME)
    return entries[0][1]


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def parse(data: bytes, limits: Limits) -> Any:
    """Strict JSON parsing; every failure is an :class:`InvalidImport` at ``$``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail("not_utf8", offset=exc.start) from exc
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant,
                          parse_float=_float)
    except json.JSONDecodeError as exc:
        raise _fail("invalid_json", line=exc.lineno, column=exc.colno) from exc
    except _DuplicateKey as exc:
        raise _fail("duplicate_key", name=exc.key[:100]) from exc
    except RecursionError as exc:
        raise _fail("too_deep", limit=limits.max_depth) from exc
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        raise _fail("invalid_number") from exc
