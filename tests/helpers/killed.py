"""Kill tests of the UI: a child process types into a real form on a real vault,
reports when its autosave committed, and is then killed with SIGKILL (no lock, no
close question, no cleanup of any kind)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def type_then_kill(module: str, *args: str, ready: str = "saved",
                   timeout_s: float = 90) -> None:
    """Run ``python -m module args…`` (the passphrase on its stdin) until it prints
    ``ready``, then kill it for real."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.flush()
        answered, _, _ = select.select([proc.stdout], [], [], timeout_s)
        assert answered, "the child never reported its autosave"
        assert proc.stdout.readline().strip() == ready
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
