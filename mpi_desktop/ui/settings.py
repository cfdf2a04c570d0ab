"""User settings in an INI file next to the vault folder (no registry, no secrets).

SECURITY.md rule 1–2: nothing about cases, no passphrase, no recent files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from mpi_desktop import i18n
from mpi_desktop.paths import default_vault_dir, settings_file
from mpi_desktop.storage.crypto import DEFAULT_TARGET_MS

DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_CLIPBOARD_SECONDS = 30


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object) -> object:
        return self._q.value(key, default)

    def _set(self, key: str, value: object) -> None:
        self._q.setValue(key, value)
        self._q.sync()

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", i18n.DEFAULT_LANGUAGE))
        return value if value in i18n.SUPPORTED else i18n.DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def autolock_minutes(self) -> int:
        """0 means off (the user turned it off explicitly)."""
        try:
            return max(0, int(str(self._get("security/autolock_minutes",
                                            DEFAULT_AUTOLOCK_MINUTES))))
        except ValueError:
            return DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._set("security/autolock_minutes", int(value))

    @property
    def clipboard_seconds(self) -> int:
        try:
            return max(5, int(str(self._get("security/clipboard_seconds",
                                            DEFAULT_CLIPBOARD_SECONDS))))
        except ValueError:
            return DEFAULT_CLIPBOARD_SECONDS

    @clipboard_seconds.setter
    def clipboard_seconds(self, value: int) -> None:
        self._set("security/clipboard_seconds", int(value))

    @property
    def kdf_target_ms(self) -> int:
        try:
            return max(100, int(str(self._get("security/kdf_target_ms", DEFAULT_TARGET_MS))))
        except ValueError:
            return DEFAULT_TARGET_MS

    @kdf_target_ms.setter
    def kdf_target_ms(self, value: int) -> None:
        self._set("security/kdf_target_ms", int(value))

    @property
    def vault_dir(self) -> Path:
        value = self._get("vault/folder", "")
        return Path(str(value)) if value else default_vault_dir()

    @vault_dir.setter
    def vault_dir(self, value: Path) -> None:
        self._set("vault/folder", str(value))

    @property
    def discreet_mode(self) -> bool:
        return str(self._get("privacy/discreet_mode", "false")).lower() in ("true", "1")

    @discreet_mode.setter
    def discreet_mode(self, value: bool) -> None:
        self._set("privacy/discreet_mode", "true" if value else "false")
