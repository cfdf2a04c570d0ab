"""A compiled validator for the JSON Schema subset the interchange format uses.

``jsonschema`` walks a 250,000-item document through generic keyword dispatch
and takes minutes; the document schema only uses a dozen keywords, so each
schema node is compiled once into a small closure.  Semantics follow draft
2020-12 for those keywords (``true`` is not ``1``; ``1.0`` is an integer).  A
schema with any other keyword is not compiled: :func:`compile_schema` returns
None and the caller falls back to ``jsonschema``.  A test checks both agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mpi_desktop.interchange.errors import ImportIssue
from mpi_desktop.interchange.jsonpath import render

Path = tuple[str | int, ...]
Check = Callable[[Any, Path, list[ImportIssue]], None]

ANNOTATIONS = {"$schema", "$id", "title", "description", "$comment", "examples", "default"}
KEYWORDS = {"type", "const", "enum", "pattern", "maxLength", "maxItems", "uniqueItems", "items",
            "properties", "additionalProperties", "required", "maxProperties",
            "propertyNames", "minimum", "maximum"}


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not implement."""


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, int | float)
    raise Unsupported(f"type {name}")


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality: booleans are not numbers, containers compare deeply."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a is b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and bool(a == b)


def _issue(out: list[ImportIssue], path: Path, code: str, detail: str = "",
           **params: Any) -> None:
    out.append(ImportIssue(render(path), code, detail, params))


def compile_schema(schema: Any, kinds: dict[str, str] | None = None) -> Check | None:
    """A checker for ``schema``, or None if it uses keywords not implemented here.

    ``kinds`` names patterns for messages (pattern → 'uuid', 'date', …).
    """
    try:
        return _compile(schema, kinds or {})
    except Unsupported:
        return None


def _compile(schema: Any, kinds: dict[str, str]) -> Check:
    if schema is True:
        return lambda value, path, out: None
    if not isinstance(schema, dict):
        raise Unsupported("schema must be an object")
    unknown = set(schema) - KEYWORDS - ANNOTATIONS
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    checks: list[Check] = []

    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        for name in types:
            _is_type(None, name)  # raises Unsupported for an unknown type name
        expected = " | ".join(types)

        def check_type(value: Any, path: Path, out: list[ImportIssue]) -> None:
            if not any(_is_type(value, t) for t in types):
                _issue(out, path, "wrong_type", expected=expected)
        checks.append(check_type)

    if "const" in schema or "enum" in schema:
        allowed = [schema["const"]] if "const" in schema else list(schema["enum"])
        shown = ", ".join(str(a) for a in allowed)

        def check_allowed(value: Any, path: Path, out: list[ImportIssue]) -> None:
            if not any(json_equal(value, a) for a in allowed):
                _issue(out, path, "not_allowed", allowed=shown)
        checks.append(check_allowed)

    if "pattern" in schema or "maxLength" in schema:
        regex = re.compile(schema["pattern"]) if "pattern" in schema else None
        kind = kinds.get(schema.get("pattern", ""), "text")
        max_length = schema.get("maxLength")

        def check_string(value: Any, path: Path, out: list[ImportIssue]) -> None:
            if not isinstance(value, str):
                return
            if regex is not None and regex.search(value) is None:
                _issue(out, path, "bad_format", kind=kind)
            if max_length is not None and len(value) > max_length:
                _issue(out, path, "too_long", limit=max_length)
        checks.append(check_string)

    if "minimum" in schema or "maximum" in schema:
        low, high = schema.get("minimum"), schema.get("maximum")

        def check_range(value: Any, path: Path, out: list[ImportIssue]) -> None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return
            if low is not None and value < low:
                _issue(out, path, "invalid", "minimum")
            if high is not None and value > high:
                _issue(out, path, "invalid", "maximum")
        checks.append(check_range)

    if {"items", "maxItems", "uniqueItems"} & set(schema):
        item_check = _compile(schema["items"], kinds) if "items" in schema else None
        max_items = schema.get("maxItems")
        unique = bool(schema.get("uniqueItems"))

        def check_array(value: Any, path: Path, out: list[ImportIssue]) -> None:
            if not isinstance(value, list):
                return
            if max_items is not None and len(value) > max_items:
                _issue(out, path, "too_many_items", limit=max_items)
            if unique and any(json_equal(value[i], value[j]) for i in range(len(value))
                              for j in range(i)):
                _issue(out, path, "duplicate")
            if item_check is not None:
                for i, item in enumerate(value):
                    item_check(item, (*path, i), out)
        checks.append(check_array)

    object_keys = {"properties", "additionalProperties", "required", "maxProperties",
                   "propertyNames"}
    if object_keys & set(schema):
        props = {k: _compile(v, kinds) for k, v in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties", True)
        extra_check = None if isinstance(extra, bool) else _compile(extra, kinds)
        closed = extra is False
        required = list(schema.get("required", []))
        max_props = schema.get("maxProperties")
        names_check = _compile(schema["propertyNames"], kinds) \
            if "propertyNames" in schema else None

        def check_object(value: Any, path: Path, out: list[ImportIssue]) -> None:
            if not isinstance(value, dict):
                return
            for name in required:
                if name not in value:
                    _issue(out, (*path, name), "missing_property", name=name)
            if max_props is not None and len(value) > max_props:
                _issue(out, path, "invalid", "maxProperties")
            for key, child in value.items():
                if names_check is not None:
                    before = len(out)
                    names_check(key, path, out)
                    if len(out) > before:
                        del out[before:]
                        _issue(out, path, "invalid", "propertyNames")
                sub = props.get(key)
                if sub is not None:
                    sub(child, (*path, key), out)
                elif closed:
                    _issue(out, (*path, key), "unknown_property", name=key)
                elif extra_check is not None:
                    extra_check(child, (*path, key), out)
        checks.append(check_object)

    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any, path: Path, out: list[ImportIssue]) -> None:
        for check in checks:
            check(value, path, out)
    return check_all
