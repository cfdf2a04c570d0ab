"""What the intake builds from typed values, and where its issues point (no Qt)."""

from __future__ import annotations

from datetime import date

from mpi_desktop.domain.people import ContactChannel
from mpi_desktop.ui.cases.fields import parse_date
from mpi_desktop.ui.cases.intake_model import AGGRESSION, LINK, MAIN, build, title_of

TODAY = date(2026, 3, 10)


def main(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {"given_names": "Ana", "profile": "defensora",
                               "opened_on": date(2026, 3, 9), "origin": "solicitud_directa",
                               "contact_kind": "telefono_movil", "contact_value": "",
                               "contact_safe": True, "narrative": "Hechos."}
    base.update(kw)
    return base


def test_minimum_builds_one_person_and_a_case() -> None:
    result = build(main(), [], [], today=TODAY)
    assert result.ok
    assert [p.given_names for p in result.people] == ["Ana"]
    assert result.case.primary_person_id == result.people[0].id
    assert result.case.status == "solicitud" and result.case.narrative == "Hechos."


def test_safe_contact_comes_first_and_its_issue_points_at_it() -> None:
    extra = (ContactChannel("correo", "no-es-correo"),)
    result = build(main(contact_value="12", contacts=extra), [], [], today=TODAY)
    fields = {(p.target, p.issue.field, p.issue.code) for p in result.issues}
    assert (MAIN, "contact_value", "invalid_phone") in fields
    assert (MAIN, "contacts.0.value", "invalid_email") in fields  # the extra list's row 0


def test_blank_blocks_are_ignored_and_filled_ones_validated() -> None:
    links = [{"given_names": "", "first_surname": "", "role": "familiar"},
             {"given_names": "", "first_surname": "Solo apellido", "role": "pareja",
              "profile": "familiar"}]
    aggressions = [{"occurred_on": None, "types": (), "aggressor_type": None},
                   {"occurred_on": None, "types": ("amenazas",), "aggressor_type": None}]
    result = build(main(), links, aggressions, today=TODAY)
    placed = {(p.target, p.index, p.issue.field) for p in result.issues}
    assert placed == {(LINK, 1, "given_names"), (AGGRESSION, 1, "occurred_on"),
                      (AGGRESSION, 1, "aggressor_type")}
    assert len(result.people) == 2 and len(result.aggressions) == 1


def test_missing_profile_and_date_are_issues_not_crashes() -> None:
    result = build(main(profile=None, opened_on=None), [], [], today=TODAY)
    assert {(p.issue.field, p.issue.code) for p in result.issues} >= {
        ("profile", "required"), ("opened_on", "required")}


def test_dates_as_people_type_them() -> None:
    assert parse_date("3/2/2026") == date(2026, 2, 3)
    assert parse_date("03-02-26", today=TODAY) == date(2026, 2, 3)
    assert parse_date("03-02-99", today=TODAY) == date(1999, 2, 3)
    assert parse_date("2026-02-03") == date(2026, 2, 3)
    assert parse_date("03022026") == date(2026, 2, 3)
    assert parse_date("31/02/2026") is None
    assert parse_date("mañana") is None


def test_title_is_the_name_typed_so_far() -> None:
    assert title_of({"given_names": " Ana ", "first_surname": "Ruiz"}) == "Ana Ruiz"
    assert title_of({}) == ""
