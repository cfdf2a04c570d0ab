"""The benchmark workspace: a seeded demo vault and its plain SQLite twin, built once.

Building 50,000 cases takes minutes, so every suite measures the same kept
workspace (``--keep DIR`` builds and keeps it, ``--reuse DIR`` measures it again):

* ``vault/`` — a demo vault (passphrase :data:`PASSPHRASE`, Argon2id at the
  floor) with N demo cases plus what the demo generator leaves out: signed risk
  assessments, plan measures, digital-violence reviews, workshops, findings, and
  one CEM session with 25 cases on its agenda for the packet;
* ``plain.db`` — the same schema and rows in plain SQLite (``sqlcipher_export``):
  the side-by-side reference.  It is an UNENCRYPTED copy of synthetic data;
* ``workspace.json`` — what was built, how long it took, and the schema it has.

A workspace whose schema differs from this app's (a migration changed since it
was built) is reported, so figures are never silently measured on an old schema.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mpi_desktop import __version__
from mpi_desktop.bench.report import Figure
from mpi_desktop.errors import RefusedForSafety, VaultNotFound
from mpi_desktop.storage import crypto
from mpi_desktop.storage.connection import Connection, open_plain
from mpi_desktop.storage.filelock import FolderLock
from mpi_desktop.storage.vault import Vault

PASSPHRASE = "banco de pruebas tejocote azul 2026"  # noqa: S105 - throwaway bench vault
MANIFEST = "workspace.json"
PACKET_CASES = 25
Progress = Callable[[int, int], None]


def stderr_progress(done: int, total: int) -> None:
    print(f"\rinserting demo cases: {done}/{total}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr, flush=True)


def schema_fingerprint(conn: Connection) -> str:
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master"
                        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:16]


def current_fingerprint() -> str:
    """The schema this app creates (migrations run on a throwaway in-memory database)."""
    import sqlcipher3

    from mpi_desktop.storage.migrations import migrate

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn)
        return schema_fingerprint(conn)
    finally:
        conn.close()


@dataclass
class Workspace:
    root: Path
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def vault_dir(self) -> Path:
        return self.root / "vault"

    @property
    def plain_path(self) -> Path:
        return self.root / "plain.db"

    @property
    def cases(self) -> int:
        return int(self.manifest.get("cases", 0))

    @property
    def session_id(self) -> str:
        return str(self.manifest.get("session_id", ""))

    def seed_figures(self) -> list[Figure]:
        return [Figure(**f) for f in self.manifest.get("seed_figures", [])]

    def unlock(self) -> Vault:
        return Vault.unlock(self.vault_dir, PASSPHRASE, actor="bench")

    def open_plain(self) -> Connection:
        return open_plain(self.plain_path)

    def scratch(self, name: str) -> Path:
        """A folder for one suite's outputs inside the workspace, emptied first."""
        import shutil

        path = self.root / "scratch" / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path

    def schema_note(self) -> str:
        found = self.manifest.get("schema")
        now = current_fingerprint()
        if found == now:
            return f"schema: as this app creates it ({now})"
        return (f"schema: WORKSPACE BUILT WITH ANOTHER SCHEMA ({found}, this app: {now}); "
                "rebuild it for figures that match this version")

    def save(self) -> None:
        (self.root / MANIFEST).write_text(json.dumps(self.manifest, indent=2))


def load(root: Path) -> Workspace:
    path = root / MANIFEST
    if not path.exists():
        raise VaultNotFound(root)
    return Workspace(root=root, manifest=json.loads(path.read_text()))


def is_workspace(root: Path) -> bool:
    return (root / MANIFEST).exists() and (root / "vault" / "vault.keys").exists()


@contextlib.contextmanager
def plain_vault(ws: Workspace, conn: Connection) -> Iterator[Vault]:
    """A Vault object over the plain copy, so whole operations (packet export,
    import) run unchanged on plain SQLite for the side-by-side figure."""
    from mpi_desktop.storage.vault import load_keyfile

    lock_dir = ws.root / "scratch" / "plain-lock"
    lock_dir.mkdir(parents=True, exist_ok=True)
    shim = Vault(folder=lock_dir, keyfile=load_keyfile(ws.vault_dir), _key=bytearray(32),
                 _conn=conn, _folder_lock=FolderLock(lock_dir), actor="bench")
    yield shim


def export_plain(vault: Vault, target: Path) -> None:
    """A plain SQLite copy of the vault: same schema, same data (benchmarks only)."""
    conn = vault._require_conn()  # ATTACH cannot run inside Vault.read()'s transaction
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')")
        # sqlcipher_export copies rows, not the schema version: without it the
        # plain copy would be "migrated" again when opened as a Vault shim.
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA plain.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE plain")


# --- seeding ------------------------------------------------------------------------


