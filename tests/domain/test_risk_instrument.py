"""The instrument file: validation naming file and entry, several versions side by side."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mpi_desktop.domain import measures, risk_instrument
from mpi_desktop.domain.catalogs import CatalogError

V1_PATH = risk_instrument.instrument_folder() / "instrument-v1.json"


def v1_doc() -> dict[str, Any]:
    return copy.deepcopy(json.loads(V1_PATH.read_text(encoding="utf-8")))


def test_the_shipped_instrument_is_valid_and_complete() -> None:
    risk_instrument.check_all()
    v1 = risk_instrument.get(1)
    assert [g.code for g in v1.groups] == ["physical", "communication", "legal", "networks",
                                           "security_management", "psychosocial", "digital"]
    assert [lv.code for lv in v1.levels] == ["ordinario", "extraordinario", "extremo"]
    assert all(i.label("es") and i.label("en") and i.help("es") for i in v1.items)
    assert v1.bands[-1].requires_grave_imminent
    assert v1.grave_imminent == {"seriousness": 3, "imminence": 3}


Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return apply


def _dup_item(doc: dict[str, Any]) -> None:
    doc["groups"][1]["capacities"][0]["code"] = "physical_v_home_exposed"


def _del_en(doc: dict[str, Any]) -> None:
    del doc["groups"][2]["vulnerabilities"][1]["en"]


BROKEN: list[tuple[str, Mutation, str | None, str]] = [
    ("wrong instrument id", _set(["instrument"], "otro"), None, "'instrument'"),
    ("version not matching the file name", _set(["version"], 2), "version", "file name"),
    ("bad valid_from", _set(["valid_from"], "pronto"), "valid_from", "ISO date"),
    ("scale not 0-3", _set(["scale"], [{"value": 0, "es": "a", "en": "a"}]), "scale", "0, 1"),
    ("duplicate item code", _dup_item, "physical_v_home_exposed", "duplicate"),
    ("item without English", _del_en, "legal_v_no_legal_support", "'en'"),
    ("negative weight", _set(["groups", 0, "capacities", 1, "weight"], -1),
     "physical_c_home_security", "'weight'"),
    ("weight as text", _set(["threat_ratings", 0, "weight"], "uno"), "seriousness", "number"),
    ("possible factor above 1", _set(["threat_kinds", 1, "factor"], 1.5), "posible", "factor"),
    ("band with unknown level", _set(["bands", 1, "level"], "alto"), "bands#1", "'level'"),
    ("bands not rising", _set(["bands", 2, "min"], 0.1), "extremo", "rise"),
    ("first band above zero", _set(["bands", 0, "min"], 0.1), "bands#0", "start at 0"),
    ("grave rule on unknown rating", _set(["scoring", "grave_imminent"], {"cercania": 3}),
     "scoring", "cercania"),
    ("floor on unknown level", _set(["scoring", "grave_imminent_floor"], "alto"), "scoring",
     "floor"),
    ("no capacity offset", _set(["scoring", "capacity_offset"], 0), "scoring", "offset"),
    ("empty group", _set(["groups", 3, "capacities"], []), "networks", "capacities"),
    ("levels out of order", _set(["levels", 0, "rank"], 5), "levels", "rank"),
    ("bad code", _set(["threat_channels", 0, "code"], "En Persona"), "threat_channels#0",
     "code"),
]


@pytest.mark.parametrize(("mutate", "entry", "words"),
                         [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_file_names_the_file_and_the_entry(tmp_path: Path, mutate: Mutation,
                                                    entry: str | None, words: str) -> None:
    doc = v1_doc()
    mutate(doc)
    path = tmp_path / "instrument-v1.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        risk_instrument.load_file(path)
    assert info.value.path == str(path)
    assert info.value.entry == entry
    assert words in info.value.problem
    assert str(path) in str(info.value)


def test_invalid_json_and_missing_folder_contents(tmp_path: Path) -> None:
    (tmp_path / "instrument-v1.json").write_text("{", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid JSON"):
        risk_instrument.load_file(tmp_path / "instrument-v1.json")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CatalogError, match="file not found"):
        risk_instrument._load_folder(str(empty))


def test_start_up_check_stops_on_a_broken_instrument(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    doc = v1_doc()
    doc["bands"][1]["level"] = "alto"
    (tmp_path / "instrument-v1.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(risk_instrument, "instrument_folder", lambda: tmp_path)
    with pytest.raises(CatalogError) as info:
        risk_instrument.check_all()
    assert info.value.path.endswith("instrument-v1.json") and info.value.entry == "bands#1"


def write_v2(folder: Path, *, valid_from: str = "2026-06-01") -> None:
    """A v2 with heavier digital items, a smaller offset and a lower extraordinary band."""
    doc = v1_doc()
    doc["version"] = 2
    doc["valid_from"] = valid_from
    for item in doc["groups"][6]["vulnerabilities"]:
        item["weight"] = 2.0
    doc["scoring"]["capacity_offset"] = 0.25
    doc["bands"][1]["min"] = 0.2
    (folder / "instrument-v2.json").write_text(json.dumps(doc), encoding="utf-8")


def test_versions_live_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "instrument-v1.json").write_text(V1_PATH.read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    write_v2(tmp_path)
    reg = risk_instrument._load_folder(str(tmp_path))
    assert sorted(reg.versions) == [1, 2]
    assert reg.current(date(2026, 5, 31)).version == 1
    assert reg.current(date(2026, 6, 1)).version == 2
    assert reg.current().version == 2
    assert reg.get(1).capacity_offset == 0.5 and reg.get(2).capacity_offset == 0.25
    with pytest.raises(risk_instrument.UnknownInstrumentVersion):
        reg.get(3)


def test_the_measure_catalog_is_checked_too(tmp_path: Path) -> None:
    cat = measures.catalog()
    assert cat.category_of("escolta") == "urgente"
    assert cat.entry("boton_panico") is not None
    doc = json.loads((risk_instrument.instrument_folder().parent / "catalogs" /
                      "measures.json").read_text(encoding="utf-8"))
    doc["entries"][3]["default_institution"] = "ministerio_de_magia"
    path = tmp_path / "measures.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        measures.load_catalog(path)
    assert info.value.entry == doc["entries"][3]["code"]
    assert "ministerio_de_magia" in info.value.problem
    doc["entries"][3]["default_institution"] = "mpi_cdmx"
    doc["entries"][4]["category"] = "magica"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CatalogError, match="category"):
        measures.load_catalog(path)
