"""Interview mode: only the current case is reachable; leaving asks for the passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from mpi_desktop import errors as e
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, unlock


def test_interview_mode_blocks_navigation_until_the_passphrase(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    window = controller.main_window
    assert window is not None
    # Opened on the first section; the interview happens in the case files.
    assert window.current_section_key() == window.section_keys()[0]
    first = "cases"
    section = window.show_section(first)
    assert section is not None and window.current_section_key() == first
    calls: list[bool] = []
    original = section.set_interview_mode

    def spy(on: bool) -> None:
        calls.append(on)
        original(on)

    section.set_interview_mode = spy

    interview = window.findChild(QAction, "actionInterview")
    assert interview is not None
    interview.trigger()
    assert window.interview and calls == [True]
    assert window.nav.isHidden() and not window.banner.isHidden()
    settings_action = window.findChild(QAction, "actionSettings")
    assert settings_action is not None and not settings_action.isEnabled()
    assert all(not a.isEnabled() for a in window.section_actions)
    # Other sections cannot be reached, not even by a section's navigate signal.
    assert window.show_section("audit") is None
    section.navigate.emit("audit", "")
    assert window.current_section_key() == first

    # Leaving asks for the passphrase; a wrong one keeps interview mode.
    interview.trigger()
    prompt = window.interview_prompt
    assert prompt is not None and prompt.isVisible()
    assert window.interview and interview.isChecked()
    prompt.field.setText("no es la frase de acceso")
    prompt.check()
    qtbot.waitUntil(lambda: not prompt.busy.isVisible() and prompt.last_error is not None,
                    timeout=WAIT_MS)
    assert isinstance(prompt.last_error, e.WrongPassphrase)
    assert prompt.isVisible() and window.interview
    assert prompt.field.selectedText() == "no es la frase de acceso"

    prompt.field.setText(PASSPHRASE)
    prompt.check()
    qtbot.waitUntil(lambda: not window.interview, timeout=WAIT_MS)
    assert calls == [True, False]
    assert not window.nav.isHidden() and window.banner.isHidden()
    assert window.show_section("audit") is not None


def test_cancelling_the_prompt_stays_in_interview_mode(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    window = controller.main_window
    assert window is not None
    window.request_interview(True)
    window.leave_interview.click()
    prompt = window.interview_prompt
    assert prompt is not None
    prompt.reject()
    assert window.interview and window.interview_prompt is None
    # Locking in interview mode works (and the next unlock starts in normal mode).
    controller.lock()
    unlock(controller, qtbot, PASSPHRASE)
    assert controller.main_window is not None and not controller.main_window.interview