def _extras(vault: Vault, *, seed: int) -> dict[str, int]:
    """Feature data the demo generator leaves out, in a few large transactions."""
    from mpi_desktop.domain import workshops as dw
    from mpi_desktop.domain.findings import Finding
    from mpi_desktop.domain.timeutil import iso_utc, today_local
    from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation, Workshop
    from mpi_desktop.storage import dv_reviews, findings, plans, workshops

    rnd = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by seed
    counts = dict.fromkeys(("assessments", "measures", "reviews", "workshops", "findings"), 0)
    with vault.read() as conn:
        cases = [(r[0], r[1], r[2]) for r in conn.execute(
            "SELECT id, opened_on, procedure FROM case_file ORDER BY num")]
    incorporated = [c for c in cases if c[2] is not None]
    with vault.write() as conn:
        for case_id, opened, _ in rnd.sample(cases, min(len(cases), len(cases) // 3)):
            # Never in the future: the import validates dates against today.
            day = min(date.fromisoformat(opened) + timedelta(days=rnd.randint(5, 60)),
                      today_local())
            signed = iso_utc() if day > date(2026, 11, 1) else f"{day.isoformat()}T18:00:00Z"
            _signed_assessment(conn, rnd, case_id=case_id, day=day, signed=signed)
            counts["assessments"] += 1
    for start in range(0, min(len(incorporated), 6000), 500):
        with vault.write() as conn:
            for case_id, opened, _ in incorporated[start:start + 500]:
                day = date.fromisoformat(opened)
                for code in ("rondines", "apoyo_psicologico"):
                    m = plans.propose_measure(conn, case_id=case_id, measure_code=code,
                                              actor="bench", proposed_on=day)
                    plans.transition_measure(
                        conn, measure_id=m.id, action="approve", actor="bench",
                        effective_on=day + timedelta(days=10),
                        cem_session_ref="Sesión de prueba", cem_agreement_ref="CEM/2025/01/01")
                    counts["measures"] += 1
    reviews = min(len(cases), max(1, len(cases) * 3 // 50))
    with vault.write() as conn:
        for case_id, opened, _ in rnd.sample(cases, reviews):
            review = dv_reviews.start_review(conn, case_id=case_id, actor="bench",
                                             started_on=date.fromisoformat(opened))
            conn.execute("UPDATE dv_review SET types = ? WHERE id = ?",
                         ('["acoso", "amenazas"]', review.id))
            counts["reviews"] += 1
        first, last = date(2019, 1, 2), date(2026, 11, 13)
        span = (last - first).days
        topics = ("autoproteccion_basica", "seguridad_digital", "analisis_riesgo_propio")
        for _ in range(110):
            workshops.put_workshop(conn, Workshop(
                held_on=first + timedelta(days=rnd.randint(0, span)),
                modality=rnd.choice(dw.MODALITIES), topics=(rnd.choice(topics),),
                anonymous=AnonymousAttendance(women=rnd.randint(0, 15), men=rnd.randint(1, 12)),
                evaluation=LearningEvaluation(evaluated=1, pre_score=4.0, post_score=7.0)),
                actor="bench", log=False)
            counts["workshops"] += 1
        kinds = ("amenazas", "hostigamiento", "desprestigio", "agresion_digital")
        for _ in range(max(1, len(cases) * 3 // 10)):
            findings.put_finding(conn, Finding(
                found_on=first + timedelta(days=rnd.randint(0, span)),
                source=rnd.choice(("red_social", "medio_local", "medio_nacional")),
                summary="Hallazgo sintético del banco de pruebas.",
                aggression_type=rnd.choice(kinds), alcaldia=rnd.choice(("coyoacan", "tlalpan"))),
                actor="bench", log=False)
            counts["findings"] += 1
    return counts


def _signed_assessment(conn: Connection, rnd: random.Random, *, case_id: str, day: date,
                       signed: str) -> None:
    """A complete signed assessment (every item answered, one rated threat), scored by
    the instrument as a caseworker's would be, so exports validate and the case's
    level in force (``case_risk``) is set."""
    from mpi_desktop.domain import risk as dr
    from mpi_desktop.domain import risk_instrument
    from mpi_desktop.storage import risk

    instrument = risk_instrument.get(1)
    threat = dr.Threat(
        facts="Llamadas anónimas advirtiendo que dejara de publicar.", kind="declarada",
        first_on=day - timedelta(days=20), last_on=day - timedelta(days=3),  # before ``day``
        source_type="desconocido", objective="silenciar", channel="telefonica",
        pattern="repetida", ratings={r.code: rnd.randint(1, 3) for r in instrument.threat_ratings},
        feasibility_conclusion="Conocen su domicilio y las llamadas se repiten.")
    answers = {i.code: rnd.randint(0, 3) for i in instrument.items}
    draft = dr.RiskAssessment(
        case_id=case_id, instrument_version=instrument.version, assessed_on=day,
        assessor="bench", reason="Valoración inicial", threats=(threat,), answers=answers,
        review_due_on=day + timedelta(days=180))
    done = replace(dr.normalized(draft, instrument), status=dr.SIGNED, signed_at=signed,
                   signed_by="bench", created_at=signed, updated_at=signed)
    risk.insert_row(conn, done)
    risk.refresh_case_risk(conn, case_id)


SUMMARY = ("La persona refiere amenazas reiteradas relacionadas con su labor. Se propone "
           "mantener las medidas vigentes y evaluar su eficacia en la próxima sesión.")


def _packet_session(vault: Vault, packet_cases: int) -> str:
    """A CEM session with ``packet_cases`` incorporated cases, measures and summaries."""
    from mpi_desktop.domain.cem import AgendaItem, CemSession, default_institutions
    from mpi_desktop.storage import cem, plans

    with vault.write() as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM case_file WHERE status = 'incorporado' ORDER BY num LIMIT ?",
            (packet_cases,))]
        day = date.fromisoformat(conn.execute(
            "SELECT max(opened_on) FROM case_file").fetchone()[0])
        session = cem.create_session(conn, CemSession(
            number=cem.next_number(conn, day.year, "ordinaria"), year=day.year,
            kind="ordinaria", held_on=day, institutions=default_institutions()),
            actor=vault.actor)
        for case_id in ids:
            plans.propose_measure(conn, case_id=case_id, measure_code="rondines",
                                  actor=vault.actor, details="Rondines nocturnos",
                                  proposed_on=day)
            plans.propose_measure(conn, case_id=case_id, measure_code="apoyo_psicologico",
                                  actor=vault.actor, details="Atención psicológica semanal",
                                  proposed_on=day)
            cem.add_item(conn, AgendaItem(session_id=session.id, case_id=case_id,
                                          topic="evaluacion_plan"), actor=vault.actor)
            cem.save_summary(conn, case_id, SUMMARY, actor=vault.actor, session_id=session.id)
    return session.id


def build(root: Path, *, cases: int, seed: int = 2026, extras: bool = True,
          progress: Progress | None = stderr_progress) -> Workspace:
    """Create the workspace in ``root`` (new or empty) and fill it; timed."""
    from mpi_desktop.demo.generator import populate

    root.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(root / "vault", PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                         actor="bench").vault
    figures: list[Figure] = []
    try:
        start, cpu = time.perf_counter(), time.process_time()
        summary = populate(vault, cases=cases, seed=seed, progress=progress)
        wall_s, cpu_s = time.perf_counter() - start, time.process_time() - cpu
        figures.append(Figure(
            f"insert {cases} demo cases", wall_s * 1000, vault_cpu_ms=cpu_s * 1000,
            note=f"{cases / max(wall_s, 1e-9):.0f} cases/s, CPU {cpu_s:.0f} s; "
                 f"{summary.people} people, {summary.aggressions} aggr., "
                 f"{summary.attentions} att."))
        session_id = ""
        if extras:
            start, cpu = time.perf_counter(), time.process_time()
            counts = _extras(vault, seed=seed)
            session_id = _packet_session(vault, PACKET_CASES)
            figures.append(Figure(
                "add feature data (risk, measures, reviews, ...)",
                (time.perf_counter() - start) * 1000,
                vault_cpu_ms=(time.process_time() - cpu) * 1000,
                note=", ".join(f"{n} {k}" for k, n in counts.items())))
        start = time.perf_counter()
        export_plain(vault, root / "plain.db")
        vault._require_conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        figures.append(Figure("export the plain SQLite twin", (time.perf_counter() - start)
                              * 1000, note="sqlcipher_export; setup only"))
        with vault.read() as conn:
            fingerprint = schema_fingerprint(conn)
    finally:
        vault.lock()
    ws = Workspace(root=root, manifest={
        "cases": cases, "seed": seed, "extras": extras, "app_version": __version__,
        "built": time.strftime("%Y-%m-%d %H:%M:%S"), "schema": fingerprint,
        "session_id": session_id, "seed_figures": [vars(f) for f in figures],
    })
    ws.save()
    return ws


def open_or_build(*, keep: Path | None, reuse: Path | None, temp: Path, cases: int,
                  seed: int = 2026, progress: Progress | None = stderr_progress) -> Workspace:
    """``--reuse DIR`` (must hold a workspace), ``--keep DIR`` (reused if it holds one,
    built if new or empty), or a temporary folder."""
    if reuse is not None:
        return load(reuse)
    if keep is not None:
        if is_workspace(keep):
            return load(keep)
        if keep.exists() and any(keep.iterdir()):
            raise RefusedForSafety("target exists")
        return build(keep, cases=cases, seed=seed, progress=progress)
    return build(temp, cases=cases, seed=seed, progress=progress)
