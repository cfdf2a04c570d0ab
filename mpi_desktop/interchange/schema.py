"""The JSON Schema of a whole interchange document, assembled from the sections.

``resources/schema/interchange-v1.schema.json`` is this schema written out by
``scripts/make_interchange_schema.py``; a test checks the shipped file is current.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from mpi_desktop.interchange import schema_parts as s
from mpi_desktop.interchange.fastschema import Check, compile_schema
from mpi_desktop.interchange.limits import DEFAULT, Limits
from mpi_desktop.interchange.sections import InterchangeSection, all_sections

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

FORMAT = "mpi-desktop-interchange"
VERSION = 1
HEADER = ("format", "version", "exported_at", "app_version", "scope")
SCOPE_KINDS = ("all", "case", "person")


def ordered_sections() -> list[InterchangeSection]:
    """Registered sections in registration order, each after those it depends on."""
    pending = list(all_sections())
    ordered: list[InterchangeSection] = []
    done: set[str] = set()
    while pending:
        ready = next((sec for sec in pending if set(sec.depends_on) <= done), None)
        if ready is None:
            raise RuntimeError("interchange sections with unmet dependencies: "
                               f"{sorted(sec.name for sec in pending)}")
        ordered.append(ready)
        done.add(ready.name)
        pending.remove(ready)
    return ordered


def scope_schema() -> s.Schema:
    return s.obj({
        "kind": {"type": "string", "enum": list(SCOPE_KINDS),
                 "description": "all: the vault (ARCO opposition excluded); case: one case "
                                "and its people; person: ARCO access export of one person"},
        "case_id": s.uuid(),
        "folio": {"type": "string", "pattern": s.FOLIO_PATTERN, "maxLength": 16},
        "person_id": s.uuid(),
    }, required=("kind",))


def document_schema(limits: Limits = DEFAULT) -> dict[str, Any]:
    properties: dict[str, s.Schema] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "exported_at": s.instant("when the document was written (UTC)"),
        "app_version": s.text(40, "version of the app that wrote it"),
        "scope": scope_schema(),
    }
    for sec in ordered_sections():
        properties[sec.name] = {"type": "array", "maxItems": limits.max_items,
                                "items": sec.item_schema()}
    body = s.obj(properties, required=HEADER)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:mpi-desktop:interchange:v1",
        "title": "MPI Desktop interchange document, version 1",
        "description": "See docs/INTERCHANGE.md. Sections are optional; unknown "
                       "properties anywhere are errors.",
        **body,
    }


@cache
def validator() -> Draft202012Validator:
    # jsonschema costs ~0.1-0.3 s to import; the main window imports this module
    # (export and import screens), so it is loaded when a document is validated.
    from jsonschema import Draft202012Validator

    schema = document_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def fast_validator() -> Check | None:
    """The compiled checker, or None if a section's schema needs full ``jsonschema``."""
    return compile_schema(document_schema(), kinds=s.PATTERN_KINDS)
