#!/usr/bin/env python3
"""Benchmark of the case list (not a test: it prints figures, it asserts nothing).

    printf '%s\\n' "$PASS" | python scripts/bench_case_list.py --vault DIR [--cases 50000]

Opens the vault (creating it and filling it with ``--cases`` demo cases through
``mpi_desktop.demo.generator.populate`` when the folder does not exist yet), builds
the Expedientes section offscreen at 1280×800 and measures, through the real
model, runner and encrypted vault:

* time to the first page painted (section built → numbers fetched → first page of
  rows loaded → the table painted);
* scrolling: jumps to random positions, time until every visible row is loaded
  and painted;
* search and filters: time from the query to the first page of results painted;
* sorting by header.

The passphrase is read from stdin (one line), never from argv.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from mpi_desktop.storage import crypto
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases.list_model import COLUMN_KEYS
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings

TIMEOUT_S = 120.0


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the list")
        time.sleep(0.0005)


def open_vault(folder: Path, passphrase: str, cases: int) -> Vault:
    if folder.exists():
        return Vault.unlock(folder, passphrase, actor="bench")
    print(f"creating {folder} with {cases:,} demo cases…", flush=True)
    vault = Vault.create(folder, passphrase, kdf_params=crypto.KdfParams.floor(),
                         actor="bench").vault
    try:
        from mpi_desktop.demo.generator import populate
    except ImportError as exc:  # pragma: no cover - the generator ships with the app
        raise SystemExit(f"demo generator not available: {exc}") from exc
    start = time.perf_counter()
    populate(vault, cases=cases)
    print(f"  generated in {time.perf_counter() - start:.1f} s", flush=True)
    return vault


def figures(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"{name:<34} n={len(ms):<3} median {statistics.median(ms):7.1f} ms"
          f"   p95 {p95:7.1f} ms   max {ms[-1]:7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--jumps", type=int, default=30)
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QApplication(["bench-case-list"])
    vault = open_vault(args.vault, passphrase, args.cases)
    settings = args.vault.parent / f".{args.vault.name}-bench.ini"
    session = Session(vault=vault, records=Records(vault), runner=OpRunner(),
                      settings=AppSettings(settings), clipboard=SensitiveClipboard(5))
    try:
        section = run(app, session)
    finally:
        session.runner.wait_idle()
        session.runner.detach()
        vault.lock()
        settings.unlink(missing_ok=True)
    # Tear the widgets down while Qt is still alive (not in interpreter shutdown).
    section.close()
    section.deleteLater()
    app.processEvents()
    return 0


def run(app: QApplication, session: Session) -> CasesSection:
    start = time.perf_counter()
    section = CasesSection(session)
    section.resize(1280, 800)
    section.show()
    page = section.list_page
    model, table = page.model, page.table
    wait_until(lambda: model.rowCount() > 0 and not model.loading)
    numbers_at = time.perf_counter() - start
    wait_until(lambda: model.is_loaded(0))
    table.viewport().repaint()
    first_paint = time.perf_counter() - start
    total = model.rowCount()
    print(f"cases in the vault: {total:,}")
    print(f"{'section built → numbers fetched':<34} {numbers_at * 1000:7.1f} ms")
    print(f"{'section built → first page painted':<34} {first_paint * 1000:7.1f} ms")

    def visible_rows() -> tuple[int, int]:
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        return max(top, 0), (bottom if bottom >= 0 else total - 1)

    def painted() -> None:
        wait_until(lambda: all(model.is_loaded(r) for r in visible_rows()))
        table.viewport().repaint()
        app.processEvents()

    rng = random.Random(2026)
    jumps = []
    bar = table.verticalScrollBar()
    for _ in range(30):
        target = rng.randrange(bar.maximum() + 1)
        t = time.perf_counter()
        bar.setValue(target)
        app.processEvents()
        painted()
        jumps.append(time.perf_counter() - t)
    figures("scroll: random jump → painted", jumps)

    steps = []
    bar.setValue(0)
    painted()
    for _ in range(40):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        painted()
        steps.append(time.perf_counter() - t)
    figures("scroll: page down → painted", steps)

    def query(action: Callable[[], None]) -> float:
        t = time.perf_counter()
        action()
        wait_until(lambda: not model.loading)
        if model.rowCount():
            wait_until(lambda: model.is_loaded(0))
        table.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - t

    searches = []
    for term in ("maria", "jose", "hernandez", "garcia lopez", "amenazas", "periodista",
                 "MPI-2025", "xochimilco", "zzzz-no-such"):
        def search(text: str = term) -> None:
            page.search.setText(text)
            page.apply_filter()  # what the 250 ms debounce calls
        searches.append(query(search))
    figures("search (FTS) → first page painted", searches)
    page.search.setText("")

    filters = []
    for combo, index in ((page.status, 1), (page.alcaldia, 3), (page.profile, 2),
                         (page.status, 0), (page.alcaldia, 0), (page.profile, 0)):
        filters.append(query(lambda c=combo, i=index: c.setCurrentIndex(i)))
    figures("filter change → first page painted", filters)

    sorts = []
    header = table.horizontalHeader()
    for key in ("name", "folio", "status", "alcaldia", "updated", "opened_on"):
        column = COLUMN_KEYS.index(key)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts.append(query(lambda c=column, o=order: header.setSortIndicator(c, o)))
    figures("sort by header → first page painted", sorts)
    section.prepare_lock()
    return section


if __name__ == "__main__":
    raise SystemExit(main())
