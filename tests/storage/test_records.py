"""Repositories, search, filters and history on a real encrypted vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mpi_desktop.domain import validation as v
from mpi_desktop.storage import audit, case_index, case_query
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.records import FolioTaken, Records
from mpi_desktop.storage.vault import Vault
from tests.factories import aggression, attention, case_for, person


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def test_round_trip_of_a_whole_case(records: Records) -> None:
    p1, p2 = person(), person(given_names="Ñoño", first_surname="Núñez", second_surname="",
                              profile="familiar", aliases=(), documents=(), contacts=())
    case = records.open_case(case_for(p1, p2), [p1, p2])
    assert case.folio == "MPI-2026-0001"
    agg = records.save_aggression(aggression(case.id))
    att = records.save_attention(attention(case.id, kind="canalizacion", institution="fgjcdmx"))
    bundle = records.bundle(case.id)
    # Adding events touches the case's updated_at; everything else is as saved.
    assert replace(bundle.case, updated_at=case.updated_at) == case
    assert bundle.case.updated_at > case.updated_at
    assert bundle.people[p1.id] == replace(p1, created_at=bundle.people[p1.id].created_at,
                                            updated_at=bundle.people[p1.id].updated_at)
    assert bundle.primary is not None and bundle.primary.id == p1.id
    assert bundle.aggressions == [agg] and bundle.attentions == [att]


def test_folios_are_sequential_per_year_and_unique(records: Records) -> None:
    folios = []
    for year in (2025, 2026, 2026):
        p = person()
        folios.append(records.open_case(case_for(p, opened_on=date(year, 5, 1)), [p]).folio)
    assert folios == ["MPI-2025-0001", "MPI-2026-0001", "MPI-2026-0002"]
    p = person()
    with pytest.raises(FolioTaken):
        records.open_case(case_for(p, folio="MPI-2026-0002"), [p])


def test_invalid_record_is_refused_and_nothing_is_written(records: Records) -> None:
    p = person()
    bad = case_for(p, status="incorporado")
    with pytest.raises(v.ValidationFailed) as info:
        records.open_case(bad, [p])
    assert {i.code for i in info.value.issues} == {"required_for_incorporation"}
    with records.vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0


@pytest.mark.parametrize("query", ["jose", "JOSÉ", "josé de la cruz", "pena", "cronista",
                                   "MPI-2026-0001", "2026-0001", "redaccion", "intimidatorios",
                                   "Marí"])
def test_search_is_accent_and_case_insensitive(records: Records, query: str) -> None:
    p = person()
    case = records.open_case(case_for(p), [p])
    records.save_aggression(aggression(case.id))
    with records.vault.read() as conn:
        assert case_query.list_nums(conn, CaseFilter(text=query)) != []
        assert case_query.list_nums(conn, CaseFilter(text="zzzinexistente")) == []


def test_search_text_with_fts_syntax_is_harmless(records: Records) -> None:
    p = person()
    records.open_case(case_for(p), [p])
    with records.vault.read() as conn:
        for text in ['"', "NEAR(", "*", "a OR b", "col:jose", "'; DROP TABLE person; --"]:
            case_query.list_nums(conn, CaseFilter(text=text))


def test_filters_and_sorting(records: Records) -> None:
    made = []
    for i, (alc, status, prof) in enumerate([("coyoacan", "solicitud", "periodista"),
                                             ("tlalpan", "en_analisis", "defensora"),
                                             ("coyoacan", "en_analisis", "defensora")]):
        p = person(alcaldia=alc, profile=prof, given_names=f"Persona{i}")
        made.append(records.open_case(case_for(p, status=status,
                                               opened_on=date(2026, 3, 1 + i)), [p]))
    with records.vault.read() as conn:
        def folios(f: CaseFilter, **kw: object) -> list[str]:
            rows = case_query.page(conn, f, **kw)  # type: ignore[arg-type]
            return [r.folio for r in rows]
        assert folios(CaseFilter(alcaldias=("coyoacan",))) == [made[2].folio, made[0].folio]
        assert folios(CaseFilter(statuses=("en_analisis",), profiles=("defensora",)),
                      sort="opened_on", descending=False) == [made[1].folio, made[2].folio]
        assert folios(CaseFilter(opened_from=date(2026, 3, 2), opened_to=date(2026, 3, 2))) == [
            made[1].folio]
        assert case_query.count(conn, CaseFilter()) == 3
        names = [r.primary_name for r in case_query.page(conn, CaseFilter(), sort="name",
                                                         descending=False)]
        assert names == sorted(names)


def test_field_history_records_who_when_before_after(records: Records) -> None:
    p = person()
    case = records.open_case(case_for(p), [p])
    records.save_person(replace(records.person(p.id), alcaldia="tlalpan", aliases=()))
    records.save_case(replace(records.bundle(case.id).case, status="en_analisis"))
    hist = records.history(case.id)
    changes = {(h.entity, h.field): (h.before, h.after) for h in hist if h.action == "update"}
    assert changes[("person", "alcaldia")] == ('"cuauhtemoc"', '"tlalpan"')
    assert changes[("case", "status")] == ('"solicitud"', '"en_analisis"')
    assert all(h.actor == "prueba" for h in hist)
    with records.vault.read() as conn:
        actions = [a.action for a in audit.entries(conn)]
        entries = audit.entries(conn, entity="person")
    assert "person.update" in actions and "case.update" in actions
    assert entries[0].details == {"fields": ["aliases", "alcaldia"]}


def test_saving_unchanged_record_writes_nothing(records: Records) -> None:
    p = person()
    case = records.open_case(case_for(p), [p])
    before = len(records.history(case.id))
    records.save_case(records.bundle(case.id).case)
    assert len(records.history(case.id)) == before


def test_person_edit_updates_list_columns_and_search(records: Records) -> None:
    p = person()
    case = records.open_case(case_for(p), [p])
    records.save_person(replace(records.person(p.id), given_names="Xóchitl"))
    with records.vault.read() as conn:
        assert case_query.list_nums(conn, CaseFilter(text="xochitl")) != []
        assert case_query.list_nums(conn, CaseFilter(text="maria")) == []
        row = case_query.rows(conn, case_query.list_nums(conn, CaseFilter()))
        assert next(iter(row.values())).primary_name.startswith("Xóchitl")
        assert "xochitl" in case_index.vocabulary(conn)
    assert case.id


def test_deleting_events_and_cases(records: Records) -> None:
    p = person()
    case = records.open_case(case_for(p), [p])
    agg = records.save_aggression(aggression(case.id, description="palabraunica"))
    with records.vault.read() as conn:
        assert case_query.list_nums(conn, CaseFilter(text="palabraunica"))
    records.delete_aggression(agg.id)
    with records.vault.read() as conn:
        assert not case_query.list_nums(conn, CaseFilter(text="palabraunica"))
    records.delete_case(case.id)
    with records.vault.read() as conn:
        assert case_query.count(conn, CaseFilter()) == 0
        assert conn.execute("SELECT count(*) FROM aggression").fetchone()[0] == 0


def test_large_result_path_matches_the_sql_path(records: Records,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches with many hits filter a cached ordering; results must be identical,
    and a write must invalidate the cache."""
    made = []
    for i in range(6):
        p = person(given_names=f"Nombre{i}", alcaldia="coyoacan" if i % 2 else "tlalpan")
        made.append(records.open_case(case_for(p, opened_on=date(2026, 1, 1 + i),
                                               narrative="amenaza común"), [p]))
    with records.vault.read() as conn:
        expected = {s: case_query.list_nums(conn, CaseFilter(text="amenaza"), sort=s)
                    for s in case_query.SORTS}
        filtered = case_query.list_nums(conn, CaseFilter(text="amenaza",
                                                         alcaldias=("coyoacan",)))
    monkeypatch.setattr(case_query, "BIG_RESULT", 1)
    with records.vault.read() as conn:
        for s, nums in expected.items():
            assert case_query.list_nums(conn, CaseFilter(text="amenaza"), sort=s) == nums
        assert case_query.list_nums(conn, CaseFilter(text="amenaza",
                                                     alcaldias=("coyoacan",))) == filtered
        assert case_query.list_nums(conn, CaseFilter(text="amenaza"), limit=2) == \
            expected["opened_on"][:2]
    p = person(given_names="Nueva")
    newest = records.open_case(case_for(p, opened_on=date(2026, 2, 1),
                                        narrative="otra amenaza"), [p])
    with records.vault.read() as conn:
        nums = case_query.list_nums(conn, CaseFilter(text="amenaza"))
        assert case_query.rows(conn, nums[:1])[nums[0]].id == newest.id
    assert made


def test_particles_do_not_widen_the_search() -> None:
    from mpi_desktop.storage.case_index import match_expression

    assert match_expression("María de la Cruz") == '"maria"* AND "cruz"*'
    assert match_expression("de la") == '"de"* AND "la"*'
    assert match_expression("p") == '"p"'
