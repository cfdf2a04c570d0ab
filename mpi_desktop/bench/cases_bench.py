"""``mpi-desktop bench cases``: the case list, search, open and save at scale.

Builds a demo vault (timed), exports a plain SQLite copy with the same schema
and data (``sqlcipher_export``), then runs each operation the way the app does
on both and prints vault vs plain side by side.  "Cold" means a fresh
connection (empty page cache, as right after unlocking); the operating system's
file cache is warm for both files, so the ratio isolates SQLCipher's cost.
The plain copy holds synthetic data only and is deleted unless ``--keep``.
"""

from __future__ import annotations

import contextlib
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from mpi_desktop.bench.report import Figure, Report, percentiles, time_ms
from mpi_desktop.demo.generator import populate
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.storage import case_query, cases_repo, crypto, records
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.connection import Connection, open_plain
from mpi_desktop.storage.vault import Vault

PASSPHRASE = "banco de pruebas tejocote azul 2026"  # noqa: S105 - throwaway bench vault
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


def _progress(done: int, total: int) -> None:
    print(f"\rinserting demo cases: {done}/{total}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr, flush=True)


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


def export_plain(vault: Vault, target: Path) -> None:
    """A plain SQLite copy of the vault: same schema, same data (benchmarks only)."""
    conn = vault._require_conn()  # ATTACH cannot run inside Vault.read()'s transaction
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')")
    finally:
        conn.execute("DETACH DATABASE plain")


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    return [f"machine: {cpu}; {os.cpu_count()} cores; RAM {ram}; {platform.system()} "
            f"{platform.release()}; Python {platform.python_version()}"]


def load_average() -> str:
    """Other processes competing for the cores make every figure slower."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):  # Windows
        return "n/a"


def peak_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def _size_mib(*paths: Path) -> float:
    return sum(p.stat().st_size for p in paths if p.exists()) / 1024 / 1024


def _queries(conn: Connection, rng: random.Random) -> list[str]:
    surnames = sorted({r[0] for r in conn.execute(
        "SELECT first_surname FROM person WHERE first_surname <> '' LIMIT 5000")})
    return [*QUERIES, *rng.sample(surnames, min(7, len(surnames)))]


class _Side:
    """One database under test: how to read from it, write to it and reconnect."""

    def __init__(self, name: str, *, reader: Reader, writer: Reader,
                 reconnect: Callable[[], None]) -> None:
        self.name = name
        self.reader = reader
        self.writer = writer
        self.reconnect = reconnect

    def once(self, fn: Callable[[Connection], object]) -> float:
        def run() -> None:
            with self.reader() as conn:
                fn(conn)
        return time_ms(run)


Pair = tuple[_Side, _Side]


def _pair(sides: Pair, fn: Callable[[Connection], object], *, repeat: int,
          cold: bool = False) -> tuple[float, float]:
    """Median time on each side, runs interleaved (vault, plain, vault, …) so that
    background load on the machine hits both sides alike."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for side, out in zip(sides, samples, strict=True):
            if cold:
                side.reconnect()
            out.append(side.once(fn))
    return statistics.median(samples[0]), statistics.median(samples[1])


def _measure(report: Report, sides: Pair, *, queries: list[str], case_ids: list[str]) -> None:
    everything = CaseFilter()
    total = 0

    def count_all(conn: Connection) -> None:
        nonlocal total
        total = first_page(conn, everything)

    report.add(Figure("case list: first page, cold connection",
                      *_pair(sides, count_all, repeat=5, cold=True),
                      note=f"{total} ids + {PAGE} rows"))
    report.add(Figure("case list: first page, warm", *_pair(sides, count_all, repeat=15)))

    filtered: tuple[list[float], list[float]] = ([], [])
    found = []
    for f in FILTERS:
        _pair(sides, page_of(f), repeat=1)  # warm the pages it needs
        for out, ms in zip(filtered, _pair(sides, page_of(f), repeat=7), strict=True):
            out.append(ms)
        with sides[0].reader() as conn:
            found.append(case_query.count(conn, f))
    report.add(Figure("filtered page (status+alcaldía+dates), median",
                      statistics.median(filtered[0]), statistics.median(filtered[1]),
                      note=f"{len(FILTERS)} filters, {min(found)}–{max(found)} matches"))
    report.add(Figure("filtered page, slowest", max(filtered[0]), max(filtered[1])))

    searched: tuple[list[float], list[float]] = ([], [])
    hits = []
    for q in queries:
        f = CaseFilter(text=q)
        for out, ms in zip(searched, _pair(sides, page_of(f), repeat=5), strict=True):
            out.append(ms)
        with sides[0].reader() as conn:
            hits.append(case_query.count(conn, f))
    p50 = [percentiles(s)[0] for s in searched]
    p95 = [percentiles(s)[1] for s in searched]
    report.add(Figure("search (FTS) + first page: p50", p50[0], p50[1],
                      note=f"{len(queries)} queries, median {int(statistics.median(hits))} "
                           f"hits, max {max(hits)}"))
    report.add(Figure("search (FTS) + first page: p95", p95[0], p95[1]))

    # Each case is opened once per side: its pages are mostly not cached yet,
    # as when a caseworker opens a case found in the list.
    opened: tuple[list[float], list[float]] = ([], [])
    for cid in case_ids:
        for out, ms in zip(opened, _pair(sides, bundle_of(cid), repeat=1), strict=True):
            out.append(ms)
    report.add(Figure("open a case (load_bundle): median", statistics.median(opened[0]),
                      statistics.median(opened[1]), note=f"{len(case_ids)} random cases, "
                                                        "first open"))
    report.add(Figure("open a case: p95", percentiles(opened[0])[1],
                      percentiles(opened[1])[1]))

    saved: tuple[list[float], list[float]] = ([], [])
    for n, cid in enumerate(case_ids[:20]):
        for side, out in zip(sides, saved, strict=True):
            def edit(side: _Side = side, cid: str = cid, n: int = n) -> None:
                with side.writer() as conn:
                    case = cases_repo.get(conn, cid)
                    assert case is not None
                    records.put_case(conn, replace(case, caseworker=f"Analista {n:02d}"),
                                     actor="bench")
            out.append(time_ms(edit))
    report.add(Figure("save an edit (put_case, one transaction)", statistics.median(saved[0]),
                      statistics.median(saved[1]), note="synchronous=FULL: includes fsync"))


def targets(report: Report) -> str:
    """One line saying which of the issue's targets this run met."""
    by_name = {f.name: f for f in report.figures}
    misses = []
    for f in report.figures:
        reads = f.name.startswith(("case list", "search", "open a case", "filtered"))
        if reads and f.ratio is not None and f.ratio > MAX_RATIO:
            misses.append(f"{f.name}: ratio {f.ratio:.2f}")
    p95 = by_name.get("search (FTS) + first page: p95")
    if p95 is not None and p95.vault_ms > MAX_SEARCH_P95_MS:
        misses.append(f"search p95 {p95.vault_ms:.1f} ms")
    for name in ("case list: first page, cold connection", "case list: first page, warm"):
        page = by_name.get(name)
        if page is not None and page.vault_ms > MAX_FIRST_PAGE_MS:
            misses.append(f"{name} {page.vault_ms:.0f} ms")
    head = (f"targets (reads vault/plain <= {MAX_RATIO}, search p95 <= {MAX_SEARCH_P95_MS:.0f} "
            f"ms, first page <= {MAX_FIRST_PAGE_MS:.0f} ms): ")
    return head + ("all met" if not misses else "MISSED: " + "; ".join(misses))


def run(*, cases: int = 50_000, keep: Path | None = None, seed: int = 2026,
        progress: Callable[[int, int], None] | None = _progress) -> Report:
    report = Report(f"MPI Desktop — case records benchmark ({cases} cases)")
    report.extra.extend(machine())
    load_at_start = load_average()
    with contextlib.ExitStack() as stack:
        if keep is not None:
            if keep.exists() and any(keep.iterdir()):
                raise RefusedForSafety("target exists")
            keep.mkdir(parents=True, exist_ok=True)
            root = keep
        else:
            root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mpi-bench-")))
        folder, plain_path = root / "vault", root / "plain.db"
        holder = [Vault.create(folder, PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                               actor="bench").vault]
        stack.callback(lambda: holder[0].lock())
        start, cpu = time.perf_counter(), time.process_time()
        summary = populate(holder[0], cases=cases, seed=seed, progress=progress)
        insert_ms = (time.perf_counter() - start) * 1000
        cpu_s = time.process_time() - cpu
        report.add(Figure(f"insert {cases} demo cases", insert_ms,
                          note=f"{cases / max(insert_ms / 1000, 1e-9):.0f} cases/s, CPU "
                               f"{cpu_s:.0f} s; {summary.people} people, "
                               f"{summary.aggressions} aggr., {summary.attentions} att."))
        export_plain(holder[0], plain_path)
        holder[0]._require_conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain = [open_plain(plain_path)]
        stack.callback(lambda: plain[0].close())

        def reconnect_vault() -> None:
            holder[0].lock()
            holder[0] = Vault.unlock(folder, PASSPHRASE, actor="bench")

        def reconnect_plain() -> None:
            plain[0].close()
            plain[0] = open_plain(plain_path)

        vault_side = _Side("vault", reader=lambda: holder[0].read(),
                           writer=lambda: holder[0].write(), reconnect=reconnect_vault)
        plain_side = _Side("plain", reader=lambda: _plain_read(plain[0]),
                           writer=lambda: _plain_write(plain[0]), reconnect=reconnect_plain)
        rng = random.Random(seed)  # noqa: S311 - picks sample cases, nothing secret
        with holder[0].read() as conn:
            queries = _queries(conn, rng)
            all_ids = cases_repo.all_ids(conn)
        case_ids = rng.sample(all_ids, min(50, len(all_ids)))
        _measure(report, (vault_side, plain_side), queries=queries, case_ids=case_ids)
        report.extra.append(targets(report))
        report.extra.append(f"load average (1 min): {load_at_start} at start, "
                            f"{load_average()} at the end")
        report.extra.append(
            f"sizes: vault.db {_size_mib(folder / 'vault.db', folder / 'vault.db-wal'):.1f} MiB,"
            f" plain copy {_size_mib(plain_path, plain_path.with_name('plain.db-wal')):.1f} MiB")
        rss = peak_rss_mib()
        report.extra.append(f"peak RSS: {rss:.0f} MiB" if rss is not None else "peak RSS: n/a")
        if keep is not None:
            report.extra.append(f"kept in {root} (vault passphrase: {PASSPHRASE!r}; plain.db is "
                                "an UNENCRYPTED copy of synthetic data)")
    return report
