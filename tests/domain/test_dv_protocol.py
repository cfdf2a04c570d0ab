"""The digital-violence protocol as data: loading, validation and versions side by side."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mpi_desktop.domain import catalogs, dv_protocol
from mpi_desktop.domain.catalogs import CatalogError
from mpi_desktop.domain.dv_protocol import Library
from mpi_desktop.paths import resource_path

V1 = resource_path("protocols", "digital-violence-v1.json")


def v1_doc() -> dict[str, Any]:
    return json.loads(V1.read_text(encoding="utf-8"))


def write_version(folder: Path, doc: dict[str, Any], version: int | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"digital-violence-v{version or doc['version']}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_packaged_protocol_loads_with_everything_the_brief_names() -> None:
    protocol = dv_protocol.latest()
    assert protocol.version == 1
    assert len(protocol.types.entries) == 13
    assert len(protocol.steps) == 8
    assert all(s.items for s in protocol.steps)
    for entry in protocol.types.entries:
        assert entry.description("es") and entry.description("en"), entry.code
        assert protocol.measures_for(entry.code), entry.code
    assert protocol.aggravating.codes() and protocol.platforms.codes()
    gate = protocol.gate_items("physical_risk")
    assert [i.code for i in gate] == ["triage_physical_risk"]
    assert gate[0].is_question and gate[0].help("es") and gate[0].help("en")
    # Every cross-reference resolves to the measure catalog and the risk instrument.
    measures = set(catalogs.get("measures").codes(active_only=False))
    risk_items = dv_protocol.default_risk_item_codes()
    for entry in protocol.types.entries:
        assert set(protocol.measures_for(entry.code)) <= measures
        assert set(protocol.risk_items(entry.code)) <= risk_items


def test_suggested_measures_are_deduplicated_and_name_their_types() -> None:
    protocol = dv_protocol.latest()
    found = dict(protocol.suggested_measures(["amenazas", "extorsion"]))
    assert found["preservacion_evidencia_digital"] == ["amenazas", "extorsion"]
    assert found["orientacion_seguridad"] == ["amenazas"]
    assert len(found) == len(set(found))
    assert protocol.suggested_measures([]) == []


@pytest.mark.parametrize(("mutate", "entry", "fragment"), [
    (lambda d: d["types"][2].pop("es"), "suplantacion_identidad", "missing 'es' label"),
    (lambda d: d["types"][0]["suggested_measures"].append("medida_inexistente"),
     "acceso_no_autorizado", "unknown measure 'medida_inexistente'"),
    (lambda d: d["types"][6]["risk_items"].append("digital_v_nope"), "amenazas",
     "unknown risk item 'digital_v_nope'"),
    (lambda d: d["steps"][0]["items"][1].update(gate="meteorito"), "triage_ongoing_attack",
     "unknown gate 'meteorito'"),
    (lambda d: d["steps"][1]["items"].append(dict(d["steps"][0]["items"][0])),
     "triage_physical_risk", "duplicate code"),
    (lambda d: d["steps"][3]["items"][0].pop("en"), "account_email_first", "missing 'en'"),
    (lambda d: d["steps"][4].update(items=[]), "device_checks", "non-empty"),
    (lambda d: d["platforms"].append({"code": "Mal Código", "es": "x", "en": "x"}),
     "#14", "invalid code"),
])
def test_an_invalid_file_names_the_file_and_the_entry(tmp_path: Path, mutate: Any, entry: str,
                                                      fragment: str) -> None:
    doc = v1_doc()
    mutate(doc)
    path = write_version(tmp_path, doc)
    with pytest.raises(CatalogError) as info:
        Library(tmp_path).get(1)
    assert info.value.path == str(path)
    assert info.value.entry == entry
    assert fragment in info.value.problem
    assert str(path) in str(info.value) and entry in str(info.value)


def test_file_level_problems_are_reported_clearly(tmp_path: Path) -> None:
    doc = v1_doc()
    write_version(tmp_path, doc, version=2)  # says 1 inside, named v2
    with pytest.raises(CatalogError, match="file name says 2"):
        Library(tmp_path).get(2)
    (tmp_path / "digital-violence-v3.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid JSON"):
        Library(tmp_path).get(3)
    with pytest.raises(dv_protocol.UnknownProtocolVersion):
        Library(tmp_path).get(9)
    with pytest.raises(CatalogError, match="no digital-violence protocol"):
        Library(tmp_path / "empty").latest()


def test_versions_live_side_by_side_without_code_changes(tmp_path: Path) -> None:
    shutil.copy(V1, tmp_path / V1.name)
    doc = v1_doc()
    doc["version"] = 2
    doc["steps"][2]["items"].append({
        "code": "evidence_archive_org", "es": "Se archivó la publicación en un servicio de "
        "archivo web", "en": "The post was saved to a web archive service"})
    write_version(tmp_path, doc)
    lib = Library(tmp_path)
    assert lib.versions() == [1, 2]
    assert lib.latest().version == 2
    assert lib.get(2).item("evidence_archive_org") is not None
    assert lib.get(1).item("evidence_archive_org") is None
    assert len(lib.get(2).item_codes()) == len(lib.get(1).item_codes()) + 1
    assert lib.check_all() == [1, 2]


def test_use_library_switches_and_restores() -> None:
    other = Library(Path("/nonexistent"))
    dv_protocol.use_library(other)
    try:
        assert dv_protocol.library() is other
    finally:
        dv_protocol.use_library(None)
    assert dv_protocol.library().latest().version == 1
