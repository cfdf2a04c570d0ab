"""Size limits of an import: checked before and while parsing, never after writing.

A hostile or broken file must not exhaust memory or time, so the file size is
checked before a byte is read, nesting depth and string lengths before the JSON
Schema runs, and item counts before any item is looked at.  Documented in
docs/INTERCHANGE.md; a test checks each one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    #: Bytes of JSON (for a bundle: of the decrypted ``interchange.json``).  A full
    #: export of 50,000 cases with their people and events is about 200-300 MB;
    #: parsing takes several times that in memory.  Whole vaults move by backup.
    max_file_bytes: int = 512 * 1024 * 1024
    #: Items in one section, and in the whole document.
    max_items: int = 500_000
    max_total_items: int = 2_000_000
    #: Characters of any string value (the longest domain field holds 20,000).
    max_string: int = 20_000
    #: Characters of an object key.
    max_key: int = 100
    #: Nesting of arrays and objects (the format itself needs 5).
    max_depth: int = 16
    #: Problems listed before the report stops counting.
    max_errors: int = 1000


DEFAULT = Limits()
