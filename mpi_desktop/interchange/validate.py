"""Document checks before any item is looked at: header, shape limits, JSON Schema.

Order matters for a hostile file: the header first (a newer or foreign file gets
one clear sentence, not a thousand schema errors), then item counts, nesting and
string sizes with an iterative walk (no recursion for an attacker to exhaust),
and only then the JSON Schema with ``additionalProperties: false`` everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from jsonschema import ValidationError

from mpi_desktop.interchange import schema_parts as s
from mpi_desktop.interchange.errors import ImportIssue
from mpi_desktop.interchange.jsonpath import join, render
from mpi_desktop.interchange.limits import Limits
from mpi_desktop.interchange.schema import (
    FORMAT,
    VERSION,
    fast_validator,
    ordered_sections,
    validator,
)

#: C0 controls except tab, line feed and carriage return; and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def header_issues(doc: Any) -> list[ImportIssue]:
    if not isinstance(doc, dict):
        return [ImportIssue("$", "not_an_object")]
    if doc.get("format") != FORMAT:
        return [ImportIssue("$.format", "not_interchange")]
    version = doc.get("version")
    if type(version) is not int:
        return [ImportIssue("$.version", "wrong_type", params={"expected": "integer"})]
    if version > VERSION:
        return [ImportIssue("$.version", "newer_version",
                            params={"found": version, "supported": VERSION})]
    if version != VERSION:
        return [ImportIssue("$.version", "unsupported_version", params={"found": version})]
    return []


def count_issues(doc: dict[str, Any], limits: Limits) -> list[ImportIssue]:
    issues = []
    total = 0
    for key, value in doc.items():
        if isinstance(value, list):
            total += len(value)
            if len(value) > limits.max_items:
                issues.append(ImportIssue(join("$", key), "too_many_items",
                                          params={"limit": limits.max_items}))
    if total > limits.max_total_items:
        issues.append(ImportIssue("$", "too_many_items", params={"limit": limits.max_total_items}))
    return issues


def _has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def _shape_ok(doc: Any, limits: Limits) -> bool:
    """The common case, fast: no paths are built unless something is wrong."""
    stack: list[tuple[Any, int]] = [(doc, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        value, depth = pop()
        if isinstance(value, str):
            if len(value) > limits.max_string or _CONTROL.search(value) is not None:
                return False
        elif isinstance(value, dict):
            if depth >= limits.max_depth:
                return False
            for key, child in value.items():
                if len(key) > limits.max_key or _CONTROL.search(key) is not None:
                    return False
                push((child, depth + 1))
        elif isinstance(value, list):
            if depth >= limits.max_depth:
                return False
            stack.extend((child, depth + 1) for child in value)
    return True


def shape_issues(doc: Any, limits: Limits) -> list[ImportIssue]:
    """Nesting depth, string and key sizes, control characters: an iterative walk."""
    if _shape_ok(doc, limits):
        return []
    issues: list[ImportIssue] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(doc, ())]
    while stack and len(issues) < limits.max_errors:
        value, path = stack.pop()
        if isinstance(value, dict | list) and len(path) >= limits.max_depth:
            issues.append(ImportIssue(render(path), "too_deep",
                                      params={"limit": limits.max_depth}))
            continue
        if isinstance(value, dict):
            for key, child in value.items():
                if len(key) > limits.max_key or _has_control(key):
                    issues.append(ImportIssue(render(path), "bad_key",
                                              params={"limit": limits.max_key}))
                    continue
                stack.append((child, (*path, key)))
        elif isinstance(value, list):
            stack.extend((child, (*path, i)) for i, child in enumerate(value))
        elif isinstance(value, str):
            if len(value) > limits.max_string:
                issues.append(ImportIssue(render(path), "string_too_long",
                                          params={"limit": limits.max_string}))
            elif _has_control(value):
                issues.append(ImportIssue(render(path), "control_character"))
    order = {sec.name: n for n, sec in enumerate(ordered_sections())}
    issues.sort(key=lambda i: _path_key(i.path, order))
    return issues


def _issue_from(error: ValidationError) -> Iterable[ImportIssue]:
    path = list(error.absolute_path)
    where = render(path)
    kind = error.validator
    if kind == "required" and isinstance(error.instance, dict):
        for prop in error.validator_value:
            if prop not in error.instance:
                yield ImportIssue(join(where, prop), "missing_property", params={"name": prop})
    elif kind == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        for prop in error.instance:
            if prop not in known:
                yield ImportIssue(join(where, prop), "unknown_property", params={"name": prop})
    elif kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, str) else " | ".join(expected)
        yield ImportIssue(where, "wrong_type", params={"expected": expected})
    elif kind == "pattern":
        yield ImportIssue(where, "bad_format",
                          params={"kind": s.PATTERN_KINDS.get(str(error.validator_value),
                                                              "text")})
    elif kind == "maxLength":
        yield ImportIssue(where, "too_long", params={"limit": error.validator_value})
    elif kind == "maxItems":
        yield ImportIssue(where, "too_many_items", params={"limit": error.validator_value})
    elif kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        yield ImportIssue(where, "not_allowed",
                          params={"allowed": ", ".join(str(a) for a in allowed)})
    elif kind == "uniqueItems":
        yield ImportIssue(where, "duplicate")
    else:
        yield ImportIssue(where, "invalid", detail=str(kind))


def _jsonschema_issues(doc: Any, limits: Limits) -> Iterable[ImportIssue]:
    count = 0
    for error in validator().iter_errors(doc):
        for issue in _issue_from(error):
            count += 1
            yield issue
        if count >= limits.max_errors:
            return


def schema_issues(doc: Any, limits: Limits) -> list[ImportIssue]:
    fast = fast_validator()
    found: Iterable[ImportIssue]
    if fast is not None:
        found = []
        fast(doc, (), found)
    else:
        found = _jsonschema_issues(doc, limits)
    issues: list[ImportIssue] = []
    seen: set[tuple[str, str]] = set()
    for issue in found:
        if (issue.path, issue.code) not in seen:
            seen.add((issue.path, issue.code))
            issues.append(issue)
    # Report in document order: sections first to last, items in order.
    order = {sec.name: n for n, sec in enumerate(ordered_sections())}
    issues.sort(key=lambda i: _path_key(i.path, order))
    return issues


def _path_key(path: str, order: dict[str, int]) -> tuple[int, list[tuple[int, int | str]]]:
    parts: list[tuple[int, int | str]] = []
    token = ""
    for ch in path[1:]:
        if ch in ".[]":
            if token:
                parts.append((0, int(token)) if token.isdigit() else (1, token))
            token = ""
        else:
            token += ch
    if token:
        parts.append((0, int(token)) if token.isdigit() else (1, token))
    head = parts[0][1] if parts else ""
    return (order.get(str(head), -1), parts)


def document_issues(doc: Any, limits: Limits) -> list[ImportIssue]:
    """Every problem found before looking at the vault; empty when the shape is right."""
    issues = header_issues(doc)
    if issues:
        return issues
    issues = count_issues(doc, limits)
    if issues:
        return issues
    issues = shape_issues(doc, limits)
    if issues:
        return issues
    return schema_issues(doc, limits)


def cap(issues: list[ImportIssue], limits: Limits) -> list[ImportIssue]:
    """At most ``max_errors`` issues, the last one saying how many more there were."""
    if len(issues) <= limits.max_errors:
        return issues
    more = len(issues) - limits.max_errors
    return [*issues[:limits.max_errors], ImportIssue("$", "too_many_errors",
                                                      params={"more": more})]
