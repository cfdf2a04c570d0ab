"""CI builds the Linux one-folder bundle and runs its self-test (issue #9).

About a minute on two cores.  Skipped where PyInstaller is not installed (it is
in the test extra) or on platforms whose bundle CI does not build.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason="PyInstaller not installed")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds the Linux bundle")
def test_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                           "--out", str(tmp_path)], capture_output=True, text=True,
                          timeout=900, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "self-test passed" in proc.stdout
    bundle = tmp_path / "dist" / "mpi-desktop"
    resources = bundle / "_internal" / "mpi_desktop" / "resources"
    # Resources are found inside the bundle, translations compiled, fonts embedded.
    assert (resources / "i18n" / "ui_es.qm").exists()
    assert (resources / "fonts" / "DejaVuSans.ttf").exists()
    assert not list(resources.rglob("*.ts")), "translation sources are not shipped"
    assert not list(bundle.rglob("*WebEngine*")), "unused Qt modules are excluded"
