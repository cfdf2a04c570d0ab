"""What the figures were measured on: CPU, cores, RAM, OS, Python, SQLCipher; load; memory."""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from pathlib import Path


def _cpu_model() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return cpu


def _ram() -> str:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "?"


def sqlcipher_versions() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        # The crypto provider answers only on a keyed connection (a throwaway key).
        conn.execute("PRAGMA key = 'bench'")
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()
    finally:
        conn.close()
    return (f"SQLCipher {cipher[0] if cipher else '?'} (SQLite {sqlite[0]}, "
            f"crypto {provider[0] if provider else '?'})")


def machine() -> list[str]:
    return [f"machine: {_cpu_model()}; {os.cpu_count()} cores; RAM {_ram()}; "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
            f"{sqlcipher_versions()}"]


def load_average() -> str:
    """Other processes competing for the cores make every wall-clock figure slower."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):  # Windows
        return "n/a"


def peak_rss_mib() -> float | None:
    """Peak resident size of this process so far."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024
