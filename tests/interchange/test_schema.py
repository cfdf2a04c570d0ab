"""The shipped JSON Schema is current, valid, and closed everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from mpi_desktop.interchange.schema import document_schema, ordered_sections
from mpi_desktop.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_schema_equals_the_generated_one() -> None:
    shipped = json.loads(resource_path("schema", "interchange-v1.schema.json").read_text(
        encoding="utf-8"))
    assert shipped == document_schema(), "run scripts/make_interchange_schema.py"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_interchange_schema.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout


def _objects(node: Any, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    out = []
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            out.append((path, node))
        for key, child in node.items():
            out.extend(_objects(child, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            out.extend(_objects(child, f"{path}/{i}"))
    return out


CORE = ("people", "cases", "aggressions", "attentions")


def test_schema_is_valid_and_core_objects_are_closed() -> None:
    """The envelope and the core sections refuse unknown properties at every level.

    (Other sections own their schemas; ``additionalProperties: false`` is the rule
    docs/INTERCHANGE.md gives them.)"""
    schema = document_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False
    assert schema["properties"]["scope"]["additionalProperties"] is False
    for name in CORE:
        objects = _objects(schema["properties"][name], f"$/{name}")
        assert len(objects) >= 1
        for where, obj in objects:
            assert obj.get("additionalProperties") is False, where
    text = json.dumps(schema)
    assert "$ref" not in text and "http://" not in text  # nothing to fetch, ever


def test_core_sections_come_first_in_dependency_order() -> None:
    names = [s.name for s in ordered_sections()]
    assert names[:4] == ["people", "cases", "aggressions", "attentions"]
    for i, section in enumerate(ordered_sections()):
        assert set(section.depends_on) <= set(names[:i])
