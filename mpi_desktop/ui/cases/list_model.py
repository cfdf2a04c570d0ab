"""The case list model: a table over case numbers with a row cache and SQL paging.

Anki's browser model is the reference.  On each filter or sort change the ordered
case numbers of every match are fetched once, off the UI thread (50,000 integers
are cheap).  Display rows are fetched a page at a time only when the view asks
for a row that is not cached; until then the row shows "…", and ``dataChanged``
repaints it when its page arrives.  A row that cannot be loaded (deleted
meanwhile, or a read failed) shows disabled — nothing ever raises into Qt.

Fast scrolling asks for many pages; only the most recent requests are kept, one
fetch runs at a time, so the worker never drowns in pages nobody looks at any more.
After a page the view asked for, the next one is fetched ahead (once), so reading
down the list rarely shows a placeholder.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mpi_desktop.domain import risk_instrument
from mpi_desktop.i18n import translate
from mpi_desktop.storage.case_query import CaseFilter, CaseRow
from mpi_desktop.texts import risk as risk_texts
from mpi_desktop.ui.cases import asyncops, labels, ops
from mpi_desktop.ui.session import Session

PAGE = 100
#: Rows kept in memory; far more than fit on any screen, small next to 50,000.
CACHE_ROWS = 5000
#: Page requests remembered while a fetch runs (the newest win).
WANTED_PAGES = 6
LOADING = "…"

Index = QModelIndex | QPersistentModelIndex

#: (key, sort key for case_query.list_nums or None when not sortable)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("folio", "folio"),
    ("name", "name"),
    ("status", "status"),
    ("procedure", None),
    # Not sortable: the list's risk filter answers "which cases are extremo".
    ("risk", None),
    ("alcaldia", "alcaldia"),
    ("opened_on", "opened_on"),
    ("updated", "updated"),
)
COLUMN_KEYS = [c[0] for c in COLUMNS]


NAME_COLUMN = COLUMN_KEYS.index("name")
INITIALS = len(COLUMNS)  # extra slot after the column texts
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
NO_FLAGS = Qt.ItemFlag.NoItemFlags
ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROOT = QModelIndex()


def procedure_text(code: str | None) -> str:
    """Under the column title "Procedure", the word "Procedure" again only costs the
    name column its width on a laptop screen; unknown codes keep the catalog label."""
    short = {"ordinario": translate("CaseList", "Ordinary"),
             "extraordinario": translate("CaseList", "Extraordinary")}
    return short.get(code or "", "") or labels.label("procedures", code)


def risk_text(level: str | None) -> str:
    """The level in force in the instrument's words; a dash before the first signed
    assessment."""
    if level is None:
        return "—"
    return risk_instrument.current().level_label(level, risk_texts.lang())


def display_texts(row: CaseRow) -> tuple[str, ...]:
    """The row as shown, column by column, then the name as initials (discreet mode)."""
    name = row.primary_name or "—"
    return (row.folio, name, labels.label("case_statuses", row.status),
            procedure_text(row.procedure), risk_text(row.risk_level),
            labels.label("alcaldias", row.alcaldia),
            labels.fmt_date(row.opened_on), labels.fmt_instant(row.updated_at),
            labels.initials(row.primary_name) if row.primary_name else "—")


def column_title(key: str) -> str:
    titles = {
        "folio": translate("CaseList", "Folio"),
        "name": translate("CaseList", "Main beneficiary"),
        "status": translate("CaseList", "Status"),
        "procedure": translate("CaseList", "Procedure"),
        "risk": translate("CaseList", "Risk"),
        "alcaldia": translate("CaseList", "Alcaldía"),
        "opened_on": translate("CaseList", "Requested"),
        "updated": translate("CaseList", "Last change"),
    }
    return titles[key]


class CaseListModel(QAbstractTableModel):
    #: The number of matching cases changed (after a filter or sort change).
    count_changed = Signal(int)
    #: True while the list of matching cases is being fetched.
    loading_changed = Signal(bool)
    #: A page of display rows arrived (tests and benchmarks wait on it).
    page_loaded = Signal(int)
    #: Fetching the matching cases failed (the page shows the error).
    load_failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = CaseFilter()
        self.sort_key = "opened_on"
        self.descending = True
        self.discreet = False
        self._nums: list[int] = []
        self._row_of: dict[int, int] | None = None
        #: num → (row, display texts); texts are formatted once, when the page arrives.
        self._cache: OrderedDict[int, tuple[CaseRow, tuple[str, ...]]] = OrderedDict()
        self._failed: set[int] = set()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._inflight: int | None = None
        self._speculative: set[int] = set()
        self._generation = 0
        self._loading = False

    # --- query -----------------------------------------------------------------------------------
    def set_query(self, f: CaseFilter, *, sort: str | None = None,
                  descending: bool | None = None) -> None:
        self.filter = f
        if sort is not None:
            self.sort_key = sort
        if descending is not None:
            self.descending = descending
        self.reload()

    def reload(self) -> None:
        """Fetch the matching case numbers again (after a change or a refresh)."""
        self._generation += 1
        generation = self._generation
        vault, f, sort, desc = self.session.vault, self.filter, self.sort_key, self.descending
        self._set_loading(True)
        asyncops.run(self.session, self, lambda: ops.case_nums(vault, f, sort, desc),
                     on_done=lambda nums: self._nums_arrived(generation, nums),
                     on_error=lambda exc: self._nums_failed(generation, exc))

    def _set_loading(self, on: bool) -> None:
        if self._loading != on:
            self._loading = on
            self.loading_changed.emit(on)

    @property
    def loading(self) -> bool:
        return self._loading

    def _nums_arrived(self, generation: int, nums: list[int]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.beginResetModel()
        self._nums = nums
        self._row_of = None
        self._cache.clear()
        self._failed.clear()
        self._wanted.clear()
        self._speculative.clear()
        self._inflight = None
        self.endResetModel()
        self._set_loading(False)
        self.count_changed.emit(len(nums))

    def _nums_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(exc)

    # --- paging ----------------------------------------------------------------------------------
    def _request(self, page: int) -> None:
        if page == self._inflight:
            return
        if page in self._wanted:
            self._wanted.move_to_end(page)
            return
        self._wanted[page] = None
        while len(self._wanted) > WANTED_PAGES:
            self._wanted.popitem(last=False)
        self._pump()

    def _pump(self) -> None:
        if self._inflight is not None or not self._wanted:
            return
        page, _ = self._wanted.popitem(last=True)
        start = page * PAGE
        nums = [n for n in self._nums[start:start + PAGE]
                if n not in self._cache and n not in self._failed]
        if not nums:
            self._pump()
            return
        self._inflight = page
        generation = self._generation
        vault = self.session.vault
        asyncops.run(self.session, self, lambda: ops.case_rows(vault, nums),
                     on_done=lambda rows: self._page_arrived(generation, page, nums, rows),
                     on_error=lambda _exc: self._page_arrived(generation, page, nums, {}))

    def _page_arrived(self, generation: int, page: int, nums: list[int],
                      rows: dict[int, CaseRow]) -> None:
        if generation != self._generation:
            return
        self._inflight = None
        for num in nums:
            row = rows.get(num)
            if row is None:
                self._failed.add(num)  # deleted meanwhile, or the read failed
            else:
                self._cache[num] = (row, display_texts(row))
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        first = page * PAGE
        last = min(first + PAGE, len(self._nums)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)
        if page not in self._speculative and not self._wanted:
            # People mostly scroll down: fetch the next page while they read this one.
            self._prefetch(page + 1)
        self._pump()

    def _prefetch(self, page: int) -> None:
        start = page * PAGE
        if start >= len(self._nums) or all(
                n in self._cache or n in self._failed for n in self._nums[start:start + PAGE]):
            return
        self._speculative.add(page)
        self._wanted[page] = None

    # --- lookups ---------------------------------------------------------------------------------
    def num_at(self, row: int) -> int | None:
        return self._nums[row] if 0 <= row < len(self._nums) else None

    def case_row(self, row: int) -> CaseRow | None:
        num = self.num_at(row)
        cached = self._cache.get(num) if num is not None else None
        return cached[0] if cached is not None else None

    def row_of_num(self, num: int) -> int | None:
        if self._row_of is None:
            self._row_of = {n: i for i, n in enumerate(self._nums)}
        return self._row_of.get(num)

    def row_of_case(self, case_id: str) -> int | None:
        for num, (row, _texts) in self._cache.items():
            if row.id == case_id:
                return self.row_of_num(num)
        return None

    def is_loaded(self, row: int) -> bool:
        num = self.num_at(row)
        return num is not None and num in self._cache

    def forget_case(self, case_id: str) -> None:
        """A case changed: drop its cached row so it is fetched again when shown."""
        for num, (row, _texts) in list(self._cache.items()):
            if row.id == case_id:
                del self._cache[num]
                position = self.row_of_num(num)
                if position is not None:
                    self.dataChanged.emit(self.index(position, 0),
                                          self.index(position, len(COLUMNS) - 1))

    def set_discreet(self, on: bool) -> None:
        if on == self.discreet:
            return
        self.discreet = on
        if self._nums:
            column = COLUMN_KEYS.index("name")
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._nums) - 1, column))

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._nums)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == DISPLAY:
                return column_title(COLUMNS[section][0])
            if role == TOOLTIP and COLUMNS[section][1] is None:
                return translate("CaseList", "This column cannot be sorted")
        if orientation == Qt.Orientation.Vertical and role == DISPLAY:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = index.row()
        if not 0 <= row < len(self._nums):
            return NO_FLAGS
        return NO_FLAGS if self._nums[row] in self._failed else ENABLED  # failed: disabled

    # Called for every cell and role on each paint: the common paths stay short.
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != DISPLAY and role != ACCESSIBLE and role != USER:
            return None
        row = index.row()
        if not 0 <= row < len(self._nums):
            return None
        num = self._nums[row]
        cached = self._cache.get(num)
        column = index.column()
        if role == USER:
            return cached[0].id if cached is not None else None
        if cached is None:
            if num in self._failed:
                return translate("CaseList", "(unavailable)") if column == 0 else ""
            self._request(row // PAGE)
            return LOADING if column == 0 else ""
        if column == 0:
            self._cache.move_to_end(num)
        if column == NAME_COLUMN and self.discreet:
            return cached[1][INITIALS]
        return cached[1][column] if column < len(COLUMNS) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.sort_key and descending == self.descending:
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        for i, (_key, sort) in enumerate(COLUMNS):
            if sort == self.sort_key:
                return i
        return COLUMN_KEYS.index("opened_on")
