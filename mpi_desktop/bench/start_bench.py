"""``mpi-desktop bench start``: cold start of the desktop app to its unlock screen.

Spawns ``python -m mpi_desktop --bench-ready`` (offscreen) and times it from the
spawn until the app prints that its first window — the unlock screen — was
painted (the hook is in ``mpi_desktop/ui/app.py``; it only makes the app exit
there).  Each run is a new process, as when a caseworker starts the app; the
operating system's file cache is warm, as on any start but the first after boot.

The app is started on its own data folder holding a small locked vault: the
unlock screen reads only the key file's folder, so the vault's size does not
matter here.  Compiled bytecode goes to a cache inside the workspace (an
installed app has its bytecode precompiled; a source checkout with
PYTHONDONTWRITEBYTECODE=1 would recompile every module on every start), and the
first, untimed, run fills it.

Also measured: the bare interpreter, and the interpreter plus the GUI's imports
(what the code costs before the first widget), and which heavy modules the
start path loads.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from mpi_desktop.bench.report import Figure, Report, judge
from mpi_desktop.bench.workspace import PASSPHRASE, Workspace
from mpi_desktop.storage import crypto
from mpi_desktop.storage.vault import Vault

MAX_START_MS = 1500.0
RUNS = 7
READY = b"mpi-desktop-ready"
#: Modules that must stay off the start path (each costs 0.1-0.5 s to import).
HEAVY = ("reportlab", "faker", "jsonschema", "hypothesis", "PIL", "mpi_desktop.demo.synth")


def _environment(ws: Workspace) -> dict[str, str]:
    data = ws.root / "start" / "data"
    if not (data / "vault" / "vault.keys").exists():
        data.mkdir(parents=True, exist_ok=True)
        Vault.create(data / "vault", PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                     actor="bench").vault.lock()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"MPI_DESKTOP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPYCACHEPREFIX": str(ws.root / "start" / "pycache"),
                "XDG_CONFIG_HOME": str(ws.root / "start" / "config"),
                "MPI_DESKTOP_LANG": "es"})
    return env


def _rusage_cpu_rss(pid: int) -> tuple[int, float, float]:
    _pid, status, usage = os.wait4(pid, 0)
    rss = usage.ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
    return status, (usage.ru_utime + usage.ru_stime) * 1000, rss


def spawn_until_ready(env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall ms from spawn to the ready line, the child's CPU ms and peak RSS MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mpi_desktop", "--bench-ready"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=env, cwd=str(Path.home()))
    assert proc.stdout is not None
    line = b""
    while not line.startswith(READY):
        line = proc.stdout.readline()
        if not line:
            break
    wall = (time.perf_counter() - start) * 1000
    proc.stdout.close()
    _status, cpu, rss = _rusage_cpu_rss(proc.pid)
    proc.returncode = 0
    window = line.decode(errors="replace").strip().removeprefix(READY.decode()).strip()
    return wall, cpu, rss, window or "(no window reported)"


def _spawn_code(env: dict[str, str], code: str) -> tuple[float, float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,  # noqa: S603 - our interpreter, our code
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    output = proc.stdout.read().decode(errors="replace").strip()
    wall = (time.perf_counter() - start) * 1000
    proc.stdout.close()
    _status, cpu, _rss = _rusage_cpu_rss(proc.pid)
    proc.returncode = 0
    return wall, cpu, output


def run(ws: Workspace, *, runs: int = RUNS) -> Report:
    report = Report("Cold start to the unlock screen")
    env = _environment(ws)
    first = spawn_until_ready(env)  # fills the bytecode cache
    samples = [spawn_until_ready(env) for _ in range(runs)]
    walls = [s[0] for s in samples]
    start = report.add(Figure(
        "cold start: spawn -> unlock window painted", statistics.median(walls),
        vault_cpu_ms=statistics.median(s[1] for s in samples),
        note=f"median of {runs} (min {min(walls):.0f}, max {max(walls):.0f} ms); "
             f"window {samples[-1][3]!r}; CPU {statistics.median(s[1] for s in samples):.0f} ms"))
    judge(start, target=f"<= {MAX_START_MS / 1000:.1f} s", limit=MAX_START_MS)
    report.add(Figure("first start (bytecode being compiled)", first[0],
                      note="once after installing or updating; not the daily start"))
    bare = [_spawn_code(env, "pass") for _ in range(3)]
    report.add(Figure("bare Python interpreter", statistics.median(b[0] for b in bare),
                      vault_cpu_ms=statistics.median(b[1] for b in bare)))
    probe = ("import sys; import mpi_desktop.ui.app; "
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    imports = [_spawn_code(env, probe) for _ in range(3)]
    report.add(Figure("interpreter + GUI imports (no window)",
                      statistics.median(i[0] for i in imports),
                      vault_cpu_ms=statistics.median(i[1] for i in imports)))
    heavy = imports[-1][2]
    report.extra.append(f"heavy modules on the start path: {heavy or 'none'} "
                        f"(checked: {', '.join(HEAVY)})")
    report.extra.append(f"peak RSS of the app at the unlock screen: "
                        f"{statistics.median(s[2] for s in samples):.0f} MiB")
    return report
