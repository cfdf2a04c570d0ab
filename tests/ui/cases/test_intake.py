"""The intake wizard: keyboard flow, minimum fields, autosaved drafts that survive a
lock and a SIGKILL, and the one-transaction finish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import drafts
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases.intake import IntakeWizard
from mpi_desktop.ui.cases.intake_pages import AGGRESSIONS, CONSENT, ESSENTIALS, PERSONAL
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.session import Session
from tests.conftest import PASSPHRASE
from tests.helpers.killed import type_then_kill
from tests.ui.cases import intake_child
from tests.ui.cases.conftest import make_session
from tests.ui.driving import WAIT_MS, settle


def find(root: QWidget, cls: type, name: str) -> QWidget:
    found = root.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} {name!r}"
    return found


def line(root: QWidget, name: str) -> QLineEdit:
    found = find(root, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def pick(root: QWidget, name: str, code: str) -> None:
    combo = find(root, QComboBox, name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(code))


def start(qtbot: QtBot, section: CasesSection) -> IntakeWizard:
    qtbot.mouseClick(find(section, QPushButton, "newIntakeButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, section.session)
    wizard = section.wizard
    assert wizard is not None and section.current_page() is wizard
    return wizard


def test_keyboard_first_minimum_then_finish(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    given = line(wizard, "intake_given_names")
    qtbot.keyClicks(given, "Ximena")
    qtbot.keyClick(given, Qt.Key.Key_Return)  # Enter goes to the next step
    assert wizard.current_page() == PERSONAL
    # Ctrl+Enter finishes from anywhere; the missing profile is flagged on step 1.
    qtbot.keyClick(line(wizard, "intake_aliases"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, session)
    assert wizard.current_page() == ESSENTIALS
    issue = find(wizard, QLabel, "intake_profile_issue")
    assert issue.isVisible() and "required" in issue.text()
    with session.vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 0
    pick(wizard, "intake_profile", "defensora")
    qtbot.keyClicks(line(wizard, "intake_first_surname"), "Ortiz")
    qtbot.keyClicks(line(wizard, "intake_contact_value"), "+52 55 1111 2222")
    narrative = find(wizard, QPlainTextEdit, "intake_narrative")
    assert isinstance(narrative, QPlainTextEdit)
    narrative.setFocus()
    qtbot.keyClicks(narrative, "Amenazas")
    qtbot.keyClick(narrative, Qt.Key.Key_Return)  # a new line, not a new step
    assert wizard.current_page() == ESSENTIALS
    qtbot.keyClicks(narrative, "en redes")
    qtbot.keyClick(narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, session)
    assert section.current_page() is section.case_view
    bundle = Records(session.vault).bundle(section.case_view.case_id or "")
    assert bundle.primary is not None
    assert (bundle.primary.full_name, bundle.primary.profile) == ("Ximena Ortiz", "defensora")
    assert bundle.primary.contacts[0].value == "+52 55 1111 2222"
    assert bundle.primary.contacts[0].safe
    assert bundle.case.narrative == "Amenazas\nen redes"
    assert bundle.case.status == "solicitud"
    assert drafts.list_drafts(session.vault) == []


def test_the_next_interview_starts_blank_and_leaves_no_stray_draft(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    wizard.keeper._timer.setInterval(50)
    line(wizard, "intake_given_names").setText("Ana")
    pick(wizard, "intake_profile", "defensora")
    qtbot.mouseClick(find(wizard, QPushButton, "linkadd"), Qt.MouseButton.LeftButton)
    line(wizard, "link0_given_names").setText("Luis")
    wizard.finish()
    settle(qtbot, session)
    assert section.current_page() is section.case_view
    qtbot.wait(200)  # several autosave ticks
    settle(qtbot, session)
    assert drafts.list_drafts(session.vault) == []
    again = start(qtbot, section)
    assert again is wizard
    assert line(wizard, "intake_given_names").text() == ""
    profile = find(wizard, QComboBox, "intake_profile")
    assert isinstance(profile, QComboBox) and profile.currentData() is None
    assert wizard.links.items == [] and not wizard.has_content()


def test_linked_people_and_aggressions_are_created_together(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    line(wizard, "intake_given_names").setText("Ana")
    pick(wizard, "intake_profile", "periodista")
    qtbot.mouseClick(find(wizard, QPushButton, "linkadd"), Qt.MouseButton.LeftButton)
    line(wizard, "link0_given_names").setText("Luis")
    pick(wizard, "link0_role", "pareja")
    qtbot.mouseClick(find(wizard, QPushButton, "aggressionadd"), Qt.MouseButton.LeftButton)
    line(wizard, "aggression0_occurred_on").setText("02/02/2026")
    wizard.finish()  # the aggression lacks type and aggressor: flagged, nothing written
    settle(qtbot, session)
    assert wizard.current_page() == AGGRESSIONS
    assert find(wizard, QLabel, "aggression0_types_issue").isVisible()
    types = find(wizard, QListWidget, "aggression0_types")
    assert isinstance(types, QListWidget)
    types.item(0).setCheckState(Qt.CheckState.Checked)
    pick(wizard, "aggression0_aggressor_type", "particular")
    qtbot.mouseClick(find(wizard, QPushButton, "intakeFinish"), Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    bundle = Records(session.vault).bundle(section.case_view.case_id or "")
    names = sorted(p.given_names for p in bundle.people.values())
    assert names == ["Ana", "Luis"]
    roles = {bundle.people[p.person_id].given_names: p.role for p in bundle.case.participants}
    assert roles == {"Ana": "beneficiaria_principal", "Luis": "pareja"}
    assert [a.aggressor_type for a in bundle.aggressions] == ["particular"]


def test_autosave_writes_a_draft_while_typing(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    wizard.keeper._timer.setInterval(200)  # the default is a few seconds
    qtbot.keyClicks(line(wizard, "intake_given_names"), "Ximena")
    with qtbot.waitSignal(wizard.keeper.saved, timeout=WAIT_MS):
        pass
    settle(qtbot, session)
    found = drafts.load_all(session.vault, kind=drafts.INTAKE)
    assert len(found) == 1
    assert found[0].title == "Ximena"
    assert found[0].payload["main"]["given_names"] == "Ximena"
    assert "Draft saved" in find(wizard, QLabel, "intakeDraftStatus").text()


def test_prepare_lock_saves_what_was_typed_a_moment_ago(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    qtbot.keyClicks(line(wizard, "intake_given_names"), "Tecla")
    assert drafts.list_drafts(session.vault) == []  # the timer has not fired yet
    section.prepare_lock()
    found = drafts.load_all(session.vault, kind=drafts.INTAKE)
    assert [d.payload["main"]["given_names"] for d in found] == ["Tecla"]


def test_an_empty_interview_leaves_no_draft(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    start(qtbot, section)
    section.prepare_lock()
    assert drafts.list_drafts(session.vault) == []


def test_closing_keeps_a_draft_that_the_list_offers_back(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    line(wizard, "intake_given_names").setText("Jacinta")
    qtbot.mouseClick(find(wizard, QPushButton, "intakeClose"), Qt.MouseButton.LeftButton)
    box = find(wizard, QMessageBox, "leaveIntakeDialog")
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Save).click()
    settle(qtbot, session)
    assert section.current_page() is section.list_page
    banner = find(section, QWidget, "draftBanner")
    assert banner.isVisible()
    assert "Jacinta" in find(section, QLabel, "draftTitle_0").text()
    # Discarding asks, then erases it from the vault.
    qtbot.mouseClick(find(section, QPushButton, "discardDraft_0"), Qt.MouseButton.LeftButton)
    confirm = find(section, QMessageBox, "confirmDiscardDraft")
    assert isinstance(confirm, QMessageBox)
    confirm.button(QMessageBox.StandardButton.Discard).click()
    settle(qtbot, session)
    assert drafts.list_drafts(session.vault) == []
    assert not banner.isVisible()


def test_discreet_mode_shows_draft_titles_as_initials(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    drafts.save(session.vault, draft_id="d", kind=drafts.INTAKE, title="Ximena Ortiz",
                payload={"version": 1, "main": {"given_names": "Ximena"}})
    session.settings.discreet_mode = True
    section = make_section(session)
    assert find(section, QLabel, "draftTitle_0").text().startswith("X. O.")


def test_interview_mode_hides_list_search_and_filters(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    search = find(section, QLineEdit, "caseSearch")
    filters = find(section, QWidget, "caseFilters")
    assert search.isVisible() and filters.isVisible()
    requests: list[bool] = []
    section.interview_requested.connect(requests.append)
    section.set_interview_mode(True)
    assert not search.isVisible() and not filters.isVisible()
    assert not section.list_page.isVisible()
    assert find(section, QWidget, "interviewIdle").isVisible()
    qtbot.mouseClick(find(section, QPushButton, "interviewNewIntake"),
                     Qt.MouseButton.LeftButton)
    wizard = section.wizard
    assert wizard is not None and wizard.isVisible()
    line(wizard, "intake_given_names").setText("Ana")
    pick(wizard, "intake_profile", "defensora")
    wizard.finish()
    settle(qtbot, session)
    view = section.case_view
    assert view.isVisible() and not find(view, QPushButton, "backToList").isVisible()
    section.show_list()  # not reachable in interview mode
    assert view.isVisible() and not search.isVisible()
    qtbot.mouseClick(find(view, QPushButton, "interviewButton"), Qt.MouseButton.LeftButton)
    assert requests == [False]  # asks the window to leave (it confirms the passphrase)
    section.set_interview_mode(False)
    assert find(view, QPushButton, "backToList").isVisible()


def test_consent_fills_its_date(qtbot: QtBot, section: CasesSection) -> None:
    wizard = start(qtbot, section)
    wizard.go_to(CONSENT)
    box = find(wizard, QCheckBox, "intake_consent")
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    assert line(wizard, "intake_consent_date").text() != ""


@pytest.mark.slow
def test_a_killed_interview_is_offered_back_with_every_field(
        qtbot: QtBot, vault_dir: Path, tmp_path: Path,
        make_section: Callable[[Session], CasesSection]) -> None:
    type_then_kill("tests.ui.cases.intake_child", str(vault_dir), str(tmp_path / "child.ini"))

    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="prueba")
    try:
        session = make_session(vault, tmp_path)
        section = make_section(session)
        banner = find(section, QWidget, "draftBanner")
        assert banner.isVisible()
        assert "Ximena Guadalupe Ortiz Núñez" in find(section, QLabel, "draftTitle_0").text()
        qtbot.mouseClick(find(section, QPushButton, "recoverDraft_0"),
                         Qt.MouseButton.LeftButton)
        settle(qtbot, session)
        wizard = section.wizard
        assert wizard is not None and section.current_page() is wizard
        assert wizard.current_page() == AGGRESSIONS  # where the interview was
        for name, typed in intake_child.TYPED.items():
            widget = wizard.findChild(QWidget, name)
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else \
                widget.text() if isinstance(widget, QLineEdit) else None
            assert value == typed, name
        profile = find(wizard, QComboBox, "intake_profile")
        alcaldia = find(wizard, QComboBox, "intake_alcaldia")
        assert isinstance(profile, QComboBox) and isinstance(alcaldia, QComboBox)
        assert profile.currentData() == intake_child.PROFILE
        assert alcaldia.currentData() == intake_child.ALCALDIA
        topics = find(wizard, QListWidget, "intake_defence_topics")
        assert isinstance(topics, QListWidget)
        assert topics.item(2).checkState() == Qt.CheckState.Checked
        # Finishing the recovered interview creates the case and drops the draft.
        pick(wizard, "aggression0_aggressor_type", "desconocido")
        agg_types = find(wizard, QListWidget, "aggression0_types")
        assert isinstance(agg_types, QListWidget)
        agg_types.item(1).setCheckState(Qt.CheckState.Checked)
        wizard.finish()
        settle(qtbot, session)
        assert section.current_page() is section.case_view
        assert drafts.list_drafts(vault) == []
        bundle = Records(vault).bundle(section.case_view.case_id or "")
        assert bundle.case.narrative == intake_child.TYPED["intake_narrative"]
        assert len(bundle.people) == 2 and len(bundle.aggressions) == 1
    finally:
        section.prepare_lock()
        session.runner.wait_idle()
        session.runner.detach()
        vault.lock()
