"""The case list over thousands of real encrypted rows: paging, sorting, filters, search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import case_query
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.records import Records
from mpi_desktop.ui.cases.case_table import NAME_MIN_WIDTH
from mpi_desktop.ui.cases.list_model import COLUMN_KEYS, LOADING, PAGE, CaseListModel
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.session import Session
from tests.factories import case_for, person
from tests.ui.cases.conftest import BIG
from tests.ui.driving import WAIT_MS, settle

FOLIO, NAME = COLUMN_KEYS.index("folio"), COLUMN_KEYS.index("name")


def text(model: CaseListModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def load_row(qtbot: QtBot, session: Session, model: CaseListModel, row: int) -> None:
    model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: model.is_loaded(row), timeout=WAIT_MS)
    settle(qtbot, session)


def wait_count(qtbot: QtBot, section: CasesSection, expected: Callable[[int], bool]) -> None:
    model = section.list_page.model
    qtbot.waitUntil(lambda: not model.loading and expected(model.rowCount()), timeout=WAIT_MS)
    settle(qtbot, section.session)


def test_rows_arrive_a_page_at_a_time_in_sql_order(
        qtbot: QtBot, big_session: Session,
        make_section: Callable[[Session], CasesSection]) -> None:
    # A bare model: no view asks for rows behind the test's back.
    model = CaseListModel(big_session)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == BIG, timeout=WAIT_MS)
    far = 17 * PAGE + 3
    assert text(model, far, FOLIO) == LOADING  # placeholder while its page loads
    assert not model.is_loaded(far)
    load_row(qtbot, big_session, model, far)
    # That page was fetched, and the next one ahead (reading goes down); no others.
    assert model.is_loaded(17 * PAGE) and model.is_loaded(18 * PAGE - 1)
    assert model.is_loaded(18 * PAGE) and model.is_loaded(19 * PAGE - 1)
    assert not model.is_loaded(16 * PAGE + 99) and not model.is_loaded(19 * PAGE)
    assert not model.is_loaded(0)
    with big_session.vault.read() as conn:
        expected = case_query.page(conn, CaseFilter(), offset=17 * PAGE, limit=PAGE)
    assert [text(model, 17 * PAGE + i, FOLIO) for i in range(PAGE)] == [r.folio for r in expected]
    assert text(model, far, NAME) == expected[3].primary_name


def test_sorting_by_header_is_done_in_sql(
        qtbot: QtBot, big_session: Session,
        make_section: Callable[[Session], CasesSection]) -> None:
    section = make_section(big_session)
    page = section.list_page
    model = page.model
    wait_count(qtbot, section, lambda n: n == BIG)
    header = page.table.horizontalHeader()
    header.setSortIndicator(FOLIO, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.sort_key == "folio" and not model.loading, timeout=WAIT_MS)
    load_row(qtbot, big_session, model, 0)
    load_row(qtbot, big_session, model, BIG - 1)
    with big_session.vault.read() as conn:
        first = case_query.page(conn, CaseFilter(), limit=1, sort="folio", descending=False)
        last = case_query.page(conn, CaseFilter(), limit=1, sort="folio", descending=True)
    assert text(model, 0, FOLIO) == first[0].folio
    assert text(model, BIG - 1, FOLIO) == last[0].folio
    # The procedure column cannot be sorted: the order and the indicator stay.
    header.setSortIndicator(COLUMN_KEYS.index("procedure"), Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "folio"
    assert header.sortIndicatorSection() == FOLIO


def test_filters_change_the_rows_and_the_count(
        qtbot: QtBot, big_session: Session,
        make_section: Callable[[Session], CasesSection]) -> None:
    section = make_section(big_session)
    page = section.list_page
    model = page.model
    wait_count(qtbot, section, lambda n: n == BIG)
    alcaldia = page.findChild(QComboBox, "filterAlcaldia")
    assert alcaldia is not None
    alcaldia.setCurrentIndex(alcaldia.findData("tlalpan"))
    wait_count(qtbot, section, lambda n: 0 < n < BIG)
    tlalpan = model.rowCount()
    with big_session.vault.read() as conn:
        assert tlalpan == case_query.count(conn, CaseFilter(alcaldias=("tlalpan",)))
    assert f"{tlalpan:,}" in page.count_label.text()
    for row in (0, tlalpan - 1):
        load_row(qtbot, big_session, model, row)
        assert text(model, row, COLUMN_KEYS.index("alcaldia")) == "Tlalpan"

    status = page.findChild(QComboBox, "filterStatus")
    assert status is not None
    status.setCurrentIndex(status.findData("closed"))
    wait_count(qtbot, section, lambda n: 0 < n < tlalpan)
    load_row(qtbot, big_session, model, 0)
    assert text(model, 0, COLUMN_KEYS.index("status")) == "Closed"

    page.date_from.set_value(date(2025, 1, 1))
    page.date_to.set_value(date(2025, 1, 31))
    page.apply_filter()
    wait_count(qtbot, section, lambda n: n < tlalpan)
    with big_session.vault.read() as conn:
        closed = tuple(c for c in ("no_incorporado", "canalizado", "concluido"))
        assert model.rowCount() == case_query.count(conn, CaseFilter(
            alcaldias=("tlalpan",), statuses=closed, opened_from=date(2025, 1, 1),
            opened_to=date(2025, 1, 31)))

    page.clear_filters()
    wait_count(qtbot, section, lambda n: n == BIG)


def test_search_is_accent_insensitive_and_debounced(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    records = Records(session.vault)
    jose = person(given_names="José Ángel", first_surname="Pérez", second_surname="Núñez")
    other = person(given_names="Ximena", first_surname="Ortiz", second_surname="")
    for p in (jose, other):
        records.open_case(case_for(p), [p])
    section = make_section(session)
    model = section.list_page.model
    wait_count(qtbot, section, lambda n: n == 2)
    search = section.list_page.findChild(QLineEdit, "caseSearch")
    assert search is not None
    qtbot.keyClicks(search, "jose nunez")
    assert model.rowCount() == 2  # not yet: the search waits for typing to pause
    wait_count(qtbot, section, lambda n: n == 1)
    load_row(qtbot, session, model, 0)
    assert text(model, 0, NAME) == "José Ángel Pérez Núñez"


def test_discreet_mode_shows_initials_until_the_case_is_opened(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    p = person(given_names="María José", first_surname="de la Cruz", second_surname="Peña")
    case = Records(session.vault).open_case(case_for(p), [p])
    session.settings.discreet_mode = True
    section = make_section(session)
    model = section.list_page.model
    wait_count(qtbot, section, lambda n: n == 1)
    load_row(qtbot, session, model, 0)
    assert text(model, 0, NAME) == "M. J. C. P."
    section.show_case(case.id)
    settle(qtbot, session)
    assert "María José de la Cruz Peña" in section.case_view.name_label.text()
    session.settings.discreet_mode = False
    section.refresh()
    assert text(model, 0, NAME) == "María José de la Cruz Peña"


def test_a_row_that_cannot_load_is_disabled_not_an_error(
        qtbot: QtBot, session: Session) -> None:
    records = Records(session.vault)
    ids = []
    for _ in range(3):
        p = person()
        ids.append(records.open_case(case_for(p), [p]).id)
    model = CaseListModel(session)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    with session.vault.read() as conn:
        doomed_num = conn.execute("SELECT num FROM case_file WHERE id = ?",
                                  (ids[1],)).fetchone()[0]
    records.delete_case(ids[1])  # gone after the numbers were fetched
    row = model.row_of_num(doomed_num)
    assert row is not None
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=WAIT_MS)
    settle(qtbot, session)
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert text(model, row, FOLIO) == "(unavailable)"
    others = [r for r in range(3) if r != row]
    assert all(model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsEnabled for r in others)


def test_keyboard_ctrl_f_searches_and_enter_opens(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    p = person(given_names="Ximena", first_surname="Ortiz")
    case = Records(session.vault).open_case(case_for(p), [p])
    section = make_section(session)
    wait_count(qtbot, section, lambda n: n == 1)
    table = section.list_page.findChild(QTableView, "caseTable")
    search = section.list_page.findChild(QLineEdit, "caseSearch")
    assert table is not None and search is not None
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow, timeout=WAIT_MS)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)  # from the search box into the list
    assert table.hasFocus() and table.currentIndex().row() == 0
    load_row(qtbot, session, section.list_page.model, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(qtbot, session)
    assert section.current_page() is section.case_view
    assert section.case_view.case_id == case.id


def test_the_name_column_takes_the_spare_room_but_stays_readable(
        qtbot: QtBot, section: CasesSection) -> None:
    table = section.list_page.table
    header = table.horizontalHeader()
    others = sum(header.sectionSize(i) for i in range(header.count()) if i != NAME)

    section.resize(others + 600, 700)
    qtbot.waitUntil(lambda: header.sectionSize(NAME) > NAME_MIN_WIDTH + 100, timeout=WAIT_MS)
    # Wide window: the name fills the row exactly, nothing to scroll sideways.
    assert header.sectionSize(NAME) + others == table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()

    section.resize(700, 700)
    qtbot.waitUntil(lambda: header.sectionSize(NAME) == NAME_MIN_WIDTH, timeout=WAIT_MS)
    # Narrow window: the name keeps its minimum and the list scrolls sideways.
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible(), timeout=WAIT_MS)

    header.resizeSection(COLUMN_KEYS.index("alcaldia"), 40)  # the user narrows a column
    section.resize(others + 600, 700)
    qtbot.waitUntil(lambda: header.sectionSize(NAME) + sum(
        header.sectionSize(i) for i in range(header.count()) if i != NAME)
        == table.viewport().width(), timeout=WAIT_MS)
