"""Hypothesis against the importer: random and mutated documents, plain and encrypted.

Whatever the input, the importer either imports it completely or raises one of
our errors and leaves the vault exactly as it was — never a crash, never a
partial import.  Bounded example counts keep this well under a minute.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpi_desktop.interchange.errors import (
    BundleDamaged,
    BundleTooLarge,
    BundleWrongPassphrase,
    ImportIssue,
    InvalidImport,
)
from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.importer import import_bytes, import_file
from mpi_desktop.interchange.limits import Limits
from mpi_desktop.interchange.schema import fast_validator, validator
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.interchange.validate import _jsonschema_issues
from mpi_desktop.storage.vault import Vault
from tests.interchange.helpers import BUNDLE_PASSPHRASE, another_vault, digest, fill

Path_ = tuple[str | int, ...]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory,
          vault_template: tuple[Path, str]) -> Iterator[tuple[Vault, dict[str, Any], Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    vault = another_vault(folder, vault_template[0], "vault")
    fill(vault)
    export(vault, ExportRequest(), folder / "x.json", passphrase=None, plaintext=True)
    export(vault, ExportRequest(), folder / "x.mpiexp", passphrase=BUNDLE_PASSPHRASE)
    yield vault, json.loads((folder / "x.json").read_text(encoding="utf-8")), folder
    vault.lock()


def _paths(node: Any, prefix: Path_ = ()) -> list[Path_]:
    out = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            out.extend(_paths(child, (*prefix, key)))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            out.extend(_paths(child, (*prefix, i)))
    return out


def _parent(doc: Any, path: Path_) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


def _mutate(doc: dict[str, Any], data: st.DataObject) -> Any:
    paths = _paths(doc)[1:]
    path = paths[data.draw(st.integers(0, len(paths) - 1), label="where")]
    parent, key = _parent(doc, path), path[-1]
    op = data.draw(st.sampled_from(["replace", "delete", "add", "duplicate", "swap",
                                    "stringify", "whole"]), label="op")
    if op == "replace":
        parent[key] = data.draw(JSON, label="value")
    elif op == "delete":
        del parent[key]
    elif op == "add":
        target = parent[key]
        if isinstance(target, dict):
            target[data.draw(st.text(max_size=12), label="key")] = data.draw(JSON)
        elif isinstance(target, list):
            target.append(data.draw(JSON, label="item"))
        else:
            parent[key] = [target]
    elif op == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))
    elif op == "swap":
        other = paths[data.draw(st.integers(0, len(paths) - 1), label="other")]
        value = copy.deepcopy(_parent(doc, other)[other[-1]])
        parent[key] = value
    elif op == "stringify":
        parent[key] = json.dumps(parent[key])
    elif op == "whole":
        return data.draw(JSON, label="document")
    return doc


def _bytes_damage(raw: bytes, data: st.DataObject) -> bytes:
    kind = data.draw(st.sampled_from(["none", "truncate", "flip", "insert"]), label="bytes")
    if kind == "none" or not raw:
        return raw
    at = data.draw(st.integers(0, len(raw) - 1), label="at")
    if kind == "truncate":
        return raw[:at]
    if kind == "flip":
        return raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1:]
    return raw[:at] + data.draw(st.binary(min_size=1, max_size=8)) + raw[at:]


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_documents_import_whole_or_not_at_all(
        world: tuple[Vault, dict[str, Any], Path], data: st.DataObject) -> None:
    vault, doc, _folder = world
    mutated = _mutate(copy.deepcopy(doc), data)
    raw = _bytes_damage(json.dumps(mutated, ensure_ascii=False).encode(), data)
    policy = data.draw(st.sampled_from(["skip", "replace", "fail"]), label="policy")
    before = digest(vault)
    try:
        import_bytes(vault, raw, on_duplicate=policy)
    except InvalidImport as exc:
        assert exc.issues and all(i.path.startswith("$") for i in exc.issues)
        assert digest(vault) == before
    else:
        with vault.read() as conn:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("SELECT count(*) FROM case_file WHERE primary_person_id IS NULL"
                                ).fetchone()[0] == 0


@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_bundles_are_refused_and_change_nothing(
        world: tuple[Vault, dict[str, Any], Path], data: st.DataObject) -> None:
    vault, _doc, folder = world
    raw = (folder / "x.mpiexp").read_bytes()
    damaged = _bytes_damage(raw, data)
    if damaged == raw:
        damaged = raw[:-1]
    target = folder / "danado.mpiexp"
    target.write_bytes(damaged)
    before = digest(vault)
    with pytest.raises((BundleDamaged, BundleTooLarge, BundleWrongPassphrase, InvalidImport)):
        import_file(vault, target, ask_passphrase=lambda: BUNDLE_PASSPHRASE)
    assert digest(vault) == before


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_compiled_validator_agrees_with_jsonschema(
        world: tuple[Vault, dict[str, Any], Path], data: st.DataObject) -> None:
    _vault, doc, _folder = world
    mutated = _mutate(copy.deepcopy(doc), data)
    fast = fast_validator()
    assert fast is not None, "a section uses a keyword the compiled validator lacks"
    found: list[ImportIssue] = []
    fast(mutated, (), found)
    reference = list(_jsonschema_issues(mutated, Limits(max_errors=10**6)))
    assert bool(found) == (not validator().is_valid(mutated))
    assert {(i.path, i.code) for i in found} == {(i.path, i.code) for i in reference}
