"""``mpi-desktop bench cases``: the case list, search, open and save at scale.

Runs each operation the way the app does on the workspace's vault and on its
plain SQLite twin and prints them side by side.  "Cold" means a fresh
connection (empty page cache, as right after unlocking); the operating system's
file cache is warm for both files, so the ratio isolates SQLCipher's cost.
Runs are interleaved (vault, plain, vault, ...) so background load on the
machine hits both sides alike, and each figure also carries CPU time, which
load does not inflate.
"""

from __future__ import annotations

import contextlib
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from mpi_desktop.bench.machine import load_average
from mpi_desktop.bench.report import Figure, Report, judge, percentiles
from mpi_desktop.bench.workspace import Workspace
from mpi_desktop.storage import case_query, cases_repo, records
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.connection import Connection, open_plain
from mpi_desktop.storage.vault import Vault

PAGE = 50
#: The targets the issue sets: ratios for reads, absolute times for the list and search.
MAX_RATIO = 1.3
MAX_SEARCH_P95_MS = 30.0
MAX_FIRST_PAGE_MS = 150.0
Reader = Callable[[], contextlib.AbstractContextManager[Connection]]

#: Searches a caseworker types: first names without accents, surnames, folio
#: fragments, words and pairs from narratives.  Surnames seen in the data are
#: added at run time.
QUERIES = (
    "jose", "maria", "maria jose", "angeles", "nunez", "pena", "de la cruz", "guadalupe",
    "xochitl", "cuauhtemoc", "jesus", "ramon", "ines", "arguelles",
    "MPI-2024", "2023-01", "2025-12", "MPI-2026-0", "2019-0042", "2021-1",
    "amenazas", "patrulla", "inmobiliaria", "desaparecidas", "cartulina", "fotoperiodista",
    "sindical", "desalojo", "corrupcion", "alumbrado", "fiscalia", "whatsapp", "allanada",
    "amenazas muerte", "redes sociales", "seguridad digital", "vivienda", "agua territorio",
    "asamblea vecinal", "policia", "denuncia", "reubicarse", "colectivo semillas",
)
FILTERS = (
    CaseFilter(statuses=("incorporado",), alcaldias=("iztapalapa",),
               opened_from=date(2023, 1, 1), opened_to=date(2025, 12, 31)),
    CaseFilter(statuses=("en_analisis", "solicitud"), alcaldias=("cuauhtemoc",)),
    CaseFilter(statuses=("concluido",), alcaldias=("gustavo_a_madero", "tlalpan"),
               opened_from=date(2020, 1, 1), opened_to=date(2022, 12, 31)),
    CaseFilter(statuses=("incorporado",), procedures=("extraordinario",),
               alcaldias=("milpa_alta",), opened_from=date(2024, 1, 1)),
)

FIRST_PAGE_COLD = "case list: first page, cold connection"
FIRST_PAGE_WARM = "case list: first page, warm"
FILTERED = "filtered page (status+alcaldía+dates), median"
FILTERED_SLOWEST = "filtered page, slowest"
SEARCH_P50 = "search (FTS) + first page: p50"
SEARCH_P95 = "search (FTS) + first page: p95"
OPEN = "open a case (load_bundle): median"
OPEN_P95 = "open a case: p95"
SAVE = "save an edit (put_case, one transaction)"


@contextlib.contextmanager
def _plain_read(conn: Connection) -> Iterator[Connection]:
    # The same deferred read transaction Vault.read() uses, for a fair comparison.
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


