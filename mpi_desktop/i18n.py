"""Translations through Qt's tools, for the GUI, the CLI and the PDF reports.

Source strings are English; Spanish is the default language and lives in
``resources/i18n/<area>_es.ts`` (compiled to ``.qm``).  Each feature area owns its
own ``.ts`` file so they can be worked on independently; all are loaded.

Write ``translate("Context", "Text with {placeholder}").format(placeholder=…)``:
the name ``translate`` is what ``pyside6-lupdate`` recognises, and named
placeholders survive translation (tests/test_i18n.py checks every entry).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mpi_desktop.paths import resource_path

SUPPORTED = ("es", "en")
DEFAULT_LANGUAGE = "es"
_installed: list[QTranslator] = []
#: Qt keeps a pointer into the data it loaded from memory: the bytes must live
#: as long as their translator.
_loaded_data: list[bytes] = []
_current = "en"  # the source language, until install() runs


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def ensure_core_app() -> QCoreApplication:
    """Translators need an application object; the CLI gets a windowless one."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["mpi-desktop"])
    return app


def current_language() -> str:
    return _current


def qm_files(language: str) -> list[Path]:
    folder = resource_path("i18n")
    return sorted(folder.glob(f"*_{language}.qm")) if folder.is_dir() else []


def install(language: str) -> str:
    """Install the translators for ``language`` (replacing any previous ones)."""
    global _current
    language = language if language in SUPPORTED else DEFAULT_LANGUAGE
    app = ensure_core_app()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _loaded_data.clear()
    if language != "en":
        files = qm_files(language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        bundled_qt = resource_path("i18n", "qt", f"qtbase_{language}.qm")
        qt_files = [Path(qt_dir) / f"qtbase_{language}.qm", bundled_qt]
        for path in [*files, *qt_files]:
            if not path.exists():
                continue
            translator = QTranslator(app)
            # Load from memory, not by file name: Qt memory-maps a file it
            # loads, and a .qm replaced on disk (an update) would crash the app.
            data = path.read_bytes()
            if translator.load(data):
                app.installTranslator(translator)
                _installed.append(translator)
                _loaded_data.append(data)
                if path.name.startswith("qtbase_"):
                    break  # one copy of Qt's own strings is enough
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es"
                               else QLocale.Language.English,
                               QLocale.Country.Mexico if language == "es"
                               else QLocale.Country.UnitedStates))
    _current = language
    return language


def language_from_environment() -> str:
    """CLI language: English when the locale says English, else Spanish."""
    for var in ("MPI_DESKTOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "es"
    return DEFAULT_LANGUAGE
