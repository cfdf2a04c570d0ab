"""In Spanish, no screen shows an English source string (i.e. an untranslated text).

Walks the unlock and recovery screens, every page of the first-run wizard, the main
window with every section, the case view's tabs, settings, About and the interview
prompt, collecting labels, buttons, tabs, titles, menus, headers, placeholders,
tooltips and accessible names.  Data values and catalog labels are not English
sources, so they never match.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from mpi_desktop import i18n
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.first_run import PAGE_CONFIRM, PAGE_PASSPHRASE, PAGE_RECOVERY
from mpi_desktop.ui.settings import AppSettings
from tests import factories
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, unlock, wait_idle
from tests.ui.test_first_run import drive_to_passphrase
from tests.ui.visible_text import english_sources, texts_of, untranslated


def collect(widget: QWidget, qtbot: QtBot, found: list[tuple[str, str]], label: str) -> None:
    widget.show()
    qtbot.wait(5)
    found.extend((f"{label} › {where}", text) for where, text in texts_of(widget))


def walk_tabs(root: QWidget, qtbot: QtBot, found: list[tuple[str, str]], label: str) -> int:
    """Show every tab of every visible tab widget under ``root``; return how many."""
    shown = 0
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)
            collect(root, qtbot, found, f"{label} tab {tabs.tabText(index)}")
            shown += 1
    return shown


def test_the_checker_knows_the_english_sources(spanish: None) -> None:
    exact, _ = english_sources()
    assert {"Unlock", "Lock vault", "Audit log"} <= exact  # mnemonics stripped
    assert "MPI Desktop" not in exact  # same in both languages: not a sign of anything
    assert untranslated([("x", "Locks in 4 min")]) and not untranslated(
        [("x", "Se bloquea en 4 min")])
    assert i18n.translate("Unlock", "&Unlock") == "&Desbloquear"


def test_no_screen_shows_untranslated_text(
        make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path,
        app_settings: AppSettings, vault_dir: Path) -> None:
    found: list[tuple[str, str]] = []
    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="analista")
    person = factories.person()
    case = Records(vault).open_case(factories.case_for(person), [person])
    Records(vault).save_aggression(factories.aggression(case.id))
    Records(vault).save_attention(factories.attention(case.id))
    vault.lock()

    # Locked: unlock and recovery screens (with an error shown).
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    window = controller.unlock_window
    assert window is not None
    window.panel.unlock()  # empty passphrase: the inline error
    collect(window, qtbot, found, "unlock")
    window.show_recovery()
    window.recovery.key.setText("ABCDE")
    window.recovery.form.passphrase.setText("abc")
    collect(window, qtbot, found, "recovery")
    window.show_unlock()

    # The wizard, page by page (a second vault next to the first).
    window.panel.create_button.click()
    wizard = controller.wizard
    assert wizard is not None
    collect(wizard, qtbot, found, "wizard location")
    wizard.location.mode_restore.setChecked(True)
    collect(wizard, qtbot, found, "wizard location (restore)")
    wizard.location.mode_create.setChecked(True)
    drive_to_passphrase(wizard, qtbot)
    wizard.back()
    collect(wizard, qtbot, found, "wizard calibration")
    wizard.next()
    wizard.passphrase.form.passphrase.setText("contraseña")
    wizard.passphrase.form.confirm.setText("contra")
    collect(wizard, qtbot, found, "wizard passphrase")
    wizard.passphrase.form.passphrase.setText(PASSPHRASE)
    wizard.passphrase.form.confirm.setText(PASSPHRASE)
    assert wizard.currentId() == PAGE_PASSPHRASE
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=WAIT_MS)
    collect(wizard, qtbot, found, "wizard recovery key")
    wizard.recovery.written.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    wizard.confirm.input.setText("ZZZZZ")
    collect(wizard, qtbot, found, "wizard confirm")
    wizard.confirm.input.setText(wizard.confirm.expected)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    controller.lock()

    # The first vault, unlocked: every section, the case view's tabs, the dialogs.
    assert controller.unlock_window is not None
    assert controller.unlock_window.try_folder(vault_dir)
    unlock(controller, qtbot, PASSPHRASE)
    main = controller.main_window
    assert main is not None
    tabs_seen = 0
    for key in main.section_keys():
        section = main.show_section(key)
        assert section is not None, key
        wait_idle(qtbot, controller)
        collect(main, qtbot, found, f"section {key}")
        section.show_case(case.id)
        wait_idle(qtbot, controller)
        qtbot.wait(20)
        collect(main, qtbot, found, f"section {key} case")
        tabs_seen += walk_tabs(main, qtbot, found, f"section {key} case")
    dialog = controller.open_settings()
    assert dialog is not None
    collect(dialog, qtbot, found, "settings")
    dialog.reject()
    about = main.show_about()
    collect(about, qtbot, found, "about")
    about.done(0)
    main.request_interview(True)
    collect(main, qtbot, found, "interview")
    main.request_interview(False)
    assert main.interview_prompt is not None
    collect(main.interview_prompt, qtbot, found, "interview prompt")
    main.interview_prompt.reject()

    assert len(found) > 150  # the walk really saw the screens
    problems = untranslated(found)
    assert not problems, "shown untranslated:\n" + "\n".join(problems)
    assert QApplication.instance() is not None
    # Keep the count visible when run with -s: how many case tabs were walked.
    print(f"texts checked: {len(found)}, case tabs walked: {tabs_seen}")
