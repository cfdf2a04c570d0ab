#!/usr/bin/env python3
"""Build the one-folder bundle and run its self-test.

    python packaging/build.py [--skip-self-test] [--out DIR]

Output: dist/mpi-desktop/ (or DIR/mpi-desktop/); run dist/mpi-desktop/mpi-desktop.
Needs PyInstaller (in the test and dev extras): pip install -e '.[dev]'.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str]) -> int:
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else ROOT
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller",  # noqa: S603 - our interpreter
                    "--noconfirm", "--clean",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
                    str(ROOT / "packaging" / "mpi_desktop.spec")], check=True, cwd=ROOT)
    bundle = out / "dist" / "mpi-desktop"
    exe = bundle / ("mpi-desktop.exe" if os.name == "nt" else "mpi-desktop")
    print(f"built {bundle} in {time.perf_counter() - start:.0f} s, "
          f"{folder_size(bundle) / 1e6:.0f} MB")
    if "--skip-self-test" in argv:
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([str(exe), "--self-test"], env=env, check=False)  # noqa: S603 - the bundle just built
    print("bundle self-test:", "passed" if result.returncode == 0 else "FAILED")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
