"""ruff and mypy are part of the test run, configured in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else shutil.which(name)


@pytest.mark.skipif(_tool("ruff") is None, reason="ruff not installed")
def test_ruff_clean() -> None:
    proc = subprocess.run([_tool("ruff") or "", "check", "mpi_desktop", "tests", "scripts",
                           "packaging"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(_tool("mypy") is None, reason="mypy not installed")
def test_mypy_clean() -> None:
    proc = subprocess.run([_tool("mypy") or ""], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_package_list_matches_source_tree() -> None:
    import tomllib

    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                   ["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "mpi_desktop").rglob("__init__.py")}
    found.add("mpi_desktop.resources")
    assert declared == found
