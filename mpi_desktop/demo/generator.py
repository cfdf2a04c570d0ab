"""Fill a vault with demo cases: batches of one transaction each, progress, cancel.

Records go through the same ``put_*`` functions as a caseworker's edits, so
they are validated, indexed for search and carry their creation history row.
Per-record audit entries are switched off; each batch writes one
``demo.generate`` entry with its counts instead, inside the batch's own
transaction, so the bitácora always matches what was committed.  A cancel or a
crash between batches leaves every finished batch and nothing of the next one.

``progress`` and ``cancelled`` are called on the thread that runs ``populate``
(the GUI runs it on its worker thread and forwards progress to the window).
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from mpi_desktop.demo.synth import FIRST_DAY, LAST_DAY, DemoCase, generate
from mpi_desktop.demo.texts import VaultHasRealCases
from mpi_desktop.domain.ids import parse_folio
from mpi_desktop.storage import audit, case_index, case_query, cases_repo, people_repo
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import put_aggression, put_attention, put_case, put_person
from mpi_desktop.storage.vault import Vault

#: Cases per transaction: big enough to amortize the commit (fsync), small
#: enough that a cancel answers within a few seconds and the vault's lock is
#: never held for long.
BATCH = 500

__all__ = ["BATCH", "DemoCase", "DemoSummary", "VaultHasRealCases", "generate", "populate",
           "write_case"]


@dataclass(frozen=True)
class DemoSummary:
    requested: int
    cases: int
    people: int
    aggressions: int
    attentions: int
    seed: int
    cancelled: bool
    seconds: float


@dataclass
class _Counts:
    cases: int = 0
    people: int = 0
    aggressions: int = 0
    attentions: int = 0

    def add(self, item: DemoCase) -> None:
        self.cases += 1
        self.people += len(item.people)
        self.aggressions += len(item.aggressions)
        self.attentions += len(item.attentions)


def write_case(conn: Connection, item: DemoCase, *, actor: str) -> None:
    """Write one demo case inside the caller's transaction (no per-record audit).

    ``keep_times`` keeps each record's recorded moments (a seed reproduces the
    rows); the deferred index rebuilds the case's search row once, not once per
    event.
    """
    with case_index.deferred(conn):
        for person in item.people:
            put_person(conn, person, actor=actor, log=False, keep_times=True)
        put_case(conn, item.case, actor=actor, log=False, keep_times=True)
        for agg in item.aggressions:
            put_aggression(conn, agg, actor=actor, log=False, keep_times=True)
        for att in item.attentions:
            put_attention(conn, att, actor=actor, log=False, keep_times=True)


def _batches(items: Iterable[DemoCase], size: int) -> Iterator[list[DemoCase]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def batch_size(cases: int) -> int:
    """BATCH for big runs; smaller for small ones so progress moves in ~10 steps."""
    return max(25, min(BATCH, cases // 10))


class _Prefetch:
    """Makes the next batches on a second thread while this one writes.

    SQLite releases the GIL while it works, so generating (pure Python) overlaps
    with the writes; a single producer keeps the order, hence the determinism.
    """

    _END = object()

    def __init__(self, batches: Iterator[list[DemoCase]], *, depth: int = 2) -> None:
        self._batches = batches
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-generator", daemon=True)
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for batch in self._batches:
                if not self._put(batch):
                    return
        except BaseException as exc:  # handed to the writer, which re-raises it
            self._put(exc)
            return
        self._put(self._END)

    def __iter__(self) -> Iterator[list[DemoCase]]:
        while True:
            item = self._queue.get()
            if item is self._END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def close(self) -> None:
        self._stop.set()
        while True:  # unblock a producer waiting on a full queue
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._thread.join()


def demo_cases_written(conn: Connection) -> int:
    """How many cases earlier demo runs wrote into this vault (from the bitácora)."""
    total = 0
    for entry in audit.entries(conn, limit=1_000_000, action_prefix="demo.generate"):
        value = entry.details.get("cases")
        total += value if isinstance(value, int) else 0
    return total


def _starting_point(vault: Vault) -> tuple[str, dict[int, int]]:
    """The vault's current size (picks the random stream) and last folio of each year.

    Refuses a vault with cases the demo did not write: synthetic people must
    never end up in a real vault's statistics, packets or searches.
    """
    with vault.read() as conn:
        cases = case_query.count(conn, CaseFilter())
        real = cases - demo_cases_written(conn)
        if real > 0:
            raise VaultHasRealCases(real)
        people = len(people_repo.all_ids(conn))
        base = {}
        for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
            parsed = parse_folio(cases_repo.next_folio(conn, year))
            base[year] = parsed[1] - 1 if parsed else 0
    # Same seed on an empty vault → same data; a second run on the same vault
    # continues with new people instead of colliding with the first run's ids.
    stream = "" if cases == 0 and people == 0 else f"{cases}:{people}"
    return stream, base


def populate(vault: Vault, *, cases: int, seed: int = 2026,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Add ``cases`` synthetic cases to an unlocked vault; see the module docstring."""
    if cases < 0:
        raise ValueError("cases must be zero or more")
    start = time.perf_counter()
    stream, base = _starting_point(vault)
    counts = _Counts()
    stopped = False
    if progress is not None:
        progress(0, cases)
    prefetch = _Prefetch(_batches(generate(cases, seed=seed, stream=stream, folio_base=base),
                                  batch_size(cases)))
    try:
        for number, batch in enumerate(prefetch, 1):
            if cancelled is not None and cancelled():
                stopped = True
                break
            batch_counts = _Counts()
            with vault.write() as conn:
                for item in batch:
                    write_case(conn, item, actor=vault.actor)
                    batch_counts.add(item)
                audit.append(conn, actor=vault.actor, action="demo.generate", entity="vault",
                             entity_id=vault.vault_id,
                             details={"seed": seed, "batch": number,
                                      "cases": batch_counts.cases,
                                      "people": batch_counts.people,
                                      "aggressions": batch_counts.aggressions,
                                      "attentions": batch_counts.attentions})
            for item in batch:
                counts.add(item)
            if progress is not None:
                progress(counts.cases, cases)
    finally:
        prefetch.close()
    return DemoSummary(requested=cases, cases=counts.cases, people=counts.people,
                       aggressions=counts.aggressions, attentions=counts.attentions, seed=seed,
                       cancelled=stopped, seconds=time.perf_counter() - start)
