"""The demo data as a pure function: deterministic, valid, and shaped like real work."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import date

import pytest

from mpi_desktop.demo import identity
from mpi_desktop.demo.synth import DemoCase, demo_period, generate
from mpi_desktop.domain import catalogs
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.ids import FOLIO_RE, is_uuid
from mpi_desktop.domain.people import fold

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def sample() -> list[DemoCase]:
    return list(generate(2000, seed=2026, today=TODAY))


def test_same_seed_gives_identical_records_and_another_seed_does_not() -> None:
    first = list(generate(150, seed=11, today=TODAY))
    again = list(generate(150, seed=11, today=TODAY))
    other = list(generate(150, seed=12, today=TODAY))
    assert first == again
    assert {c.case.id for c in first}.isdisjoint({c.case.id for c in other})
    assert [c.people[0].full_name for c in first] != [c.people[0].full_name for c in other]
    # Another stream (a second run into the same vault) gives new ids too.
    more = list(generate(150, seed=11, stream="150:210", today=TODAY))
    assert {p.id for c in first for p in c.people}.isdisjoint(
        {p.id for c in more for p in c.people})


def test_the_demo_period_does_not_depend_on_the_day_it_runs() -> None:
    assert demo_period(date(2027, 5, 1)) == demo_period(date(2030, 1, 1))
    early = list(generate(30, seed=1, today=date(2026, 3, 1)))
    assert max(c.case.opened_on for c in early) < date(2026, 3, 1)


def test_every_record_passes_the_domain_validation(sample: list[DemoCase]) -> None:
    problems = []
    for item in sample:
        for person in item.people:
            problems += v.validate_person(person, today=TODAY)
        problems += v.validate_case(item.case, today=TODAY)
        for agg in item.aggressions:
            problems += v.validate_aggression(agg, today=TODAY)
        for att in item.attentions:
            problems += v.validate_attention(att, today=TODAY)
    assert problems == []


def test_ids_folios_and_links_are_consistent(sample: list[DemoCase]) -> None:
    ids = [p.id for c in sample for p in c.people] + [c.case.id for c in sample]
    ids += [e.id for c in sample for e in (*c.aggressions, *c.attentions)]
    assert len(ids) == len(set(ids)) and all(is_uuid(i) for i in ids)
    # Version 7: time-ordered by creation, so bulk inserts stay local in the B-trees.
    assert {uuid.UUID(i).version for i in ids} == {7}
    by_id = sorted(sample, key=lambda c: c.case.id)
    assert [c.case.created_at for c in by_id] == sorted(c.case.created_at for c in sample)
    folios = [c.case.folio for c in sample]
    assert len(set(folios)) == len(folios) and all(FOLIO_RE.match(f) for f in folios)
    for item in sample:
        assert item.case.folio.startswith(f"MPI-{item.case.opened_on.year}-")
        assert [p.person_id for p in item.case.participants] == [p.id for p in item.people]
        assert item.case.primary_person_id == item.people[0].id
        assert all(e.case_id == item.case.id for e in (*item.aggressions, *item.attentions))
        assert item.case.created_at <= item.case.updated_at
    # Folios follow the opening dates within each year.
    by_year: dict[int, list[DemoCase]] = {}
    for item in sample:
        by_year.setdefault(item.case.opened_on.year, []).append(item)
    for items in by_year.values():
        seqs = [int(i.case.folio.rsplit("-", 1)[1]) for i in items]
        assert seqs == sorted(seqs) == list(range(1, len(items) + 1))


def test_alcaldias_are_all_there_weighted_by_population(sample: list[DemoCase]) -> None:
    counts = Counter(c.people[0].alcaldia for c in sample)
    assert set(counts) == set(catalogs.get("alcaldias").codes())
    top = [code for code, _ in counts.most_common(3)]
    assert top[0] == "iztapalapa"
    assert set(top[1:]) == {"gustavo_a_madero", "cuauhtemoc"}
    assert counts["milpa_alta"] < counts["coyoacan"] < counts["iztapalapa"]


def test_the_funnel_and_procedures_look_like_a_mechanism(sample: list[DemoCase]) -> None:
    statuses = Counter(c.case.status for c in sample)
    assert set(statuses) == set(catalogs.get("case_statuses").codes())
    incorporated = [c.case for c in sample if c.case.incorporated_on is not None]
    extraordinary = sum(c.procedure == "extraordinario" for c in incorporated)
    assert 0.18 <= extraordinary / len(incorporated) <= 0.35
    assert statuses["solicitud"] + statuses["en_analisis"] < statuses["incorporado"]
    for case in (c.case for c in sample):
        if case.status == "concluido":
            assert case.closing_reason and case.closed_on and case.closing_notes
        if case.procedure == "extraordinario":
            assert case.incorporated_on is not None
            assert (case.incorporated_on - case.opened_on).days <= 3
    reasons = Counter(c.case.closing_reason for c in sample if c.case.closing_reason)
    assert reasons.most_common(1)[0][0] == "riesgo_superado" and len(reasons) >= 5


def test_years_grow_and_origins_include_ciudad_refugio(sample: list[DemoCase]) -> None:
    years = Counter(c.case.opened_on.year for c in sample)
    assert sorted(years) == list(range(2019, 2027))
    assert years[2025] > 1.8 * years[2019]
    refugio = [c.case for c in sample if c.case.origin == "ciudad_refugio"]
    assert 0.02 <= len(refugio) / len(sample) <= 0.09
    assert all(re.fullmatch(r"SEGOB/MPF/20\d\d/\d{4}", c.federal_folio) for c in refugio)
    assert all(c.case.federal_folio == "" for c in sample if c.case.origin != "ciudad_refugio")


def test_people_events_and_contacts_have_realistic_spread(sample: list[DemoCase]) -> None:
    linked = sum(len(c.people) > 1 for c in sample) / len(sample)
    assert 0.25 <= linked <= 0.35
    roles = Counter(p.role for c in sample for p in c.case.participants[1:])
    assert {"familiar", "hijo_hija", "pareja", "colega"} <= set(roles)
    assert {len(c.aggressions) for c in sample} == {1, 2, 3, 4}
    assert {len(c.attentions) for c in sample} == {0, 1, 2, 3, 4, 5}
    referrals = [a for c in sample for a in c.attentions if a.kind == "canalizacion"]
    assert referrals and all(a.institution for a in referrals)
    assert len({a.institution for a in referrals}) >= 15
    profiles = Counter(c.people[0].profile for c in sample)
    assert profiles["defensora"] > profiles["periodista"] > profiles["colaboradora"] > 100
    sexes = Counter(c.people[0].sex for c in sample)
    assert sexes["mujer"] > 0.4 * len(sample) and sexes["hombre"] > 0.35 * len(sample)
    genders = Counter(p.gender_identity for c in sample for p in c.people)
    assert {"mujer_trans", "hombre_trans", "no_binaria"} <= set(genders)
    contacts = [ch for c in sample for p in c.people for ch in p.contacts]
    phones = [ch.value for ch in contacts if ch.kind in ("telefono_movil", "whatsapp")]
    shapes = {re.sub(r"\d", "9", value) for value in phones}
    assert len(shapes) >= 6  # "55 1234 5678", "+52 55…", "(55) 1234-5678", …
    emails = [ch.value for ch in contacts if ch.kind == "correo"]
    assert emails and all(e.split("@")[1].split(".")[-1] in ("org", "com", "net", "example")
                          and "example" in e for e in emails)
    assert any(ch.safe and ch.kind == "mensajeria_segura" for ch in contacts)


def test_documents_consent_and_oppositions(sample: list[DemoCase]) -> None:
    people = [p for c in sample for p in c.people]
    curps = [d.number for p in people for d in p.documents if d.kind == "curp"]
    assert len(curps) > 300 and all(v.CURP_RE.match(n) for n in curps)
    assert {d.kind for p in people for d in p.documents} >= {"curp", "rfc", "ine"}
    primaries = [c.people[0] for c in sample]
    assert sum(p.consent for p in primaries) > 0.85 * len(primaries)
    assert all(p.consent_date for p in people if p.consent)
    opposed = [p for p in people if p.arco_opposition]
    assert 2 <= len(opposed) <= 40 and all(p.opposition_date for p in opposed)


def test_hard_names_are_present(sample: list[DemoCase]) -> None:
    people = [p for c in sample for p in c.people]
    names = [p.full_name for p in people]
    surnames = [s for p in people for s in (p.first_surname, p.second_surname)]
    assert any("ñ" in n.lower() for n in names)
    assert any("ü" in n.lower() for n in names)
    assert any(fold(n) != n.casefold() for n in names)  # accents
    assert any(s.startswith(("de la ", "del ", "de los ")) for s in surnames)
    assert any("-" in s for s in surnames)
    givens = {p.given_names for p in people}
    assert {"María José", "José María"} <= givens
    assert all("  " not in n and n == n.strip() for n in names)


def test_curp_is_built_like_the_real_one() -> None:
    value = identity.curp(given="María José", first="de la Cruz", second="Peña",
                          born=date(1986, 4, 12), sex="mujer", state="DF")
    # Particles and a leading "María" are skipped, Ñ counts as X.
    assert value.startswith("CUPJ860412MDFRXS0")
    assert v.CURP_RE.match(value)
    no_second = identity.curp(given="Ángel", first="Ñúñez", second="", born=date(2003, 1, 5),
                              sex="hombre", state="NE")
    assert no_second.startswith("XUXA030105HNEXXN") and no_second[16] == "A"


def test_narratives_are_spanish_and_match_the_first_aggression(
        sample: list[DemoCase]) -> None:
    for item in sample[:200]:
        text = item.case.narrative
        assert 150 < len(text) < 2000
        assert "Relata que" in text and "probables responsables" in text
        first = item.aggressions[0]
        assert first.description and first.place
        # The narrative names the same aggressor the first aggression records.
        who = first.description.split("probables responsables a ", 1)[1].split(".")[0]
        assert f"probables responsables a {who}." in text
