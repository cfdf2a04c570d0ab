"""Where things live: packaged resources and the per-user data folder.

Resources are looked up through the ``mpi_desktop.resources`` package so the same
code works from a source checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path

APP_DIR_NAME = "MPI Desktop"
#: Environment variable that points the app at another data folder.  Tests and
#: portable installs use it; it never carries secrets.
DATA_DIR_ENV = "MPI_DESKTOP_DATA_DIR"


@cache
def resource_dir() -> Path:
    """Folder holding catalogs, translations, fonts and icons."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "mpi_desktop" / "resources"
    return Path(str(resources.files("mpi_desktop.resources")))


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user application data folder (not roaming on Windows: vaults stay on this machine)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "mpi-desktop"


def default_vault_dir() -> Path:
    return user_data_dir() / "vault"


def demo_vault_dir() -> Path:
    return user_data_dir() / "demo-vault"


def settings_file() -> Path:
    """App settings (never secrets, never case data): language, auto-lock, vault folder."""
    return user_data_dir() / "settings.ini"
