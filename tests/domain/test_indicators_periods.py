"""Report periods: bimesters, the comparison period, inclusive bounds."""

from __future__ import annotations

from datetime import date

import pytest

from mpi_desktop.domain.indicators import Period, PeriodError, gender_group, report_format


@pytest.mark.parametrize(("first", "last", "prev_first", "prev_last"), [
    # A bimester compares with the previous calendar bimester, whatever its length.
    (date(2026, 3, 1), date(2026, 4, 30), date(2026, 1, 1), date(2026, 2, 28)),
    (date(2026, 1, 1), date(2026, 2, 28), date(2025, 11, 1), date(2025, 12, 31)),
    # A year with the previous year, a month with the previous month.
    (date(2026, 1, 1), date(2026, 12, 31), date(2025, 1, 1), date(2025, 12, 31)),
    (date(2024, 3, 1), date(2024, 3, 31), date(2024, 2, 1), date(2024, 2, 29)),
    # Any other range: the same number of days just before.
    (date(2026, 3, 10), date(2026, 3, 19), date(2026, 2, 28), date(2026, 3, 9)),
    (date(2026, 3, 15), date(2026, 3, 15), date(2026, 3, 14), date(2026, 3, 14)),
])
def test_previous_period(first: date, last: date, prev_first: date, prev_last: date) -> None:
    previous = Period(first, last).previous()
    assert (previous.first, previous.last) == (prev_first, prev_last)


def test_bimesters() -> None:
    assert Period.bimester(2026, 1) == Period(date(2026, 1, 1), date(2026, 2, 28))
    assert Period.bimester(2024, 1).last == date(2024, 2, 29)
    assert Period.bimester(2026, 6) == Period(date(2026, 11, 1), date(2026, 12, 31))
    assert Period.bimester_of(date(2026, 4, 30)) == Period.bimester(2026, 2)
    assert Period.last_complete_bimester(date(2026, 3, 1)) == Period.bimester(2026, 1)
    assert Period.last_complete_bimester(date(2026, 1, 15)) == Period.bimester(2025, 6)
    assert Period.bimester(2026, 3).bimester_number == 3
    assert Period(date(2026, 2, 1), date(2026, 3, 31)).bimester_number is None
    with pytest.raises(PeriodError):
        Period.bimester(2026, 7)


def test_bounds_are_inclusive_and_order_is_checked() -> None:
    p = Period(date(2026, 3, 1), date(2026, 4, 30))
    assert p.contains(date(2026, 3, 1)) and p.contains(date(2026, 4, 30))
    assert not p.contains(date(2026, 5, 1)) and not p.contains(date(2026, 2, 28))
    assert p.days == 61
    assert p.iso() == "2026-03-01/2026-04-30"
    with pytest.raises(PeriodError):
        Period(date(2026, 5, 1), date(2026, 4, 30))


def test_gender_groups_prefer_identity_over_sex() -> None:
    assert gender_group("mujer_trans", "hombre") == "mujeres"
    assert gender_group("hombre_cis", None) == "hombres"
    assert gender_group("no_binaria", "mujer") == "no_binarias"
    assert gender_group("prefiere_no_decir", "mujer") == "otra_no_especificada"
    assert gender_group(None, "mujer") == "mujeres"
    assert gender_group(None, "intersexual") == "otra_no_especificada"
    assert gender_group(None, None) == "otra_no_especificada"


def test_report_format_by_suffix() -> None:
    from mpi_desktop.domain.indicators import UnsupportedReportFormat

    assert report_format("informe.PDF") == "pdf"
    assert report_format("x.y.csv") == "csv"
    with pytest.raises(UnsupportedReportFormat):
        report_format("informe.docx")
    with pytest.raises(UnsupportedReportFormat):
        report_format("informe")
