"""Every kind of invalid document: the right JSON path and code, nothing written."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mpi_desktop import i18n
from mpi_desktop.interchange.errors import InvalidImport
from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.importer import import_bytes, import_file
from mpi_desktop.interchange.limits import Limits
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage.vault import Vault
from mpi_desktop.texts.records import describe_error
from tests.conftest import PASSPHRASE
from tests.interchange.helpers import another_vault, digest, fill

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory,
           vault_template: tuple[Path, str]) -> Iterator[tuple[Vault, Doc]]:
    """One filled vault and its export: invalid imports must leave it as it is."""
    folder = tmp_path_factory.mktemp("invalid")
    vault = another_vault(folder, vault_template[0], "vault")
    fill(vault)
    export(vault, ExportRequest(), folder / "x.json", passphrase=None, plaintext=True)
    yield vault, json.loads((folder / "x.json").read_text(encoding="utf-8"))
    vault.lock()


def _index(doc: Doc, section: str, pred: Callable[[Doc], bool]) -> int:
    return next(i for i, item in enumerate(doc[section]) if pred(item))


def _guadalupe(d: Doc) -> int:
    return _index(d, "people", lambda p: p["given_names"] == "Guadalupe")


def _two_people_case(d: Doc) -> int:
    return _index(d, "cases", lambda c: len(c["participants"]) == 2)


def _m_missing(d: Doc) -> str:
    del d["people"][0]["given_names"]
    return "$.people[0].given_names"


def _m_unknown_field(d: Doc) -> str:
    d["people"][2]["apodo"] = "x"
    return "$.people[2].apodo"


def _m_dollar_key(d: Doc) -> str:
    d["$schema"] = "http://example.invalid/otro.json"
    return '$["$schema"]'


def _m_typo_section(d: Doc) -> str:
    d["risk_asessments"] = []
    return "$.risk_asessments"


def _m_wrong_type(d: Doc) -> str:
    d["people"][1]["consent"] = "sí"
    return "$.people[1].consent"


def _m_primary_string(d: Doc) -> str:
    d["cases"][0]["participants"][0]["is_primary"] = "true"
    return "$.cases[0].participants[0].is_primary"


def _m_section_not_list(d: Doc) -> str:
    d["people"] = {"a": 1}
    return "$.people"


def _m_bad_uuid(d: Doc) -> str:
    d["cases"][1]["id"] = "ABC"
    return "$.cases[1].id"


def _m_upper_uuid(d: Doc) -> str:
    d["people"][3]["id"] = d["people"][3]["id"].upper()
    return "$.people[3].id"


def _m_bad_date_format(d: Doc) -> str:
    d["cases"][2]["opened_on"] = "03/02/2026"
    return "$.cases[2].opened_on"


def _m_missing_scope(d: Doc) -> str:
    del d["scope"]
    return "$.scope"


def _m_name_too_long(d: Doc) -> str:
    d["people"][4]["given_names"] = "A" * 121
    return "$.people[4].given_names"


def _m_text_too_long(d: Doc) -> str:
    d["cases"][0]["narrative"] = "x" * 20_001
    return "$.cases[0].narrative"


def _m_control_character(d: Doc) -> str:
    d["people"][0]["notes"] = "antes\x00después"
    return "$.people[0].notes"


def _m_impossible_date(d: Doc) -> str:
    d["aggressions"][1]["occurred_on"] = "2026-02-30"
    return "$.aggressions[1].occurred_on"


def _m_future_date(d: Doc) -> str:
    d["attentions"][0]["occurred_on"] = "2999-01-01"
    return "$.attentions[0].occurred_on"


def _m_unknown_code(d: Doc) -> str:
    d["cases"][1]["status"] = "archivado"
    return "$.cases[1].status"


def _m_invalid_email(d: Doc) -> str:
    i = _index(d, "people", lambda p: p["given_names"] == "María José")
    d["people"][i]["contacts"][1]["value"] = "no-es-correo"
    return f"$.people[{i}].contacts[1].value"


def _m_unknown_person(d: Doc) -> str:
    i = _two_people_case(d)
    d["cases"][i]["participants"][1]["person_id"] = str(uuid.uuid4())
    return f"$.cases[{i}].participants[1].person_id"


def _m_unknown_case(d: Doc) -> str:
    d["aggressions"][0]["case_id"] = str(uuid.uuid4())
    return "$.aggressions[0].case_id"


def _m_case_mismatch(d: Doc) -> str:
    other = next(c["id"] for c in d["cases"] if c["id"] != d["attentions"][1]["case_id"])
    d["attentions"][1]["case_id"] = other
    return "$.attentions[1].case_id"


def _m_duplicate_uuid(d: Doc) -> str:
    d["people"].append(copy.deepcopy(d["people"][0]))
    return "$.people[5].id"


def _m_duplicate_folio(d: Doc) -> str:
    d["cases"][1]["folio"] = d["cases"][0]["folio"]
    return "$.cases[1].folio"


def _m_folio_taken(d: Doc) -> str:
    d["cases"][2]["id"] = str(uuid.uuid4())  # a new case with an existing folio
    return "$.cases[2].folio"


def _m_two_primaries(d: Doc) -> str:
    i = _two_people_case(d)
    for p in d["cases"][i]["participants"]:
        p["is_primary"] = True
    return f"$.cases[{i}].participants"


def _m_no_participants(d: Doc) -> str:
    d["cases"][0]["participants"] = []
    return "$.cases[0].participants"


def _m_bad_curp(d: Doc) -> str:
    i = _index(d, "people", lambda p: p["given_names"] == "María José")
    d["people"][i]["documents"][0]["number"] = "NO-ES-CURP"
    return f"$.people[{i}].documents[0].number"


def _m_newer_version(d: Doc) -> str:
    d["version"] = 2
    return "$.version"


def _m_not_ours(d: Doc) -> str:
    d["format"] = "otra-cosa"
    return "$.format"


def _m_bool_version(d: Doc) -> str:
    d["version"] = True
    return "$.version"


def _m_referral_without_institution(d: Doc) -> str:
    i = _index(d, "attentions", lambda a: a["kind"] == "canalizacion")
    d["attentions"][i]["institution"] = None
    return f"$.attentions[{i}].institution"


MUTATIONS: list[tuple[Callable[[Doc], str], str]] = [
    (_m_missing, "missing_property"), (_m_unknown_field, "unknown_property"),
    (_m_dollar_key, "unknown_property"), (_m_typo_section, "unknown_property"),
    (_m_wrong_type, "wrong_type"), (_m_primary_string, "wrong_type"),
    (_m_section_not_list, "wrong_type"), (_m_bad_uuid, "bad_format"),
    (_m_upper_uuid, "bad_format"), (_m_bad_date_format, "bad_format"),
    (_m_missing_scope, "missing_property"), (_m_name_too_long, "too_long"),
    (_m_text_too_long, "string_too_long"), (_m_control_character, "control_character"),
    (_m_impossible_date, "invalid_date"), (_m_future_date, "future_date"),
    (_m_unknown_code, "unknown_code"), (_m_invalid_email, "invalid_email"),
    (_m_unknown_person, "unknown_person"), (_m_unknown_case, "unknown_case"),
    (_m_case_mismatch, "case_mismatch"), (_m_duplicate_uuid, "duplicate_in_file"),
    (_m_duplicate_folio, "duplicate_folio_in_file"), (_m_folio_taken, "folio_taken"),
    (_m_two_primaries, "one_primary"), (_m_no_participants, "required"),
    (_m_bad_curp, "invalid_curp"), (_m_newer_version, "newer_version"),
    (_m_not_ours, "not_interchange"), (_m_bool_version, "wrong_type"),
    (_m_referral_without_institution, "required_for_referral"),
]


@pytest.mark.parametrize(("mutate", "code"), MUTATIONS, ids=[m.__name__[3:] for m, _ in
                                                              MUTATIONS])
def test_invalid_document_names_the_path_and_writes_nothing(
        shared: tuple[Vault, Doc], mutate: Callable[[Doc], str], code: str) -> None:
    vault, doc = shared
    bad = copy.deepcopy(doc)
    path = mutate(bad)
    before = digest(vault)
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(bad, ensure_ascii=False).encode())
    found = [(i.path, i.code) for i in info.value.issues]
    assert (path, code) in found, found
    assert info.value.exit_code == 5
    assert digest(vault) == before


@pytest.mark.parametrize(("raw", "code"), [
    (b"\xff\xfe{}", "not_utf8"), (b'{"format": ', "invalid_json"),
    (b'{"a": 1, "a": 2}', "duplicate_key"), (b'{"version": NaN}', "invalid_number"),
    (b'{"version": 1e999}', "invalid_number"), (b"1" * 5000, "invalid_number"),
    (b"[" * 100_000 + b"]" * 100_000, "too_deep"), (b"[]", "not_an_object"),
    (b"", "invalid_json"), (b"\xef\xbb\xbf{}", "invalid_json"),
])
def test_malformed_bytes_are_refused_cleanly(shared: tuple[Vault, Doc], raw: bytes,
                                             code: str) -> None:
    vault, _doc = shared
    before = digest(vault)
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, raw)
    assert [(i.path, i.code) for i in info.value.issues] == [("$", code)]
    assert digest(vault) == before


def test_every_problem_is_reported_at_once(shared: tuple[Vault, Doc]) -> None:
    vault, doc = shared
    bad = copy.deepcopy(doc)
    expected = {(_m_impossible_date(bad), "invalid_date"),
                (_m_unknown_code(bad), "unknown_code"),
                (_m_unknown_case(bad), "unknown_case"),
                (_m_duplicate_folio(bad), "duplicate_folio_in_file")}
    # The same two edits also conflict with the vault: the aggression exists there
    # under its real case, and the folio belongs to another case there.
    expected |= {("$.aggressions[0].case_id", "case_mismatch"),
                 ("$.cases[1].folio", "folio_taken")}
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(bad).encode())
    assert {(i.path, i.code) for i in info.value.issues} == expected


def test_schema_problems_are_all_listed_in_document_order(shared: tuple[Vault, Doc]) -> None:
    vault, doc = shared
    bad = copy.deepcopy(doc)
    paths = [_m_missing(bad), _m_bad_uuid(bad), _m_wrong_type(bad), _m_unknown_field(bad)]
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(bad).encode())
    assert [i.path for i in info.value.issues] == sorted(paths, key=lambda p: (
        0 if p.startswith("$.people") else 1, p))


def test_the_list_of_problems_is_capped(shared: tuple[Vault, Doc]) -> None:
    vault, doc = shared
    bad = copy.deepcopy(doc)
    for agg in bad["aggressions"]:
        agg["types"] = [f"tipo_{n}" for n in range(20)]
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(bad).encode(), limits=Limits(max_errors=5))
    issues = info.value.issues
    assert len(issues) == 6 and issues[-1].code == "too_many_errors"
    assert issues[-1].params["more"] > 0


# --- size limits --------------------------------------------------------------------------


def test_a_file_too_big_is_refused_before_it_is_read(shared: tuple[Vault, Doc],
                                                     tmp_path: Path) -> None:
    vault, _doc = shared
    big = tmp_path / "grande.json"
    with big.open("wb") as fh:  # sparse: nothing is really written, nothing could parse
        fh.truncate(10 * 1024 * 1024)
    with pytest.raises(InvalidImport) as info:
        import_file(vault, big, ask_passphrase=lambda: "", limits=Limits(max_file_bytes=4096))
    assert [(i.path, i.code, i.params) for i in info.value.issues] == [
        ("$", "file_too_large", {"limit": 4096})]


@pytest.mark.parametrize(("limits", "path", "code"), [
    (Limits(max_items=4), "$.people", "too_many_items"),
    (Limits(max_total_items=8), "$", "too_many_items"),
    (Limits(max_depth=4), "$.people[0].contacts[0]", "too_deep"),
    (Limits(max_string=20), "$.cases[0].narrative", "string_too_long"),
    (Limits(max_file_bytes=1000), "$", "file_too_large"),
])
def test_limits(shared: tuple[Vault, Doc], limits: Limits, path: str, code: str) -> None:
    vault, doc = shared
    i = next(n for n, p in enumerate(doc["people"]) if p["contacts"])
    d = copy.deepcopy(doc)
    d["people"].insert(0, d["people"].pop(i))  # a person with contacts first
    long_case = next(n for n, c in enumerate(d["cases"]) if len(c["narrative"]) > 20)
    d["cases"].insert(0, d["cases"].pop(long_case))
    before = digest(vault)
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(d).encode(), limits=limits)
    assert (path, code) in [(x.path, x.code) for x in info.value.issues]
    assert digest(vault) == before


def test_problems_read_in_spanish(shared: tuple[Vault, Doc]) -> None:
    vault, doc = shared
    bad = copy.deepcopy(doc)
    path = _m_unknown_person(bad)
    with pytest.raises(InvalidImport) as info:
        import_bytes(vault, json.dumps(bad).encode())
    i18n.install("es")
    try:
        text = describe_error(info.value)
    finally:
        i18n.install("en")
    assert text.splitlines() == [
        "No se puede importar el archivo; no se importó nada. Problemas encontrados: 1",
        f"{path}: Esta persona no está ni en el archivo ni en la bóveda."]
    assert PASSPHRASE not in text