@contextlib.contextmanager
def _plain_write(conn: Connection) -> Iterator[Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def first_page(conn: Connection, f: CaseFilter) -> int:
    """What the case list does: every matching id in order, then one page of rows."""
    nums = case_query.list_nums(conn, f)
    case_query.rows(conn, nums[:PAGE])
    return len(nums)


def page_of(f: CaseFilter) -> Callable[[Connection], object]:
    return lambda conn: first_page(conn, f)


def bundle_of(case_id: str) -> Callable[[Connection], object]:
    return lambda conn: records.load_bundle(conn, case_id)


def size_mib(*paths: Path) -> float:
    return sum(p.stat().st_size for p in paths if p.exists()) / 1024 / 1024


def _queries(conn: Connection, rng: random.Random) -> list[str]:
    surnames = sorted({r[0] for r in conn.execute(
        "SELECT first_surname FROM person WHERE first_surname <> '' LIMIT 5000")})
    return [*QUERIES, *rng.sample(surnames, min(7, len(surnames)))]


@dataclass
class Samples:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    def median(self) -> tuple[float, float]:
        return statistics.median(self.wall), statistics.median(self.cpu)


class Side:
    """One database under test: how to read from it, write to it and reconnect."""

    def __init__(self, name: str, *, reader: Reader, writer: Reader,
                 reconnect: Callable[[], None]) -> None:
        self.name = name
        self.reader = reader
        self.writer = writer
        self.reconnect = reconnect

    def once(self, fn: Callable[[Connection], object]) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        with self.reader() as conn:
            fn(conn)
        return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


Pair = tuple[Side, Side]


def _pair(sides: Pair, fn: Callable[[Connection], object], *, repeat: int,
          cold: bool = False) -> tuple[Samples, Samples]:
    """Samples on each side, runs interleaved (vault, plain, vault, ...)."""
    out = (Samples(), Samples())
    for _ in range(repeat):
        for side, samples in zip(sides, out, strict=True):
            if cold:
                side.reconnect()
            samples.add(*side.once(fn))
    return out


def _figure(name: str, pair: tuple[Samples, Samples], note: str = "") -> Figure:
    (vw, vc), (pw, pc) = pair[0].median(), pair[1].median()
    return Figure(name, vw, pw, note=note, vault_cpu_ms=vc, plain_cpu_ms=pc)


def _ratio_ok(f: Figure) -> Figure:
    """Reads are held to vault/plain <= MAX_RATIO (CPU ratio if the wall clock is noisy)."""
    ratios = [r for r in (f.ratio, f.cpu_ratio) if r is not None]
    return judge(f, target=f"ratio <= {MAX_RATIO}", limit=MAX_RATIO,
                 value=min(ratios) if ratios else None)


def measure(report: Report, sides: Pair, *, queries: list[str], case_ids: list[str],
            repeat: int = 1) -> None:
    """Every case-records figure; ``repeat`` scales the number of runs."""
    everything = CaseFilter()
    total = 0

    def count_all(conn: Connection) -> None:
        nonlocal total
        total = first_page(conn, everything)

    cold = report.add(_figure(FIRST_PAGE_COLD, _pair(sides, count_all, repeat=5 * repeat,
                                                     cold=True)))
    cold.note = f"{total} ids + {PAGE} rows"
    judge(cold, target=f"<= {MAX_FIRST_PAGE_MS:.0f} ms", limit=MAX_FIRST_PAGE_MS)
    judge(report.add(_figure(FIRST_PAGE_WARM, _pair(sides, count_all, repeat=9 * repeat))),
          target=f"<= {MAX_FIRST_PAGE_MS:.0f} ms", limit=MAX_FIRST_PAGE_MS)

    filtered = (Samples(), Samples())
    slowest: list[tuple[Samples, Samples]] = []
    found = []
    for f in FILTERS:
        _pair(sides, page_of(f), repeat=1)  # warm the pages it needs
        pair = _pair(sides, page_of(f), repeat=5 * repeat)
        for out, samples in zip(filtered, pair, strict=True):
            out.add(*samples.median())
        slowest.append(pair)
        with sides[0].reader() as conn:
            found.append(case_query.count(conn, f))
    _ratio_ok(report.add(_figure(FILTERED, filtered,
                                 note=f"{len(FILTERS)} filters, {min(found)}–{max(found)} "
                                      "matches")))
    worst = max(slowest, key=lambda p: p[0].median()[0])
    report.add(_figure(FILTERED_SLOWEST, worst))

    searched = (Samples(), Samples())
    hits = []
    for q in queries:
        f = CaseFilter(text=q)
        for out, samples in zip(searched, _pair(sides, page_of(f), repeat=3 * repeat),
                                strict=True):
            out.add(*samples.median())
        with sides[0].reader() as conn:
            hits.append(case_query.count(conn, f))
    p50 = [percentiles(s.wall)[0] for s in searched]
    p95 = [percentiles(s.wall)[1] for s in searched]
    c50 = [percentiles(s.cpu)[0] for s in searched]
    c95 = [percentiles(s.cpu)[1] for s in searched]
    _ratio_ok(report.add(Figure(
        SEARCH_P50, p50[0], p50[1], vault_cpu_ms=c50[0], plain_cpu_ms=c50[1],
        note=f"{len(queries)} queries, median {int(statistics.median(hits))} hits, "
             f"max {max(hits)}")))
    p95_figure = report.add(Figure(SEARCH_P95, p95[0], p95[1], vault_cpu_ms=c95[0],
                                   plain_cpu_ms=c95[1]))
    judge(p95_figure, target=f"<= {MAX_SEARCH_P95_MS:.0f} ms", limit=MAX_SEARCH_P95_MS)

    # Each case is opened once per side: its pages are mostly not cached yet,
    # as when a caseworker opens a case found in the list.
    opened = (Samples(), Samples())
    for cid in case_ids:
        for out, samples in zip(opened, _pair(sides, bundle_of(cid), repeat=1), strict=True):
            out.add(*samples.median())
    _ratio_ok(report.add(_figure(OPEN, opened, note=f"{len(case_ids)} random cases, "
                                                     "first open")))
    report.add(Figure(OPEN_P95, percentiles(opened[0].wall)[1],
                      percentiles(opened[1].wall)[1],
                      vault_cpu_ms=percentiles(opened[0].cpu)[1],
                      plain_cpu_ms=percentiles(opened[1].cpu)[1]))

    saved = (Samples(), Samples())
    for n, cid in enumerate(case_ids[:20]):
        for side, out in zip(sides, saved, strict=True):
            start, cpu = time.perf_counter(), time.process_time()
            with side.writer() as conn:
                case = cases_repo.get(conn, cid)
                assert case is not None
                records.put_case(conn, replace(case, caseworker=f"Analista {n:02d}"),
                                 actor="bench")
            out.add((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
    report.add(_figure(SAVE, saved, note="synchronous=FULL: includes fsync"))


class Sides:
    """The workspace's vault and plain twin, opened, with reconnection for cold runs."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.vault: Vault = ws.unlock()
        self.plain: Connection = open_plain(ws.plain_path)

    def reconnect_vault(self) -> None:
        self.vault.lock()
        self.vault = self.ws.unlock()

    def reconnect_plain(self) -> None:
        self.plain.close()
        self.plain = open_plain(self.ws.plain_path)

    def pair(self) -> Pair:
        return (Side("vault", reader=lambda: self.vault.read(),
                     writer=lambda: self.vault.write(), reconnect=self.reconnect_vault),
                Side("plain", reader=lambda: _plain_read(self.plain),
                     writer=lambda: _plain_write(self.plain), reconnect=self.reconnect_plain))

    def close(self) -> None:
        self.vault.lock()
        self.plain.close()


def sample(ws: Workspace, sides: Sides, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)  # noqa: S311 - picks sample cases, nothing secret
    with sides.vault.read() as conn:
        queries = _queries(conn, rng)
        all_ids = cases_repo.all_ids(conn)
    return queries, rng.sample(all_ids, min(50, len(all_ids)))


def run(ws: Workspace, *, seed: int = 2026) -> Report:
    report = Report(f"Case records ({ws.cases} cases)")
    load_at_start = load_average()
    sides = Sides(ws)
    try:
        queries, case_ids = sample(ws, sides, seed)
        measure(report, sides.pair(), queries=queries, case_ids=case_ids)
    finally:
        sides.close()
    report.extra.append(f"load average (1 min): {load_at_start} at start, "
                        f"{load_average()} at the end")
    report.extra.append(
        f"sizes: vault.db {size_mib(ws.vault_dir / 'vault.db', ws.vault_dir / 'vault.db-wal'):.1f}"
        f" MiB, plain twin {size_mib(ws.plain_path, ws.plain_path.with_name('plain.db-wal')):.1f}"
        " MiB")
    return report
